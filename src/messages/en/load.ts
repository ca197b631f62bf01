import type { LoadProblemDataMap } from '../../model/load-problem.js';
import type { MessagesFor } from '../catalog.js';

/** English: problems met while reading .ics files. */
export const load: MessagesFor<LoadProblemDataMap> = {
  'undecodable-input': (d) => `bytes that are neither UTF-8 nor GB18030 were replaced (${d.detail})`,
  'non-utf8-encoding': (d) => `the file is not UTF-8; it was read as ${d.encoding}`,
  'empty-input': () => 'the file is empty: no calendar data',
  'not-icalendar': () => 'not an iCalendar (.ics) file: no BEGIN:VCALENDAR and no component found',
  'malformed-line': (d) => `unreadable line ignored: "${d.text}"`,
  'text-continuation': (d) => `a line without a property name was read as the continuation of ${d.property}`,
  'missing-end': (d) => `${d.component} has no END:${d.component}; it was closed where the next component begins or the file ends`,
  'unexpected-end': (d) => `END:${d.component} closes nothing that is open; ignored`,
  'property-outside-component': (d) => `property ${d.property} outside any component; ignored`,
  'unsupported-component': (d) => `${d.component} is not a meeting and was not loaded`,
  'missing-dtstart': () => 'the event has no start (DTSTART) and cannot be loaded',
  'override-without-dtstart': (d) => `an override (RECURRENCE-ID ${d.recurrenceId}) has no DTSTART; read as starting at its original time`,
  'invalid-date-value': (d) => `invalid date or date-time in ${d.property}: "${d.value}"`,
  'invalid-duration-value': (d) => `invalid DURATION "${d.value}"; ignored`,
  'end-before-start': (d) => `the end ${d.end} is before the start ${d.start}; read as zero length`,
  'missing-uid': (d) => `the event has no UID; ${d.uid} was generated`,
  'duplicate-uid': (d) => `UID ${d.uid} appears again in a newer version (higher SEQUENCE, or later in the file); this one was skipped`,
  'invalid-rrule': (d) => `unreadable RRULE "${d.value}" (${d.detail}); only the first occurrence was loaded`,
  'unsupported-rscale': (d) => `the RRULE recurs in the ${d.rscale} calendar (RFC 7529 RSCALE), which is not supported; only the first occurrence was loaded`,
  'unknown-tzid': (d) => `unknown time zone "${d.tzid}" with no VTIMEZONE; read in the default zone ${d.zone}`,
  'empty-tzid': (d) => `empty TZID; read in the default zone ${d.zone}`,
  'windows-tzid-mapped': (d) => `Windows zone name "${d.tzid}" mapped to ${d.zone}`,
  'stray-tzid-property': (d) => `a stray TZID line ("${d.tzid}") inside the event; its floating times were read in ${d.zone}`,
  'date-with-tzid': (d) => `${d.property} is a DATE but carries a TZID; the TZID was ignored`,
  'unknown-calendar-timezone': (d) => `X-WR-TIMEZONE "${d.tzid}" is not a known zone; ignored`,
  'orphan-override': (d) => `the series of this override (RECURRENCE-ID ${d.recurrenceId}) is not in the file; loaded as a single event`,
  'occurrence-cap': (d) => `expansion stopped at the cap of ${d.limit} occurrences; later ones are missing`,
};
