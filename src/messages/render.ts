/**
 * Turning problems and findings into sentences. The only entry point to human text: everything
 * else carries codes and data.
 */
import type { Finding } from '../model/finding.js';
import type { Problem, ProblemCode } from '../model/problem.js';
import type { LoadProblemDataMap } from '../model/load-problem.js';
import type { Catalog, Lang } from './catalog.js';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';
import { withClockMarks } from './internal/time-text.js';

const catalogs: Readonly<Record<Lang, Catalog>> = { 'zh-CN': zhCN, en };

function isLoadCode(catalog: Catalog, code: ProblemCode): code is keyof LoadProblemDataMap {
  return Object.prototype.hasOwnProperty.call(catalog.load, code);
}

/**
 * Renders a problem in the given language.
 * @param problem - the problem to explain
 * @param lang - `zh-CN` (default) or `en`
 * @returns one sentence, without the location
 * @example
 * renderProblem({ code: 'undecodable-input', severity: 'error', source: { file: 'a.ics', line: 1 }, data: { detail: 'x' } }, 'en')
 * //=> 'cannot decode the input: x'
 */
export function renderProblem(problem: Problem, lang: Lang = 'zh-CN'): string {
  const catalog = catalogs[lang];
  // The two maps have disjoint keys (checked by a test), so the code alone picks the table.
  const table = (isLoadCode(catalog, problem.code) ? catalog.load : catalog.config) as Record<
    string,
    (data: unknown) => string
  >;
  const render = table[problem.code];
  if (render === undefined) throw new Error(`no message for problem code ${problem.code}`);
  return oneLine(render(problem.data));
}

/**
 * A title read from a file may hold line breaks (an escaped `\n` in SUMMARY, RFC 5545 §3.3.11: a
 * title pasted from a notice); a sentence quoting it is one line, so each break becomes a space
 * (QB-23). The data keep the title as read.
 * @param text - a rendered sentence or a title
 * @returns the text with every line break (and the blanks around it) as one space
 * @example
 * oneLine('关于召开全区安全生产\n工作会议的通知') //=> '关于召开全区安全生产 工作会议的通知'
 */
export function oneLine(text: string): string {
  return /[\r\n\u2028\u2029]/u.test(text) ? text.replace(/[^\S\r\n\u2028\u2029]*[\r\n\u2028\u2029]+\s*/gu, ' ') : text;
}

/**
 * Renders a finding's message in the given language.
 * @param finding - a rule's finding
 * @param lang - `zh-CN` (default) or `en`
 * @returns one sentence
 */
export function renderFinding(finding: Finding, lang: Lang = 'zh-CN'): string {
  const table = catalogs[lang].findings as Record<string, (data: unknown) => string>;
  const render = table[finding.kind];
  if (render === undefined) throw new Error(`no message for finding kind ${finding.kind}`);
  // Meetings are quoted by their SUMMARY; one without (a private item, a room-booking export) would
  // read as “” (QA26-35): the quotes hold a placeholder instead.
  const text = oneLine(withClockMarks(finding.data, () => render(finding.data)));
  return lang === 'zh-CN' ? text.replaceAll('“”', '“（无标题）”') : text.replaceAll('""', '"(untitled)"');
}
