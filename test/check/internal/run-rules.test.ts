/**
 * The rule runner's severity: a rule's `severity` in the config overrides the grade of its verdicts,
 * but a finding that says the rule could not judge (no published holiday arrangement, a prerequisite
 * calendar that could not be read) stays `info` whatever the override — through the full check, the
 * check of loaded occurrences and the proposal check alike.
 */
import { check } from '../../../src/check/check.js';
import { checkOccurrences } from '../../../src/check/check-occurrences.js';
import { checkProposal, prepareCheck } from '../../../src/check/check-proposal.js';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isUndetermined, orderFindings } from '../../../src/check/internal/run-rules.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { validateConfig } from '../../../src/config/validate.js';
import type { Finding } from '../../../src/model/finding.js';
import type { RuleConfig } from '../../../src/model/rule-config.js';
import { at, occurrence } from '../../helpers/occurrence.js';

const city = { id: 'city-party', office: '市委办', level: 'city' } as const;
const district = { id: 'district-party', office: '区委办', level: 'district' } as const;

const grades = (findings: readonly Finding[]) => findings.map((f) => [f.kind, f.severity, isUndetermined(f)]).sort();

describe('a severity override never grades an undetermined finding', () => {
  test('working-days set to error: a meeting on a 2022 holiday is an error, one in 2030 (no published arrangement) stays info', () => {
    const rules: RuleConfig[] = [{ id: 'workdays', kind: 'working-days', event: {}, severity: 'error' }];
    const occurrences = [
      occurrence({ calendar: district, uid: 'dragon-boat', summary: '专题会', start: '2022-06-03 09:00' }),
      occurrence({ calendar: district, uid: 'far', summary: '专题会', start: '2030-05-08 09:00' }),
    ];
    const report = checkOccurrences({ occurrences, config: { timezone: 'Asia/Shanghai', rules }, window: { from: '2022-01-01', to: '2030-12-31' } });
    expect(grades(report.findings)).toEqual([
      ['holiday', 'error', false],
      ['holiday-unknown', 'info', true],
    ]);
    expect(report.summary.findings).toMatchObject({ error: 1, warning: 0, info: 1 });
  });

  test('follows set to warning with working-day gaps into 2027: the determined order is a warning, the undetermined order and order-late stay info', () => {
    const rule = (id: string, summary: string, gaps: object): RuleConfig => ({
      id,
      kind: 'follows',
      dependent: { level: 'district', summary },
      prerequisite: { level: 'city', summary },
      severity: 'warning',
      ...gaps,
    });
    const rules = [
      rule('early', '总河长会议', { minGap: { workingDays: 3 } }),
      rule('unsure', '防汛会议', { minGap: { workingDays: 3 } }),
      rule('late', '安全生产会议', { maxGap: { workingDays: 3 } }),
    ];
    const occurrences = [
      // 2022: three working days after 5 May is 10 May (the 7 May make-up Saturday counts): 6 May is early, surely.
      occurrence({ calendar: city, uid: 'c1', summary: '市总河长会议', start: '2022-05-05 09:00' }),
      occurrence({ calendar: district, uid: 'd1', summary: '区总河长会议', start: '2022-05-06 09:00' }),
      // 2026-12-30 + 3 working days lands in 2027, whose arrangement is unknown.
      occurrence({ calendar: city, uid: 'c2', summary: '市防汛会议', start: '2026-12-30 09:00' }),
      occurrence({ calendar: district, uid: 'd2', summary: '区防汛会议', start: '2027-01-05 09:00' }),
      occurrence({ calendar: city, uid: 'c3', summary: '市安全生产会议', start: '2026-12-30 09:00' }),
      occurrence({ calendar: district, uid: 'd3', summary: '区安全生产会议', start: '2027-01-08 09:00' }),
    ];
    const config = { timezone: 'Asia/Shanghai', rules };
    const window = { from: '2022-01-01', to: '2027-12-31' };
    const report = checkOccurrences({ occurrences, config, window });
    const byRule = (id: string) => grades(report.findings.filter((f) => f.rule === id));
    expect(byRule('early')).toEqual([['order', 'warning', false]]);
    expect(byRule('unsure')).toEqual([['order', 'info', true]]);
    expect(byRule('late')).toEqual([['order-late', 'info', true]]);

    // The proposal check runs the same runner: the same grades for the meeting proposed where it stands.
    const prepared = prepareCheck({ occurrences: occurrences.filter((o) => o.uid !== 'd2'), config, window });
    const proposed = checkProposal(prepared, { calendar: 'district-party', uid: 'd2', summary: '区防汛会议', start: at('2027-01-05 09:00'), end: at('2027-01-05 10:00') });
    expect(grades(proposed)).toEqual([['order', 'info', true]]);
  });

  test('check(): an order-missing whose prerequisite calendar was not read stays info under severity error; one that was read is an error', () => {
    const ics = (lines: readonly string[]) =>
      ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'BEGIN:VEVENT', ...lines, 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const meeting = ics(['UID:d', 'SUMMARY:区总河长会议', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000']);
    const configFor = (prerequisite: Record<string, unknown>) => {
      const result = validateConfig({
        window: { from: '2022-05-01', to: '2022-05-31' },
        calendars: [
          { id: 'province', file: 'province.ics', level: 'province' },
          { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
        ],
        rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite, severity: 'error' }],
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
      return result.config;
    };
    const sources = new Map([['district.ics', meeting]]);
    const unread = check({ config: configFor({ level: 'province', summary: '总河长' }), sources }).findings;
    expect(grades(unread)).toEqual([['order-missing', 'info', true]]);
    const read = check({ config: configFor({ calendar: 'district', summary: '市总河长' }), sources }).findings;
    expect(grades(read)).toEqual([['order-missing', 'error', false]]);
  });

  test('without an override, the rules\' own grades stand (holiday warning, holiday-unknown info)', () => {
    const rules: RuleConfig[] = [{ id: 'workdays', kind: 'working-days', event: {} }];
    const occurrences = [
      occurrence({ calendar: district, uid: 'dragon-boat', summary: '专题会', start: '2022-06-03 09:00' }),
      occurrence({ calendar: district, uid: 'far', summary: '专题会', start: '2030-05-08 09:00' }),
    ];
    const report = checkOccurrences({ occurrences, config: { timezone: 'Asia/Shanghai', rules }, window: { from: '2022-01-01', to: '2030-12-31' } });
    expect(grades(report.findings)).toEqual([
      ['holiday', 'warning', false],
      ['holiday-unknown', 'info', true],
    ]);
  });
});

describe('orderFindings', () => {
  /** The documented order, the slow way: severity, earliest start, rule id, later starts, id, data; first of each id kept. */
  function reference(findings: readonly Finding[], startOf: (key: string) => number | undefined, zone: string): Finding[] {
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const earliest = (f: Finding): number =>
      f.occurrences.reduce((min, ref) => {
        const known = startOf(ref.key);
        if (known !== undefined) return Math.min(min, known);
        const start = DateTime.fromISO(ref.start, { zone, setZone: !ref.allDay });
        return Math.min(min, start.isValid ? start.toMillis() : Infinity);
      }, Infinity);
    const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const startsOf = (f: Finding): number[] =>
      f.occurrences
        .map((ref) => {
          const known = startOf(ref.key);
          if (known !== undefined) return known;
          const start = DateTime.fromISO(ref.start, { zone, setZone: !ref.allDay });
          return start.isValid ? start.toMillis() : Infinity;
        })
        .sort((x, y) => (x === y ? 0 : x < y ? -1 : 1));
    // QF-6: then the starts of the other occurrences, in order (fewer first when one list begins the other).
    const laterStarts = (a: Finding, b: Finding): number => {
      const [x, y] = [startsOf(a), startsOf(b)];
      for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
      return x.length - y.length;
    };
    const sorted = [...findings].sort(
      (a, b) =>
        rank[a.severity] - rank[b.severity] ||
        (earliest(a) === earliest(b) ? 0 : earliest(a) < earliest(b) ? -1 : 1) ||
        text(a.rule, b.rule) ||
        laterStarts(a, b) ||
        text(a.id, b.id) ||
        text(JSON.stringify(a.data), JSON.stringify(b.data)),
    );
    return sorted.filter((f, i) => sorted.findIndex((g) => g.id === f.id) === i);
  }

  const KNOWN: Readonly<Record<string, number>> = { k0: Date.UTC(2022, 4, 10, 1), k1: Date.UTC(2022, 4, 10, 1), k2: Date.UTC(2022, 4, 10, 2), k3: Date.UTC(2022, 4, 9, 23) };
  const refArb = fc.record({
    key: fc.constantFrom('k0', 'k1', 'k2', 'k3', 'unknown'),
    start: fc.constantFrom('2022-05-10T08:00:00+08:00', '2022-05-10', '2022-05-09', 'not a time', '2022-05-10T09:00:00.500+08:00'),
    allDay: fc.boolean(),
  });
  const findingArb = fc.record({
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    rule: fc.constantFrom('a', 'b', 'people'),
    n: fc.integer({ min: 0, max: 4 }),
    data: fc.integer({ min: 0, max: 2 }),
    refs: fc.array(refArb, { maxLength: 3 }),
  });

  test('property: the documented order and de-duplication, with whole-second starts (packed path) and others (comparator path)', () => {
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 40 }), fc.integer({ min: 0, max: 999 }), (specs, shift) => {
        const findings = specs.map(
          (s) =>
            ({
              id: `${s.rule}:double-booking:${s.n}`,
              rule: s.rule,
              kind: 'double-booking',
              severity: s.severity,
              data: { n: s.data },
              occurrences: s.refs.map((r) => ({ key: r.key, calendar: 'c', office: null, uid: r.key, recurrenceId: null, start: r.start, end: r.start, allDay: r.allDay, summary: '会议' })),
              people: [],
              suggestion: null,
            }) as unknown as Finding,
        );
        // A shift off the whole second sends the starts down the comparator path.
        const startOf = (key: string): number | undefined => (KNOWN[key] === undefined ? undefined : KNOWN[key]! + shift);
        expect(orderFindings(findings, startOf, 'Asia/Shanghai')).toEqual(reference(findings, startOf, 'Asia/Shanghai'));
      }),
      propertyParameters(300),
    );
  });
});
