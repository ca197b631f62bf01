/**
 * The checker: loads the configured calendars, runs every enabled rule over all their occurrences
 * and returns one sorted, deterministic report. Pure: calendar contents come in as a map from file
 * name to text or bytes (`io/` reads them), nothing here touches files or the clock.
 */
import type { CalendarInfo } from '../model/calendar.js';
import type { Config } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { Occurrence } from '../model/occurrence.js';
import { startMillis } from '../load/occurrence-millis.js';
import { markUnreadablePrerequisites } from '../rules/internal/ordering.js';
import { assemble } from './check-occurrences.js';
import { orderFindings } from './internal/run-rules.js';
import { markUnreadRoutines } from './internal/unread-routines.js';
import { markBeyondExport } from './internal/beyond-export.js';
import { loadSources, type CalendarSources } from './load-sources.js';
import { summarize, type Report } from './report.js';

export type { CalendarSources } from './load-sources.js';

/**
 * Loads every configured calendar from `sources` and checks them together. Load problems and
 * skipped components are carried into the report; a calendar whose file is not in `sources` is a
 * `missing-source` problem (the other calendars are still checked).
 *
 * Prerequisites may lie before the window: calendars are read from the start of each `follows`
 * rule's cycle period (cycle `none`: one year back), and — only when a link of a meeting in the
 * window is unmet — a year back for `related-to` targets. What is read before the window serves as
 * prerequisites only: findings must involve a meeting in the window, and `summary.occurrences`
 * counts the window. An `order-missing` whose prerequisite could be on a calendar that was not read
 * (missing, not iCalendar, empty, undecodable) is `info` and names it in `data.unreadable`; so are a
 * `coverage-gap` of a duty calendar not read and a `cadence-missed` whose meeting could sit on one.
 *
 * Holiday calendars named in `holidays.ics` are taken from `sources` too (keyed as written there)
 * unless the config already carries their days (`loadHolidayCalendars`, as `tongchou check` does):
 * a caller who passes the files and forgets that step must not get holidays silently ignored.
 * @param input - a validated config, the calendars' contents, and the config's file name for problem locations
 * @returns the report
 * @example
 * const report = check({ config, sources: new Map([['calendars/city.ics', text]]) });
 * report.summary.findings.error
 * //=> 1
 */
export function check(input: CheckInput): Report {
  return checkSources(input).report;
}

/** What {@link check} takes: a validated config, the calendars' contents, the config's file name for problem locations. */
export interface CheckInput {
  readonly config: Config;
  readonly sources: CalendarSources;
  readonly configFile?: string | null;
}

/** {@link check}'s report with what it read: for a caller that shows the meetings too (the HTML report). */
export interface CheckedSources {
  readonly report: Report;
  /** The occurrences that touch the window (the look-back left out), in the order the rules saw them. */
  readonly occurrences: readonly Occurrence[];
  /** What each calendar read says of itself (name from X-WR-CALNAME, zone), in config order; missing files left out. */
  readonly calendars: readonly CalendarInfo[];
}

/**
 * {@link check}, also returning the occurrences of the window and the calendars as read, so that a
 * caller showing them (the CLI's HTML timeline, a calendar's X-WR-CALNAME) need not read every file
 * a second time.
 * @param input - a validated config, the calendars' contents, and the config's file name for problem locations
 * @returns the report, the window's occurrences and the calendars' information
 * @example
 * const { report, occurrences } = checkSources({ config, sources: new Map([['calendars/city.ics', text]]) });
 * report.summary.occurrences === occurrences.length
 * //=> true
 */
