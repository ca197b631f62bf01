/**
 * The text the CLI prints for people: one line per occurrence for `expand`, findings grouped by
 * severity for `check`. Times are shown in the zone each meeting was written in, so an office reads
 * the times it typed; all words come from the catalogs in `messages/`.
 */
import type { Lang } from '../messages/catalog.js';
import { cliMessages, type CliMessages } from '../messages/cli-catalog.js';
import { oneLine, renderProblem } from '../messages/render.js';
import { formatJsonPath } from '../config/json-path.js';
import type { LoadResult } from '../model/load-result.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import type { Report } from '../check/report.js';
import type { Finding, OccurrenceRef } from '../model/finding.js';
import type { Severity } from '../model/problem.js';
import { renderFinding } from '../messages/render.js';
import { compareOccurrences, problemOf } from './format-json.js';
import { formatInstant, formatSpan, fromReportIso } from './format-time.js';
import type { DayWindow } from './resolve-window.js';

/**
 * Where a problem is: `file:line` for a calendar, `file: rules[2].minGap` for a config value.
 * @param problem - the problem
 * @returns the location, or the empty string for input given in memory
 * @example
 * problemLocation({ code: 'invalid-duration', severity: 'error', source: { file: 'tongchou.json', path: ['rules', 2, 'minGap'] }, data: { value: 'P1X' } })
 * //=> 'tongchou.json: rules[2].minGap'
 */
export function problemLocation(problem: Problem): string {
  const { source } = problem;
  const file = source.file ?? '';
  if ('line' in source) return `${file === '' ? '<input>' : file}:${source.line}`;
  const path = formatJsonPath(source.path);
  return file === '' ? path : path === '' ? file : `${file}: ${path}`;
}

/**
 * One problem as a line: location, severity, sentence and code.
 * @param problem - the problem
 * @param lang - the reader's language
 * @returns e.g. `a.ics:12  警告  未知时区 …  [unknown-tzid]`
 */
export function formatProblemLine(problem: Problem, lang: Lang): string {
  const messages = cliMessages(lang);
  return `${problemLocation(problem)}  ${messages.severityLabel[problem.severity]}  ${renderProblem(problem, lang)}  [${problem.code}]`;
}

function occurrenceLine(o: Occurrence, messages: CliMessages): string {
  const status = o.status === 'tentative' || o.status === 'cancelled' ? `（${messages.status[o.status]}）` : '';
  // Shown when a meeting was written in another zone than the calendar's: its times are that zone's.
  const zone = !o.allDay && o.start.zoneName !== o.calendar.defaultZone ? `  [${o.start.zoneName ?? ''}]` : '';
  return `${formatSpan(o.start, o.end, o.allDay, messages)}  ${oneLine(o.summary)}${status}${zone}`;
}

/**
 * The text of `tongchou expand`.
 * @param result - the load result
 * @param window - the window, as days, for the summary line
 * @param lang - the reader's language
 * @returns the whole output, ending with a newline
 * @example
 * formatExpandText(result, { from: '2022-05-01', to: '2022-05-31' }, 'zh-CN')
 * //=> '2022年5月10日 星期二 09:00–11:00  区委常委会\n\n2022-05-01 至 2022-05-31 共 1 个会议场次；未读取 0 个组件。\n'
 */
