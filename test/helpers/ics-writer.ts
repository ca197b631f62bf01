/**
 * A small `.ics` writer for generated schedules (property tests): RFC 5545 TEXT escaping (§3.3.11),
 * content-line folding at 75 octets that never splits a UTF-8 sequence (§3.1), IANA TZIDs (the loader
 * knows them without a VTIMEZONE), DATE values for all-day events, EXDATE and RECURRENCE-ID overrides.
 */
import type { DateTime } from 'luxon';

/** One attendee as written: CN, address, ROLE and PARTSTAT. */
export interface WrittenAttendee {
  readonly name: string;
  readonly address: string;
  readonly role: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' | 'CHAIR';
  readonly partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED' | 'NEEDS-ACTION';
}

/** When an event happens: a zoned date-time span, or all-day dates (end exclusive). */
export type WrittenTime =
  | { readonly kind: 'timed'; readonly start: DateTime; readonly end: DateTime }
  | { readonly kind: 'all-day'; readonly startDate: string; readonly endDate: string };

/** One VEVENT: a single event, a series master, or an override of one instance. */
export interface WrittenEvent {
  readonly uid: string;
  readonly summary: string;
  readonly location: string | null;
  readonly time: WrittenTime;
  readonly attendees: readonly WrittenAttendee[];
  /** RRULE value, e.g. `FREQ=WEEKLY;COUNT=4`. */
  readonly rrule: string | null;
  /** Excluded instance starts, in the master's zone (or dates for all-day series). */
  readonly exdates: readonly (DateTime | string)[];
  /** For an override: the original start of the instance it replaces. */
  readonly recurrenceId: DateTime | string | null;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as `\n`.
 * @param text - raw text
 * @returns the escaped value
 * @example
 * escapeText('会议;一,二\n三') //=> '会议\\;一\\,二\\n三'
 */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space, which
 * counts towards their 75; a multi-octet UTF-8 character is never split across lines.
 * @param line - an unfolded content line
 * @returns the folded line, CRLF-separated, without a trailing CRLF
 * @example
 * foldLine('SUMMARY:' + '会'.repeat(30)).split('\r\n').length //=> 2
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const basicLocal = (dt: DateTime) => dt.toFormat("yyyyMMdd'T'HHmmss");
const basicDate = (iso: string) => iso.replace(/-/g, '');

/** `NAME;TZID=zone:local` for a zoned value, `NAME;VALUE=DATE:date` for a date. */
function dateProperty(name: string, value: DateTime | string): string {
  if (typeof value === 'string') return `${name};VALUE=DATE:${basicDate(value)}`;
  return `${name};TZID=${value.zoneName}:${basicLocal(value)}`;
}

/** The quoted CN parameter (§3.2: DQUOTE-delimited when it holds `:` `;` `,`; never contains DQUOTE). */
const quoted = (value: string) => `"${value.replace(/"/g, "'")}"`;

/**
 * Writes one VEVENT's content lines (unfolded).
 * @param event - the event
 * @returns its lines from BEGIN to END
 */
export function eventLines(event: WrittenEvent): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, 'DTSTAMP:20220101T000000Z'];
  if (event.recurrenceId !== null) lines.push(dateProperty('RECURRENCE-ID', event.recurrenceId));
  if (event.time.kind === 'timed') {
    lines.push(dateProperty('DTSTART', event.time.start), dateProperty('DTEND', event.time.end));
  } else {
    lines.push(dateProperty('DTSTART', event.time.startDate), dateProperty('DTEND', event.time.endDate));
  }
  if (event.rrule !== null) lines.push(`RRULE:${event.rrule}`);
  for (const exdate of event.exdates) lines.push(dateProperty('EXDATE', exdate));
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location !== null) lines.push(`LOCATION:${escapeText(event.location)}`);
  for (const a of event.attendees) {
    lines.push(`ATTENDEE;CN=${quoted(a.name)};ROLE=${a.role};PARTSTAT=${a.partstat}:${a.address}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Writes a whole calendar: CRLF line ends, folded lines, optional X-WR-CALNAME.
 * @param events - the VEVENTs, in order
 * @param name - X-WR-CALNAME, if any
 * @returns the `.ics` text
 * @example
 * writeCalendar([]).startsWith('BEGIN:VCALENDAR\r\n') //=> true
 */
export function writeCalendar(events: readonly WrittenEvent[], name: string | null = null): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//tongchou//property tests//ZH',
    ...(name === null ? [] : [`X-WR-CALNAME:${escapeText(name)}`]),
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
