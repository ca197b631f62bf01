/**
 * Findings are the rules' verdicts on a set of occurrences. Like problems they are data — a kind,
 * the data needed to explain it, the occurrences and people involved — and are rendered to text in
 * the reader's language by `messages/`. The kinds and field names are part of the JSON contract.
 *
 * Conventions for finding data: times are written as in {@link OccurrenceRef} (ISO-8601 with the
 * UTC offset, or `YYYY-MM-DD` for all-day occurrences, ends exclusive); durations are ISO-8601
 * (`P7D`); minutes are numbers; several people's names are joined by `、` (U+3001), which never
 * occurs inside a name.
 */
import type { Severity } from './problem.js';

/**
 * How a `follows`-family finding paired its two meetings: a configured `follows` rule (`link` = the
 * rule id), an RFC 9253 RELATED-TO link on the dependent (`link` = the referenced UID), or a shared
 * RFC 9253 CONCEPT / REFID value across levels (`link` = that value).
 */
export type PairedBy = 'rule' | 'related-to' | 'concept' | 'refid';

/**
 * The temporal constraint between a dependent and its prerequisite (RFC 9253 §9.1 RELTYPE names).
 * Configured `follows` rules and DEPENDS-ON, CONCEPT and REFID pairings are `FINISHTOSTART`.
 */
export type DependencyRelation = 'FINISHTOSTART' | 'STARTTOSTART' | 'FINISHTOFINISH' | 'STARTTOFINISH';

/** The two meetings of an ordering finding, as finding data. */
interface OrderPair {
  readonly dependent: string;
  readonly dependentStart: string;
  readonly dependentEnd: string;
  readonly dependentCalendar: string;
  readonly prerequisite: string;
  readonly prerequisiteStart: string;
  readonly prerequisiteEnd: string;
  readonly prerequisiteCalendar: string;
  readonly pairedBy: PairedBy;
  /** Rule id, referenced UID, CONCEPT or REFID value (see {@link PairedBy}). */
  readonly link: string;
  /**
   * Present (true) when the prerequisite is not known to be of a higher level than the dependent (the
   * same level, as 区委常委会 before 区政府常务会议, or a level unknown): messages say 前置会议 /
   * "the meeting it must follow", not 上级会议 / "higher-level meeting" (QB-22).
   */
  readonly peer?: true;
}

/**
 * Where a meeting cited by an attendance finding has a copy on another calendar that gives another
 * time: the same event (UID and instance) with the same SEQUENCE, so neither is the newer revision.
 * Both copies still book their people until the offices agree; these fields say the two entries are
 * one meeting written two ways, not two meetings. Absent when the copies agree.
 */
export interface DisputedCopies {
  /** Name of the calendar whose copy of the first meeting gives another time. */
  readonly firstCopyCalendar?: string;
  readonly firstCopyStart?: string;
  readonly firstCopyEnd?: string;
  /** Name of the calendar whose copy of the second meeting gives another time. */
  readonly secondCopyCalendar?: string;
  readonly secondCopyStart?: string;
  readonly secondCopyEnd?: string;
}

/** Two occurrences that overlap, as finding data (first = the earlier start). */
interface OverlapPair extends DisputedCopies {
  readonly first: string;
  readonly firstStart: string;
  readonly firstEnd: string;
  readonly firstCalendar: string;
  readonly second: string;
  readonly secondStart: string;
  readonly secondEnd: string;
  readonly secondCalendar: string;
  readonly overlapStart: string;
  readonly overlapEnd: string;
}

/** The people a finding is about: display names joined by `、`, and how many. */
interface PeopleData {
  readonly people: string;
  readonly peopleCount: number;
}

/** The required meeting of a `required-attendance` finding and the person it needs. */
interface RequiredData {
  readonly person: string;
  readonly personId: string;
  /** The config reference that made the person required (`li`, `role:总河长`). */
  readonly reference: string;
  readonly event: string;
  readonly eventStart: string;
  readonly eventEnd: string;
  readonly eventCalendar: string;
}

/** The meeting a single-meeting finding is about. */
interface EventData {
  readonly event: string;
  readonly eventStart: string;
  readonly eventEnd: string;
  readonly eventCalendar: string;
}

/**
 * Where a date's place in the working calendar comes from, as finding data: the bundled chinese-days
 * data with the State Council notice it transcribes, an entry of the config's `holidays.dates`, or a
 * VEVENT of a holiday calendar (`.ics`) with its file and line.
 */
