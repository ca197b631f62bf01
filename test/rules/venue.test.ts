import fc from 'fast-check';
import { venue } from '../../src/rules/venue.js';
import { overlaps } from '../../src/time/interval.js';
import { occurrence as occ } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const locations = [{ name: '区委大楼301会议室', aliases: ['301会议室', '区委301'] }];
const room301 = { name: '301会议室', address: 'mailto:room301@qu.gov.cn', cutype: 'room' };

ruleTester.run(venue, {
  valid: [
    {
      name: 'back-to-back in the same room',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '301会议室' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', location: '区委大楼301会议室' }),
      ],
    },
    {
      name: 'different rooms at the same time',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', location: '301会议室' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00', location: '502会议室' }),
      ],
    },
    {
      name: 'the same meeting on two offices’ calendars books the room once',
      locations,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'm', start: '2022-05-10 09:00', location: '301会议室' }),
        occ({ calendar: 'district-gov', uid: 'm', start: '2022-05-10 09:00', location: '区委301' }),
      ],
    },
    {
      name: 'cancelled, transparent and FREE occurrences book nothing',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 12:00', location: '301会议室' }),
        occ({ calendar: 'b', uid: 'c', start: '2022-05-10 09:00', location: '301会议室', status: 'cancelled' }),
        occ({ calendar: 'b', uid: 't', start: '2022-05-10 10:00', location: '301会议室', transparent: true }),
        occ({ calendar: 'b', uid: 'f', start: '2022-05-10 11:00', location: '301会议室', busy: 'free' }),
      ],
    },
    {
      name: 'online meeting links are not rooms',
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', location: 'https://meeting.tencent.com/dm/abc' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00', location: 'HTTPS://meeting.tencent.com/dm/abc' }),
        occ({ calendar: 'c', uid: 'z', start: '2022-05-10 09:00', location: 'www.example.com/room' }),
        occ({ calendar: 'd', uid: 'w', start: '2022-05-10 09:00', location: 'www.example.com/room' }),
      ],
    },
    {
      name: 'time zones: a booking written in New York time (EDT) that ends when the Shanghai one starts',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', zone: 'America/New_York', start: '2022-05-09 20:00', end: '2022-05-09 21:00', location: '301会议室' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00', location: '301会议室' }),
      ],
    },
    {
      name: 'two leaders on trips to the same city the same days share no venue (absences are not bookings)',
      occurrences: [
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'x', start: '2022-05-10', end: '2022-05-12', summary: '赴京出差', location: '北京' }),
        occ({ calendar: { id: 'wang', owner: 'wang' }, uid: 'y', start: '2022-05-11', summary: '出差', location: '北京' }),
      ],
    },
    {
      name: 'the same meeting typed into two offices’ calendars with different UIDs books the room once',
      locations,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'p', start: '2022-05-10 09:00', summary: '区委常委会', location: '301会议室' }),
        occ({ calendar: 'district-gov', uid: 'g', start: '2022-05-10 09:00', summary: '区委常委会', location: '区委301' }),
      ],
    },
    {
      name: 'no location at all',
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00' }), occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00' })],
    },
    {
      name: 'his diary entry of the meeting, 30 minutes earlier in the same room, is one booking (QB-39)',
      locations,
      occurrences: [
        occ({ calendar: 'gov', uid: 'g', start: '2022-05-17 09:00', end: '2022-05-17 11:00', summary: '区政府常务会议', location: '区委大楼301会议室' }),
        occ({ calendar: { id: 'li-own', owner: 'li' }, uid: 'm', start: '2022-05-17 08:30', end: '2022-05-17 11:00', summary: '区政府常务会议', location: '301会议室' }),
      ],
    },
    {
      name: 'two offices\' entries of one joint meeting, titles differing by a prefix, one room: one booking (QB-18)',
      locations,
      occurrences: [
        occ({ calendar: 'party', uid: 'p', start: '2022-05-20 15:00', end: '2022-05-20 17:00', summary: '四套班子联席会议', location: '区委大楼301会议室' }),
        occ({ calendar: 'gov', uid: 'g', start: '2022-05-20 15:00', end: '2022-05-20 17:00', summary: '区四套班子联席会议', location: '301会议室' }),
      ],
    },
    {
      // QE-1: a river reach listed for travel times is a site: two visits at once book nothing.
      name: 'two leaders\' visits to a configured site (no room word, no `bookable`) at one time: no clash (QE-1)',
      locations: [...locations, { name: '青石镇河道', aliases: ['青石河段'] }],
      occurrences: [
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'l', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '赴青石镇调研河道整治', location: '青石镇河道' }),
        occ({ calendar: { id: 'chen', owner: 'chen' }, uid: 'c', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '陪同李区长调研青石镇河道整治', location: '青石河段' }),
      ],
    },
    {
      name: 'a configured room marked `bookable: false` (a conference centre of many halls) books nothing (QE-1)',
      locations: [...locations, { name: '市会议中心', bookable: false }],
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2025-03-12 09:00', location: '市会议中心' }),
        occ({ calendar: 'b', uid: 'y', start: '2025-03-12 09:00', location: '市会议中心' }),
      ],
    },
    {
      // QE-1 with a room: the secretary writes the trip at the room its appointment is held in.
      name: 'a trip on his diary and its own appointment inside it, both at the town\'s meeting room: one visit (QE-1)',
      locations: [...locations, { name: '青石镇政府三楼会议室' }],
      occurrences: [
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'trip', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '赴青石镇调研河道整治', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'appt', start: '2025-03-12 10:00', end: '2025-03-12 11:00', summary: '听取青石镇河长工作汇报', location: '青石镇政府三楼会议室' }),
        // The trip on his office's 领导活动安排, the appointment on his diary (QE-6).
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'rec', start: '2025-03-13 09:00', end: '2025-03-13 12:00', summary: '李明：赴青石镇调研', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'appt2', start: '2025-03-13 10:00', end: '2025-03-13 11:00', summary: '与青石镇党委座谈', location: '青石镇政府三楼会议室' }),
      ],
      people: [{ id: 'li', name: '李明' }],
    },
    {
      // QE-1 with a room: 李明's visit and 陈静's entry accompanying him, both written at the town's meeting room.
      name: 'two leaders\' own entries of one joint visit (陪同…) at the very same times in one room: one visit (QE-1)',
      locations: [...locations, { name: '青石镇政府三楼会议室' }],
      people: [{ id: 'li', name: '李明' }, { id: 'chen', name: '陈静' }],
      occurrences: [
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'l', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '赴青石镇调研河道整治', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'chen', owner: 'chen' }, uid: 'c', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '陪同李区长调研青石镇河道整治', location: '青石镇政府三楼会议室' }),
        // The same on the office's 领导活动安排, one record per leader.
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'rl', start: '2025-03-13 09:00', end: '2025-03-13 12:00', summary: '李明：赴青石镇调研', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'rc', start: '2025-03-13 09:00', end: '2025-03-13 12:00', summary: '陈静：陪同李明调研', location: '青石镇政府三楼会议室' }),
      ],
    },
  ],
  invalid: [
    {
      // jointVisit's limits: two leaders' own visits claiming one room, neither accompanying the other, or at other times.
      name: 'two leaders\' visits in one room without 陪同, or 陪同 at other times, or an office meeting at the same times: clashes (QE-1 keeps them)',
      locations: [...locations, { name: '青石镇政府三楼会议室' }],
      people: [{ id: 'li', name: '李明' }, { id: 'chen', name: '陈静' }],
      occurrences: [
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'l', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '赴青石镇调研河道整治', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'chen', owner: 'chen' }, uid: 'c', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '赴青石镇督导安全生产', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'l2', start: '2025-03-13 09:00', end: '2025-03-13 12:00', summary: '赴青石镇调研河道整治', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'chen', owner: 'chen' }, uid: 'c2', start: '2025-03-13 09:30', end: '2025-03-13 12:00', summary: '陪同李区长调研青石镇河道整治', location: '青石镇政府三楼会议室' }),
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'l3', start: '2025-03-14 09:00', end: '2025-03-14 12:00', summary: '陪同市领导调研青石镇', location: '青石镇政府三楼会议室' }),
        occ({ calendar: 'town', uid: 't3', start: '2025-03-14 09:00', end: '2025-03-14 12:00', summary: '青石镇党委会', location: '青石镇政府三楼会议室' }),
      ],
      findings: [
        { kind: 'venue', occurrences: ['chen/c', 'li/l'] },
        { kind: 'venue', occurrences: ['li/l2', 'chen/c2'] },
        { kind: 'venue', occurrences: ['li/l3', 'town/t3'] },
      ],
    },
    {
      // The trip reading is his diary's alone: another office's meeting in the room during his trip is a second booking.
      name: 'a trip on his diary and another office\'s meeting in the same room inside it: a clash (QE-1 keeps it)',
      locations: [...locations, { name: '青石镇政府三楼会议室' }],
      occurrences: [
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'trip', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '赴青石镇调研河道整治', location: '青石镇政府三楼会议室' }),
        occ({ calendar: 'town', uid: 'town', start: '2025-03-12 10:00', end: '2025-03-12 11:00', summary: '青石镇党委会', location: '青石镇政府三楼会议室' }),
        // A meeting of his diary running past the trip's end is no part of it either.
        occ({ calendar: { id: 'li', owner: 'li' }, uid: 'late', start: '2025-03-12 11:30', end: '2025-03-12 12:30', summary: '听取汇报', location: '青石镇政府三楼会议室' }),
      ],
      findings: [
        { kind: 'venue', occurrences: ['li/trip', 'town/town'], data: { location: '青石镇政府三楼会议室' } },
        { kind: 'venue', occurrences: ['li/trip', 'li/late'], data: { location: '青石镇政府三楼会议室' } },
      ],
    },
    {
      name: 'a configured site marked `bookable: true` (a guest house booked whole) is a room: two meetings there clash (QE-1)',
      locations: [...locations, { name: '江滨宾馆', bookable: true }, { name: '青石镇河道', bookable: true }],
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2025-03-12 09:00', end: '2025-03-12 11:00', summary: '招商引资洽谈会', location: '江滨宾馆' }),
        occ({ calendar: 'b', uid: 'y', start: '2025-03-12 10:00', end: '2025-03-12 12:00', summary: '文旅项目推介会', location: '江滨宾馆' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['a/x', 'b/y'], data: { location: '江滨宾馆' } }],
    },
    {
      name: 'two offices\' different meetings in one room at one time: a clash, whatever their words share',
      locations,
      occurrences: [
        occ({ calendar: 'party', uid: 'p', start: '2022-05-20 15:00', end: '2022-05-20 17:00', summary: '区委常委会会议', location: '区委大楼301会议室' }),
        occ({ calendar: 'gov', uid: 'g', start: '2022-05-20 15:00', end: '2022-05-20 17:00', summary: '区政府常务会议', location: '301会议室' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['gov/g', 'party/p'] }],
    },
    {
      // QB-31: TRANSP is the office calendar's free/busy, not whether the meeting uses its room.
      name: 'a timed meeting marked transparent or FREE on an office calendar (no owner) still holds its room (QB-31)',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 12:00', location: '301会议室' }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 't', start: '2022-05-10 10:00', location: '301会议室', transparent: true }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'f', start: '2022-05-10 11:00', location: '301会议室', busy: 'free' }),
        // An all-day free entry on the office calendar is a notice, and a personal calendar's free entry the owner's note.
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'n', start: '2022-05-10', location: '301会议室', transparent: true }),
        occ({ calendar: { id: 'li-personal', owner: 'li', office: '区政府办' }, uid: 'p', start: '2022-05-10 09:30', location: '301会议室', transparent: true }),
      ],
      findings: [
        { kind: 'venue', occurrences: ['a/x', 'gov/t'], data: { location: '区委大楼301会议室' } },
        { kind: 'venue', occurrences: ['a/x', 'gov/f'], data: { location: '区委大楼301会议室' } },
      ],
    },
    {
      // QB-32: as no-double-booking's tentative-overlap for people.
      name: 'a room clash where one meeting is tentative (STATUS or busy status) is a warning marked tentative (QB-32)',
      locations,
      occurrences: [
        // Titles differ: a same-title entry at the same start in the same room is a retyped copy (QA26-18).
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 12:00', summary: '区政府专题会', location: '301会议室' }),
        occ({ calendar: 'b', uid: 's', start: '2022-05-10 09:00', summary: '区政协专题协商会（待定）', location: '301会议室', status: 'tentative' }),
        occ({ calendar: 'b', uid: 'b', start: '2022-05-10 11:00', summary: '座谈会', location: '301会议室', busy: 'tentative' }),
        occ({ calendar: 'c', uid: 'firm', start: '2022-05-10 10:00', summary: '接访', location: '301会议室' }),
      ],
      findings: [
        { kind: 'venue', severity: 'warning', occurrences: ['a/x', 'b/s'], data: { location: '区委大楼301会议室', tentative: true } },
        { kind: 'venue', severity: 'error', occurrences: ['a/x', 'c/firm'], data: { location: '区委大楼301会议室' } },
        { kind: 'venue', severity: 'warning', occurrences: ['a/x', 'b/b'], data: { location: '区委大楼301会议室', tentative: true } },
      ],
    },
    // Regression (stale-copies.test.ts, was a bug): the stale copy booked its old room at its old time.
    {
      name: 'stale copy: moved from 301 to 302 (SEQUENCE 1 on one calendar) → 301 is free at the old slot, 302 is taken',
      locations,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'm@qu.gov.cn', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '专题会', location: '301会议室' }),
        { ...occ({ calendar: 'district-gov', uid: 'm@qu.gov.cn', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '专题会', location: '302会议室' }), sequence: 1 },
        occ({ calendar: 'city', uid: 'in301', start: '2022-05-10 09:30', summary: '接访', location: '区委大楼301会议室' }),
        occ({ calendar: 'city', uid: 'in302', start: '2022-05-10 10:00', summary: '座谈会', location: '302会议室' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['district-gov/m@qu.gov.cn', 'city/in302'], data: { location: '302会议室' } }],
    },
    // Regression (copy-identity.test.ts, was a bug): retyped copies were merged by meetingKey only.
    {
      name: 'two retyped copies of one meeting (301会议室 / 区委301) and a third meeting in 301 → one finding, citing one copy',
      locations,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'p', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '区委常委会', location: '301会议室' }),
        occ({ calendar: 'district-gov', uid: 'g', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '区委常委会', location: '区委301' }),
        occ({ calendar: 'city', uid: 'v', start: '2022-05-10 10:00', summary: '接访', location: '区委大楼301会议室' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['district-gov/g', 'city/v'], data: { location: '区委大楼301会议室' } }],
    },
    {
      name: 'a room booked twice, spelled two ways',
      locations,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '区委常委会', location: '３０１会议室' }),
        occ({ calendar: 'district-gov', uid: 'y', start: '2022-05-10 10:30', summary: '区政府常务会议', location: '区委大楼301会议室' }),
      ],
      findings: [
        {
          kind: 'venue',
          occurrences: ['district-party/x', 'district-gov/y'],
          severity: 'error',
          data: { location: '区委大楼301会议室', first: '区委常委会', second: '区政府常务会议', overlapStart: '2022-05-10T10:30:00+08:00', overlapEnd: '2022-05-10T11:00:00+08:00' },
        },
      ],
    },
    {
      name: 'a room booked as ATTENDEE;CUTYPE=ROOM on one side and LOCATION on the other: one finding',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [room301] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:30', location: '301会议室', attendees: [room301] }),
      ],
      findings: [{ kind: 'venue', occurrences: ['a/x', 'b/y'], data: { location: '区委大楼301会议室' } }],
    },
    {
      name: 'unknown places still clash with themselves (normalised)',
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', location: 'Room  A' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:30', location: 'room a' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['a/x', 'b/y'], data: { location: 'room a' } }],
    },
    {
      name: 'tentative bookings still hold the room',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', location: '301会议室', status: 'tentative' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:30', location: '301会议室' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['a/x', 'b/y'] }],
    },
    {
      name: 'an all-day booking and a timed one',
      locations,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10', location: '301会议室', summary: '封闭培训' }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 15:00', location: '301会议室' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['a/x', 'b/y'], data: { firstStart: '2022-05-10', firstEnd: '2022-05-11' } }],
    },
    {
      name: 'time zones: the same room booked from a New York calendar 30 minutes into the Shanghai meeting',
      locations,
      occurrences: [
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00', location: '301会议室' }),
        occ({ calendar: 'a', uid: 'x', zone: 'America/New_York', start: '2022-05-09 21:30', end: '2022-05-09 22:30', location: '301会议室' }),
      ],
      findings: [{ kind: 'venue', occurrences: ['b/y', 'a/x'], data: { overlapStart: '2022-05-09T21:30:00-04:00', overlapEnd: '2022-05-09T22:00:00-04:00' } }],
    },
  ],
});

