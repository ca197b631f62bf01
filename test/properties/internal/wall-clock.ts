/**
 * Wall clock → instant, as RFC 5545 §3.3.5 reads a local time: a time inside a DST gap is read with
 * the offset in force before the gap (02:30 on a spring-forward day = 03:30 after it), and a time
 * inside a DST overlap is the FIRST of the two instants. luxon's `fromObject` takes the second
 * instant in an overlap, so the choice is made here explicitly.
 */
import { DateTime } from 'luxon';

/** A local date and time with no zone, as an RRULE generator produces it. */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const DAY_MS = 86_400_000;

/** Offset of `zone` at an instant, in minutes. */
function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/**
 * Reads a wall clock in an IANA zone per RFC 5545 §3.3.5.
 * @param wall - the local date and time
 * @param zone - IANA zone
 * @returns the instant, in `zone`, and whether the wall clock does not exist there (a DST gap)
 */
export function wallToInstant(wall: WallClock, zone: string): { readonly instant: DateTime; readonly nonexistent: boolean } {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // Zone transitions are months apart, so the offsets a day either side are the only candidates.
  const candidates = [...new Set([offsetAt(asUtc - DAY_MS, zone), offsetAt(asUtc + DAY_MS, zone)])]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => offsetAt(ms, zone) * 60_000 === asUtc - ms)
    .sort((a, b) => a - b);
  const first = candidates[0];
  if (first !== undefined) return { instant: DateTime.fromMillis(first, { zone }), nonexistent: false };
  const before = offsetAt(asUtc - DAY_MS, zone);
  return { instant: DateTime.fromMillis(asUtc - before * 60_000, { zone }), nonexistent: true };
}

/**
 * The wall clock of a JavaScript `Date` read in UTC: how rrule, used as a floating generator, hands
 * back its local times.
 * @param date - a Date from rrule
 * @returns its UTC fields as a wall clock
 */
export function wallFromUtcFields(date: Date): WallClock {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}
