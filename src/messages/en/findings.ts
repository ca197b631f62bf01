import { Duration } from 'luxon';
import { timeText } from '../internal/time-text.js';
import { cadenceEvery } from './cadence-every.js';
import type { DisputedCopies, FindingDataMap } from '../../model/finding.js';
import type { MessagesFor } from '../catalog.js';

// `10 May 09:00–11:00` / `5月10日 09:00–11:00`, all-day ranges, in the calendar's own offset.
const { parse, when, span, earliest } = timeText({ locale: 'en-GB', day: 'd LLL', dayWithYear: 'd LLL yyyy', allDay: (days) => `${days} (all day)`, clock: (text, offset) => `${text} (${offset})` });

/** `7 days`, `1 h 30 min`, `0 min`. */
function duration(iso: string): string {
  const d = Duration.fromISO(iso);
  if (!d.isValid) return iso;
  const negative = d.toMillis() < 0;
  const parts = (negative ? d.negate() : d).shiftTo('days', 'hours', 'minutes').toObject();
  const text = [
    parts.days ? `${parts.days} day${parts.days === 1 ? '' : 's'}` : '',
    parts.hours ? `${parts.hours} h` : '',
    parts.minutes ? `${Math.round(parts.minutes)} min` : '',
  ]
    .filter((p) => p !== '')
    .join(' ');
  return (negative ? 'a lead of ' : '') + (text === '' ? '0 min' : text);
}

/** The minimum gap as a clause: none for zero, `(gap …)` for a lag, `(… allowed)` for an RFC 9253 lead. */
function gapClause(iso: string): string {
  if (iso === 'PT0S') return '';
  const text = duration(iso);
  return text.startsWith('a lead of') ? ` (${text} allowed)` : ` (gap ${text})`;
}

/** `3 working days`. */
function workingDays(n: number): string {
  return `${n} working day${n === 1 ? '' : 's'}`;
}

/** Why a calendar's meetings are not known: not read, or exported for other days only (QF-16). */
function notRead(d: { readonly exportedFrom?: string; readonly exportedTo?: string }, plural = false): string {
  return d.exportedTo !== undefined
    ? `${plural ? 'were' : 'was'} exported for ${when(d.exportedFrom ?? '')} to ${when(d.exportedTo)} only, so ${plural ? 'their' : 'its'} other days are not known`
    : 'could not be read';
}

/** Why a working-day count stopped: the year of its first unknown day has no known arrangement. */
function unknownYear(date: string): string {
  return `the holiday arrangement for ${date.slice(0, 4)} is not known (not yet published, or not in the config's "holidays")`;
}

/**
 * A working-day bound is 00:00 of that day in the report zone: shown as the day alone, unless the
 * dependent's calendar keeps another clock (then 00:00 there is another time, shown in full).
 */
function midnightDay(iso: string): string {
  return /T00:00:00/u.test(iso) ? when(iso.slice(0, 10)) : when(iso);
}

/**
 * The seven statutory holidays by their English names (QA26-34); another name (a holiday calendar's
 * own title) is kept as written.
 */
function holidayName(name: string): string {
  for (const [pattern, english] of HOLIDAYS) if (pattern.test(name)) return english;
  return name;
}

const HOLIDAYS: readonly (readonly [RegExp, string])[] = [
  [/元旦/u, "New Year's Day"],
  [/春节/u, 'Spring Festival'],
  [/清明/u, 'Qingming Festival'],
  [/劳动节|五一/u, 'Labour Day'],
  [/端午/u, 'Dragon Boat Festival'],
  [/中秋/u, 'Mid-Autumn Festival'],
  [/国庆/u, 'National Day'],
];

/** The relation as a clause, naming the prerequisite as `meeting` (a higher-level one, or one it follows: QB-22). */
function relation(kind: FindingDataMap['order']['relation'], meeting: string): string {
  switch (kind) {
    case 'FINISHTOSTART':
      return `start after ${meeting} ends`;
    case 'STARTTOSTART':
      return `start after ${meeting} starts`;
    case 'FINISHTOFINISH':
      return `end after ${meeting} ends`;
    case 'STARTTOFINISH':
      return `end after ${meeting} starts`;
    default: {
      const never: never = kind;
      return String(never);
    }
  }
}

