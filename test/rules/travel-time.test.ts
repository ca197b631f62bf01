import fc from 'fast-check';
import type { Person } from '../../src/model/person.js';
import { travelTime } from '../../src/rules/travel-time.js';
import { occurrence as occ } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const people: Person[] = [
  { id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'] },
  { id: 'wang', name: '王强', aliases: ['mailto:wang@qu.gov.cn'] },
];
const li = 'mailto:li@qu.gov.cn';
const wang = 'mailto:wang@qu.gov.cn';
const locations = [
  { name: '区委大楼301会议室', aliases: ['301会议室'] },
  { name: '区委大楼502会议室', aliases: ['502会议室'] },
  { name: '某镇河道', aliases: [] },
];
const travel = [
  { from: '301会议室', to: '某镇河道', minutes: 40 },
  { from: '区委大楼301会议室', to: '区委大楼502会议室', minutes: 5 },
];

ruleTester.run(travelTime, {
  valid: [
    {
      name: 'two rooms of one building back to back need no travel (QB-17), even unlisted',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '区政府大楼第一会议室', attendees: [li] }),
        occ({ calendar: 'a', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 11:00', location: '区政府大楼第二会议室', attendees: [li] }),
      ],
    },
    {
      name: 'same place (through an alias) needs no buffer',
      people,
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '区委大楼301会议室', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', location: '３０１会议室', attendees: [li] }),
      ],
    },
    {
      name: 'a travel[] entry shorter than the default allows a short gap',
      people,
      locations,
      travel,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '301会议室', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:05', location: '502会议室', attendees: [li] }),
      ],
    },
    {
      name: 'exactly the needed minutes is enough (both directions of a travel[] entry)',
      people,
      locations,
      travel,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '某镇河道', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:40', location: '301会议室', attendees: [li] }),
      ],
    },
    {
      name: 'an empty or missing location on either side gives no finding',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '  ', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', location: '市政府', attendees: [li] }),
        occ({ calendar: 'b', uid: 'z', start: '2022-05-10 11:00', attendees: [li] }),
      ],
    },
    {
      name: 'an online meeting needs no travel',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: 'https://meeting.tencent.com/dm/abc', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', location: '市政府', attendees: [li] }),
      ],
    },
    {
      name: 'different people at different places',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '市政府', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', location: '某镇', attendees: [wang] }),
      ],
    },
    {
      name: 'declined, cancelled and transparent meetings are not trips',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '市政府', attendees: [li] }),
        occ({ calendar: 'b', uid: 'd', start: '2022-05-10 10:00', location: '某镇', attendees: [{ address: li, partstat: 'declined' }] }),
        occ({ calendar: 'b', uid: 'c', start: '2022-05-10 10:00', location: '某镇', attendees: [li], status: 'cancelled' }),
        occ({ calendar: 'b', uid: 't', start: '2022-05-10 10:00', location: '某镇', attendees: [li], transparent: true }),
      ],
    },
    {
      name: 'all-day occurrences have no time of day and are skipped',
      people,
      occurrences: [
        occ({ calendar: { id: 'li-personal', owner: 'li' }, uid: 'trip', start: '2022-05-10', location: '省城', summary: '出差' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-11 00:00', location: '某镇', attendees: [li] }),
      ],
    },
    {
      name: 'overlapping meetings are left to no-double-booking',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 11:00', location: '市政府', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', location: '某镇', attendees: [li] }),
      ],
    },
  ],
  invalid: [
    {
      name: 'a meeting in two places is attended at the nearer one (QB-25): from 301, the 502 part is 5 minutes away, not the 40 minutes to 某镇河道',
      people,
      locations,
      travel,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '301会议室', attendees: [li] }),
        occ({ calendar: 'a', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 11:00', location: '主会场：某镇河道；分会场：502会议室', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'a/y'], data: { secondLocation: '区委大楼502会议室', neededMinutes: 5 } }],
    },
    {
      name: 'travel[] still sets a time between two rooms of one building (5 minutes from 301 to 502)',
      people,
      locations,
      travel,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '301会议室', attendees: [li] }),
        occ({ calendar: 'a', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 11:00', location: '502会议室', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'a/y'], data: { neededMinutes: 5, gapMinutes: 0 } }],
    },
    {
      name: 'rooms of two buildings of one complex (1号楼, 2号楼) keep the default 30 minutes',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '市行政中心1号楼第一会议室', attendees: [li] }),
        occ({ calendar: 'a', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 11:00', location: '市行政中心2号楼第二会议室', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'a/y'], data: { neededMinutes: 30 } }],
    },
    // Regression (bugs-from-properties.md, "travel-time: one trip reported once per copy").
    {
      name: 'the office copy lists 李明, his colleague’s retyped copy (another UID) lists 王强: one trip, both travel',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', summary: '区政府常务会议', location: '区政府', attendees: [li, wang] }),
        occ({ calendar: 'a', uid: 'y', start: '2022-05-10 10:10', end: '2022-05-10 11:00', summary: '市防汛工作会议', location: '市政府', attendees: [li] }),
        occ({ calendar: { id: 'wang-own', owner: 'wang' }, uid: 'typed', start: '2022-05-10 10:10', end: '2022-05-10 11:00', summary: '市防汛工作会议', location: '市政府' }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'a/y'], people: ['li', 'wang'], data: { peopleCount: 2, gapMinutes: 10 } }],
    },
    {
      name: 'across town with 10 minutes, places not in locations[] and no travel[] entry → default 30',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', summary: '区政府常务会议', location: '区政府', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:10', summary: '市防汛工作会议', location: '市政府', attendees: [li] }),
      ],
      findings: [
        {
          kind: 'travel-time',
          occurrences: ['a/x', 'b/y'],
          people: ['li'],
          severity: 'warning',
          data: { people: '李明', firstLocation: '区政府', secondLocation: '市政府', gapMinutes: 10, neededMinutes: 30, firstEnd: '2022-05-10T10:00:00+08:00', secondStart: '2022-05-10T10:10:00+08:00' },
        },
      ],
    },
    {
      name: 'travel[] minutes apply in both directions, through aliases',
      people,
      locations,
      travel,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '某镇河道', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:39', location: '３０１会议室', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'b/y'], data: { firstLocation: '某镇河道', secondLocation: '区委大楼301会议室', gapMinutes: 39, neededMinutes: 40 } }],
    },
    {
      name: 'defaultMinutes parameter',
      people,
      params: { defaultMinutes: 60 },
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '区政府', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:45', location: '市政府', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'b/y'], data: { neededMinutes: 60, gapMinutes: 45 } }],
    },
    {
      name: 'back-to-back (gap 0) at different places',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '区政府', attendees: [li, wang] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', location: '市政府', attendees: [li, wang] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'b/y'], people: ['li', 'wang'], data: { gapMinutes: 0, peopleCount: 2 } }],
    },
    {
      name: 'a room attendee gives the place when LOCATION is empty',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: [li, { name: '区委301', address: 'mailto:r301@qu.gov.cn', cutype: 'room' }] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:05', location: '市政府', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'b/y'], data: { firstLocation: '区委301' } }],
    },
    {
      name: 'the neighbour is the earlier meeting that ends last, not the one that starts last',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'long', start: '2022-05-10 08:00', end: '2022-05-10 11:00', location: '区政府', attendees: [li] }),
        occ({ calendar: 'a', uid: 'short', start: '2022-05-10 08:30', end: '2022-05-10 09:00', location: '区政府', attendees: [li] }),
        occ({ calendar: 'b', uid: 'next', start: '2022-05-10 11:10', location: '市政府', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/long', 'b/next'] }],
    },
    {
      name: 'time zones: New York meeting ending 22:00 EDT, then Shanghai 10:15 (15 min later)',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', zone: 'America/New_York', start: '2022-05-09 21:00', end: '2022-05-09 22:00', location: '视频会议室', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:15', location: '市政府', attendees: [li] }),
      ],
      findings: [{ kind: 'travel-time', occurrences: ['a/x', 'b/y'], data: { gapMinutes: 15, firstEnd: '2022-05-09T22:00:00-04:00' } }],
    },
  ],
});

