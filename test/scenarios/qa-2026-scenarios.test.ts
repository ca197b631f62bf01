/**
 * QA 2026 (fresh-eyes QA): whole checks through the public API on small district calendars. Each
 * `test.failing` pins an open bug listed in /work/notes/qa-2026.md under its QA26 id; flip it to `test`
 * when the bug is fixed.
 */
import { DateTime } from 'luxon';
import { checkProposal, configWindow, loadCalendar, meetingToMove, prepareCheck, proposalFromOccurrence, renderFinding, renderProblem, suggestSlots, validateConfig, type PreparedCheck } from '../../src/index.js';
import { config, digest, ofKind, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhouht@jb.gov.example'], roles: ['区委书记', '总河长'] },
];
const stamp = 'DTSTAMP:20220401T000000Z';
const sh = (prop: string, day: string, time: string): string => `${prop};TZID=Asia/Shanghai:202205${day}T${time}00`;

describe('QA26-2: a saved iTIP cancellation (METHOD:CANCEL, RFC 5546 §3.2.5) without STATUS', () => {
  const uid = 'UID:040000008200E00074C5B7101A82E00800000000A1B2@outlook.example';
  const li = 'ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:liming@jb.gov.example';
  const meeting = (method: string, sequence: number, summary: string, extra: readonly string[] = []): string =>
    vcalendar(
      ['BEGIN:VEVENT', uid, stamp, `SEQUENCE:${sequence}`, `SUMMARY:${summary}`, sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'),
        'ORGANIZER:mailto:ban@jb.gov.example', li, ...extra, 'END:VEVENT'],
      [`METHOD:${method}`],
    );
  const other = vcalendar(['BEGIN:VEVENT', 'UID:other-77@dingtalk.example', stamp, 'SUMMARY:接待来访',
    sh('DTSTART', '10', '1000'), sh('DTEND', '10', '1030'), li, 'END:VEVENT']);
  const cfg = (files: readonly string[]): Record<string, unknown> => ({
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: files.map((f) => ({ id: f.replace('.ics', ''), file: f, office: '区政府办', level: 'district' })),
  });

  test('control: the cancellation with STATUS:CANCELLED frees 李明', () => {
    const report = run(cfg(['inv.ics', 'cancel.ics', 'other.ics']), {
      'inv.ics': meeting('REQUEST', 0, '专题调度会'),
      'cancel.ics': meeting('CANCEL', 1, '已取消: 专题调度会', ['STATUS:CANCELLED']),
      'other.ics': other,
    });
    expect(digest(report)).toEqual([]);
  });

  test('control: the invitation alone double-books 李明', () => {
    const report = run(cfg(['inv.ics', 'other.ics']), { 'inv.ics': meeting('REQUEST', 0, '专题调度会'), 'other.ics': other });
    expect(digest(report)).toHaveLength(1);
  });

  // QA26-2 (fixed): METHOD was never read, so a CANCEL without STATUS booked its attendees like an invitation.
  test('QA26-2: the invitation and its METHOD:CANCEL (no STATUS) give no double booking', () => {
    const report = run(cfg(['inv.ics', 'cancel.ics', 'other.ics']), {
      'inv.ics': meeting('REQUEST', 0, '专题调度会'),
      'cancel.ics': meeting('CANCEL', 1, '已取消: 专题调度会'),
      'other.ics': other,
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('QA26-3: a finding citing meetings on two clocks (a leader abroad, calendars[].timezone)', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li', timezone: 'America/New_York' },
    ],
  };
  const files = {
    'party.ics': vcalendar(['BEGIN:VEVENT', 'UID:video-0511@jb.example', stamp, 'SUMMARY:视频连线会议',
      sh('DTSTART', '11', '0900'), sh('DTEND', '11', '1100'), 'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT']),
    'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:ny-0510@icloud.example', stamp, 'SUMMARY:招商推介会',
      'DTSTART:20220510T210000', 'DTEND:20220510T230000', 'END:VEVENT']),
  };

  test('control: the clash is found, with the right instants in data', () => {
    const report = run(cfg, files);
    expect(digest(report)).toEqual(['double-booking people ny-0510@icloud.example video-0511@jb.example']);
    const data = report.findings[0]!.data as Record<string, unknown>;
    expect([data['firstStart'], data['secondStart']].sort()).toEqual(['2022-05-10T21:00:00-04:00', '2022-05-11T09:00:00+08:00']);
  });

  // QA26-3 (fixed): the sentence printed 5月11日 09:00–11:00 and 5月10日 21:00–23:00 with no clock named, so the
  // two meetings read as a day apart. A time not on the report zone's clock must say which clock it is on.
  test.each(['zh-CN', 'en'] as const)('QA26-3: the %s sentence names the other clock (or shows Beijing time)', (lang) => {
    const report = run(cfg, files);
    const message = renderFinding(report.findings[0]!, lang);
    const bothBeijing = (message.match(/09:00–11:00/gu) ?? []).length === 2;
    const marked = /纽约|New York|America\/New_York|UTC-4|UTC−4|GMT-4|-04:00|−04:00|EDT/u.test(message);
    expect(bothBeijing || marked).toBe(true);
  });
});

describe('QA26-4: a duty roster of all-day entries written transparent (Apple/Google defaults)', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-03' },
    rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
  };
  const roster = (transp: readonly string[]): string =>
    vcalendar(['李明', '王芳', '周海涛'].flatMap((name, i) => [
      'BEGIN:VEVENT', `UID:duty-2022050${i + 1}@icloud.example`, stamp, `SUMMARY:值班：${name}`,
      `DTSTART;VALUE=DATE:2022050${i + 1}`, `DTEND;VALUE=DATE:2022050${i + 2}`, ...transp, 'END:VEVENT',
    ]));

  test('control: the same roster written opaque covers the three days', () => {
    expect(digest(run(cfg, { 'duty.ics': roster(['TRANSP:OPAQUE']) }))).toEqual([]);
  });

  // QA26-4 (fixed): transparent entries were no shifts, so the staffed days are one 3-day coverage-gap error.
  test('QA26-4: the roster written TRANSP:TRANSPARENT covers the three days too', () => {
    expect(digest(run(cfg, { 'duty.ics': roster(['TRANSP:TRANSPARENT']) }))).toEqual([]);
  });
});

describe('QA26-5: a configured room written with a floor note in brackets', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'rooms', kind: 'venue' }],
    locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }, { name: '区委大楼301会议室', aliases: ['301会议室'] }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const files = (first: string, second: string): Record<string, string> => ({
    'party.ics': vcalendar(['BEGIN:VEVENT', 'UID:party-0510@jb.example', stamp, 'SUMMARY:区委专题会议',
      sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'), `LOCATION:${first}`, 'END:VEVENT']),
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:gov-0510@jb.example', stamp, 'SUMMARY:区政府协调会',
      sh('DTSTART', '10', '1000'), sh('DTEND', '10', '1200'), `LOCATION:${second}`, 'END:VEVENT']),
  });

  test('control: a (主会场) annotation is read past', () => {
    expect(digest(run(cfg, files('区委大楼301会议室(主会场)', '301会议室')))).toEqual(['venue rooms gov-0510@jb.example party-0510@jb.example']);
  });

  // QA26-5 (fixed): any other bracketed note kept the whole LOCATION as an unknown place of its own.
  test.each(['区政府大楼第一会议室（3楼）', '区政府大楼第一会议室(三楼东侧)'])('QA26-5: %s books 区政府大楼第一会议室', (location) => {
    expect(digest(run(cfg, files(location, '第一会议室')))).toEqual(['venue rooms gov-0510@jb.example party-0510@jb.example']);
  });
});

