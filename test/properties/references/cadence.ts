/**
 * Day-by-day reference for `cadence` (README “Rules” and the rule's JSDoc): periods are walked one day
 * at a time in the report zone (a named period begins on its first day — 1 January, the first of a
 * quarter's or month's first month, an ISO week's Monday; an `every` RRULE's
 * periods begin at its instances — README: "read as wall clock in `timezone` from the window's first
 * day", i.e. DTSTART is the window's first day at 00:00 and INTERVAL counts from it; the window's first
 * day is an instance only when it matches the rule — written here day by day for the shapes the test
 * uses), only periods wholly inside the window are judged, and every non-cancelled matching meeting
 * (copies once) counts in the period its start falls in.
 */
import { DateTime } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { isWorkingDay, type UserHolidays } from './working-days.js';

export interface CadenceFinding {
  readonly kind: 'cadence-missed' | 'cadence-crowded';
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly count: number;
  /** Cancelled meetings of the period (README: the finding "counts and cites the period's cancelled meetings"). */
  readonly cancelled: number;
  /** README `cadence`: a missed period of an unpublished year whose open days may all be off is `undetermined` (info). */
  readonly undetermined: boolean;
}

/**
 * README `cadence`: the festivals of 2027 (the only unpublished year the generated data reach) with their
 * days off by law and the longest stretch of days off any arrangement has given them.
 */
const FESTIVALS_2027: readonly { readonly from: string; readonly to: string; readonly longest: number }[] = [
  { from: '2027-01-01', to: '2027-01-01', longest: 3 },
  { from: '2027-02-05', to: '2027-02-08', longest: 9 },
  { from: '2027-04-05', to: '2027-04-05', longest: 3 },
  { from: '2027-05-01', to: '2027-05-02', longest: 5 },
  { from: '2027-06-09', to: '2027-06-09', longest: 3 },
  { from: '2027-09-15', to: '2027-09-15', longest: 3 },
  { from: '2027-10-01', to: '2027-10-03', longest: 8 },
];

/** Whether some stretch of one festival's longest, holding all its days by law, holds every open day too. */
function mayAllBeOff(open: readonly number[]): boolean {
  for (const f of FESTIVALS_2027) {
    const [a, b] = [dayNumber(f.from), dayNumber(f.to)];
    for (let s = b - f.longest + 1; s <= a; s += 1) if (open.every((d) => d >= s && d < s + f.longest)) return true;
  }
  return false;
}

/** A civil date's fields (from a UTC day number: the walk knows no zone). */
interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO weekday, Monday 1 … Sunday 7. */
  readonly weekday: number;
  /** Days since 1970-01-01. */
  readonly number: number;
}

const DAY_MS = 86_400_000;
function civil(number: number): CivilDate {
  const date = new Date(number * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: ((date.getUTCDay() + 6) % 7) + 1, number };
}
const dayNumber = (iso: string): number => Math.round(DateTime.fromISO(iso, { zone: 'utc' }).toMillis() / DAY_MS);

/** Whether a named period begins on a date: a new year, quarter, month, or ISO week (Monday). */
const BEGINS: Readonly<Record<string, (d: CivilDate) => boolean>> = {
  year: (d) => d.month === 1 && d.day === 1,
  quarter: (d) => d.day === 1 && d.month % 3 === 1,
  month: (d) => d.day === 1,
  week: (d) => d.weekday === 1,
};

/**
 * Period starts (midnights in `zone`) from the window's first day to the midnight ending it. Days are
 * walked as civil dates; a date that begins a period becomes its midnight in `zone`.
 */
