/**
 * Turns the three expansions (loader, ical.js, python) of one corpus file into comparable sets of
 * occurrence keys, cut at the same instant, and diffs them.
 *
 * A key is `uid | recurrence id (or start for single events) | start | end | status`, dates kept as
 * dates and every date-time as its UTC instant (floating values read in the file's default zone).
 */
import type { Occurrence } from '../../src/model/occurrence.js';
import { DateTime } from 'luxon';
import {
  type FloatingReading,
  type ReferenceEntry,
  canonical,
  formatUtc,
  instantOf,
  isDateValue,
} from './reference-types.js';

/** The loader writes recurrence ids as ISO instants; any ISO spelling of the instant is accepted. */
function canonicalInstant(iso: string): string {
  const parsed = DateTime.fromISO(iso, { setZone: true });
  return parsed.isValid ? formatUtc(parsed) : `unparsable:${iso}`;
}

export interface Row {
  readonly key: string;
  readonly uid: string | null;
  readonly status: string | null;
  /** Start as epoch milliseconds, for the cut. */
  readonly startMs: number;
}

function key(uid: string | null, recurrenceId: string | null, start: string, end: string, status: string | null): string {
  return [uid ?? '(no uid)', recurrenceId ?? start, start, end, status ?? '-'].join(' | ');
}

/** Rows of a reference entry; floating and date values are read in `zone`. */
export function referenceRows(
  entry: ReferenceEntry,
  zone: string,
  reading: FloatingReading = 'floating',
  adjust: { readonly zeroLengthDayAsOneDay?: boolean } = {},
): Row[] {
  return (entry.occurrences ?? []).map((o) => {
    const start = canonical(o.start, zone, reading);
    let end = canonical(o.end, zone, reading);
    if (adjust.zeroLengthDayAsOneDay === true && isDateValue(start) && end === start) {
      // RFC 5545 §3.6.1: a DATE DTSTART without DTEND lasts one day (python: zero length)
      end = DateTime.fromISO(start, { zone: 'utc' }).plus({ days: 1 }).toISODate() ?? end;
    }
    const rid = o.recurrenceId === null ? null : canonical(o.recurrenceId, zone, reading);
    return {
      key: key(o.uid, rid, start, end, o.status),
      uid: o.uid,
      status: o.status,
      startMs: +instantOf(o.start, zone, reading),
    };
  });
}

function loaderValue(value: DateTime, allDay: boolean): string {
  return allDay ? (value.toISODate() ?? 'invalid') : formatUtc(value);
}

/** The prefix of the UIDs the loader makes up for VEVENTs that have none. */
export const GENERATED_UID_PREFIX = 'tongchou-generated-';

/**
 * Rows of the loader's occurrences. With `generatedUidAsNone`, a UID the loader made up for a
 * VEVENT without one compares equal to the references' missing UID.
 */
export function loaderRows(occurrences: readonly Occurrence[], adjust: { readonly generatedUidAsNone?: boolean } = {}): Row[] {
  return occurrences.map((o) => {
    const uid = adjust.generatedUidAsNone === true && o.uid.startsWith(GENERATED_UID_PREFIX) ? null : o.uid;
    const start = loaderValue(o.start, o.allDay);
    const end = loaderValue(o.end, o.allDay);
    const rid = o.recurrenceId === null || isDateValue(o.recurrenceId) ? o.recurrenceId : canonicalInstant(o.recurrenceId);
    return { key: key(uid, rid, start, end, o.status), uid, status: o.status, startMs: +o.start };
  });
}

/** The instant where the cap cuts: the earliest of the references' cuts and the loader's own. */
export function cutInstant(cuts: readonly (string | undefined)[], loader: readonly Row[], cap: number): number {
  const sorted = [...loader].sort((a, b) => a.startMs - b.startMs);
  const own = sorted[cap]?.startMs ?? Number.POSITIVE_INFINITY;
  return Math.min(own, ...cuts.map((c) => (c === undefined ? Number.POSITIVE_INFINITY : +instantOf(c, 'utc'))));
}

export function before(rows: readonly Row[], cut: number): Row[] {
  return rows.filter((r) => r.startMs < cut);
}

export interface Difference {
  /** Keys only the first side has. */
  readonly missing: readonly string[];
  /** Keys only the second side has. */
  readonly extra: readonly string[];
}

/** Multiset difference of keys: `missing` = in expected, not in actual; `extra` the reverse. */
export function difference(expected: readonly Row[], actual: readonly Row[]): Difference {
  const count = new Map<string, number>();
  for (const r of expected) count.set(r.key, (count.get(r.key) ?? 0) + 1);
  const extra: string[] = [];
  for (const r of actual) {
    const n = count.get(r.key) ?? 0;
    if (n > 0) count.set(r.key, n - 1);
    else extra.push(r.key);
  }
  const missing = [...count].flatMap(([k, n]) => Array.from({ length: n }, () => k));
  return { missing: missing.sort(), extra: extra.sort() };
}

export function isEmpty(d: Difference): boolean {
  return d.missing.length === 0 && d.extra.length === 0;
}
