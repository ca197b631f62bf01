/**
 * One busy week, every attendance and ordering story at once: the report's order (severity, then
 * time, then rule), its counts by kind, and stable ids across runs and calendar order.
 */
import { digest, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记', '总河长'] },
];
const calendars = [
  { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
  { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
  { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
];
const rules = [
  { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' },
  { id: 'people', kind: 'no-double-booking' },
  { id: 'travel', kind: 'travel-time', defaultMinutes: 30 },
  { id: 'rooms', kind: 'venue' },
  { id: 'chiefs', kind: 'required-attendance', event: { summary: '区.*总河长会议' }, people: ['role:总河长'] },
];
const cfg = (cals = calendars): Record<string, unknown> => ({
  timezone: 'Asia/Shanghai', window: { from: '2022-05-09', to: '2022-05-15' }, people, rules, calendars: cals,
  locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '青石镇河道' }],
});
const ev = (uid: string, start: string, end: string, summary: string, extra: string[] = []): string[] => [
  'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`,
  `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const files = {
  'city.ics': vcalendar(ev('river-city', '20220512T090000', '20220512T110000', '市总河长会议')),
  'district.ics': vcalendar([
    ...ev('river-district', '20220511T090000', '20220511T103000', '区总河长会议', ['LOCATION:301会议室']),
    ...ev('summon', '20220510T150000', '20220510T163000', '区政府常务会议', ['LOCATION:区委大楼301会议室', li]),
    ...ev('office', '20220510T160000', '20220510T170000', '区委办公会', ['LOCATION:301会议室']),
    ...ev('maybe', '20220513T093000', '20220513T103000', '专题会', [li, 'STATUS:TENTATIVE']),
  ]),
  'mayor.ics': vcalendar([
    ...ev('visit', '20220510T140000', '20220510T160000', '某镇河道调研', ['LOCATION:青石镇河道']),
    ...ev('site', '20220509T090000', '20220509T100000', '现场办公', ['LOCATION:青石镇河道']),
    ...ev('next', '20220509T101500', '20220509T110000', '接访', ['LOCATION:区委大楼301会议室']),
    ...ev('seat', '20220513T090000', '20220513T100000', '座谈'),
  ]),
};

describe('one busy week', () => {
  test('every story found, sorted by severity, then earliest start, then rule id', () => {
    const report = run(cfg(), files);
    expect(digest(report)).toEqual([
      'double-booking people summon visit', // 10 May 15:00, 李明
      'venue rooms office summon', // 10 May 16:00, 301
      'required-missing chiefs river-district', // 11 May 09:00 (same start as the order: rule id chiefs < river-chief)
      'order river-chief river-city river-district',
      'travel-time travel next site', // 9 May, 15 minutes from 青石镇 to 301 (warnings after errors)
      'tentative-overlap people maybe seat', // 13 May
    ]);
    expect(report.findings.map((f) => f.severity)).toEqual(['error', 'error', 'error', 'error', 'warning', 'warning']);
    expect(report.summary.findings).toMatchObject({ total: 6, error: 4, warning: 2, info: 0 });
    expect(report.summary.findings.byKind).toMatchObject({ 'double-booking': 1, venue: 1, 'required-missing': 1, order: 1, 'travel-time': 1, 'tentative-overlap': 1, 'required-busy': 0, 'order-missing': 0 });
    expect(report.summary).toMatchObject({ calendars: 3, events: 9, occurrences: 9, skipped: 0 });
  });

  test('the same ids and order with the calendars listed the other way round', () => {
    const a = run(cfg(), files);
    const b = run(cfg([...calendars].reverse()), files);
    expect(b.findings.map((f) => f.id)).toEqual(a.findings.map((f) => f.id));
    expect(new Set(a.findings.map((f) => f.id)).size).toBe(a.findings.length);
  });
});
