/**
 * How an occurrence array is ordered, found once per array: the rules get their occurrences sorted
 * by start, then key (RuleContext), and several of them would otherwise each check it again — a pass
 * over every occurrence, a cache miss each in a city's year.
 */
import type { Occurrence } from '../../model/occurrence.js';
import { startMillis } from '../../load/occurrence-millis.js';
import { isSortedList } from '../../select/scan-order.js';

/** `start-then-key`: sorted as `compareOccurrences` sorts; `start`: by start only; `unordered`: neither. */
export type OccurrenceOrder = 'start-then-key' | 'start' | 'unordered';

/**
 * The order of an occurrence array, remembered per array (keys are read only where starts tie).
 * @param occurrences - any occurrence array
 * @returns the strongest order it is in
 * @example
 * occurrenceOrder([nineOclock, tenOclock]) //=> 'start-then-key'
 */
export function occurrenceOrder(occurrences: readonly Occurrence[]): OccurrenceOrder {
  let order = memo.get(occurrences);
  if (order === undefined) {
    // The rules' list comes from `sortOccurrences`: its order is known without reading every start,
    // and the keys at equal starts, of a hundred thousand occurrences across the heap (50–120 ms).
    order = isSortedList(occurrences) ? 'start-then-key' : orderOf(occurrences);
    memo.set(occurrences, order);
  }
  return order;
}

function orderOf(occurrences: readonly Occurrence[]): OccurrenceOrder {
  let order: OccurrenceOrder = 'start-then-key';
  for (let i = 1; i < occurrences.length; i += 1) {
    const a = occurrences[i - 1]!;
    const b = occurrences[i]!;
    const d = startMillis(a) - startMillis(b);
    if (d > 0) return 'unordered';
    if (d === 0 && order === 'start-then-key' && a.key > b.key) order = 'start';
  }
  return order;
}

const memo = new WeakMap<readonly Occurrence[], OccurrenceOrder>();
