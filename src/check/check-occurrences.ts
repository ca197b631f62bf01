/**
 * Checking occurrences that are already loaded: every enabled rule over all of them, one sorted,
 * deterministic report. The full check (`check.ts`) and the proposal check share the rule runner.
 */
import type { LocationEntry, TravelEntry, HolidayData } from '../model/config.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Person } from '../model/person.js';
import type { Problem } from '../model/problem.js';
import type { RuleConfig } from '../model/rule-config.js';
import { createDirectory } from '../people/directory.js';
import { createPlaces } from '../places/places.js';
import { attendanceHints } from '../people/attendance-hints.js';
import { configWindow } from './config-window.js';
import { citedStarts } from './internal/cited-starts.js';
import { sortOccurrences } from './internal/sort-occurrences.js';
import { effectiveRules, orderFindings, runRules, type RuleSetup } from './internal/run-rules.js';
import { summarize, type Report, type ReportSummary } from './report.js';

/**
 * What a check needs besides the occurrences: a {@link Config} without its calendars. `people`,
 * `locations` and `travel` default to empty, as in the config file.
 */
export interface CheckSettings {
  readonly timezone: string;
  readonly rules: readonly RuleConfig[];
  readonly people?: readonly Person[] | undefined;
  readonly locations?: readonly LocationEntry[] | undefined;
  readonly travel?: readonly TravelEntry[] | undefined;
  /** The user's holiday data for `working-days` (config `holidays`). */
  readonly holidays?: HolidayData | undefined;
}

/** Occurrences already loaded, with the settings to check them by. */
export interface OccurrencesInput {
  /** Occurrences of every calendar, in any order; keys must be unique. */
  readonly occurrences: readonly Occurrence[];
  readonly config: CheckSettings;
  /** Inclusive dates `YYYY-MM-DD`, read in `config.timezone`. */
  readonly window: { readonly from: string; readonly to: string };
}

/**
 * What every rule run of a check shares: directory, places, the window as instants, the zone and
 * the rules that run.
 * @param config - the settings
 * @param window - inclusive dates, read in `config.timezone`
 * @param occurrences - the check's occurrences, when known: the directory reads a 领导活动安排 record of a
 *   meeting (李明：出席全省经济工作会议) as his booking only when no loaded meeting is that one (QC-41)
 * @returns the setup
 * @example
 * ruleSetup({ timezone: 'Asia/Shanghai', rules: [] }, { from: '2022-04-01', to: '2022-06-30' }).rules.map((r) => r.id)
 * //=> ['related-to']
 */
export function ruleSetup(config: CheckSettings, window: OccurrencesInput['window'], occurrences?: readonly Occurrence[]): RuleSetup {
  return {
    directory: createDirectory(config.people ?? [], occurrences),
    places: createPlaces(config.locations ?? [], config.travel ?? []),
    window: configWindow(window, config.timezone),
    zone: config.timezone,
    rules: effectiveRules(config.rules),
    ...(config.holidays !== undefined && { holidays: config.holidays }),
  };
}

/**
 * Checks occurrences that are already loaded (from `loadCalendar`, or built by an office tool).
 * Every enabled rule runs (plus `related-to`, unless the config turns it off); each finding gets the
 * rule's severity override and a stable id; duplicates are dropped; findings are sorted by severity
 * (error first), earliest start, rule id, then id. The result does not depend on the order of the
 * occurrences.
 * @param input - occurrences, settings and window
 * @returns the report; `summary.calendars` and `events` count what the occurrences show
 * @example
 * checkOccurrences({ occurrences, config: { timezone: 'Asia/Shanghai', rules: [{ id: 'rooms', kind: 'venue' }] },
 *   window: { from: '2022-04-01', to: '2022-06-30' } }).findings.map((f) => f.kind)
 * //=> ['venue']
 */
export function checkOccurrences(input: OccurrencesInput): Report {
  return assemble(input.occurrences, input.config, input.window, [], { ...countEvents(input.occurrences), occurrences: input.occurrences.length, skipped: 0 });
}

/**
 * How many calendars (by id) and events (UIDs per calendar) the occurrences show. UIDs are counted
 * in a set per calendar id, not as joined `calendar + uid` strings: a series' instances share one
 * UID string, whose hash is computed once, where a million joined strings each had to be built and
 * hashed (0.5 s at a million occurrences).
 */
function countEvents(occurrences: readonly Occurrence[]): { calendars: number; events: number } {
  const uidsOf = new Map<string, Set<string>>();
  let lastId: string | null = null;
  let uids = new Set<string>();
  for (const o of occurrences) {
    const id = o.calendar.id;
    if (id !== lastId) {
      lastId = id;
      const known = uidsOf.get(id);
      if (known === undefined) uidsOf.set(id, (uids = new Set()));
      else uids = known;
    }
    uids.add(o.uid);
  }
  let events = 0;
  for (const set of uidsOf.values()) events += set.size;
  return { calendars: uidsOf.size, events };
}

/**
 * What the attendance rules could not see, as info problems (`attendanceHints`: an attendee whose
 * address is not their namesake's in the directory, an office calendar naming nobody), over the
 * occurrences read, when an attendance rule runs. Duty rosters name their people in titles.
 */
function hintsFor(occurrences: readonly Occurrence[], setup: RuleSetup): Problem[] {
  const attendance = setup.rules.some((r) => r.kind === 'no-double-booking' || r.kind === 'travel-time' || r.kind === 'required-attendance');
  if (!attendance) return [];
  const rosters = new Set(setup.rules.flatMap((r) => (r.kind === 'coverage' ? (typeof r.calendar === 'string' ? [r.calendar] : [...r.calendar]) : [])));
  // Over every occurrence read (the look-back's too): the hints are about the calendars' data, and
  // a filter reading each occurrence's instants would cost as much as the hints themselves.
  return attendanceHints(occurrences, setup.directory, rosters);
}

/**
 * Runs the rules over occurrences and builds the report around their findings (used by `check`).
 * @param occurrences - every occurrence, any order
 * @param config - the settings
 * @param window - inclusive dates
 * @param problems - input problems to carry
 * @param counts - input counts for the summary
 * @param sorted - true when `occurrences` is already in rule order (`sortOccurrences`): that very
 *   list is handed to the rules, so what was memoised on it (ordering dependencies) is reused
 * @returns the report
 * @example
 * assemble([], { timezone: 'Asia/Shanghai', rules: [] }, { from: '2022-05-01', to: '2022-05-31' }, [],
 *   { calendars: 0, events: 0, occurrences: 0, skipped: 0 }).findings
 * //=> []
 */
export function assemble(
  occurrences: readonly Occurrence[],
  config: CheckSettings,
  window: OccurrencesInput['window'],
  problems: readonly Problem[],
  counts: Omit<ReportSummary, 'findings'>,
  alreadySorted = false,
): Report {
  const setup = ruleSetup(config, window, occurrences);
  const sorted = alreadySorted ? occurrences : sortOccurrences(occurrences);
  const findings = orderFindings(runRules(sorted, setup), citedStarts(sorted), config.timezone);
  return {
    version: 1,
    window: { from: window.from, to: window.to, timezone: config.timezone },
    findings,
    problems: [...problems, ...hintsFor(occurrences, setup)],
    summary: summarize(findings, counts),
  };
}
