/**
 * The command line's own text: usage, headings, labels and usage errors, in both languages. Kept
 * apart from `catalog.ts` (problems and findings, used by the library) because only the CLI needs
 * it; typed the same way, so a key missing in one locale fails to compile.
 */
import type { Lang, MessagesFor } from './catalog.js';
import type { Severity } from '../model/problem.js';
import type { ReadFailureReason } from '../io/read-failure.js';
import { cli as en } from './en/cli.js';
import { cli as zhCN } from './zh-CN/cli.js';

/** The verbs of `tongchou`. */
export type Verb = 'expand' | 'check' | 'init' | 'suggest';

/** Mistakes on the command line, each with what is needed to explain it. */
export interface UsageErrorDataMap {
  'unknown-verb': { readonly verb: string };
  'missing-verb': Record<string, never>;
  'unknown-flag': { readonly verb: Verb; readonly flag: string };
  'missing-value': { readonly flag: string };
  'unexpected-value': { readonly flag: string };
  'invalid-date': { readonly flag: string; readonly value: string };
  'invalid-choice': { readonly flag: string; readonly value: string; readonly choices: string };
  'invalid-zone': { readonly value: string };
  'ambiguous-zone': { readonly value: string; readonly resolved: string };
  'window-reversed': { readonly from: string; readonly to: string };
  'missing-file': { readonly verb: Verb };
  'one-file-only': { readonly verb: Verb; readonly count: number };
  'config-and-files': Record<string, never>;
  'output-exists': { readonly file: string };
}

/** Every usage error code. */
export type UsageErrorCode = keyof UsageErrorDataMap;

/** A calendar date, for locale-specific formatting. `weekday` is ISO: 1 = Monday … 7 = Sunday. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

/** Counts shown at the end of a check report. */
export interface SummaryCounts {
  readonly calendars: number;
  readonly occurrences: number;
  readonly skipped: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly from: string;
  readonly to: string;
}

/** Every text the CLI prints, for one language. */
export interface CliMessages {
  /** Full `--help` text of the program and of each verb. */
  readonly usage: { readonly [V in Verb | 'main']: string };
  readonly usageError: MessagesFor<UsageErrorDataMap>;
  /** Printed after a usage error: where to find help. */
  readonly seeHelp: (d: { readonly verb: Verb | null }) => string;
  readonly unreadable: (d: { readonly file: string; readonly reason: ReadFailureReason; readonly detail: string }) => string;
  readonly writeFailed: (d: { readonly file: string; readonly detail: string }) => string;
  readonly jsonSyntax: (d: { readonly found: string | null }) => string;
  readonly invalidConfig: (d: { readonly file: string; readonly count: number }) => string;
  readonly error: string;
  readonly date: (d: DateParts) => string;
  /** A date in the same year as the one before it, in a range. */
  readonly dateInYear: (d: DateParts) => string;
  readonly allDay: string;
  readonly status: { readonly tentative: string; readonly confirmed: string; readonly cancelled: string };
  readonly skippedHeading: (d: { readonly count: number }) => string;
  readonly problemsHeading: (d: { readonly count: number }) => string;
  readonly severityHeading: (d: { readonly severity: Severity; readonly count: number }) => string;
  readonly severityLabel: { readonly [S in Severity]: string };
  readonly suggestion: (d: { readonly start: string }) => string;
  /** One occurrence cited by a finding: when, what, and whose calendar. */
  readonly findingOccurrence: (d: { readonly when: string; readonly summary: string; readonly where: string }) => string;
  /** After the first few meetings of a long finding (QA26-50): how many more it cites, and where to see them all. */
  readonly moreOccurrences: (d: { readonly more: number; readonly total: number }) => string;
  readonly noFindings: string;
  readonly summary: (d: SummaryCounts) => string;
  readonly expandSummary: (d: { readonly occurrences: number; readonly skipped: number; readonly from: string; readonly to: string }) => string;
  readonly emptyWindow: (d: { readonly loaded: number; readonly from: string; readonly to: string }) => string;
  readonly defaultWindow: (d: { readonly from: string; readonly to: string }) => string;
  readonly zeroConfigHint: (d: { readonly files: string }) => string;
  readonly initWrote: (d: { readonly file: string; readonly calendars: number }) => string;
  readonly reportWritten: (d: { readonly file: string }) => string;
}

const catalogs: Readonly<Record<Lang, CliMessages>> = { 'zh-CN': zhCN, en };

/**
 * The CLI text in one language.
 * @param lang - `zh-CN` or `en`
 * @returns the catalog
 * @example
 * cliMessages('en').allDay
 * //=> 'all day'
 */
export function cliMessages(lang: Lang): CliMessages {
  return catalogs[lang];
}
