/**
 * `working-days`: meetings on weekends or Chinese statutory holidays, honouring make-up working
 * days (调休), and meetings outside office hours.
 */
import type { DateTime } from 'luxon';
import type { Occurrence } from '../model/occurrence.js';
import type { WorkingHours, WorkingDaysRuleConfig } from '../model/rule-config.js';
import { dayInfo, type DayInfo } from '../time/working-calendar.js';
import { eventData, meetings } from './internal/event-data.js';
import { toOccurrenceRef } from './internal/occurrence-ref.js';
import { defineRule, type RuleFinding } from './rule.js';

/** A meeting longer than this is not walked day by day (a year-long placeholder). */
const MAX_DAYS = 366;

/**
 * For every non-cancelled occurrence matching `event` (one per meeting), looks up each date it
 * touches in the report zone — an all-day occurrence its dates, a timed one the dates from its
 * start to the instant before its end — in the Chinese working calendar (chinese-days data for
 * 2004–2026, overridden date by date by the config's `holidays`):
 *
 * - `holiday` (warning) for the first date that is a statutory holiday or an ordinary weekend day
 *   (a Saturday or Sunday that is a 调休 working day is a working day);
 * - `holiday-unknown` (info) for the first date whose year no data covers: the arrangement is
 *   published a year at a time, so it is not guessed from the weekday;
 * - `outside-hours` (info), when `hours` are configured and every date is a working day, for a
 *   timed meeting starting before or ending after the office's hours (or spanning days).
 *
 * @example
 * // A meeting on 2022-06-03 (端午):
 * workingDays.check({ ...ctx, params: { id: 'wd', kind: 'working-days', event: {} } })[0]?.data.holiday
 * //=> '端午'
 */
export const workingDays = defineRule({
  kind: 'working-days',
  docs: {
    'zh-CN': '会议不应安排在周末或法定节假日（调休上班日视为工作日），也不应超出办公时间；尚未公布放假安排的年份报告为“未知”，不按周一至周五推测。',
    en: 'Meetings should not fall on weekends or statutory holidays (make-up working days count as working days) nor outside office hours; dates in years whose arrangement is not published are reported as unknown, never guessed from the weekday.',
  },
  messages: { holiday: 'warning', 'holiday-unknown': 'info', 'outside-hours': 'info' },
  check(ctx) {
    const findings: RuleFinding<'holiday' | 'holiday-unknown' | 'outside-hours'>[] = [];
    const memo = new Map<string, DayInfo>();
    const info = (date: string): DayInfo => {
      let known = memo.get(date);
      if (known === undefined) {
        known = dayInfo(date, ctx.holidays);
        memo.set(date, known);
      }
      return known;
    };
    for (const o of meetings(ctx.occurrences, ctx.params.event)) {
      const days = datesOf(o, ctx.zone).map(info);
      const refs = [toOccurrenceRef(o)];
      const holiday = days.find((d) => d.kind === 'holiday');
      const unknown = days.find((d) => d.kind === 'unknown');
      if (holiday !== undefined) {
        findings.push({
          kind: 'holiday',
          data: { ...eventData(o), date: holiday.date, dayType: holiday.dayType ?? 'statutory', holiday: holiday.name, source: holiday.source },
          occurrences: refs,
          people: [],
        });
      }
      if (unknown !== undefined) {
        findings.push({
          kind: 'holiday-unknown',
          data: { ...eventData(o), date: unknown.date, year: Number(unknown.date.slice(0, 4)), source: unknown.source },
          occurrences: refs,
          people: [],
        });
      }
      if (holiday !== undefined || unknown !== undefined || o.allDay) continue;
      const hours = hoursFor(ctx.params.hours, o.calendar.office);
      if (hours === null) continue;
      const start = o.start.setZone(ctx.zone);
      const end = o.end.setZone(ctx.zone);
      const sameDay = end.toISODate() === start.toISODate();
      if (!sameDay || minuteOfDay(start) < minutes(hours.hours.start) || minuteOfDay(end) > minutes(hours.hours.end)) {
        findings.push({
          kind: 'outside-hours',
          data: { ...eventData(o), office: hours.office, hoursStart: hours.hours.start, hoursEnd: hours.hours.end },
          occurrences: refs,
          people: [],
        });
      }
    }
    return findings;
  },
});

/** The dates `YYYY-MM-DD` an occurrence touches, in `zone` (all-day ones: their own dates). */
function datesOf(o: Occurrence, zone: string): string[] {
  // RFC 5545 §3.6.1: an all-day DTEND is exclusive; dates stay dates, read in no zone.
  const first: DateTime = o.allDay ? o.start : o.start.setZone(zone);
  const last: DateTime = o.allDay ? o.end.minus({ days: 1 }) : o.end.setZone(zone).minus({ milliseconds: o.end > o.start ? 1 : 0 });
  const dates: string[] = [];
  let day = first.startOf('day');
  while (day <= last && dates.length < MAX_DAYS) {
    dates.push(day.toISODate() ?? '');
    day = day.plus({ days: 1 });
  }
  if (dates.length === 0) dates.push(first.toISODate() ?? '');
  return dates;
}

/** `08:30` → 510. */
function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function minuteOfDay(t: DateTime): number {
  return t.hour * 60 + t.minute + (t.second > 0 || t.millisecond > 0 ? 1 : 0);
}

/** The hours that apply to an office: one range for all, or the office's entry, else `*`. */
function hoursFor(config: WorkingDaysRuleConfig['hours'], office: string | null): { office: string; hours: WorkingHours } | null {
  if (config === undefined) return null;
  if (isHours(config)) return { office: '*', hours: config };
  const table = config as Readonly<Record<string, WorkingHours>>;
  if (office !== null && table[office] !== undefined) return { office, hours: table[office] };
  const fallback = table['*'];
  return fallback === undefined ? null : { office: '*', hours: fallback };
}

/**
 * Whether a `hours` value is one range rather than a table by office.
 * @param value - the config value
 * @returns true for `{ start, end }` with string values
 * @example isHours({ start: '08:30', end: '17:30' }) //=> true
 */
export function isHours(value: unknown): value is WorkingHours {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['start'] === 'string' && typeof v['end'] === 'string';
}
