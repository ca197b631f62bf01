/**
 * Problem codes raised while validating a config document (JSON or the TypeScript builder), with
 * their data. Owned by `src/config/` (and `src/check/` for `missing-source`); each code needs a
 * message in both locales. Data values are plain strings and numbers so the JSON report can carry
 * them as they are; paths inside data are already formatted (`rules[2].minGap`).
 */

/**
 * Kinds of JSON value, as named in `invalid-type` problems. Tokens rather than prose so that each
 * locale can translate them (`string` → `字符串`).
 */
export type ValueKind =
  | 'string'
  | 'non-empty-string'
  | 'empty-string'
  | 'string-or-string-array'
  /** A `follows` gap: an ISO-8601 duration text or `{ "workingDays": n }`. */
  | 'duration-or-working-days'
  | 'number'
  | 'integer'
  | 'boolean'
  | 'object'
  | 'array'
  | 'null'
  | 'undefined'
  | 'other';

export interface ConfigProblemDataMap {
  /** A value has the wrong type or shape. */
  'invalid-type': { readonly expected: ValueKind; readonly received: ValueKind };
  /** A required key is absent. The problem's path ends with the missing key. */
  'missing-field': { readonly field: string };
  /**
   * A key the schema does not know. An error inside rules, selectors and entries (a typo such as
   * `summery` would otherwise silently match everything); a warning at the top level, where newer
   * files may carry sections this version ignores. `suggestion` is the closest known key or `''`.
   */
  'unknown-key': { readonly key: string; readonly allowed: string; readonly suggestion: string };
  /** Not an IANA time-zone name (`Asia/Shanghai`). */
  'invalid-timezone': { readonly zone: string };
  /**
   * A zone abbreviation that IANA reads differently from Chinese usage: `CST` is America/Chicago,
   * not China Standard Time. `resolved` is the zone it stands for.
   */
  'ambiguous-timezone': { readonly zone: string; readonly resolved: string };
  /**
   * A calendar's `file` is a subscription address (`webcal://…`, `https://…`, as DingTalk, Outlook and
   * Google show a calendar's link): tongchou reads local files only; download the `.ics` first.
   */
  'file-is-address': { readonly file: string };
  /**
   * The config file is not UTF-8 (Chinese Windows Notepad saves "ANSI" as GBK, "Unicode" as UTF-16):
   * read as `encoding` (info); `utf-8-lossy` when it is neither, its unreadable bytes replaced (warning).
   */
  'config-encoding': { readonly encoding: 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-8-lossy' };
  /** Not a calendar date written `YYYY-MM-DD`. */
  'invalid-date': { readonly value: string };
  /** The window ends before it starts. */
  'window-reversed': { readonly from: string; readonly to: string };
  /** Office hours (`hours`) whose end is not after their start (QA26-15: not the check window). */
  'hours-reversed': { readonly start: string; readonly end: string };
  /** A quiet-period `during` span that ends before it starts (QA26-15: not the check window). */
  'span-reversed': { readonly from: string; readonly to: string };
  /** Two calendars, people or rules share an id. `first` is the path of the first one. */
  'duplicate-id': { readonly id: string; readonly first: string };
  /** A value outside a closed list (level, severity, cycle). `allowed` lists the choices, comma-separated. */
  'invalid-enum': { readonly value: string; readonly allowed: string };
  /** A level written as a name staff use (`县`, `区`, `county`, `镇`) was read as `level`, the level it ranks with (info). */
  'level-synonym': { readonly value: string; readonly level: string };
  /** A rule `kind` this version does not know. `known` lists the known kinds, comma-separated. */
  'unknown-rule-kind': { readonly kind: string; readonly known: string };
  /** A person reference (owner, required attendee) that matches no id or alias in `people`. */
  'unknown-person': { readonly reference: string };
  /** A `role:…` reference that no person in `people` holds. */
  'unknown-role': { readonly role: string };
  /** Not an ISO-8601 duration (`PT30M`, `P7D`). */
  'invalid-duration': { readonly value: string };
  /** A regular expression that does not compile with the `u` flag. */
  'invalid-regex': { readonly pattern: string; readonly detail: string };
  /** `minGap` is longer than `maxGap`, so no placement can satisfy the rule. */
  'gap-reversed': { readonly minGap: string; readonly maxGap: string };
  /** A number below its minimum. */
  'out-of-range': { readonly value: number; readonly min: number };
  /** A selector with no fields: it matches every occurrence (or, under `not`, none). */
  'empty-selector': Readonly<Record<never, never>>;
  /** A list that does nothing when empty (`anyOf: []`, required `people: []`). */
  'empty-list': { readonly field: string };
  /** A selector names a calendar id that is not in `calendars`. */
  'unknown-calendar': { readonly reference: string };
  /** A selector names an office that no calendar in `calendars` has. */
  'unknown-office': { readonly reference: string };
  /** Two people share an alias (or one's alias is the other's id): attendees written so are ambiguous. */
  'duplicate-alias': { readonly alias: string; readonly first: string; readonly second: string };
  /**
   * Two people share a name (重名, QA26-30): a calendar line naming only 张伟 (a CN without a mail
   * address, a calendar `owner` or a rule's `people` written as the name) goes to the first.
   * `first` and `second` are their ids.
   */
  'duplicate-name': { readonly name: string; readonly first: string; readonly second: string };
  /**
   * A place name or alias that, after normalisation (NFKC, case, spaces), already names another
   * configured place (QA26-30): every LOCATION written so goes to `first`. `kind` says whether `text`
   * is the entry's `name` or one of its `aliases`; `second` is the entry's name.
   */
  'duplicate-place': { readonly kind: 'name' | 'alias'; readonly text: string; readonly first: string; readonly second: string };
  /**
   * A person reference (calendar `owner`, rule `people`) that is no id but the name or alias of several
   * people (重名, QA26-30): it would silently mean the first. `ids` lists their ids, comma-separated.
   */
  'ambiguous-person': { readonly reference: string; readonly ids: string };
  /**
   * A `travel[]` endpoint (`from` or `to`) naming a building (…大楼, …政府, …中心) that is no configured
   * place or alias and within which no configured place lies (QC-4): a typo such as 区政付大楼 would
   * leave the default time in force, while an outside site (市委党校) whose rooms are not listed is ordinary.
   * An info, only when `locations` lists places.
   */
  'unknown-travel-place': { readonly place: string };
  /** Two calendars read the same file: its events would be counted twice. `first` is the first calendar's id. */
  'duplicate-file': { readonly file: string; readonly first: string };
  /** A calendar's file was not given to the checker. */
  'missing-source': { readonly calendar: string; readonly file: string };
  /**
   * A `quiet-period` rule's `during` meetings could sit on calendars that were not read (file missing, not
   * iCalendar, empty, undecodable): what was held during them is not known (LE-2). `calendars` names them
   * (name, else office, else id), joined by `、`. Warning, at the rule's `during`.
   */
  'quiet-period-unread': { readonly rule: string; readonly calendars: string };
  /**
   * A holiday calendar of `holidays.ics` lists no day at all (holiday-cn's file for a year before the
   * State Council's notice is scraped: a VCALENDAR with no VEVENT): it supplies no year (QF-10). Warning.
   */
  'holiday-calendar-empty': { readonly file: string };
  /**
   * An attendee's CN names a directory person (`person`, `personName`) whose config lists mail
   * addresses, but not this one: by the 重名 rule (QA26-9) the line is someone else. Info, once per
   * address, at the first event naming it (`people/attendance-hints.ts`, QB-21): staff add the address
   * to `aliases` when it is the same person.
   */
  'unlisted-address': { readonly name: string; readonly address: string; readonly person: string; readonly personName: string };
  /**
   * No meeting of an office's calendar names anyone (no ATTENDEE line, no 出席领导/参会人员 line of a
   * DESCRIPTION naming a directory person): the attendance rules see nobody there. Info, once per
   * calendar (`people/attendance-hints.ts`, QB-29).
   */
  'no-attendees': { readonly calendar: string; readonly calendarName: string; readonly events: number };
}

/** Every config problem code. */
export type ConfigProblemCode = keyof ConfigProblemDataMap;