export function checkSources(input: CheckInput): CheckedSources {
  const { config, window, loadWindow, problems, occurrences, unreadable, inWindow, events, skipped, calendars } = loadSources(input);
  // One pass splits the window from the context read around it; the context's keys are remembered
  // (fewer than the window's, and a set of all keys cost 60 ms at 100 000 occurrences).
  const inside: Occurrence[] = [];
  const outside = new Set<string>();
  for (const o of occurrences) {
    if (inWindow(o)) inside.push(o);
    else outside.add(o.key);
  }
  const assembled = assemble(
    occurrences,
    config,
    config.window,
    problems,
    { calendars: config.calendars.length, events, occurrences: inside.length, skipped },
    true,
  );
  // The rules only know the window; the calendars were read from the look-back start, so an
  // order-missing says from when it really searched (the "只查看了…起" clause goes in the common case).
  const marked = markWhatWasRead(assembled.findings, { config, loadWindow, unreadable, calendars, occurrences });
  const clipped = calendars.some((c) => c.exportRange !== undefined);
  const report = unreadable.size === 0 && !clipped ? { ...assembled, findings: marked } : withFindings(assembled, marked, occurrences, config);
  // Occurrences outside the window (the look-back before it, a moved revision after it) serve the
  // rules as context; a finding must touch the window itself.
  if (outside.size === 0) return { report, occurrences: inside, calendars };
  const findings = report.findings.filter((f) => f.occurrences.length === 0 || f.occurrences.some((o) => !outside.has(o.key)));
  return { report: { ...report, findings, summary: summarize(findings, report.summary) }, occurrences: inside, calendars };
}

/**
 * What the rules' findings say once it is known what was read: an order-missing says from when the
 * calendars were really searched (the look-back start; the "只查看了…起" clause goes in the common case);
 * an order-missing, a roster gap or a missed routine meeting whose calendar could sit among those not
 * read says so instead of blaming the schedule (qa-bugs QA-8, QC-19); so does one needing a calendar's
 * meetings on days its file was not exported for (X-CLIPEND, QF-16). Shared by `check` and the save
 * button (`prepareCheckFromSources`), which must say the same of a meeting (PR-6).
 * @param findings - the rules' findings
 * @param read - what loading the sources gave
 * @returns the findings, marked
 */
export function markWhatWasRead(
  findings: readonly Finding[],
  read: Pick<ReturnType<typeof loadSources>, 'config' | 'loadWindow' | 'unreadable' | 'calendars' | 'occurrences'>,
): Finding[] {
  const { config, loadWindow, unreadable, calendars, occurrences } = read;
  const searched = searchedFrom(findings, loadWindow.from.setZone(config.timezone).toISODate() ?? config.window.from);
  const marked =
    unreadable.size === 0
      ? searched
      : markUnreadRoutines(markUnreadablePrerequisites(searched, config.rules, config.calendars, unreadable), config.rules, config.calendars, unreadable);
  return calendars.some((c) => c.exportRange !== undefined)
    ? markBeyondExport(marked, config.rules, config.calendars, calendars, config.timezone, occurrences, config.people ?? [])
    : marked;
}

/**
 * `checkedFrom` of the `follows` rules' order-missing findings, from the day the calendars were
 * really read from: the period's first day when the reading began no later, else that day.
 */
function searchedFrom(findings: readonly Finding[], loadedFrom: string): Finding[] {
  return findings.map((f) => {
    if (f.kind !== 'order-missing' || f.data.pairedBy !== 'rule') return f;
    const checkedFrom = f.data.period !== '*' && f.data.period >= loadedFrom ? f.data.period : loadedFrom;
    return checkedFrom === f.data.checkedFrom ? f : { ...f, data: { ...f.data, checkedFrom } };
  });
}

/** How far links look back before the window: as far as a `follows` rule with cycle `none`. */

/** Load problems after which a calendar's meetings are not (all) known. */




/** The report with other findings (same ids), re-sorted and re-counted. */
function withFindings(report: Report, findings: readonly Finding[], occurrences: readonly Occurrence[], config: Config): Report {
  const starts = new Map(occurrences.map((o) => [o.key, startMillis(o)]));
  const sorted = orderFindings(findings, (key) => starts.get(key), config.timezone);
  return { ...report, findings: sorted, summary: summarize(sorted, report.summary) };
}

