/**
 * QA 2026b (fresh-eyes QA, round 2): attendance rules on leaders' own calendars as secretaries keep
 * them. Each `test.failing` pins an open bug listed in /work/notes/qa-2026b.md under its QB id; flip it
 * to `test` when the bug is fixed.
 */
import { renderFinding } from '../../src/index.js';
import { digest, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20220401T000000Z';
const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const sh = (prop: string, value: string): string => `${prop};TZID=Asia/Shanghai:${value}`;
function ev(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  const when = (p: string, v: string) => (/T/u.test(v) ? sh(p, v) : `${p};VALUE=DATE:${v}`);
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, when('DTSTART', start), when('DTEND', end), ...extra, 'END:VEVENT'];
}

describe('QB-12: the trip and the meetings held on the trip, all on the leader\'s own calendar', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'mayor', file: 'mayor.ics', owner: 'li', office: '区政府办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const trip = ev('trip-0516@icloud.example', '出差：赴省城汇报工作', '20220516', '20220518', ['TRANSP:TRANSPARENT', 'LOCATION:省城']);
  const itinerary = [
    ...ev('m1-0516@icloud.example', '向省发改委汇报重点项目', '20220516T100000', '20220516T113000', ['LOCATION:省发改委']),
    ...ev('m2-0517@icloud.example', '与省交通厅座谈', '20220517T150000', '20220517T163000', ['LOCATION:省交通厅']),
  ];

  test('control: a district meeting at home during the trip (on the office calendar) is a double booking', () => {
    const report = run(cfg, {
      'mayor.ics': vcalendar(trip),
      'gov.ics': vcalendar(ev('gov-0516@jb.gov.example', '区政府常务会议', '20220516T150000', '20220516T170000', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])),
    });
    expect(digest(report)).toEqual(['double-booking people gov-0516@jb.gov.example trip-0516@icloud.example']);
  });

  // QB-12: the secretary entered the trip and the appointments it is for; they are the trip, not a clash.
  test('QB-12: the meetings of the trip on the same personal calendar are no double booking', () => {
    const report = run(cfg, { 'mayor.ics': vcalendar([...trip, ...itinerary]), 'gov.ics': vcalendar([]) });
    expect(digest(report)).toEqual([]);
  });
});

describe('QB-13: the leader\'s own entry for a meeting he attends, with travel time around it or written 赴…参加…', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'mayor', file: 'mayor.ics', owner: 'li', office: '区政府办', level: 'district' },
      { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const city = vcalendar(ev('c-0516@city.example', '全市重点项目调度会', '20220516T090000', '20220516T113000',
    ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'LOCATION:市行政中心']));
  const diary = (summary: string, start: string, end: string) => vcalendar(ev('d-0516@icloud.example', summary, start, end));

  test('control (QA26-38): 参加全市重点项目调度会 at the meeting\'s times is his copy of it', () => {
    expect(digest(run(cfg, { 'mayor.ics': diary('参加全市重点项目调度会', '20220516T090000', '20220516T113000'), 'city.ics': city }))).toEqual([]);
  });

  // QB-13: the same entry widened by the journey (08:00–12:30), or worded 赴<place>参加<title>, is "a double
  // booking" of the leader with his own attendance of the meeting.
  test.each([
    ['参加全市重点项目调度会', '20220516T080000', '20220516T123000'],
    ['赴市行政中心参加全市重点项目调度会', '20220516T090000', '20220516T113000'],
    ['赴市行政中心参加全市重点项目调度会', '20220516T080000', '20220516T123000'],
  ])('QB-13: “%s” %s–%s is his attendance, no double booking', (summary, start, end) => {
    expect(digest(run(cfg, { 'mayor.ics': diary(summary, start, end), 'city.ics': city }))).toEqual([]);
  });
});