describe('QA26-8: checkProposal with an end before its start', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
  };
  const prepared = (): PreparedCheck => {
    const cfg = config(raw);
    const text = vcalendar(['BEGIN:VEVENT', 'UID:visit-0512@jb.example', stamp, 'SUMMARY:接访',
      sh('DTSTART', '12', '1000'), sh('DTEND', '12', '1100'), 'END:VEVENT']);
    const occurrences = loadCalendar(text, {
      meta: { id: 'mayor', name: 'mayor', office: '区政府办', level: 'district', owner: 'li' },
      window: configWindow(cfg.window, cfg.timezone), defaultZone: cfg.timezone, file: 'mayor.ics',
    }).occurrences;
    // The office calendar holds a meeting too: prepareCheck knows a calendar from its occurrences
    // (or from its optional `calendars` input, which the README's API tour does not mention).
    const gov = loadCalendar(vcalendar(['BEGIN:VEVENT', 'UID:gov-0511@jb.example', stamp, 'SUMMARY:区政府常务会议',
      sh('DTSTART', '11', '0900'), sh('DTEND', '11', '1100'), 'END:VEVENT']), {
      meta: { id: 'gov', name: 'gov', office: '区政府办', level: 'district' },
      window: configWindow(cfg.window, cfg.timezone), defaultZone: cfg.timezone, file: 'gov.ics',
    }).occurrences;
    return prepareCheck({ occurrences: [...occurrences, ...gov], config: cfg, window: cfg.window });
  };
  const at = (time: string): DateTime => DateTime.fromISO(`2022-05-12T${time}`, { zone: 'Asia/Shanghai' });

  test('control: 10:30–11:30 clashes with 接访', () => {
    const found = checkProposal(prepared(), { calendar: 'gov', summary: '新会', start: at('10:30'), end: at('11:30'), attendees: ['li'] });
    expect(found.map((f) => f.kind)).toEqual(['double-booking']);
  });

  // QA26-8 (fixed): start 11:30, end 10:30 returned [] — "no conflict" for a meeting nothing could judge.
  test('QA26-8: a reversed proposal is refused (throws) or still reported, never "no conflict"', () => {
    let outcome: string;
    try {
      const found = checkProposal(prepared(), { calendar: 'gov', summary: '新会', start: at('11:30'), end: at('10:30'), attendees: ['li'] });
      outcome = found.length === 0 ? 'silently free' : 'reported';
    } catch {
      outcome = 'refused';
    }
    expect(outcome).not.toBe('silently free');
  });
});

describe('QA26-9: two people called 张伟 with different addresses (重名)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    people: [{ id: 'zhangw', name: '张伟', aliases: ['mailto:zhangwei@jb.gov.example'], roles: ['副区长'] }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'town', file: 'town.ics', office: '青石镇党政办', level: 'township' },
    ],
  };
  const meeting = (uid: string, summary: string, attendee: string): string =>
    vcalendar(['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'), attendee, 'END:VEVENT']);

  test('control: the same address on both is one person, double-booked', () => {
    const report = run(raw, {
      'gov.ics': meeting('g@jb.example', '区政府专题会', 'ATTENDEE;CN=张伟:mailto:zhangwei@jb.gov.example'),
      'town.ics': meeting('t@qsz.example', '镇村干部会', 'ATTENDEE;CN=张副区长:mailto:zhangwei@jb.gov.example'),
    });
    expect(digest(report)).toEqual(['double-booking people g@jb.example t@qsz.example']);
  });

  // QA26-9 (fixed): the town's 张伟 (zhangwei@qsz…) was resolved by CN to the 副区长 (zhangwei@jb…).
  test('QA26-9: the township 张伟 at another address is not the 副区长', () => {
    const report = run(raw, {
      'gov.ics': meeting('g@jb.example', '区政府专题会', 'ATTENDEE;CN=张伟:mailto:zhangwei@jb.gov.example'),
      'town.ics': meeting('t@qsz.example', '镇村干部会', 'ATTENDEE;CN=张伟:mailto:zhangwei@qsz.gov.example'),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('QA26-11: an office calendar exported by Google (the office mailbox is ORGANIZER of every event, no guests)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'travel', kind: 'travel-time' }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  };
  const meeting = (uid: string, summary: string, from: string, to: string, room: string, more: readonly string[] = []): string[] => [
    'BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, sh('DTSTART', '10', from), sh('DTEND', '10', to),
    'ORGANIZER;CN=区政府办公室:mailto:qzfb@jb.gov.example', `LOCATION:${room}`, ...more, 'END:VEVENT',
  ];

  test('control: with 李明 invited to both, he is double-booked (and only he)', () => {
    const li = ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'];
    const report = run(raw, { 'gov.ics': vcalendar([
      ...meeting('a@jb.example', '区政府专题会议', '0900', '1100', '区政府大楼第一会议室', li),
      ...meeting('b@jb.example', '重点项目座谈会', '1000', '1200', '区政府大楼第二会议室', li),
    ]) });
    expect(report.findings.map((f) => `${f.kind} ${f.people.join(',')}`)).toEqual(['double-booking li']);
  });

  // QA26-11 (fixed): the organizer of an attendee-less event was booked, so the office mailbox was "double-booked".
  test('QA26-11: parallel meetings with no guests book nobody, the office mailbox included', () => {
    const report = run(raw, { 'gov.ics': vcalendar([
      ...meeting('a@jb.example', '区政府专题会议', '0900', '1100', '区政府大楼第一会议室'),
      ...meeting('b@jb.example', '重点项目座谈会', '1000', '1200', '区政府大楼第二会议室'),
    ]) });
    expect(digest(report)).toEqual([]);
  });
});

describe('QA26-13: a leader\'s stale copy of a weekly series the organizer has since changed (SEQUENCE 1 vs 0)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
  };
  const uid = 'UID:040000008200E00074C5B7101A82E00800000000CWHY@exchange.example';
  const li = 'ATTENDEE:mailto:liming@jb.gov.example';
  const series = (sequence: number, startDay: string, rule: string, more: readonly string[] = []): string[] => [
    'BEGIN:VEVENT', uid, stamp, `SEQUENCE:${sequence}`, 'SUMMARY:区政府常务会议',
    sh('DTSTART', startDay, '1500'), sh('DTEND', startDay, '1700'), `RRULE:${rule}`, li, ...more, 'END:VEVENT',
  ];
  const stale = vcalendar([
    ...series(0, '03', 'FREQ=WEEKLY;COUNT=4'),
    'BEGIN:VEVENT', 'UID:visit-0517@jb.example', stamp, 'SUMMARY:接待省考察组', sh('DTSTART', '17', '1530'), sh('DTEND', '17', '1630'), 'END:VEVENT',
  ]);

  test('control: the newer revision moves the 17 May instance by an override — no clash at its old slot', () => {
    const current = vcalendar([
      ...series(1, '03', 'FREQ=WEEKLY;COUNT=4'),
      'BEGIN:VEVENT', uid, stamp, 'SEQUENCE:1', 'SUMMARY:区政府常务会议', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220517T150000',
      sh('DTSTART', '19', '1500'), sh('DTEND', '19', '1700'), li, 'END:VEVENT',
    ]);
    expect(digest(run(raw, { 'gov.ics': current, 'mayor.ics': stale }))).toEqual([]);
  });

  // QA26-13 (fixed): instances the newer revision no longer has were not superseded, so the stale copy booked them.
  test.each([
    ['moved to Wednesdays', series(1, '04', 'FREQ=WEEKLY;COUNT=4')],
    ['17 May excluded', series(1, '03', 'FREQ=WEEKLY;COUNT=4', ['EXDATE;TZID=Asia/Shanghai:20220517T150000'])],
    ['shortened to 10 May', series(1, '03', 'FREQ=WEEKLY;UNTIL=20220510T235959Z')],
  ])('QA26-13: newer revision %s — 李明 is not double-booked on 17 May', (_case, current) => {
    expect(digest(run(raw, { 'gov.ics': vcalendar(current), 'mayor.ics': stale }))).toEqual([]);
  });
});

describe('QA26-14: a room booked as ATTENDEE;CUTYPE=RESOURCE (Google Workspace, GroupWise)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'rooms', kind: 'venue' }, { id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const booked = (cutype: string, uid: string, summary: string, from: string, to: string): string =>
    vcalendar(['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, sh('DTSTART', '10', from), sh('DTEND', '10', to),
      `ATTENDEE;CUTYPE=${cutype};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=区委大楼-3-301会议室 (30);X-NUM-GUESTS=0:mailto:c_1881abc@resource.calendar.google.com`,
      'END:VEVENT']);

  test('control: the same room as CUTYPE=ROOM is a venue clash', () => {
    const report = run(raw, { 'party.ics': booked('ROOM', 'a@google.com', '甲', '0900', '1100'), 'gov.ics': booked('ROOM', 'b@google.com', '乙', '1000', '1200') });
    expect(digest(report)).toEqual(['venue rooms a@google.com b@google.com']);
  });

  // QA26-14 (fixed): only CUTYPE=ROOM booked a place; Google's rooms are CUTYPE=RESOURCE.
  test('QA26-14: the room booked as CUTYPE=RESOURCE on both is a venue clash too', () => {
    const report = run(raw, { 'party.ics': booked('RESOURCE', 'a@google.com', '甲', '0900', '1100'), 'gov.ics': booked('RESOURCE', 'b@google.com', '乙', '1000', '1200') });
    expect(digest(report)).toEqual(['venue rooms a@google.com b@google.com']);
  });
});

