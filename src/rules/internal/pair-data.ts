/**
 * Finding data shared by the overlap rules: two occurrences and the time they share, and the
 * people involved.
 */
import { DateTime } from 'luxon';
import type { DisputedCopies } from '../../model/finding.js';
import type { PersonRef } from '../../model/person.js';
import type { Occurrence } from '../../model/occurrence.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import { isoAt, isoEnd, isoMillisAt, isoStart } from './occurrence-ref.js';
import { overlapsMillis } from '../../time/interval.js';

/**
 * The `first…`/`second…`/`overlap…` fields of finding data for two overlapping occurrences.
 * @param first - the occurrence that starts first
 * @param second - the other one
 * @returns finding data fields (times as in OccurrenceRef; the overlap in the second's zone)
 * @example
 * overlapData(meeting0900to1100, meeting1000to1200).overlapStart
 * //=> '2022-05-10T10:00:00+08:00'
 */
export function overlapData(first: Occurrence, second: Occurrence) {
  // The intersection [max(starts), min(ends)); a start-only meeting (an instant, QB-34) shares its
  // point, start = end, with what holds it (time/interval.ts).
  const [as, ae, bs, be] = [startMillis(first), endMillis(first), startMillis(second), endMillis(second)];
  const shared = overlapsMillis(as, ae, bs, be) ? { start: Math.max(as, bs), end: Math.min(ae, be) } : null;
  return {
    first: first.summary,
    firstStart: isoStart(first),
    firstEnd: isoEnd(first),
    firstCalendar: first.calendar.name,
    second: second.summary,
    secondStart: isoStart(second),
    secondEnd: isoEnd(second),
    secondCalendar: second.calendar.name,
    // On the clock of the second occurrence's calendar: the one that collides.
    overlapStart: shared === null ? '' : isoAtMillis(second, shared.start),
    overlapEnd: shared === null ? '' : isoAtMillis(second, shared.end),
  };
}

/**
 * The people fields of finding data, sorted by id so that the output does not depend on input order.
 * @param people - the people involved
 * @returns their ids, names joined by `、`, and how many
 * @example
 * peopleData([{ id: 'wang', name: '王强', known: true }, { id: 'li', name: '李明', known: true }])
 * //=> { ids: ['li', 'wang'], people: '李明、王强', peopleCount: 2 }
 */
export function peopleData(people: Iterable<PersonRef>): { ids: string[]; people: string; peopleCount: number } {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ids: sorted.map((p) => p.id), people: sorted.map((p) => p.name).join('、'), peopleCount: sorted.length };
}

/**
 * The `firstCopy…`/`secondCopy…` fields of finding data: where a cited meeting's copy on another
 * calendar gives another time (see `disagreeingCopy`); none when the copies agree.
 * @param first - the first meeting's disagreeing copy, if any
 * @param second - the second meeting's, if any
 * @returns the fields to spread into the data
 * @example
 * copyData(undefined, govCopyAt1400)
 * //=> { secondCopyCalendar: '区政府办', secondCopyStart: '2022-05-30T14:00:00+08:00', secondCopyEnd: '2022-05-30T16:00:00+08:00' }
 */
export function copyData(first: Occurrence | undefined, second: Occurrence | undefined): DisputedCopies {
  return {
    ...(first === undefined ? {} : { firstCopyCalendar: first.calendar.name, firstCopyStart: isoStart(first), firstCopyEnd: isoEnd(first) }),
    ...(second === undefined ? {} : { secondCopyCalendar: second.calendar.name, secondCopyStart: isoStart(second), secondCopyEnd: isoEnd(second) }),
  };
}

/** {@link isoAt} for an instant given as epoch ms: without a DateTime when {@link isoMillisAt} can. */
function isoAtMillis(occurrence: Occurrence, ms: number): string {
  return isoMillisAt(ms, occurrence.calendar.defaultZone) ?? isoAt(occurrence, DateTime.fromMillis(ms, { zone: 'UTC' }));
}
