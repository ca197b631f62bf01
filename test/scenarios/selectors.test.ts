/**
 * Selectors as staff write them in tongchou.json against what exporters put in the files: X-properties,
 * anyOf / not, office, and a location written by its alias.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const calendars = [
  { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
  { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
  { id: 'district-gov', file: 'dg.ics', office: '区政府办', level: 'district' },
];
const cfg = (rule: unknown): Record<string, unknown> => ({
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, calendars, rules: [rule],
  locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }],
});
const ev = (uid: string, start: string, summary: string, extra: string[] = []): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  `DTSTART;TZID=Asia/Shanghai:${start}`, 'DURATION:PT2H', `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
const city = vcalendar(ev('c', '20220512T090000', '全市工作会议'));

describe('selectors end to end', () => {
  test('property selector on a DingTalk X-property', () => {
    const rule = { id: 'r', kind: 'follows', dependent: { level: 'district', property: { 'X-DINGTALK-EVENT-TYPE': '^implement$' } }, prerequisite: { level: 'city' } };
    const report = run(cfg(rule), {
      'city.ics': city,
      'district.ics': vcalendar([...ev('d1', '20220511T090000', '传达会', ['X-DINGTALK-EVENT-TYPE:implement']), ...ev('d2', '20220511T140000', '例会', ['X-DINGTALK-EVENT-TYPE:routine'])]),
      'dg.ics': vcalendar([]),
    });
    expect(digest(report)).toEqual(['order r c d1']);
  });

  test('anyOf and not: 传达 or 贯彻 meetings, but not 筹备会, on district calendars', () => {
    const rule = { id: 'r', kind: 'follows', dependent: { level: 'district', anyOf: [{ summary: '传达' }, { summary: '贯彻' }], not: { summary: '筹备' } }, prerequisite: { level: 'city' } };
    const report = run(cfg(rule), {
      'city.ics': city,
      'district.ics': vcalendar([...ev('d1', '20220511T090000', '传达全市工作会议精神'), ...ev('d2', '20220511T140000', '贯彻落实筹备会')]),
      'dg.ics': vcalendar(ev('d3', '20220510T090000', '贯彻落实推进会')),
    });
    expect(digest(report).sort()).toEqual(['order r c d1', 'order r c d3']);
  });

  test('office selector picks one district office', () => {
    const rule = { id: 'r', kind: 'follows', dependent: { office: '区政府办' }, prerequisite: { level: 'city' } };
    const report = run(cfg(rule), {
      'city.ics': city,
      'district.ics': vcalendar(ev('d1', '20220511T090000', '区委会议')),
      'dg.ics': vcalendar(ev('d3', '20220510T090000', '区政府会议')),
    });
    expect(digest(report)).toEqual(['order r c d3']);
  });

  test('location selector written with the alias matches the canonical LOCATION', () => {
    const rule = { id: 'r', kind: 'follows', dependent: { level: 'district', location: '301会议室' }, prerequisite: { level: 'city' } };
    const report = run(cfg(rule), {
      'city.ics': city,
      'district.ics': vcalendar([...ev('d1', '20220511T090000', '会议甲', ['LOCATION:区委大楼301会议室']), ...ev('d2', '20220511T140000', '会议乙', ['LOCATION:区政府大楼第一会议室'])]),
      'dg.ics': vcalendar([]),
    });
    expect(ofKind(report, 'order').map((f) => f.data.dependent)).toEqual(['会议甲']);
  });
});
