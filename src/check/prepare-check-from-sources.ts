/**
 * The save button's set-up in one call: the configured calendars read exactly as `check` reads
 * them, then indexed for `checkProposal` and `suggestSlots`. Loading each file over the config's
 * window alone (what a tool would do with `loadCalendar`) misses what `check` reads around it —
 * the city meeting of last week that this week's relay follows (QC-13) — and every proposal would
 * then be told "上级会议尚未安排".
 */
import type { CalendarInfo } from '../model/calendar.js';
import type { Config } from '../model/config.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import { markWhatWasRead } from './check.js';
import { markReadWith, prepareCheck, type PreparedCheck } from './check-proposal.js';
import { loadSources, type CalendarSources } from './load-sources.js';

/** What {@link prepareCheckFromSources} gives back. */
export interface PreparedSources {
  /** For `checkProposal`, `routineFindings`-style calls and `suggestSlots`. */
  readonly prepared: PreparedCheck;
  /** Every occurrence read (the look-around included), sorted as the rules see them. */
  readonly occurrences: readonly Occurrence[];
  /** What each calendar read says of itself, in config order (missing files left out). */
  readonly calendars: readonly CalendarInfo[];
  /** Load problems (and missing files), as `check` reports them. */
  readonly problems: readonly Problem[];
}

/**
 * Loads every configured calendar from `sources` as {@link check} does — the ordering rules' look-back
 * before the window, later revisions moved out of it, links' targets a year either side — and
 * prepares the result for {@link checkProposal}. Pure: `sources` maps file names (as in the config) to
 * text or bytes.
 * @param input - a validated config, the calendars' contents, the config's file name for problem locations
 * @returns the prepared check, the occurrences and calendars read, and the load problems
 * @example
 * const { prepared } = prepareCheckFromSources({ config, sources: new Map([['calendars/city.ics', text]]) });
 * checkProposal(prepared, { calendar: 'dist', summary: '传达会', start, end }).length
 * //=> 0
 */
export function prepareCheckFromSources(input: { readonly config: Config; readonly sources: CalendarSources; readonly configFile?: string | null }): PreparedSources {
  const loaded = loadSources(input);
  const prepared = prepareCheck({ occurrences: loaded.occurrences, config: loaded.config, window: loaded.config.window, calendars: loaded.calendars });
  // The save button says what `check` says of calendars not read or not exported that far (PR-6).
  markReadWith(prepared, (findings) => markWhatWasRead(findings, loaded));
  return { prepared, occurrences: loaded.occurrences, calendars: loaded.calendars, problems: loaded.problems };
}
