/**
 * loadSources (src/check/load-sources.ts): the look-back a year before the window for unmet links
 * reads again only the calendars with a series starting before the window that carries a link or is
 * a link's target, and takes what reading every calendar again would take.
 */
import { DateTime } from 'luxon';
import { loadSources } from '../../src/check/load-sources.js';
import { loadCalendar } from '../../src/load/load-calendar.js';
import { linkUidKey } from '../../src/rules/internal/dependencies.js';
import { validateConfig } from '../../src/config/validate.js';
import type { Config } from '../../src/model/config.js';

function ics(events: readonly string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tongchou tests//EN'];
  for (const event of events) lines.push('BEGIN:VEVENT', 'DTSTAMP:20220101T000000Z', ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

const at = (day: string, hour: string) => `;TZID=Asia/Shanghai:${day}T${hour}0000`;

const sources = new Map<string, string>([
  [
    'city.ics',
    ics([
      // The link's target, two weeks before the window: only a second reading finds it.
      ['UID:city-plan', 'SUMMARY:全市营商环境大会', `DTSTART${at('20220318', '09')}`, `DTEND${at('20220318', '11')}`],
      // No link and not a target: never taken from before the window.
      ['UID:city-other', 'SUMMARY:市委常委会', `DTSTART${at('20220310', '09')}`, `DTEND${at('20220310', '11')}`, 'RRULE:FREQ=WEEKLY;COUNT=8'],
    ]),
  ],
  [
    'province.ics',
    ics([
      // A target series from years back: its instances in the year before the window are taken.
      ['UID:province-weekly@gd.gov.cn', 'SUMMARY:省政府常务会议', `DTSTART${at('20190107', '09')}`, `DTEND${at('20190107', '11')}`, 'RRULE:FREQ=WEEKLY;BYDAY=MO'],
      // Starts in the window, with an RDATE before it: a target reached through the RDATE.
      ['UID:province-rdate@gd.gov.cn', 'SUMMARY:省防汛会议', `DTSTART${at('20220420', '09')}`, `DTEND${at('20220420', '10')}`, `RDATE${at('20220301', '09')}`],
      // An old series that carries a link of its own: taken though nothing in the window names it.
      ['UID:province-linked@gd.gov.cn', 'SUMMARY:省级督查', `DTSTART${at('20210903', '14')}`, `DTEND${at('20210903', '16')}`, 'RRULE:FREQ=MONTHLY;COUNT=9', 'REFID:督查-2021'],
    ]),
  ],
  [
    'bureau.ics',
    ics([
      // Nothing here reaches back: this calendar is not read again.
      ['UID:bureau-1@qu.gov.cn', 'SUMMARY:局务会', `DTSTART${at('20220406', '09')}`, `DTEND${at('20220406', '10')}`, 'RELATED-TO:province-weekly@gd.gov.cn'],
    ]),
  ],
  [
    'district.ics',
    ics([
      ['UID:district-follow', 'SUMMARY:全区营商环境推进会', `DTSTART${at('20220405', '09')}`, `DTEND${at('20220405', '11')}`, 'RELATED-TO;RELTYPE=FINISHTOSTART:city-plan'],
      ['UID:district-flood', 'SUMMARY:全区防汛会议', `DTSTART${at('20220421', '09')}`, `DTEND${at('20220421', '11')}`, 'RELATED-TO;RELTYPE=FINISHTOSTART:province-rdate@gd.gov.cn'],
      ['UID:district-weekly', 'SUMMARY:区政府常务会议', `DTSTART${at('20220412', '09')}`, `DTEND${at('20220412', '11')}`, 'RELATED-TO;RELTYPE=FINISHTOSTART:province-weekly@gd.gov.cn'],
    ]),
  ],
]);

function config(): Config {
  const result = validateConfig(
    {
      window: { from: '2022-04-01', to: '2022-04-30' },
      calendars: [
        { id: 'city', file: 'city.ics', level: 'city' },
        { id: 'district', file: 'district.ics', level: 'district' },
        { id: 'province', file: 'province.ics', level: 'province' },
        { id: 'bureau', file: 'bureau.ics', level: 'district' },
      ],
      rules: [],
    },
    'tongchou.json',
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

describe('the link look-back', () => {
  const loaded = loadSources({ config: config(), sources });
  const window = { from: DateTime.fromISO('2022-04-01', { zone: 'Asia/Shanghai' }), to: DateTime.fromISO('2022-04-30', { zone: 'Asia/Shanghai' }) };
  const before = loaded.occurrences.filter((o) => o.start.toMillis() < window.from.toMillis());

  test('finds the targets and linked series before the window, and only what links need', () => {
    const keys = before.map((o) => o.key);
    expect(keys).toContain('city/city-plan');
    expect(keys).toContain('province/province-rdate@gd.gov.cn/2022-03-01T01:00:00Z');
    expect(keys).toContain('province/province-weekly@gd.gov.cn/2021-04-05T01:00:00Z');
    expect(keys).toContain('province/province-linked@gd.gov.cn/2021-09-03T06:00:00Z');
    expect(keys.some((k) => k.startsWith('city/city-other'))).toBe(false);
  });

  test('takes what expanding every calendar over the year before would take', () => {
    // The reference: every calendar loaded whole for the year before the window, kept when the
    // occurrence carries a link or is a target of a link in the window (as loadSources documents).
    const span = { from: window.from.minus({ years: 1 }), to: window.from };
    const inWindow = loaded.occurrences.filter(loaded.inWindow);
    const targets = new Set(inWindow.flatMap((o) => o.relations.map((r) => linkUidKey(r.target))));
    const expected = config()
      .calendars.flatMap((c) => loadCalendar(sources.get(c.file)!, { meta: { id: c.id, level: c.level }, file: c.file, window: span, defaultZone: 'Asia/Shanghai' }).occurrences)
      .filter((o) => o.relations.length > 0 || o.concepts.length > 0 || o.refIds.length > 0 || targets.has(linkUidKey(o.uid)))
      .map((o) => o.key)
      .sort();
    expect(before.map((o) => o.key).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(50);
  });
});

describe('the look-ahead after the window (QA26-29)', () => {
  const ahead = new Map<string, string>([
    [
      'city.ics',
      ics([
        // The year's city meeting, after a Q2 window: a prerequisite of the year period.
        ['UID:city-river', 'SUMMARY:全市总河长会议', `DTSTART${at('20220705', '09')}`, `DTEND${at('20220705', '11')}`],
        // Next year's: beyond the period, never read.
        ['UID:city-river-2023', 'SUMMARY:全市总河长会议', `DTSTART${at('20230110', '09')}`, `DTEND${at('20230110', '11')}`],
        // Not a prerequisite: left out.
        ['UID:city-other', 'SUMMARY:市委常委会', `DTSTART${at('20220706', '09')}`, `DTEND${at('20220706', '11')}`],
        // A link target in August.
        ['UID:city-flood@x', 'SUMMARY:全市防汛会议', `DTSTART${at('20220810', '09')}`, `DTEND${at('20220810', '11')}`],
        // A REFID holder in September (RFC 9253 §7.2), and one whose value no district meeting carries.
        ['UID:city-business', 'SUMMARY:全市营商环境大会', `DTSTART${at('20220905', '09')}`, `DTEND${at('20220905', '11')}`, 'REFID:2022-yingshang'],
        ['UID:city-unrelated', 'SUMMARY:全市招商会', `DTSTART${at('20220906', '09')}`, `DTEND${at('20220906', '11')}`, 'REFID:2022-zhaoshang'],
      ]),
    ],
    [
      'district.ics',
      ics([
        ['UID:district-river', 'SUMMARY:全区总河长会议', `DTSTART${at('20220620', '09')}`, `DTEND${at('20220620', '11')}`],
        ['UID:district-flood', 'SUMMARY:全区防汛会议', `DTSTART${at('20220621', '09')}`, `DTEND${at('20220621', '11')}`, 'RELATED-TO;RELTYPE=FINISHTOSTART:city-flood@x'],
        ['UID:district-business', 'SUMMARY:全区营商环境推进会', `DTSTART${at('20220622', '09')}`, `DTEND${at('20220622', '11')}`, 'REFID:2022-yingshang'],
      ]),
    ],
  ]);
  const aheadConfig = (cycle: string) => {
    const result = validateConfig(
      {
        window: { from: '2022-04-01', to: '2022-06-30' },
        calendars: [
          { id: 'city', file: 'city.ics', level: 'city' },
          { id: 'district', file: 'district.ics', level: 'district' },
        ],
        rules: [{ id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle }],
      },
      'tongchou.json',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.config;
  };
  const after = (cycle: string) => {
    const loaded = loadSources({ config: aheadConfig(cycle), sources: ahead });
    return loaded.occurrences.filter((o) => !loaded.inWindow(o)).map((o) => o.key).sort();
  };

  test('a cycle reaching past the window reads its prerequisites up to the period end, and link targets (UID, REFID) a year ahead', () => {
    expect(after('year')).toEqual(['city/city-business', 'city/city-flood@x', 'city/city-river']);
    expect(after('none')).toEqual(['city/city-business', 'city/city-flood@x', 'city/city-river', 'city/city-river-2023']);
  });

  test('a cycle ending with the window reads no prerequisite after it', () => {
    expect(after('quarter')).toEqual(['city/city-business', 'city/city-flood@x']);
  });
});