describe('QB-15: the secretary\'s retyped entry of the office meeting on the leader\'s own calendar, in her own words', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }],
    calendars: [
      { id: 'mayor', file: 'mayor.ics', owner: 'li', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
  };
  const gov = vcalendar(ev('g-0517@jb.gov.example', '区政府第12次常务会议', '20220517T150000', '20220517T170000',
    ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'LOCATION:区政府大楼第一会议室']));
  const mayor = (summary: string, location: string | null) =>
    vcalendar(ev('m-0517@icloud.example', summary, '20220517T150000', '20220517T170000', location === null ? [] : [`LOCATION:${location}`]));

  test('control: the same title and times is his copy (no finding)', () => {
    expect(digest(run(cfg, { 'gov.ics': gov, 'mayor.ics': mayor('区政府第12次常务会议', '第一会议室') }))).toEqual([]);
  });

  // QB-15: exactly the office meeting's start, end and room (or no room), a title in other words: the
  // leader is "double-booked" with his own meeting, and the room "booked twice" by it.
  test.each([
    ['常务会议', null],
    ['主持召开区政府常务会议', null],
    ['区政府常务会议', '第一会议室'],
    ['召开区政府第12次常务会议', '区政府大楼第一会议室'],
  ])('QB-15: “%s” (%s) at the same times is his copy of the meeting', (summary, location) => {
    expect(digest(run(cfg, { 'gov.ics': gov, 'mayor.ics': mayor(summary, location) }))).toEqual([]);
  });
});

describe('QB-15 (required-attendance): the office copy lists nobody, the mayor\'s own entry in other words shows him there', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'mayor', file: 'mayor.ics', owner: 'li', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'req', kind: 'required-attendance', event: { calendar: 'gov', summary: '常务会议' }, people: ['role:区长'] }],
  };
  const gov = vcalendar(ev('g-0517@jb.gov.example', '区政府第12次常务会议', '20220517T150000', '20220517T170000', ['LOCATION:区政府大楼第一会议室']));
  const mayor = (summary: string) => vcalendar(ev('m-0517@icloud.example', summary, '20220517T150000', '20220517T170000'));

  test('control: his entry with the same title is his attendance', () => {
    expect(digest(run(cfg, { 'gov.ics': gov, 'mayor.ics': mayor('区政府第12次常务会议') }))).toEqual([]);
  });

  test('QB-15: his entry “主持召开区政府常务会议” at the same times is his attendance (no required-missing)', () => {
    expect(digest(run(cfg, { 'gov.ics': gov, 'mayor.ics': mayor('主持召开区政府常务会议') }))).toEqual([]);
  });
});

