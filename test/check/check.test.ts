import { check, checkSources } from '../../src/check/check.js';
import { validateConfig } from '../../src/config/validate.js';
import type { Config } from '../../src/model/config.js';

/** A calendar file as offices export them (CRLF, one VEVENT per meeting). */
function ics(name: string, events: readonly string[][]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tongchou tests//EN', `X-WR-CALNAME:${name}`];
  for (const event of events) lines.push('BEGIN:VEVENT', 'DTSTAMP:20220401T000000Z', ...event, 'END:VEVENT');
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}

const cityIcs = ics('市委办', [
  ['UID:river-city', 'SUMMARY:市总河长会议', 'DTSTART;TZID=Asia/Shanghai:20220512T090000', 'DTEND;TZID=Asia/Shanghai:20220512T110000'],
]);
const districtIcs = ics('区委办', [
  // Floating times: read in the calendar's zone (the config's).
  ['UID:river-district', 'SUMMARY:区总河长会议', 'DTSTART:20220511T090000', 'DTEND:20220511T103000', 'LOCATION:301会议室', 'ATTENDEE;CN=李明:mailto:li@qu.gov.cn'],
  ['UID:office-meeting', 'SUMMARY:区委办公会', 'DTSTART:20220511T100000', 'DTEND:20220511T110000', 'LOCATION:区委大楼301会议室'],
  // A VEVENT with no DTSTART cannot be placed: skipped with a problem, the rest still loads.
  ['UID:broken', 'SUMMARY:没有开始时间'],
]);

const raw = {
  window: { from: '2022-05-01', to: '2022-05-31' },
  calendars: [
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
    { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
  ],
  people: [{ id: 'li', name: '李区长', aliases: ['mailto:li@qu.gov.cn'], roles: ['总河长'] }],
  locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }],
  rules: [
    { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' } },
    { id: 'rooms', kind: 'venue' },
  ],
};

function config(): Config {
  const result = validateConfig(raw, 'tongchou.json');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const sources = new Map<string, string | Uint8Array>([
  ['city.ics', cityIcs],
  ['district.ics', new TextEncoder().encode(districtIcs)],
]);

describe('check', () => {
  test('loads every calendar and reports the findings across them', () => {
    const report = check({ config: config(), sources, configFile: 'tongchou.json' });
    expect(report.findings.map((f) => [f.rule, f.kind, f.occurrences.map((o) => o.key)])).toEqual([
      ['river-chief', 'order', ['district/river-district', 'city/river-city']],
      ['rooms', 'venue', ['district/river-district', 'district/office-meeting']],
    ]);
    expect(report.findings[0]?.occurrences[0]?.start).toBe('2022-05-11T09:00:00+08:00');
  });

  test('load problems and skipped components are carried into the report', () => {
    const report = check({ config: config(), sources });
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.every((p) => p.source.file === 'district.ics')).toBe(true);
    expect(report.summary).toMatchObject({ calendars: 2, events: 3, occurrences: 3, skipped: 1 });
  });

  test('a calendar whose file was not provided is a problem, and the others are still checked', () => {
    const report = check({ config: config(), sources: new Map([['district.ics', districtIcs]]), configFile: 'tongchou.json' });
    expect(report.problems[0]).toEqual({
      code: 'missing-source',
      severity: 'error',
      source: { file: 'tongchou.json', path: ['calendars', 0, 'file'] },
      data: { calendar: 'city', file: 'city.ics' },
    });
    expect(report.findings.map((f) => f.kind)).toEqual(['venue', 'order-missing']);
    expect(report.summary.calendars).toBe(2);
  });

  test('the order of the calendars in the config changes no finding, id or count', () => {
    const one = check({ config: config(), sources });
    const reversed: Config = { ...config(), calendars: [...config().calendars].reverse() };
    const two = check({ config: reversed, sources });
    expect(two.findings).toEqual(one.findings);
    expect(two.summary).toEqual(one.summary);
  });

  test('the window is read in the config zone: a meeting at 23:30 Shanghai on the last day is inside', () => {
    const late = ics('区委办', [['UID:late', 'SUMMARY:夜间会议', 'DTSTART;TZID=Asia/Shanghai:20220531T233000', 'DTEND;TZID=Asia/Shanghai:20220601T003000']]);
    const report = check({ config: { ...config(), calendars: [{ id: 'district', file: 'late.ics', level: 'district' }] }, sources: new Map([['late.ics', late]]) });
    expect(report.summary.occurrences).toBe(1);
  });
});

describe('an order-missing whose prerequisite calendar was not read (qa-bugs QA-8)', () => {
  const three = (prerequisite: Record<string, unknown>): Config => {
    const result = validateConfig({
      window: { from: '2022-05-01', to: '2022-05-31' },
      calendars: [
        { id: 'province', file: 'province.ics', name: '省委办日程', level: 'province' },
        { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
        { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
      ],
      rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.config;
  };
  const sources = new Map([['district.ics', districtIcs], ['city.ics', ics('市委办', [])]]);
  const missing = (prerequisite: Record<string, unknown>) =>
    check({ config: three(prerequisite), sources }).findings.filter((f) => f.kind === 'order-missing').map((f) => [f.severity, (f.data as { unreadable: string }).unreadable]);

  test.each([
    ['a level the missing calendar has', { level: ['province', 'city'], summary: '总河长' }, [['info', '省委办日程']]],
    ['anyOf naming it', { anyOf: [{ calendar: 'city' }, { calendar: 'province' }] }, [['info', '省委办日程']]],
    ['no calendar field at all (any calendar could hold it)', { summary: '总河长' }, [['info', '省委办日程']]],
    ['only the calendar that was read', { calendar: 'city' }, [['warning', '']]],
    ['an office only another calendar has', { office: '市委办' }, [['warning', '']]],
  ])('prerequisite by %s', (_name, prerequisite, expected) => {
    expect(missing(prerequisite)).toEqual(expected);
  });
});

describe('checkSources: the report with what the check read', () => {
  test('the same report as check, the window\'s occurrences in rule order, and each calendar as read', () => {
    const withEarlier = ics('市委办', [
      ['UID:river-city', 'SUMMARY:市总河长会议', 'DTSTART;TZID=Asia/Shanghai:20220512T090000', 'DTEND;TZID=Asia/Shanghai:20220512T110000'],
      // Read for the yearly look-back of a follows rule with cycle none, but outside the window.
      ['UID:river-city-2021', 'SUMMARY:市总河长会议', 'DTSTART;TZID=Asia/Shanghai:20211110T090000', 'DTEND;TZID=Asia/Shanghai:20211110T110000'],
    ]);
    const input = { config: config(), sources: new Map([...sources, ['city.ics', withEarlier]]), configFile: 'tongchou.json' };
    const checked = checkSources(input);
    expect(checked.report).toEqual(check(input));
    expect(checked.occurrences.map((o) => o.key)).toEqual(['district/river-district', 'district/office-meeting', 'city/river-city']);
    expect(checked.occurrences).toHaveLength(checked.report.summary.occurrences);
    // Names as the files state them (X-WR-CALNAME), the config naming none.
    expect(checked.calendars.map((c) => [c.id, c.name])).toEqual([
      ['city', '市委办'],
      ['district', '区委办'],
    ]);
  });

  test('a calendar whose file is missing has no calendar entry and no occurrences', () => {
    const checked = checkSources({ config: config(), sources: new Map([['district.ics', districtIcs]]) });
    expect(checked.calendars.map((c) => c.id)).toEqual(['district']);
    expect(new Set(checked.occurrences.map((o) => o.calendar.id))).toEqual(new Set(['district']));
  });
});
