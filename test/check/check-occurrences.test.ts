import fc from 'fast-check';
import { checkOccurrences, ruleSetup } from '../../src/check/check-occurrences.js';
import { FINDING_KINDS, toJsonReport } from '../../src/check/report.js';
import type { Finding } from '../../src/model/finding.js';
import { renderFinding, renderProblem } from '../../src/messages/render.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { occurrence } from '../helpers/occurrence.js';
import { scenario, settings, window, rules } from './scenario.js';

const brief = (findings: readonly Finding[]) => findings.map((f) => [f.severity, f.rule, f.kind, f.occurrences.map((o) => o.key)]);
const run = (overrides: Partial<typeof settings> = {}, occurrences = scenario()) =>
  checkOccurrences({ occurrences, config: { ...settings, ...overrides }, window });

describe('checkOccurrences', () => {
  test('finds every conflict of the scenario, errors first, then by time, rule and id', () => {
    const report = run();
    expect(brief(report.findings)).toEqual([
      ['error', 'people', 'double-booking', ['mayor/visit', 'district/summon']],
      ['error', 'rooms', 'venue', ['district/summon', 'district/office-meeting']],
      ['error', 'chiefs', 'required-missing', ['district/river-district']],
      ['error', 'river-chief', 'order', ['district/river-district', 'city/river-city']],
      ['warning', 'travel', 'travel-time', ['mayor/site', 'mayor/next']],
      ['warning', 'people', 'tentative-overlap', ['mayor/maybe', 'district/meet13']],
    ]);
  });

  test('the order of findings follows severity, then earliest start, then rule id', () => {
    const findings = run().findings;
    const rank = { error: 0, warning: 1, info: 2 } as const;
    for (let i = 1; i < findings.length; i += 1) {
      const [a, b] = [findings[i - 1]!, findings[i]!];
      expect(rank[a.severity]).toBeLessThanOrEqual(rank[b.severity]);
    }
    // The two errors on 05-11 are ordered by rule id ('chiefs' < 'river-chief').
    expect(findings.filter((f) => f.occurrences.some((o) => o.key === 'district/river-district')).map((f) => f.rule)).toEqual(['chiefs', 'river-chief']);
  });

  test("a rule's severity overrides every finding it makes", () => {
    const report = run({ rules: rules.map((r) => (r.id === 'people' ? { ...r, severity: 'info' as const } : r)) });
    const people = report.findings.filter((f) => f.rule === 'people');
    expect(people.map((f) => [f.kind, f.severity])).toEqual([
      ['double-booking', 'info'],
      ['tentative-overlap', 'info'],
    ]);
    expect(report.findings.at(-1)?.rule).toBe('people');
  });

  test('a disabled rule does not run', () => {
    const report = run({ rules: rules.map((r) => (r.id === 'rooms' ? { ...r, enabled: false } : r)) });
    expect(report.findings.some((f) => f.rule === 'rooms')).toBe(false);
    expect(report.findings).toHaveLength(5);
  });

  test('related-to runs without configuration, and an entry with enabled: false turns it off', () => {
    const occurrences = [
      occurrence({ calendar: { id: 'city', level: 'city' }, uid: 'plan', summary: '部署会', start: '2022-05-20 09:00' }),
      occurrence({
        calendar: { id: 'district', level: 'district' },
        uid: 'implement',
        summary: '落实会',
        start: '2022-05-19 09:00',
        relations: [{ target: 'plan', relType: 'DEPENDS-ON' }],
      }),
    ];
    const on = checkOccurrences({ occurrences, config: { timezone: 'Asia/Shanghai', rules: [] }, window });
    expect(brief(on.findings)).toEqual([['error', 'related-to', 'order', ['district/implement', 'city/plan']]]);
    const off = checkOccurrences({ occurrences, config: { timezone: 'Asia/Shanghai', rules: [{ id: 'links', kind: 'related-to', enabled: false }] }, window });
    expect(off.findings).toEqual([]);
  });

  test('the implicit related-to rule takes a free id when a configured rule already uses "related-to"', () => {
    expect(ruleSetup({ timezone: 'Asia/Shanghai', rules: [{ id: 'related-to', kind: 'venue' }] }, window).rules.map((r) => [r.id, r.kind])).toEqual([
      ['related-to', 'venue'],
      ['related-to-2', 'related-to'],
    ]);
  });

  test('ids are stable across runs and do not depend on the order of the occurrences', () => {
    const first = run();
    const second = run({}, scenario().reverse());
    expect(second).toEqual(first);
    expect(first.findings.map((f) => f.id)).toEqual([
      expect.stringMatching(/^people:double-booking:[0-9a-f]{12}$/),
      expect.stringMatching(/^rooms:venue:[0-9a-f]{12}$/),
      expect.stringMatching(/^chiefs:required-missing:[0-9a-f]{12}$/),
      expect.stringMatching(/^river-chief:order:[0-9a-f]{12}$/),
      expect.stringMatching(/^travel:travel-time:[0-9a-f]{12}$/),
      expect.stringMatching(/^people:tentative-overlap:[0-9a-f]{12}$/),
    ]);
    expect(new Set(first.findings.map((f) => f.id)).size).toBe(first.findings.length);
  });

  test('an id is pinned: the same conflict keeps its id across versions and machines', () => {
    const venue = run().findings.find((f) => f.kind === 'venue');
    // FNV-1a 64 of "rooms␀venue␀district/office-meeting␁district/summon␀", first 12 hex digits.
    expect(venue?.id).toBe('rooms:venue:0f352f19d29c');
  });

  test('the summary counts calendars, events, occurrences and findings by severity and kind', () => {
    const report = run();
    expect(report.window).toEqual({ from: '2022-05-01', to: '2022-05-31', timezone: 'Asia/Shanghai' });
    expect(report.summary).toEqual({
      calendars: 3,
      events: 10,
      occurrences: 10,
      skipped: 0,
      findings: {
        total: 6,
        error: 4,
        warning: 2,
        info: 0,
        byKind: {
          order: 1,
          'order-missing': 0,
          'order-late': 0,
          'order-cycle': 0,
          'double-booking': 1,
          'tentative-overlap': 1,
          'travel-time': 1,
          venue: 1,
          'required-missing': 1,
          'required-busy': 0,
          'cadence-missed': 0,
          'cadence-crowded': 0,
          'coverage-gap': 0,
          'coverage-overlap': 0,
          holiday: 0,
          'holiday-unknown': 0,
          'outside-hours': 0,
          'quiet-period': 0,
        },
      },
    });
    expect(Object.keys(report.summary.findings.byKind)).toEqual(FINDING_KINDS);
  });

  test('no occurrences, no findings', () => {
    const report = run({}, []);
    expect(report.findings).toEqual([]);
    expect(report.summary.findings.total).toBe(0);
  });
});

