/**
 * QB-34: a start-only meeting (a DATE-TIME DTSTART without DTEND or DURATION, RFC 5545 §3.6.1: it ends
 * at its start) is the instant t. Every rule built on the sweep and the schedules agrees on what it
 * meets: an interval [s, e) with s <= t < e, another instant at t; not an interval ending at t.
 */
import type { Person } from '../../../src/model/person.js';
import { noDoubleBooking } from '../../../src/rules/no-double-booking.js';
import { requiredAttendance } from '../../../src/rules/required-attendance.js';
import { travelTime } from '../../../src/rules/travel-time.js';
import { venue } from '../../../src/rules/venue.js';
import { occurrence as occ } from '../../helpers/occurrence.js';
import { runRule, ruleTester } from '../../helpers/rule-tester.js';

const people: Person[] = [
  { id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'], roles: ['区长'] },
  { id: 'wang', name: '王强', aliases: ['mailto:wang@qu.gov.cn'] },
];
const li = 'mailto:li@qu.gov.cn';
const locations = [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }];
const at = (time: string) => `2022-05-17 ${time}`;
/** A start-only meeting as the loader reads it: end = start. */
type Extra = Omit<Parameters<typeof occ>[0], 'start' | 'end'>;
const instant = (calendar: string, uid: string, time: string, extra: Extra = {}) =>
  occ({ calendar, uid, summary: `会议${uid}`, attendees: [li], ...extra, start: at(time), end: at(time) });
const meeting = (calendar: string, uid: string, from: string, to: string, extra: Extra = {}) =>
  occ({ calendar, uid, summary: `会议${uid}`, attendees: [li], ...extra, start: at(from), end: at(to) });

ruleTester.run(noDoubleBooking, {
  valid: [
    { name: 'an instant at the end of a meeting is back to back', people, occurrences: [meeting('a', 'x', '09:00', '11:00'), instant('b', 'y', '11:00')] },
    { name: 'an instant before a meeting starts', people, occurrences: [instant('a', 'x', '08:59'), meeting('b', 'y', '09:00', '11:00')] },
    { name: 'two instants a minute apart', people, occurrences: [instant('a', 'x', '09:00'), instant('b', 'y', '09:01')] },
    { name: 'a cancelled instant books nobody', people, occurrences: [meeting('a', 'x', '09:00', '11:00'), instant('b', 'y', '09:30', { status: 'cancelled' })] },
  ],
  invalid: [
    {
      name: 'a start-only meeting at 09:30 inside his 09:00–11:00 meeting; the overlap is its instant',
      people,
      occurrences: [meeting('a', 'x', '09:00', '11:00'), instant('b', 'y', '09:30')],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'b/y'], people: ['li'], data: { overlapStart: '2022-05-17T09:30:00+08:00', overlapEnd: '2022-05-17T09:30:00+08:00' } }],
    },
    {
      name: 'two start-only meetings at 09:00',
      people,
      occurrences: [instant('a', 'x', '09:00'), instant('b', 'y', '09:00')],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'b/y'], people: ['li'], data: { overlapStart: '2022-05-17T09:00:00+08:00', overlapEnd: '2022-05-17T09:00:00+08:00' } }],
    },
    {
      name: 'a start-only meeting at the start of another',
      people,
      occurrences: [instant('a', 'x', '09:00'), meeting('b', 'y', '09:00', '10:00')],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'b/y'], people: ['li'] }],
    },
  ],
});

ruleTester.run(venue, {
  valid: [{ name: 'a start-only booking at the end of another', people, locations, occurrences: [meeting('a', 'x', '09:00', '11:00', { attendees: [], location: '第一会议室' }), instant('b', 'y', '11:00', { attendees: [], location: '第一会议室' })] }],
  invalid: [
    {
      name: 'two start-only bookings of 第一会议室 at 09:00',
      people,
      locations,
      occurrences: [instant('a', 'x', '09:00', { attendees: [], location: '第一会议室' }), instant('b', 'y', '09:00', { attendees: [], location: '区政府大楼第一会议室' })],
      findings: [{ kind: 'venue', occurrences: ['a/x', 'b/y'], data: { location: '区政府大楼第一会议室' } }],
    },
  ],
});

ruleTester.run(requiredAttendance, {
  valid: [
    {
      name: 'a start-only required meeting at the end of his other meeting',
      people,
      params: { event: { summary: '常务会' }, people: ['role:区长'] },
      occurrences: [meeting('a', 'x', '09:00', '11:00'), instant('b', 'y', '11:00', { summary: '区政府常务会' })],
    },
  ],
  invalid: [
    {
      name: 'a start-only required meeting at 09:30 while he sits in 09:00–11:00',
      people,
      params: { event: { summary: '常务会' }, people: ['role:区长'] },
      occurrences: [meeting('a', 'x', '09:00', '11:00'), instant('b', 'y', '09:30', { summary: '区政府常务会' })],
      findings: [{ kind: 'required-busy', occurrences: ['b/y', 'a/x'], people: ['li'], data: { other: '会议x' } }],
    },
    {
      name: 'a required meeting holding his start-only meeting',
      people,
      params: { event: { summary: '常务会' }, people: ['role:区长'] },
      occurrences: [meeting('a', 'x', '09:00', '11:00', { summary: '区政府常务会' }), instant('b', 'y', '10:00')],
      findings: [{ kind: 'required-busy', occurrences: ['a/x', 'b/y'], people: ['li'], data: { other: '会议y' } }],
    },
  ],
});

