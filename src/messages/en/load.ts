import type { LoadProblemDataMap } from '../../model/load-problem.js';
import type { MessagesFor } from '../catalog.js';

/** English: problems met while reading .ics files. */
export const load: MessagesFor<LoadProblemDataMap> = {
  'undecodable-input': (d) => `bytes that are neither UTF-8 nor GB18030 were replaced (${d.detail})`,
  'non-utf8-encoding': (d) => `the file is not UTF-8; it was read as ${d.encoding}`,
  'mixed-encoding': (d) => `this file joins several calendars; the one (VCALENDAR) beginning on this line is not UTF-8 and was read as ${d.encoding}, the rest as UTF-8`,
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
  'dtend-and-duration': (d) => `the event has both an end (DTEND ${d.dtend}) and a length (DURATION ${d.duration}), which iCalendar forbids: the end DTEND was used, DURATION ignored`,
  'start-only-events': (d) => `${d.events} meeting${d.events === 1 ? ' has' : 's have'} a start time but no end (no DTEND or DURATION), the first here: read as the moment ${d.events === 1 ? 'it starts' : 'each starts'}, so only what is under way or starts then clashes with ${d.events === 1 ? 'it' : 'them'} (people, rooms); a clash later in the meeting cannot be found; export the end time`,
  'end-before-start': (d) => `the end ${d.end} is before the start ${d.start}; read as zero length`,
  'missing-uid': (d) => `the event has no UID; ${d.uid} was generated`,
  'duplicate-uid': (d) =>
    `UID ${d.uid} appears again in a newer version; this one was skipped: ${
      d.decidedBy === 'sequence'
        ? `the version at line ${d.keptLine} has a higher SEQUENCE`
        : d.decidedBy === 'last-modified'
          ? `same SEQUENCE, the version at line ${d.keptLine} has a later LAST-MODIFIED`
          : d.decidedBy === 'dtstamp'
            ? `same SEQUENCE, the version at line ${d.keptLine} has a later DTSTAMP`
            : `nothing tells the two apart (same SEQUENCE, no differing modification time), so the later one in the file (line ${d.keptLine}) is kept`
    }`,
  'reused-uid': (d) => `UID ${d.uid} is also used by the different meeting at line ${d.firstLine} (another title and day, nothing marks either as a newer version): the exporter reused the UID; both were loaded`,
  'vcalendar-version': () =>
    'the file is vCalendar 1.0 (VERSION:1.0: old OA systems, Lotus Notes, phones), not iCalendar 2.0: read as iCalendar with quoted-printable text decoded and recurrence rules translated; its time-zone lines (TZ, DAYLIGHT) are not read, times without a zone are in the default zone',
  'unknown-version': (d) => `VERSION:${d.version} is no iCalendar version (RFC 5545 requires 2.0); read as iCalendar 2.0`,
  'quoted-printable': (d) => `${d.count} value${d.count === 1 ? '' : 's'} written ENCODING=QUOTED-PRINTABLE (vCalendar 1.0) decoded`,
  'vcalendar-rrule': (d) =>
    `vCalendar 1.0 rule "${d.value}" read as ${d.rrule}` + (d.countDefaulted ? ' (no count or end date: repeated twice, the vCalendar 1.0 default; please check)' : ''),
  'unsupported-vcalendar-rrule': (d) => `vCalendar 1.0 rule "${d.value}" is in a form not supported; only the first occurrence was loaded`,
  'invalid-rrule': (d) => `unreadable RRULE "${d.value}" (${d.detail}); only the first occurrence was loaded`,
  'unsupported-rscale': (d) => `the RRULE recurs in the ${d.rscale} calendar (RFC 7529 RSCALE), which is not supported; only the first occurrence was loaded`,
  'method-cancel': (d) => `the file is a cancellation notice (METHOD:CANCEL): in ${d.events} meeting(s) not cancelled as a whole, the attendees it lists were read as removed from the meeting`,
  'title-says-cancelled': (d) => `"${d.summary}" has no STATUS but its title says it is cancelled: read as cancelled, it books nobody`,
  'nonstandard-until': (d) => `the RRULE's end UNTIL=${d.until} is not written the RFC 5545 way; read as ${d.read}`,
  'nonstandard-date-value': (d) => `${d.property}:${d.value} is not written the RFC 5545 way; read as ${d.read} (the same for the file's other ${d.property} values so written)`,
  'unknown-tzid': (d) => `unknown time zone "${d.tzid}" with no VTIMEZONE; read in the default zone ${d.zone}`,
  'empty-tzid': (d) => `empty TZID; read in the default zone ${d.zone}`,
  'windows-tzid-mapped': (d) => `Windows zone name "${d.tzid}" mapped to ${d.zone}`,
  'beijing-time-assumed': (d) => `time zone "${d.tzid}" is no standard zone name; read as Beijing time (${d.zone}, UTC+8)`,
  'ambiguous-tzid': (d) =>
    `time zone "${d.tzid}" is ambiguous${d.other === '' ? '' : ` (it can also mean ${d.other})`}: read as ${d.zone}; export with an unambiguous zone (such as Asia/Shanghai)`,
  'offset-tzid': (d) => `TZID "${d.tzid}" names an offset from UTC: read as the fixed offset ${d.zone}`,
  'stray-tzid-property': (d) => `a stray TZID line ("${d.tzid}") inside the event; its floating times were read in ${d.zone}`,
  'date-with-tzid': (d) => `${d.property} is a DATE but carries a TZID; the TZID was ignored`,
  'unknown-calendar-timezone': (d) => `X-WR-TIMEZONE "${d.tzid}" is not a known zone; ignored`,
  'calendar-zone-differs': (d) => `this file holds several calendars (VCALENDAR); this one's times without a zone were read in ${d.zone}, the first one's in ${d.calendarZone}`,
  'orphan-override': (d) => `the series of this override (RECURRENCE-ID ${d.recurrenceId}) is not in the file; loaded as a single event`,
  'occurrence-cap': (d) => `expansion stopped at the cap of ${d.limit} occurrences; later ones are missing`,
  'export-range': (d) => `this file was exported for a date range and holds only ${d.from} to ${d.to} (X-CLIPSTART/X-CLIPEND); the calendar's meetings on the other days of the window are not known, and are not taken as missing`,
  'holiday-not-all-day': (d) => `"${d.summary}" in a holiday calendar does not cover whole days; ignored (holidays are read as whole days)`,
  'holiday-conflict': (d) => `the holiday calendars disagree about ${d.date}: ${d.first} makes it a ${d.kept === 'workday' ? 'make-up working day' : 'holiday'} and was kept; this entry was ignored`,
  'holiday-year-without-workdays': (d) =>
    `the holiday data lists ${d.holidays} day${d.holidays === 1 ? '' : 's'} off in ${d.year} but no make-up working day, which every published arrangement has: it may be a forecast made before the State Council's notice (Google lists festivals years ahead) or only part of the notice; ` +
    `so ${d.year} is not taken as supplied, and its other days, save those the law fixes, stay unknown. If this is the whole arrangement, list ${d.year} in holidays.years`,
};