describe('properties', () => {
  test('no finding ever has a gap of at least the needed minutes, and input order does not matter', () => {
    const item = fc.record({
      slot: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 6 }),
      place: fc.constantFrom('区政府', '市政府', '某镇河道', ''),
      who: fc.subarray(['李明', '王强'], { minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.integer({ min: 0, max: 90 }), (items, defaultMinutes) => {
        const occurrences = items.map((it, i) => {
          const start = occ({ start: '2022-05-10 08:00' }).start.plus({ minutes: it.slot * 15 });
          return occ({
            calendar: 'c',
            uid: `u${i}`,
            start: start.toFormat('yyyy-MM-dd HH:mm'),
            end: start.plus({ minutes: it.length * 15 }).toFormat('yyyy-MM-dd HH:mm'),
            location: it.place,
            attendees: it.who.map((name) => ({ name })),
          });
        });
        const findings = runRule(travelTime, { name: 'p', params: { defaultMinutes }, occurrences });
        for (const f of findings) {
          expect(f.data.gapMinutes).toBeLessThan(f.data.neededMinutes);
          expect(f.data.gapMinutes).toBeGreaterThanOrEqual(0);
          expect(f.data.firstLocation).not.toBe(f.data.secondLocation);
        }
        const reversed = runRule(travelTime, { name: 'p', params: { defaultMinutes }, occurrences: [...occurrences].reverse() });
        expect(reversed).toEqual(findings);
      }),
    );
  });
});