export interface HolidayProvenanceData {
  readonly sourceKind: 'bundled' | 'config' | 'ics';
  /** The `.ics` file or the config file; null for the bundled data or a config built in memory. */
  readonly sourceFile: string | null;
  /** The `.ics` VEVENT's line; null otherwise (and for an unlisted weekend of a year the file covers). */
  readonly sourceLine: number | null;
  /** The `holidays.dates` entry's JSON path (`holidays.dates.2027-01-01`); null otherwise. */
  readonly sourcePath: string | null;
  /** The year whose arrangement decided the date. */
  readonly year: number;
  /** The notice: the State Council notice's title for bundled data, else the user's `source` (or ``). */
  readonly notice: string;
  /** The notice's address (bundled data, as chinese-days cites it); null otherwise. */
  readonly noticeUrl: string | null;
}

/** One period of a `cadence` rule, as finding data. */
interface CadencePeriodData {
  /** First instant of the period, ISO-8601 with offset (report zone). */
  readonly periodStart: string;
  /** End of the period, exclusive. */
  readonly periodEnd: string;
  /** The rule's `every` as written (`quarter`, or the RRULE). */
  readonly every: string;
  /** Non-cancelled matching meetings in the period (copies of one meeting count once). */
  readonly count: number;
  /** Matching meetings of the period that were cancelled (they do not count). */
  readonly cancelled: number;
  /**
   * The routine meeting's title as the calendars write it: a matching meeting of the period, else a
   * cancelled one, else the nearest before or after it in the loaded data; `` when none is loaded.
   */
  readonly event: string;
}

/** A stretch of a duty calendar, as finding data. */
interface CoverageSpan {
  /** The duty calendar ids, joined by `、`. */
  readonly calendar: string;
  /** Their names (config `name`, else `X-WR-CALNAME`, else id), joined by `、`. */
  readonly calendarName: string;
  /** ISO-8601 with offset (report zone), `[start, end)`. */
  readonly start: string;
  readonly end: string;
  readonly minutes: number;
}

/**
 * Every finding kind with the shape of its data. Values are strings or numbers so that the JSON
 * report and both locales can use them as they are. Owned by `src/rules/`.
 */
