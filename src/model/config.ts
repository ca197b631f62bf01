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
  /**
   * Whether two meetings there at once are a clash (`venue`): true for a room or hall, false for a
   * site one visits (a town, a river reach, a building listed for travel times). Default: true when
   * the name or an alias names a room or hall (会议室, 报告厅, 大会堂, 会场, a room number).
   */
  readonly bookable?: boolean | undefined;
  /**
   * The unit (行政区域, e.g. `青山区`) whose room this is, when every district's building has a room of this
   * name: its name and aliases are read on that unit's calendars only (QJ-1), so each district can alias its
   * own 第一会议室 without `duplicate-place`.
   */
  readonly area?: string | undefined;
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
 * One date of the user's `holidays.dates` written as an object: the arrangement, the holiday's name
 * (`端午节`, shown in findings) and, when it differs from `holidays.source`, where it was published.
 */
export interface HolidayDate {
  readonly kind: DayArrangement;
  readonly name?: string | undefined;
  readonly source?: string | undefined;
}

/**
 * A date read from a holiday calendar (`.ics`): its arrangement and name, and where it was written —
 * the file and the line of its VEVENT, so that every finding can cite it.
 */
export interface HolidayCalendarDay {
  readonly kind: DayArrangement;
  /** The holiday (or, for a make-up working day, the holiday it makes up for), e.g. `端午节`; `` when unknown. */
  readonly name: string;
  readonly file: string;
  readonly line: number;
  /** The VEVENT's SUMMARY as written (`端午节假期`, `上班(补春节假期)`). */
  readonly summary: string;
  /**
   * True when the date comes from a recurring event (an RRULE for 元旦 every 1 January): it states
   * that date, but not that the year's whole arrangement (调休 included) is known.
   */
  readonly recurring: boolean;
}

/**
 * The user's own holiday arrangement (e.g. a year the bundled data does not cover yet, or a local
 * holiday): dates `YYYY-MM-DD` → holiday or workday, with where it came from (a State Council
 * notice number, a URL), and holiday calendars (`.ics`). It overrides the bundled data date by date.
 */
export interface HolidayData {
  readonly dates: Readonly<Record<string, DayArrangement | HolidayDate>>;
  /** Where `dates` were published (a notice number, a URL); required when `dates` has entries. */
  readonly source?: string | undefined;
  /** Holiday calendars (`.ics`), as written in the config; read at the edge into `calendarDays`. */
  readonly ics?: readonly string[] | undefined;
  /**
   * The years this data covers in full: their dates not listed are ordinary days (weekends off).
   * Default: every year with a date in `dates` or a one-off (non-recurring) event in `ics`.
   */
  readonly years?: readonly number[] | undefined;
  /** The config file `dates` were written in, for provenance (null or absent: built in memory). */
  readonly file?: string | null | undefined;
  /** The days of the `ics` calendars, by date (filled by `loadHolidayCalendars`). `dates` win over them. */
  readonly calendarDays?: Readonly<Record<string, HolidayCalendarDay>> | undefined;
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
