/**
 * The shape of a cadence rule's `every` when it is an RRULE (QA26-40), for the locales to say in
 * words: "every month from the 15th" / “每月15日起”, never `FREQ=MONTHLY;BYMONTHDAY=15`. A cadence
 * period runs from one instance of the rule to the next (the window sets DTSTART, so every part
 * below is the period's first day). Only the shapes a person writes for a routine meeting are read
 * (RFC 5545 §3.3.10: FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, BYDAY with ordinals, BYMONTHDAY,
 * BYMONTH, a single BYSETPOS over weekdays, WKST); anything else is `null` and the locales fall
 * back to a generic phrase. The raw rule stays in the finding's data.
 */

/** Weekdays as RFC 5545 writes them, Monday first (index 0 = MO). */
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/** Where in its unit each period begins. Weekdays are 0 = Monday … 6 = Sunday. */
export type CadenceAnchor =
  /** No BY part: the period is the unit itself, from the window's first day. */
  | { readonly kind: 'none' }
  /** BYDAY without ordinals (`MO,TH`): from each of these weekdays. */
  | { readonly kind: 'weekdays'; readonly days: readonly number[] }
  /** BYMONTHDAY (`15`, `-1`): from these days of the month (negative: from the end). */
  | { readonly kind: 'month-days'; readonly days: readonly number[] }
  /** BYDAY with ordinals (`1MO`, `-1FR`): from the n-th such weekday of the month (or year). */
  | { readonly kind: 'nth-weekdays'; readonly items: readonly { readonly n: number; readonly day: number }[] }
  /** BYSETPOS=n over Monday–Friday (`BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1`): the n-th working day. */
  | { readonly kind: 'nth-workday'; readonly n: number };

/** An RRULE read for wording. */
export interface CadenceRule {
  readonly unit: 'day' | 'week' | 'month' | 'year';
  /** INTERVAL, at least 1. */
  readonly interval: number;
  /** BYMONTH, 1–12 (empty: every month). Only with `month` (then read as yearly) or `year`. */
  readonly months: readonly number[];
  readonly anchor: CadenceAnchor;
}

const UNITS = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' } as const;
const KNOWN_PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'WKST']);

/**
 * Reads a cadence RRULE for wording.
 * @param every - the rule's `every` as written, with or without `RRULE:`
 * @returns its shape, or null for a named period, a malformed rule or one outside the shapes read
 * @example
 * readCadenceRule('FREQ=MONTHLY;BYMONTHDAY=15')
 * //=> { unit: 'month', interval: 1, months: [], anchor: { kind: 'month-days', days: [15] } }
 */
export function readCadenceRule(every: string): CadenceRule | null {
  const parts = new Map<string, string>();
  for (const part of every.trim().replace(/^RRULE:/iu, '').split(';')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return null;
    const key = part.slice(0, eq).trim().toUpperCase();
    if (!KNOWN_PARTS.has(key) || parts.has(key)) return null;
    parts.set(key, part.slice(eq + 1).trim().toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq === undefined || !(freq in UNITS)) return null;
  let unit: CadenceRule['unit'] = UNITS[freq as keyof typeof UNITS];
  const interval = parts.has('INTERVAL') ? integer(parts.get('INTERVAL')!, 1, 1000) : 1;
  const months = list(parts.get('BYMONTH'), (t) => integer(t, 1, 12));
  const monthDays = list(parts.get('BYMONTHDAY'), (t) => nonZero(integer(t, -31, 31)));
  const byDay = list(parts.get('BYDAY'), weekdayNum);
  const setPos = list(parts.get('BYSETPOS'), (t) => nonZero(integer(t, -366, 366)));
  if (interval === null || months === null || monthDays === null || byDay === null || setPos === null) return null;
  if (parts.has('WKST') && weekdayNum(parts.get('WKST')!)?.n !== 0) return null;

  // BYMONTH on a monthly rule keeps only those months: "every year, in these months".
  if (months.length > 0) {
    if (unit === 'month' && interval === 1) unit = 'year';
    else if (unit !== 'year') return null;
  }
  const ordinals = byDay.filter((d) => d.n !== 0);
  let anchor: CadenceAnchor;
  if (setPos.length > 0) {
    // Only "the n-th (or last) working day of the month", the one BYSETPOS shape offices use.
    const workdays = byDay.length === 5 && ordinals.length === 0 && byDay.every((d, i) => d.day === i);
    if (setPos.length !== 1 || !workdays || monthDays.length > 0 || (unit !== 'month' && unit !== 'year')) return null;
    anchor = { kind: 'nth-workday', n: setPos[0]! };
  } else if (monthDays.length > 0) {
    if (byDay.length > 0 || (unit !== 'month' && unit !== 'year')) return null;
    anchor = { kind: 'month-days', days: monthDays };
  } else if (ordinals.length > 0) {
    if (ordinals.length !== byDay.length || (unit !== 'month' && unit !== 'year')) return null;
    anchor = { kind: 'nth-weekdays', items: ordinals };
  } else if (byDay.length > 0) {
    // A daily rule filtered to weekdays starts its periods on those weekdays, as a weekly one does.
    if (unit === 'day') {
      if (interval !== 1) return null;
      unit = 'week';
    }
    anchor = { kind: 'weekdays', days: byDay.map((d) => d.day) };
  } else anchor = { kind: 'none' };
  return { unit, interval, months, anchor };
}

/**
 * Whether weekdays are exactly Monday to Friday (worded “周一至周五” / "weekday").
 * @example isWorkWeek([0, 1, 2, 3, 4]) //=> true
 */
export function isWorkWeek(days: readonly number[]): boolean {
  return days.length === 5 && [0, 1, 2, 3, 4].every((d) => days.includes(d));
}

function integer(text: string, min: number, max: number): number | null {
  if (!/^[+-]?\d{1,4}$/u.test(text)) return null;
  const n = Number.parseInt(text, 10);
  return n >= min && n <= max ? n : null;
}

function nonZero(n: number | null): number | null {
  return n === 0 ? null : n;
}

/** `MO` → { n: 0, day: 0 }, `-1FR` → { n: -1, day: 4 } (RFC 5545 weekdaynum, ordinal ±1…±53). */
function weekdayNum(text: string): { n: number; day: number } | null {
  const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/u.exec(text);
  if (match === null) return null;
  const n = match[1] === undefined ? 0 : Number.parseInt(match[1], 10);
  if (match[1] !== undefined && (n === 0 || Math.abs(n) > 53)) return null;
  return { n, day: WEEKDAYS.indexOf(match[2] as (typeof WEEKDAYS)[number]) };
}

function list<T>(text: string | undefined, read: (item: string) => T | null): T[] | null {
  if (text === undefined) return [];
  const out: T[] = [];
  for (const item of text.split(',')) {
    const value = read(item.trim());
    if (value === null) return null;
    out.push(value);
  }
  return out;
}
