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

/** A dependent meeting must come after its prerequisite (e.g. the district 总河长会议 after the city one). */
export interface FollowsRuleConfig extends RuleConfigBase {
  readonly kind: 'follows';
  readonly dependent: Selector;
  readonly prerequisite: Selector;
  /** ISO-8601 duration from the prerequisite's end to the dependent's start; default `PT0S`. */
  readonly minGap?: string | undefined;
  /** ISO-8601 duration; more than this after the prerequisite gives `order-late`. */
  readonly maxGap?: string | undefined;
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

export type RuleConfig =
  | FollowsRuleConfig
  | NoDoubleBookingRuleConfig
  | TravelTimeRuleConfig
  | VenueRuleConfig
  | RequiredAttendanceRuleConfig
  | RelatedToRuleConfig;
