/**
 * Half-open intervals `[start, end)` over luxon instants (date-fns `areIntervalsOverlapping` with
 * `inclusive: false`): back-to-back meetings (one ends at 10:00, the next starts at 10:00) do not
 * overlap. An empty interval (`start === end`) is an instant, not nothing (QB-34): RFC 5545 §3.6.1
 * ends a VEVENT with a DATE-TIME DTSTART and neither DTEND nor DURATION at its start, which is how OA
 * systems export a meeting whose length they do not record, and the meeting still happens then. The
 * instant `t` is the closed point `[t, t]`: it overlaps an interval `[s, e)` with `s <= t < e` and an
 * instant at the same `t`, not an interval ending at `t`. An interval ending before it starts overlaps
 * nothing.
 */
import type { DateTime } from 'luxon';

/** Anything with a start and an exclusive end. */
export interface Interval {
  readonly start: DateTime;
  readonly end: DateTime;
}

/**
 * Whether two intervals share at least one instant: half-open, an empty one being its instant (see
 * the module note).
 * @param a - first interval
 * @param b - second interval
 * @returns true when they intersect
 * @example
 * overlaps({ start: nine, end: ten }, { start: ten, end: eleven })
 * //=> false
 * overlaps({ start: nine, end: eleven }, { start: ten, end: ten })
 * //=> true
 */
export function overlaps(a: Interval, b: Interval): boolean {
  return overlapsMillis(a.start.toMillis(), a.end.toMillis(), b.start.toMillis(), b.end.toMillis());
}

/**
 * {@link overlaps} on epoch milliseconds, for callers that hold instants without DateTimes (the rules).
 * At millisecond resolution the instant `[t, t]` is `[t, t + 1)`, which is how it is tested.
 * @param aStart - first start, epoch ms
 * @param aEnd - first end, epoch ms, exclusive (equal to the start for an instant)
 * @param bStart - second start
 * @param bEnd - second end
 * @returns true when they intersect
 * @example
 * overlapsMillis(9, 11, 10, 10) //=> true
 * overlapsMillis(9, 11, 11, 11) //=> false
 */
export function overlapsMillis(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart <= aEnd && bStart <= bEnd && aStart < (bEnd === bStart ? bEnd + 1 : bEnd) && bStart < (aEnd === aStart ? aEnd + 1 : aEnd);
}

/**
 * The shared part of two intervals, or null when they do not overlap (see {@link overlaps}).
 * @param a - first interval
 * @param b - second interval
 * @returns `[max(starts), min(ends))` in the zone of the interval it came from, or null
 * @example
 * intersection({ start: nine, end: eleven }, { start: ten, end: noon })
 * //=> { start: ten, end: eleven }
 */
export function intersection(a: Interval, b: Interval): Interval | null {
  if (!overlaps(a, b)) return null;
  const start = a.start.toMillis() >= b.start.toMillis() ? a.start : b.start;
  const end = a.end.toMillis() <= b.end.toMillis() ? a.end : b.end;
  return { start, end };
}

/**
 * Whole minutes from the end of `earlier` to the start of `later` (negative when they overlap).
 * @param earlier - the interval that ends first
 * @param later - the interval that starts after it
 * @returns `(later.start - earlier.end)` in minutes, rounded down
 * @example
 * gapMinutes({ start: nine, end: ten }, { start: tenThirty, end: eleven })
 * //=> 30
 */
export function gapMinutes(earlier: Interval, later: Interval): number {
  return Math.floor((later.start.toMillis() - earlier.end.toMillis()) / 60_000);
}
