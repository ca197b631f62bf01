/**
 * How government offices word a LOCATION for a 电视电话会议: main and branch venues, a bracketed role,
 * several rooms listed with 、 — the room in it is still booked.
 */
import { digest, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' },
  calendars: [
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
  ],
  locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '区委大楼302会议室', aliases: ['302会议室'] }],
  rules: [{ id: 'rooms', kind: 'venue' }],
};
const ev = (uid: string, start: string, end: string, loc: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:会议${uid}`, `LOCATION:${loc}`, 'END:VEVENT']);

describe('LOCATION wording', () => {
  // qa-bugs.md QA-10 (fixed): labels and annotations are read past, and each configured room listed is booked.
  test.each([
    ['区委大楼301会议室（主会场）'],
    ['主会场：区委大楼301会议室'],
    ['主会场：区委大楼301会议室；分会场：各镇街'],
    ['301会议室、302会议室'],
  ])('%s books 区委大楼301会议室', (loc) => {
    const report = run(cfg, {
      'party.ics': ev('tv', '20220608T090000', '20220608T110000', loc),
      'gov.ics': ev('b', '20220608T100000', '20220608T113000', '区委大楼301会议室'),
    });
    expect(digest(report)).toEqual(['venue rooms b tv']);
  });
});

describe('LOCATION wording: travel is measured to the main place (qa-bugs QA-10)', () => {
  const travelCfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' },
    calendars: [{ id: 'li', file: 'li.ics', office: '区委办', level: 'district', owner: 'li' }],
    people: [{ id: 'li', name: '李明' }],
    locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '市行政中心大会堂' }],
    travel: [{ from: '区委大楼301会议室', to: '市行政中心大会堂', minutes: 40 }],
    rules: [{ id: 'travel', kind: 'travel-time' }],
  };
  const first = (loc: string): string => vcalendar([
    'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220608T090000',
    'DTEND;TZID=Asia/Shanghai:20220608T100000', 'SUMMARY:电视电话会议', `LOCATION:${loc}`, 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:b', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220608T101000',
    'DTEND;TZID=Asia/Shanghai:20220608T110000', 'SUMMARY:专题会议', 'LOCATION:区委大楼301会议室', 'END:VEVENT',
  ]);
  test.each([
    // Main place 市行政中心大会堂, then 301 ten minutes later: 40 minutes needed.
    ['主会场：市行政中心大会堂；分会场：301会议室', ['travel-time travel a b']],
    ['301会议室、市行政中心大会堂（主会场）', ['travel-time travel a b']],
    // Main place 301 (written first, or marked 主会场): no trip.
    ['301会议室、市行政中心大会堂', []],
    ['分会场：市行政中心大会堂；主会场：301会议室', []],
  ])('%s', (loc, expected) => {
    expect(digest(run(travelCfg, { 'li.ics': first(loc) }))).toEqual(expected);
  });
});
