/**
 * `venue` equals its brute-force reference (test/properties/references/venue.ts) on generated schedules:
 * the same pairs of meetings, each naming a place both book.
 */
import fc from 'fast-check';
import { venue } from '../../../src/rules/venue.js';
import { propertyParameters, scheduleArb } from '../../helpers/arbitraries.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter, toOccurrences } from '../internal/schedule.js';
import { venueReference } from '../references/venue.js';

const pairKey = (meetings: readonly string[]) => meetings.join(' ');

describe('venue equals a pairwise reference', () => {
  test('generated schedules: LOCATION and CUTYPE=ROOM, full-width spellings, copies, cancelled/transparent/FREE, absences', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(scheduleArb({ maxMeetings: 14, copiesDiffer: true }), (schedule) => {
        const { occurrences, meetingOf } = toOccurrences(schedule);
        const actual = runRule(venue, { occurrences }).map((f) => ({
          meetings: f.occurrences.map((o) => meetingOf.get(o.key)!).sort(),
          location: f.data.location.normalize('NFKC').trim().toLowerCase(),
        }));
        const expected = venueReference(occurrences, meetingOf);
        expect(actual.map((f) => pairKey(f.meetings)).sort()).toEqual(expected.map((f) => pairKey(f.meetings)).sort());
        for (const f of actual) expect(expected.find((e) => pairKey(e.meetings) === pairKey(f.meetings))?.shared).toContain(f.location);
        seen.add(expected.map(() => ({ kind: 'venue' })));
      }),
      propertyParameters(200),
    );
    expect(seen.count('venue')).toBeGreaterThan(0);
  });
});
