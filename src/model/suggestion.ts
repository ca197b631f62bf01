/**
 * The answer of the scheduling assistant (`suggestSlots`, `tongchou suggest`): the earliest times a
 * meeting could move to without breaking a rule. Plain data — strings, numbers, findings — so that an
 * office tool can take it as JSON. The field names are part of the JSON contract (extend, never rename).
 */
import type { Finding, OccurrenceRef } from './finding.js';
import type { RuleKind, WorkingHours } from './rule-config.js';

/**
 * A constraint a suggested slot was checked against: a configured rule (`kind` is its rule kind,
 * `rule` its id), or one of the search's own limits — `workday` (a working day in the Chinese working
 * calendar, 调休 honoured) and `office-hours` (inside the office hours searched) — with `rule` null.
 */
export interface SlotConstraint {
  readonly kind: RuleKind | 'workday' | 'office-hours';
  readonly rule: string | null;
}

/** One place in time the meeting could move to. */
export interface SuggestedSlot {
  /**
   * Start and end (exclusive), ISO-8601 with the UTC offset of the zone the meeting was written in
   * (`2022-04-21T14:30:00+08:00`); `YYYY-MM-DD` dates for all-day meetings (end exclusive).
   */
  readonly start: string;
  readonly end: string;
  /** Every constraint that applies to this meeting and holds at this slot. */
  readonly satisfied: readonly SlotConstraint[];
  /**
   * True when a day of the slot lies in a year whose holiday arrangement is not published and was
   * taken as a working day because it is Monday to Friday (option `unknownDays: 'weekdays'`).
   */
  readonly assumedWorkday: boolean;
  /** Findings that remain at this slot: those no move can clear (see `SlotSearch.unresolved`) and ignored kinds. */
  readonly remaining: readonly Finding[];
}

/**
 * Why fewer slots than asked were found:
 * - `window-end`: every candidate up to the end of the window was tried;
 * - `unknown-holidays`: as `window-end`, and days of years with no published holiday arrangement
 *   were left out (see `SlotSearch.unknownYears`) — publish them in the config's `holidays`, or
 *   search with `unknownDays: 'weekdays'` — or, searched as weekdays, could not be judged: a gap in
 *   working days after a prerequisite cannot be counted into such a year, whatever is assumed;
 * - `too-long`: the meeting is longer than the office hours of a day;
 * - `search-limit`: the search stopped after `maxChecks` candidate checks (see `searched.lastChecked`).
 */
export type NoSlotReason = 'window-end' | 'unknown-holidays' | 'too-long' | 'search-limit';

/** What was searched: the grid and how far the search went. */
export interface SlotSearchScope {
  /** First and last day searched, `YYYY-MM-DD`, both inclusive, in `zone`. */
  readonly from: string;
  readonly to: string;
  /** The zone days and office hours are read in: the meeting's calendar's clock (for the district's offices, the config's `timezone`). */
  readonly zone: string;
  /** Minutes between candidate starts (whole days for all-day meetings: 1440). */
  readonly stepMinutes: number;
  /** The office hours searched, `HH:mm` wall clock; null when any time of day was allowed (and for all-day meetings). */
  readonly hours: readonly WorkingHours[] | null;
  /** Whether only working days were searched. */
  readonly workingDays: boolean;
  /** Candidates checked against the rules (those skipped by a busy interval are not counted). */
  readonly checks: number;
  /** The last candidate start checked, ISO-8601; null when none was. */
  readonly lastChecked: string | null;
}

/** The result of one search for one meeting. */
export interface SlotSearch {
  /** The meeting as it stands now (the proposal passed in). */
  readonly meeting: OccurrenceRef;
  /** Findings that block the meeting where it is now: what a move should clear. */
  readonly conflicts: readonly Finding[];
  /**
   * Findings of the meeting where it is now that no move clears — a required leader not invited
   * (`required-missing`), a ring of dependencies (`order-cycle`), a prerequisite that is not
   * scheduled at all (`order-missing`) — and routine findings about periods (`cadence-*`,
   * `coverage-*`). They do not block a slot; each slot lists those still present in `remaining`.
   */
  readonly unresolved: readonly Finding[];
  /** The earliest valid slots, in time order; at most `count`. */
  readonly slots: readonly SuggestedSlot[];
  /** Why there are fewer than `count` slots; null when there are `count`. */
  readonly reason: NoSlotReason | null;
  /**
   * Years left out of the search because their holiday arrangement is unknown, and years where an
   * order could not be judged for that reason (ascending).
   */
  readonly unknownYears: readonly number[];
  readonly searched: SlotSearchScope;
}
