/**
 * LE-3: an office calendar's trip entry whose ORGANIZER is the leader, with no ATTENDEE line — as an office OA
 * writes the leader's own 出差/外出/调研 with him as the event's owner — books him (README "Who takes part": the
 * ORGANIZER takes part when the event lists no attendees; on an office calendar when he is a directory person), so it
 * is his office's record of his trip as an ATTENDEE line for him is (QG-9): the appointment on his diary at the trip's
 * destination is one of the trip's, not a double booking. Before, the ORGANIZER booked him into every other clash of
 * the trip (required-busy, double-booking) but did not hold his trip, so the appointment it is for was reported.
 */
import { digest, run, vcalendar } from './harness.js';
import { checkProposal, prepareCheck, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { CheckSettings } from '../../src/check/check-occurrences.js';
import { at, calendar, occurrence } from '../helpers/occurrence.js';
import { fullCheckFor } from '../check/full-check-for.js';

const li = 'mailto:liming@jb.gov.example';
const raw = (officeOfTrip = '区政府办') => ({
  timezone: 'Asia/Shanghai', window: { from: '2025-03-10', to: '2025-03-16' },
  people: [{ id: 'li', name: '李明', aliases: [li, '李区长'], roles: ['区长'] }],
  locations: [{ name: '区政府大楼第一会议室' }, { name: '青石镇河道', aliases: ['青石河段'] }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: officeOfTrip, level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'req', kind: 'required-attendance', event: { summary: '常委会' }, people: ['li'] }],
});
const ev = (uid: string, summary: string, s: string, e: string, extra: readonly string[] = []) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, ...extra, 'END:VEVENT'];
const appointment = vcalendar(ev('appt@m', '听取青石镇河长工作汇报', '20250312T100000', '20250312T110000', ['LOCATION:青石镇河道']));
const trip = (who: readonly string[]) => vcalendar(ev('trip@gov', '赴青石镇调研河道整治', '20250312T090000', '20250312T120000', ['LOCATION:青石镇', ...who]));

describe('LE-3: the office trip entry with the leader as ORGANIZER holds his trip', () => {
  test('ORGANIZER 李明, no ATTENDEE, on 区政府办\'s calendar: the appointment at 青石镇河道 is the trip\'s — no finding', () => {
    expect(digest(run(raw(), { 'gov.ics': trip([`ORGANIZER;CN=李明:${li}`]), 'mayor.ics': appointment, 'party.ics': vcalendar([]) }))).toEqual([]);
  });

  test('the same with ATTENDEE 李明 (QG-9) and with ORGANIZER: the same report, the 常委会 during the trip a clash of both', () => {
    const party = vcalendar(ev('cwh@p', '区委常委会会议', '20250312T093000', '20250312T113000', ['LOCATION:区委常委会议室', `ATTENDEE;CN=李明:${li}`]));
    const byOrganizer = digest(run(raw(), { 'gov.ics': trip([`ORGANIZER;CN=李明:${li}`]), 'mayor.ics': appointment, 'party.ics': party }));
    const byAttendee = digest(run(raw(), { 'gov.ics': trip([`ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`]), 'mayor.ics': appointment, 'party.ics': party }));
    expect(byOrganizer).toEqual(byAttendee);
    expect(byOrganizer).toEqual([
      'double-booking people cwh@p trip@gov',
      'double-booking people appt@m cwh@p',
      'required-busy req cwh@p trip@gov',
      'required-busy req appt@m cwh@p',
    ]);
  });

  test('guard: another office\'s entry (区委办) with him as ORGANIZER is no record of his office: the appointment clashes (QE-6)', () => {
    expect(digest(run(raw('区委办'), { 'gov.ics': trip([`ORGANIZER;CN=李明:${li}`]), 'mayor.ics': appointment, 'party.ics': vcalendar([]) })))
      .toEqual(['double-booking people appt@m trip@gov']);
  });

  test('guard: with an ATTENDEE line for someone else the ORGANIZER only sent it — no trip of his, no finding', () => {
    expect(digest(run(raw(), { 'gov.ics': trip([`ORGANIZER;CN=李明:${li}`, 'ATTENDEE;CN=王芳:mailto:wangfang@jb.gov.example']), 'mayor.ics': appointment, 'party.ics': vcalendar([]) })))
      .toEqual([]);
  });
});

describe('LE-3: checkProposal agrees with the full check', () => {
  const gov = calendar({ id: 'gov', office: '区政府办', level: 'district' });
  const mayor = calendar({ id: 'mayor', office: '区政府办', level: 'district', owner: 'li' });
  const config = {
    timezone: 'Asia/Shanghai',
    people: [{ id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'], roles: ['区长'] }],
    locations: [{ name: '青石镇河道' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  } as const satisfies CheckSettings;
  const window = { from: '2025-03-10', to: '2025-03-16' } as const;
  const existing = [
    occurrence({ calendar: gov, uid: 'trip', summary: '赴青石镇调研河道整治', start: '2025-03-12 09:00', end: '2025-03-12 12:00', location: '青石镇', organizer: { address: 'mailto:li@qu.gov.cn', name: '李明' } }),
  ];
  const proposal: ProposedMeeting = { calendar: 'mayor', summary: '听取青石镇河长工作汇报', start: at('2025-03-12 10:00'), end: at('2025-03-12 11:00'), location: '青石镇河道' };

  test('the appointment proposed on his diary during the trip: no finding, as the full check after saving', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars: [gov, mayor] });
    const found = checkProposal(prepared, proposal);
    expect(found).toEqual(fullCheckFor(existing, config, proposal, [gov, mayor], window));
    expect(found).toEqual([]);
  });
});