describe('QA26-15: office hours typed end before start', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'w', kind: 'working-days', event: { calendar: 'gov' }, hours: { start: '17:30', end: '08:30' } }],
  };

  test('control: refused, at rules[0].hours', () => {
    const result = validateConfig(raw, 'tongchou.json');
    expect(result.ok).toBe(false);
    const problem = result.problems[0]!;
    expect(problem.source).toEqual({ file: 'tongchou.json', path: ['rules', 0, 'hours'] });
  });

  // QA26-15 (fixed): the problem was `window-reversed`, read as the check window's dates.
  test.each([['zh-CN', /检查区间|日期/u], ['en', /window/u]] as const)('QA26-15: the %s message is about office hours, not the check window', (lang, wrong) => {
    const problem = validateConfig(raw, 'tongchou.json').problems[0]!;
    expect(renderProblem(problem, lang)).not.toMatch(wrong);
  });
});

describe('QA26-17: a district calendar holds a copy of the city meeting its leaders attend', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    rules: [{ id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' }],
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'dist', file: 'dist.ics', office: '区委办', level: 'district' },
    ],
  };
  const cityMeeting = (uid: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, stamp, 'SUMMARY:临江市2022年总河长会议',
    'DTSTART;TZID=Asia/Shanghai:20220421T090000', 'DTEND;TZID=Asia/Shanghai:20220421T113000', 'END:VEVENT'];
  const districtMeeting = ['BEGIN:VEVENT', 'UID:d@dingtalk.com', stamp, 'SUMMARY:江滨区2022年总河长会议',
    'DTSTART;TZID=Asia/Shanghai:20220425T090000', 'DTEND;TZID=Asia/Shanghai:20220425T110000', 'END:VEVENT'];

  test('control: without the copy, the district meeting is in order and nothing is reported', () => {
    expect(digest(run(raw, { 'city.ics': vcalendar(cityMeeting('c@google.com')), 'dist.ics': vcalendar(districtMeeting) }))).toEqual([]);
  });

  // QA26-17 (fixed): the copy on the district calendar matches the dependent selector, and the city meeting
  // (its own copy) cannot be its prerequisite, so the city meeting gets order-missing.
  test.each([['the same UID', 'c@google.com'], ['a retyped copy', 'oa-77']])('QA26-17: with %s on the district calendar, still nothing', (_case, uid) => {
    const report = run(raw, { 'city.ics': vcalendar(cityMeeting('c@google.com')), 'dist.ics': vcalendar([...cityMeeting(uid), ...districtMeeting]) });
    expect(digest(report)).toEqual([]);
  });
});

describe('QA26-18: the leader\'s retyped copy ends 30 minutes later than the office\'s', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
  };
  const files = (end: string): Record<string, string> => ({
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:040000008200E00074C5B7101A82E008000000001234@exchange.example', stamp,
      'SUMMARY:区政府专题会议（老旧小区改造）', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'),
      'LOCATION:区政府大楼第一会议室', 'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT']),
    'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:8A1B2C3D-apple-0510@icloud.example', stamp,
      'SUMMARY:区政府专题会议（老旧小区改造）', sh('DTSTART', '10', '0900'), sh('DTEND', '10', end),
      'LOCATION:区政府大楼第一会议室', 'END:VEVENT']),
  });

  test('control: the same end — one meeting, nothing reported', () => {
    expect(digest(run(raw, files('1100')))).toEqual([]);
  });

  // QA26-18 (fixed): a retyped copy had to agree on the end too, so 李明 clashed with his own meeting.
  test('QA26-18: the copy ending at 11:30 is still the same meeting — no double booking', () => {
    expect(ofKind(run(raw, files('1130')), 'double-booking')).toEqual([]);
  });
});

