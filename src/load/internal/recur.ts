/**
 * RRULE iteration on floating wall-clock times with ical.js's RecurIterator. COUNT and UNTIL are
 * taken out of the rule and applied here, because:
 * - RFC 5545 §3.8.5.3 says DTSTART always counts as the first occurrence, while ical.js (like
 *   dateutil) leaves out a DTSTART that does not match the rule and counts only what it yields;
 * - UNTIL is often of the wrong type (DATE against a DATE-TIME start, UTC against a floating start,
 *   no `Z` against a zoned start) and ical.js compares mixed types unreliably, so UNTIL is converted
 *   to the series' own wall clock by the caller and compared here.
 */
import ICAL from 'ical.js';
import { daysFromCivil, daysInMonth, localMillisToWall, wallToLocalMillis, MS_PER_DAY } from './civil.js';

/** A parsed RRULE, ready to iterate. */
export interface RuleSpec {
  readonly recur: InstanceType<typeof ICAL.Recur>;
  readonly freq: string;
  readonly interval: number;
  readonly count: number | null;
  /** UNTIL as written (the caller converts it to the series' wall clock). */
  readonly untilText: string | null;
  readonly byMonthDay: readonly number[] | null;
  readonly byMonth: readonly number[] | null;
  /** MONTHLY/YEARLY with no BY* part naming days: every instance is on DTSTART's day of the month. */
  readonly dayFromStart: boolean;
  /** YEARLY with no BY* part naming months or days: every instance is in DTSTART's month. */
  readonly monthFromStart: boolean;
  /** BYMONTHDAY of a DAILY or finer rule, applied here as a limit (negative = from the month's end). */
  readonly limitMonthDays: readonly number[] | null;
  /** Plain BYDAY weekdays (0 = Sunday) of a MONTHLY rule with BYMONTHDAY, applied here as a limit. */
  readonly limitWeekdays: readonly number[] | null;
}

/** Why a rule cannot be expanded: unreadable, or written for a calendar system other than the Gregorian. */
export interface RuleError {
  readonly error: string;
  readonly code: 'invalid-rrule' | 'unsupported-rscale';
}

