/**
 * The HTML report's own text: headings, labels, filter names and the words of its dates, in both
 * languages. Kept apart from `catalog.ts` (findings and problems, whose sentences the report reuses)
 * and typed the same way, so that a label missing in one locale fails to compile.
 */
import type { Lang } from './catalog.js';
import type { Level } from '../model/calendar.js';
import type { RuleKind } from '../model/rule-config.js';
import type { Severity } from '../model/problem.js';
import { report as en } from './en/report.js';
import { report as zhCN } from './zh-CN/report.js';

/** How the swim lanes of the timeline are formed. */
export type LaneMode = 'person' | 'room' | 'calendar';

/** Every text of the HTML report, for one language. Plain strings: the page's script uses them as data. */
export interface ReportMessages {
  /** `<title>` and heading; `{from}` and `{to}` are replaced by the window's days. */
  readonly title: string;
  readonly window: string;
  readonly summary: {
    readonly calendars: string;
    readonly occurrences: string;
    readonly findings: string;
    readonly problems: string;
    /** `{shown}` of `{total}` findings shown after filtering. */
    readonly shown: string;
  };
  readonly severity: { readonly [S in Severity]: string };
  readonly level: { readonly [L in Level]: string };
  readonly ruleKind: { readonly [K in RuleKind]: string };
  readonly lanes: { readonly label: string } & { readonly [M in LaneMode]: string };
  readonly noPerson: string;
  readonly noRoom: string;
  readonly filters: {
    readonly heading: string;
    readonly severity: string;
    readonly office: string;
    readonly level: string;
    readonly kind: string;
    readonly person: string;
    readonly all: string;
    readonly reset: string;
  };
  readonly findingsHeading: string;
  readonly findingsHint: string;
  readonly noFindings: string;
  readonly problemsHeading: string;
  readonly timelineHeading: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly print: string;
  readonly details: {
    readonly heading: string;
    readonly hint: string;
    readonly calendar: string;
    readonly office: string;
    readonly time: string;
    readonly zone: string;
    readonly attendees: string;
    readonly location: string;
    readonly status: string;
    readonly findings: string;
    readonly none: string;
    readonly close: string;
  };
  readonly status: { readonly tentative: string; readonly confirmed: string; readonly cancelled: string; readonly free: string };
  readonly partstat: { readonly accepted: string; readonly declined: string; readonly tentative: string; readonly 'needs-action': string };
  readonly room: string;
  readonly allDay: string;
  readonly earliest: string;
  readonly prerequisite: string;
  readonly dependent: string;
  readonly rule: string;
  readonly message: string;
  readonly time: string;
  /** Weekday names, Monday first (ISO order). */
  readonly weekdays: readonly string[];
  /** Short weekday names for the day axis, Monday first. */
  readonly weekdaysShort: readonly string[];
  /** Month names for English dates (unused by zh-CN, whose months are numbers). */
  readonly months: readonly string[];
  readonly printHeading: string;
  readonly printDay: string;
  readonly generatedBy: string;
}

const messages: Readonly<Record<Lang, ReportMessages>> = { 'zh-CN': zhCN, en };

/**
 * The HTML report's text in one language.
 * @param lang - `zh-CN` or `en`
 * @returns the labels
 * @example
 * reportMessages('zh-CN').severity.error
 * //=> '错误'
 */
export function reportMessages(lang: Lang): ReportMessages {
  return messages[lang];
}
