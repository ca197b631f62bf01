/**
 * Rooms and travel as office staff write them: aliases, full-width digits, rooms as ATTENDEE;CUTYPE=ROOM,
 * online meetings in LOCATION, and travel times from the config.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记'] },
];

const cfg = {
  timezone: 'Asia/Shanghai',
  window: { from: '2022-06-01', to: '2022-06-30' },
  calendars: [
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    { id: 'congress', file: 'congress.ics', office: '区人大办', level: 'district' },
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
  ],
  people,
  locations: [
    { name: '区委大楼301会议室', aliases: ['301会议室', '区委301'] },
    { name: '市行政中心1号楼大会堂', aliases: ['市政府大会堂'] },
    { name: '青石镇河道' },
  ],
  travel: [{ from: '区委大楼301会议室', to: '市行政中心1号楼大会堂', minutes: 40 }],
  rules: [
    { id: 'rooms', kind: 'venue' },
    { id: 'travel', kind: 'travel-time', defaultMinutes: 30 },
  ],
};

function ev(uid: string, start: string, end: string, summary: string, extra: string[]): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20220501T000000Z',
    `DTSTART;TZID=Asia/Shanghai:${start}`,
    `DTEND;TZID=Asia/Shanghai:${end}`,
    `SUMMARY:${summary}`,
    ...extra,
    'END:VEVENT',
  ];
}
const zhou = 'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example';

function files(party: string[][], congress: string[][] = [], city: string[][] = []): Record<string, string> {
  return { 'party.ics': vcalendar(party.flat()), 'congress.ics': vcalendar(congress.flat()), 'city.ics': vcalendar(city.flat()) };
}

describe('venue', () => {
  test('301会议室 and 区委大楼301会议室 (an alias) overlapping on two offices → venue, named by the canonical room', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T110000', '区委专题会议', ['LOCATION:301会议室'])],
      [ev('b', '20220608T100000', '20220608T113000', '区人大常委会主任会议', ['LOCATION:区委大楼301会议室'])],
    ));
    expect(digest(report)).toEqual(['venue rooms a b']);
    const f = ofKind(report, 'venue')[0]!;
    expect(f.severity).toBe('error');
    expect(JSON.stringify(f.data)).toContain('区委大楼301会议室');
  });

  test('full-width ３０１会议室 is the same room', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T110000', '区委专题会议', ['LOCATION:３０１会议室'])],
      [ev('b', '20220608T100000', '20220608T113000', '区人大常委会主任会议', ['LOCATION:区委大楼301会议室'])],
    ));
    expect(digest(report)).toEqual(['venue rooms a b']);
  });

  test('a room written only as ATTENDEE;CUTYPE=ROOM (Outlook) clashes with a LOCATION', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T110000', '区委专题会议', ['LOCATION:301会议室'])],
      [ev('b', '20220608T100000', '20220608T113000', '区人大常委会主任会议', ['ATTENDEE;CUTYPE=ROOM;CN=区委大楼301会议室:mailto:room301@jb.gov.example'])],
    ));
    expect(digest(report)).toEqual(['venue rooms a b']);
  });

  test('back to back in one room → nothing', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T100000', '区委专题会议', ['LOCATION:301会议室'])],
      [ev('b', '20220608T100000', '20220608T113000', '区人大常委会主任会议', ['LOCATION:区委大楼301会议室'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('two online meetings with the same Tencent link text → no venue clash', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T110000', '视频调度会', ['LOCATION:https://meeting.tencent.com/dm/abc'])],
      [ev('b', '20220608T100000', '20220608T113000', '线上培训', ['LOCATION:https://meeting.tencent.com/dm/abc'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  // Regression, qa-bugs.md QA-2 (fixed): an online meeting written as the app's name (腾讯会议, no URL), as Chinese offices write it,
  // is taken for a room: two different 腾讯会议 at the same time "book the same room".
  test('two different meetings held on 腾讯会议 (LOCATION is just the app name) → no venue clash', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T110000', '视频调度会', ['LOCATION:腾讯会议'])],
      [ev('b', '20220608T100000', '20220608T113000', '线上培训', ['LOCATION:腾讯会议'])],
    ));
    expect(digest(report)).toEqual([]);
  });

  // Regression, qa-bugs.md QA-3 (fixed): a LOCATION that names a room AND carries the join link (hybrid meeting) loses its room.
  test('hybrid meeting "301会议室（腾讯会议 https://…）" still books 301 → venue clash with a meeting in 301', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T110000', '区委专题会议', ['LOCATION:301会议室（腾讯会议 https://meeting.tencent.com/dm/abc）'])],
      [ev('b', '20220608T100000', '20220608T113000', '区人大常委会主任会议', ['LOCATION:区委大楼301会议室'])],
    ));
    expect(digest(report)).toEqual(['venue rooms a b']);
  });

  test('a cancelled booking of the room → nothing', () => {
    const report = run(cfg, files(
      [ev('a', '20220608T090000', '20220608T110000', '区委专题会议', ['LOCATION:301会议室', 'STATUS:CANCELLED'])],
      [ev('b', '20220608T100000', '20220608T113000', '区人大常委会主任会议', ['LOCATION:区委大楼301会议室'])],
    ));
    expect(digest(report)).toEqual([]);
  });
});

describe('travel-time', () => {
  test('301 ends 10:00, city hall at 10:15, 40 minutes configured → travel-time with the configured minutes', () => {
    const report = run(cfg, files(
      [ev('study', '20220607T083000', '20220607T100000', '区委理论学习中心组学习会', ['LOCATION:301会议室', zhou])],
      [],
      [ev('cityw', '20220607T101500', '20220607T120000', '市委城市工作会议', ['LOCATION:市政府大会堂', zhou])],
    ));
    expect(digest(report)).toEqual(['travel-time travel cityw study']);
    const f = ofKind(report, 'travel-time')[0]!;
    expect(f.people).toEqual(['zhou']);
    expect(f.severity).toBe('warning');
    expect(JSON.stringify(f.data)).toContain('40');
  });

  test('the configured pair read in the other direction (city hall → 301) also needs 40 minutes', () => {
    const report = run(cfg, files(
      [ev('study', '20220607T103000', '20220607T120000', '区委理论学习中心组学习会', ['LOCATION:区委301', zhou])],
      [],
      [ev('cityw', '20220607T090000', '20220607T100000', '市委城市工作会议', ['LOCATION:市行政中心1号楼大会堂', zhou])],
    ));
    expect(digest(report)).toEqual(['travel-time travel cityw study']);
  });

  test('exactly 40 minutes between → nothing', () => {
    const report = run(cfg, files(
      [ev('study', '20220607T083000', '20220607T100000', '区委理论学习中心组学习会', ['LOCATION:301会议室', zhou])],
      [],
      [ev('cityw', '20220607T104000', '20220607T120000', '市委城市工作会议', ['LOCATION:市政府大会堂', zhou])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('a pair with no travel entry uses defaultMinutes (30): 20 minutes → finding, 30 → nothing', () => {
    const near = run(cfg, files(
      [ev('study', '20220607T083000', '20220607T100000', '学习会', ['LOCATION:301会议室', zhou]),
        ev('river', '20220607T102000', '20220607T120000', '巡河', ['LOCATION:青石镇河道', zhou])],
    ));
    expect(digest(near)).toEqual(['travel-time travel river study']);
    const ok = run(cfg, files(
      [ev('study', '20220607T083000', '20220607T100000', '学习会', ['LOCATION:301会议室', zhou]),
        ev('river', '20220607T103000', '20220607T120000', '巡河', ['LOCATION:青石镇河道', zhou])],
    ));
    expect(digest(ok)).toEqual([]);
  });

  test('alias and canonical name are one place → no travel needed', () => {
    const report = run(cfg, files(
      [ev('a', '20220607T083000', '20220607T100000', '学习会', ['LOCATION:301会议室', zhou]),
        ev('b', '20220607T100000', '20220607T110000', '常委会', ['LOCATION:区委大楼301会议室', zhou])],
    ));
    expect(digest(report)).toEqual([]);
  });

  test('from a room to an online meeting → no travel needed', () => {
    const report = run(cfg, files(
      [ev('a', '20220607T083000', '20220607T100000', '学习会', ['LOCATION:301会议室', zhou]),
        ev('b', '20220607T100000', '20220607T110000', '视频连线', ['LOCATION:https://meeting.tencent.com/dm/xyz', zhou])],
    ));
    expect(digest(report)).toEqual([]);
  });
});
