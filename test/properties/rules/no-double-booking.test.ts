/**
 * `no-double-booking` equals its brute-force reference (test/properties/references/no-double-booking.ts)
 * on generated schedules, finding for finding: kind, the two meetings, the people, the overlap.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { noDoubleBooking } from '../../../src/rules/no-double-booking.js';
import { propertyParameters, scheduleArb, SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';
import { runRule } from '../../helpers/rule-tester.js';
import { toOccurrences } from '../internal/schedule.js';
import { noDoubleBookingReference, type OverlapFinding } from '../references/no-double-booking.js';

const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const order = (list: readonly OverlapFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('no-double-booking equals a pairwise reference', () => {
  test('generated schedules: touching, nested, all-day, DST zone, cancelled/transparent/declined/tentative, copies', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(scheduleArb({ maxMeetings: 14, copiesDiffer: true }), (schedule) => {
        const { occurrences, meetingOf } = toOccurrences(schedule);
        const actual = runRule(noDoubleBooking, { occurrences, people: SCHEDULE_PEOPLE }).map((f): OverlapFinding => {
          const [a, b] = f.occurrences;
          return {
            kind: f.kind,
            meetings: [meetingOf.get(a!.key)!, meetingOf.get(b!.key)!].sort() as [string, string],
            people: [...f.people].sort(),
            overlap: a!.allDay || b!.allDay ? null : [instant(f.data.overlapStart), instant(f.data.overlapEnd)],
          };
        });
        const expected = noDoubleBookingReference(occurrences, meetingOf);
        expect(order(actual)).toEqual(order(expected));
        for (const f of expected) seen.set(f.kind, (seen.get(f.kind) ?? 0) + 1);
      }),
      propertyParameters(200),
    );
    // The generator must reach both kinds, or the comparison proves little.
    expect(seen.get('double-booking') ?? 0).toBeGreaterThan(0);
    expect(seen.get('tentative-overlap') ?? 0).toBeGreaterThan(0);
  });
});
