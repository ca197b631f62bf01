/**
 * The JSON that `tongchou expand --format json` prints: exactly one object, occurrences sorted by
 * start then uid, instants as ISO-8601 with the offset of the zone the meeting was written in, all-day
 * values as dates (end exclusive, RFC 5545 §3.6.1).
 */
import type { DateTime } from 'luxon';
import type { Lang } from '../messages/catalog.js';
import { renderProblem } from '../messages/render.js';
import type { LoadResult, SkippedComponent } from '../model/load-result.js';
import type { EventStatus, Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';

/** One occurrence in `expand` JSON. */
export interface ExpandedOccurrenceJson {
  readonly uid: string;
  readonly recurrenceId: string | null;
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  readonly summary: string;
  readonly status: EventStatus | null;
  /** The calendar's id. */
  readonly calendar: string;
}

/** One skipped component in `expand` JSON. */
export interface SkippedJson {
  readonly code: string;
  readonly line: number;
  /** The reason in the requested language. */
  readonly message: string;
}

/** The whole `expand` JSON document. */
export interface ExpandJson {
  readonly occurrences: readonly ExpandedOccurrenceJson[];
  readonly skipped: readonly SkippedJson[];
}

/**
 * An instant or date as the JSON contract writes it.
 * @param value - start or end of an occurrence
 * @param allDay - whether the occurrence is all-day
 * @returns `2022-05-10T09:00:00+08:00`, or `2022-05-10` for all-day values
 * @example
 * isoValue(DateTime.fromISO('2022-05-10T09:00', { zone: 'Asia/Shanghai' }), false)
 * //=> '2022-05-10T09:00:00+08:00'
 */
export function isoValue(value: DateTime, allDay: boolean): string {
  const text = allDay ? value.toISODate() : value.toISO({ suppressMilliseconds: true });
  // Only an invalid DateTime has no ISO form, and the loader never returns one.
  if (text === null) throw new Error(`invalid DateTime in an occurrence: ${value.invalidReason ?? ''}`);
  return text;
}

/**
 * Orders occurrences by start instant, then uid, then recurrence id: deterministic whatever order
 * the loader or the file had.
 * @param a - one occurrence
 * @param b - another
 * @returns negative, zero or positive
 * @example
 * [later, earlier].sort(compareOccurrences)
 * //=> [earlier, later]
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  const byStart = a.start.toMillis() - b.start.toMillis();
  if (byStart !== 0) return byStart;
  if (a.uid !== b.uid) return a.uid < b.uid ? -1 : 1;
  const ra = a.recurrenceId ?? '';
  const rb = b.recurrenceId ?? '';
  return ra < rb ? -1 : ra > rb ? 1 : 0;
}

/**
 * The problem that explains a skipped component. The component is located at its BEGIN line while
 * the problem may point at the offending property inside it, so this is the problem with the same
 * code and file at the nearest line at or after the component's start.
 * @param skipped - the skipped component
 * @param problems - every problem of the load
 * @returns the matching problem, if the loader listed one
 * @example
 * problemOf({ code: 'invalid-date-value', source: { file: 'a.ics', line: 29 }, … }, problems)?.source
 * //=> { file: 'a.ics', line: 32 }
 */
export function problemOf(skipped: SkippedComponent, problems: readonly Problem[]): Problem | undefined {
  let best: Problem | undefined;
  for (const p of problems) {
    if (p.code !== skipped.code || !('line' in p.source) || p.source.file !== skipped.source.file) continue;
    if (p.source.line < skipped.source.line) continue;
    if (best === undefined || ('line' in best.source && p.source.line < best.source.line)) best = p;
  }
  return best;
}

/**
 * Builds the `expand` JSON document.
 * @param result - what the loader returned
 * @param lang - language of the skipped components' messages
 * @returns the document, ready for `JSON.stringify`
 * @example
 * expandToJson(loadCalendar(text, options), 'en').occurrences[0]
 * //=> { uid: 'a@x', recurrenceId: null, start: '2022-05-10T09:00:00+08:00', end: '2022-05-10T11:00:00+08:00', allDay: false, summary: '区委常委会', status: 'confirmed', calendar: 'party' }
 */
export function expandToJson(result: LoadResult, lang: Lang): ExpandJson {
  const occurrences = [...result.occurrences].sort(compareOccurrences).map(
    (o): ExpandedOccurrenceJson => ({
      uid: o.uid,
      recurrenceId: o.recurrenceId,
      start: isoValue(o.start, o.allDay),
      end: isoValue(o.end, o.allDay),
      allDay: o.allDay,
      summary: o.summary,
      status: o.status,
      calendar: o.calendar.id,
    }),
  );
  const skipped = [...result.skipped]
    .sort((a, b) => a.source.line - b.source.line)
    .map((s): SkippedJson => {
      const problem = problemOf(s, result.problems);
      return { code: s.code, line: s.source.line, message: problem === undefined ? s.code : renderProblem(problem, lang) };
    });
  return { occurrences, skipped };
}
