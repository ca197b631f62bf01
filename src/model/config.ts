/**
 * A whole check, as data: the validated form of `tongchou.json`. File paths are as written in the
 * file (relative to it); `io/read-config.ts` resolves them.
 */
import type { CalendarMeta } from './calendar.js';
import type { Person } from './person.js';
import type { RuleConfig } from './rule-config.js';

/** A calendar to load: its metadata and where the `.ics` is. */
export interface CalendarSource extends CalendarMeta {
  readonly file: string;
  /** Zone for this calendar's floating times; defaults to the config's `timezone`. */
  readonly timezone?: string | undefined;
}

/** A place, with the other spellings that calendars use for it. */
export interface LocationEntry {
  readonly name: string;
  readonly aliases?: readonly string[] | undefined;
}

/** Minutes needed to get from one place to another (both directions). */
export interface TravelEntry {
  readonly from: string;
  readonly to: string;
  readonly minutes: number;
}

/** What a date is in a user's holiday data. */
export type DayArrangement = 'holiday' | 'workday';

/**
 * The user's own holiday arrangement (e.g. a year the bundled data does not cover yet, or a local
 * holiday): dates `YYYY-MM-DD` → holiday or workday, with where it came from (a State Council
 * notice number, a URL). It overrides the bundled data date by date.
 */
export interface HolidayData {
  readonly dates: Readonly<Record<string, DayArrangement>>;
  readonly source: string;
}

export interface Config {
  /** IANA zone for floating times and reports; default `Asia/Shanghai`. */
  readonly timezone: string;
  /** Dates `YYYY-MM-DD`, both inclusive as days: the window is [from 00:00, to + 1 day 00:00) in `timezone`. */
  readonly window: { readonly from: string; readonly to: string };
  readonly calendars: readonly CalendarSource[];
  readonly people: readonly Person[];
  readonly locations: readonly LocationEntry[];
  readonly travel: readonly TravelEntry[];
  readonly rules: readonly RuleConfig[];
  /** Holiday arrangements added to or overriding the bundled Chinese calendar (`working-days`). */
  readonly holidays?: HolidayData | undefined;
  /** Occurrences per calendar before expansion stops with a warning; default 100 000. */
  readonly maxOccurrencesPerCalendar?: number | undefined;
}