function periodStarts(every: string, zone: string, windowFrom: DateTime, windowTo: DateTime): DateTime[] {
  const starts: DateTime[] = [];
  const first = civil(dayNumber(windowFrom.toISODate()!));
  const last = dayNumber(windowTo.toISODate()!);
  // Only periods wholly inside the window matter: their starts and ends are days of the window or its end.
  for (let n = first.number; n <= last; n += 1) {
    const d = civil(n);
    let begins: boolean;
    if (every in BEGINS) {
      begins = BEGINS[every]!(d);
    } else if (every === 'FREQ=MONTHLY;BYMONTHDAY=15') {
      begins = d.day === 15;
    } else if (every === 'FREQ=WEEKLY;INTERVAL=2') {
      begins = (n - first.number) % 14 === 0;
    } else if (every === 'FREQ=WEEKLY;BYDAY=MO') {
      begins = d.weekday === 1;
    } else if (every === 'FREQ=MONTHLY;BYDAY=1MO') {
      begins = d.weekday === 1 && d.day <= 7;
    } else if (every === 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=1') {
      begins = d.day === 1 && [1, 4, 7, 10].includes(d.month);
    } else if (every === 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1') {
      // Every third month counted from the window's first month (RFC 5545 §3.3.10 INTERVAL from DTSTART).
      begins = d.day === 1 && ((d.year - first.year) * 12 + d.month - first.month) % 3 === 0;
    } else {
      throw new Error(`test bug: every ${every}`);
    }
    if (begins) starts.push(DateTime.fromObject({ year: d.year, month: d.month, day: d.day }, { zone }));
  }
  return starts;
}

export function cadenceReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  isEvent: (o: Occurrence) => boolean,
  options: { readonly every: string; readonly min: number; readonly max: number | null; readonly zone: string; readonly from: string; readonly to: string; readonly holidays?: UserHolidays },
): CadenceFinding[] {
  const windowFrom = DateTime.fromISO(options.from, { zone: options.zone });
  const windowTo = DateTime.fromISO(options.to, { zone: options.zone }).plus({ days: 1 });
  const starts = periodStarts(options.every, options.zone, windowFrom, windowTo);
  const held = new Map<string, number>();
  for (const o of occurrences) if (isEvent(o) && o.status !== 'cancelled') held.set(meetingOf.get(o.key)!, o.start.toMillis());
  // A meeting is cancelled when every copy of it says so: one office's cancelled copy of a meeting
  // another office still holds (same SEQUENCE: nothing says which is newer) is no cancelled meeting.
  const called = new Map<string, number>();
  for (const o of occurrences) if (isEvent(o) && !held.has(meetingOf.get(o.key)!)) called.set(meetingOf.get(o.key)!, o.start.toMillis());
  const out: CadenceFinding[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const [start, end] = [starts[i]!, starts[i + 1]!];
    if (start < windowFrom || end > windowTo) continue;
    const count = [...held.values()].filter((t) => start.toMillis() <= t && t < end.toMillis()).length;
    const cancelled = [...called.values()].filter((t) => start.toMillis() <= t && t < end.toMillis()).length;
    // README `cadence`: a period without one working day is not judged; in an unpublished year an unknown
    // Saturday or Sunday is taken as off, and unknown Monday–Fridays are working days unless one festival's
    // stretch could hold them all (then the period is undetermined).
    let known = false;
    const open: number[] = [];
    for (let day = start.startOf('day'); day < end; day = day.plus({ days: 1 })) {
      const verdict = isWorkingDay(day.toISODate()!, options.holidays);
      if (verdict === true) known = true;
      else if (verdict === null && day.weekday <= 5) open.push(dayNumber(day.toISODate()!));
    }
    const workable = known || (open.length > 0 && !mayAllBeOff(open));
    const undetermined = !workable && open.length > 0;
    if (count < options.min && (workable || undetermined)) out.push({ kind: 'cadence-missed', periodStart: start.toMillis(), periodEnd: end.toMillis(), count, cancelled, undetermined });
    if (options.max !== null && count > options.max) out.push({ kind: 'cadence-crowded', periodStart: start.toMillis(), periodEnd: end.toMillis(), count, cancelled, undetermined: false });
  }
  return out;
}