describe('QB-16: the leader declined on his own calendar; the office\'s copy still shows the invitation unanswered', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'mayor', file: 'mayor.ics', owner: 'li', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const invitation = (partstat: string) => ev('g-0517@jb.gov.example', '区政府专题会', '20220517T150000', '20220517T170000',
    ['ORGANIZER;CN=区政府办:mailto:ban@jb.gov.example', `ATTENDEE;CN=李明;PARTSTAT=${partstat}:mailto:liming@jb.gov.example`]);
  const party = vcalendar(ev('p-0517@jb.gov.example', '区委常委会会议', '20220517T150000', '20220517T170000', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example']));

  test('control: his declined copy alone does not book him', () => {
    expect(digest(run(cfg, { 'gov.ics': vcalendar([]), 'mayor.ics': vcalendar(invitation('DECLINED')), 'party.ics': party }))).toEqual([]);
  });

  test('control: both copies unanswered book him: a double booking', () => {
    expect(digest(run(cfg, { 'gov.ics': vcalendar(invitation('NEEDS-ACTION')), 'mayor.ics': vcalendar(invitation('NEEDS-ACTION')), 'party.ics': party })))
      .toEqual(['double-booking people g-0517@jb.gov.example p-0517@jb.gov.example']);
  });

  // QB-16: his own answer (RFC 5546 §3.2.3: the attendee's REPLY sets his PARTSTAT; the organizer's copy may
  // not have it yet, and a REPLY does not raise SEQUENCE) is overruled by the office's NEEDS-ACTION copy.
  test('QB-16: his DECLINED on his own calendar frees him although the office copy says NEEDS-ACTION', () => {
    expect(digest(run(cfg, { 'gov.ics': vcalendar(invitation('NEEDS-ACTION')), 'mayor.ics': vcalendar(invitation('DECLINED')), 'party.ics': party }))).toEqual([]);
  });
});

describe('QB-18: one joint meeting entered by two offices, titles differing by a prefix, same room and times', () => {
  const zhou = { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记'] };
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people: [...people, zhou],
    locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
  };
  const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
  const party = (summary: string) => vcalendar(ev('p-0520@jb.gov.example', summary, '20220520T150000', '20220520T170000',
    [li, 'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example', 'LOCATION:区委大楼301会议室']));
  const gov = vcalendar(ev('g-0520@jb.gov.example', '区四套班子联席会议', '20220520T150000', '20220520T170000', [li, 'LOCATION:301会议室']));

  test('control: with the same title the two entries are one meeting', () => {
    expect(digest(run(cfg, { 'party.ics': party('区四套班子联席会议'), 'gov.ics': gov }))).toEqual([]);
  });

  // QB-18: “四套班子联席会议” (区委办) and “区四套班子联席会议” (区政府办), same room, same start and end:
  // 李明 "double-booked" and the room "booked twice" by one meeting.
  test('QB-18: titles differing by the prefix 区 are one meeting (no double booking, no venue)', () => {
    expect(digest(run(cfg, { 'party.ics': party('四套班子联席会议'), 'gov.ics': gov }))).toEqual([]);
  });
});

describe('QB-19: the 24-hour 带班领导 entry of the duty roster, and the leader\'s meetings that day', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-16', to: '2022-05-18' }, people,
    calendars: [
      { id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
  const gov = vcalendar(ev('g-0517@jb.gov.example', '区政府常务会议', '20220517T150000', '20220517T170000', [li]));

  test('control: a night 值班 shift (staffing the duty room) and an evening meeting clash', () => {
    const duty = vcalendar(ev('n-0517@duty.example', '夜班值班：李明', '20220517T173000', '20220518T083000', [li]));
    const evening = vcalendar(ev('g-0517e@jb.gov.example', '防汛会商', '20220517T200000', '20220517T210000', [li]));
    expect(digest(run(cfg, { 'duty.ics': duty, 'gov.ics': evening }))).toEqual(['double-booking people g-0517e@jb.gov.example n-0517@duty.example']);
  });

  // QB-19: 领导带班 is the leader responsible for the day and reachable, not a person held in the duty room;
  // every meeting on his 带班 day is reported as a double booking.
  test('QB-19: 带班领导：李明 (08:30–08:30) does not double-book his afternoon meeting', () => {
    const duty = vcalendar(ev('d-0517@duty.example', '带班领导：李明', '20220517T083000', '20220518T083000', [li]));
    expect(digest(run(cfg, { 'duty.ics': duty, 'gov.ics': gov }))).toEqual([]);
  });
});

describe('QB-21: 李明 invited on a DingTalk calendar under his DingTalk address, the directory knowing only his government mail', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const files = {
    'party.ics': vcalendar(ev('p-0520@dingtalk.example', '区委专题会', '20220520T150000', '20220520T170000',
      ['ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:manager8812@dingtalk.example'])),
    'gov.ics': vcalendar(ev('g-0520@jb.gov.example', '区政府常务会议', '20220520T150000', '20220520T170000', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])),
  };

  // QB-21: address-first matching (the QA26-9 fix) makes him unknown:manager8812@… with not a word: the clash
  // is missed silently. README asks to "list every address a person is invited at"; nothing tells staff which
  // addresses are missing. Expected: a problem (info/warning) naming the CN that equals a directory name
  // under an unknown address — or the double booking.
  test('QB-21: the check either finds the clash or says that 李明 <manager8812@dingtalk.example> is not the directory\'s 李明', () => {
    const report = run(cfg, files);
    const said = report.problems.some((p) => JSON.stringify(p.data).includes('manager8812@dingtalk.example'));
    expect(report.findings.length > 0 || said).toBe(true);
  });
});

describe('QB-23: a SUMMARY with an escaped line break (titles pasted from a notice)', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
  const files = {
    'gov.ics': vcalendar([
      ...ev('a-0517@oa.example', '关于召开全区安全生产\\n工作会议的通知', '20220517T090000', '20220517T100000', [li]),
      ...ev('b-0517@oa.example', '专题会', '20220517T093000', '20220517T103000', [li]),
    ]),
  };

  test('control: the clash is found and the title keeps its text (RFC 5545 §3.3.11: \\n is a line break)', () => {
    const report = run(cfg, files);
    expect(digest(report)).toEqual(['double-booking people a-0517@oa.example b-0517@oa.example']);
  });

  // QB-23: the one-line finding (and the CLI's numbered paragraph) is broken in two by the title's line break.
  test.each(['zh-CN', 'en'] as const)('QB-23 (%s): the rendered finding is one line', (lang) => {
    const report = run(cfg, files);
    expect(renderFinding(report.findings[0]!, lang)).not.toMatch(/\n/u);
  });
});

