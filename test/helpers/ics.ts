/**
 * Builds small `.ics` texts for tests: each fixture shows one quirk, written where it is read.
 */
import { DateTime } from 'luxon';
import { loadCalendar, type LoadOptions } from '../../src/load/load-calendar.js';
import type { LoadResult } from '../../src/model/load-result.js';

/** Wraps component lines in a VCALENDAR with CRLF line ends (RFC 5545). */
export function calendar(lines: readonly string[], calendarLines: readonly string[] = []): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tongchou//test//ZH', ...calendarLines, ...lines, 'END:VCALENDAR', ''].join('\r\n');
}

/** One VEVENT with the given properties (UID defaults to `e1`). */
export function event(...props: string[]): string[] {
  const hasUid = props.some((p) => p.startsWith('UID'));
  return ['BEGIN:VEVENT', ...(hasUid ? [] : ['UID:e1']), 'DTSTAMP:20220101T000000Z', ...props, 'END:VEVENT'];
}

/** A window given as two ISO dates or instants read in Asia/Shanghai. */
export function windowOf(from: string, to: string): LoadOptions['window'] {
  return { from: DateTime.fromISO(from, { zone: 'Asia/Shanghai' }), to: DateTime.fromISO(to, { zone: 'Asia/Shanghai' }) };
}

/** Loads with a wide default window (2020–2030) and the default zone unless overridden. */
export function load(input: string | Uint8Array, options: Partial<LoadOptions> = {}): LoadResult {
  return loadCalendar(input, { meta: { id: 'cal' }, window: windowOf('2020-01-01', '2030-01-01'), file: 'test.ics', ...options });
}

/** Starts of the occurrences as ISO strings with offsets (in the zone they were written in). */
export function starts(result: LoadResult): string[] {
  return result.occurrences.map((o) => (o.allDay ? o.start.toISODate()! : o.start.toISO({ suppressMilliseconds: true })!));
}

/** Problem codes in order. */
export function codes(result: LoadResult): string[] {
  return result.problems.map((p) => p.code);
}
