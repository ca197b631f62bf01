/**
 * LE-4: `calendars[].area`, the unit (行政区域) a calendar belongs to, stated in the config — for offices whose name
 * states none (区政府办, 区人大办 as each district's OA calls itself). The rules already read a calendar's unit
 * (`calendarArea`: QJ-1 rooms, QJ-2..QJ-4 copies and levels) from its office name; the key had no way in: it was an
 * unknown key (error) and the loader dropped it.
 */
import { check, validateConfig, type Config, type LocationEntry } from '../../src/index.js';
import { load } from '../helpers/ics.js';
import { digest, run, vcalendar } from './harness.js';

const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];
const booking = (uid: string, summary: string, start: string, end: string) =>
  vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, 'LOCATION:第一会议室', 'END:VEVENT'], zone);
const files = {
  'qs-gov.ics': booking('a@1', '区政府专题会议（老旧小区改造）', '20260609T090000', '20260609T110000'),
  'jb-congress.ics': booking('b@2', '区人大常委会执法检查汇报会', '20260609T100000', '20260609T113000'),
};
const raw = (qs: Record<string, unknown>, jb: Record<string, unknown>) => ({
  timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' }, people: [],
  calendars: [
    { id: 'qs-gov', file: 'qs-gov.ics', office: '区政府办', level: 'district', ...qs },
    { id: 'jb-congress', file: 'jb-congress.ics', office: '区人大办', level: 'district', ...jb },
  ],
  rules: [{ id: 'rooms', kind: 'venue' }],
});

describe('LE-4: calendars[].area', () => {
  test('validation accepts it and keeps it', () => {
    const result = validateConfig(raw({ area: '青山区' }, { area: '江北区' }), 'tongchou.json');
    expect(result.problems).toEqual([]);
    expect(result.ok && result.config.calendars.map((c) => c.area)).toEqual(['青山区', '江北区']);
  });

  test('validation: a non-string area is an error at its path', () => {
    const result = validateConfig(raw({ area: 3 }, {}), 'tongchou.json');
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', source: { file: 'tongchou.json', path: ['calendars', 0, 'area'] } })]);
  });

  test('the loader passes it to the calendar read', () => {
    expect(load(files['qs-gov.ics'], { meta: { id: 'qs-gov', office: '区政府办', area: '青山区' } }).calendar.area).toBe('青山区');
    expect(load(files['qs-gov.ics'], { meta: { id: 'qs-gov', office: '区政府办' } }).calendar).not.toHaveProperty('area');
  });

  test('区政府办 of 青山区 and 区人大办 of 江北区 each in their own bare 第一会议室: no venue finding', () => {
    expect(digest(run(raw({ area: '青山区' }, { area: '江北区' }), files))).toEqual([]);
  });

  test('guard: without area (offices naming no unit) the bare 第一会议室 is one room: venue error', () => {
    expect(digest(run(raw({}, {}), files))).toEqual(['venue rooms a@1 b@2']);
  });

  test('guard: both of 青山区 by area: one district double-booking its own room', () => {
    expect(digest(run(raw({ area: '青山区' }, { area: '青山区' }), files))).toEqual(['venue rooms a@1 b@2']);
  });

  test('the stated area wins over the office\'s name: 青山区政府办 stated as 江北区\'s shares 江北区人大办\'s 第一会议室 — venue error', () => {
    const r = raw({ office: '青山区政府办', area: '江北区' }, { office: '江北区人大办' });
    expect(digest(run(r, files))).toEqual(['venue rooms a@1 b@2']);
  });
});

describe('LE-4: LocationEntry.area on the public Config type', () => {
  test('an API user\'s Config literal may tie a room to its unit (typed: no excess-property error) and check reads it', () => {
    // Typed as the public type, not as validation's output: before, `area` here failed the test typecheck.
    const locations: readonly LocationEntry[] = [
      { name: '青山区政府大楼第一会议室', aliases: ['第一会议室'], area: '青山区' },
      { name: '江北区政府大楼第一会议室', aliases: ['第一会议室'], area: '江北区' },
    ];
    const valid = validateConfig(raw({ area: '青山区' }, { area: '江北区' }), 'tongchou.json');
    if (!valid.ok) throw new Error('invalid');
    const config: Config = { ...valid.config, locations };
    expect(check({ config, sources: new Map(Object.entries(files)) }).findings).toEqual([]);
    const oneDistrict: Config = { ...config, calendars: config.calendars.map((c) => ({ ...c, area: '青山区' })) };
    expect(check({ config: oneDistrict, sources: new Map(Object.entries(files)) }).findings.map((f) => [f.kind, f.data])).toEqual([
      ['venue', expect.objectContaining({ location: '青山区政府大楼第一会议室' })],
    ]);
  });
});