describe('QA26-19: the required 总河长 delegates to his deputy', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    people: [...people, { id: 'chen', name: '陈静', aliases: ['mailto:chenj@jb.gov.example'], roles: ['副总河长'] }],
    rules: [{ id: 'chiefs', kind: 'required-attendance', event: { summary: '河湖长制' }, people: ['role:总河长'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  };
  const meeting = (...attendees: string[]): string => vcalendar(['BEGIN:VEVENT', 'UID:hhz-0510@jb.example', stamp,
    'SUMMARY:全区河湖长制工作推进会', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'), ...attendees, 'END:VEVENT']);

  test('control: a plain decline is required-missing with reason declined', () => {
    const found = ofKind(run(raw, { 'gov.ics': meeting('ATTENDEE;PARTSTAT=DECLINED:mailto:zhouht@jb.gov.example') }), 'required-missing');
    expect(found.map((f) => f.data.reason)).toEqual(['declined']);
  });

  // QA26-19 (fixed): DELEGATED was reported as declined; now reason `delegated`.
  test('QA26-19: a delegation is required-missing but not "declined"', () => {
    const found = ofKind(run(raw, { 'gov.ics': meeting(
      'ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO="mailto:chenj@jb.gov.example":mailto:zhouht@jb.gov.example',
      'ATTENDEE;PARTSTAT=ACCEPTED;DELEGATED-FROM="mailto:zhouht@jb.gov.example":mailto:chenj@jb.gov.example',
    ) }), 'required-missing');
    expect(found).toHaveLength(1);
    expect(found[0]!.data.reason).toBe('delegated');
  });
});

describe('QA26-21: an alias pasted from the mail client as "李明 <liming@…>"', () => {
  const raw = (alias: string): Record<string, unknown> => ({
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    people: [{ id: 'li', name: '李明', aliases: [alias] }],
    rules: [{ id: 'mayor', kind: 'required-attendance', event: { summary: '专题会' }, people: ['li'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  });
  const files = { 'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:zt-0510@jb.example', stamp, 'SUMMARY:专题会',
    sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'), 'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT']) };

  test('control: the plain address as alias — he is invited, nothing reported', () => {
    expect(digest(run(raw('liming@jb.gov.example'), files))).toEqual([]);
  });

  // QA26-21 (fixed): the name-addr alias was kept verbatim and matched nothing; no config warning either.
  test('QA26-21: the name-addr alias finds him too (or the config warns about it)', () => {
    const warned = validateConfig(raw('李明 <liming@jb.gov.example>'), 'tongchou.json').problems.length > 0;
    const found = digest(run(raw('李明 <liming@jb.gov.example>'), files)).length === 0;
    expect(found || warned).toBe(true);
  });
});

describe('QA26-22: calendars[].owner written as the leader\'s e-mail or name', () => {
  const raw = (owner: string): Record<string, unknown> => ({
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }],
    calendars: [{ id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner }],
  });

  test('control: a misspelt id is refused as unknown-person', () => {
    const result = validateConfig(raw('lim'), 'tongchou.json');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['unknown-person']);
  });

  // QA26-22 (fixed): was refused with "matches no id or alias" although it is his alias / name.
  test.each(['liming@jb.gov.example', '李明'])('QA26-22: owner %s is accepted, or refused without claiming it matches no alias', (owner) => {
    const result = validateConfig(raw(owner), 'tongchou.json');
    const falseClaim = result.problems.some((p) => p.code === 'unknown-person');
    expect(result.ok || !falseClaim).toBe(true);
  });
});

describe('QA26-24: two sessions of one weekly series at the same start', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
  };
  const series = ['BEGIN:VEVENT', 'UID:weekly@jb.example', stamp, 'SUMMARY:区政府常务会议', 'LOCATION:区政府大楼第一会议室',
    sh('DTSTART', '05', '0900'), sh('DTEND', '05', '1100'), 'RRULE:FREQ=WEEKLY;COUNT=4', 'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT'];
  const movedTo = (time: string, end: string): string[] => ['BEGIN:VEVENT', 'UID:weekly@jb.example', stamp, 'SUMMARY:区政府常务会议',
    'RECURRENCE-ID;TZID=Asia/Shanghai:20220512T090000', 'LOCATION:区政府大楼第一会议室', sh('DTSTART', '19', time), sh('DTEND', '19', end),
    'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT'];
  const kinds = (report: ReturnType<typeof run>): string[] => report.findings.map((f) => f.kind).sort();
  const noTrip = vcalendar([]);

  test('control: the 12 May session moved to 19 May 09:30 clashes with the 19 May session', () => {
    expect(kinds(run(raw, { 'gov.ics': vcalendar([...series, ...movedTo('0930', '1130')]), 'mayor.ics': noTrip }))).toEqual(['double-booking', 'venue']);
  });

  // QA26-24 (a) (fixed): at 09:00 the two sessions shared UID and start and were merged as copies.
  test('QA26-24: moved to 19 May 09:00, on top of the 19 May session, it clashes too', () => {
    expect(kinds(run(raw, { 'gov.ics': vcalendar([...series, ...movedTo('0900', '1100')]), 'mayor.ics': noTrip }))).toEqual(['double-booking', 'venue']);
  });

  const slotsFor12May = (): string[] => {
    const cfg = config(raw);
    const window = configWindow(cfg.window, cfg.timezone);
    const files: Record<string, string> = {
      'gov.ics': vcalendar(series),
      'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:trip@jb.example', stamp, 'SUMMARY:出差', 'DTSTART;VALUE=DATE:20220512', 'DTEND;VALUE=DATE:20220519', 'END:VEVENT']),
    };
    const occurrences = cfg.calendars.flatMap((c) => [...loadCalendar(files[c.file]!, {
      meta: { id: c.id, name: c.id, office: c.office, level: c.level, owner: c.owner }, window, defaultZone: cfg.timezone, file: c.file,
    }).occurrences]);
    const prepared = prepareCheck({ occurrences, config: cfg, window: cfg.window });
    const session = occurrences.find((o) => o.uid === 'weekly@jb.example' && o.start.setZone('Asia/Shanghai').toISODate() === '2022-05-12')!;
    const result = suggestSlots(proposalFromOccurrence(session), prepared, { count: 3, from: '2022-05-12', hours: { start: '09:00', end: '11:00' } });
    return result.slots.map((slot) => slot.start);
  };

  test('control: the search finds slots after the trip (20 May 09:00 among them)', () => {
    expect(slotsFor12May()).toContain('2022-05-20T09:00:00+08:00');
  });

  // QA26-24 (b) (fixed): the scheduling assistant offered exactly the 19 May session's start.
  test('QA26-24: suggestSlots never moves the 12 May session onto the 19 May session', () => {
    expect(slotsFor12May()).not.toContain('2022-05-19T09:00:00+08:00');
  });
});

describe('QA26-25: an all-day trip written by Exchange as UTC midnight-to-midnight (X-MICROSOFT-CDO-ALLDAYEVENT:TRUE)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'sec', file: 'sec.ics', office: '区委办', level: 'district', owner: 'zhou' },
    ],
  };
  const meeting = vcalendar(['BEGIN:VEVENT', 'UID:hhz-0615@jb.example', stamp, 'SUMMARY:全区河湖长制工作推进会',
    'DTSTART;TZID=Asia/Shanghai:20220615T090000', 'DTEND;TZID=Asia/Shanghai:20220615T110000', 'ATTENDEE:mailto:zhouht@jb.gov.example', 'END:VEVENT']);
  const trip = (start: string, end: string): string => vcalendar(['BEGIN:VEVENT', 'UID:trip-0614@exchange.example', stamp,
    'SUMMARY:出差：赴省委党校参加专题培训', start, end, 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE', 'TRANSP:TRANSPARENT', 'END:VEVENT']);

  test('control: the trip written VALUE=DATE double-books 周海涛', () => {
    const report = run(raw, { 'gov.ics': meeting, 'sec.ics': trip('DTSTART;VALUE=DATE:20220614', 'DTEND;VALUE=DATE:20220617') });
    expect(digest(report)).toEqual(['double-booking people hhz-0615@jb.example trip-0614@exchange.example']);
  });

  // QA26-25 (fixed): the midnight-to-midnight UTC form is a timed FREE item and no absence.
  test('QA26-25: the same trip as 20220613T160000Z–20220616T160000Z double-books him too', () => {
    const report = run(raw, { 'gov.ics': meeting, 'sec.ics': trip('DTSTART:20220613T160000Z', 'DTEND:20220616T160000Z') });
    expect(digest(report)).toEqual(['double-booking people hhz-0615@jb.example trip-0614@exchange.example']);
  });
});

describe('QA26-26: all-day leave and foreign trips on the leader\'s calendar, written transparent', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
  };
  const findings = (title: string): number => run(raw, {
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:zt-0510@jb.example', stamp, 'SUMMARY:专题会', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'),
      'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT']),
    'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:away-0510@icloud.example', stamp, `SUMMARY:${title}`,
      'DTSTART;VALUE=DATE:20220510', 'DTEND;VALUE=DATE:20220511', 'TRANSP:TRANSPARENT', 'END:VEVENT']),
  }).findings.length;

  test.each(['请假', '年休假', '出差'])('control: %s is an absence — 李明 double-booked', (title) => {
    expect(findings(title)).toBe(1);
  });

  // QA26-26 (fixed): the default absence words missed these.
  test.each(['病假', '事假', '年假', '婚假', '出访欧洲', '出国考察'])('QA26-26: %s is an absence too', (title) => {
    expect(findings(title)).toBe(1);
  });
});

describe('QA26-27: checkProposal with the recurrenceId written as another ISO form of the same instant', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  };
  const kindsFor = (recurrenceId: string): string[] => {
    const cfg = config(raw);
    const text = vcalendar(['BEGIN:VEVENT', 'UID:weekly@jb.example', stamp, 'SUMMARY:区政府常务会议', 'LOCATION:区政府大楼第一会议室',
      sh('DTSTART', '05', '0900'), sh('DTEND', '05', '1100'), 'RRULE:FREQ=WEEKLY;COUNT=4', 'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT']);
    const occurrences = loadCalendar(text, {
      meta: { id: 'gov', name: 'gov', office: '区政府办', level: 'district' },
      window: configWindow(cfg.window, cfg.timezone), defaultZone: cfg.timezone, file: 'gov.ics',
    }).occurrences;
    const prepared = prepareCheck({ occurrences: [...occurrences], config: cfg, window: cfg.window });
    const at = (time: string): DateTime => DateTime.fromISO(`2022-05-12T${time}`, { zone: 'Asia/Shanghai' });
    return checkProposal(prepared, {
      calendar: 'gov', uid: 'weekly@jb.example', recurrenceId, summary: '区政府常务会议', location: '区政府大楼第一会议室',
      attendees: ['li'], start: at('10:00'), end: at('12:00'),
    }).map((f) => f.kind);
  };

  test('control: the loader\'s own form (2022-05-12T01:00:00Z) leaves the old slot out', () => {
    expect(kindsFor('2022-05-12T01:00:00Z')).toEqual([]);
  });

  // QA26-27 (fixed): the same instant in another ISO form is not recognised.
  test.each(['2022-05-12T01:00:00.000Z', '2022-05-12T09:00:00+08:00'])('QA26-27: recurrenceId %s names the same session', (recurrenceId) => {
    expect(kindsFor(recurrenceId)).toEqual([]);
  });
});

