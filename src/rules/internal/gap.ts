/**
 * Gaps of the ordering rules: an ISO-8601 duration (RFC 9253 §6.2 GAP, config `P7D`) or a count of
 * working days (config `{"workingDays": 3}`), and where each puts the bound it sets on a dependent.
 *
 * Working days are civil days of the report zone judged by the Chinese working calendar
 * (`time/working-calendar.ts`: 法定节假日 off, 调休 make-up days worked, the config's `holidays`
 * first). Day 0 is the day the prerequisite's bound falls on — an end at exactly 00:00 closes the
 * day before (half-open intervals) — and W_n is the n-th working day after day 0, day 0 not counted.
 * "At least n working days after" (`minGap`) lets the dependent start from W_n 00:00; "within n
 * working days after" (`maxGap`) lets it start until the end of W_n. A count that runs into a day
 * whose year has no known arrangement has no answer: the bound is then `unknown`, never guessed, and
 * only bracketed by what every arrangement allows (`notBefore`, `notAfter`): a verdict that holds
 * across the whole bracket is known all the same.
 */
import { DateTime, Duration } from 'luxon';
import type { HolidayData } from '../../model/config.js';
import type { Gap } from '../../model/rule-config.js';
import { addWorkingDays } from '../../time/add-working-days.js';
import { formatDuration, parseDuration } from '../../time/duration.js';

/** A gap as the ordering rules use it. */
export type ParsedGap =
  | { readonly kind: 'duration'; readonly duration: Duration }
  | { readonly kind: 'working-days'; readonly days: number };

/** What working days are counted against: the report zone and the user's holiday data. */
export interface WorkCalendar {
  readonly zone: string;
  readonly holidays?: HolidayData | undefined;
}

/** A bound on the dependent's start that a working-day count could not reach. */
export interface UnknownBound {
  readonly known: false;
  /** The first day (`YYYY-MM-DD`, report zone) whose arrangement is unknown; the count stopped there. */
  readonly unknownFrom: string;
  /**
   * The earliest the bound can fall under any arrangement: each working day still to count is a day
   * of its own (a 调休 Saturday makes a day working, never two), so W_n is no earlier than
   * `unknownFrom` + (`left` − 1) days (QH-2).
   */
  readonly notBefore: DateTime;
  /** The latest the bound can fall under any arrangement (see {@link latestPossibleDay}; QH-1). */
  readonly notAfter: DateTime;
  /** Working days still to count from `unknownFrom` on (at least 1). */
  readonly left: number;
}

/** A bound on the dependent's start, or why it is unknown. */
export type Bound = { readonly known: true; readonly at: DateTime } | UnknownBound;

/** Zero: the default `minGap`. */
export const NO_GAP: ParsedGap = { kind: 'duration', duration: Duration.fromMillis(0) };

/**
 * Reads a config gap.
 * @param gap - an ISO-8601 duration text or `{ workingDays: n }` (validated config)
 * @returns the parsed gap, or null for a text that is not a duration or a count that is not a whole number ≥ 0
 * @example
 * parseGap({ workingDays: 3 }) //=> { kind: 'working-days', days: 3 }
 * parseGap('P1X') //=> null
 */
export function parseGap(gap: Gap): ParsedGap | null {
  if (typeof gap === 'string') {
    const duration = parseDuration(gap);
    return duration === null ? null : { kind: 'duration', duration };
  }
  return Number.isInteger(gap.workingDays) && gap.workingDays >= 0 ? { kind: 'working-days', days: gap.workingDays } : null;
}

/**
 * A gap as finding data writes it in `minGap` / `maxGap`: the ISO-8601 duration, or `` for a gap in
 * working days (whose count is in `minWorkingDays` / `maxWorkingDays`).
 * @param gap - a parsed gap
 * @returns the text
 * @example
 * gapText({ kind: 'working-days', days: 3 }) //=> ''
 */
export function gapText(gap: ParsedGap): string {
  return gap.kind === 'duration' ? formatDuration(gap.duration) : '';
}

/**
 * The day 0 of a working-day count: the civil day (report zone) the bound falls on, where an
 * instant at exactly 00:00 closes the day before — a meeting ending at midnight ended that day.
 * @param bound - the prerequisite's end (or start, for a *TOSTART relation measured from its start)
 * @param zone - the report zone
 * @param closes - whether the bound is an end (a start at 00:00 is on its own day)
 * @returns `YYYY-MM-DD`
 * @example
 * dayOf(DateTime.fromISO('2022-09-30T00:00', { zone: 'Asia/Shanghai' }), 'Asia/Shanghai', true) //=> '2022-09-29'
 */