function pairedBy(d: { readonly pairedBy: FindingDataMap['order']['pairedBy']; readonly link: string }): string {
  switch (d.pairedBy) {
    case 'rule':
      return `rule "${d.link}"`;
    case 'related-to':
      return `a RELATED-TO link to ${d.link}`;
    case 'concept':
      return `the shared CONCEPT ${d.link}`;
    case 'refid':
      return `the shared REFID ${d.link}`;
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
      return ` in ${t.year}`;
    case 'quarter':
      return ` in Q${t.quarter} ${t.year}`;
    case 'month':
      return ` in ${t.toFormat('LLLL yyyy')}`;
    case 'week':
      return ` in the week of ${t.toFormat('d LLL')}`;
    default:
      return '';
  }
}

function people(names: string, count: number): string {
  return names.split('、').join(', ') + (count > 1 ? ` (${count} people)` : '');
}

/** A cadence period: whole days as `1 Apr–30 Jun 2022`, else as a span. */
function periodSpan(start: string, end: string): string {
  const s = parse(start);
  const e = parse(end);
  if (!s.isValid || !e.isValid) return `${start}–${end}`;
  if (!s.equals(s.startOf('day')) || !e.equals(e.startOf('day'))) return span(start, end);
  const last = e.minus({ days: 1 });
  return `${s.toFormat(last.year === s.year ? 'd LLL' : 'd LLL yyyy')}–${last.toFormat('d LLL yyyy')}`;
}

/** A note when a meeting's copy on another calendar (same UID and SEQUENCE) gives another time; empty when they agree. */
function copiesNote(d: DisputedCopies & { readonly first: string; readonly second: string }): string {
  const note = (title: string, calendar: string | undefined, start: string | undefined, end: string | undefined): string =>
    calendar === undefined || start === undefined || end === undefined
      ? ''
      : ` ${calendar} has "${title}" at ${span(start, end)}: the two entries disagree on the time; please check.`;
  return note(d.first, d.firstCopyCalendar, d.firstCopyStart, d.firstCopyEnd) + note(d.second, d.secondCopyCalendar, d.secondCopyStart, d.secondCopyEnd);
}