describe('properties', () => {
  test('the findings are exactly the overlapping pairs at one place (brute force), whatever the input order', () => {
    const item = fc.record({
      slot: fc.integer({ min: 0, max: 30 }),
      length: fc.integer({ min: 0, max: 6 }),
      place: fc.constantFrom('301会议室', '区委301', '502会议室'),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const occurrences = items.map((it, i) => {
          const start = occ({ start: '2022-05-10 08:00' }).start.plus({ minutes: it.slot * 15 });
          return occ({
            calendar: 'c',
            uid: `u${i}`,
            summary: `会议${i}`,
            start: start.toFormat('yyyy-MM-dd HH:mm'),
            end: start.plus({ minutes: it.length * 15 }).toFormat('yyyy-MM-dd HH:mm'),
            location: it.place,
          });
        });
        const canonical = (o: (typeof occurrences)[number]) => (o.location === '502会议室' ? '502' : '301');
        let expected = 0;
        for (let i = 0; i < occurrences.length; i += 1) {
          for (let j = i + 1; j < occurrences.length; j += 1) {
            if (canonical(occurrences[i]!) === canonical(occurrences[j]!) && overlaps(occurrences[i]!, occurrences[j]!)) expected += 1;
          }
        }
        const findings = runRule(venue, { name: 'p', locations, occurrences });
        expect(findings.length).toBe(expected);
        expect(runRule(venue, { name: 'p', locations, occurrences: [...occurrences].reverse() })).toEqual(findings);
      }),
    );
  });
});
