/**
 * A table-driven rule tester in the manner of eslint's RuleTester: each case lists occurrences and
 * params, and the findings expected (kind, partial data, the occurrence keys involved). It asserts
 * data and occurrences, never rendered prose.
 */
import { DateTime } from 'luxon';
import type { LocationEntry, TravelEntry } from '../../src/model/config.js';
import type { FindingDataMap, FindingKind } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { Person } from '../../src/model/person.js';
import type { RuleConfig, RuleKind } from '../../src/model/rule-config.js';
import { createDirectory } from '../../src/people/directory.js';
import { createPlaces } from '../../src/places/places.js';
import type { Rule, RuleContext, RuleFinding } from '../../src/rules/rule.js';

type Params<K extends RuleKind> = Omit<Extract<RuleConfig, { kind: K }>, 'kind' | 'id'> & { readonly id?: string };

export interface Scenario<K extends RuleKind> {
  readonly name: string;
  readonly occurrences: readonly Occurrence[];
  readonly params?: Params<K>;
  readonly people?: readonly Person[];
  readonly locations?: readonly LocationEntry[];
  readonly travel?: readonly TravelEntry[];
  /** Other rules of the same check (for the ordering rules' cross-rule rings). */
  readonly rules?: readonly RuleConfig[];
  readonly zone?: string;
  /** Window as days `YYYY-MM-DD`, both inclusive, in `zone`; default 2000-01-01 … 2099-12-31. */
  readonly window?: { readonly from: string; readonly to: string };
}

export type ExpectedFinding = {
  [P in FindingKind]: {
    readonly kind: P;
    readonly data?: Partial<FindingDataMap[P]>;
    /** Keys of the occurrences cited, in the order the finding cites them. */
    readonly occurrences: readonly string[];
    readonly people?: readonly string[];
    readonly severity?: 'error' | 'warning' | 'info';
    readonly suggestion?: { readonly earliestStart: string; readonly occurrence: string } | null;
  };
}[FindingKind];

export interface InvalidScenario<K extends RuleKind> extends Scenario<K> {
  readonly findings: readonly ExpectedFinding[];
}

/** Builds the context the checker would give the rule. */
export function contextFor<K extends RuleKind, M extends FindingKind>(rule: Rule<K, M>, scenario: Omit<Scenario<K>, 'name'> & { readonly name?: string }): RuleContext<K> {
  const zone = scenario.zone ?? 'Asia/Shanghai';
  const params = { id: 'test', ...(scenario.params ?? {}), kind: rule.kind } as unknown as Extract<RuleConfig, { kind: K }>;
  const sorted = [...scenario.occurrences].sort(
    (a, b) => a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return {
    occurrences: sorted,
    directory: createDirectory(scenario.people ?? []),
    places: createPlaces(scenario.locations ?? [], scenario.travel ?? []),
    window: {
      from: DateTime.fromISO(scenario.window?.from ?? '2000-01-01', { zone }),
      to: DateTime.fromISO(scenario.window?.to ?? '2099-12-31', { zone }).plus({ days: 1 }),
    },
    zone,
    params,
    rules: [params, ...(scenario.rules ?? [])],
  };
}

/** Runs a rule on a scenario (for property tests). */
export function runRule<K extends RuleKind, M extends FindingKind>(rule: Rule<K, M>, scenario: Omit<Scenario<K>, 'name'> & { readonly name?: string }): readonly RuleFinding<M>[] {
  return rule.check(contextFor(rule, scenario));
}

function sortKey(f: { readonly kind: string; readonly occurrences: readonly string[] }): string {
  return `${f.kind}\u0000${f.occurrences.join('\u0001')}`;
}

export const ruleTester = {
  run<K extends RuleKind, M extends FindingKind>(
    rule: Rule<K, M>,
    tests: { readonly valid: readonly Scenario<K>[]; readonly invalid: readonly InvalidScenario<K>[] },
  ): void {
    describe(`${rule.kind}: valid`, () => {
      for (const scenario of tests.valid) {
        test(scenario.name, () => {
          expect(runRule(rule, scenario).map((f) => ({ kind: f.kind, occurrences: f.occurrences.map((o) => o.key) }))).toEqual([]);
        });
      }
    });
    describe(`${rule.kind}: invalid`, () => {
      for (const scenario of tests.invalid) {
        test(scenario.name, () => {
          const actual = runRule(rule, scenario).map((f) => ({
            kind: f.kind as string,
            data: f.data as unknown as Record<string, unknown>,
            occurrences: f.occurrences.map((o) => o.key),
            people: f.people,
            severity: f.severity ?? (rule.messages as Record<string, string>)[f.kind],
            suggestion: f.suggestion ?? null,
          }));
          for (const f of actual) {
            // Every kind a rule produces must be one it declares.
            expect(Object.keys(rule.messages)).toContain(f.kind);
          }
          const expected = [...scenario.findings].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
          const got = [...actual].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
          expect(got.map((f) => ({ kind: f.kind, occurrences: f.occurrences }))).toEqual(
            expected.map((f) => ({ kind: f.kind, occurrences: [...f.occurrences] })),
          );
          expected.forEach((e, i) => {
            const g = got[i];
            if (g === undefined) return;
            if (e.data !== undefined) expect(g.data).toMatchObject(e.data as Record<string, unknown>);
            if (e.people !== undefined) expect(g.people).toEqual(e.people);
            if (e.severity !== undefined) expect(g.severity).toBe(e.severity);
            if (e.suggestion !== undefined) expect(g.suggestion).toEqual(e.suggestion);
          });
        });
      }
    });
  },
};
