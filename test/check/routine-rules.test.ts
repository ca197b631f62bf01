/**
 * The routine rules of issue 6 through the config validator and the checker: their config shapes
 * are validated with paths, the top-level `holidays` reaches `working-days`, findings about a
 * stretch of time get distinct stable ids, and every new kind renders in both languages.
 */
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { validateConfig } from '../../src/config/validate.js';
import { renderFinding } from '../../src/messages/render.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { occurrence as occ } from '../helpers/occurrence.js';

const base = { window: { from: '2022-01-01', to: '2022-12-31' }, calendars: [{ id: 'duty', file: 'duty.ics' }] };
const codes = (raw: unknown) => validateConfig(raw).problems.map((p) => [p.code, 'path' in p.source ? p.source.path.join('.') : '']);

describe('config validation of the routine rules', () => {
  test('the shapes of issue 6 are accepted as written', () => {
    const result = validateConfig({
      ...base,
      // An office named in `hours` must be one of the calendars' offices.
      calendars: [...base.calendars, { id: 'party', file: 'party.ics', office: '区委办' }],
      holidays: { dates: { '2027-01-01': 'holiday', '2027-01-04': 'workday' }, source: '国办发明电〔2026〕1号' },
      rules: [
        { id: 'joint', kind: 'cadence', event: { summary: '联席会议' }, every: 'quarter', min: 1, max: 2 },
        { id: 'joint-rrule', kind: 'cadence', event: { summary: '联席会议' }, every: 'FREQ=MONTHLY;BYMONTHDAY=15' },
        { id: 'duty', kind: 'coverage', calendar: 'duty' },
        { id: 'wd', kind: 'working-days', event: { level: 'district' }, hours: { start: '08:30', end: '17:30' } },
        { id: 'wd-office', kind: 'working-days', event: { level: 'district' }, hours: { 区委办: { start: '08:00', end: '18:00' }, '*': { start: '08:30', end: '17:30' } } },
        { id: 'congress', kind: 'quiet-period', event: { level: 'district' }, during: { summary: '人民代表大会' } },
        { id: 'flood', kind: 'quiet-period', event: { level: 'district' }, during: { from: '2022-06-01', to: '2022-06-10' } },
      ],
    });
    expect(result.problems).toEqual([]);
    expect(result.ok && result.config.holidays?.source).toBe('国办发明电〔2026〕1号');
    expect(result.ok && result.config.rules.map((r: RuleConfig) => r.kind)).toEqual(['cadence', 'cadence', 'coverage', 'working-days', 'working-days', 'quiet-period', 'quiet-period']);
  });

  test('mistakes are reported with their paths', () => {
    expect(
      codes({
        ...base,
        holidays: { dates: { '2027-13-01': 'holiday', '2027-01-02': 'rest' }, source: 'x' },
        rules: [
          { id: 'a', kind: 'cadence', event: {}, every: 'quarterly', min: 3, max: 2 },
          { id: 'b', kind: 'coverage' },
          { id: 'c', kind: 'working-days', event: {}, hours: { start: '8:30', end: '17:30' } },
          { id: 'd', kind: 'quiet-period', event: {}, during: { from: '2022-06-10', to: '2022-06-01' } },
          { id: 'e', kind: 'working-days', event: {}, hours: { start: '18:00', end: '08:00' } },
        ],
      }).filter(([code]) => code !== 'empty-selector'),
    ).toEqual([
      ['invalid-enum', 'rules.0.every'],
      ['out-of-range', 'rules.0.max'],
      ['missing-field', 'rules.1.calendar'],
      ['invalid-enum', 'rules.2.hours.start'],
      ['span-reversed', 'rules.3.during'],
      ['hours-reversed', 'rules.4.hours'],
      ['invalid-date', 'holidays.dates.2027-13-01'],
      ['invalid-enum', 'holidays.dates.2027-01-02'],
    ]);
  });
});