describe('QB-24: an optional invitee (ROLE=OPT-PARTICIPANT, Outlook\'s “可选”) and his own meeting at the same time', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'cppcc', file: 'cppcc.ics', office: '区政协办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const files = (role: string) => ({
    'gov.ics': vcalendar(ev('a-0517@jb.gov.example', '区政府常务会议', '20220517T090000', '20220517T110000', ['ATTENDEE;ROLE=CHAIR;CN=李明:mailto:liming@jb.gov.example'])),
    'cppcc.ics': vcalendar(ev('b-0517@zx.example', '区政协专题协商会', '20220517T100000', '20220517T113000', [`ATTENDEE;ROLE=${role};CN=李明:mailto:liming@jb.gov.example`])),
  });

  test('control: as REQ-PARTICIPANT he is double-booked (error)', () => {
    expect(run(cfg, files('REQ-PARTICIPANT')).findings.map((f) => [f.kind, f.severity])).toEqual([['double-booking', 'error']]);
  });

  // QB-24: RFC 5545 §3.2.16 — OPT-PARTICIPANT is optional participation; the clash is what a tentative
  // invitation gives (tentative-overlap, warning), not an error that fails CI.
  test('QB-24: as OPT-PARTICIPANT the overlap is a warning (tentative-overlap), not a double-booking error', () => {
    expect(run(cfg, files('OPT-PARTICIPANT')).findings.map((f) => [f.kind, f.severity])).toEqual([['tentative-overlap', 'warning']]);
  });
});

