/**
 * Finding data shared by the overlap rules: two occurrences and the time they share, and the
 * people involved.
 */
import type { PersonRef } from '../../model/person.js';
import type { Occurrence } from '../../model/occurrence.js';
import { intersection } from '../../time/interval.js';
import { isoBound, isoInstant } from './occurrence-ref.js';

/** `first…`/`second…`/`overlap…` fields for two overlapping occurrences (first = earlier). */
export function overlapData(first: Occurrence, second: Occurrence) {
  const shared = intersection(first, second);
  return {
    first: first.summary,
    firstStart: isoBound(first, first.start),
    firstEnd: isoBound(first, first.end),
    firstCalendar: first.calendar.name,
    second: second.summary,
    secondStart: isoBound(second, second.start),
    secondEnd: isoBound(second, second.end),
    secondCalendar: second.calendar.name,
    // Shown in the zone of the second occurrence's start: the one that collides.
    overlapStart: shared === null ? '' : isoInstant(shared.start.setZone(second.start.zone)),
    overlapEnd: shared === null ? '' : isoInstant(shared.end.setZone(second.start.zone)),
  };
}

/** People sorted by id (deterministic), with `people` (names joined by `、`) and `peopleCount`. */
export function peopleData(people: Iterable<PersonRef>): { ids: string[]; people: string; peopleCount: number } {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ids: sorted.map((p) => p.id), people: sorted.map((p) => p.name).join('、'), peopleCount: sorted.length };
}
