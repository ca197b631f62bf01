/**
 * `no-double-booking` equals its brute-force reference (test/properties/references/no-double-booking.ts) on
 * generated trips: a leader's timed trip to 青石镇 (on his diary, or his office's 领导活动安排 record
 * `王华：赴青石镇调研`), and meetings at the destination, back in town or naming no place, on his diary, another
 * leader's diary and two offices' calendars inviting him, some with a copy elsewhere (QB-12, QE-6).
 */
import fc from 'fast-check';
import { noDoubleBooking } from '../../../src/rules/no-double-booking.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters, SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';
import { occurrence as occ, type CalendarSpec } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { envelops, noDoubleBookingReference } from '../references/no-double-booking.js';
import { meetings as merged, overlaps } from '../references/busy.js';

const PLACES = ['青石镇河道', '青石镇政府', '区政府大楼第三会议室', null] as const;
const [leader, other] = SCHEDULE_PEOPLE as [(typeof SCHEDULE_PEOPLE)[number], (typeof SCHEDULE_PEOPLE)[number]];
const CALENDARS: readonly CalendarSpec[] = [
  { id: 'diary', owner: leader.id, office: '区政府办' },
  { id: 'other-diary', owner: other.id, office: '区委办' },
  { id: 'gov', office: '区政府办' },
  { id: 'party', office: '区委办' },
];

/** 2025-03-12 from 08:00, in half hours. */
const at = (slot: number): string => {
  const minutes = 8 * 60 + slot * 30;
  return `2025-03-12 ${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

const tripArb = fc.record({ onRecord: fc.boolean(), start: fc.integer({ min: 0, max: 4 }), length: fc.integer({ min: 2, max: 8 }), place: fc.constantFrom('青石镇', null) });
const meetingArb = fc.record({
  calendar: fc.integer({ min: 0, max: CALENDARS.length - 1 }),
  start: fc.integer({ min: 0, max: 12 }),
  length: fc.integer({ min: 1, max: 4 }),
  place: fc.constantFrom(...PLACES),
  withOther: fc.boolean(),
  copy: fc.option(fc.integer({ min: 0, max: CALENDARS.length - 1 }), { freq: 4, nil: null }),
});

describe('no-double-booking equals a pairwise reference on trips and their appointments', () => {
  test('a trip (diary or 领导活动安排 record) and meetings at its destination, back in town or nowhere, on diaries and office calendars', () => {
    let visits = 0;
    fc.assert(
      fc.property(tripArb, fc.array(meetingArb, { minLength: 1, maxLength: 6 }), (trip, meetings) => {
        const occurrences: Occurrence[] = [];
        const meetingOf = new Map<string, string>();
        const add = (o: Occurrence, id: string) => {
          occurrences.push(o);
          meetingOf.set(o.key, id);
        };
        add(
          occ({
            calendar: trip.onRecord ? CALENDARS[2]! : CALENDARS[0]!,
            uid: 'trip',
            start: at(trip.start),
            end: at(trip.start + trip.length),
            summary: trip.onRecord ? `${leader.name}：赴青石镇调研` : '赴青石镇调研',
            location: trip.place,
          }),
          'trip',
        );
        meetings.forEach((m, i) => {
          // Office calendars invite him (and maybe the other leader); a diary books its owner.
          const attendees = m.calendar >= 2 ? [`mailto:${leader.id}@qu.gov.cn`, ...(m.withOther ? [`mailto:${other.id}@qu.gov.cn`] : [])] : [];
          const spec = { uid: `m${i}@qu.gov.cn`, start: at(m.start), end: at(m.start + m.length), summary: `会议${i}`, location: m.place, attendees };
          add(occ({ ...spec, calendar: CALENDARS[m.calendar]! }), `m${i}`);
          if (m.copy !== null && m.copy !== m.calendar) add(occ({ ...spec, calendar: CALENDARS[m.copy]! }), `m${i}`);
        });
        const key = (kind: string, ids: readonly string[], people: readonly string[]) => `${kind} ${[...ids].sort().join(' ')} ${[...people].sort().join(',')}`;
        const actual = runRule(noDoubleBooking, { occurrences, people: SCHEDULE_PEOPLE }).map((f) => key(f.kind, f.occurrences.map((o) => meetingOf.get(o.key)!), f.people));
        const expected = noDoubleBookingReference(occurrences, meetingOf).map((f) => key(f.kind, f.meetings, f.people));
        expect(actual.sort()).toEqual(expected.sort());
        // How often the trip reading kept a pair apart (the property is not vacuous).
        const all = merged(occurrences, meetingOf);
        const tripMeeting = all.find((x) => x.id === 'trip')!;
        visits += all.filter((x) => x !== tripMeeting && overlaps(x, tripMeeting) && envelops(tripMeeting, x)).length;
      }),
      propertyParameters(300),
    );
    expect(visits).toBeGreaterThan(0);
  });
});