/** English: rule findings. */
export const findings: MessagesFor<FindingDataMap> = {
  order: (d) => {
    const upper = d.peer === true ? 'the meeting it must follow' : 'the higher-level meeting';
    const pre = `${upper} "${d.prerequisite}" (${span(d.prerequisiteStart, d.prerequisiteEnd)})`;
    const rel = relation(d.relation, d.peer === true ? 'the meeting it follows' : 'the higher-level meeting');
    if (d.undetermined === true && (d.prerequisiteDateOnly === true || d.dependentDateOnly === true)) {
      const which = d.prerequisiteDateOnly === true && d.dependentDateOnly === true ? 'both meetings are' : d.prerequisiteDateOnly === true ? 'that meeting is' : 'this meeting is';
      return `Cannot tell whether "${d.dependent}" (${span(d.dependentStart, d.dependentEnd)}) comes after ${pre}: ` +
        `${which} entered as a day without a time, please check; from ${midnightDay(d.earliestStart)} it is certainly in order (it must ${rel}` +
        `${d.minWorkingDays === undefined ? gapClause(d.minGap) : `, at least ${workingDays(d.minWorkingDays)} later`}). Paired by ${pairedBy(d)}.`;
    }
    if (d.undetermined === true) {
      return `Cannot tell whether "${d.dependent}" (${span(d.dependentStart, d.dependentEnd)}) comes at least ${workingDays(d.minWorkingDays ?? 0)} after ${pre}: ` +
        `${unknownYear(d.unknownFrom ?? '')}. Paired by ${pairedBy(d)}.`;
    }
    const where = d.tooSoon === true ? `comes too soon after ${pre}` : d.duringPrerequisite === true ? `starts before the end of ${pre}` : `is scheduled before ${pre}`;
    return `"${d.dependent}" (${span(d.dependentStart, d.dependentEnd)}) ${where}: it must ${rel}` +
      (d.minWorkingDays === undefined
        ? `${gapClause(d.minGap)}; earliest compliant start ${d.prerequisiteStart.length === 10 ? midnightDay(d.earliestStart) : earliest(d.earliestStart, d.dependentStart)}`
        : ` (at least ${workingDays(d.minWorkingDays)}, holidays and make-up working days counted); ` +
          (d.unknownFrom !== undefined
            ? `the earliest day cannot be computed: ${unknownYear(d.unknownFrom)}`
            : `earliest compliant ${d.minWorkingDays === 0 ? `start ${earliest(d.earliestStart, d.dependentStart)}` : `day ${midnightDay(d.earliestStart)}`}`)) +
      `. Paired by ${pairedBy(d)}.`;
  },
  'order-missing': (d) =>
    d.unreadable !== ''
      ? `Cannot check whether "${d.dependent}" (${span(d.dependentStart, d.dependentEnd)}) comes after ${d.peer === true ? 'the meeting it must follow' : 'its higher-level meeting'}: ` +
        `the calendar that could hold it (${d.unreadable.split('、').join(', ')}) ${notRead(d)}, and no prerequisite was found${period(d.cycle, d.period)} on the others. Paired by ${pairedBy(d)}.`
      : `${d.peer === true ? 'The meeting it must follow' : 'The higher-level meeting'} is not scheduled yet, so "${d.dependent}" (${span(d.dependentStart, d.dependentEnd)}) may be too early: no prerequisite found${period(d.cycle, d.period)}` +
        `${d.checkedFrom !== d.period ? ` (calendars searched from ${when(d.checkedFrom)})` : ''}` +
        `${d.cancelled > 0 ? ` (${d.cancelled} cancelled)` : ''}. Paired by ${pairedBy(d)}.`,
  'order-late': (d) =>
    d.undetermined === true
      ? `Cannot tell whether "${d.dependent}" (${span(d.dependentStart, d.dependentEnd)}) comes within ${workingDays(d.maxWorkingDays ?? 0)} after ${d.peer === true ? 'the meeting it must follow' : 'the higher-level meeting'} "${d.prerequisite}" (${span(d.prerequisiteStart, d.prerequisiteEnd)}): ` +
        `${unknownYear(d.unknownFrom ?? '')}. Paired by ${pairedBy(d)}.`
      : `"${d.dependent}" (${span(d.dependentStart, d.dependentEnd)}) comes more than ` +
        `${d.maxWorkingDays === undefined ? duration(d.maxGap) : `${workingDays(d.maxWorkingDays)} (holidays and make-up working days counted)`} after ${d.peer === true ? 'the meeting it must follow' : 'the higher-level meeting'} "${d.prerequisite}" (${span(d.prerequisiteStart, d.prerequisiteEnd)}); ` +
        (d.unknownFrom !== undefined
          ? `${unknownYear(d.unknownFrom)}, but under any arrangement working day ${d.maxWorkingDays ?? 0} falls on or before ${when(d.latestStart)}. Paired by ${pairedBy(d)}.`
          : `it should ${d.maxWorkingDays === undefined ? 'start by' : 'be held on or before'} ${when(d.latestStart)}. Paired by ${pairedBy(d)}.`),
  'order-cycle': (d) =>
    `Contradictory ordering (${d.size} meetings depend on each other in a ring): ${d.meetings}. No schedule can satisfy it; check the rules or links: ${d.links.split('、').join(', ')}.`,
  'double-booking': (d) =>
    `${people(d.people, d.peopleCount)} double-booked: "${d.first}" (${span(d.firstStart, d.firstEnd)}) and "${d.second}" (${span(d.secondStart, d.secondEnd)}).${copiesNote(d)}`,
  'tentative-overlap': (d) =>
    `${people(d.people, d.peopleCount)}: "${d.first}" (${span(d.firstStart, d.firstEnd)}) overlaps "${d.second}" (${span(d.secondStart, d.secondEnd)}), and one of them is tentative; please confirm.${copiesNote(d)}`,
  'travel-time': (d) =>
    `${people(d.people, d.peopleCount)}: ${d.gapMinutes === 0 ? 'no time' : `only ${d.gapMinutes} min`} between "${d.first}" (${d.firstLocation}, ends ${when(d.firstEnd)}) ` +
    `and "${d.second}" (${d.secondLocation}, starts ${when(d.secondStart)}); the trip needs at least ${d.neededMinutes} min.${copiesNote(d)}`,
  venue: (d) =>
    `${d.location} is booked twice: "${d.first}" (${span(d.firstStart, d.firstEnd)}) overlaps "${d.second}" (${span(d.secondStart, d.secondEnd)})${d.tentative === true ? ', and one of them is tentative; please confirm' : ''}.${copiesNote(d)}`,
  'required-missing': (d) => {
    const head = `${d.person} is required at "${d.event}" (${span(d.eventStart, d.eventEnd)}) but`;
    switch (d.reason) {
      case 'declined':
        return `${head} declined (required by ${d.reference}).`;
      case 'delegated':
        return `${head} delegated the invitation to someone else (required by ${d.reference}).`;
      case 'absent':
        return `${head} is not among the participants (required by ${d.reference}).`;
      default: {
        const unreachable: never = d.reason;
        return String(unreachable);
      }
    }
  },
  'required-busy': (d) =>
    `${d.person} is required at "${d.event}" (${span(d.eventStart, d.eventEnd)}) but is booked for "${d.other}" (${span(d.otherStart, d.otherEnd)}) at the same time.`,
  'cadence-missed': (d) =>
    d.unreadable !== undefined
      ? `Cannot tell whether ${d.event !== '' ? `"${d.event}"` : 'the routine meeting'} took place the required ${d.min} time${d.min === 1 ? '' : 's'} in ${periodSpan(d.periodStart, d.periodEnd)} (${cadenceEvery(d.every)}): ` +
        `calendars that may hold it (${d.unreadable.split('、').join(', ')}) ${notRead(d, true)}; the others hold it ${d.count} time${d.count === 1 ? '' : 's'}.`
      : d.undetermined === true
        ? `Cannot tell whether ${d.event !== '' ? `"${d.event}"` : 'the routine meeting'} was due the required ${d.min} time${d.min === 1 ? '' : 's'} in ${periodSpan(d.periodStart, d.periodEnd)} (${cadenceEvery(d.every)}): ` +
          `it is scheduled ${d.count} time${d.count === 1 ? '' : 's'}, but ${unknownYear(d.unknownFrom ?? '')}, and the period may hold no working day.`
      : `${d.event !== '' ? `"${d.event}"` : 'The routine meeting'} took place ${d.count} time${d.count === 1 ? '' : 's'} in ${periodSpan(d.periodStart, d.periodEnd)}, fewer than the required ${d.min} (${cadenceEvery(d.every)})${d.cancelled > 0 ? `; ${d.cancelled} more ${d.cancelled === 1 ? 'was' : 'were'} cancelled` : ''}.`,
  'cadence-crowded': (d) =>
    `${d.event !== '' ? `"${d.event}"` : 'The routine meeting'} is scheduled ${d.count} times in ${periodSpan(d.periodStart, d.periodEnd)}, more than the maximum of ${d.max} (${cadenceEvery(d.every)}).`,
  'coverage-gap': (d) =>
    d.unreadable !== undefined
      ? `Cannot tell whether ${d.calendarName.split('、').join(', ')} is staffed during ${span(d.start, d.end)}: the duty calendars ${d.unreadable.split('、').join(', ')} ${notRead(d, true)}.`
      : `Nobody is on duty on ${d.calendarName} during ${span(d.start, d.end)} (${duration(`PT${d.minutes}M`)}).`,
  'coverage-overlap': (d) => `${d.shifts} shifts of ${d.calendarName} overlap during ${span(d.start, d.end)} (${duration(`PT${d.minutes}M`)}).`,
  holiday: (d) =>
    `"${d.event}" (${span(d.eventStart, d.eventEnd)}) falls on ${when(d.date)}, ` +
    `${d.dayType === 'weekend' ? 'a weekend day that is not a make-up working day' : `a statutory holiday${d.holiday !== '' ? ` (${holidayName(d.holiday)})` : ''}`} (source: ${d.source}).`,
  'holiday-unknown': (d) =>
    `"${d.event}" (${span(d.eventStart, d.eventEnd)}) falls on ${when(d.date)}; the holiday arrangement for ${d.year} is not in the data (${d.source}), so whether it is a working day is unknown. Add it under "holidays" in the config.`,
  'outside-hours': (d) =>
    `"${d.event}" (${span(d.eventStart, d.eventEnd)}) is outside office hours ${d.hoursStart}–${d.hoursEnd}${d.office !== '*' ? ` (${d.office})` : ''}.`,
  'quiet-period': (d) =>
    d.during === ''
      ? `"${d.event}" (${span(d.eventStart, d.eventEnd)}) falls in the quiet period ${span(d.duringStart, d.duringEnd)}.`
      : `"${d.event}" (${span(d.eventStart, d.eventEnd)}) is held while "${d.during}" (${span(d.duringStart, d.duringEnd)}) is in session.`,
};
