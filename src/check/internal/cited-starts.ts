/**
 * The start instants of the occurrences findings cite, for the report's order (`orderFindings`),
 * found in the sorted list rather than through a map of every key: at a million occurrences such a
 * map cost 1.4 s — hashing a million key strings spread over the heap — for the tenth of them that
 * findings cite.
 */
import { DateTime } from 'luxon';
import type { OccurrenceRef } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';
import { daysFromCivil, daysInMonth } from '../../load/internal/civil.js';
import { startMillis } from '../../load/occurrence-millis.js';
import { scanOrder } from '../../select/scan-order.js';

/**
 * A lookup of the start of a cited occurrence: `startMillis` of the occurrence of `sorted` with the
 * citation's key, or undefined when no occurrence has that key.
 *
 * A citation carries its start as text (the occurrence's instant on its calendar's clock, or the
 * date of an all-day one). That text is read as an instant — a date as midnight on the clock of the
 * calendars with the cited id — and the key is looked for among the occurrences starting exactly
 * then (binary search on the starts, then on the keys, as `sortOccurrences` ordered them). Keys are
 * unique, so finding it there proves the instant; a text that does not give the instant (an offset
 * luxon rounded, a list sorted otherwise, occurrences built by hand) falls back to a map of every
 * key, built once.
 * @param sorted - every occurrence of the check, sorted by start then key (`sortOccurrences`)
 * @returns `(key, ref) => start`, for `orderFindings`
 * @example
 * citedStarts(sorted)(ref.key, ref) === startMillis(occurrenceWithThatKey) //=> true
 */
export function citedStarts(sorted: readonly Occurrence[]): (key: string, ref: Pick<OccurrenceRef, 'start' | 'allDay' | 'calendar'>) => number | undefined {
  const order = scanOrder(sorted);
  const { starts, keyRanks } = order;
  let runs: Runs | null = null;
  let zonesOf: Map<string, string[]> | null = null;
  const midnights = new Map<string, number | null>();
  let every: Map<string, number> | null = null;

  const startsAt = (ms: number, key: string, calendar: string): boolean => {
    runs ??= runsOf(starts);
    const run = runs.at.get(ms);
    if (run === undefined) return false;
    let lo = runs.bounds[run]!;
    let hi = runs.bounds[run + 1]!;
    // Equal starts are in key order (code units), by calendar rank first when there are ranks
    // (see sortOccurrences): the calendar's stretch by its rank, then a binary search on the keys.
    const rank = keyRanks?.rankOf.get(calendar);
    if (rank !== undefined) {
      const ranks = keyRanks!.ranks;
      lo = firstIndex(lo, hi, (k) => ranks[k]! >= rank);
      hi = firstIndex(lo, hi, (k) => ranks[k]! > rank);
    }
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = sorted[mid]!.key;
      // Checked, not assumed: in a list that is not sorted the range may hold other starts.
      if (other === key) return starts[mid] === ms;
      if (other < key) lo = mid + 1;
      else hi = mid;
    }
    return false;
  };
  const midnight = (date: string, zone: string): number | null => {
    const memo = `${zone} ${date}`;
    let ms = midnights.get(memo);
    if (ms === undefined) {
      const at = DateTime.fromISO(date, { zone });
      ms = at.isValid ? at.toMillis() : null;
      midnights.set(memo, ms);
    }
    return ms;
  };

  return (key, ref) => {
    if (!ref.allDay) {
      const ms = isoMillis(ref.start);
      if (ms !== null && startsAt(ms, key, ref.calendar)) return ms;
    } else {
      zonesOf ??= calendarZones(order.calendars);
      for (const zone of zonesOf.get(ref.calendar) ?? []) {
        const ms = midnight(ref.start, zone);
        if (ms !== null && startsAt(ms, key, ref.calendar)) return ms;
      }
    }
    if (every === null) {
      every = new Map();
      for (const o of order.occurrences) every.set(o.key, startMillis(o));
    }
    return every.get(key);
  };
}

/** The runs of equal starts of a sorted list: run `r` is `[bounds[r], bounds[r + 1])`; `at` finds a start's run. */
interface Runs {
  readonly at: Map<number, number>;
  readonly bounds: readonly number[];
}

/**
 * Indexes the runs of equal starts: one lookup finds a cited start's run, where a binary search on
 * the million starts read twenty numbers across 8 MB for each citation. (A list that is not sorted
 * gets its first run of each start; the lookup then checks what it finds.)
 */
function runsOf(starts: Float64Array): Runs {
  const at = new Map<number, number>();
  const bounds: number[] = [];
  for (let k = 0; k < starts.length; k += 1) {
    const start = starts[k]!;
    if (k > 0 && starts[k - 1] === start) continue;
    if (!at.has(start)) at.set(start, bounds.length);
    bounds.push(k);
  }
  bounds.push(starts.length);
  return { at, bounds };
}

/** The first index in `[lo, hi)` where `holds` turns true (it stays true after), else `hi`. */
function firstIndex(lo: number, hi: number, holds: (k: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Each calendar id's default zones (hand-built occurrences may give one id several calendar objects). */
function calendarZones(calendars: readonly { readonly id: string; readonly defaultZone: string }[]): Map<string, string[]> {
  const zones = new Map<string, string[]>();
  for (const c of calendars) {
    const list = zones.get(c.id);
    if (list === undefined) zones.set(c.id, [c.defaultZone]);
    else if (!list.includes(c.defaultZone)) list.push(c.defaultZone);
  }
  return zones;
}

/**
 * `2022-05-10T09:00:00+08:00` (as finding data writes instants: seconds, milliseconds when not zero,
 * `Z` or an offset in hours and minutes) as epoch ms; null for any other form. Read by hand: a
 * regular expression with ten groups cost more than the lookup it serves.
 */
function isoMillis(text: string): number | null {
  const n = text.length;
  if (n < 20 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH || text.charCodeAt(10) !== T) return null;
  if (text.charCodeAt(13) !== COLON || text.charCodeAt(16) !== COLON) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour < 0 || minute < 0 || second < 0) return null;
  let at = 19;
  let milli = 0;
  if (text.charCodeAt(at) === DOT) {
    milli = digits(text, at + 1, 3);
    if (milli < 0) return null;
    at += 4;
  }
  const local = daysFromCivil(year, month, day) * 86_400_000 + ((hour * 60 + minute) * 60 + second) * 1000 + milli;
  const sign = text.charCodeAt(at);
  if (sign === Z && n === at + 1) return local;
  if (!((sign === PLUS || sign === DASH) && n === at + 6 && text.charCodeAt(at + 3) === COLON)) return null;
  const hours = digits(text, at + 1, 2);
  const minutes = digits(text, at + 4, 2);
  if (hours < 0 || minutes < 0) return null;
  return local - (sign === DASH ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** The decimal number of `count` digits at `at`, or −1 when one is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const d = text.charCodeAt(i) - ZERO;
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

const [ZERO, DASH, COLON, DOT, PLUS, T, Z] = ['0', '-', ':', '.', '+', 'T', 'Z'].map((c) => c.charCodeAt(0)) as [number, number, number, number, number, number, number];
