/**
 * Running the configured rules over a set of occurrences and turning their raw findings into
 * report findings: severity override, stable id, de-duplication and the report order. Shared by the
 * full check and the proposal check, so that both give the same findings for the same occurrences.
 */
import { DateTime } from 'luxon';
import { match, P } from 'ts-pattern';
import type { HolidayData } from '../../model/config.js';
import type { Finding, OccurrenceRef } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';
import type { Severity } from '../../model/problem.js';
import type { RuleConfig, RuleKind } from '../../model/rule-config.js';
import type { TimeWindow } from '../../model/window.js';
import type { Directory } from '../../people/directory-types.js';
import type { Places } from '../../places/places-types.js';
import { rules as registry } from '../../rules/registry.js';
import type { RuleContext, RuleFinding } from '../../rules/rule.js';
import { findingId } from '../finding-id.js';

/** What every rule run shares besides the occurrences. */
export interface RuleSetup {
  readonly directory: Directory;
  readonly places: Places;
  readonly window: TimeWindow;
  readonly zone: string;
  /** The rules that run: enabled, in config order (see {@link effectiveRules}). */
  readonly rules: readonly RuleConfig[];
  /** The user's holiday data (config `holidays`), for `working-days`. */
  readonly holidays?: HolidayData | undefined;
}

/**
 * The rules that run: the enabled entries in config order, plus `related-to` (links written in the
 * calendars themselves) when the config has no entry of that kind — it needs no settings, so it is
 * on unless an entry turns it off.
 */
export function effectiveRules(configured: readonly RuleConfig[]): RuleConfig[] {
  const enabled = configured.filter((rule) => rule.enabled !== false);
  if (!configured.some((rule) => rule.kind === 'related-to')) {
    const id = uniqueId('related-to', configured);
    enabled.push({ id, kind: 'related-to' });
  }
  return enabled;
}

function uniqueId(wanted: string, configured: readonly RuleConfig[]): string {
  const taken = new Set(configured.map((rule) => rule.id));
  let id = wanted;
  for (let n = 2; taken.has(id); n += 1) id = `${wanted}-${n}`;
  return id;
}

/** A rule as the runner calls it: any kind, any message. */
interface AnyRule {
  readonly messages: Readonly<Record<string, Severity>>;
  check(ctx: RuleContext<RuleKind>): readonly RuleFinding[];
}

/**
 * Runs every rule of the setup over `occurrences` (sorted by start, then key).
 * @param occurrences - sorted by start, then key
 * @param setup - what the rules share; every rule of it still sees all of `setup.rules` (rings
 *   across `follows` rules)
 * @param only - when given, just the rules it accepts run (the proposal check runs two groups
 *   over two sets of occurrences)
 * @returns findings with ids and final severities, in no particular order
 */
export function runRules(occurrences: readonly Occurrence[], setup: RuleSetup, only?: (rule: RuleConfig) => boolean): Finding[] {
  const findings: Finding[] = [];
  for (const params of setup.rules) {
    if (only !== undefined && !only(params)) continue;
    // The registry is typed per kind; the runner only needs the common shape.
    const rule = registry[params.kind] as unknown as AnyRule;
    const ctx: RuleContext<RuleKind> = {
      occurrences,
      directory: setup.directory,
      places: setup.places,
      window: setup.window,
      zone: setup.zone,
      params,
      rules: setup.rules,
      holidays: setup.holidays,
    };
    for (const raw of rule.check(ctx)) {
      // A user's override sets how grave the rule's verdicts are; "could not be judged" is no
      // verdict, and an override must not turn it into an error (or a warning) nobody can act on.
      const severity = isUndetermined(raw) ? 'info' : (params.severity ?? raw.severity ?? rule.messages[raw.kind] ?? 'error');
      findings.push({
        // Findings about a stretch of time (an empty period, a duty gap) add what identifies them.
        id: findingId(params.id, raw.kind, [...raw.occurrences.map((o) => o.key), ...(raw.identity ?? [])], raw.people),
        rule: params.id,
        kind: raw.kind,
        severity,
        data: raw.data,
        occurrences: raw.occurrences,
        people: raw.people,
        suggestion: raw.suggestion ?? null,
      } as Finding);
    }
  }
  return findings;
}

/**
 * Whether a finding says a rule could not judge, rather than what it judged: a date in a year with
 * no published holiday arrangement (`holiday-unknown`), an order or lateness that depends on such a
 * year (`order` / `order-late` with `undetermined`), a prerequisite that may sit on a calendar that
 * could not be read (`order-missing` with `unreadable`, filled in by `check`). Such findings are
 * `info` whatever severity the config gives the rule.
 * @param finding - a finding, as a rule returns it or as a report carries it
 * @returns true when it is undetermined
 * @example
 * isUndetermined({ kind: 'holiday-unknown', data: { date: '2030-05-06', year: 2030, … }, … })
 * //=> true
 */
