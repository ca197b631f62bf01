/**
 * Half-open intervals `[start, end)` over luxon instants (date-fns `areIntervalsOverlapping` with
 * `inclusive: false`): back-to-back meetings (one ends at 10:00, the next starts at 10:00) do not
 * overlap, and an empty interval (`start === end`, a zero-length reminder) overlaps nothing.
 */
import type { DateTime } from 'luxon';

/** Anything with a start and an exclusive end. */
export interface Interval {
  readonly start: DateTime;
  readonly end: DateTime;
}

/**
 * Whether two half-open intervals share at least one instant. Empty intervals share none, so a
 * zero-length event never conflicts with anything.
 * @param a - first interval
 * @param b - second interval
 * @returns true when `[a.start, a.end)` and `[b.start, b.end)` intersect
 * @example
 * overlaps({ start: nine, end: ten }, { start: ten, end: eleven })
 * //=> false
 */
export function overlaps(a: Interval, b: Interval): boolean {
  const as = a.start.toMillis();
  const ae = a.end.toMillis();
  const bs = b.start.toMillis();
  const be = b.end.toMillis();
  return as < ae && bs < be && as < be && bs < ae;
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