export interface FindingDataMap {
  /** The dependent starts before the prerequisite allows (end + minimum gap for FINISHTOSTART). */
  order: OrderPair & {
    readonly relation: DependencyRelation;
    /** ISO-8601 duration; `` when the rule's `minGap` is in working days (see `minWorkingDays`). */
    readonly minGap: string;
    /**
     * Earliest compliant start of the dependent (for a working-day gap, 00:00 of that working day in
     * the report zone); `` when it could not be computed (see `unknownFrom`).
     */
    readonly earliestStart: string;
    /** Present when `minGap` is written `{"workingDays": n}`: that n. */
    readonly minWorkingDays?: number;
    /**
     * Present when counting working days ran into a day whose year has no known holiday arrangement
     * (bundled data or config `holidays`): that day, `YYYY-MM-DD`. Nothing is guessed: either the
     * dependent starts before that day, so it is too early whatever the arrangement (error, no
     * suggestion), or `undetermined` is set.
     */
    readonly unknownFrom?: string;
    /**
     * Present (true) when the order could not be judged (severity info, no suggestion): for want of a
     * holiday arrangement (`unknownFrom` set), or because the prerequisite or the dependent is written
     * as a whole day (`prerequisiteDateOnly`, `dependentDateOnly`) and the order would hold were the
     * prerequisite held early that day, or the dependent late in its day.
     */
    readonly undetermined?: true;
    /**
     * Present (true) when the prerequisite is a whole day without a time (RFC 5545 DATE) and the
     * dependent has one: the order can only be judged at the day, `earliestStart` being the first time
     * it is certainly in order.
     */
    readonly prerequisiteDateOnly?: true;
    /** Present (true) when the dependent is written as a whole day, and the order could not be judged for it (with `undetermined`). */
    readonly dependentDateOnly?: true;
    /**
     * Present (true) when the dependent comes after the prerequisite as the relation asks, but within
     * the minimum gap: too soon, not before it.
     */
    readonly tooSoon?: true;
    /** Present (true) when the dependent starts while the prerequisite is still going on: before its end, not before it. */
    readonly duringPrerequisite?: true;
  };
  /** No non-cancelled prerequisite in the dependent's cycle period: 上级会议尚未安排，本级会议可能过早. */
  'order-missing': {
    readonly dependent: string;
    readonly dependentStart: string;
    readonly dependentEnd: string;
    readonly dependentCalendar: string;
    /** `year` | `quarter` | `month` | `week` | `none`. */
    readonly cycle: string;
    /** First day of the cycle period (`YYYY-MM-DD`), or `*` for `none`. */
    readonly period: string;
    /**
     * First day (`YYYY-MM-DD`, report zone) from which calendars were searched, else `period`. `check`
     * reads the calendars from the start of each follows rule's cycle period (cycle `none`: one year
     * before the window), so this is usually `period`; rules run on occurrences already loaded
     * (`checkOccurrences`) only know the window, and say the window start when the period began before it.
     */
    readonly checkedFrom: string;
    /** Prerequisites in that period that exist only as cancelled. */
    readonly cancelled: number;
    readonly pairedBy: PairedBy;
    readonly link: string;
    /** Present (true) when the rule's prerequisites are not of a higher level than the dependent (see `order`): 前置会议尚未安排 (QB-22). */
    readonly peer?: true;
    /**
     * Calendars that could hold the prerequisite (by the rule's calendar, office and level) but
     * could not be read — file not given, not iCalendar, empty, undecodable bytes — names joined by
     * `、`; `` when every such calendar was read. When set, nothing is known about the prerequisite:
     * the finding is `info` and says the order could not be checked, not that the meeting is early.
     */
    readonly unreadable: string;
    /**
     * With `unreadable`, when those calendars' files were exported for a date range that leaves out the
     * days the judgement needs (X-CLIPSTART/X-CLIPEND, QF-16): the first calendar's range, `YYYY-MM-DD`,
     * both days included. Absent otherwise.
     */
    readonly exportedFrom?: string;
    readonly exportedTo?: string;
  };
  /** The dependent comes more than `maxGap` after its prerequisite ends. */
  'order-late': OrderPair & {
    /** ISO-8601 duration; `` when the rule's `maxGap` is in working days (see `maxWorkingDays`). */
    readonly maxGap: string;
    /**
     * Latest start of the dependent within the maximum gap; for a working-day gap the last working
     * day allowed, `YYYY-MM-DD` (any time that day); `` when undetermined. When the count ran into a
     * year with no known arrangement (`unknownFrom`) and the dependent is late under any arrangement,
     * the latest day that working day could fall on.
     */
    readonly latestStart: string;
    /** Present when `maxGap` is written `{"workingDays": n}`: that n. */
    readonly maxWorkingDays?: number;
    /** As in `order`: the first day with no known holiday arrangement, when the count ran into one. */
    readonly unknownFrom?: string;
    /** Present (true) when lateness could not be judged for want of a holiday arrangement (severity info). */
    readonly undetermined?: true;
  };
  /** Meetings that depend on each other in a ring (A after B after A): no order can satisfy them. */
  'order-cycle': {
    /** Summaries along the ring, first repeated at the end, joined by ` → `. */
    readonly meetings: string;
    readonly size: number;
    /** The rules and links that made the ring (rule ids, UIDs, values), joined by `、`. */
    readonly links: string;
  };
  /** One person in two overlapping busy occurrences. */
  'double-booking': OverlapPair & PeopleData;
  /** As `double-booking`, but at least one side is only tentative. */
  'tentative-overlap': OverlapPair & PeopleData;
  /** Two consecutive occurrences at different places with too little time between them. */
  'travel-time': PeopleData & DisputedCopies & {
    readonly first: string;
    readonly firstStart: string;
    readonly firstEnd: string;
    readonly firstLocation: string;
    readonly second: string;
    readonly secondStart: string;
    readonly secondEnd: string;
    readonly secondLocation: string;
    readonly gapMinutes: number;
    readonly neededMinutes: number;
  };
  /** One room in two overlapping busy occurrences. */
  /**
   * `tentative` (written only when true): one of the two holds the room provisionally (STATUS or
   * busy status TENTATIVE), so the finding is a warning, as `tentative-overlap` is for people (QB-32).
   */
  venue: OverlapPair & { readonly location: string; readonly tentative?: true };
  /**
   * A required person is not among the participants (`absent`), declined (`declined`) or delegated
   * the invitation to someone else (`delegated`, PARTSTAT=DELEGATED, RFC 5545 §3.2.12).
   */
  'required-missing': RequiredData & { readonly reason: 'absent' | 'declined' | 'delegated' };
  /** A required person takes part but is busy elsewhere at the time. */
  'required-busy': RequiredData & {
    readonly other: string;
    readonly otherStart: string;
    readonly otherEnd: string;
    readonly otherCalendar: string;
  };
  /** A period of a `cadence` rule with fewer matching meetings than `min`. */
  'cadence-missed': CadencePeriodData & {
    readonly min: number;
    /**
     * Calendars that could hold the routine meeting but could not be read (names joined by `、`):
     * the count may be short for that reason alone, so the finding is `info`. Absent otherwise.
     */
    readonly unreadable?: string;
    /**
     * With `unreadable`, when those calendars' files were exported for a date range that leaves out the
     * days the judgement needs (X-CLIPSTART/X-CLIPEND, QF-16): the first calendar's range, `YYYY-MM-DD`,
     * both days included. Absent otherwise.
     */
    readonly exportedFrom?: string;
    readonly exportedTo?: string;
    /**
     * Present (true) when the period holds no known working day, only days of a year with no known
     * holiday arrangement that may all be off (the 春节 week before the notice, see `mayBeDayOff`):
     * whether the meeting was due cannot be judged, so the finding is `info` (QF-1).
     */
    readonly undetermined?: true;
    /** With `undetermined`: the period's first day whose arrangement is unknown, `YYYY-MM-DD`. */
    readonly unknownFrom?: string;
  };
  /** A period of a `cadence` rule with more matching meetings than `max`. */
  'cadence-crowded': CadencePeriodData & { readonly max: number };
  /** A stretch of the window when no shift of the duty calendar is on. */
  'coverage-gap': CoverageSpan & {
    /** Duty calendars of the rule that could not be read (names joined by `、`): the gap is not known, `info`. Absent otherwise. */
    readonly unreadable?: string;
    /**
     * With `unreadable`, when those calendars' files were exported for a date range that leaves out the
     * days the judgement needs (X-CLIPSTART/X-CLIPEND, QF-16): the first calendar's range, `YYYY-MM-DD`,
     * both days included. Also set without `unreadable` on a gap that began within those days: it is cut
     * to them and keeps its severity (the rest is not known). Absent otherwise.
     */
    readonly exportedFrom?: string;
    readonly exportedTo?: string;
  };
  /** A stretch when two or more shifts of the duty calendar overlap. */
  'coverage-overlap': CoverageSpan & { readonly shifts: number };
  /** A meeting on a statutory holiday, or on a weekend that is no make-up working day (调休). */
  holiday: EventData & {
    /** The first such day of the meeting, `YYYY-MM-DD` in the report zone. */
    readonly date: string;
    /** `statutory` (法定节假日, or a user's holiday), `weekend` (an ordinary Saturday or Sunday). */
    readonly dayType: 'statutory' | 'weekend';
    /** The holiday's Chinese name (`端午`), or `` for weekends and unnamed user holidays. */
    readonly holiday: string;
    /** Where the arrangement comes from, in one line: the notice and `chinese-days 1.5.7`, the user's `holidays.source`, or `file.ics:line`. */
    readonly source: string;
  } & HolidayProvenanceData;
  /** A meeting on a date whose year has no published arrangement in the data: it cannot be judged. */
  'holiday-unknown': EventData & {
    readonly date: string;
    readonly year: number;
    /** The data consulted, e.g. `chinese-days 1.5.7 (2004–2026)`. */
    readonly source: string;
    /** The years the bundled data covers, both inclusive. */
    readonly bundledFrom: number;
    readonly bundledTo: number;
    /** The years the user's `holidays` cover in full, joined by `、` (`` when none). */
    readonly userYears: string;
  };
  /** A meeting on a working day that starts before or ends after office hours. */
  'outside-hours': EventData & {
    /** The office whose hours applied (`*` for the default). */
    readonly office: string;
    readonly hoursStart: string;
    readonly hoursEnd: string;
  };
  /** A meeting during a quiet period (a fixed span, or another meeting such as a congress session). */
  'quiet-period': EventData & {
    /** The quiet occurrence's summary, or `` for a fixed span. */
    readonly during: string;
    readonly duringStart: string;
    readonly duringEnd: string;
  };
}

