/**
 * Calendars as the checker sees them: who publishes them and at which level of government.
 *
 * The order of {@link LEVELS} is the cascade of authority: a meeting at one level implements the
 * decisions of the level above it (central → province → city → district → township).
 */

/** Administrative level of the office that publishes a calendar. */
export type Level = 'central' | 'province' | 'city' | 'district' | 'township';

/** Levels from the highest to the lowest authority. */
export const LEVELS: readonly Level[] = ['central', 'province', 'city', 'district', 'township'];

/**
 * What the caller knows about a calendar before it is loaded. The `.ics` file itself rarely says
 * which office or level it belongs to, so these come from the caller (config file or API).
 */
export interface CalendarMeta {
  /** Stable identifier chosen by the caller, e.g. `city-party`. Used in findings and selectors. */
  readonly id: string;
  /** Human name; when absent the loader falls back to `X-WR-CALNAME`, then to `id`. */
  readonly name?: string | undefined;
  /** Office that keeps the calendar, e.g. `区委办`. */
  readonly office?: string | undefined;
  /** Administrative level of that office. */
  readonly level?: Level | undefined;
  /** Person id whose personal schedule this is: the owner attends every busy event on it. */
  readonly owner?: string | undefined;
  /**
   * The unit (行政区域) the calendar belongs to, e.g. `青山区`, when its `office` does not name it (区政府办): in a
   * run over a city and its districts, a room written bare is that unit's own, and copies and levels are told
   * apart by unit. Absent: the unit the office names (`青山区委办` → 青山区), if any.
   */
  readonly area?: string | undefined;
}

/** A loaded calendar: the caller's metadata completed with what the file said. */
export interface CalendarInfo {
  readonly id: string;
  /** `meta.name`, else `X-WR-CALNAME`, else `id`. */
  readonly name: string;
  readonly office: string | null;
  readonly level: Level | null;
  readonly owner: string | null;
  /** `meta.area` when the caller stated it (see {@link CalendarMeta.area}); absent otherwise. */
  readonly area?: string;
  /** IANA zone used for floating times and unknown TZIDs (from options, `X-WR-TIMEZONE`, or Asia/Shanghai). */
  readonly defaultZone: string;
  /** File name the calendar was read from, or null for a string or bytes given in memory. */
  readonly file: string | null;
  /**
   * The date range chosen when the file was exported (Outlook's 另存为日历 with a range writes it as
   * `X-CLIPSTART`/`X-CLIPEND`, MS-OXCICAL §2.1.3.1.1.6–7): `[from, to)`, ISO-8601 UTC instants. The file
   * says nothing about its calendar outside it — a meeting missing there is not missing from the
   * calendar. Absent when the file states no range (every VCALENDAR with events must state one).
   */
  readonly exportRange?: { readonly from: string; readonly to: string };
}
