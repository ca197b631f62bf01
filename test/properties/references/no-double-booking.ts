/**
 * Brute-force reference for `no-double-booking` (README “Rules”): every pair of meetings, every
 * person. Two meetings clash when their half-open intervals overlap; absences never clash with each
 * other; one finding per pair listing everyone committed to both: `double-booking` when someone is
 * firmly (busy) in both, else `tentative-overlap`.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import { meetings, overlaps } from './busy.js';

export interface OverlapFinding {
  readonly kind: 'double-booking' | 'tentative-overlap';
  /** The two meetings' ids, sorted. */
  readonly meetings: readonly [string, string];
  readonly people: readonly string[];
  /** Overlap as epoch milliseconds, for pairs of timed meetings; null when either is all-day. */
  readonly overlap: readonly [number, number] | null;
}

export function noDoubleBookingReference(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>): OverlapFinding[] {
  const all = meetings(occurrences, meetingOf);
  const out: OverlapFinding[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (!overlaps(a, b) || (a.absence && b.absence)) continue;
      const people = [...a.people.keys()].filter((p) => b.people.has(p)).sort();
      if (people.length === 0) continue;
      const firm = people.some((p) => a.people.get(p) === 'busy' && b.people.get(p) === 'busy');
      out.push({
        kind: firm ? 'double-booking' : 'tentative-overlap',
        meetings: [a.id, b.id].sort() as [string, string],
        people,
        overlap: a.allDay || b.allDay ? null : [Math.max(a.start, b.start), Math.min(a.end, b.end)],
      });
    }
  }
  return out;
}
