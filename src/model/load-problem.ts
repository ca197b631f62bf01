/**
 * Problem codes raised while decoding, parsing and expanding `.ics` files, with their data.
 * Owned by `src/load/`; each code has a message in both locales (`messages/<locale>/load.ts`).
 *
 * Severity convention: `error` — a component could not be loaded and is listed in `skipped`;
 * `warning` — loaded, but something was guessed or dropped; `info` — a tolerated deviation.
 */
export interface LoadProblemDataMap {
  /** Bytes that are neither UTF-8 nor GB18030 were replaced by U+FFFD (warning). */
  'undecodable-input': { readonly detail: string };
  /** The file is not UTF-8; it was read in this encoding (info). */
  'non-utf8-encoding': { readonly encoding: string };
  /** The file holds several VCALENDARs in different encodings; the one beginning on this line was read in `encoding` (info). */
  'mixed-encoding': { readonly encoding: string };
  /** The input holds no calendar data at all (warning). */
  'empty-input': Record<string, never>;
  /** The input has text but no BEGIN:VCALENDAR or component in it (error). */
  'not-icalendar': Record<string, never>;
  /** A line that is not `NAME[;PARAMS]:VALUE` was ignored (warning). */
  'malformed-line': { readonly text: string };
  /** A line without a property name was read as the continuation of a text value (Exchange's raw line breaks) (info). */
  'text-continuation': { readonly property: string };
  /** A component was never closed by its END line; it was closed where the next one begins or the file ends (warning). */
  'missing-end': { readonly component: string };
  /** An END line closes nothing that is open (warning). */
  'unexpected-end': { readonly component: string };
  /** A property outside any component was ignored (warning). */
  'property-outside-component': { readonly property: string };
  /** A component other than VEVENT (VTODO, VJOURNAL, …) is not a meeting and was not loaded (info). */
  'unsupported-component': { readonly component: string };
  /** A VEVENT without DTSTART cannot be placed in time (error: skipped). */
  'missing-dtstart': Record<string, never>;
  /** An override (RECURRENCE-ID) without DTSTART was read as starting at its RECURRENCE-ID (warning). */
  'override-without-dtstart': { readonly recurrenceId: string };
  /** A date or date-time value is malformed or impossible (32 October, month 13) (error when it is DTSTART, else warning). */
  'invalid-date-value': { readonly property: string; readonly value: string };
  /** A DURATION value is malformed; the event was read without it (warning). */
  'invalid-duration-value': { readonly value: string };
  /** A VEVENT has both DTEND and DURATION, which RFC 5545 §3.6.1 forbids; DTEND was used and DURATION ignored (warning). */
  'dtend-and-duration': { readonly dtend: string; readonly duration: string };
  /**
   * `events` VEVENTs (the first at this line) have a DATE-TIME start and neither DTEND nor DURATION:
   * RFC 5545 §3.6.1 makes each an instant of zero length, which overlaps no other meeting, so the
   * attendance rules (double booking, venue, travel time) cannot see them (warning; one per calendar).
   */
  'start-only-events': { readonly events: number };
  /** DTEND (or DURATION) puts the end before the start; the occurrence was given zero length (warning). */
  'end-before-start': { readonly start: string; readonly end: string };
  /** A VEVENT without UID got a generated one (warning). */
  'missing-uid': { readonly uid: string };
  /** Another VEVENT with the same UID (and RECURRENCE-ID) supersedes this one: higher SEQUENCE, or later in the file. This one is skipped (warning). */
  /** `keptLine`: the line of the copy kept; `decidedBy`: what made it the newer revision. */
  'duplicate-uid': { readonly uid: string; readonly keptLine: number; readonly decidedBy: RevisionDecider };
  /**
   * Another VEVENT of the file (from line `firstLine`) has the same UID but is a different meeting:
   * the same SEQUENCE and revision time, another title and another day. RFC 5545 §3.8.4.7 makes UIDs
   * unique; the exporter reused one, and both were loaded (warning).
   */
  'reused-uid': { readonly uid: string; readonly firstLine: number };
  /**
   * The file says `VERSION:1.0`: vCalendar 1.0, the older format RFC 5545 replaced (old OA systems,
   * Lotus Notes, phones). Read as iCalendar, with its quoted-printable values decoded and its
   * recurrence rules translated (warning: its time-zone lines TZ/DAYLIGHT are not read).
   */
  'vcalendar-version': { readonly version: string };
  /** VERSION is neither 2.0 (RFC 5545 §3.7.4) nor vCalendar's 1.0; the file was read as iCalendar 2.0 (warning). */
  'unknown-version': { readonly version: string };
  /** `count` values written ENCODING=QUOTED-PRINTABLE (vCalendar 1.0) were decoded, the first on this line (info). */
  'quoted-printable': { readonly count: number };
  /**
   * A vCalendar 1.0 recurrence rule (`W1 TU #4`) was read as the RFC 5545 `rrule` (info); a warning
   * when it gave neither a count nor an end date and the grammar's default of two repeats was used.
   */
  'vcalendar-rrule': { readonly value: string; readonly rrule: string; readonly countDefaulted: boolean };
  /** A vCalendar 1.0 recurrence rule in a form not translated (a time list, several rules); the event was loaded as one meeting (warning). */
  'unsupported-vcalendar-rrule': { readonly value: string };
  /** An RRULE could not be read; the event was loaded as its first occurrence only (warning). */
  'invalid-rrule': { readonly value: string; readonly detail: string };
  /** An RRULE in a non-Gregorian calendar system (RFC 7529 RSCALE, e.g. CHINESE lunar festivals) is not expanded; the first occurrence was loaded (warning). */
  'unsupported-rscale': { readonly value: string; readonly rscale: string };
  /** The calendar is a saved cancellation (RFC 5546 METHOD:CANCEL): in its `events` VEVENTs without STATUS:CANCELLED the listed attendees were read as removed (declined) (info). */
  'method-cancel': { readonly events: number };
  /**
   * A VEVENT without STATUS whose title marks it cancelled (`【已取消】…`, `已取消: …`, `Canceled: …`,
   * `…（取消）`) was read as STATUS:CANCELLED: it books nobody (info).
   */
  'title-says-cancelled': { readonly summary: string };
  /** An RRULE's UNTIL was written in ISO 8601's extended form (`2022-06-01`), not RFC 5545's (`20220601`); read as `read` (info). */
  'nonstandard-until': { readonly until: string; readonly read: string };
  /**
   * A DTSTART, DTEND, RDATE, EXDATE or RECURRENCE-ID written in ISO 8601's extended form
   * (`2022-05-12T09:00:00`) or with a UTC offset (`20220514T090000+0800`), not RFC 5545's; read as `read`
   * (info; reported once per property and file, for the first such value).
   */
  'nonstandard-date-value': { readonly property: string; readonly value: string; readonly read: string };
  /** A TZID names no zone known here and no VTIMEZONE; the calendar's default zone was used (warning). */
  'unknown-tzid': { readonly tzid: string; readonly zone: string };
  /** An empty TZID parameter; the calendar's default zone was used (warning). */
  'empty-tzid': { readonly zone: string };
  /**
   * A TZID or X-WR-TIMEZONE naming Beijing time that is neither an IANA nor a Windows name
   * (`北京时间`, `Asia/Beijing`, `东八区`), with no VTIMEZONE of that name, was read as `zone` (Asia/Shanghai) (info).
   */
  'beijing-time-assumed': { readonly tzid: string; readonly zone: string };
  /** A Windows zone name was mapped to its IANA zone (info). */
  'windows-tzid-mapped': { readonly tzid: string; readonly zone: string };
  /**
   * A TZID (or X-WR-TIMEZONE) that is a bare abbreviation with two readings: `CST` is US Central time
   * for the tz database and China Standard Time for a Chinese OA. Read as `zone`; `other` is the
   * reading not used (`` when none is known) (warning).
   */
  'ambiguous-tzid': { readonly tzid: string; readonly zone: string; readonly other: string };
  /** A TZID that spells a UTC offset (`GMT+08:00`) with no VTIMEZONE was read as that fixed offset, `zone` (`UTC+8`) (info). */
  'offset-tzid': { readonly tzid: string; readonly zone: string };
  /** A `TZID:` line inside a VEVENT (an OA-export mistake); used as the zone of its floating times when it resolves (warning). */
  'stray-tzid-property': { readonly tzid: string; readonly zone: string };
  /** A DATE value carried a TZID, which RFC 5545 does not allow; the TZID was ignored (info). */
  'date-with-tzid': { readonly property: string };
  /** X-WR-TIMEZONE names no known zone and was ignored (warning). */
  'unknown-calendar-timezone': { readonly tzid: string };
  /**
   * The file holds several VCALENDARs (exports concatenated) and this one's floating times are read in
   * its own zone, `zone` (its X-WR-TIMEZONE, or the default), not in the calendar's `calendarZone` (info).
   */
  'calendar-zone-differs': { readonly zone: string; readonly calendarZone: string };
  /** An override (RECURRENCE-ID) whose series is not in the file was loaded as a single event (warning). */
  'orphan-override': { readonly recurrenceId: string };
  /** Expansion stopped at the per-calendar occurrence cap; later occurrences are missing (warning). */
  'occurrence-cap': { readonly limit: number };
  /**
   * The file was exported for a date range (`X-CLIPSTART`/`X-CLIPEND`) that does not hold the whole
   * window: nothing is known of the calendar outside `from`…`to` (`YYYY-MM-DD`, both included, in the
   * calendar's zone) (info).
   */
  'export-range': { readonly from: string; readonly to: string };
  /** An event of a holiday calendar does not cover whole days (a timed event); it was ignored (warning). */
  'holiday-not-all-day': { readonly summary: string };
  /** Two events of the holiday calendars disagree about a date; the first one (`first`, `file:line`) was kept (warning). */
  'holiday-conflict': { readonly date: string; readonly kept: 'holiday' | 'workday'; readonly first: string };
  /**
   * The holiday data names a year — one-off events of a holiday calendar (file and line), or `dates`
   * (JSON path of the first) — without a single make-up working day, which every published
   * arrangement since 2004 has: likely a forecast (Google lists festivals years ahead) or part of a
   * notice, not the whole of it. Unless `years` names it, the year is not taken as supplied: its other
   * days stay unknown (QF-9). Warning.
   */
  'holiday-year-without-workdays': { readonly year: number; readonly holidays: number };
}

/**
 * What tells two revisions of one VEVENT in a file apart, in order: SEQUENCE (RFC 5545 §3.8.7.4), then
 * LAST-MODIFIED, then DTSTAMP (RFC 5546 §2.1.5), else the later in the file (exporters append).
 */
export type RevisionDecider = 'sequence' | 'last-modified' | 'dtstamp' | 'file-order';