export function isUndetermined(finding: Pick<RuleFinding, 'kind' | 'data'> | Pick<Finding, 'kind' | 'data'>): boolean {
  const f = finding as RuleFinding;
  switch (f.kind) {
    case 'holiday-unknown':
      return true;
    case 'order':
    case 'order-late':
      return f.data.undetermined === true;
    case 'order-missing':
      return f.data.unreadable !== '';
    case 'cadence-missed':
      // A period with no known working day (the 春节 week of a year before its notice, QF-1) cannot be judged either.
      return f.data.unreadable !== undefined || f.data.undetermined === true;
    case 'coverage-gap':
      return f.data.unreadable !== undefined;
    case 'order-cycle':
    case 'double-booking':
    case 'tentative-overlap':
    case 'travel-time':
    case 'venue':
    case 'required-missing':
    case 'required-busy':
    case 'cadence-crowded':
    case 'coverage-overlap':
    case 'holiday':
    case 'outside-hours':
    case 'quiet-period':
      return false;
    default: {
      // A new finding kind must say whether it can be undetermined.
      const never: never = f;
      throw new Error(`unknown finding kind ${JSON.stringify(never)}`);
    }
  }
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * De-duplicates findings by id and sorts them: severity (error first), earliest start of the
 * occurrences involved, rule id, the starts of its other occurrences (in order), id. The order depends only on the findings, never on the order
 * they were produced in.
 * @param findings - findings from {@link runRules}
 * @param startOf - the start instant (epoch ms) of an occurrence key (its citation given too, see
 *   `citedStarts`), for ordering by time
 * @param zone - the zone to read an all-day reference in when its key is unknown to `startOf`
 */
export function orderFindings(
  findings: readonly Finding[],
  startOf: (key: string, ref: OccurrenceRef) => number | undefined,
  zone: string,
): Finding[] {
  const m = findings.length;
  const severity = new Uint8Array(m);
  const starts = new Float64Array(m);
  let min = Infinity;
  let max = -Infinity;
  let wholeSeconds = true;
  for (let k = 0; k < m; k += 1) {
    const finding = findings[k]!;
    severity[k] = SEVERITY_RANK[finding.severity];
    let start = Infinity;
    for (const ref of finding.occurrences) start = Math.min(start, startOf(ref.key, ref) ?? refStart(ref, zone));
    // A finding citing no meeting (a period with none, a gap in a roster) is dated by its own
    // stretch of time, so that a year's missed months read in calendar order (QC-2).
    if (finding.occurrences.length === 0) start = ownStart(finding);
    starts[k] = start;
    // A finding citing nothing datable (or only what cannot be read) comes after every dated one.
    if (start === Infinity) continue;
    if (start < min) min = start;
    if (start > max) max = start;
    if (!(start % 1000 === 0)) wholeSeconds = false;
  }
  // Rule, the later starts, id, then data (see below) where severity and start are equal. The
  // starts of every cited occurrence, ascending, are read only for such ties.
  const startLists = new Map<number, readonly number[]>();
  const startList = (k: number): readonly number[] => {
    let list = startLists.get(k);
    if (list === undefined) {
      list = findings[k]!.occurrences.map((ref) => startOf(ref.key, ref) ?? refStart(ref, zone)).sort(compareNumbers);
      startLists.set(k, list);
    }
    return list;
  };
  const byText = (a: number, b: number): number =>
    compareText(findings[a]!.rule, findings[b]!.rule) || compareStartLists(startList(a), startList(b)) || compareRest(findings[a]!, findings[b]!);
  const span = Number.isFinite(min) ? (max - min) / 1000 + 2 : 1;
  let order: Uint32Array;
  if (wholeSeconds && 3 * span * m < Number.MAX_SAFE_INTEGER) {
    // Severity and start as one exact number (start in seconds after the earliest, Infinity as
    // the last second plus one), sorted natively; only runs of equal numbers are compared as text.
    // At a million occurrences (95 000 findings) a comparator over the finding objects took 0.8 s.
    const packed = new Float64Array(m);
    for (let k = 0; k < m; k += 1) {
      const second = starts[k] === Infinity ? span - 1 : (starts[k]! - min) / 1000;
      packed[k] = (severity[k]! * span + second) * m + k;
    }
    packed.sort();
    order = new Uint32Array(m);
    for (let j = 0; j < m; j += 1) order[j] = packed[j]! % m;
    let at = 0;
    while (at < m) {
      const group = Math.floor(packed[at]! / m);
      let end = at + 1;
      while (end < m && Math.floor(packed[end]! / m) === group) end += 1;
      if (end - at > 1) order.subarray(at, end).sort(byText);
      at = end;
    }
  } else {
    order = new Uint32Array(m);
    for (let k = 0; k < m; k += 1) order[k] = k;
    order.sort((a, b) => severity[a]! - severity[b]! || compareNumbers(starts[a]!, starts[b]!) || byText(a, b));
  }
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (let j = 0; j < m; j += 1) {
    const finding = findings[order[j]!]!;
    if (seen.has(finding.id)) continue;
    seen.add(finding.id);
    out.push(finding);
  }
  return out;
}

/**
 * Findings of one rule sharing their earliest meeting (one city meeting, six townships' late relays:
 * QF-6) read by their next meetings' starts, so that the list follows the dependents' dates rather
 * than their ids; a finding citing fewer meetings first.
 */
function compareStartLists(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const order = compareNumbers(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function compareRest(a: Finding, b: Finding): number {
  return (
    compareText(a.id, b.id) ||
    // Same id means same rule, kind, occurrences and people: a duplicate, unless a rule reported
    // one conflict twice with different data. The data then decides, so the survivor is stable.
    compareText(JSON.stringify(a.data), JSON.stringify(b.data))
  );
}

/** The start of the stretch of time a finding is about, when it carries one in its data; else Infinity. */
function ownStart(finding: Finding): number {
  const text = match(finding)
    .with({ kind: P.union('cadence-missed', 'cadence-crowded') }, (f) => f.data.periodStart)
    .with({ kind: P.union('coverage-gap', 'coverage-overlap') }, (f) => f.data.start)
    .otherwise(() => null);
  if (text === null) return Infinity;
  const start = DateTime.fromISO(text, { setZone: true });
  return start.isValid ? start.toMillis() : Infinity;
}

function refStart(ref: OccurrenceRef, zone: string): number {
  const start = DateTime.fromISO(ref.start, { zone, setZone: !ref.allDay });
  return start.isValid ? start.toMillis() : Infinity;
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

// Code-point order, not localeCompare: the same on every machine and ICU version.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
