/**
 * The report of a check — findings, input problems and counts — and its JSON form, which is the
 * contract of `tongchou check --format json` and of office tools importing the result.
 */
import type { Lang } from '../messages/catalog.js';
import { renderFinding, renderProblem } from '../messages/render.js';
import { formatJsonPath } from '../config/json-path.js';
import type { Finding, FindingKind, OccurrenceRef, Suggestion } from '../model/finding.js';
import type { Problem, Severity } from '../model/problem.js';

/**
 * Every finding kind, in the order reports list them. Typed so that a kind added to the model
 * without being listed here fails to compile (and so reaches `byKind`).
 */
const KIND_ORDER = {
  order: 0,
  'order-missing': 1,
  'order-late': 2,
  'order-cycle': 3,
  'double-booking': 4,
  'tentative-overlap': 5,
  'travel-time': 6,
  venue: 7,
  'required-missing': 8,
  'required-busy': 9,
  'cadence-missed': 10,
  'cadence-crowded': 11,
  'coverage-gap': 12,
  'coverage-overlap': 13,
  holiday: 14,
  'holiday-unknown': 15,
  'outside-hours': 16,
  'quiet-period': 17,
} as const satisfies Record<FindingKind, number>;

/** Every finding kind this version knows. */
export const FINDING_KINDS = Object.keys(KIND_ORDER) as readonly FindingKind[];

/** Counts over a check, as the report's `summary`. */
export interface ReportSummary {
  /** Calendars in the check (configured, or seen among the occurrences). */
  readonly calendars: number;
  /** VEVENT components loaded (a recurring series counts once). */
  readonly events: number;
  /** Occurrences in the window after expansion. */
  readonly occurrences: number;
  /** Components not loaded (each also explained by a problem). */
  readonly skipped: number;
  readonly findings: {
    readonly total: number;
    readonly error: number;
    readonly warning: number;
    readonly info: number;
    /** Every kind, zero included, so that consumers need no default. */
    readonly byKind: Readonly<Record<FindingKind, number>>;
  };
}

/** The result of a check. */
export interface Report {
  readonly version: 1;
  /** The window as configured: inclusive dates and the zone they are read in. */
  readonly window: { readonly from: string; readonly to: string; readonly timezone: string };
  /** Sorted: severity (error first), earliest occurrence start, rule id, finding id. */
  readonly findings: readonly Finding[];
  /** Defects of the input (load problems, missing calendar files). */
  readonly problems: readonly Problem[];
  readonly summary: ReportSummary;
}

/**
 * Counts findings by severity and kind, next to the input counts.
 * @param findings - the report's findings
 * @param counts - calendars, events, occurrences and skipped components of the input
 * @returns the summary
 * @example
 * summarize([], { calendars: 2, events: 10, occurrences: 40, skipped: 1 }).findings.total
 * //=> 0
 */
export function summarize(
  findings: readonly Finding[],
  counts: { readonly calendars: number; readonly events: number; readonly occurrences: number; readonly skipped: number },
): ReportSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byKind = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
  for (const finding of findings) {
    bySeverity[finding.severity] += 1;
    byKind[finding.kind] += 1;
  }
  return { ...counts, findings: { total: findings.length, ...bySeverity, byKind } };
}

/** A message in several languages, keyed by language. */
export type Messages = Partial<Readonly<Record<Lang, string>>>;

/** An occurrence in the JSON report. */
export interface OccurrenceJson {
  readonly calendar: string;
  readonly uid: string;
  readonly recurrenceId: string | null;
  readonly start: string;
  readonly end: string;
  readonly summary: string;
  readonly office: string | null;
  readonly allDay: boolean;
}

/** A finding in the JSON report. */
export interface FindingJson {
  readonly id: string;
  readonly rule: string;
  readonly kind: FindingKind;
  readonly severity: Severity;
  readonly message: Messages;
  readonly occurrences: readonly OccurrenceJson[];
  readonly people: readonly string[];
  readonly suggestion: Suggestion | null;
  /** The finding's data as the rule gave it (times ISO-8601, durations ISO-8601, minutes numbers). */
  readonly data: Finding['data'];
}

/** A problem in the JSON report: a line for `.ics` files, a dotted path for the config. */
export interface ProblemJson {
  readonly code: string;
  readonly severity: Severity;
  readonly file: string | null;
  readonly line?: number;
  readonly path?: string;
  readonly message: Messages;
  readonly data: Problem['data'];
}

/** The whole JSON report. */
export interface JsonReport {
  readonly version: 1;
  readonly window: Report['window'];
  readonly findings: readonly FindingJson[];
  readonly problems: readonly ProblemJson[];
  readonly summary: ReportSummary;
}

const ALL_LANGS: readonly Lang[] = ['zh-CN', 'en'];

/**
 * The JSON form of a report (`{"version":1,"findings":[…],"summary":{…}}`), with each message
 * rendered in the requested languages — both by default, zh-CN first.
 * @param report - a report from `check`
 * @param lang - one language or several; default both
 * @returns a plain object ready for `JSON.stringify`
 * @example
 * toJsonReport(report).findings[0]?.message
 * //=> { 'zh-CN': '…', en: '…' }
 */
export function toJsonReport(report: Report, lang: Lang | readonly Lang[] = ALL_LANGS): JsonReport {
  const langs = typeof lang === 'string' ? [lang] : lang;
  const messages = (render: (l: Lang) => string): Messages => Object.fromEntries(langs.map((l) => [l, render(l)]));
  return {
    version: 1,
    window: report.window,
    findings: report.findings.map((finding) => ({
      id: finding.id,
      rule: finding.rule,
      kind: finding.kind,
      severity: finding.severity,
      message: messages((l) => renderFinding(finding, l)),
      occurrences: finding.occurrences.map(occurrenceJson),
      people: finding.people,
      suggestion: finding.suggestion,
      data: finding.data,
    })),
    problems: report.problems.map((problem) => ({
      code: problem.code,
      severity: problem.severity,
      file: problem.source.file,
      ...('line' in problem.source ? { line: problem.source.line } : { path: formatJsonPath(problem.source.path) }),
      message: messages((l) => renderProblem(problem, l)),
      data: problem.data,
    })),
    summary: report.summary,
  };
}

function occurrenceJson(ref: OccurrenceRef): OccurrenceJson {
  return {
    calendar: ref.calendar,
    uid: ref.uid,
    recurrenceId: ref.recurrenceId,
    start: ref.start,
    end: ref.end,
    summary: ref.summary,
    office: ref.office,
    allDay: ref.allDay,
  };
}
