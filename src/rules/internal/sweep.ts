/**
 * Sort-and-sweep overlap detection: O(n log n + k) for n intervals and k overlapping pairs, instead
 * of comparing every pair (TOOLCHAIN.md: 83 ms vs 4.2 s at 100 000 occurrences).
 */
import type { Interval } from '../../time/interval.js';
import { overlaps } from '../../time/interval.js';

/**
 * Every pair of overlapping intervals (half-open; empty intervals overlap nothing).
 * @param items - intervals sorted by start (ties in any fixed order)
 * @returns pairs `[earlier, later]` in the order of the later one's start, then the earlier one's
 * @example
 * overlappingPairs([nineToEleven, tenToNoon, elevenToOne]).length
 * //=> 2
 */
export function overlappingPairs<T extends Interval>(items: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  let active: T[] = [];
  for (const item of items) {
    const start = item.start.toMillis();
    if (item.end.toMillis() <= start) continue;
    // Intervals that ended at or before this start can overlap nothing later either (sorted input).
    active = active.filter((a) => a.end.toMillis() > start);
    for (const a of active) if (overlaps(a, item)) pairs.push([a, item]);
    active.push(item);
  }
  return pairs;
}