describe('QA26-28: an all-day dependent scheduled on the day of the city meeting', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' } }],
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'dist', file: 'dist.ics', office: '区委办', level: 'district' },
    ],
  };
  const files = {
    'city.ics': vcalendar(['BEGIN:VEVENT', 'UID:city-0510@jb.example', stamp, 'SUMMARY:全市工作会议', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1130'), 'END:VEVENT']),
    'dist.ics': vcalendar(['BEGIN:VEVENT', 'UID:dist-0510@jb.example', stamp, 'SUMMARY:传达全市工作会议精神（全天集中学习）',
      'DTSTART;VALUE=DATE:20220510', 'DTEND;VALUE=DATE:20220511', 'END:VEVENT']),
  };

  test('control: the order is found', () => {
    expect(digest(run(raw, files))).toEqual(['order relay city-0510@jb.example dist-0510@jb.example']);
  });

  // QA26-28 (fixed): the suggestion is 10 May 11:30, a time of day for an all-day meeting.
  // Since QB-27, a relay written as the whole day of the city meeting cannot be judged (it may be that
  // afternoon): info, undetermined, no suggestion; the first certain day is 11 May, a day it can take.
  test('QA26-28: the suggestion for the all-day meeting is a day it can take (11 May), not 11:30 on 10 May', () => {
    const [finding] = run(raw, files).findings;
    expect(finding?.kind === 'order' && finding.data.earliestStart.startsWith('2022-05-11')).toBe(true);
    expect(finding?.severity).toBe('info');
    expect(finding?.suggestion ?? null).toBeNull();
  });
});

describe('QA26-29: the city meeting is scheduled just after the window (a Q2 check, city meeting on 5 July)', () => {
  const calendars = [
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
    { id: 'dist', file: 'dist.ics', office: '区委办', level: 'district' },
  ];
  const river = [{ id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' }];
  const city = (day: string): string => vcalendar(['BEGIN:VEVENT', 'UID:c@x', stamp, 'SUMMARY:临江市2022年总河长会议',
    `DTSTART;TZID=Asia/Shanghai:2022${day}T090000`, `DTEND;TZID=Asia/Shanghai:2022${day}T113000`, 'END:VEVENT']);
  const dist = (...more: string[]): string => vcalendar(['BEGIN:VEVENT', 'UID:d@x', stamp, 'SUMMARY:江滨区2022年总河长会议',
    'DTSTART;TZID=Asia/Shanghai:20220620T090000', 'DTEND;TZID=Asia/Shanghai:20220620T110000', ...more, 'END:VEVENT']);
  const q2 = { from: '2022-04-01', to: '2022-06-30' };

  test('control: with the city meeting on 25 June (inside the window) the district one is out of order', () => {
    expect(digest(run({ timezone: 'Asia/Shanghai', window: q2, calendars, rules: river }, { 'city.ics': city('0625'), 'dist.ics': dist() }))).toEqual(['order river c@x d@x']);
  });

  test('control: a window to 31 July sees the 5 July city meeting and reports the order', () => {
    const report = run({ timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-07-31' }, calendars, rules: river }, { 'city.ics': city('0705'), 'dist.ics': dist() });
    expect(digest(report)).toEqual(['order river c@x d@x']);
  });

  test('control: the same link with a window to 31 July gives the related-to order', () => {
    const report = run({ timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-07-31' }, calendars, rules: [] }, { 'city.ics': city('0705'), 'dist.ics': dist('RELATED-TO;RELTYPE=FINISHTOSTART:c@x') });
    expect(digest(report)).toEqual(['order related-to c@x d@x']);
  });

  // QA26-29 (fixed): nothing after the window was read; the district meeting gets a false "not scheduled in 2022".
  test('QA26-29: cycle year, city meeting on 5 July — order, not order-missing', () => {
    expect(digest(run({ timezone: 'Asia/Shanghai', window: q2, calendars, rules: river }, { 'city.ics': city('0705'), 'dist.ics': dist() }))).toEqual(['order river c@x d@x']);
  });

  test('QA26-29: a RELATED-TO FINISHTOSTART link to the 5 July meeting — order', () => {
    const report = run({ timezone: 'Asia/Shanghai', window: q2, calendars, rules: [] }, { 'city.ics': city('0705'), 'dist.ics': dist('RELATED-TO;RELTYPE=FINISHTOSTART:c@x') });
    expect(digest(report)).toEqual(['order related-to c@x d@x']);
  });
});

describe('QA26-30: ambiguous names in the config (one alias for two rooms, 重名)', () => {
  const base = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  };

  test('control: one alias for two people is reported (duplicate-alias)', () => {
    const result = validateConfig({ ...base, people: [{ id: 'a', name: '张伟', aliases: ['zw@x.example'] }, { id: 'b', name: '王伟', aliases: ['ZW@X.example'] }] }, 'tongchou.json');
    expect(result.problems.map((p) => p.code)).toEqual(['duplicate-alias']);
  });

  // QA26-30 (fixed): the same ambiguity for rooms, and two people of one name, passed silently.
  test.each([
    ['one alias for two rooms', { locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }, { name: '区委大楼第一会议室', aliases: ['第一会议室'] }] }],
    ['two rooms equal after NFKC', { locations: [{ name: '区委大楼301会议室' }, { name: '区委大楼３０１会议室' }] }],
    ['two people called 张伟', { people: [{ id: 'a', name: '张伟', aliases: ['zw@x.example'] }, { id: 'b', name: '张伟', aliases: ['zw2@x.example'] }] }],
  ])('QA26-30: %s is warned about', (_case, extra) => {
    expect(validateConfig({ ...base, ...extra }, 'tongchou.json').problems.length).toBeGreaterThan(0);
  });
});

describe('QA26-31: attendees without e-mail, written by Outlook as invalid:nomail', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const files = (second: string): Record<string, string> => ({
    'party.ics': vcalendar(['BEGIN:VEVENT', 'UID:a@jb.example', stamp, 'SUMMARY:甲', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'),
      'ATTENDEE;CN=王芳;RSVP=TRUE:invalid:nomail', 'END:VEVENT']),
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:b@jb.example', stamp, 'SUMMARY:乙', sh('DTSTART', '10', '1000'), sh('DTEND', '10', '1200'),
      `ATTENDEE;CN=${second};RSVP=TRUE:invalid:nomail`, 'END:VEVENT']),
  });

  test('control: 王芳 on both is double-booked', () => {
    expect(digest(run(raw, files('王芳')))).toEqual(['double-booking people a@jb.example b@jb.example']);
  });

  // QA26-31 (fixed): the shared placeholder address made 王芳 and 张伟 one person.
  test('QA26-31: 王芳 and 张伟, both invalid:nomail, are two people', () => {
    expect(digest(run(raw, files('张伟')))).toEqual([]);
  });
});

describe('QA26-32: the government office holds a copy of the 人代会 session it must keep quiet during', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'quiet', kind: 'quiet-period', event: { calendar: 'gov' }, during: { calendar: 'npc', summary: '人民代表大会' } }],
    calendars: [
      { id: 'npc', file: 'npc.ics', office: '区人大办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const session = (uid: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, stamp, 'SUMMARY:江滨区第十八届人民代表大会第二次会议',
    sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1700'), 'LOCATION:区会议中心', 'END:VEVENT'];
  const files = (copyUid: string): Record<string, string> => ({
    'npc.ics': vcalendar(session('npc-s2@jb.example')),
    'gov.ics': vcalendar(session(copyUid)),
  });

  test('control: a copy with the same UID is the session — nothing', () => {
    expect(digest(run(raw, files('npc-s2@jb.example')))).toEqual([]);
  });

  // QA26-32 (fixed): the retyped copy was taken for a government meeting held during the session.
  test('QA26-32: a retyped copy (new UID, same title, times and place) is the session too — nothing', () => {
    expect(digest(run(raw, files('oa-5521')))).toEqual([]);
  });
});

