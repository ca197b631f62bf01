/**
 * An occurrence's start and end as epoch milliseconds, without building luxon DateTimes. The
 * loader's occurrences know their instants and make `start`/`end` only on first use (a DateTime is
 * ~220 bytes and a microsecond or two to build); code that only compares times reads these instead,
 * so a year of occurrences does not turn into two DateTimes each just to be sorted and windowed.
 */
import type { Occurrence } from '../model/occurrence.js';

/**
 * `o.start.toMillis()`, from the instant the occurrence already holds when it has one.
 * @param o - any occurrence (loaded or built by hand)
 * @returns epoch milliseconds of the start
 * @example
 * startMillis(loaded[0]) === loaded[0].start.toMillis() //=> true
 */
export function startMillis(o: Occurrence): number {
  return o.startMillis ?? o.start.toMillis();
}

/**
 * `o.end.toMillis()`, from the instant the occurrence already holds when it has one.
 * @param o - any occurrence (loaded or built by hand)
 * @returns epoch milliseconds of the end (exclusive)
 * @example
 * endMillis(loaded[0]) === loaded[0].end.toMillis() //=> true
 */
export function endMillis(o: Occurrence): number {
  return o.endMillis ?? o.end.toMillis();
}