describe('toJsonReport', () => {
  test('each finding carries its messages in both languages and the occurrence fields of the contract', () => {
    const report = run();
    const json = toJsonReport(report);
    expect(Object.keys(json)).toEqual(['version', 'window', 'findings', 'problems', 'summary']);
    const venue = json.findings.find((f) => f.kind === 'venue')!;
    const finding = report.findings.find((f) => f.kind === 'venue')!;
    expect(venue.message).toEqual({ 'zh-CN': renderFinding(finding, 'zh-CN'), en: renderFinding(finding, 'en') });
    expect(venue.occurrences[0]).toEqual({
      calendar: 'district',
      uid: 'summon',
      recurrenceId: null,
      start: '2022-05-10T15:00:00+08:00',
      end: '2022-05-10T16:30:00+08:00',
      summary: '区政府常务会议',
      office: '区委办',
      allDay: false,
    });
    expect(Object.keys(venue)).toEqual(['id', 'rule', 'kind', 'severity', 'message', 'occurrences', 'people', 'suggestion', 'data']);
    // Survives JSON as it is.
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test('problems carry a line for .ics files and a dotted path for the config', () => {
    const report = {
      ...run(),
      problems: [
        { code: 'undecodable-input', severity: 'error', source: { file: 'a.ics', line: 3 }, data: { detail: 'x' } },
        { code: 'missing-source', severity: 'error', source: { file: 'tongchou.json', path: ['calendars', 1, 'file'] }, data: { calendar: 'b', file: 'b.ics' } },
      ] as const,
    };
    expect(toJsonReport(report, 'en').problems).toEqual([
      { code: 'undecodable-input', severity: 'error', file: 'a.ics', line: 3, message: { en: renderProblem(report.problems[0], 'en') }, data: { detail: 'x' } },
      {
        code: 'missing-source',
        severity: 'error',
        file: 'tongchou.json',
        path: 'calendars[1].file',
        message: { en: 'the file "b.ics" of calendar "b" was not provided' },
        data: { calendar: 'b', file: 'b.ics' },
      },
    ]);
  });

  test('one language can be asked for', () => {
    const json = toJsonReport(run(), 'en');
    expect(Object.keys(json.findings[0]!.message)).toEqual(['en']);
  });

  test('the order finding carries its suggestion', () => {
    const order = toJsonReport(run()).findings.find((f) => f.kind === 'order')!;
    expect(order.suggestion).toEqual({ earliestStart: '2022-05-12T11:00:00+08:00', occurrence: 'district/river-district' });
  });
});

describe('checkOccurrences: working-day gaps use the settings’ holidays', () => {
  const city = { id: 'city', office: '市委办', level: 'city' as const };
  const district = { id: 'district', office: '区委办', level: 'district' as const };
  const occurrences = [
    occurrence({ calendar: city, uid: 'c', start: '2022-09-29 09:00', end: '2022-09-29 11:30', summary: '全市工作会议' }),
    occurrence({ calendar: district, uid: 'd', start: '2022-10-08 09:00', summary: '传达全市工作会议精神' }),
  ];
  const relay = { id: 'relay', kind: 'follows' as const, dependent: { level: 'district' as const, summary: '传达' }, prerequisite: { level: 'city' as const, summary: '全市' }, maxGap: { workingDays: 1 } };
  const check = (holidays?: { dates: Record<string, 'holiday' | 'workday'>; source: string }) =>
    checkOccurrences({ occurrences, config: { timezone: 'Asia/Shanghai', rules: [relay], ...(holidays && { holidays }) }, window: { from: '2022-09-01', to: '2022-10-31' } })
      .findings.map((f) => [f.kind, f.severity, (f.data as { latestStart?: string }).latestStart]);

  test('W1 after Thursday 29 September is Friday 30 September: 8 October is late', () => {
    expect(check()).toEqual([['order-late', 'warning', '2022-09-30']]);
  });

  test('with 30 September a local holiday, W1 is Saturday 8 October (调休): in time', () => {
    expect(check({ dates: { '2022-09-30': 'holiday' }, source: '区政府通知（测试）' })).toEqual([]);
  });
});

describe('checkOccurrences: summary counts', () => {
  test('property: calendars are distinct ids, events distinct (calendar id, UID) pairs, however the occurrences interleave', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('u1', 'u2', 'u3')), { maxLength: 30 }), (picks) => {
        // Each occurrence its own calendar object, as hand-built ones may be; instances of one UID keyed apart.
        const occurrences = picks.map(([cal, uid], i) => occurrence({ calendar: cal, uid, recurrenceId: `r${i}`, start: '2022-05-10 09:00' }));
        const { summary } = checkOccurrences({ occurrences, config: { timezone: 'Asia/Shanghai', rules: [] }, window });
        expect(summary.calendars).toBe(new Set(picks.map(([cal]) => cal)).size);
        expect(summary.events).toBe(new Set(picks.map(([cal, uid]) => `${cal} ${uid}`)).size);
        expect(summary.occurrences).toBe(picks.length);
      }),
      propertyParameters(100),
    );
  });
});