export function dayOf(bound: DateTime, zone: string, closes: boolean): string {
  const local = bound.setZone(zone);
  const day = closes && local.equals(local.startOf('day')) ? local.minus({ days: 1 }) : local;
  return day.toISODate() ?? '';
}

/**
 * The earliest start a minimum gap allows after a bound: bound + duration, or for `n` working days
 * 00:00 of W_n (the bound itself for n = 0).
 * @param bound - the prerequisite's bound the gap is measured from
 * @param gap - the minimum gap
 * @param calendar - report zone and holiday data
 * @param closes - whether the bound is an end (see {@link dayOf})
 * @returns the earliest start, or the day the count could not pass
 * @example
 * // The city meeting ends Thursday 29 September 2022, 11:30; 国庆 runs 1–7 October, 8–9 October are 调休 working days:
 * gapStart(end, { kind: 'working-days', days: 2 }, { zone: 'Asia/Shanghai' }, true)
 * //=> { known: true, at: 2022-10-08T00:00+08:00 }
 */
export function gapStart(bound: DateTime, gap: ParsedGap, calendar: WorkCalendar, closes: boolean): Bound {
  if (gap.kind === 'duration') return { known: true, at: plusDuration(bound, gap.duration) };
  if (gap.days === 0) return { known: true, at: bound };
  const day = nthWorkingDay(bound, gap.days, calendar, closes);
  return day.known ? { known: true, at: midnight(day.date, calendar.zone) } : day.bound;
}

/**
 * The end of the time a maximum gap allows after a bound (exclusive for working days): bound +
 * duration, or for `n` working days 00:00 of the day after W_n.
 * @param bound - the prerequisite's bound
 * @param gap - the maximum gap
 * @param calendar - report zone and holiday data
 * @param closes - whether the bound is an end (see {@link dayOf})
 * @returns `{ known, at, lastDay }` — `lastDay` is W_n (`YYYY-MM-DD`), or `` for a duration — or the unknown day
 * @example
 * gapEnd(endOn29September, { kind: 'working-days', days: 3 }, { zone: 'Asia/Shanghai' }, true)
 * //=> { known: true, at: 2022-10-10T00:00+08:00, lastDay: '2022-10-09' }
 */
export function gapEnd(
  bound: DateTime,
  gap: ParsedGap,
  calendar: WorkCalendar,
  closes: boolean,
): { readonly known: true; readonly at: DateTime; readonly lastDay: string } | UnknownBound {
  if (gap.kind === 'duration') return { known: true, at: plusDuration(bound, gap.duration), lastDay: '' };
  const day = nthWorkingDay(bound, gap.days, calendar, closes);
  // The time allowed runs to the end of W_n, whatever day that turns out to be.
  if (!day.known) return { ...day.bound, notBefore: day.bound.notBefore.plus({ days: 1 }), notAfter: day.bound.notAfter.plus({ days: 1 }) };
  return { known: true, at: midnight(day.date, calendar.zone).plus({ days: 1 }), lastDay: day.date };
}

type NthWorkingDay = { readonly known: true; readonly date: string } | { readonly known: false; readonly bound: UnknownBound };