describe('QA26-33: the quarterly 联席会议 retyped onto a second office calendar', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    rules: [{ id: 'joint', kind: 'cadence', event: { summary: '联席会议' }, every: 'quarter', min: 1, max: 1 }],
    calendars: [
      { id: 'joint', file: 'joint.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const meeting = (uid: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, stamp, 'SUMMARY:四套班子联席会议',
    sh('DTSTART', '24', '1500'), sh('DTEND', '24', '1700'), 'LOCATION:区委大楼301会议室', 'END:VEVENT']);

  test('control: a same-UID copy counts once', () => {
    expect(digest(run(raw, { 'joint.ics': meeting('joint-q2@jb.example'), 'gov.ics': meeting('joint-q2@jb.example') }))).toEqual([]);
  });

  // QA26-33 (fixed): the retyped copy counted as a second meeting.
  test('QA26-33: a retyped copy (new UID, same title, times and room) counts once too', () => {
    expect(digest(run(raw, { 'joint.ics': meeting('joint-q2@jb.example'), 'gov.ics': meeting('oa-7781') }))).toEqual([]);
  });
});

describe('QA26-34: the English holiday finding', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' },
    rules: [{ id: 'workdays', kind: 'working-days', event: {} }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  };
  const report = (): ReturnType<typeof run> => run(raw, { 'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:dw-0603@jb.example', stamp, 'SUMMARY:党组会议',
    'DTSTART;TZID=Asia/Shanghai:20220603T090000', 'DTEND;TZID=Asia/Shanghai:20220603T100000', 'END:VEVENT']) });

  test('control: 3 June 2022 is 端午, a statutory holiday', () => {
    const found = ofKind(report(), 'holiday');
    expect(found.map((f) => [f.data.date, f.data.holiday])).toEqual([['2022-06-03', '端午']]);
  });

  // QA26-34 (fixed): the English sentence keeps the Chinese holiday name.
  test('QA26-34: the en sentence names the Dragon Boat Festival in English', () => {
    expect(renderFinding(report().findings[0]!, 'en')).toMatch(/Dragon Boat/u);
  });
});

describe('QA26-35: two room bookings without SUMMARY', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'rooms', kind: 'venue' }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const booking = (uid: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, stamp, sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'),
    'LOCATION:区委大楼301会议室', 'END:VEVENT']);
  const report = (): ReturnType<typeof run> => run(raw, { 'party.ics': booking('a-0510@jb.example'), 'gov.ics': booking('b-0510@jb.example') });

  test('control: the room clash is found', () => {
    expect(digest(report())).toEqual(['venue rooms a-0510@jb.example b-0510@jb.example']);
  });

  // QA26-35 (fixed): the titles were printed as empty quotes.
  test.each(['zh-CN', 'en'] as const)('QA26-35: the %s sentence has no empty quotes', (lang) => {
    expect(renderFinding(report().findings[0]!, lang)).not.toMatch(/“”|""/u);
  });
});