/** Frequencies for which BYMONTHDAY limits rather than expands. */
const SUB_MONTHLY = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY']);

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const FREQS = new Set(['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

/**
 * Parses an RRULE value.
 * @param value - e.g. `FREQ=WEEKLY;BYDAY=MO;UNTIL=20221231T160000Z`
 * @returns the spec, or a reason it cannot be read
 */
export function parseRule(value: string): RuleSpec | RuleError {
  const parts = new Map<string, string>();
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).trim().toUpperCase(), part.slice(eq + 1).trim());
  }
  const freq = (parts.get('FREQ') ?? '').toUpperCase();
  if (!FREQS.has(freq)) return { error: freq === '' ? 'no FREQ' : `unknown FREQ ${freq}`, code: 'invalid-rrule' };
  // RFC 7529: RSCALE=CHINESE (lunar festivals), HEBREW, … recur in another calendar system. Reading
  // them as Gregorian would invent dates (every 10 February for 春节), so they are not expanded.
  const rscale = (parts.get('RSCALE') ?? 'GREGORIAN').toUpperCase();
  if (rscale !== 'GREGORIAN') return { error: `RSCALE=${rscale}`, code: 'unsupported-rscale' };
  // ical.js 2.2.1 silently ignores BYWEEKNO (BYWEEKNO=20;BYDAY=MO gives every Monday) and misreads
  // two-digit BYDAY ordinals (20MO, RFC 5545's "20th Monday of the year", gives every Monday).
  // Inventing weekly meetings would make false clashes: such rules are reported and keep DTSTART.
  if (parts.has('BYWEEKNO')) return { error: 'BYWEEKNO is not supported', code: 'invalid-rrule' };
  if (/(^|,)\s*[+-]?\d{2,}\s*[A-Za-z]{2}/.test(parts.get('BYDAY') ?? '')) return { error: 'BYDAY ordinals beyond 9 are not supported', code: 'invalid-rrule' };
  const skip = (parts.get('SKIP') ?? 'OMIT').toUpperCase();
  const countText = parts.get('COUNT');
  const count = countText === undefined ? null : Number(countText);
  if (count !== null && (!Number.isInteger(count) || count < 0)) return { error: `bad COUNT ${countText}`, code: 'invalid-rrule' };
  const intervalText = parts.get('INTERVAL');
  const interval = intervalText === undefined || intervalText === '' ? 1 : Number(intervalText);
  if (!Number.isInteger(interval) || interval < 1) return { error: `bad INTERVAL ${intervalText}`, code: 'invalid-rrule' };
  // For DAILY and finer rules BYMONTHDAY only limits the set (RFC 5545 §3.3.10, table of BY* parts),
  // and ical.js never returns from next() when such a BYMONTHDAY is negative (`FREQ=DAILY;BYMONTHDAY=-1`
  // hangs the process): the limit is left out of ical.js's rule and applied here instead.
  const monthDayList = parts.has('BYMONTHDAY') ? parts.get('BYMONTHDAY')!.split(',').map(Number) : null;
  const limitMonthDays =
    SUB_MONTHLY.has(freq) && monthDayList !== null && monthDayList.every((d) => Number.isInteger(d) && d !== 0 && Math.abs(d) <= 31) ? monthDayList : null;
  // MONTHLY with BYMONTHDAY: plain BYDAY weekdays only limit the month days (RFC 5545 §3.3.10 table),
  // and ical.js gets them wrong with a negative BYMONTHDAY (results depend on where iteration starts,
  // or it throws). Without BYSETPOS, which would apply after the limit, they are applied here.
  const weekdays = (parts.get('BYDAY') ?? '').split(',').map((d) => WEEKDAYS.indexOf(d.trim().toUpperCase()));
  const limitWeekdays = freq === 'MONTHLY' && parts.has('BYMONTHDAY') && parts.has('BYDAY') && !parts.has('BYSETPOS') && weekdays.every((d) => d >= 0) ? weekdays : null;
  const rest = [...parts.entries()]
    .filter(([k, v]) => k !== 'COUNT' && k !== 'UNTIL' && k !== 'RSCALE' && k !== 'SKIP' && v !== '')
    .filter(([k]) => !(k === 'BYMONTHDAY' && limitMonthDays !== null) && !(k === 'BYDAY' && limitWeekdays !== null))
    .map(([k, v]) => `${k}=${v}`)
    .join(';');
  let recur: InstanceType<typeof ICAL.Recur>;
  try {
    recur = ICAL.Recur.fromString(rest);
    // ical.js checks the combination of parts (RFC 5545 §3.3.10: no BYMONTHDAY with FREQ=WEEKLY,
    // no BYWEEKNO outside YEARLY, …) only when an iterator is made: make one now, so that such a
    // rule is a reported problem here instead of an exception during expansion.
    recur.iterator(ICAL.Time.fromData({ year: 2000, month: 1, day: 1, hour: 0, minute: 0, second: 0, isDate: false }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), code: 'invalid-rrule' };
  }
  const numbers = (key: string) => {
    const text = parts.get(key);
    if (text === undefined) return null;
    const list = text.split(',').map(Number);
    return list.every(Number.isInteger) ? list : null;
  };
  const has = (key: string) => parts.has(key);
  // With SKIP=FORWARD/BACKWARD (RFC 7529 §4.2) an impossible date moves instead of vanishing, which
  // is what ical.js's roll-over does; only the default (OMIT) needs the checks below.
  const omit = skip === 'OMIT';
  const namesDays = has('BYMONTHDAY') || has('BYDAY') || has('BYYEARDAY') || has('BYWEEKNO');
  return {
    recur,
    freq,
    interval,
    count,
    untilText: parts.get('UNTIL') ?? null,
    byMonthDay: omit ? numbers('BYMONTHDAY') : null,
    byMonth: omit ? numbers('BYMONTH') : null,
    dayFromStart: omit && (freq === 'MONTHLY' || freq === 'YEARLY') && !namesDays,
    monthFromStart: omit && freq === 'YEARLY' && !namesDays && !has('BYMONTH'),
    limitMonthDays,
    limitWeekdays,
  };
}

const PERIOD: Readonly<Record<string, number>> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: MS_PER_DAY,
  WEEKLY: 7 * MS_PER_DAY,
};

export interface IterateOptions {
  /** DTSTART as local milliseconds. */
  readonly start: number;
  readonly dateOnly: boolean;
  /** Last allowed start (UNTIL in the series' wall clock), inclusive; null for none. */
  readonly until: number | null;
  /** Iteration may begin at any aligned start at or before this local time (skip-ahead hint). */
  readonly notBefore: number;
  /** Stop once a start passes this local time. */
  readonly stopAfter: number;
  /** Upper bound on iterator steps, so that a rule that never matches cannot hang the loader. */
  readonly maxSteps: number;
  /** Stop after this many starts at or after `notBefore` (the calendar's remaining budget). */
  readonly maxStarts: number;
}

/**
 * Yields the starts (local milliseconds) of a rule, DTSTART first, in order.
 * @param spec - the rule
 * @param options - bounds
 * @returns the starts and whether `maxSteps` cut the iteration short
 */
