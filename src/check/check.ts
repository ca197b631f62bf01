/**
 * The checker: loads the configured calendars, runs every enabled rule over all their occurrences
 * and returns one sorted, deterministic report. Pure: calendar contents come in as a map from file
 * name to text or bytes (`io/` reads them), nothing here touches files or the clock.
 */
import type { CalendarMeta } from '../model/calendar.js';
import type { Config } from '../model/config.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import { loadCalendar } from '../load/load-calendar.js';
import { assemble } from './check-occurrences.js';
import { configWindow } from './config-window.js';
import { summarize, type Report } from './report.js';
import { Duration, type DateTime } from 'luxon';

/** Occurrences per calendar when the config sets no `maxOccurrencesPerCalendar` (as the loader's default). */
const DEFAULT_CAP = 100_000;

/** Calendar files by the `file` value written in the config, with their content. */
export type CalendarSources = ReadonlyMap<string, string | Uint8Array>;

/**
 * Loads every configured calendar from `sources` and checks them together. Load problems and
 * skipped components are carried into the report; a calendar whose file is not in `sources` is a
 * `missing-source` problem (the other calendars are still checked).
 * @param input - a validated config, the calendars' contents, and the config's file name for problem locations
 * @returns the report
 * @example
 * const report = check({ config, sources: new Map([['calendars/city.ics', text]]) });
 * report.summary.findings.error
 * //=> 1
 */
export function check(input: { readonly config: Config; readonly sources: CalendarSources; readonly configFile?: string | null }): Report {
  const { config } = input;
  const window = configWindow(config.window, config.timezone);
  // Ordering rules pair a dependent with a prerequisite of the same cycle period, which may begin
  // before the window (a yearly cycle seen through a Q2 window): the calendars are loaded from the
  // start of that period, and findings are kept only where they touch the window itself.
  const loadWindow = { from: lookbackStart(config, window.from), to: window.to };
  const lookbackFactor =
    (loadWindow.to.toMillis() - loadWindow.from.toMillis()) / Math.max(1, window.to.toMillis() - window.from.toMillis());
  const problems: Problem[] = [];
  const occurrences: Occurrence[] = [];
  let events = 0;
  let skipped = 0;
  config.calendars.forEach((calendar, index) => {
    const source = input.sources.get(calendar.file);
    if (source === undefined) {
      problems.push({
        code: 'missing-source',
        severity: 'error',
        source: { file: input.configFile ?? null, path: ['calendars', index, 'file'] },
        data: { calendar: calendar.id, file: calendar.file },
      });
      return;
    }
    const meta: CalendarMeta = {
      id: calendar.id,
      name: calendar.name,
      office: calendar.office,
      level: calendar.level,
      owner: calendar.owner,
    };
    const loaded = loadCalendar(source, {
      meta,
      window: loadWindow,
      defaultZone: config.timezone,
      // A calendar's own `timezone` is the user's statement about that file and beats X-WR-TIMEZONE.
      floatingZone: calendar.timezone,
      file: calendar.file,
      // The cap is meant for the window: the look-back months get room of their own in proportion,
      // so they never crowd out occurrences inside the window (qa-bugs QA-13).
      maxOccurrences: Math.ceil((config.maxOccurrencesPerCalendar ?? DEFAULT_CAP) * lookbackFactor),
    });
    problems.push(...loaded.problems);
    occurrences.push(...loaded.occurrences);
    events += loaded.counts.loaded;
    skipped += loaded.counts.skipped;
  });
  const from = window.from.toMillis();
  const to = window.to.toMillis();
  const inWindow = (o: Occurrence) =>
    o.end.toMillis() > o.start.toMillis() ? o.end.toMillis() > from && o.start.toMillis() < to : o.start.toMillis() >= from && o.start.toMillis() < to;
  const report = assemble(occurrences, config, config.window, problems, {
    calendars: config.calendars.length,
    events,
    occurrences: occurrences.filter(inWindow).length,
    skipped,
  });
  if (loadWindow.from.toMillis() === from) return report;
  const visible = new Set(occurrences.filter(inWindow).map((o) => o.key));
  const findings = report.findings.filter((f) => f.occurrences.length === 0 || f.occurrences.some((o) => visible.has(o.key)));
  return { ...report, findings, summary: summarize(findings, report.summary) };
}

/**
 * The earliest instant the ordering rules need: the start of the cycle period (year, quarter,
 * month, ISO week, in the config's zone) that contains the window's start, for every enabled
 * `follows` rule with a cycle; `none` looks back by its `maxGap`, or one year.
 */
function lookbackStart(config: Config, from: DateTime): DateTime {
  let earliest = from;
  for (const rule of config.rules) {
    if (rule.kind !== 'follows' || rule.enabled === false) continue;
    const local = from.setZone(config.timezone);
    const cycle = rule.cycle ?? 'none';
    const start =
      cycle === 'none'
        ? local.minus(rule.maxGap !== undefined && Duration.fromISO(rule.maxGap).isValid ? Duration.fromISO(rule.maxGap) : { years: 1 })
        : local.startOf(cycle);
    if (start.toMillis() < earliest.toMillis()) earliest = start;
  }
  return earliest;
}
