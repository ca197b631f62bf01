/**
 * Rules as data: what a `rules[]` entry of `tongchou.json` holds once validated, and what the
 * TypeScript builder produces. The field names are the config contract (extend, never rename).
 */
import type { Severity } from './problem.js';
import type { Selector } from './selector.js';

/** Rule kinds known to this version. */
export type RuleKind = RuleConfig['kind'];

/** How `follows` pairs a dependent with its prerequisite: within the same calendar period, or anywhere before. */
export type PairingCycle = 'year' | 'quarter' | 'month' | 'week' | 'none';

interface RuleConfigBase {
  /** Unique id chosen by the user; findings cite it. */
  readonly id: string;
  /** Overrides the rule's default severity for every finding it makes. */
  readonly severity?: Severity | undefined;
  /** `false` keeps the rule in the file but does not run it (`tongchou init` writes examples this way). */
  readonly enabled?: boolean | undefined;
}

/**
 * A gap counted in working days of the Chinese working calendar (法定节假日 off, 调休 make-up days
 * worked, the config's `holidays` over the bundled data), in the report zone. Day 0 is the day the
 * prerequisite ends (an end at exactly 00:00 belongs to the day before); W_n is the n-th working day
 * after it. As `minGap`, the dependent may start from W_n 00:00 (n = 0: from the prerequisite's end);
 * as `maxGap`, it must start on W_n at the latest ("within 3 working days after"). A count that
 * reaches a year whose arrangement is not known is never guessed: the finding says so.
 */
export interface WorkingDaysGap {
  /** Whole working days, ≥ 0. */
  readonly workingDays: number;
}

/** A `follows` gap: an ISO-8601 duration (`PT30M`, `P7D`) or `{ workingDays: n }`. */
export type Gap = string | WorkingDaysGap;

/** A dependent meeting must come after its prerequisite (e.g. the district 总河长会议 after the city one). */
export interface FollowsRuleConfig extends RuleConfigBase {
  readonly kind: 'follows';
  readonly dependent: Selector;
  readonly prerequisite: Selector;
  /** From the prerequisite's end to the dependent's start: an ISO-8601 duration or working days; default `PT0S`. */
  readonly minGap?: Gap | undefined;
  /** An ISO-8601 duration or working days; a dependent later than this after the prerequisite gives `order-late`. */
  readonly maxGap?: Gap | undefined;
  /** Default `none`: any earlier prerequisite qualifies. */
  readonly cycle?: PairingCycle | undefined;
}

/** One person in two overlapping busy occurrences. */
export interface NoDoubleBookingRuleConfig extends RuleConfigBase {
  readonly kind: 'no-double-booking';
  /**
   * Occurrences that mark the owner absent (出差/请假/休假 entries); they make the person busy even when
   * written as transparent all-day events. Default: all-day occurrences whose summary matches
   * `出差|请假|休假|公休|外出|调研`.
   */
  readonly absences?: Selector | undefined;
  /**
   * What counts as a day out in the field (a visit, an inspection, a trip), in place of the built-in
   * reading of field work (走访, 慰问, 督导, 督查, 检查, 考察, 下乡, 驻村 and trips 赴…, with their meeting,
   * room and note guards): the all-day occurrences it matches make their people busy, as absences do.
   * The absence words (or `absences`) still count beside it.
   */
  readonly fieldWork?: Selector | undefined;
}

/** Consecutive occurrences of one person at different locations need a buffer. */
export interface TravelTimeRuleConfig extends RuleConfigBase {
  readonly kind: 'travel-time';
  /** Buffer in minutes between two different locations with no `travel[]` entry; default 30. */
  readonly defaultMinutes?: number | undefined;
}

/** One room booked twice. */
export interface VenueRuleConfig extends RuleConfigBase {
  readonly kind: 'venue';
}

/** Occurrences matching `event` need the given people or roles. */
export interface RequiredAttendanceRuleConfig extends RuleConfigBase {
  readonly kind: 'required-attendance';
  readonly event: Selector;
  /** Person ids, aliases, or role references `role:总河长`. */
  readonly people: readonly string[];
}

/**
 * Dependencies written into the calendars themselves, with no selector: RFC 9253 RELATED-TO with a
 * temporal RELTYPE (FINISHTOSTART, STARTTOSTART, FINISHTOFINISH, STARTTOFINISH, DEPENDS-ON) and GAP,
 * and shared CONCEPT / REFID values across levels (the higher level is the prerequisite). Enabled by
 * default: the checker runs it (id `related-to`) when the config has no entry of this kind, and an
 * entry with `"enabled": false` turns it off.
 */
export interface RelatedToRuleConfig extends RuleConfigBase {
  readonly kind: 'related-to';
}

/** A named calendar period for `cadence`. */
export type CadencePeriod = 'year' | 'quarter' | 'month' | 'week';

/**
 * A meeting that must happen in every period (e.g. the four offices' 联席会议 at least once a
 * quarter). Only periods lying wholly inside the window are judged.
 */
export interface CadenceRuleConfig extends RuleConfigBase {
  readonly kind: 'cadence';
  readonly event: Selector;
  /**
   * A named period (counted in the report zone; weeks are ISO weeks), or an RFC 5545 RRULE whose
   * instances start the periods (`FREQ=MONTHLY;BYMONTHDAY=15`: from the 15th to the next 15th),
   * read as wall clock in the report zone from the window's first midnight.
   */
  readonly every: CadencePeriod | string;
  /** Fewest non-cancelled matching occurrences per period; default 1. */
  readonly min?: number | undefined;
  /** Most per period; none when absent. */
  readonly max?: number | undefined;
}

/** The duty calendar (总值班室) must be staffed all day every day of the window. */
export interface CoverageRuleConfig extends RuleConfigBase {
  readonly kind: 'coverage';
  /** Calendar id (or ids) whose busy, non-cancelled occurrences are the shifts. */
  readonly calendar: string | readonly string[];
}

/** Office hours as wall-clock `HH:mm` in the report zone, `[start, end)`. */
export interface WorkingHours {
  readonly start: string;
  readonly end: string;
}

/** Meetings on weekends or statutory holidays (调休 honoured), and outside office hours. */
export interface WorkingDaysRuleConfig extends RuleConfigBase {
  readonly kind: 'working-days';
  readonly event: Selector;
  /**
   * Office hours for `outside-hours`: one range for everyone, or per office name (`*` for offices
   * not listed). No `outside-hours` findings when absent.
   */
  readonly hours?: WorkingHours | Readonly<Record<string, WorkingHours>> | undefined;
}

/** A fixed span of dates `YYYY-MM-DD`, both inclusive as days in the report zone. */
export interface DateSpan {
  readonly from: string;
  readonly to: string;
}

/** No meetings matching `event` during a period or during occurrences matching another selector. */
export interface QuietPeriodRuleConfig extends RuleConfigBase {
  readonly kind: 'quiet-period';
  readonly event: Selector;
  readonly during: Selector | DateSpan;
}

export type RuleConfig =
  | CadenceRuleConfig
  | CoverageRuleConfig
  | WorkingDaysRuleConfig
  | QuietPeriodRuleConfig
  | FollowsRuleConfig
  | NoDoubleBookingRuleConfig
  | TravelTimeRuleConfig
  | VenueRuleConfig
  | RequiredAttendanceRuleConfig
  | RelatedToRuleConfig;
