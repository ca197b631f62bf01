import type { ConfigProblemDataMap, ValueKind } from '../../model/config-problem.js';
import type { MessagesFor } from '../catalog.js';

const kinds: Readonly<Record<ValueKind, string>> = {
  string: 'a string',
  'non-empty-string': 'a non-empty string',
  'empty-string': 'an empty string',
  'string-or-string-array': 'a string or an array of strings',
  'duration-or-working-days': 'an ISO-8601 duration (e.g. P7D) or {"workingDays": n}',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
  undefined: 'nothing',
  other: 'a value JSON cannot hold',
};

/** English: problems in a config document. */
export const config: MessagesFor<ConfigProblemDataMap> = {
  'invalid-type': (d) => `expected ${kinds[d.expected]}, got ${kinds[d.received]}`,
  'missing-field': (d) => `"${d.field}" is required`,
  'unknown-key': (d) =>
    `unknown key "${d.key}"` + (d.suggestion === '' ? ` (known: ${d.allowed})` : ` — did you mean "${d.suggestion}"?`),
  'invalid-timezone': (d) => `"${d.zone}" is not an IANA time zone (e.g. Asia/Shanghai)`,
  'config-encoding': (d) =>
    d.encoding === 'utf-8-lossy'
      ? 'the config file is not valid UTF-8: unreadable bytes were replaced, so Chinese names in it may match nothing; save it as UTF-8'
      : `the config file is not UTF-8; it was read as ${d.encoding} (save it as UTF-8 to be sure)`,
  'ambiguous-timezone': (d) => `"${d.zone}" is read as ${d.resolved}; write the full name, e.g. Asia/Shanghai`,
  'file-is-address': (d) => `"${d.file}" is an address, not a file: tongchou reads local .ics files only — download the calendar (subscribe, then export or save the .ics) and give its path`,
  'invalid-date': (d) => `"${d.value}" is not a date written YYYY-MM-DD`,
  'window-reversed': (d) => `the window ends (${d.to}) before it starts (${d.from})`,
  'hours-reversed': (d) => `the office hours end (${d.end}) no later than they start (${d.start}); hours cannot run past midnight`,
  'span-reversed': (d) => `the span ends (${d.to}) before it starts (${d.from})`,
  'duplicate-id': (d) => `id "${d.id}" is already used at ${d.first}`,
  'invalid-enum': (d) => `"${d.value}" is not one of: ${d.allowed}`,
  'level-synonym': (d) => `"${d.value}" read as the level ${d.level}${d.level === 'district' ? ' (counties, county-level cities and banners rank with districts)' : ''}`,
  'unknown-rule-kind': (d) => `unknown rule kind "${d.kind}"; known kinds: ${d.known}`,
  'unknown-person': (d) => `"${d.reference}" matches no person id or alias in "people"`,
  'unknown-role': (d) => `no person in "people" holds the role "${d.role}"`,
  'invalid-duration': (d) => `"${d.value}" is not an ISO-8601 duration (e.g. PT30M, P7D)`,
  'invalid-regex': (d) => `"${d.pattern}" is not a valid regular expression: ${d.detail}`,
  'gap-reversed': (d) => `minGap ${d.minGap} is longer than maxGap ${d.maxGap}`,
  'out-of-range': (d) => `${d.value} is below the minimum ${d.min}`,
  'empty-selector': () => 'an empty selector matches every occurrence',
  'empty-list': (d) => `"${d.field}" is empty, so it has no effect`,
  'unknown-calendar': (d) => `no calendar in "calendars" has the id "${d.reference}"`,
  'unknown-office': (d) => `no calendar in "calendars" belongs to the office "${d.reference}"`,
  'duplicate-alias': (d) => `alias "${d.alias}" belongs to both "${d.first}" and "${d.second}"`,
  'duplicate-name': (d) =>
    `"${d.second}" has the same name as "${d.first}" (${d.name}): attendees written by name without a mail address, owners and rule people written so all count as "${d.first}"; give each their own mail address and refer to them by id`,
  'duplicate-place': (d) =>
    d.kind === 'name'
      ? `place "${d.second}" is already a name or alias of "${d.first}" (full-width forms, case and spaces aside): meetings written so count as "${d.first}"`
      : `alias "${d.text}" names both "${d.first}" and "${d.second}": meetings written so count as "${d.first}"`,
  'unknown-travel-place': (d) =>
    `no place in "locations" is "${d.place}" or lies within it: this travel time applies only to meetings whose LOCATION is written so or names a room in it`,
  'ambiguous-person': (d) => `"${d.reference}" is the name or alias of several people (${d.ids}); write the id of the one meant`,
  'duplicate-file': (d) => `file "${d.file}" is already read by calendar "${d.first}"; its events would count twice`,
  'missing-source': (d) => `the file "${d.file}" of calendar "${d.calendar}" was not provided`,
  'quiet-period-unread': (d) => `rule "${d.rule}": the quiet period's meetings may be on calendars that were not read (${d.calendars}); meetings held during them could not be checked`,
  'holiday-calendar-empty': (d) =>
    `the holiday calendar "${d.file}" lists no day off and no make-up working day (perhaps a feed's file before the State Council's notice): it supplies no year, and those years' dates stay unknown`,
  'unlisted-address': (d) =>
    `attendee "${d.name}" <${d.address}> has the name of "${d.personName}" (${d.person}) in people, but the address is not among their aliases, so it is taken as someone else; if it is the same person, add the address to their aliases`,
  'no-attendees': (d) =>
    `none of the ${d.events} events of calendar "${d.calendarName}" names anyone (no ATTENDEE, no 出席领导/参会人员 line of the description naming a person in people): the attendance rules see nobody there`,
};
