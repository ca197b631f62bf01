/**
 * The order in which to read every occurrence of a check: the order they were given to
 * `sortOccurrences` — a loader's order, file by file, which is the order they were made in and so
 * their order in memory. Rules get the occurrences sorted by start, and a pass over that list jumps
 * across the whole heap: at a million occurrences (3 GB) reading one field of each took 490 ms in
 * start order and 250 ms in load order, and a selector pass 1 210 ms against 350 ms. A pass whose
 * result does not depend on the order (a selection, an index by UID) reads the load order and puts
 * its few results back in start order by their positions.
 */
import type { CalendarInfo } from '../model/calendar.js';
import type { Occurrence } from '../model/occurrence.js';
import { startMillis } from '../load/occurrence-millis.js';

/** A sorted list's occurrences in load order, with where each sits in the sorted list. */
export interface ScanOrder {
  /** The same occurrences as the sorted list, in load order. */
  readonly occurrences: readonly Occurrence[];
  /** `sorted[position[i]] === occurrences[i]`. */
  readonly position: Uint32Array;
  /** The distinct calendar objects, numbered by first appearance in load order. */
  readonly calendars: readonly CalendarInfo[];
  /** `occurrences[i].calendar === calendars[calendarOf[i]]`. */
  readonly calendarOf: Uint32Array;
  /** The start instant (epoch ms) of each occurrence of the sorted list, by position: `startMillis(sorted[k])`. */
  readonly starts: Float64Array;
  /**
   * When every key has the loader's form `calendarId/…` (and no id holds a `/`): by position, the
   * rank of the calendar's key prefix `id/` among the check's prefixes, and each id's rank. Among
   * equal starts the sorted list is in rank order, then key order within a rank. Null otherwise.
   */
  readonly keyRanks: { readonly ranks: Uint32Array; readonly rankOf: ReadonlyMap<string, number> } | null;
}

const orders = new WeakMap<readonly Occurrence[], ScanOrder>();
/** The lists `sortOccurrences` made (recorded through {@link noteScanOrder}): in start-then-key order by construction. */
const sortedLists = new WeakSet<readonly Occurrence[]>();

/**
 * Records the load order of a sorted list (called by `sortOccurrences`, which reads it anyway).
 * @param sorted - the sorted list, handed to the rules and never changed afterwards
 * @param order - its occurrences in load order, with positions and calendar numbers
 * @example
 * noteScanOrder(sorted, { occurrences: loaded, position, calendars, calendarOf, starts, keyRanks: null })
 */
export function noteScanOrder(sorted: readonly Occurrence[], order: ScanOrder): void {
  if (order.occurrences.length !== sorted.length) throw new Error('noteScanOrder: not a permutation of the sorted list');
  orders.set(sorted, order);
  sortedLists.add(sorted);
}

/**
 * Whether a list is one `sortOccurrences` returned (and recorded with {@link noteScanOrder}): then it is
 * sorted by start, then key, with no pass over it to find that out.
 * @param occurrences - any list
 * @returns true for a recorded sorted list; false for any other, sorted or not
 * @example
 * isSortedList(sortOccurrences(loaded)) //=> true
 */
export function isSortedList(occurrences: readonly Occurrence[]): boolean {
  return sortedLists.has(occurrences);
}

/**
 * The load order of a list of occurrences: the one `sortOccurrences` recorded for its result, else
 * the list's own order (with calendar numbers and starts, computed once per list).
 * @param occurrences - every occurrence of a check (treated as read-only)
 * @returns the occurrences in the order to read them, positions and calendar numbers
 * @example
 * const { occurrences: loaded, position } = scanOrder(sorted);
 * sorted[position[0]] === loaded[0] //=> true
 */
export function scanOrder(occurrences: readonly Occurrence[]): ScanOrder {
  const known = orders.get(occurrences);
  if (known !== undefined && known.occurrences.length === occurrences.length) return known;
  const n = occurrences.length;
  const position = new Uint32Array(n);
  const starts = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    position[i] = i;
    starts[i] = startMillis(occurrences[i]!);
  }
  const order = { occurrences, position, starts, keyRanks: null, ...calendarNumbers(occurrences) };
  orders.set(occurrences, order);
  return order;
}

/**
 * Numbers the calendars of occurrences by first appearance. Occurrences of one loaded file share
 * their CalendarInfo object; hand-built ones may not, and then simply count as calendars of their
 * own (callers judge a calendar by its fields, so more numbers give the same verdicts).
 * @param occurrences - any occurrences
 * @returns the distinct calendar objects and each occurrence's number
 * @example
 * calendarNumbers([onCity, onDistrict, onCity]).calendarOf //=> Uint32Array [0, 1, 0]
 */
export function calendarNumbers(occurrences: readonly Occurrence[]): Pick<ScanOrder, 'calendars' | 'calendarOf'> {
  const numbers = new Map<CalendarInfo, number>();
  const calendars: CalendarInfo[] = [];
  const calendarOf = new Uint32Array(occurrences.length);
  let last: CalendarInfo | null = null;
  let lastNumber = 0;
  for (let i = 0; i < occurrences.length; i += 1) {
    const calendar = occurrences[i]!.calendar;
    if (calendar !== last) {
      last = calendar;
      let number = numbers.get(calendar);
      if (number === undefined) {
        number = calendars.length;
        calendars.push(calendar);
        numbers.set(calendar, number);
      }
      lastNumber = number;
    }
    calendarOf[i] = lastNumber;
  }
  return { calendars, calendarOf };
}

/**
 * Occurrences picked by their positions in a sorted list, back in that list's order.
 * @param sorted - the sorted list
 * @param positions - positions in it, in any order, each at most once
 * @returns `positions` sorted, mapped to the occurrences
 * @example
 * inSortedOrder(sorted, [7, 2]) //=> [sorted[2], sorted[7]]
 */
export function inSortedOrder(sorted: readonly Occurrence[], positions: readonly number[]): Occurrence[] {
  const ordered = Uint32Array.from(positions).sort();
  const out = new Array<Occurrence>(ordered.length);
  for (let k = 0; k < ordered.length; k += 1) out[k] = sorted[ordered[k]!]!;
  return out;
}