export function iterateRule(spec: RuleSpec, options: IterateOptions): { starts: number[]; truncated: boolean } {
  const starts: number[] = [options.start];
  if (impossible(spec)) return { starts: spec.count === 0 ? [] : starts, truncated: false };
  let begin = options.start;
  // Skip ahead for unbounded simple frequencies: shifting DTSTART by whole periods keeps every BY*
  // alignment (weeks stay weeks), so the starts after the shifted point are exactly the original
  // ones. Not with COUNT, which must be counted from the real DTSTART.
  const period = PERIOD[spec.freq];
  if (spec.count === null && period !== undefined && options.notBefore - options.start > 2 * period * spec.interval) {
    const step = period * spec.interval;
    begin = options.start + Math.floor((options.notBefore - options.start) / step - 1) * step;
  }
  // Months and years shift the same way, as long as DTSTART's day exists in every month (≤ 28):
  // ical.js would roll a 31st into the next month. Yearly rules are evaluated per year, so whole
  // years keep them intact.
  const months = spec.freq === 'MONTHLY' ? spec.interval : spec.freq === 'YEARLY' ? 12 * spec.interval : 0;
  if (spec.count === null && months > 0 && options.notBefore - options.start > 2 * months * 31 * MS_PER_DAY) {
    const from = localMillisToWall(options.start);
    if (from.day <= 28) {
      const target = localMillisToWall(options.notBefore);
      const elapsed = (target.year - from.year) * 12 + (target.month - from.month);
      const k = Math.floor(elapsed / months) - 1;
      const total = from.month - 1 + k * months;
      begin = wallToLocalMillis({ ...from, year: from.year + Math.floor(total / 12), month: (total % 12) + 1 });
    }
  }
  const startWall = localMillisToWall(options.start);
  const wall = localMillisToWall(begin);
  const dtstart = ICAL.Time.fromData({ ...wall, isDate: options.dateOnly });
  let iterator: ReturnType<typeof spec.recur.iterator>;
  try {
    iterator = spec.recur.iterator(dtstart);
  } catch {
    // parseRule has already tried the rule; should ical.js still refuse it for this DTSTART, the
    // series keeps its DTSTART rather than throwing out of the loader.
    return { starts: spec.count === 0 ? [] : starts, truncated: false };
  }
  let steps = 0;
  let inWindow = 0;
  let truncated = false;
  for (;;) {
    if (spec.count !== null && starts.length >= spec.count) break;
    if (steps >= options.maxSteps) {
      truncated = true;
      break;
    }
    steps += 1;
    let next: InstanceType<typeof ICAL.Time> | null;
    try {
      next = iterator.next();
    } catch {
      // ical.js gives up on rules that can never match again ("Same occurrence found twice"):
      // the set is complete.
      break;
    }
    if (!next) break;
    // ical.js rolls impossible dates over (BYMONTHDAY=30 in February → 1 March); RFC 5545 §3.3.10
    // says they are ignored.
    if (spec.byMonthDay !== null && spec.byMonthDay.every((d) => d > 0) && !spec.byMonthDay.includes(next.day)) continue;
    if (spec.byMonth !== null && !spec.byMonth.includes(next.month)) continue;
    // The same roll-over without BY* parts: 29 February yearly gives 1 March in other years.
    if (spec.dayFromStart && next.day !== startWall.day) continue;
    // 1 January 1970 was a Thursday (weekday 4 counting from Sunday).
    if (spec.limitWeekdays !== null && !spec.limitWeekdays.includes((((daysFromCivil(next.year, next.month, next.day) + 4) % 7) + 7) % 7)) continue;
    if (spec.limitMonthDays !== null && !spec.limitMonthDays.some((d) => next!.day === (d > 0 ? d : daysInMonth(next!.year, next!.month) + d + 1))) continue;
    if (spec.monthFromStart && next.month !== startWall.month) continue;
    const local = options.dateOnly
      ? wallToLocalMillis({ year: next.year, month: next.month, day: next.day, hour: 0, minute: 0, second: 0 })
      : wallToLocalMillis({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second });
    if (options.until !== null && local > options.until) break;
    if (local > options.stopAfter) break;
    if (local <= options.start) continue; // DTSTART itself, already first
    starts.push(local);
    if (local >= options.notBefore) {
      inWindow += 1;
      if (inWindow >= options.maxStarts) break;
    }
  }
  if (spec.count === 0) return { starts: [], truncated };
  return { starts, truncated };
}

const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * BYMONTH with BYMONTHDAY days that none of those months has (30 February): the rule can yield
 * nothing, and ical.js would search for years inside a single `next()` call before giving up.
 */
function impossible(spec: RuleSpec): boolean {
  if (spec.byMonth === null || spec.byMonthDay === null) return false;
  return spec.byMonth.every((m) => spec.byMonthDay!.every((d) => Math.abs(d) > (LONGEST_MONTH[m - 1] ?? 31)));
}