test('a coverage calendar that is not configured is reported', () => {
  expect(codes({ ...base, rules: [{ id: 'duty', kind: 'coverage', calendar: ['duty', 'dutty'] }] })).toEqual([['unknown-calendar', 'rules.0.calendar.1']]);
});

describe('the routine rules in a check', () => {
  const settings = (rules: readonly RuleConfig[], extra = {}) => ({ timezone: 'Asia/Shanghai', rules: [...rules, { id: 'related-to', kind: 'related-to' as const, enabled: false }], ...extra });

  test('two empty quarters are two findings with distinct stable ids', () => {
    const report = checkOccurrences({
      occurrences: [],
      config: settings([{ id: 'joint', kind: 'cadence', event: { summary: '联席会议' }, every: 'quarter' }]),
      window: { from: '2022-01-01', to: '2022-06-30' },
    });
    expect(report.findings.map((f) => f.kind)).toEqual(['cadence-missed', 'cadence-missed']);
    expect(new Set(report.findings.map((f) => f.id)).size).toBe(2);
  });

  test('the config’s holidays reach working-days, with their source', () => {
    const report = checkOccurrences({
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2027-01-01 09:00', summary: '会议' })],
      config: settings([{ id: 'wd', kind: 'working-days', event: {} }], { holidays: { dates: { '2027-01-01': 'holiday' }, source: '本区通知' } }),
      window: { from: '2027-01-01', to: '2027-01-31' },
    });
    expect(report.findings.map((f) => [f.kind, f.kind === 'holiday' ? f.data.source : ''])).toEqual([['holiday', '本区通知']]);
  });

  test('every new kind renders in both languages with its data', () => {
    const report = checkOccurrences({
      occurrences: [
        occ({ calendar: 'duty', uid: 'd1', start: '2022-06-03 00:00', end: '2022-06-03 12:00', summary: '值班' }),
        occ({ calendar: 'duty', uid: 'd2', start: '2022-06-03 11:00', end: '2022-06-03 20:00', summary: '值班' }),
        occ({ calendar: 'a', uid: 'm', start: '2022-06-03 09:00', summary: '区政府常务会议' }),
        occ({ calendar: 'a', uid: 'n', start: '2022-06-06 07:00', summary: '区政府常务会议' }),
        occ({ calendar: 'a', uid: 'u', start: '2027-06-03 09:00', summary: '区政府常务会议' }),
        occ({ calendar: 'a', uid: 'j1', start: '2022-06-07 09:00', summary: '联席会议' }),
        occ({ calendar: 'a', uid: 'j2', start: '2022-06-08 09:00', summary: '联席会议' }),
      ],
      config: settings([
        { id: 'joint', kind: 'cadence', event: { summary: '联席会议' }, every: 'month', max: 1 },
        { id: 'joint-weekly', kind: 'cadence', event: { summary: '联席会议' }, every: 'week', min: 3 },
        { id: 'duty', kind: 'coverage', calendar: 'duty' },
        { id: 'wd', kind: 'working-days', event: { summary: '常务会议' }, hours: { start: '08:30', end: '17:30' } },
        { id: 'q', kind: 'quiet-period', event: { summary: '常务会议' }, during: { summary: '值班' } },
      ]),
      window: { from: '2022-06-01', to: '2027-06-30' },
    });
    const kinds = new Set(report.findings.map((f) => f.kind));
    for (const k of ['cadence-missed', 'cadence-crowded', 'coverage-gap', 'coverage-overlap', 'holiday', 'holiday-unknown', 'outside-hours', 'quiet-period']) {
      expect([k, kinds.has(k as never)]).toEqual([k, true]);
    }
    const holiday = report.findings.find((f) => f.kind === 'holiday')!;
    expect(renderFinding(holiday, 'zh-CN')).toContain('端午');
    expect(renderFinding(holiday, 'en')).toContain('statutory holiday');
    for (const f of report.findings.slice(0, 80)) {
      expect(renderFinding(f, 'zh-CN')).toMatch(/\p{Script=Han}/u);
      expect(renderFinding(f, 'en')).not.toMatch(/undefined|NaN|Invalid/u);
    }
  });
});
