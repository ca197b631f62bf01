import { Duration } from 'luxon';
import { timeText } from '../internal/time-text.js';
import { cadenceEvery } from './cadence-every.js';
import type { DisputedCopies, FindingDataMap } from '../../model/finding.js';
import type { MessagesFor } from '../catalog.js';

// `10 May 09:00–11:00` / `5月10日 09:00–11:00`, all-day ranges, in the calendar's own offset.
const { parse, when, span, earliest } = timeText({ day: 'M月d日', dayWithYear: 'yyyy年M月d日', allDay: (days) => `${days}（全天）`, clock: (text, offset) => `${text}（${offset}）` });

/** `7天`, `1小时30分钟`, `0分钟`. */
function duration(iso: string): string {
  const d = Duration.fromISO(iso);
  if (!d.isValid) return iso;
  const negative = d.toMillis() < 0;
  const parts = (negative ? d.negate() : d).shiftTo('days', 'hours', 'minutes').toObject();
  const text = [
    parts.days ? `${parts.days}天` : '',
    parts.hours ? `${parts.hours}小时` : '',
    parts.minutes ? `${Math.round(parts.minutes)}分钟` : '',
  ].join('');
  return (negative ? '提前' : '') + (text === '' ? '0分钟' : text);
}

/** The minimum gap as a clause: none for zero, `至少间隔…` for a lag, `可提前…` for an RFC 9253 lead. */
function gapClause(iso: string): string {
  if (iso === 'PT0S') return '';
  const text = duration(iso);
  return text.startsWith('提前') ? `（可${text}）` : `（至少间隔${text}）`;
}

/** Why a working-day count stopped: the year of its first unknown day has no known arrangement. */
function unknownYear(date: string): string {
  return `${date.slice(0, 4)}年的节假日安排未知（尚未公布，或未写入配置的 holidays）`;
}

/** Why a calendar's meetings are not known: not read, or exported for other days only (QF-16). */
function notRead(d: { readonly exportedFrom?: string; readonly exportedTo?: string }): string {
  return d.exportedTo !== undefined ? `只导出了 ${when(d.exportedFrom ?? '')} 至 ${when(d.exportedTo)} 的日程` : '未能读取';
}

/**
 * A working-day bound is 00:00 of that day in the report zone: shown as the day alone, unless the
 * dependent's calendar keeps another clock (then 00:00 there is another time, shown in full).
 */
function midnightDay(iso: string): string {
  return /T00:00:00/u.test(iso) ? when(iso.slice(0, 10)) : when(iso);
}

/** 上级会议, or 前置会议 when the prerequisite is not of a higher level (QB-22). */
function upperOf(d: { readonly peer?: true }): string {
  return d.peer === true ? '前置会议' : '上级会议';
}