export function formatExpandText(result: LoadResult, window: DayWindow, lang: Lang): string {
  const messages = cliMessages(lang);
  const lines = [...result.occurrences].sort(compareOccurrences).map((o) => occurrenceLine(o, messages));
  if (result.skipped.length > 0) {
    lines.push('', messages.skippedHeading({ count: result.skipped.length }));
    for (const s of [...result.skipped].sort((a, b) => a.source.line - b.source.line)) {
      const problem = problemOf(s, result.problems);
      const where = `${s.source.file ?? ''}:${s.source.line}`;
      lines.push(`  ${where}  ${s.component}  ${problem === undefined ? '' : renderProblem(problem, lang)}  [${s.code}]`);
    }
  }
  // Problems on loaded components (warnings such as an unknown TZID read in the default zone).
  const explaining = new Set(result.skipped.map((s) => problemOf(s, result.problems)));
  const others = result.problems.filter((p) => !explaining.has(p));
  if (others.length > 0) {
    lines.push('', messages.problemsHeading({ count: others.length }));
    for (const p of others) lines.push(`  ${formatProblemLine(p, lang)}`);
  }
  lines.push('', messages.expandSummary({ occurrences: result.occurrences.length, skipped: result.skipped.length, ...window }));
  if (result.occurrences.length === 0 && result.counts.loaded > 0) {
    lines.push(messages.emptyWindow({ loaded: result.counts.loaded, ...window }));
  }
  // Without occurrences the list is empty: do not open with a blank line.
  return `${(lines[0] === '' ? lines.slice(1) : lines).join('\n')}\n`;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function citedOccurrence(ref: OccurrenceRef, messages: CliMessages, names: ReadonlyMap<string, string>): string {
  const start = fromReportIso(ref.start);
  const end = fromReportIso(ref.end);
  // A value that does not parse is shown as written rather than as "NaN年".
  const when = start.isValid && end.isValid ? formatSpan(start, end, ref.allDay, messages) : `${ref.start}–${ref.end}`;
  return messages.findingOccurrence({ when, summary: oneLine(ref.summary), where: ref.office ?? names.get(ref.calendar) ?? ref.calendar });
}

/**
 * Meetings listed under one finding before the rest are counted instead (QA26-50): a coverage overlap
 * of two daily rosters cites 182 shifts, and staff read the report on screen or on paper. The JSON
 * report keeps every one.
 */
export const MAX_LISTED_OCCURRENCES = 6;
/** When the list is cut, the meetings shown before the count line. */
const LISTED_BEFORE_COUNT = 5;

function findingParagraph(finding: Finding, n: number, lang: Lang, names: ReadonlyMap<string, string>): string[] {
  const messages = cliMessages(lang);
  // The message already names the people (findings carry their display names in `data`).
  const lines = [`${n}. ${renderFinding(finding, lang)}  [${finding.rule} · ${finding.kind}]`];
  const cited = finding.occurrences;
  const shown = cited.length <= MAX_LISTED_OCCURRENCES ? cited : cited.slice(0, LISTED_BEFORE_COUNT);
  for (const ref of shown) lines.push(`   · ${citedOccurrence(ref, messages, names)}`);
  if (shown.length < cited.length) lines.push(`   · ${messages.moreOccurrences({ more: cited.length - shown.length, total: cited.length })}`);
  if (finding.suggestion !== null) {
    // Shown at the offset the rule wrote it with: the dependent meeting's own local time.
    const start = fromReportIso(finding.suggestion.earliestStart);
    lines.push(`   ${messages.suggestion({ start: start.isValid ? formatInstant(start, messages, true) : finding.suggestion.earliestStart })}`);
  }
  return lines;
}

/**
 * The text of `tongchou check`: findings grouped by severity (errors first), each a short
 * paragraph — the message, the meetings involved in their own local time (the first five and a count
 * of the rest when there are more than {@link MAX_LISTED_OCCURRENCES}), the suggestion; then the
 * problems found in the input; then the counts.
 * @param report - the checker's report
 * @param lang - the reader's language
 * @param names - names to show for calendars without an office, by calendar id (else the id)
 * @returns the whole output, ending with a newline
 * @example
 * formatCheckText(report, 'zh-CN').split('\n')[0]
 * //=> '错误（1 项）'
 */
export function formatCheckText(report: Report, lang: Lang, names: ReadonlyMap<string, string> = new Map()): string {
  const messages = cliMessages(lang);
  const lines: string[] = [];
  let n = 0;
  for (const severity of SEVERITIES) {
    const group = report.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(messages.severityHeading({ severity, count: group.length }), '');
    for (const finding of group) {
      n += 1;
      lines.push(...findingParagraph(finding, n, lang, names), '');
    }
  }
  if (report.findings.length === 0) lines.push(messages.noFindings, '');
  if (report.problems.length > 0) {
    lines.push(messages.problemsHeading({ count: report.problems.length }));
    for (const p of report.problems) lines.push(`  ${formatProblemLine(p, lang)}`);
    lines.push('');
  }
  const { summary } = report;
  lines.push(
    messages.summary({
      calendars: summary.calendars,
      occurrences: summary.occurrences,
      skipped: summary.skipped,
      errors: summary.findings.error,
      warnings: summary.findings.warning,
      infos: summary.findings.info,
      from: report.window.from,
      to: report.window.to,
    }),
  );
  // Events loaded but none in the window: most likely the wrong period, not a clean calendar.
  if (summary.occurrences === 0 && summary.events > 0) {
    lines.push(messages.emptyWindow({ loaded: summary.events, from: report.window.from, to: report.window.to }));
  }
  return `${lines.join('\n')}\n`;
}
