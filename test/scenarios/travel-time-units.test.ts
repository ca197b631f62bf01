/**
 * LE-5 (area-fix request 2): travel-time reads a room on the calendar of the unit it is written on, as `venue` has
 * since QJ-1 — the 市长 going from 青山区政府办's bare 第一会议室 to 江北区政府办's bare 第一会议室 crosses the city, not
 * the corridor. Where one of the two calendars names no unit (a leader's diary kept by 市政府办) the room written
 * the same is taken as the same room: nothing says otherwise, and a false journey is a false warning.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const liu = 'mailto:liuqiang@jz.gov.example';
const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];
const meeting = (uid: string, summary: string, start: string, end: string, location: string) =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, `LOCATION:${location}`, `ATTENDEE;CN=刘强;PARTSTAT=ACCEPTED:${liu}`, 'END:VEVENT'];
const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' },
  people: [{ id: 'liu', name: '刘强', roles: ['市长'], aliases: [liu] }],
  calendars: [
    { id: 'qs-gov', file: 'qs-gov.ics', office: '青山区政府办', level: 'district' },
    { id: 'jb-gov', file: 'jb-gov.ics', office: '江北区政府办', level: 'district' },
    { id: 'liu-diary', file: 'liu-diary.ics', office: '市政府办', level: 'city', owner: 'liu' },
  ],
  rules: [{ id: 'travel', kind: 'travel-time' }],
};
const files = (qs: string[][], jb: string[][], diary: string[][] = []) => ({
  'qs-gov.ics': vcalendar(qs.flat(), zone), 'jb-gov.ics': vcalendar(jb.flat(), zone), 'liu-diary.ics': vcalendar(diary.flat(), zone),
});
const first = meeting('qs@1', '青山区老旧小区改造现场推进会', '20260609T090000', '20260609T100000', '第一会议室');

describe('LE-5: travel-time between two districts\' rooms of one name', () => {
  test('青山区\'s 第一会议室 09:00–10:00, then 江北区\'s 第一会议室 at 10:00: a journey (default 30 minutes)', () => {
    const report = run(raw, files([first], [meeting('jb@1', '江北区营商环境座谈会', '20260609T100000', '20260609T110000', '第一会议室')]));
    expect(digest(report)).toEqual(['travel-time travel jb@1 qs@1']);
    expect(ofKind(report, 'travel-time').map((f) => [f.data.firstLocation, f.data.secondLocation, f.data.neededMinutes])).toEqual([['青山区第一会议室', '江北区第一会议室', 30]]);
  });

  test('guard: two meetings in 青山区\'s 第一会议室 back to back: no journey', () => {
    expect(digest(run(raw, files([first, meeting('qs@2', '青山区安全生产专题会', '20260609T100000', '20260609T110000', '第一会议室')], [])))).toEqual([]);
  });

  test('guard: his diary (市政府办, no unit) writes the next one in 第一会议室 too: the same room, no journey', () => {
    expect(digest(run(raw, files([first], [], [meeting('d@1', '听取青山区工作汇报', '20260609T100000', '20260609T110000', '第一会议室')])))).toEqual([]);
  });

  test('guard: rooms written with their districts are a journey as before', () => {
    const report = run(raw, files([meeting('qs@1', '青山区老旧小区改造现场推进会', '20260609T090000', '20260609T100000', '青山区政府大楼第一会议室')],
      [meeting('jb@1', '江北区营商环境座谈会', '20260609T100000', '20260609T110000', '江北区政府大楼第一会议室')]));
    expect(digest(report)).toEqual(['travel-time travel jb@1 qs@1']);
  });
});
