/**
 * Every finding the scenarios produce renders into a readable sentence in both languages: no
 * placeholders left, no "undefined", "NaN" or "Invalid DateTime", and the people's names are in it.
 */
import { renderFinding, renderProblem, type Report } from '../../src/index.js';
import { run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记', '总河长'] },
];
const ev = (uid: string, start: string, end: string, summary: string, extra: string[] = []): string[] => {
  const date = start.length === 8;
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', date ? `DTSTART;VALUE=DATE:${start}` : `DTSTART;TZID=Asia/Shanghai:${start}`,
    date ? `DTEND;VALUE=DATE:${end}` : `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
};
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const zhou = 'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example';

function everyKindReport(): Report {
  return run({
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, people,
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
      { id: 'secretary', file: 'secretary.ics', office: '区委办', level: 'district', owner: 'zhou' },
      { id: 'gone', file: 'gone.ics', office: '区人大办', level: 'district' },
    ],
    locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '市行政中心' }],
    travel: [{ from: '区委大楼301会议室', to: '市行政中心', minutes: 40 }],
    rules: [
      { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year', maxGap: 'P7D' },
      { id: 'flood', kind: 'follows', dependent: { level: 'district', summary: '防汛' }, prerequisite: { level: 'city', summary: '防汛' }, cycle: 'quarter' },
      { id: 'late', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '安全生产' }, cycle: 'year', maxGap: 'P3D' },
      { id: 'ring-a', kind: 'follows', dependent: { summary: '甲会' }, prerequisite: { summary: '乙会' } },
      { id: 'ring-b', kind: 'follows', dependent: { summary: '乙会' }, prerequisite: { summary: '甲会' } },
      { id: 'people', kind: 'no-double-booking' },
      { id: 'travel', kind: 'travel-time' },
      { id: 'rooms', kind: 'venue' },
      { id: 'chiefs', kind: 'required-attendance', event: { summary: '河' }, people: ['role:总河长'] },
    ],
  }, {
    'city.ics': vcalendar([
      ...ev('rc', '20220421T090000', '20220421T113000', '市总河长会议'),
      ...ev('sc', '20220401T090000', '20220401T100000', '全市安全生产会议'),
      ...ev('cityw', '20220607T101500', '20220607T120000', '市委城市工作会议', ['LOCATION:市行政中心', zhou]),
      ...ev('a', '20220502T090000', '20220502T100000', '甲会'),
    ]),
    'district.ics': vcalendar([
      ...ev('rd', '20220420T150000', '20220420T170000', '区总河长会议', ['LOCATION:301会议室']),
      ...ev('fd', '20220513T090000', '20220513T110000', '全区防汛会议'),
      ...ev('sd', '20220420T090000', '20220420T100000', '全区安全生产会议'),
      ...ev('b', '20220503T090000', '20220503T100000', '乙会'),
      ...ev('study', '20220607T083000', '20220607T100000', '学习会', ['LOCATION:区委大楼301会议室', zhou]),
      ...ev('x1', '20220510T090000', '20220510T110000', '会一', [li, 'LOCATION:301会议室']),
      ...ev('x2', '20220510T100000', '20220510T120000', '会二', [li, 'LOCATION:区委大楼301会议室']),
      ...ev('t1', '20220511T090000', '20220511T110000', '会三', [li]),
      ...ev('t2', '20220511T100000', '20220511T120000', '会四', ['ATTENDEE;PARTSTAT=TENTATIVE;CN=李明:mailto:liming@jb.gov.example']),
      ...ev('riv', '20220615T090000', '20220615T110000', '全区河湖长制推进会', [zhou]),
    ]),
    'secretary.ics': vcalendar(ev('trip', '20220614', '20220617', '出差', ['TRANSP:TRANSPARENT'])),
  });
}

describe('rendering', () => {
  const report = everyKindReport();
  test('the report holds the kinds it was built for', () => {
    expect(new Set(report.findings.map((f) => f.kind))).toEqual(new Set([
      'order', 'order-missing', 'order-late', 'order-cycle', 'double-booking', 'tentative-overlap', 'travel-time', 'venue', 'required-missing', 'required-busy',
    ]));
  });
  test.each(['zh-CN', 'en'] as const)('every finding and problem renders cleanly in %s', (lang) => {
    for (const f of report.findings) {
      const text = renderFinding(f, lang);
      expect(text).not.toMatch(/undefined|NaN|Invalid DateTime|\{[a-zA-Z]+\}|\[object Object\]/u);
      expect(text.length).toBeGreaterThan(10);
      for (const o of f.occurrences) expect(text).toContain(o.summary);
    }
    for (const p of report.problems) {
      const text = renderProblem(p, lang);
      expect(text).not.toMatch(/undefined|NaN|Invalid DateTime|\{[a-zA-Z]+\}|\[object Object\]/u);
    }
  });
  test('zh-CN names the people of person findings', () => {
    for (const f of report.findings.filter((x) => ['double-booking', 'tentative-overlap', 'travel-time', 'required-busy', 'required-missing'].includes(x.kind))) {
      const text = renderFinding(f, 'zh-CN');
      expect(/李明|周海涛/u.test(text)).toBe(true);
    }
  });
});