/** Every finding kind. */
export type FindingKind = keyof FindingDataMap;

/** An occurrence as cited by a finding: enough to find it again in the source calendar. */
export interface OccurrenceRef {
  /** The occurrence's key (see `Occurrence.key`). */
  readonly key: string;
  readonly calendar: string;
  readonly office: string | null;
  readonly uid: string;
  readonly recurrenceId: string | null;
  /** ISO-8601 with the UTC offset for timed occurrences; `YYYY-MM-DD` for all-day ones. */
  readonly start: string;
  /** As `start`; exclusive (an all-day event on 5 May ends `2022-05-06`). */
  readonly end: string;
  readonly allDay: boolean;
  readonly summary: string;
}

/** A machine-readable proposal that would resolve the finding. */
export interface Suggestion {
  /** Earliest compliant start, ISO-8601 with offset. */
  readonly earliestStart: string;
  /** The occurrence the suggestion is about (its key). */
  readonly occurrence: string;
}

/** One verdict of one rule. */
export type Finding<K extends FindingKind = FindingKind> = {
  [P in K]: {
    /** Stable across runs on the same input: derived from rule id, kind and the occurrence keys. */
    readonly id: string;
    /** The id of the rule (from the config) that produced it. */
    readonly rule: string;
    readonly kind: P;
    readonly severity: Severity;
    readonly data: FindingDataMap[P];
    readonly occurrences: readonly OccurrenceRef[];
    /** Person ids involved (directory ids or `unknown:…`). */
    readonly people: readonly string[];
    readonly suggestion: Suggestion | null;
  };
}[K];
