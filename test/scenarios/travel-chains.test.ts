/**
 * A leader's morning as it really runs: an online call or a placeless phone report between two
 * meetings in different buildings does not give him time to travel.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [{ id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记'] }];
const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' }, people,
  calendars: [{ id: 'secretary', file: 'secretary.ics', office: '区委办', level: 'district', owner: 'zhou' }],
  locations: [{ name: '区委大楼301会议室' }, { name: '市行政中心1号楼大会堂' }],
  travel: [{ from: '区委大楼301会议室', to: '市行政中心1号楼大会堂', minutes: 40 }],
  rules: [{ id: 'travel', kind: 'travel-time', defaultMinutes: 30 }],
};
const ev = (uid: string, start: string, end: string, loc: string | null): string[] => [
  'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`,
  `SUMMARY:${uid}`, ...(loc === null ? [] : [`LOCATION:${loc}`]), 'END:VEVENT'];

describe('travel across an in-between meeting with no place', () => {
  // Regression, qa-bugs.md QA-9 (fixed): a placeless meeting between two placed ones resets the chain, so the impossible trip is not reported.
  test.each([
    ['an online call', 'https://meeting.tencent.com/dm/abc'],
    ['a phone report without LOCATION', null],
  ])('301 until 10:00, %s 10:00–10:15, city hall at 10:20 → travel-time between 301 and the city hall', (_label, loc) => {
    const report = run(cfg, {
      'secretary.ics': vcalendar([
        ...ev('study', '20220607T083000', '20220607T100000', '区委大楼301会议室'),
        ...ev('call', '20220607T100000', '20220607T101500', loc),
        ...ev('cityw', '20220607T102000', '20220607T120000', '市行政中心1号楼大会堂'),
      ]),
    });
    expect(digest(report)).toEqual(['travel-time travel cityw study']);
    expect(ofKind(report, 'travel-time')[0]!.people).toEqual(['zhou']);
  });

  test('301 until 10:00, an online call until 10:15, city hall at 10:45 → he can take the call on the way: nothing', () => {
    const report = run(cfg, {
      'secretary.ics': vcalendar([
        ...ev('study', '20220607T083000', '20220607T100000', '区委大楼301会议室'),
        ...ev('call', '20220607T100000', '20220607T101500', 'https://meeting.tencent.com/dm/abc'),
        ...ev('cityw', '20220607T104500', '20220607T120000', '市行政中心1号楼大会堂'),
      ]),
    });
    expect(digest(report)).toEqual([]);
  });
});
