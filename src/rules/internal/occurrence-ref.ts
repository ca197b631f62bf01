/**
 * Occurrences as findings cite them, and the time texts used in finding data.
 */
import type { DateTime } from 'luxon';
import type { OccurrenceRef } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';

/**
 * An instant as finding data: ISO-8601 with the offset of its own zone, no milliseconds.
 * @example isoInstant(DateTime.fromISO('2022-05-10T09:00', { zone: 'Asia/Shanghai' })) //=> '2022-05-10T09:00:00+08:00'
 */
export function isoInstant(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true }) ?? instant.toUTC().toString();
}

/** A start or end of an occurrence: a date for all-day occurrences (RFC 5545 DATE values stay dates). */
export function isoBound(occurrence: Occurrence, bound: DateTime): string {
  return occurrence.allDay ? (bound.toISODate() ?? isoInstant(bound)) : isoInstant(bound);
}

/**
 * The citation of an occurrence in a finding.
 * @example toOccurrenceRef(o).start //=> '2022-05-10T09:00:00+08:00'
 */
export function toOccurrenceRef(occurrence: Occurrence): OccurrenceRef {
  return {
    key: occurrence.key,
    calendar: occurrence.calendar.id,
    office: occurrence.calendar.office,
    uid: occurrence.uid,
    recurrenceId: occurrence.recurrenceId,
    start: isoBound(occurrence, occurrence.start),
    end: isoBound(occurrence, occurrence.end),
    allDay: occurrence.allDay,
    summary: occurrence.summary,
  };
}

/** Occurrences in a stable order: by start instant, then key. */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The identity of a meeting across calendars. The same meeting is often on several offices'
 * calendars (party office and government office both list it, with the organizer's UID); RFC 5545
 * §3.8.4.7 makes UID global, so copies with the same UID and start are one meeting, never a
 * conflict with themselves.
 */
export function meetingKey(occurrence: Occurrence): string {
  return `${occurrence.uid}\u0000${occurrence.start.toMillis()}`;
}