describe('QA26-38: the 总河长\'s diary says “出席…” for the office\'s meeting', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' }, people,
    rules: [{ id: 'chiefs', kind: 'required-attendance', event: { calendar: 'gov', summary: '河湖长制' }, people: ['role:总河长'] }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'sec', file: 'sec.ics', office: '区委办', level: 'district', owner: 'zhou' },
    ],
  };
  const entry = (uid: string, summary: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`,
    'DTSTART;TZID=Asia/Shanghai:20220615T090000', 'DTEND;TZID=Asia/Shanghai:20220615T110000', 'LOCATION:区政府大楼第一会议室', 'END:VEVENT']);
  const files = (diaryTitle: string): Record<string, string> => ({
    'gov.ics': entry('0400-hhz@exchange.example', '全区河湖长制工作推进会'),
    'sec.ics': entry('apple-77@icloud.example', diaryTitle),
  });

  test('control: the same title in his diary is his attendance', () => {
    expect(digest(run(raw, files('全区河湖长制工作推进会')))).toEqual([]);
  });

  // QA26-38 (fixed): a 出席/参加 prefix made it another meeting, so he is "not among the participants".
  test.each(['出席全区河湖长制工作推进会', '参加：全区河湖长制工作推进会'])('QA26-38: “%s” in his diary is his attendance too', (title) => {
    expect(digest(run(raw, files(title)))).toEqual([]);
  });
});

describe('QA26-39: copies on two calendars, same SEQUENCE, different LAST-MODIFIED', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
  };
  const copy = (modified: string, from: string, to: string, sequence: readonly string[] = []): string[] => ['BEGIN:VEVENT', 'UID:oa-1001@oa.example',
    `DTSTAMP:${modified}`, `LAST-MODIFIED:${modified}`, ...sequence, 'SUMMARY:专题会', sh('DTSTART', '10', from), sh('DTEND', '10', to),
    'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT'];
  const visit = ['BEGIN:VEVENT', 'UID:visit-0510@jb.example', stamp, 'SUMMARY:接访', sh('DTSTART', '10', '0930'), sh('DTEND', '10', '1000'), 'END:VEVENT'];

  test('control: with SEQUENCE 1 on the newer copy, the old slot books nobody', () => {
    const report = run(raw, {
      'gov.ics': vcalendar(copy('20220508T020000Z', '1400', '1600', ['SEQUENCE:1'])),
      'mayor.ics': vcalendar([...copy('20220401T020000Z', '0900', '1100'), ...visit]),
    });
    expect(digest(report)).toEqual([]);
  });

  // QA26-39 (fixed: the loader reads LAST-MODIFIED onto occurrences): it decided revisions within a file only.
  test('QA26-39: with only LAST-MODIFIED telling them apart, the old slot books nobody either', () => {
    const report = run(raw, {
      'gov.ics': vcalendar(copy('20220508T020000Z', '1400', '1600')),
      'mayor.ics': vcalendar([...copy('20220401T020000Z', '0900', '1100'), ...visit]),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('QA26-40: a cadence period given as an RRULE', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    rules: [{ id: 'dz', kind: 'cadence', event: { summary: '党组会' }, every: 'FREQ=MONTHLY;BYMONTHDAY=15' }],
    calendars: [{ id: 'j', file: 'j.ics', office: '区委办', level: 'district' }],
  };
  const report = (): ReturnType<typeof run> => run(raw, { 'j.ics': vcalendar(['BEGIN:VEVENT', 'UID:dz-0420@jb.example', stamp, 'SUMMARY:党组会',
    'DTSTART;TZID=Asia/Shanghai:20220420T090000', 'DTEND;TZID=Asia/Shanghai:20220420T100000', 'END:VEVENT']) });

  test('control: 15 May – 14 June has no 党组会', () => {
    const found = ofKind(report(), 'cadence-missed');
    expect(found.map((f) => f.data.periodStart)).toEqual(['2022-05-15T00:00:00+08:00']);
  });

  // QA26-40 (fixed): the sentence printed FREQ=MONTHLY;BYMONTHDAY=15.
  test.each([
    ['zh-CN', '（周期：每月15日起）'],
    ['en', '(every month from the 15th)'],
  ] as const)('QA26-40: the %s sentence has no raw RRULE text', (lang, words) => {
    const finding = report().findings[0]!;
    expect(renderFinding(finding, lang)).not.toMatch(/FREQ=|BYMONTHDAY/u);
    expect(renderFinding(finding, lang)).toContain(words);
    // The rule as written stays in the data.
    expect(finding.data).toMatchObject({ every: 'FREQ=MONTHLY;BYMONTHDAY=15' });
  });
});

describe('QA26-41: a switched-off rule with a broken parameter', () => {
  const raw = (enabled: boolean): Record<string, unknown> => ({
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'f', kind: 'follows', enabled, dependent: { summary: '(' }, prerequisite: { level: 'city' } }],
  });

  test('control: enabled, the broken regex is an error', () => {
    const result = validateConfig(raw(true), 'tongchou.json');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-regex']);
  });

  // QA26-41 (fixed): disabled, it still blocks the config.
  test('QA26-41: disabled ("enabled": false), the config is usable', () => {
    expect(validateConfig(raw(false), 'tongchou.json').ok).toBe(true);
  });
});

describe('QA26-42: two leaders visit the same town (LOCATION:青石镇) at the same time', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'rooms', kind: 'venue' }],
    calendars: [
      { id: 'sec', file: 'sec.ics', office: '区委办', level: 'district', owner: 'zhou' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
  };
  const visit = (uid: string, summary: string, from: string, to: string, place: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, stamp,
    `SUMMARY:${summary}`, sh('DTSTART', '20', from), sh('DTEND', '20', to), `LOCATION:${place}`, 'END:VEVENT']);

  test('control: two meetings in one meeting room clash', () => {
    const report = run(raw, { 'sec.ics': visit('v1@jb.example', '防汛调度会', '0900', '1200', '青石镇政府二楼会议室'),
      'mayor.ics': visit('v2@jb.example', '项目推进会', '1000', '1130', '青石镇政府二楼会议室') });
    expect(digest(report)).toEqual(['venue rooms v1@jb.example v2@jb.example']);
  });

  // QA26-42 (fixed): a town was taken for a room.
  test('QA26-42: LOCATION:青石镇 on both is no room clash', () => {
    const report = run(raw, { 'sec.ics': visit('v1@jb.example', '青石镇防汛检查', '0900', '1200', '青石镇'),
      'mayor.ics': visit('v2@jb.example', '青石镇项目调研', '1000', '1130', '青石镇') });
    expect(digest(report)).toEqual([]);
  });
});

describe('QA26-43: which meeting to move when a district leader clashes with a city meeting', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    locations: [{ name: '区委大楼301会议室' }, { name: '市行政中心1号楼大会堂' }],
    travel: [{ from: '区委大楼301会议室', to: '市行政中心1号楼大会堂', minutes: 40 }],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'travel', kind: 'travel-time' }],
    calendars: [
      { id: 'city-gov', file: 'city.ics', office: '市政府办', level: 'city' },
      { id: 'district-gov', file: 'district.ics', office: '区政府办', level: 'district' },
    ],
  };
  const li = 'ATTENDEE:mailto:liming@jb.gov.example';
  const meeting = (uid: string, summary: string, from: string, to: string, place: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, stamp,
    `SUMMARY:${summary}`, sh('DTSTART', '12', from), sh('DTEND', '12', to), `LOCATION:${place}`, li, 'END:VEVENT'];
  const moved = (cityFrom: string, cityTo: string, kind: string): string | null => {
    const report = run(raw, {
      'city.ics': vcalendar(meeting('city-0512@lj.example', '全市重点项目建设推进会', cityFrom, cityTo, '市行政中心1号楼大会堂')),
      'district.ics': vcalendar(meeting('dist-0512@jb.example', '区政府专题会议', '0900', '1000', '区委大楼301会议室')),
    });
    const finding = report.findings.find((f) => f.kind === kind);
    if (finding === undefined) throw new Error(`no ${kind}: ${JSON.stringify(digest(report))}`);
    // The levels come from the config: a finding's occurrences name their calendars only.
    return meetingToMove(finding, (id) => raw.calendars.find((c) => c.id === id)?.level as 'city' | 'district' | undefined);
  };

  test('control: with the district meeting later, the district meeting is moved', () => {
    const report = run(raw, {
      'city.ics': vcalendar(meeting('city-0512@lj.example', '全市重点项目建设推进会', '0800', '0930', '市行政中心1号楼大会堂')),
      'district.ics': vcalendar(meeting('dist-0512@jb.example', '区政府专题会议', '0900', '1000', '市行政中心1号楼大会堂')),
    });
    expect(meetingToMove(ofKind(report, 'double-booking')[0]!)).toBe('district-gov/dist-0512@jb.example');
  });

  // QA26-43 (fixed): the later meeting was the city's, so the city's meeting was proposed for a move.
  test.each([
    ['double-booking', '0930', '1100'],
    ['travel-time', '1015', '1200'],
  ])('QA26-43: %s — the district meeting is the one to move', (kind, from, to) => {
    expect(moved(from, to, kind)).toBe('district-gov/dist-0512@jb.example');
  });
});

describe('QA26-44: a duty calendar with timed shifts and an all-day holiday note', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-06-03', to: '2022-06-05' },
    rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district', name: '总值班室排班' }],
  };
  const shifts = [
    'BEGIN:VEVENT', 'UID:day@duty.example', stamp, 'SUMMARY:白班', 'DTSTART;TZID=Asia/Shanghai:20220603T083000',
    'DTEND;TZID=Asia/Shanghai:20220603T173000', 'RRULE:FREQ=DAILY;COUNT=3', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:night@duty.example', stamp, 'SUMMARY:夜班', 'DTSTART;TZID=Asia/Shanghai:20220602T173000',
    'DTEND;TZID=Asia/Shanghai:20220603T083000', 'RRULE:FREQ=DAILY;COUNT=4', 'EXDATE;TZID=Asia/Shanghai:20220604T173000', 'END:VEVENT',
  ];
  const note = ['BEGIN:VEVENT', 'UID:note@duty.example', stamp, 'SUMMARY:端午节假期（注意值班纪律）',
    'DTSTART;VALUE=DATE:20220603', 'DTEND;VALUE=DATE:20220606', 'TRANSP:TRANSPARENT', 'END:VEVENT'];
  const gaps = (body: string[]): string[] => ofKind(run(raw, { 'duty.ics': vcalendar(body) }), 'coverage-gap').map((f) => `${f.data.start}/${f.data.end}`);

  test('control: the missing 4 June night shift is a gap', () => {
    expect(gaps(shifts)).toEqual(['2022-06-04T17:30:00+08:00/2022-06-05T08:30:00+08:00']);
  });

  // QA26-44 (fixed): since 788aa8b the transparent all-day note counts as a shift and covers the gap.
  test('QA26-44: with an all-day note on the calendar, the gap is still reported', () => {
    expect(gaps([...shifts, ...note])).toEqual(['2022-06-04T17:30:00+08:00/2022-06-05T08:30:00+08:00']);
  });
});

describe('QA26-45: a bracket naming the building, after an alias another building owns', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'rooms', kind: 'venue' }],
    locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }, { name: '区委大楼第一会议室', aliases: ['区委第一会议室'] }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const files = (partyRoom: string): Record<string, string> => ({
    'party.ics': vcalendar(['BEGIN:VEVENT', 'UID:party-0510@jb.example', stamp, 'SUMMARY:区委会议', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'), `LOCATION:${partyRoom}`, 'END:VEVENT']),
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:gov-0510@jb.example', stamp, 'SUMMARY:区政府会议', sh('DTSTART', '10', '1000'), sh('DTEND', '10', '1200'), 'LOCATION:第一会议室', 'END:VEVENT']),
  });

  test('control: a floor note after the 区政府 room still books it (QA26-5 fixed)', () => {
    expect(digest(run(raw, files('区政府大楼第一会议室（3楼）')))).toEqual(['venue rooms gov-0510@jb.example party-0510@jb.example']);
  });

  // QA26-45 (fixed): the building named in brackets is dropped with the note.
  test.each(['第一会议室（区委大楼）', '第一会议室(区委大楼3楼)'])('QA26-45: “%s” is not the 区政府 room', (room) => {
    expect(digest(run(raw, files(room)))).toEqual([]);
  });
});

describe('QA26-46: a METHOD:CANCEL that uninvites one attendee (no STATUS, RFC 5546 §3.2.5)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
    rules: [{ id: 'people', kind: 'no-double-booking' }],
    calendars: ['inv', 'cancel', 'other'].map((id) => ({ id, file: `${id}.ics`, office: '区政府办', level: 'district' })),
  };
  const uid = 'UID:040000008200E00074C5B7101A82E00800000000A1B2@outlook.example';
  const li = 'ATTENDEE:mailto:liming@jb.gov.example';
  const zhou = 'ATTENDEE:mailto:zhouht@jb.gov.example';
  const copy = (method: string, sequence: number, attendees: readonly string[]): string => vcalendar(['BEGIN:VEVENT', uid, stamp, `SEQUENCE:${sequence}`,
    'SUMMARY:专题调度会', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'), 'ORGANIZER:mailto:ban@jb.gov.example', ...attendees, 'END:VEVENT'], [`METHOD:${method}`]);
  const other = vcalendar(['BEGIN:VEVENT', 'UID:visit-0510@jb.example', stamp, 'SUMMARY:接待来访', sh('DTSTART', '10', '1000'), sh('DTEND', '10', '1030'), li, zhou, 'END:VEVENT']);
  const booked = (cancel: string): string[] => run(raw, { 'inv.ics': copy('REQUEST', 0, [li, zhou]), 'cancel.ics': cancel, 'other.ics': other })
    .findings.map((f) => `${f.kind} ${f.people.join(',')}`).sort();

  test('control: without the CANCEL both are double-booked', () => {
    expect(run(raw, { 'inv.ics': copy('REQUEST', 0, [li, zhou]), 'cancel.ics': vcalendar([]), 'other.ics': other }).findings.map((f) => f.people.join(','))).toEqual(['li,zhou']);
  });

  // QA26-46 (fixed): the uninvitation of 周海涛 cancels the meeting for 李明 too.
  test('QA26-46: after 周海涛 is uninvited, 李明 is still double-booked', () => {
    expect(booked(copy('CANCEL', 1, [zhou]))).toEqual(['double-booking li']);
  });
});

describe('QA26-47: a finding citing meetings in two different years', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' } }],
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'dist', file: 'dist.ics', office: '区委办', level: 'district' },
    ],
  };
  const report = (): ReturnType<typeof run> => run(raw, {
    'city.ics': vcalendar(['BEGIN:VEVENT', 'UID:c@x', stamp, 'SUMMARY:全市经济工作会议', 'DTSTART;TZID=Asia/Shanghai:20230410T090000', 'DTEND;TZID=Asia/Shanghai:20230410T113000', 'END:VEVENT']),
    'dist.ics': vcalendar(['BEGIN:VEVENT', 'UID:d@x', stamp, 'SUMMARY:传达全市经济工作会议精神', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000', 'END:VEVENT']),
  });

  test('control: an order finding pairs the May 2022 meeting with the April 2023 one', () => {
    const found = ofKind(report(), 'order');
    expect(found.map((f) => f.suggestion?.earliestStart)).toEqual(['2023-04-10T11:30:00+08:00']);
  });

  // QA26-47 (fixed): the sentence showed 5月10日 and 4月10日 with no year.
  test.each([['zh-CN', /2023/u], ['en', /2023/u]] as const)('QA26-47: the %s sentence shows the year of the 2023 meeting', (lang, year) => {
    expect(renderFinding(ofKind(report(), 'order')[0]!, lang)).toMatch(year);
  });
});

describe('QA26-48: rooms written as a bare number or a …中心, with no locations configured', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    rules: [{ id: 'rooms', kind: 'venue' }],
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const clash = (place: string): string[] => digest(run(raw, {
    'party.ics': vcalendar(['BEGIN:VEVENT', 'UID:a@jb.example', stamp, 'SUMMARY:甲', sh('DTSTART', '10', '0900'), sh('DTEND', '10', '1100'), `LOCATION:${place}`, 'END:VEVENT']),
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:b@jb.example', stamp, 'SUMMARY:乙', sh('DTSTART', '10', '1000'), sh('DTEND', '10', '1200'), `LOCATION:${place}`, 'END:VEVENT']),
  }));

  test.each(['小会议室', '第一会场'])('control: %s is a room — clash', (place) => {
    expect(clash(place)).toEqual(['venue rooms a@jb.example b@jb.example']);
  });

  // QA26-48 (fixed): since b90b961 these were no rooms any more.
  test.each(['301', '3楼301', '视频会商中心', '会议中心'])('QA26-48: %s is a room — clash', (place) => {
    expect(clash(place)).toEqual(['venue rooms a@jb.example b@jb.example']);
  });
});

describe('QA26-49: a REFID/CONCEPT shared with a city meeting just after the window', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, rules: [],
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'dist', file: 'dist.ics', office: '区委办', level: 'district' },
    ],
  };
  const files = (link: string, cityDay: string): Record<string, string> => ({
    'city.ics': vcalendar(['BEGIN:VEVENT', 'UID:c@x', stamp, 'SUMMARY:全市营商环境大会', link,
      `DTSTART;TZID=Asia/Shanghai:2022${cityDay}T090000`, `DTEND;TZID=Asia/Shanghai:2022${cityDay}T113000`, 'END:VEVENT']),
    'dist.ics': vcalendar(['BEGIN:VEVENT', 'UID:d@x', stamp, 'SUMMARY:全区营商环境推进会', link,
      'DTSTART;TZID=Asia/Shanghai:20220620T090000', 'DTEND;TZID=Asia/Shanghai:20220620T110000', 'END:VEVENT']),
  });
  const links = ['REFID:2022-yingshang', 'CONCEPT:urn:jb:yingshang-2022'];

  test.each(links)('control: %s with the city meeting on 25 June — order', (link) => {
    expect(digest(run(raw, files(link, '0625')))).toEqual(['order related-to c@x d@x']);
  });

  // QA26-49 (fixed): holders after the window are not read for REFID/CONCEPT.
  test.each(links)('QA26-49: %s with the city meeting on 5 July — order', (link) => {
    expect(digest(run(raw, files(link, '0705')))).toEqual(['order related-to c@x d@x']);
  });
});

describe('QA26-51: a duty roster of all-day entries titled only with the name of the person on duty', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-03' }, people,
    rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
  };
  const roster = (title: (name: string) => string): string => vcalendar(['李明', '王芳', '周海涛'].flatMap((name, i) => [
    'BEGIN:VEVENT', `UID:duty-2022050${i + 1}@icloud.example`, stamp, `SUMMARY:${title(name)}`,
    `DTSTART;VALUE=DATE:2022050${i + 1}`, `DTEND;VALUE=DATE:2022050${i + 2}`, 'TRANSP:TRANSPARENT', 'END:VEVENT',
  ]), ['X-WR-CALNAME:总值班室排班']);

  test('control: “值班：李明” entries cover the three days', () => {
    expect(digest(run(raw, { 'duty.ics': roster((n) => `值班：${n}`) }))).toEqual([]);
  });

  // QA26-51 (fixed): a bare name was taken for a note, so the staffed days were a gap.
  test('QA26-51: entries titled just “李明”, “王芳”, “周海涛” cover the three days too', () => {
    expect(digest(run(raw, { 'duty.ics': roster((n) => n) }))).toEqual([]);
  });
});

describe('QA26-30 (addendum): a calendar owner written as a name two people share', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    people: [{ id: 'a', name: '张伟', aliases: ['zw@x.example'] }, { id: 'b', name: '张伟', aliases: ['zw2@x.example'] }],
    calendars: [{ id: 'm', file: 'm.ics', office: '区政府办', level: 'district', owner: '张伟' }],
  };

  test('control: an unambiguous id is accepted as it is', () => {
    const result = validateConfig({ ...raw, calendars: [{ ...raw.calendars[0], owner: 'b' }] }, 'tongchou.json');
    expect(result.ok && result.config.calendars[0]!.owner).toBe('b');
  });

  // QA26-30 (fixed): the ambiguous name silently became the first 张伟.
  test('QA26-30: owner “张伟” with two 张伟 is reported, not silently the first', () => {
    const result = validateConfig(raw, 'tongchou.json');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain('ambiguous-person');
  });
});