/** The relation as a clause: `上级会议结束后才能开始`, or with `前置会议` for a meeting of the same level (QB-22). */
function relation(kind: FindingDataMap['order']['relation'], upper: string): string {
  switch (kind) {
    case 'FINISHTOSTART':
      return `${upper}结束后才能开始`;
    case 'STARTTOSTART':
      return `${upper}开始后才能开始`;
    case 'FINISHTOFINISH':
      return `${upper}结束后才能结束`;
    case 'STARTTOFINISH':
      return `${upper}开始后才能结束`;
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}

function pairedBy(d: { readonly pairedBy: FindingDataMap['order']['pairedBy']; readonly link: string }): string {
  switch (d.pairedBy) {
    case 'rule':
      return `规则“${d.link}”`;
    case 'related-to':
      return `日程中的关联（RELATED-TO ${d.link}）`;
    case 'concept':
      return `相同的议题标识（CONCEPT ${d.link}）`;
    case 'refid':
      return `相同的关联编号（REFID ${d.link}）`;
    default: {
      const unreachable: never = d.pairedBy;
      return String(unreachable);
    }
  }
}

function period(cycle: string, first: string): string {
  const t = parse(first);
  if (!t.isValid) return '';
  switch (cycle) {
    case 'year':
      return `${t.year}年内`;
    case 'quarter':
      return `${t.year}年第${t.quarter}季度内`;
    case 'month':
      return `${t.year}年${t.month}月内`;
    case 'week':
      return `${t.toFormat('M月d日')}起的一周内`;
    default:
      return '';
  }
}

function people(names: string, count: number): string {
  return count > 1 ? `${names}（${count}人）` : names;
}


/** `90` → `1小时30分钟`. */
function minutes(total: number): string {
  return duration(`PT${total}M`);
}

/** A cadence period: whole days as `2022年4月1日至6月30日`, else as a span. */
function periodSpan(start: string, end: string): string {
  const s = parse(start);
  const e = parse(end);
  if (!s.isValid || !e.isValid) return `${start}–${end}`;
  if (!s.equals(s.startOf('day')) || !e.equals(e.startOf('day'))) return span(start, end);
  const last = e.minus({ days: 1 });
  return `${s.toFormat('yyyy年M月d日')}至${last.year === s.year ? last.toFormat('M月d日') : last.toFormat('yyyy年M月d日')}`;
}

/** 同一会议（UID 与版本号相同）在另一日历上记为另一时间时的提示；两处记录一致时为空。 */
function copiesNote(d: DisputedCopies & { readonly first: string; readonly second: string }): string {
  const note = (title: string, calendar: string | undefined, start: string | undefined, end: string | undefined): string =>
    calendar === undefined || start === undefined || end === undefined ? '' : `“${title}”在${calendar}的日历上记为 ${span(start, end)}，两处记录时间不一致，请核实。`;
  return note(d.first, d.firstCopyCalendar, d.firstCopyStart, d.firstCopyEnd) + note(d.second, d.secondCopyCalendar, d.secondCopyStart, d.secondCopyEnd);
}

/** 中文：规则检查结果。 */
export const findings: MessagesFor<FindingDataMap> = {
  order: (d) => {
    const upper = upperOf(d);
    const self = d.peer === true ? '本会议' : '本级会议';
    const rel = relation(d.relation, upper);
    const pre = `${upper}“${d.prerequisite}”（${span(d.prerequisiteStart, d.prerequisiteEnd)}）`;
    if (d.undetermined === true && (d.prerequisiteDateOnly === true || d.dependentDateOnly === true)) {
      const which = d.prerequisiteDateOnly === true && d.dependentDateOnly === true ? '两个会议都' : d.prerequisiteDateOnly === true ? upper : self;
      return `无法判断“${d.dependent}”（${span(d.dependentStart, d.dependentEnd)}）是否在${pre}之后召开：${which}只登记了日期，没有具体时间，请核实；` +
        `${midnightDay(d.earliestStart)}起召开可确定符合要求（${self}须在${rel}${d.minWorkingDays === undefined ? gapClause(d.minGap) : `，至少间隔${d.minWorkingDays}个工作日`}）。配对依据：${pairedBy(d)}。`;
    }
    if (d.undetermined === true) {
      return `无法判断“${d.dependent}”（${span(d.dependentStart, d.dependentEnd)}）是否在${pre}结束后至少${d.minWorkingDays ?? 0}个工作日召开：` +
        `${unknownYear(d.unknownFrom ?? '')}。配对依据：${pairedBy(d)}。`;
    }
    const where = d.tooSoon === true ? `距${pre}间隔不足` : d.duringPrerequisite === true ? `在${pre}结束前召开` : `安排在${pre}之前`;
    return `“${d.dependent}”（${span(d.dependentStart, d.dependentEnd)}）${where}：${self}须在${rel}` +
      (d.minWorkingDays === undefined
        ? `${gapClause(d.minGap)}，最早可安排在 ${d.prerequisiteStart.length === 10 ? midnightDay(d.earliestStart) : earliest(d.earliestStart, d.dependentStart)}`
        : `（至少间隔${d.minWorkingDays}个工作日，按法定节假日和调休计算），` +
          (d.unknownFrom !== undefined
            ? `但无法算出最早日期：${unknownYear(d.unknownFrom)}`
            : `最早可安排在 ${d.minWorkingDays === 0 ? earliest(d.earliestStart, d.dependentStart) : midnightDay(d.earliestStart)}`)) +
      `。配对依据：${pairedBy(d)}。`;
  },
  'order-missing': (d) =>
    d.unreadable !== ''
      ? `无法核对“${d.dependent}”（${span(d.dependentStart, d.dependentEnd)}）是否在${upperOf(d)}之后：可能载有${upperOf(d)}的日历（${d.unreadable}）${notRead(d)}，` +
        `其余日历${period(d.cycle, d.period)}没有找到对应的${upperOf(d)}。配对依据：${pairedBy(d)}。`
      : `${upperOf(d)}尚未安排，${d.peer === true ? '本会议' : '本级会议'}可能过早：“${d.dependent}”（${span(d.dependentStart, d.dependentEnd)}）` +
        `${period(d.cycle, d.period)}没有找到对应的${upperOf(d)}` +
        `${d.checkedFrom !== d.period ? `（只查看了 ${when(d.checkedFrom)} 起的日程）` : ''}` +
        `${d.cancelled > 0 ? `（有 ${d.cancelled} 个已取消）` : ''}。配对依据：${pairedBy(d)}。`,
  'order-late': (d) =>
    d.undetermined === true
      ? `无法判断“${d.dependent}”（${span(d.dependentStart, d.dependentEnd)}）是否在${upperOf(d)}“${d.prerequisite}”（${span(d.prerequisiteStart, d.prerequisiteEnd)}）结束后${d.maxWorkingDays ?? 0}个工作日内召开：` +
        `${unknownYear(d.unknownFrom ?? '')}。配对依据：${pairedBy(d)}。`
      : `“${d.dependent}”（${span(d.dependentStart, d.dependentEnd)}）距${upperOf(d)}“${d.prerequisite}”（${span(d.prerequisiteStart, d.prerequisiteEnd)}）结束超过` +
        `${d.maxWorkingDays === undefined ? duration(d.maxGap) : `${d.maxWorkingDays}个工作日（按法定节假日和调休计算）`}，` +
        (d.unknownFrom !== undefined
          ? `${unknownYear(d.unknownFrom)}，但无论如何安排，第${d.maxWorkingDays ?? 0}个工作日都不晚于 ${when(d.latestStart)}。配对依据：${pairedBy(d)}。`
          : `应不晚于 ${when(d.latestStart)} 召开。配对依据：${pairedBy(d)}。`),
  'order-cycle': (d) =>
    `会议先后关系互相矛盾（${d.size} 个会议循环依赖）：${d.meetings}。无法同时满足，请检查规则或日程关联：${d.links}。`,
  'double-booking': (d) =>
    `${people(d.people, d.peopleCount)} 同时被安排在“${d.first}”（${span(d.firstStart, d.firstEnd)}）和“${d.second}”（${span(d.secondStart, d.secondEnd)}）。${copiesNote(d)}`,
  'tentative-overlap': (d) =>
    `${people(d.people, d.peopleCount)} 在“${d.first}”（${span(d.firstStart, d.firstEnd)}）和“${d.second}”（${span(d.secondStart, d.secondEnd)}）时间重叠，其中有待定安排，请尽快确认。${copiesNote(d)}`,
  'travel-time': (d) =>
    `${people(d.people, d.peopleCount)} 在“${d.first}”（${d.firstLocation}，${when(d.firstEnd)} 结束）后，` +
    `${d.gapMinutes === 0 ? '紧接着' : `仅隔 ${d.gapMinutes} 分钟`}就要到“${d.second}”（${d.secondLocation}，${when(d.secondStart)} 开始），路上至少需要 ${d.neededMinutes} 分钟。${copiesNote(d)}`,
  venue: (d) =>
    `${d.location} 被重复预订：“${d.first}”（${span(d.firstStart, d.firstEnd)}）与“${d.second}”（${span(d.secondStart, d.secondEnd)}）时间重叠${d.tentative === true ? '，其中有待定安排，请尽快确认' : ''}。${copiesNote(d)}`,
  'required-missing': (d) => {
    const head = `${d.person} 应出席“${d.event}”（${span(d.eventStart, d.eventEnd)}），`;
    switch (d.reason) {
      case 'declined':
        return `${head}但已谢绝参加（要求：${d.reference}）。`;
      case 'delegated':
        return `${head}但已委托他人参加（要求：${d.reference}）。`;
      case 'absent':
        return `${head}但不在参会人员中（要求：${d.reference}）。`;
      default: {
        const unreachable: never = d.reason;
        return String(unreachable);
      }
    }
  },
  'required-busy': (d) =>
    `${d.person} 应出席“${d.event}”（${span(d.eventStart, d.eventEnd)}），但同一时间已安排“${d.other}”（${span(d.otherStart, d.otherEnd)}）。`,
  'cadence-missed': (d) =>
    d.unreadable !== undefined
      ? `无法核对${periodSpan(d.periodStart, d.periodEnd)} 期间${d.event !== '' ? `“${d.event}”` : '例行会议'}是否达到规定的 ${d.min} 次（周期：${cadenceEvery(d.every)}）：` +
        `可能载有该会议的日历（${d.unreadable}）${notRead(d)}，其余日历中只找到 ${d.count} 次。`
      : d.undetermined === true
        ? `无法判断${periodSpan(d.periodStart, d.periodEnd)} 期间${d.event !== '' ? `“${d.event}”` : '例行会议'}是否应达到规定的 ${d.min} 次（周期：${cadenceEvery(d.every)}）：` +
          `只安排了 ${d.count} 次，但${unknownYear(d.unknownFrom ?? '')}，该期间可能没有工作日。`
      : `${periodSpan(d.periodStart, d.periodEnd)} 期间${d.event !== '' ? `“${d.event}”` : '例行会议'}只安排了 ${d.count} 次，少于规定的 ${d.min} 次（周期：${cadenceEvery(d.every)}）${d.cancelled > 0 ? `，另有 ${d.cancelled} 次已取消` : ''}。`,
  'cadence-crowded': (d) =>
    `${periodSpan(d.periodStart, d.periodEnd)} 期间${d.event !== '' ? `“${d.event}”` : '例行会议'}安排了 ${d.count} 次，超过上限 ${d.max} 次（周期：${cadenceEvery(d.every)}）。`,
  'coverage-gap': (d) =>
    d.unreadable !== undefined
      ? `无法核对${d.calendarName}在 ${span(d.start, d.end)} 是否有人值班：值班日历（${d.unreadable}）${notRead(d)}。`
      : `${d.calendarName} 在 ${span(d.start, d.end)} 无人值班（空档 ${minutes(d.minutes)}）。`,
  'coverage-overlap': (d) => `${d.calendarName} 在 ${span(d.start, d.end)} 有 ${d.shifts} 个班次重叠（${minutes(d.minutes)}）。`,
  holiday: (d) =>
    `“${d.event}”（${span(d.eventStart, d.eventEnd)}）安排在${when(d.date)}，` +
    `${d.dayType === 'weekend' ? '当天是周末且不是调休上班日' : `当天是法定节假日${d.holiday !== '' ? `（${d.holiday}）` : ''}`}（依据：${d.source}）。`,
  'holiday-unknown': (d) =>
    `“${d.event}”（${span(d.eventStart, d.eventEnd)}）安排在${when(d.date)}，${d.year}年放假安排尚未收录（${d.source}），无法判断是否工作日，请核对国务院办公厅通知或在配置 holidays 中补充。`,
  'outside-hours': (d) =>
    `“${d.event}”（${span(d.eventStart, d.eventEnd)}）超出办公时间 ${d.hoursStart}–${d.hoursEnd}${d.office !== '*' ? `（${d.office}）` : ''}。`,
  'quiet-period': (d) =>
    d.during === ''
      ? `“${d.event}”（${span(d.eventStart, d.eventEnd)}）安排在静默期 ${span(d.duringStart, d.duringEnd)} 内。`
      : `“${d.event}”（${span(d.eventStart, d.eventEnd)}）与“${d.during}”（${span(d.duringStart, d.duringEnd)}）同时进行，此期间不宜安排此类会议。`,
};
