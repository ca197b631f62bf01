/**
 * The order rules receive occurrences in (`RuleContext.occurrences`): start instant, then key.
 * Keys are unique within a check, so the order is total and independent of input order.
 */
import type { Occurrence } from '../../model/occurrence.js';
import { startMillis } from '../../load/occurrence-millis.js';
import type { CalendarInfo } from '../../model/calendar.js';
import { noteScanOrder } from '../../select/scan-order.js';

/**
 * Sorts by start instant, then key (code-point order).
 *
 * Starts are read once each, in input order (the loader's occurrences give them without building a
 * DateTime). When every start is a whole second and `seconds since the earliest × count + index`
 * stays an exact double (a century of seconds for a million occurrences does), those numbers are
 * sorted natively — no comparator calls — and only the runs of equal starts (copies of one meeting
 * on several calendars, the 09:00 slots of a busy day) are ordered by key. Otherwise an index sort
 * with a comparator. The input order is recorded for the result (`scanOrder`): passes that do not
 * depend on the order read the occurrences in it, which is their order in memory.
 * @param occurrences - in any order
 * @returns a new array, sorted
 * @example
 * sortOccurrences([tenOClock, nineOClockOnGov, nineOClockOnParty]).map((o) => o.key)
 * //=> ['gov/a', 'party/a', 'party/b']
 */
export function sortOccurrences(occurrences: readonly Occurrence[]): Occurrence[] {
  const n = occurrences.length;
  if (n === 0) return [];
  // One pass in input order (the loader's order, which is the order in memory) reads all that the
  // sort needs of each occurrence: its start, its calendar, and whether its key begins `calendarId/`.
  const starts = new Float64Array(n);
  const calendarOf = new Uint32Array(n);
  const calendars: CalendarInfo[] = [];
  const numbers = new Map<CalendarInfo, number>();
  let last: CalendarInfo | null = null;
  let lastNumber = 0;
  let lastId = '';
  let prefixed = true;
  let min = Infinity;
  let max = -Infinity;
  let wholeSeconds = true;
  for (let i = 0; i < n; i += 1) {
    const o = occurrences[i]!;
    const start = startMillis(o);
    starts[i] = start;
    if (start < min) min = start;
    if (start > max) max = start;
    if (start % 1000 !== 0) wholeSeconds = false;
    if (o.calendar !== last) {
      last = o.calendar;
      let number = numbers.get(last);
      if (number === undefined) {
        number = calendars.length;
        calendars.push(last);
        numbers.set(last, number);
      }
      lastNumber = number;
      lastId = last.id;
    }
    calendarOf[i] = lastNumber;
    if (prefixed) {
      const key = o.key;
      prefixed = key.charCodeAt(lastId.length) === SLASH && key.startsWith(lastId);
    }
  }
  const ranked = prefixed ? keyRanks(calendars, calendarOf) : null;
  const order =
    !wholeSeconds || !Number.isFinite(min) || ((max - min) / 1000 + 1) * n >= Number.MAX_SAFE_INTEGER
      ? comparatorOrder(occurrences, starts)
      : packedOrder(occurrences, starts, min, ranked?.ranks ?? null);
  const out = new Array<Occurrence>(n);
  const position = new Uint32Array(n);
  const sortedStarts = new Float64Array(n);
  const sortedRanks = ranked === null ? null : new Uint32Array(n);
  for (let k = 0; k < n; k += 1) {
    const i = order[k]!;
    out[k] = occurrences[i]!;
    position[i] = k;
    sortedStarts[k] = starts[i]!;
    if (sortedRanks !== null) sortedRanks[k] = ranked!.ranks[i]!;
  }
  noteScanOrder(out, {
    occurrences: occurrences.slice(),
    position,
    calendars,
    calendarOf,
    starts: sortedStarts,
    keyRanks: ranked === null ? null : { ranks: sortedRanks!, rankOf: ranked.rankOf },
  });
  return out;
}

