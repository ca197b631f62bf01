/**
 * `venue` equals its brute-force reference (test/properties/references/venue.ts) on generated trips: a leader's
 * timed trip at a room (on his diary, or his office's 领导活动安排 record `王华：赴青石镇调研`), and meetings in that
 * room or another on his diary, another leader's diary and two offices' calendars, some with a copy elsewhere
 * (QE-1, QE-6: a trip and his diary's own appointment inside it are one visit; anything else in the room clashes),
 * and another leader's entry of a visit there, accompanying him (陪同) or not, at his times or not.
 */
import fc from 'fast-check';
import { venue } from '../../../src/rules/venue.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters, SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';
import { occurrence as occ, type CalendarSpec } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { venueReference } from '../references/venue.js';

const ROOMS = ['青石镇政府三楼会议室', '青石镇党校报告厅'] as const;
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

const tripArb = fc.record({
  onRecord: fc.boolean(),
  start: fc.integer({ min: 0, max: 4 }),
  length: fc.integer({ min: 2, max: 8 }),
  room: fc.constantFrom(0, 1),
  // The other leader's entry of a visit, accompanying him or not, on her diary or her office's record, at his times or shifted.
  companion: fc.option(fc.record({ accompanying: fc.boolean(), onRecord: fc.boolean(), shift: fc.constantFrom(0, 0, 1) }), { nil: null }),
});
const meetingArb = fc.record({
  calendar: fc.integer({ min: 0, max: CALENDARS.length - 1 }),
  start: fc.integer({ min: 0, max: 12 }),
  length: fc.integer({ min: 1, max: 4 }),
  room: fc.constantFrom(0, 0, 1),
  copy: fc.option(fc.integer({ min: 0, max: CALENDARS.length - 1 }), { freq: 4, nil: null }),
});

describe('venue equals a pairwise reference on trips and their appointments', () => {
  test('a trip (diary or 领导活动安排 record) and meetings on diaries and office calendars, in its room or another', () => {
    let visits = 0;
    let joint = 0;
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
            location: ROOMS[trip.room]!,
          }),
          'trip',
        );
        if (trip.companion !== null) {
          const c = trip.companion;
          const title = c.accompanying ? `陪同${leader.name}调研青石镇` : '赴青石镇督导';
          add(
            occ({
              calendar: c.onRecord ? CALENDARS[3]! : CALENDARS[1]!,
              uid: 'companion',
              start: at(trip.start + c.shift),
              end: at(trip.start + trip.length),
              summary: c.onRecord ? `${other.name}：${title}` : title,
              location: ROOMS[trip.room]!,
            }),
            'companion',
          );
        }
        meetings.forEach((m, i) => {
          const spec = { uid: `m${i}@qu.gov.cn`, start: at(m.start), end: at(m.start + m.length), summary: `会议${i}`, location: ROOMS[m.room]! };
          add(occ({ ...spec, calendar: CALENDARS[m.calendar]! }), `m${i}`);
          if (m.copy !== null && m.copy !== m.calendar) add(occ({ ...spec, calendar: CALENDARS[m.copy]! }), `m${i}`);
        });
        const actual = runRule(venue, { occurrences, people: SCHEDULE_PEOPLE }).map((f) => f.occurrences.map((o) => meetingOf.get(o.key)!).sort().join(' '));
        const expected = venueReference(occurrences, meetingOf).map((f) => f.meetings.join(' '));
        expect(actual.sort()).toEqual(expected.sort());
        // How often the trip reading was what kept a pair apart (the property is not vacuous).
        const withTrip = meetings.filter((m, i) => m.room === trip.room && m.calendar === 0 && (m.copy === null || m.copy === 0) && m.start >= trip.start && m.start + m.length <= trip.start + trip.length && !expected.includes(`m${i} trip`));
        visits += withTrip.length;
        if (trip.companion?.accompanying === true && trip.companion.shift === 0) joint += 1;
      }),
      propertyParameters(300),
    );
    expect(visits).toBeGreaterThan(0);
    expect(joint).toBeGreaterThan(0);
  });
});
