/**
 * Findings are the rules' verdicts on a set of occurrences. Like problems they are data — a kind,
 * the data needed to explain it, the occurrences and people involved — and are rendered to text in
 * the reader's language by `messages/`. The kinds and field names are part of the JSON contract.
 */
import type { Severity } from './problem.js';

/**
 * Every finding kind with the shape of its data. Values are strings or numbers so that the JSON
 * report and both locales can use them as they are. Owned by `src/rules/`.
 */
export interface FindingDataMap {
  /** The dependent meeting starts before its prerequisite ends (plus the minimum gap). */
  order: { readonly dependent: string; readonly prerequisite: string; readonly minGap: string; readonly earliestStart: string; readonly pairedBy: string };
}

/** Every finding kind. */
export type FindingKind = keyof FindingDataMap;

/** An occurrence as cited by a finding: enough to find it again in the source calendar. */
export interface OccurrenceRef {
  /** The occurrence's key (see `Occurrence.key`). */
  readonly key: string;
  readonly calendar: string;
  readonly office: string | null;
  readonly uid: string;
  readonly recurrenceId: string | null;
  /** ISO-8601 with the UTC offset for timed occurrences; `YYYY-MM-DD` for all-day ones. */
  readonly start: string;
  /** As `start`; exclusive (an all-day event on 5 May ends `2022-05-06`). */
  readonly end: string;
  readonly allDay: boolean;
  readonly summary: string;
}

/** A machine-readable proposal that would resolve the finding. */
export interface Suggestion {
  /** Earliest compliant start, ISO-8601 with offset. */
  readonly earliestStart: string;
  /** The occurrence the suggestion is about (its key). */
  readonly occurrence: string;
}

/** One verdict of one rule. */
export type Finding<K extends FindingKind = FindingKind> = {
  [P in K]: {
    /** Stable across runs on the same input: derived from rule id, kind and the occurrence keys. */
    readonly id: string;
    /** The id of the rule (from the config) that produced it. */
    readonly rule: string;
    readonly kind: P;
    readonly severity: Severity;
    readonly data: FindingDataMap[P];
    readonly occurrences: readonly OccurrenceRef[];
    /** Person ids involved (directory ids or `unknown:…`). */
    readonly people: readonly string[];
    readonly suggestion: Suggestion | null;
  };
}[K];
