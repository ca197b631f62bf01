/**
 * Pairing cycles for `follows`: the calendar period (year, quarter, month, ISO week) that contains
 * an instant, read in the report's zone. A district meeting on 1 April 00:30 Asia/Shanghai is in
 * Q2 even though it is still 31 March in UTC, so the zone is always explicit.
 */
import type { DateTime } from 'luxon';
import type { PairingCycle } from '../model/rule-config.js';

/**
 * The start of the cycle period containing `instant`, in `zone`. Weeks are ISO weeks (Monday
 * first), as in China's official calendars; luxon's `startOf('week')` is locale-independent.
 * @param instant - any instant
 * @param cycle - the pairing cycle; `none` has no periods
 * @param zone - IANA zone in which the calendar periods are counted
 * @returns midnight at the start of the period, in `zone`, or null for `none`
 * @example
 * cycleStart(DateTime.fromISO('2022-05-10T09:00', { zone: 'Asia/Shanghai' }), 'quarter', 'Asia/Shanghai')?.toISO()
 * //=> '2022-04-01T00:00:00.000+08:00'
 */
export function cycleStart(instant: DateTime, cycle: PairingCycle, zone: string): DateTime | null {
  const local = instant.setZone(zone);
  switch (cycle) {
    case 'year':
    case 'quarter':
    case 'month':
    case 'week':
      return local.startOf(cycle);
    case 'none':
      return null;
    default: {
      const unreachable: never = cycle;
      throw new Error(`unknown pairing cycle ${String(unreachable)}`);
    }
  }
}

/**
 * A key naming the cycle period of an instant: equal keys = same period.
 * @param instant - any instant
 * @param cycle - the pairing cycle
 * @param zone - IANA zone in which periods are counted
 * @returns the ISO date of the period's first day, or `*` for `none` (one period holding everything)
 * @example
 * cycleKey(DateTime.fromISO('2022-03-31T17:00Z'), 'quarter', 'Asia/Shanghai')
 * //=> '2022-04-01'
 */
export function cycleKey(instant: DateTime, cycle: PairingCycle, zone: string): string {
  if (cycle === 'none') return '*';
  // Converting to a zone costs an Intl lookup; a check asks for thousands of keys. Every zone
  // offset in use since 1901 is a multiple of 15 minutes, so period boundaries (local midnights)
  // fall on 15-minute UTC marks and all instants of one such quarter hour share a key.
  const bucket = Math.floor(instant.toMillis() / QUARTER_HOUR);
  const memo = keyMemo(cycle, zone);
  const known = memo.get(bucket);
  if (known !== undefined) return known;
  const start = cycleStart(instant, cycle, zone);
  const key = start === null ? '*' : (start.toISODate() ?? '*');
  if (memo.size > MEMO_LIMIT) memo.clear();
  memo.set(bucket, key);
  return key;
}

const QUARTER_HOUR = 15 * 60 * 1000;
const MEMO_LIMIT = 100_000;
const memos = new Map<string, Map<number, string>>();

function keyMemo(cycle: PairingCycle, zone: string): Map<number, string> {
  const name = `${cycle} ${zone}`;
  let memo = memos.get(name);
  if (memo === undefined) {
    memo = new Map();
    memos.set(name, memo);
  }
  return memo;
}
