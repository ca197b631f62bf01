/**
 * Occurrences as findings cite them, and the time texts used in finding data.
 */
import type { DateTime } from 'luxon';
import type { OccurrenceRef } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';

/**
 * An instant as finding data: ISO-8601 with the offset of its own zone, no milliseconds.
 * @param instant - any DateTime
 * @returns e.g. `2022-05-10T09:00:00+08:00`
 * @example isoInstant(DateTime.fromISO('2022-05-10T09:00', { zone: 'Asia/Shanghai' })) //=> '2022-05-10T09:00:00+08:00'
 */
export function isoInstant(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true }) ?? instant.toUTC().toString();
}

/**
 * An instant as finding data, on the clock of an occurrence's calendar (`CalendarInfo.defaultZone`):
 * office staff read times as their calendar shows them, also when the file wrote them in UTC
 * (Google exports `DTSTART:20220420T070000Z` for a 15:00 meeting in Shanghai).
 * @param occurrence - the occurrence whose calendar's clock to use
 * @param instant - any instant
 * @returns ISO-8601 with that zone's offset
 * @example
 * isoAt(shanghaiCalendarOccurrence, DateTime.fromISO('2022-04-20T07:00:00Z'))
 * //=> '2022-04-20T15:00:00+08:00'
 */
export function isoAt(occurrence: Occurrence, instant: DateTime): string {
  const zone = occurrence.calendar.defaultZone;
  // setZone recomputes the offset through Intl (slow); most instants are already on that clock.
  return isoInstant(instant.zoneName === zone ? instant : instant.setZone(zone));
}

/**
 * A start or end of an occurrence as finding data: a date for all-day occurrences (RFC 5545 DATE
 * values stay dates), else {@link isoAt} on the calendar's clock.
 * @param occurrence - the occurrence the bound belongs to
 * @param bound - its start or end
 * @returns `YYYY-MM-DD` or ISO-8601 with offset
 * @example
 * isoBound(allDayOn5May, allDayOn5May.end)
 * //=> '2022-05-06'
 */
export function isoBound(occurrence: Occurrence, bound: DateTime): string {
  return occurrence.allDay ? (bound.toISODate() ?? isoInstant(bound)) : isoAt(occurrence, bound);
}

/**
 * The citation of an occurrence in a finding.
 * @param occurrence - the occurrence
 * @returns its OccurrenceRef (key, calendar, office, uid, recurrence id, start, end, summary)
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

/**
 * Occurrences in a stable order: by start instant, then key.
 * @param a - one occurrence
 * @param b - another
 * @returns negative, zero or positive, for `Array.prototype.sort`
 * @example
 * [later, earlier].sort(compareOccurrences)
 * //=> [earlier, later]
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The identity of a meeting across calendars. The same meeting is often on several offices'
 * calendars (party office and government office both list it, with the organizer's UID); RFC 5545
 * §3.8.4.7 makes UID global, so copies with the same UID and start are one meeting, never a
 * conflict with themselves.
 * @param occurrence - any copy of the meeting
 * @returns a key equal for every copy
 * @example
 * meetingKey(onPartyCalendar) === meetingKey(onGovernmentCalendar)
 * //=> true
 */
export function meetingKey(occurrence: Occurrence): string {
  const base = `${occurrence.uid}\u0000${occurrence.start.toMillis()}`;
  // Homegrown OA exports number their rows (UID:1, UID:2 …), so two offices' files collide on
  // UIDs that name different meetings: such a UID identifies a meeting only with its title.
  return globalUid(occurrence.uid) ? base : `${base}\u0000${normalisedSummary(occurrence)}`;
}

/**
 * Whether a UID looks globally unique as RFC 5545 §3.8.4.7 asks (a domain part, a GUID, or long
 * enough to be generated), rather than a row number or short local key.
 * @param uid - the UID
 * @returns true for `040000008200E0…`, `abc@qu.gov.cn`, a GUID; false for `1`, `42`, `mtg-7`
 * @example
 * globalUid('1') //=> false
 */
export function globalUid(uid: string): boolean {
  return uid.includes('@') || uid.length >= 16;
}

function normalisedSummary(o: Occurrence): string {
  return o.summary.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Whether two occurrences with different UIDs are one meeting copied by hand: a secretary types the
 * city meeting into the leader's personal schedule, so it gets a new UID but keeps the summary and
 * the times. Same start, same end and the same summary (NFKC, whitespace ignored, not empty) count
 * as a copy; a real clash between two meetings of the very same name and times is not plausible.
 * @param a - one occurrence
 * @param b - another
 * @returns true when `b` looks like a copy of `a`
 * @example
 * looksLikeCopy(cityCalendarEntry, typedIntoPersonalCalendar)
 * //=> true
 */
export function looksLikeCopy(a: Occurrence, b: Occurrence): boolean {
  // The same UID and instance on two calendars is one event (RFC 5545 §3.8.4.7), even when the
  // copies disagree on the time: one office kept a stale revision after the meeting moved. That
  // is never a person (or a room) clashing with itself.
  if (
    a.uid === b.uid &&
    a.recurrenceId === b.recurrenceId &&
    a.calendar.id !== b.calendar.id &&
    (globalUid(a.uid) || normalisedSummary(a) === normalisedSummary(b))
  ) {
    return true;
  }
  if (a.start.toMillis() !== b.start.toMillis() || a.end.toMillis() !== b.end.toMillis()) return false;
  const summary = (o: Occurrence): string => o.summary.normalize('NFKC').replace(/\s+/gu, '');
  const left = summary(a);
  return left !== '' && left === summary(b);
}
