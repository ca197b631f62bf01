/**
 * The order rules receive occurrences in (`RuleContext.occurrences`): start instant, then key.
 * Keys are unique within a check, so the order is total and independent of input order.
 */
import type { Occurrence } from '../../model/occurrence.js';
import { startMillis } from '../../load/occurrence-millis.js';

/**
 * Sorts by start instant, then key (code-point order).
 *
 * Starts are read once each (the loader's occurrences give them without building a DateTime). When every start is a whole second and
 * `seconds since the earliest × count + index` stays an exact double (a century of seconds for a
 * million occurrences does), those numbers are sorted natively — no comparator calls — and only the
 * runs of equal starts (copies of one meeting on several calendars, the 09:00 slots of a busy day)
 * are sorted by key. Otherwise an index sort with a comparator. At 100 000 occurrences this halves
 * the sort, which had been a tenth of the rules' time.
 * @param occurrences - in any order
 * @returns a new array, sorted
 * @example
 * sortOccurrences([tenOClock, nineOClockOnGov, nineOClockOnParty]).map((o) => o.key)
 * //=> ['gov/a', 'party/a', 'party/b']
 */
export function sortOccurrences(occurrences: readonly Occurrence[]): Occurrence[] {
  const n = occurrences.length;
  const starts = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  let wholeSeconds = true;
  for (let i = 0; i < n; i += 1) {
    const start = startMillis(occurrences[i]!);
    starts[i] = start;
    if (start < min) min = start;
    if (start > max) max = start;
    if (start % 1000 !== 0) wholeSeconds = false;
  }
  if (n === 0) return [];
  if (!wholeSeconds || !Number.isFinite(min) || ((max - min) / 1000 + 1) * n >= Number.MAX_SAFE_INTEGER) {
    return comparatorSort(occurrences, starts);
  }
  // Each number encodes (start, index) exactly: floor(x / n) is the start's second, x mod n the index.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i += 1) packed[i] = ((starts[i]! - min) / 1000) * n + i;
  packed.sort();
  const out = new Array<Occurrence>(n);
  let at = 0;
  while (at < n) {
    const first = packed[at]! % n;
    const start = starts[first]!;
    let end = at + 1;
    while (end < n && starts[packed[end]! % n] === start) end += 1;
    if (end - at === 1) {
      out[at] = occurrences[first]!;
    } else {
      const run: Occurrence[] = [];
      for (let k = at; k < end; k += 1) run.push(occurrences[packed[k]! % n]!);
      run.sort(byKey);
      for (let k = at; k < end; k += 1) out[k] = run[k - at]!;
    }
    at = end;
  }
  return out;
}

function comparatorSort(occurrences: readonly Occurrence[], starts: Float64Array): Occurrence[] {
  const order = Array.from(occurrences, (_, i) => i);
  order.sort((a, b) => starts[a]! - starts[b]! || byKey(occurrences[a]!, occurrences[b]!));
  return order.map((i) => occurrences[i]!);
}

function byKey(a: Occurrence, b: Occurrence): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
