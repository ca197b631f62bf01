/**
 * The meeting a single-meeting finding is about (`holiday`, `outside-hours`, `quiet-period`), and
 * the one-copy-per-meeting selection those rules share.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Selector } from '../../model/selector.js';
import { compileSelector, type OccurrencePredicate } from '../../select/selector.js';
import { compareOccurrences, isoEnd, isoStart, meetingKey, supersededBy } from './occurrence-ref.js';

/**
 * The event fields of finding data.
 * @param o - the occurrence
 * @returns summary, start, end (as the calendar shows them) and calendar name
 * @example eventData(o).eventStart //=> '2022-06-03T09:00:00+08:00'
 */
export function eventData(o: Occurrence): { event: string; eventStart: string; eventEnd: string; eventCalendar: string } {
  return { event: o.summary, eventStart: isoStart(o), eventEnd: isoEnd(o), eventCalendar: o.calendar.name };
}

/**
 * The non-cancelled occurrences matching a selector, one per meeting (copies on several offices'
 * calendars, same UID and start, count once: the copy with the smallest key), sorted. A stale copy
 * (a lower SEQUENCE than the same event on another calendar) is no meeting at its old time: its
 * current revision stands for it (RFC 5545 §3.8.7.4, qa-bugs QA-15).
 * @param occurrences - every occurrence of the check
 * @param selector - which to keep: a selector, or one already compiled (`selectorAtHomeLevel`)
 * @returns the meetings, sorted by start then key
 * @example meetings(ctx.occurrences, { summary: '联席会议' }).length //=> 4
 */
export function meetings(occurrences: readonly Occurrence[], selector: Selector | OccurrencePredicate): Occurrence[] {
  const matches = typeof selector === 'function' ? selector : compileSelector(selector);
  const stale = supersededBy(occurrences);
  const byMeeting = new Map<string, Occurrence>();
  for (const o of occurrences) {
    if (o.status === 'cancelled' || stale.has(o) || !matches(o)) continue;
    const key = meetingKey(o);
    const previous = byMeeting.get(key);
    if (previous === undefined || o.key < previous.key) byMeeting.set(key, o);
  }
  return [...byMeeting.values()].sort(compareOccurrences);
}

/**
 * The first of each meeting's copies in a sorted list, the list staying sorted: copies a rule's
 * `meeting` (`copyRepresentative`: the same UID and start, or retyped with the same title and start)
 * makes one, and copies of one event that disagree on its time (`disagreeingCopy`: two offices wrote
 * the same UID at 09:00 and 09:30, QC-27) — one meeting, counted once, at its earlier copy.
 * @param sorted - occurrences sorted by start
 * @param meeting - the representative of an occurrence's meeting
 * @param disagreeing - an occurrence's copy at another time, if any
 * @returns one occurrence per meeting
 * @example
 * oncePerMeeting(meetings(ctx.occurrences, selector), copyRepresentative(ctx.occurrences, ctx.places), disagreeingCopy(ctx.occurrences)).length
 * //=> 3
 */
export function oncePerMeeting(
  sorted: readonly Occurrence[],
  meeting: (o: Occurrence) => Occurrence,
  disagreeing: (o: Occurrence) => Occurrence | undefined = () => undefined,
): Occurrence[] {
  const out: Occurrence[] = [];
  const seen = new Set<Occurrence>();
  for (const o of sorted) {
    const m = meeting(o);
    if (seen.has(m)) continue;
    const other = disagreeing(o);
    if (other !== undefined && seen.has(meeting(other))) continue;
    seen.add(m);
    out.push(o);
  }
  return out;
}
