/**
 * RFC 5545 §3.3 value types the loader reads itself, so that a bad value is a located problem
 * instead of an exception from deep inside a parser.
 */
import { daysInMonth, type WallTime } from './civil.js';

/** A DATE or DATE-TIME value as written. */
export interface DateTimeText {
  readonly wall: WallTime;
  /** True for a DATE (no time part). */
  readonly dateOnly: boolean;
  /** True when the value ends in `Z` (UTC). */
  readonly utc: boolean;
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/i;

/**
 * Parses `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`; checks that the date exists.
 * @param text - the value
 * @returns the parts, or null when malformed or impossible (month 13, 32 October, 25:00)
 * @example
 * parseDateTimeText('20220510T090000Z')?.utc //=> true
 * parseDateTimeText('20221032') //=> null
 */
export function parseDateTimeText(text: string): DateTimeText | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { wall: { year, month, day, hour: 0, minute: 0, second: 0 }, dateOnly: true, utc: false };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  // A leap second (60) is allowed by RFC 5545 §3.3.12; it is read as :59.
  const second = Math.min(Number(m[6] ?? '0'), 59);
  if (hour > 23 || minute > 59 || Number(m[6] ?? '0') > 60) return null;
  return { wall: { year, month, day, hour, minute, second }, dateOnly: false, utc: m[7] !== undefined };
}

/**
 * Parses a UTC offset `+0800`, `-0500`, `+053000`.
 * @param text - the value
 * @returns minutes east of UTC, or null
 * @example
 * parseUtcOffset('+0800') //=> 480
 */
export function parseUtcOffset(text: string): number | null {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]) + Math.round(Number(m[4] ?? '0') / 60);
  // `-0000` is not allowed (RFC 5545 §3.3.14) but means UTC wherever it is written.
  return m[1] === '-' ? -minutes : minutes;
}

/** A DURATION value split into its nominal (days, weeks) and exact (hours…) parts. */
export interface DurationValue {
  readonly sign: 1 | -1;
  /** Weeks × 7 + days: nominal days, added on the wall clock. */
  readonly days: number;
  /** Hours, minutes, seconds in milliseconds: exact time. */
  readonly millis: number;
}

const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/i;

/**
 * Parses an RFC 5545 §3.3.6 duration (`P1D`, `PT1H30M`, `-PT15M`, `P1W`).
 * @param text - the value
 * @returns the duration, or null when malformed
 * @example
 * parseDurationValue('PT1H30M')?.millis //=> 5400000
 */
export function parseDurationValue(text: string): DurationValue | null {
  const value = text.trim();
  const m = DURATION.exec(value);
  if (!m || value === 'P' || value === 'PT' || /T$/i.test(value)) return null;
  const days = Number(m[2] ?? 0) * 7 + Number(m[3] ?? 0);
  const millis = ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) * 1000;
  return { sign: m[1] === '-' ? -1 : 1, days, millis };
}
