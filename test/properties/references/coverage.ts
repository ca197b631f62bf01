/**
 * Per-minute reference for `coverage` (README “Rules” and the rule's JSDoc): shifts are the busy,
 * non-cancelled occurrences of the duty calendars (transparent and FREE ones staff nothing; a shift
 * copied onto two duty calendars — same UID and start — is one shift, as the README says of every
 * meeting on several calendars); every
 * minute of the window is counted, minute by minute; maximal runs of zero are the gaps (but a one-minute
 * hole before a round time right after a shift's end, an inclusive end as OA rosters write it, QC-1), minutes
 * covered two or more times are overlaps.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';

export interface CoverageMinutes {
  /** Gaps as [start, end) epoch milliseconds, maximal. */
  readonly gaps: readonly (readonly [number, number])[];
  /** Every minute (its start, epoch ms) that two or more shifts cover. */
  readonly overlapMinutes: readonly number[];
}

export function coverageReference(occurrences: readonly Occurrence[], calendars: readonly string[], from: number, to: number): CoverageMinutes {
  const all = occurrences.filter((o) => calendars.includes(o.calendar.id) && o.status !== 'cancelled' && !o.transparent && o.busy !== 'free');
  const shifts = all.filter((o, i) => all.findIndex((c) => c.uid === o.uid && c.start.toMillis() === o.start.toMillis()) === i);
  const gaps: [number, number][] = [];
  const overlapMinutes: number[] = [];
  for (let minute = from; minute < to; minute += 60_000) {
    const on = shifts.filter((s) => s.start.toMillis() <= minute && minute + 60_000 <= s.end.toMillis()).length;
    if (on === 0) {
      const last = gaps[gaps.length - 1];
      if (last !== undefined && last[1] === minute) last[1] = minute + 60_000;
      else gaps.push([minute, minute + 60_000]);
    }
    if (on >= 2) overlapMinutes.push(minute);
  }
  // QC-1 (README): a shift written to end at 23:59 or 17:29 — the last minute it includes — leaves no
  // one-minute hole before a round time (a multiple of five minutes): that hole is how the end was written.
  const written = gaps.filter(([s, e]) => !(e - s === 60_000 && e % 300_000 === 0 && shifts.some((x) => x.end.toMillis() === s)));
  return { gaps: written, overlapMinutes };
}
