/**
 * A leader on calendars exported in different zones (DingTalk in UTC, Outlook with a Windows zone
 * name), personal all-day trips, declined invitations: what office staff see when they combine exports.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example', '李明'], roles: ['区长', '总河长'], office: '区政府办' },
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记'], office: '区委办' },
];

const OUTLOOK_TZ = [
  'BEGIN:VTIMEZONE',
  'TZID:China Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function base(rules: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    timezone: 'Asia/Shanghai',
    window: { from: '2022-05-01', to: '2022-05-31' },
    calendars: [
      { id: 'dingtalk', file: 'district-party.ics', office: '区委办', level: 'district' },
      { id: 'outlook', file: 'city-gov.ics', office: '市政府办', level: 'city' },
    ],
    people,
    rules,
    ...extra,
  };
}

function dingtalk(start: string, end: string): string {
  return vcalendar([
    'BEGIN:VEVENT',
    'UID:dt-0001@dingtalk.example',
    'DTSTAMP:20220501T000000Z',
    `DTSTART:${start}`,
    `DTEND:${end}`,
    'SUMMARY:区委常委会会议',
    'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:liming@jb.gov.example',
    'X-DINGTALK-EVENT-TYPE:meeting',
    'END:VEVENT',
  ]);
}

function outlook(start: string, end: string, attendee = 'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:liming@jb.gov.example'): string {
  return vcalendar([
    ...OUTLOOK_TZ,
    'BEGIN:VEVENT',
    'UID:040000008200E00074C5B7101A82E00800000000OUTLOOK1',
    'DTSTAMP:20220501T000000Z',
    `DTSTART;TZID=China Standard Time:${start}`,
    `DTEND;TZID=China Standard Time:${end}`,
    'SUMMARY:全市重点项目建设推进会',
    attendee,
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'END:VEVENT',
  ]);
}

describe('one leader, a UTC export and a Windows-zone export', () => {
  const rules = [{ id: 'people', kind: 'no-double-booking' }];

  test('09:00–11:00 Beijing in UTC and 09:30–10:30 China Standard Time overlap → double-booking for 李明', () => {
    const report = run(base(rules), {
      'district-party.ics': dingtalk('20220510T010000Z', '20220510T030000Z'),
      'city-gov.ics': outlook('20220510T093000', '20220510T103000'),
    });
    const found = ofKind(report, 'double-booking');
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f.rule).toBe('people');
    expect(f.severity).toBe('error');
    expect(refs(f)).toEqual(['040000008200E00074C5B7101A82E00800000000OUTLOOK1', 'dt-0001@dingtalk.example']);
    expect(f.people).toEqual(['li']);
    expect(f.data.overlapStart).toBe('2022-05-10T09:30:00+08:00');
    expect(f.data.overlapEnd).toBe('2022-05-10T10:30:00+08:00');
  });

  test('back to back across the zones (10:00 end in UTC, 10:00 start in China Standard Time) → nothing', () => {
    const report = run(base(rules), {
      'district-party.ics': dingtalk('20220510T010000Z', '20220510T020000Z'),
      'city-gov.ics': outlook('20220510T100000', '20220510T110000'),
    });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(2);
  });

  test('the Outlook file without its VTIMEZONE (Windows name only) still lands at +08:00', () => {
    const noTz = outlook('20220510T093000', '20220510T103000').replace(/BEGIN:VTIMEZONE[\s\S]*?END:VTIMEZONE\r\n/, '');
    const report = run(base(rules), {
      'district-party.ics': dingtalk('20220510T010000Z', '20220510T030000Z'),
      'city-gov.ics': noTz,
    });
    expect(ofKind(report, 'double-booking')).toHaveLength(1);
  });

  test('a declined Outlook invitation does not double-book him', () => {
    const report = run(base(rules), {
      'district-party.ics': dingtalk('20220510T010000Z', '20220510T030000Z'),
      'city-gov.ics': outlook('20220510T093000', '20220510T103000', 'ATTENDEE;CN=李明;PARTSTAT=DECLINED:mailto:liming@jb.gov.example'),
    });
    expect(digest(report)).toEqual([]);
  });

  // QB-31: the FREE busy status is the 市政府办 calendar's own free/busy (RFC 5545 §3.8.2.7); 李明 accepted
  // the meeting (PARTSTAT is his answer, RFC 5546 §2.1.2), so he is still double-booked.
  test('an Outlook FREE busy status on the office calendar does not free 李明, who accepted', () => {
    const report = run(base(rules), {
      'district-party.ics': dingtalk('20220510T010000Z', '20220510T030000Z'),
      'city-gov.ics': outlook('20220510T093000', '20220510T103000').replace('X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE'),
    });
    expect(digest(report)).toEqual(['double-booking people 040000008200E00074C5B7101A82E00800000000OUTLOOK1 dt-0001@dingtalk.example']);
  });

  test('a TENTATIVE Outlook meeting gives tentative-overlap, not double-booking', () => {
    const report = run(base(rules), {
      'district-party.ics': dingtalk('20220510T010000Z', '20220510T030000Z'),
      'city-gov.ics': outlook('20220510T093000', '20220510T103000').replace('SUMMARY:', 'STATUS:TENTATIVE\r\nSUMMARY:'),
    });
    expect(digest(report)).toEqual(['tentative-overlap people 040000008200E00074C5B7101A82E00800000000OUTLOOK1 dt-0001@dingtalk.example']);
  });
});

describe('all-day 出差 on a personal calendar against a meeting needing the 总河长', () => {
  const rules = [
    { id: 'people', kind: 'no-double-booking' },
    { id: 'chiefs', kind: 'required-attendance', event: { summary: '河湖长制' }, people: ['role:总河长'] },
  ];
  const cfg = {
    timezone: 'Asia/Shanghai',
    window: { from: '2022-06-01', to: '2022-06-30' },
    calendars: [
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    people,
    rules,
  };
  const meeting = vcalendar([
    'BEGIN:VEVENT',
    'UID:hz-0615',
    'DTSTAMP:20220501T000000Z',
    'DTSTART;TZID=Asia/Shanghai:20220615T090000',
    'DTEND;TZID=Asia/Shanghai:20220615T110000',
    'SUMMARY:全区河湖长制工作推进会',
    'ATTENDEE;CN=李明:mailto:liming@jb.gov.example',
    'END:VEVENT',
  ]);
  const trip = (extra: string[]): string =>
    vcalendar([
      'BEGIN:VEVENT',
      'UID:trip-0614',
      'DTSTAMP:20220501T000000Z',
      'DTSTART;VALUE=DATE:20220614',
      'DTEND;VALUE=DATE:20220617',
      'SUMMARY:出差：赴省委党校参加专题培训',
      ...extra,
      'END:VEVENT',
    ]);

  test.each([
    ['TRANSP:TRANSPARENT (Apple)', ['TRANSP:TRANSPARENT']],
    ['X-MICROSOFT-CDO-BUSYSTATUS:OOF (Outlook)', ['X-MICROSOFT-CDO-BUSYSTATUS:OOF']],
    ['plain VALUE=DATE', []],
  ])('%s → required-busy naming the trip, and a double-booking', (_label, extra) => {
    const report = run(cfg, { 'mayor.ics': trip(extra), 'gov.ics': meeting });
    const busy = ofKind(report, 'required-busy');
    expect(busy).toHaveLength(1);
    expect(busy[0]!.rule).toBe('chiefs');
    expect(busy[0]!.people).toEqual(['li']);
    expect(refs(busy[0]!)).toEqual(['hz-0615', 'trip-0614']);
    expect(busy[0]!.data.reference).toBe('role:总河长');
    const db = ofKind(report, 'double-booking');
    expect(db.map(refs)).toEqual([['hz-0615', 'trip-0614']]);
    expect(ofKind(report, 'required-missing')).toEqual([]);
  });

  test('the trip ends the day before (DTEND 20220615 is exclusive) → nothing', () => {
    const t = trip([]).replace('DTEND;VALUE=DATE:20220617', 'DTEND;VALUE=DATE:20220615');
    const report = run(cfg, { 'mayor.ics': t, 'gov.ics': meeting });
    expect(digest(report)).toEqual([]);
  });

  test('an all-day trip with no DTEND lasts one day (RFC 5545 §3.6.1) → 15 June is free', () => {
    const t = trip([]).replace('DTEND;VALUE=DATE:20220617\r\n', '').replace('20220614', '20220614');
    const report = run(cfg, { 'mayor.ics': t, 'gov.ics': meeting });
    expect(digest(report)).toEqual([]);
  });

  test('the 总河长 is neither attendee nor owner-busy → required-missing', () => {
    const noAttendee = meeting.replace('ATTENDEE;CN=李明:mailto:liming@jb.gov.example\r\n', '');
    const report = run({ ...cfg, calendars: [cfg.calendars[1]] }, { 'gov.ics': noAttendee });
    const missing = ofKind(report, 'required-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.people).toEqual(['li']);
    expect(refs(missing[0]!)).toEqual(['hz-0615']);
  });

  test('he declined the meeting he is required at → not double-booked with his trip', () => {
    const declined = meeting.replace('ATTENDEE;CN=李明:', 'ATTENDEE;CN=李明;PARTSTAT=DECLINED:');
    const report = run(cfg, { 'mayor.ics': trip([]), 'gov.ics': declined });
    expect(ofKind(report, 'double-booking')).toEqual([]);
  });
});