/**
 * Input indices in sorted order, through the packed numbers; runs of equal starts by key rank.
 * `ranks[i]` orders occurrences of different calendars as their keys do (see {@link keyRanks}), so
 * a run — at a million occurrences of ten districts on one timetable, 400 long on average, each
 * comparison of keys reading two strings somewhere in the heap — is put in order by small numbers,
 * and keys are compared only between occurrences of one calendar.
 */
function packedOrder(occurrences: readonly Occurrence[], starts: Float64Array, min: number, ranks: Uint32Array | null): Uint32Array {
  const n = occurrences.length;
  // Each number encodes (start, index) exactly: floor(x / n) is the start's second, x mod n the index.
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i += 1) packed[i] = ((starts[i]! - min) / 1000) * n + i;
  packed.sort();
  const order = new Uint32Array(n);
  for (let k = 0; k < n; k += 1) order[k] = packed[k]! % n;
  let at = 0;
  while (at < n) {
    const start = starts[order[at]!]!;
    let end = at + 1;
    while (end < n && starts[order[end]!] === start) end += 1;
    if (end - at > 1) sortRun(occurrences, order, at, end, ranks);
    at = end;
  }
  return order;
}

/** Orders `order[from, to)` (equal starts) by key: by rank first when ranks are known. */
function sortRun(occurrences: readonly Occurrence[], order: Uint32Array, from: number, to: number, ranks: Uint32Array | null): void {
  const byKey = (a: number, b: number): number => compareKeys(occurrences[a]!, occurrences[b]!);
  if (ranks === null) {
    order.subarray(from, to).sort(byKey);
    return;
  }
  const m = to - from;
  // (rank, place in the run) packed as rank × m + place: sorted natively, exact for any count.
  const packed = new Float64Array(m);
  for (let j = 0; j < m; j += 1) packed[j] = ranks[order[from + j]!]! * m + j;
  packed.sort();
  const run = order.slice(from, to);
  for (let j = 0; j < m; j += 1) order[from + j] = run[packed[j]! % m]!;
  // Equal ranks (one calendar, the same start) still go by key.
  let at = from;
  while (at < to) {
    const rank = ranks[order[at]!]!;
    let end = at + 1;
    while (end < to && ranks[order[end]!] === rank) end += 1;
    if (end - at > 1) order.subarray(at, end).sort(byKey);
    at = end;
  }
}

/**
 * Per occurrence, the rank of its calendar's key prefix `id/` among all prefixes (and each id's rank), given that every
 * key has the loader's form `calendarId/uid[/recurrenceId]` (hand-built occurrences may be keyed any
 * way, and then get no ranks); null when a calendar id holds a `/`. Otherwise two keys of different
 * calendars first differ inside both prefixes (neither prefix can begin the other), so they compare
 * as their prefixes do — as their ranks do.
 */
function keyRanks(calendars: readonly CalendarInfo[], calendarOf: Uint32Array): { ranks: Uint32Array; rankOf: Map<string, number> } | null {
  const ids = calendars.map((c) => c.id);
  if (ids.some((id) => id.includes('/'))) return null;
  const ordered = [...new Set(ids)].sort((a, b) => compareText(`${a}/`, `${b}/`));
  const rankOf = new Map(ordered.map((id, rank) => [id, rank]));
  const calendarRank = ids.map((id) => rankOf.get(id)!);
  const ranks = new Uint32Array(calendarOf.length);
  for (let i = 0; i < calendarOf.length; i += 1) ranks[i] = calendarRank[calendarOf[i]!]!;
  return { ranks, rankOf };
}

const SLASH = 0x2f;

function comparatorOrder(occurrences: readonly Occurrence[], starts: Float64Array): Uint32Array {
  const order = new Uint32Array(occurrences.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  return order.sort((a, b) => starts[a]! - starts[b]! || compareKeys(occurrences[a]!, occurrences[b]!));
}

function compareKeys(a: Occurrence, b: Occurrence): number {
  return compareText(a.key, b.key);
}

// Code-point (UTF-16 code unit) order, as `<` compares strings: the same on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
