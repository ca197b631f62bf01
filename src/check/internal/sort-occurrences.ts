/**
 * The order rules receive occurrences in (`RuleContext.occurrences`): start instant, then key.
 * Keys are unique within a check, so the order is total and independent of input order.
 */
import type { Occurrence } from '../../model/occurrence.js';

/**
 * Sorts by start instant, then key. Each start is read from luxon once, not once per comparison:
 * on 100 000 occurrences that is the difference between a second and a few tens of milliseconds.
 */
export function sortOccurrences(occurrences: readonly Occurrence[]): Occurrence[] {
  return occurrences
    .map((occurrence) => ({ occurrence, start: occurrence.start.toMillis() }))
    .sort((a, b) => a.start - b.start || (a.occurrence.key < b.occurrence.key ? -1 : a.occurrence.key > b.occurrence.key ? 1 : 0))
    .map(({ occurrence }) => occurrence);
}
