/**
 * What loading one `.ics` input returns. Every component of the input is accounted for: each VEVENT
 * either contributed occurrences (possibly none inside the window) or is listed in `skipped`.
 */
import type { CalendarInfo } from './calendar.js';
import type { Occurrence } from './occurrence.js';
import type { FileLocation, Problem, ProblemCode } from './problem.js';

/** A component that was not loaded, and why. */
export interface SkippedComponent {
  /** Component name as written (`VEVENT`, `VTODO`, …). */
  readonly component: string;
  readonly uid: string | null;
  readonly recurrenceId: string | null;
  /** The problem code that explains why (also present in `problems`). */
  readonly code: ProblemCode;
  readonly source: FileLocation;
}

/** Component counts: `components = loaded + skipped`. VTIMEZONE and VALARM are not counted. */
export interface ComponentCounts {
  readonly components: number;
  readonly loaded: number;
  readonly skipped: number;
}

export interface LoadResult {
  readonly calendar: CalendarInfo;
  /** Sorted by start, then uid, then recurrence id. */
  readonly occurrences: readonly Occurrence[];
  readonly skipped: readonly SkippedComponent[];
  /** Every problem met, including those of skipped components and warnings on loaded ones. */
  readonly problems: readonly Problem[];
  readonly counts: ComponentCounts;
}
