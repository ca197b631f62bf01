/**
 * The shape every rule module exports, in the manner of eslint's `meta` + `create` and
 * typescript-eslint's `createRule`: a rule declares its message ids (= finding kinds) up front, so a
 * finding with an undeclared kind does not compile.
 */
import type { HolidayData } from '../model/config.js';
import type { Finding, FindingKind, Suggestion, OccurrenceRef } from '../model/finding.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Severity } from '../model/problem.js';
import type { RuleConfig, RuleKind } from '../model/rule-config.js';
import type { TimeWindow } from '../model/window.js';
import type { Directory } from '../people/directory-types.js';
import type { Places } from '../places/places-types.js';

/** Everything a rule may look at. Rules never read files, config or the clock. */
export interface RuleContext<K extends RuleKind> {
  /** Every loaded occurrence of every calendar in the window, sorted by start then key. */
  readonly occurrences: readonly Occurrence[];
  readonly directory: Directory;
  readonly places: Places;
  readonly window: TimeWindow;
  /** IANA zone of the report (config `timezone`). */
  readonly zone: string;
  /** This rule's validated config entry. */
  readonly params: Extract<RuleConfig, { kind: K }>;
  /**
   * Every enabled rule entry of the check, this one included. The ordering rules (`follows`,
   * `related-to`) read their siblings to find dependency rings that span several rules (A after B
   * in one rule, B after A in another); the other rules ignore it. When absent, a rule sees only
   * itself.
   */
  readonly rules?: readonly RuleConfig[];
  /** The user's holiday data (config `holidays`), over the bundled Chinese calendar; for `working-days`. */
  readonly holidays?: HolidayData | undefined;
}

/** A finding as a rule returns it; the checker adds `id`, `rule` and the severity override. */
export type RuleFinding<M extends FindingKind = FindingKind> = {
  [P in M]: {
    readonly kind: P;
    /** Defaults to the rule's `defaultSeverity[kind]`. */
    readonly severity?: Severity;
    readonly data: Finding<P>['data'];
    readonly occurrences: readonly OccurrenceRef[];
    readonly people: readonly string[];
    readonly suggestion?: Suggestion | null;
    /**
     * What else identifies the finding besides its occurrences, for its stable id: a finding about a
     * stretch of time (an empty cadence period, a duty gap) may cite no occurrence at all.
     */
    readonly identity?: readonly string[];
  };
}[M];

/** A rule module. */
export interface Rule<K extends RuleKind, M extends FindingKind> {
  readonly kind: K;
  /** What the rule checks, in both languages (shown by `tongchou rules` and in the README table). */
  readonly docs: { readonly 'zh-CN': string; readonly en: string };
  /** The finding kinds this rule may produce, each with its default severity. */
  readonly messages: { readonly [P in M]: Severity };
  check(ctx: RuleContext<K>): readonly RuleFinding<M>[];
}

/**
 * Declares a rule, checking at compile time that `check` only produces the kinds listed in `messages`.
 * @param rule - the rule definition
 * @returns the same object, typed
 * @example
 * export const venue = defineRule({ kind: 'venue', docs, messages: { venue: 'error' }, check: (ctx) => [] });
 */
export function defineRule<K extends RuleKind, M extends FindingKind>(rule: Rule<K, M>): Rule<K, M> {
  return rule;
}
