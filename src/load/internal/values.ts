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

/**
 * Parses `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`; checks that the date exists.
 * Read by character code, not by a regular expression: every DTSTART, DTEND, EXDATE and RECURRENCE-ID
 * of a city's year passes here, and a match array per value was a measurable share of the loader's
 * garbage (28 MB of 1.3 GB allocated in a 100 000-occurrence check).
 * Accepted as written (the grammar the earlier expression had): 8 digits, optionally `T` or `t`, 4 or 6
 * digits, then optionally `Z` or `z`; surrounding white space is ignored.
 * @param text - the value
 * @returns the parts, or null when malformed or impossible (month 13, 32 October, 25:00)
 * @example
 * parseDateTimeText('20220510T090000Z')?.utc //=> true
 * parseDateTimeText('20221032') //=> null
 */
export function parseDateTimeText(text: string): DateTimeText | null {
  const length = text.length;
  // String.prototype.trim's white space, checked only when an end is not a digit or Z.
  if (length > 0 && (isSpaceAt(text, 0) || isSpaceAt(text, length - 1))) {
    const trimmed = text.trim();
    return trimmed.length === length ? null : parseDateTimeText(trimmed);
  }
  if (length !== 8 && length !== 13 && length !== 14 && length !== 15 && length !== 16) return null;
  const year = digits(text, 0, 4);
  const month = digits(text, 4, 2);
  const day = digits(text, 6, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (length === 8) return { wall: { year, month, day, hour: 0, minute: 0, second: 0 }, dateOnly: true, utc: false };
  const t = text.charCodeAt(8);
  if (t !== 0x54 && t !== 0x74) return null;
  // After `T`: HHMM, HHMMZ, HHMMSS or HHMMSSZ.
  const last = text.charCodeAt(length - 1);
  const utc = last === 0x5a || last === 0x7a;
  const clock = length - 9 - (utc ? 1 : 0);
  if (clock !== 4 && clock !== 6) return null;
  const hour = digits(text, 9, 2);
  const minute = digits(text, 11, 2);
  const rawSecond = clock === 6 ? digits(text, 13, 2) : 0;
  if (hour < 0 || minute < 0 || rawSecond < 0) return null;
  // A leap second (60) is allowed by RFC 5545 §3.3.12; it is read as :59.
  if (hour > 23 || minute > 59 || rawSecond > 60) return null;
  return { wall: { year, month, day, hour, minute, second: Math.min(rawSecond, 59) }, dateOnly: false, utc };
}

/** The number written by `count` ASCII digits at `at`, or -1 when any of them is no digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i += 1) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether the character at `at` is one `String.prototype.trim` removes (not a digit, T or Z). */
function isSpaceAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return !((c >= 0x30 && c <= 0x39) || c === 0x5a || c === 0x7a) && /\s/u.test(text[at]!);
}

/** A DATE or DATE-TIME written another way than RFC 5545's basic form, read as it is meant. */
export interface NonstandardDateTime {
  /** The same value in RFC 5545's basic form, without the offset (`20220512T090000`). */
  readonly basic: string;
  readonly parsed: DateTimeText;
  /** Minutes east of UTC of an offset suffix (`+0800`, `+08:00`); null when none was written. */
  readonly offsetMinutes: number | null;
}

// `T`, or one space between date and time: MySQL DATETIME and java.sql.Timestamp#toString print
// `2026-12-10 09:00:00(.0)` — as plain as the `T` form (ISO 8601 by agreement, RFC 3339 §5.6 note; QC-22).
const ISO_EXTENDED = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const BASIC_WITH_OFFSET = /^(\d{8}T\d{4}(?:\d{2})?)([+-]\d{2}(?::?\d{2})?)$/i;
/** The basic form at 24:00, the end of its day: `20261228T240000`, `20261228T2400Z`, with an optional offset. */
const BASIC_END_OF_DAY = /^(\d{8})T24(?:00){1,2}(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The day after a `YYYYMMDD` date, in the same form; null when the date does not exist. */
function nextDay(date: string): string | null {
  const parsed = parseDateTimeText(date);
  if (parsed === null) return null;
  let { year, month, day } = parsed.wall;
  day += 1;
  if (day > daysInMonth(year, month)) {
    day = 1;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date or date-time that homegrown OA exports write in ISO 8601's extended form
 * (`2022-05-12T09:00:00`, `2022-05-12T09:00`, `2022-05-16`, Java's `LocalDateTime.toString()`, SQL's
 * `2022-05-12 09:00:00` with a space) or
 * with a UTC offset (`20220514T090000+0800`). RFC 5545 §3.3.4/§3.3.5 allow only the basic form with
 * `Z` or a TZID; these forms are unambiguous, so reading them loses nothing (QB-11).
 * @param text - the value, already refused by {@link parseDateTimeText}
 * @returns the basic form, its parts and the offset, or null when it is no date at all
 * @example
 * readNonstandardDateTime('2022-05-12T09:00')?.basic //=> '20220512T090000'
 * readNonstandardDateTime('20220514T090000+0800')?.offsetMinutes //=> 480
 */
export function readNonstandardDateTime(text: string): NonstandardDateTime | null {
  const value = text.trim();
  let basic: string;
  let offset: string | undefined;
  const iso = ISO_EXTENDED.exec(value);
  if (iso !== null) {
    basic = `${iso[1]}${iso[2]}${iso[3]}${iso[4] === undefined ? '' : `T${iso[4]}${iso[5]}${iso[6] ?? '00'}`}`;
    offset = iso[7];
    // An offset on a bare date means nothing; refuse rather than guess.
    if (iso[4] === undefined && offset !== undefined) return null;
  } else {
    const midnight = BASIC_END_OF_DAY.exec(value);
    const withOffset = midnight === null ? BASIC_WITH_OFFSET.exec(value) : null;
    if (midnight !== null) {
      basic = `${midnight[1]}T240000`;
      offset = midnight[2];
    } else if (withOffset === null) return null;
    else {
      basic = withOffset[1]!.length === 13 ? `${withOffset[1]}00` : withOffset[1]!;
      offset = withOffset[2];
    }
  }
  // 24:00, the end of a day (ISO 8601 allows it; OA rosters end the evening shift so): 00:00 of the next (QF-19).
  if (/T240000$/u.test(basic)) {
    const next = nextDay(basic.slice(0, 8));
    if (next === null) return null;
    basic = `${next}T000000`;
  }
  let offsetMinutes: number | null = null;
  if (offset !== undefined && offset.toUpperCase() === 'Z') basic += 'Z';
  else if (offset !== undefined) {
    const digits = offset.replace(':', '');
    offsetMinutes = parseUtcOffset(digits.length === 3 ? `${digits}00` : digits);
    if (offsetMinutes === null || Math.abs(offsetMinutes) > 18 * 60) return null;
  }
  const parsed = parseDateTimeText(basic);
  return parsed === null ? null : { basic, parsed, offsetMinutes };
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
