/**
 * Sort-and-sweep overlap detection: O(n log n + k) for n intervals and k overlapping pairs, instead
 * of comparing every pair (TOOLCHAIN.md: 83 ms vs 4.2 s at 100 000 occurrences).
 */
import type { Interval } from '../../time/interval.js';

/**
 * Every pair of overlapping intervals (half-open; empty intervals overlap nothing).
 * @param items - intervals sorted by start (ties in any fixed order)
 * @returns pairs `[earlier, later]` in the order of the later one's start, then the earlier one's
 * @example
 * overlappingPairs([nineToEleven, tenToNoon, elevenToOne]).length
 * //=> 2
 */
export function overlappingPairs<T extends Interval>(items: readonly T[]): [T, T][] {
  return overlappingPairsBy(items, (item) => item.start.toMillis(), (item) => item.end.toMillis());
}

/**
 * {@link overlappingPairs} over anything with a start and an end instant, read through accessors:
 * the rules sweep epoch milliseconds and never build a DateTime for it.
 * @param items - sorted by start (ties in any fixed order)
 * @param startOf - an item's start, epoch ms
 * @param endOf - an item's end, epoch ms, exclusive
 * @returns pairs `[earlier, later]` in the order of the later one's start, then the earlier one's
 * @example
 * overlappingPairsBy([{ s: 0, e: 10 }, { s: 5, e: 8 }, { s: 10, e: 12 }], (x) => x.s, (x) => x.e).length
 * //=> 1
 */
export function overlappingPairsBy<T>(items: readonly T[], startOf: (item: T) => number, endOf: (item: T) => number): [T, T][] {
  const pairs: [T, T][] = [];
  // The items still running, with their ends: compacted in place (no array per item).
  const active: T[] = [];
  const activeEnds: number[] = [];
  for (const item of items) {
    const start = startOf(item);
    const end = endOf(item);
    if (end <= start) continue;
    // Intervals that ended at or before this start can overlap nothing later either (sorted input).
    let kept = 0;
    for (let i = 0; i < active.length; i += 1) {
      if (activeEnds[i]! <= start) continue;
      active[kept] = active[i]!;
      activeEnds[kept] = activeEnds[i]!;
      kept += 1;
      // Sorted input: every active item started at or before this one and ends after its start.
      pairs.push([active[kept - 1]!, item]);
    }
    active.length = kept;
    activeEnds.length = kept;
    active.push(item);
    activeEnds.push(end);
  }
  return pairs;
}