describe('QB-12 (timed): an afternoon 外出 block and the visits it is for, on the leader\'s own calendar', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [{ id: 'mayor', file: 'mayor.ics', owner: 'li', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };

  // QB-12: the block “外出：赴青石镇调研” 13:30–18:00 and the two visits inside it (青石镇防汛检查, 与青石镇党委座谈)
  // are one afternoon out of the office, not three engagements; two double-booking errors.
  test('QB-12: the 外出 block and the visits inside it on the same personal calendar are no double booking', () => {
    const report = run(cfg, {
      'mayor.ics': vcalendar([
        ...ev('out-0516@icloud.example', '外出：赴青石镇调研', '20220516T133000', '20220516T180000'),
        ...ev('v1-0516@icloud.example', '青石镇防汛检查', '20220516T143000', '20220516T160000', ['LOCATION:青石镇']),
        ...ev('v2-0516@icloud.example', '与青石镇党委座谈', '20220516T161500', '20220516T173000', ['LOCATION:青石镇政府']),
      ]),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('QB-29: an OA export naming the leaders in DESCRIPTION (出席领导：李明), with no ATTENDEE lines', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'oa', file: 'oa.ics', office: '区政府办', level: 'district' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const party = vcalendar(ev('p1-0517@jb.gov.example', '区委常委会会议', '20220517T100000', '20220517T120000', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example']));
  const oa = (extra: string) => vcalendar(ev('oa-3317@oa.example', '区政府专题会', '20220517T090000', '20220517T110000', [extra]));

  test('control: the same OA meeting with ATTENDEE:李明 is a double booking', () => {
    expect(digest(run(cfg, { 'oa.ics': oa('ATTENDEE:李明'), 'party.ics': party }))).toEqual(['double-booking people oa-3317@oa.example p1-0517@jb.gov.example']);
  });

  // QB-29: the directory person named on the DESCRIPTION's 出席领导/参会人员 line is not a participant: the clash
  // is missed without a word (RFC 5545 has ATTENDEE for this; OA 会议通知 exports put the list in DESCRIPTION).
  test.each(['DESCRIPTION:出席领导：李明', 'DESCRIPTION:参会人员：李明、王芳、各镇街主要负责同志'])('QB-29: %s books 李明', (extra) => {
    expect(digest(run(cfg, { 'oa.ics': oa(extra), 'party.ics': party }))).toEqual(['double-booking people oa-3317@oa.example p1-0517@jb.gov.example']);
  });
});

describe('QB-31: an office calendar (no owner) marks its entries free (TRANSP:TRANSPARENT) so the office mailbox stays bookable; the leader it lists ACCEPTED', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'feed', file: 'feed.ics', office: '区政府办', level: 'district' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const li = 'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:liming@jb.gov.example';
  const files = (extra: readonly string[]) => ({
    'feed.ics': vcalendar(ev('f1-0517@jb.gov.example', '区政府专题会', '20220517T090000', '20220517T110000', [li, ...extra])),
    'party.ics': vcalendar(ev('p1-0517@jb.gov.example', '区委常委会会议', '20220517T100000', '20220517T120000', [li])),
  });

  test('control: the same entry without TRANSP double-books him', () => {
    expect(digest(run(cfg, files([])))).toEqual(['double-booking people f1-0517@jb.gov.example p1-0517@jb.gov.example']);
  });

  // QB-31: RFC 5545 §3.8.2.7 — TRANSP says whether the event blocks busy time *of the calendar it is on* (here the
  // office's); the attendee's own availability is his PARTSTAT (RFC 5546 §2.1.2). Read as "nobody is booked".
  test.each([['TRANSP:TRANSPARENT'], ['X-MICROSOFT-CDO-BUSYSTATUS:FREE']])('QB-31: with %s on the office calendar he is still double-booked', (extra) => {
    expect(digest(run(cfg, files([extra])))).toEqual(['double-booking people f1-0517@jb.gov.example p1-0517@jb.gov.example']);
  });
});

describe('QB-34: OA meetings exported with a start time only (no DTEND, no DURATION)', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }],
    calendars: [
      { id: 'oa', file: 'oa.ics', office: '区政府办', level: 'district' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
  };
  const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
  const startOnly = (uid: string, summary: string, start: string): string[] =>
    ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, li, 'LOCATION:第一会议室', 'END:VEVENT'];

  test('control: with DTEND the two meetings clash (person and room)', () => {
    const report = run(cfg, {
      'oa.ics': vcalendar(ev('o1@oa.example', '区政府专题会', '20220517T090000', '20220517T100000', [li, 'LOCATION:第一会议室'])),
      'party.ics': vcalendar(ev('p1@party.example', '区委常委会会议', '20220517T090000', '20220517T110000', [li, 'LOCATION:第一会议室'])),
    });
    expect(report.findings.map((f) => f.kind).sort()).toEqual(['double-booking', 'venue']);
  });

  // QB-34 (load part, fixed): the loader warns start-only-events per calendar.
  // QB-34 (fixed: rules/internal/sweep.ts): RFC 5545 §3.6.1 gives such an event zero length, and half-open intervals
  // made a zero-length meeting overlap nothing — not even another meeting starting at the same instant in the same
  // room with the same leader, nor a meeting that contains its start. It is now the instant [t, t].
  test('QB-34: two start-only meetings at 09:00 with 李明 in 第一会议室 clash (person and room)', () => {
    const report = run(cfg, {
      'oa.ics': vcalendar(startOnly('o1@oa.example', '区政府专题会', '20220517T090000')),
      'party.ics': vcalendar(startOnly('p1@party.example', '区委常委会会议', '20220517T090000')),
    });
    expect(report.findings.map((f) => f.kind).sort()).toEqual(['double-booking', 'venue']);
    expect(report.problems.map((p) => p.code)).toContain('start-only-events');
  });

  test('QB-34: a start-only meeting at 09:30 inside a 09:00–11:00 meeting of 李明 clashes', () => {
    const report = run(cfg, {
      'oa.ics': vcalendar(startOnly('o1@oa.example', '区政府专题会', '20220517T093000')),
      'party.ics': vcalendar(ev('p1@party.example', '区委常委会会议', '20220517T090000', '20220517T110000', [li, 'LOCATION:第一会议室'])),
    });
    expect(report.findings.map((f) => f.kind)).toContain('double-booking');
  });
});

describe('QB-36: an attendee typed without an address as name plus post (李明（区长）, 区长李明, 李明同志)', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'a', file: 'a.ics', office: '区政府办', level: 'district' },
      { id: 'b', file: 'b.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const files = (cn: string) => ({
    'a.ics': vcalendar(ev('x-0510@jb.gov.example', '区政府专题会', '20220510T090000', '20220510T110000', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])),
    'b.ics': vcalendar(ev('y-0510@jb.gov.example', '区委专题会', '20220510T100000', '20220510T120000', [`ATTENDEE;CN="${cn}":invalid:nomail`])),
  });

  test('control: CN=李明 with Outlook\'s invalid:nomail is the directory\'s 李明', () => {
    expect(digest(run(cfg, files('李明')))).toEqual(['double-booking people x-0510@jb.gov.example y-0510@jb.gov.example']);
  });

  // QB-36: the directory's 李明 holds the role 区长; “李明（区长）”, “区长李明”, “李明同志” are how staff type him in Outlook
  // without an address. Each becomes unknown:…, and the double booking is missed.
  test.each(['李明（区长）', '区长李明', '李明同志'])('QB-36: CN=%s is 李明', (cn) => {
    expect(digest(run(cfg, files(cn)))).toEqual(['double-booking people x-0510@jb.gov.example y-0510@jb.gov.example']);
  });
});