function nthWorkingDay(bound: DateTime, days: number, calendar: WorkCalendar, closes: boolean): NthWorkingDay {
  // The ordering rules count from the same meetings' ends again for every rule, period and proposal;
  // the count is a pure function of the instant, the zone, the holiday data and n.
  const memo = memoFor(calendar.holidays);
  const key = `${calendar.zone}\u0000${bound.toMillis()}\u0000${days}\u0000${closes}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const counted = countWorkingDays(bound, days, calendar, closes);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, counted);
  return counted;
}

function countWorkingDays(bound: DateTime, days: number, calendar: WorkCalendar, closes: boolean): NthWorkingDay {
  const result = addWorkingDays(dayOf(bound, calendar.zone, closes), days, calendar.holidays);
  if (result.ok) return { known: true, date: result.date };
  const counted = { unknownFrom: result.unknown, left: result.left };
  return {
    known: false,
    bound: {
      known: false,
      ...counted,
      notBefore: midnight(earliestPossibleDay(counted), calendar.zone),
      notAfter: midnight(latestPossibleDay(counted), calendar.zone),
    },
  };
}

/**
 * The earliest day a working-day count that met an unknown year can end on, under any arrangement:
 * every day from the first unknown one on a working day, so the `left` days still to count are the
 * next `left` calendar days (QH-2). A dependent starting before it is too early whatever the notice
 * says; a maximum gap cannot have run out before the day after it.
 * @param unknown - where the count stopped and how many working days it still had to count
 * @returns `YYYY-MM-DD`, the earliest possible W_n
 * @example
 * // 2 working days after Monday 1 March 2027, 2027 not published: W2 is 3 March at the earliest.
 * earliestPossibleDay({ unknownFrom: '2027-03-02', left: 2 }) //=> '2027-03-03'
 */
export function earliestPossibleDay(unknown: Pick<UnknownBound, 'unknownFrom' | 'left'>): string {
  const day = DateTime.fromISO(unknown.unknownFrom, { zone: 'utc' });
  return day.plus({ days: unknown.left - 1 }).toISODate() ?? unknown.unknownFrom;
}

/**
 * The latest day a working-day count that met an unknown year can end on, under any arrangement the
 * State Council could publish: the `left` working days still to count take at most two calendar days
 * each (weekends), plus one break of {@link LONGEST_BREAK} days off in a row. A 调休 Saturday only
 * adds a working day, bringing W_n earlier, so it cannot push the day later (QF-4). For `maxGap` a
 * dependent starting after this day is late whatever the arrangement; for `minGap` one starting on it
 * or later is in order whatever the arrangement (QH-1). Between this bound and
 * {@link earliestPossibleDay} the verdict depends on the notice and stays undetermined.
 * @param unknown - the bound the count could not reach
 * @returns `YYYY-MM-DD`, the latest possible W_n
 * @example
 * // From Wednesday 30 December 2026, 3 working days: W1 is 31 December, 1 January is off by law, 2 still to count from 2 January 2027.
 * latestPossibleDay({ unknownFrom: '2027-01-02', left: 2 }) //=> '2027-01-15'
 */
export function latestPossibleDay(unknown: Pick<UnknownBound, 'unknownFrom' | 'left'>): string {
  const day = DateTime.fromISO(unknown.unknownFrom, { zone: 'utc' });
  return day.plus({ days: 2 * unknown.left + LONGEST_BREAK - 1 }).toISODate() ?? unknown.unknownFrom;
}

/**
 * The most days off in a row any arrangement has given, plus a margin: 春节 2026 (15–23 February) had
 * nine, 国庆 2020 (1–8 October) eight; the 2020 春节 extension (24 January – 2 February) ten.
 */
const LONGEST_BREAK = 10;

function midnight(date: string, zone: string): DateTime {
  const key = `${zone}\u0000${date}`;
  const known = midnights.get(key);
  if (known !== undefined) return known;
  const at = DateTime.fromISO(date, { zone });
  if (midnights.size >= MEMO_LIMIT) midnights.clear();
  midnights.set(key, at);
  return at;
}

/**
 * `bound.plus(duration)`, remembered: a gap with days or months goes through luxon's calendar
 * arithmetic (DST), microseconds each, and the rules add the same gap to the same meetings' ends once
 * per rule, period and proposal. DateTimes are immutable, so a result may be shared.
 */
function plusDuration(bound: DateTime, duration: Duration): DateTime {
  let text = durationTexts.get(duration);
  if (text === undefined) {
    text = duration.toISO() ?? '';
    durationTexts.set(duration, text);
  }
  const key = `${bound.zoneName ?? ''}\u0000${bound.toMillis()}\u0000${text}`;
  const known = sums.get(key);
  if (known !== undefined && known.locale === bound.locale) return known;
  const at = bound.plus(duration);
  if (sums.size >= MEMO_LIMIT) sums.clear();
  sums.set(key, at);
  return at;
}

/** Bounded memos: a long-running office tool checks ever new meetings. */
const MEMO_LIMIT = 50_000;
const midnights = new Map<string, DateTime>();
const sums = new Map<string, DateTime>();
const durationTexts = new WeakMap<Duration, string>();
const counts = new WeakMap<object, Map<string, NthWorkingDay>>();
/** Stands for "no user holiday data" in {@link counts}. */
const NO_HOLIDAYS = {};

function memoFor(holidays: HolidayData | undefined): Map<string, NthWorkingDay> {
  const owner = holidays ?? NO_HOLIDAYS;
  let memo = counts.get(owner);
  if (memo === undefined) {
    memo = new Map();
    counts.set(owner, memo);
  }
  return memo;
}
