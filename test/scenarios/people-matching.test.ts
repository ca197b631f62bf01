/**
 * Who is at a meeting, as the exports say it: attendees by address or by CN, an organizer alone, a
 * personal calendar's owner, tentative and declined answers — and what that means for double booking,
 * travel and required attendance.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example', '李明'], roles: ['区长', '副总河长'] },
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example', '周海涛'], roles: ['区委书记', '总河长'] },
];

const calendars = [
  { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
  { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
  { id: 'secretary', file: 'secretary.ics', office: '区委办', level: 'district', owner: 'zhou' },
];

function cfg(rules: unknown[]): Record<string, unknown> {
  return {
    timezone: 'Asia/Shanghai',
    window: { from: '2022-05-01', to: '2022-05-31' },
    calendars,
    people,
    locations: [{ name: '区委大楼301会议室' }, { name: '市行政中心' }],
    rules,
  };
}
const db = [{ id: 'people', kind: 'no-double-booking' }];

function ev(uid: string, start: string, end: string, summary: string, extra: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`,
    `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
}
function files(party: string[][], gov: string[][] = [], secretary: string[][] = []): Record<string, string> {
  return { 'party.ics': vcalendar(party.flat()), 'gov.ics': vcalendar(gov.flat()), 'secretary.ics': vcalendar(secretary.flat()) };
}

describe('attendee identity', () => {
  test('e-mail in upper case on one export, CN without an address on the other → one person, double-booked', () => {
    const report = run(cfg(db), files(
      [ev('a', '20220510T090000', '20220510T110000', '常委会', ['ATTENDEE;CN=Li Ming:MAILTO:LIMING@JB.GOV.EXAMPLE'])],
      [ev('b', '20220510T100000', '20220510T120000', '专题会', ['ATTENDEE;CN=李明:invalid:nomail'])],
    ));
    expect(digest(report)).toEqual(['double-booking people a b']);
    expect(ofKind(report, 'double-booking')[0]!.people).toEqual(['li']);
  });

  // QA26-9 (重名): the address identifies the calendar user (RFC 5545 §3.8.4.1), the CN is a display
  // name; a mail address the directory does not list for 李明 is another 李明. (Before QA26-9 this
  // case expected one person, double-booked.)
  test('CN 李明 with a mail address the directory does not list for him is someone else → no double booking', () => {
    const report = run(cfg(db), files(
      [ev('a', '20220510T090000', '20220510T110000', '常委会', ['ATTENDEE;CN=Li Ming:MAILTO:LIMING@JB.GOV.EXAMPLE'])],
      [ev('b', '20220510T100000', '20220510T120000', '专题会', ['ATTENDEE;CN=李明:mailto:liming.personal@163.example'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('an unknown attendee on two overlapping meetings is still a person → double-booking', () => {
    const report = run(cfg(db), files(
      [ev('a', '20220510T090000', '20220510T110000', '常委会', ['ATTENDEE;CN=王副区长:mailto:wang@jb.gov.example'])],
      [ev('b', '20220510T100000', '20220510T120000', '专题会', ['ATTENDEE:mailto:Wang@jb.gov.example'])],
    ));
    const f = ofKind(report, 'double-booking');
    expect(f).toHaveLength(1);
    expect(f[0]!.people).toHaveLength(1);
    expect(f[0]!.people[0]).toMatch(/^unknown:/);
  });

  test('a DingTalk event with only an ORGANIZER books the organizer', () => {
    const report = run(cfg(db), files(
      [ev('a', '20220510T090000', '20220510T110000', '常委会', ['ORGANIZER;CN=李明:mailto:liming@jb.gov.example'])],
      [ev('b', '20220510T100000', '20220510T120000', '专题会', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
    ));
    expect(digest(report)).toEqual(['double-booking people a b']);
  });

  test('the office director who organizes both invitations is not booked by them', () => {
    const report = run(cfg(db), files(
      [ev('a', '20220510T090000', '20220510T110000', '常委会', ['ORGANIZER;CN=办公室:mailto:office@jb.gov.example', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
      [ev('b', '20220510T100000', '20220510T120000', '专题会', ['ORGANIZER;CN=办公室:mailto:office@jb.gov.example', 'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('PARTSTAT=TENTATIVE on his line → tentative-overlap', () => {
    const report = run(cfg(db), files(
      [ev('a', '20220510T090000', '20220510T110000', '常委会', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
      [ev('b', '20220510T100000', '20220510T120000', '专题会', ['ATTENDEE;CN=李明;PARTSTAT=TENTATIVE:mailto:liming@jb.gov.example'])],
    ));
    expect(digest(report)).toEqual(['tentative-overlap people a b']);
  });

  test('owner of a personal calendar is booked by its events; a transparent reminder does not book him', () => {
    const report = run(cfg(db), files(
      [ev('a', '20220510T090000', '20220510T110000', '常委会', ['ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example'])],
      [],
      [ev('p1', '20220510T100000', '20220510T103000', '接待来访', []), ev('p2', '20220510T093000', '20220510T094500', '提醒：准备讲话稿', ['TRANSP:TRANSPARENT'])],
    ));
    expect(digest(report)).toEqual(['double-booking people a p1']);
    expect(ofKind(report, 'double-booking')[0]!.people).toEqual(['zhou']);
  });

  test('the same meeting copied into his personal calendar (same UID) is not a clash with the office copy', () => {
    const report = run(cfg(db), files(
      [ev('cwh', '20220510T090000', '20220510T110000', '区委常委会会议', ['ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example'])],
      [],
      [ev('cwh', '20220510T090000', '20220510T110000', '区委常委会会议', [])],
    ));
    expect(digest(report)).toEqual([]);
  });
});

describe('required-attendance and travel through who attends', () => {
  const rules = [
    { id: 'people', kind: 'no-double-booking' },
    { id: 'chiefs', kind: 'required-attendance', event: { summary: '总河长会议' }, people: ['role:总河长', 'li'] },
    { id: 'travel', kind: 'travel-time', defaultMinutes: 30 },
  ];

  test('the 总河长 attends via his personal calendar copy (same UID) → not missing; 李明 missing', () => {
    const report = run(cfg(rules), files(
      [ev('river', '20220520T090000', '20220520T110000', '江滨区总河长会议', [])],
      [],
      [ev('river', '20220520T090000', '20220520T110000', '江滨区总河长会议', [])],
    ));
    const missing = ofKind(report, 'required-missing');
    expect(missing.map((f) => f.people)).toEqual([['li']]);
    expect(missing[0]!.data.reference).toBe('li');
    expect(missing.map(refs)).toEqual([['river']]);
  });

  test('a required person who declined → required-missing', () => {
    const report = run(cfg(rules), files(
      [ev('river', '20220520T090000', '20220520T110000', '江滨区总河长会议', [
        'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example',
        'ATTENDEE;CN=李明;PARTSTAT=DECLINED:mailto:liming@jb.gov.example',
      ])],
    ));
    expect(ofKind(report, 'required-missing').map((f) => f.people)).toEqual([['li']]);
  });

  test('a cancelled required meeting needs nobody', () => {
    const report = run(cfg(rules), files(
      [ev('river', '20220520T090000', '20220520T110000', '江滨区总河长会议', ['STATUS:CANCELLED'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('required person busy elsewhere (his own calendar) → required-busy naming the other meeting', () => {
    const report = run(cfg(rules), files(
      [ev('river', '20220520T090000', '20220520T110000', '江滨区总河长会议', [
        'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
      [],
      [ev('visit', '20220520T100000', '20220520T113000', '接待省考察组', [])],
    ));
    const busy = ofKind(report, 'required-busy');
    expect(busy.map((f) => `${f.people.join()} ${refs(f).join(' ')}`)).toEqual(['zhou river visit']);
  });

  test('travel-time is not asked of a meeting he declined', () => {
    const report = run(cfg(rules), files(
      [ev('a', '20220510T090000', '20220510T100000', '学习会', ['LOCATION:区委大楼301会议室', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
      [ev('b', '20220510T100500', '20220510T110000', '市里会议', ['LOCATION:市行政中心', 'ATTENDEE;CN=李明;PARTSTAT=DECLINED:mailto:liming@jb.gov.example'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('travel-time is not asked of a cancelled next meeting', () => {
    const report = run(cfg(rules), files(
      [ev('a', '20220510T090000', '20220510T100000', '学习会', ['LOCATION:区委大楼301会议室', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
      [ev('b', '20220510T100500', '20220510T110000', '市里会议', ['LOCATION:市行政中心', 'STATUS:CANCELLED', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('travel-time between 301 and the city hall with 5 minutes → finding for him', () => {
    const report = run(cfg(rules), files(
      [ev('a', '20220510T090000', '20220510T100000', '学习会', ['LOCATION:区委大楼301会议室', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
      [ev('b', '20220510T100500', '20220510T110000', '市里会议', ['LOCATION:市行政中心', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])],
    ));
    expect(digest(report)).toEqual(['travel-time travel a b']);
  });
});