ruleTester.run(travelTime, {
  valid: [
    {
      name: 'a start-only meeting elsewhere inside another is an overlap (no-double-booking), not a trip',
      people,
      occurrences: [meeting('a', 'x', '09:00', '11:00', { location: '区委大楼301会议室' }), instant('b', 'y', '09:00', { location: '青石镇政府' })],
    },
  ],
  invalid: [
    {
      name: 'from a start-only meeting at 11:00 in 青石镇 to 11:10 in 区委大楼: measured from its start',
      people,
      occurrences: [
        meeting('a', 'x', '09:00', '11:00', { location: '区委大楼301会议室' }),
        instant('b', 'y', '11:00', { location: '青石镇政府' }),
        meeting('a', 'z', '11:10', '12:00', { location: '区委大楼301会议室' }),
      ],
      // The trip to the instant (0 minutes after 09:00–11:00) and the trip from it (10 minutes): he is in 青石镇 at 11:00.
      findings: [
        { kind: 'travel-time', occurrences: ['a/x', 'b/y'], people: ['li'], data: { gapMinutes: 0 } },
        { kind: 'travel-time', occurrences: ['b/y', 'a/z'], people: ['li'], data: { gapMinutes: 10 } },
      ],
    },
  ],
});

describe('QB-34 follow-up: copies', () => {
  // QB-34 follow-up (occurrence-ref.ts looksLikeCopy, copies-fix-3): the OA calendar's start-only entry and the leader's
  // diary entry of the same meeting with its end (and room) are one meeting: an unknown end is no other end. Before the
  // instant semantics the start-only copy overlapped nothing and hid this.
  test('QB-34 follow-up: a start-only copy of a meeting retyped with its end on the leader\'s diary is no double booking', () => {
    const findings = runRule(noDoubleBooking, {
      people,
      locations,
      occurrences: [
        occ({ calendar: 'oa', uid: 'oa-17', summary: '区政府专题会', start: at('09:00'), end: at('09:00'), attendees: [li] }),
        occ({ calendar: { id: 'li-diary', owner: 'li' }, uid: 'diary-17', summary: '区政府专题会', start: at('09:00'), end: at('11:00'), location: '第一会议室' }),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('control: the same title retyped with the same (zero) length is a copy', () => {
    const findings = runRule(noDoubleBooking, {
      people,
      occurrences: [
        occ({ calendar: 'oa', uid: 'oa-17', summary: '区政府专题会', start: at('09:00'), end: at('09:00'), attendees: [li] }),
        occ({ calendar: { id: 'li-diary', owner: 'li' }, uid: 'diary-17', summary: '区政府专题会', start: at('09:00'), end: at('09:00') }),
      ],
    });
    expect(findings).toEqual([]);
  });
});

// QC-40: a reminder or deadline (no length, no attendee, no place) on a leader's own calendar marks a moment; it books nobody.
describe('bare instants (reminders, deadlines)', () => {
  const diary = { id: 'li-diary', owner: 'li' };
  const reminder = (summary: string, extra: Extra = {}) => occ({ calendar: diary, uid: 'r', summary, attendees: [], ...extra, start: at('17:00'), end: at('17:00') });
  const sitting = meeting('gov', 'g', '16:00', '18:00');

  test.each(['报送年度总结材料截止', '提醒：准备讲话稿'])('“%s” at 17:00 inside his meeting is no double booking, nor required-busy', (summary) => {
    expect(runRule(noDoubleBooking, { people, occurrences: [sitting, reminder(summary)] })).toEqual([]);
    const params = { id: 'r', kind: 'required-attendance' as const, event: { summary: '会议g' }, people: ['li'] };
    expect(runRule(requiredAttendance, { people, params, occurrences: [sitting, reminder(summary)] })).toEqual([]);
  });

  test('with a place (接机 at the airport) it is a meeting and clashes', () => {
    const findings = runRule(noDoubleBooking, { people, occurrences: [sitting, reminder('接机', { location: '机场' })] });
    expect(findings.map((f) => f.kind)).toEqual(['double-booking']);
  });

  test('with an attendee it is a meeting and clashes', () => {
    const findings = runRule(noDoubleBooking, { people, occurrences: [sitting, reminder('约谈', { attendees: ['mailto:wang@qu.gov.cn'] })] });
    expect(findings.map((f) => [f.kind, f.people])).toEqual([['double-booking', ['li']]]);
  });

  test('a reminder with a length is a booking as before (a block of time he reserved)', () => {
    const block = occ({ calendar: diary, uid: 'b', summary: '准备讲话稿', attendees: [], start: at('17:00'), end: at('17:30') });
    expect(runRule(noDoubleBooking, { people, occurrences: [sitting, block] }).map((f) => f.kind)).toEqual(['double-booking']);
  });
});