describe('QB-37: a meeting whose title says it is cancelled (【已取消】…, Outlook\'s “已取消: …”) without STATUS:CANCELLED', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    calendars: [
      { id: 'oa', file: 'oa.ics', office: '区政府办', level: 'district' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
  const files = (summary: string, extra: readonly string[] = []) => ({
    'oa.ics': vcalendar(ev('o1-0517@oa.example', summary, '20220517T090000', '20220517T110000', [li, ...extra])),
    'party.ics': vcalendar(ev('p1-0517@jb.gov.example', '区委常委会会议', '20220517T100000', '20220517T120000', [li])),
  });

  test('control: with STATUS:CANCELLED nobody is booked', () => {
    expect(digest(run(cfg, files('【已取消】区政府专题会', ['STATUS:CANCELLED'])))).toEqual([]);
  });

  // QB-37: OA systems without a status field (and attendee copies saved from Outlook, whose subject becomes “已取消: …”)
  // say it in the title; the cancelled meeting still books 李明: a double-booking error naming “【已取消】区政府专题会”.
  test.each(['【已取消】区政府专题会', '已取消: 区政府专题会', 'Canceled: 区政府专题会'])('QB-37: “%s” books nobody (or is reported as a likely cancellation)', (summary) => {
    const report = run(cfg, files(summary));
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('QB-19 (coverage): 领导带班、干部值班 — the 带班 leader\'s 24 hours run beside the staff shifts', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-16', to: '2022-05-17' },
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
    rules: [{ id: 'cov', kind: 'coverage', calendar: 'duty' }],
  };
  const daily = (uid: string, summary: string, start: string, end: string) => ev(uid, summary, start, end, ['RRULE:FREQ=DAILY;COUNT=3']);
  const roster = (withLeader: boolean) => vcalendar([
    ...ev('early@duty.example', '值班：赵强', '20220515T083000', '20220516T083000'),
    ...daily('day@duty.example', '白班：王芳', '20220516T083000', '20220516T173000'),
    ...daily('night@duty.example', '夜班：张伟', '20220516T173000', '20220517T083000'),
    ...(withLeader ? daily('lead@duty.example', '带班领导：李明', '20220516T083000', '20220517T083000') : []),
  ]);

  test('control: the staff shifts alone cover the window without gap or overlap', () => {
    expect(digest(run(cfg, { 'duty.ics': roster(false) }))).toEqual([]);
  });

  // QB-19: the 带班 entries make the whole window one coverage-overlap (“有 2 个班次重叠（1天15小时30分钟）”).
  test('QB-19: the 带班 leader beside the shifts is no coverage overlap', () => {
    expect(digest(run(cfg, { 'duty.ics': roster(true) }))).toEqual([]);
  });
});

describe('QB-39: the leader\'s same-title diary entry widened around the office meeting (QA26-18 family: later end, earlier start, no place)', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', owner: 'li', level: 'district' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
  };
  const gov = vcalendar(ev('g-0517@jb.gov.example', '区政府常务会议', '20220517T090000', '20220517T110000',
    ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'LOCATION:区政府大楼第一会议室']));
  const diary = (start: string, end: string, location: string | null) =>
    vcalendar(ev('m-0517@icloud.example', '区政府常务会议', `20220517T${start}`, `20220517T${end}`, location === null ? [] : [`LOCATION:${location}`]));

  // QA26-18 (fixed again with suggest's copy points listing same-title starts of any length): ending 30 minutes
  // later in the same room is his copy.
  test('QA26-18: ending 30 minutes later in the same room is his copy', () => {
    expect(digest(run(cfg, { 'gov.ics': gov, 'mayor.ics': diary('090000', '113000', '第一会议室') }))).toEqual([]);
  });

  // QB-39: 30 minutes earlier (the secretary blocks preparation time), or the same widening with no LOCATION on
  // the diary entry: double-booking (and venue) errors of the leader with his own meeting.
  test.each([
    ['083000', '110000', '第一会议室'],
    ['083000', '113000', '第一会议室'],
    ['090000', '113000', null],
  ])('QB-39: the diary entry %s–%s (%s) is his copy of the meeting', (start, end, location) => {
    expect(digest(run(cfg, { 'gov.ics': gov, 'mayor.ics': diary(start, end, location) }))).toEqual([]);
  });
});
