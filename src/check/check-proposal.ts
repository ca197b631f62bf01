/**
 * "What would this meeting conflict with?" — for an office tool's save button. {@link prepareCheck}
 * indexes a loaded set of occurrences once; {@link checkProposal} then answers for one proposed
 * meeting in milliseconds by running the rules only over the occurrences that could share a finding
 * with it, and returns exactly the findings a full check would give that involve it.
 */
import { DateTime } from 'luxon';
import type { CalendarInfo } from '../model/calendar.js';
import type { HolidayData } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import type { Attendee, BusyStatus, EventStatus, Occurrence, Relation } from '../model/occurrence.js';
import type { RuleConfig, RuleKind } from '../model/rule-config.js';
import type { TimeWindow } from '../model/window.js';
import type { Participation } from '../people/directory-types.js';
import { endMillis, startMillis } from '../load/occurrence-millis.js';
import { bookedPlaces } from '../places/booked-places.js';
import { copyRepresentative } from '../rules/internal/meeting-copies.js';
import { linkUidKey } from '../rules/internal/dependencies.js';
import { comparableTitle, globalUid, looksLikeCopy, recordsAttendance, sameEvent, sameMeetingTitle } from '../rules/internal/occurrence-ref.js';
import { isDateSpan } from '../rules/quiet-period.js';
import { attends } from '../rules/required-attendance.js';
import { isAttendanceEntry, saysAttending } from '../rules/internal/attendance-entry.js';
import { jointSession } from '../rules/internal/joint-session.js';
import { compileSelector, type OccurrencePredicate } from '../select/selector.js';
import { ruleSetup, type OccurrencesInput } from './check-occurrences.js';
import { followsPools, higherMeetingCandidates, withUidCopies, type FollowsPool } from './internal/ordering-pools.js';
import { sortOccurrences } from './internal/sort-occurrences.js';
import { orderFindings, runRules, type RuleSetup } from './internal/run-rules.js';

/** A meeting an office tool is about to save. */
export interface ProposedMeeting {
  /** Id of the calendar it goes on (one of the prepared calendars). */
  readonly calendar: string;
  /**
   * UID of the event; give the existing UID when editing a meeting (the old version is then left out).
   * A series' UID without `recurrenceId` edits the series as a whole: every saved instance of it, on
   * any calendar, is left out.
   */
  readonly uid?: string | undefined;
  /** With `uid`, the instance of a recurring series being moved. */
  readonly recurrenceId?: string | null | undefined;
  readonly summary: string;
  /**
   * Start and end (exclusive), with their zones. An all-day proposal whose end is its start is one
   * day, as a VEVENT with a DATE DTSTART and no DTEND is (RFC 5545 §3.6.1).
   */
  readonly start: DateTime;
  readonly end: DateTime;
  readonly allDay?: boolean | undefined;
  /** LOCATION as written: a room, a place, several rooms (`301会议室、302会议室`), or an online link. */
  readonly location?: string | null | undefined;
  /** People invited: person ids, aliases, names, `mailto:` addresses, or `李明 <liming@…>` as a mail client shows them. */
  readonly attendees?: readonly string[] | undefined;
  /**
   * Rooms booked besides the LOCATION, as a calendar books them with `ATTENDEE;CUTYPE=ROOM`
   * (RFC 5545 §3.2.3): room names (CN) or `mailto:` addresses. Each is booked like the LOCATION —
   * `venue` finds it taken, and the scheduling assistant keeps it free; without a LOCATION, the
   * first room is where travel is measured to.
   */
  readonly rooms?: readonly string[] | undefined;
  /** An organizer, written like an attendee. */
  readonly organizer?: string | undefined;
  readonly categories?: readonly string[] | undefined;
  /** Default `confirmed`. */
  readonly status?: EventStatus | undefined;
  /** Default `busy`. */
  readonly busy?: BusyStatus | undefined;
  readonly description?: string | undefined;
  readonly xProps?: Readonly<Record<string, readonly string[]>> | undefined;
  /** RFC 9253 links the meeting carries (keep those of the saved version when editing). */
  readonly relations?: readonly Relation[] | undefined;
  readonly concepts?: readonly string[] | undefined;
  readonly refIds?: readonly string[] | undefined;
  /**
   * RFC 5545 §3.8.7.4 SEQUENCE the office saves it with. Default: the revision a calendar client gives
   * an edit (see {@link proposalAsSaved}) — the highest SEQUENCE of the saved copies of the meeting,
   * raised by one when the edit moves it or changes its status; 0 for a new meeting.
   */
  readonly sequence?: number | undefined;
  /**
   * RFC 5545 §3.8.7.3 LAST-MODIFIED the office saves it with. Default (see {@link proposalAsSaved}): a
   * second after the latest of the saved copies', when the office's own saved version carries one.
   */
  readonly lastModified?: DateTime | undefined;
}

/** The uid a proposal gets when it has none. */
export const PROPOSAL_UID = 'tongchou-proposal';

/** A start-sorted list of occurrences with their start instants, for binary search. */
interface TimeIndex {
  readonly items: readonly Occurrence[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Longest duration among `items` (ms): an occurrence starting this long before a span can still reach it. */
  readonly longest: number;
}

/**
 * Occurrences indexed once for many proposal checks: build it with {@link prepareCheck}, give it to
 * {@link checkProposal} and `suggestSlots`. What it shows are read-only views of the prepared data
 * and settings, for tools that search around a meeting (the scheduling assistant); the indexes that
 * make `checkProposal` fast stay inside. Do not copy or spread it: only the object `prepareCheck`
 * returned is known to `checkProposal`.
 */
export interface PreparedCheck {
  /** The calendars proposals may go on, by id: those given to `prepareCheck` and those of the occurrences. */
  readonly calendars: ReadonlyMap<string, CalendarInfo>;
  /** The config's zone: the window's days, office hours and all-day findings are read in it. */
  readonly zone: string;
  /** The window checked, as instants `[from, to)`. */
  readonly window: TimeWindow;
  /** The rules that run: the enabled ones in config order, plus `related-to` unless the config turns it off. */
  readonly rules: readonly RuleConfig[];
  /** The user's holiday data (config `holidays`) over the bundled Chinese calendar; undefined when none. */
  readonly holidays: HolidayData | undefined;
  /** Every prepared occurrence, sorted by start, then key. */
  readonly occurrences: readonly Occurrence[];
  /**
   * The occurrences the ordering rules can pair with a meeting however far apart: matches of a
   * `follows` rule's selectors, and (when `related-to` runs) those with RELATED-TO, CONCEPT or REFID.
   * Sorted by start, then key.
   */
  readonly orderingCandidates: readonly Occurrence[];
  /**
   * A person's schedule: the prepared occurrences the directory counts them in (as attendee,
   * organizer or calendar owner, whatever their PARTSTAT), sorted by start, then key.
   * @param person - a person id (a configured id, or the name or address an unknown attendee is known by)
   * @returns the occurrences; empty for a person in none
   */
  scheduleOf(person: string): readonly Occurrence[];
  /**
   * The people taking part in an occurrence, as the rules count them (the directory's participants:
   * rooms and NON-PARTICIPANTs left out).
   * @param occurrence - a prepared occurrence, or a proposal's (`proposalOccurrence`)
   * @returns each person once, with how they take part and their PARTSTAT
   */
  participantsOf(occurrence: Occurrence): readonly Participation[];
  /**
   * The physical places an occurrence books, as `venue` sees them: its LOCATION's places, then its
   * rooms' (ATTENDEE;CUTYPE=ROOM, RFC 5545 §3.2.3), canonical names; online links are none.
   * @param occurrence - a prepared occurrence (remembered) or any other (computed)
   * @returns the places, main place first; empty when it books none
   */
  placesOf(occurrence: Occurrence): readonly string[];
}

/** What `checkProposal` searches, behind a {@link PreparedCheck}. */
interface PreparedIndex {
  readonly setup: RuleSetup;
  /** Every occurrence except multi-day ones, by start. */
  readonly byTime: TimeIndex;
  /** Occurrences longer than two days (absences, trips): few, scanned whole. */
  readonly long: readonly Occurrence[];
  /** Each person's occurrences, by start. */
  readonly byPerson: ReadonlyMap<string, TimeIndex>;
  /** How far apart (ms) two occurrences can be and still share a finding: the longest travel buffer. */
  readonly margin: number;
  /** See {@link PreparedCheck.orderingCandidates}. */
  readonly ordering: readonly Occurrence[];
  /**
   * What the ordering rules read besides the candidates: the meetings above a rule's prerequisites that a
   * relay may be about (`aboutHigherMeeting`, QF-3, QH-3), which no selector picks, with the copies of
   * their UIDs (their level is read from those).
   */
  readonly higher: readonly Occurrence[];
  /** Each `follows` rule with its selectors, and the occurrences it can pair ({@link FollowsPool}). */
  readonly follows: readonly FollowsPool[];
  /** UIDs that RELATED-TO links point at, as the links compare them (`linkUidKey`). */
  readonly linkTargetKeys: ReadonlySet<string>;
  /**
   * What every ordering rule reads for a proposal that may be a prerequisite or linked: the candidates
   * and the saved links' targets, with every copy of their UIDs (a copy's level, revision and other
   * times are read from those: PR-3).
   */
  readonly orderingRead: readonly Occurrence[];
  /** The occurrences the ordering rules read ({@link ordering}, {@link higher}, the rules' pools) by start instant. */
  readonly orderingAt: ReadonlyMap<number, readonly Occurrence[]>;
  /** Occurrences by UID: copies of one event, and the targets of the proposal's own RELATED-TO links. */
  readonly byUid: ReadonlyMap<string, readonly Occurrence[]>;
  /** Occurrences by UID and RECURRENCE-ID: the copies of one instance of an event on several calendars. */
  readonly byInstance: ReadonlyMap<string, readonly Occurrence[]>;
  /** Occurrences by start and title ({@link copyKey}): the copies of a meeting retyped under another UID. */
  readonly byCopyKey: ReadonlyMap<string, readonly Occurrence[]>;
  /** Each occurrence's {@link copyKey}, computed once. */
  readonly copyKeys: ReadonlyMap<Occurrence, string | null>;
  /** `required-attendance` event selectors: a required meeting near the proposal can be about it. */
  readonly requiredSelectors: readonly OccurrencePredicate[];
  /** Each occurrence's participants (person ids), computed once. */
  readonly people: ReadonlyMap<Occurrence, readonly string[]>;
  /** Each occurrence's booked places (as `venue` sees them), computed once. */
  readonly places: ReadonlyMap<Occurrence, readonly string[]>;
  /** Occurrences matching a `required-attendance` event selector. */
  readonly required: ReadonlySet<Occurrence>;
  /**
   * The meetings each of those may be a leader's entry of attending (`attends`): required-attendance reads
   * such an entry as that meeting, not one of its own (QJ-5), so the meeting must be read with it (PO-3).
   */
  readonly heldBy: ReadonlyMap<Occurrence, readonly Occurrence[]>;
  /** `quiet-period` rules' `event` selectors, and their `during` selectors (those that are not date spans). */
  readonly quietEventSelectors: readonly OccurrencePredicate[];
  readonly quietDuringSelectors: readonly OccurrencePredicate[];
  /** Occurrences matching a `during` selector: a session near the proposal can make a quiet period for it. */
  readonly quiet: ReadonlySet<Occurrence>;
  /** `cadence` rules with their `event` selectors, and every occurrence matching one (routine meetings: few). */
  readonly cadenceSelectors: ReadonlyMap<RuleConfig, OccurrencePredicate>;
  readonly cadencePool: readonly Occurrence[];
  /** `coverage` rules' duty calendars, and every occurrence on them (the shifts). */
  readonly dutyCalendars: ReadonlySet<string>;
  readonly dutyPool: readonly Occurrence[];
  /** Occurrences by start and end (any title): where copies in other words are looked for. */
  readonly byTimes: ReadonlyMap<string, readonly Occurrence[]>;
  /** {@link retoldCopies} of the prepared occurrences that have any. */
  readonly retold: ReadonlyMap<Occurrence, readonly Occurrence[]>;
  /** {@link movingCopies} by edited key, filled as proposals are checked. */
  readonly moving: Map<string, ReadonlyMap<Occurrence, Occurrence>>;
}

/** The index behind each prepared check (kept out of the public shape, so it can change freely). */
const indexes = new WeakMap<PreparedCheck, PreparedIndex>();

/** What a prepared check's findings say of the calendars read ({@link markReadWith}). */
const readMarks = new WeakMap<PreparedCheck, (findings: readonly Finding[]) => Finding[]>();

/**
 * Makes `checkProposal` and `routineFindings` mark their findings as `check` marks them once the
 * sources were read — an order-missing whose prerequisite could sit on a calendar not read is `info`
 * naming it (PR-6). For `prepareCheckFromSources`, which knows what was read; not public.
 * @param prepared - from {@link prepareCheck}
 * @param marks - the marking `check` applies (`markWhatWasRead` over the load's result)
 */
export function markReadWith(prepared: PreparedCheck, marks: (findings: readonly Finding[]) => Finding[]): void {
  readMarks.set(prepared, marks);
}

function marked(prepared: PreparedCheck, findings: readonly Finding[]): readonly Finding[] {
  const marks = readMarks.get(prepared);
  return marks === undefined ? findings : marks(findings);
}

function indexOf(prepared: PreparedCheck): PreparedIndex {
  const index = indexes.get(prepared);
  if (index === undefined) throw new Error('checkProposal: not a PreparedCheck from prepareCheck (a copy or a hand-made object)');
  return index;
}

/** Occurrences longer than this are kept out of the time index, so that its search window stays short. */
const LONG = 2 * 24 * 3_600_000;
/** Neighbours taken on each side in a person's schedule: enough for "the meeting just before". */
const NEIGHBOURS = 3;

/**
 * Indexes occurrences for {@link checkProposal}: by time, by person and (for the ordering rules) by
 * selector. Costs about as much as one full check; do it once per loaded data set.
 * @param input - the same input as `checkOccurrences`, plus the calendars proposals may go on
 *   (those with no occurrence in the window are otherwise unknown)
 * @returns the prepared index
 * @example
 * const prepared = prepareCheck({ occurrences, config, window, calendars });
 */
export function prepareCheck(input: OccurrencesInput & { readonly calendars?: readonly CalendarInfo[] }): PreparedCheck {
  const setup = ruleSetup(input.config, input.window, input.occurrences);
  const sorted = sortOccurrences(input.occurrences);
  const calendars = new Map<string, CalendarInfo>();
  for (const info of input.calendars ?? []) calendars.set(info.id, info);
  for (const o of sorted) if (!calendars.has(o.calendar.id)) calendars.set(o.calendar.id, o.calendar);

  const short: Occurrence[] = [];
  const long: Occurrence[] = [];
  const schedules = new Map<string, Occurrence[]>();
  const participants = new Map<Occurrence, readonly string[]>();
  const places = new Map<Occurrence, readonly string[]>();
  for (const o of sorted) {
    (duration(o) > LONG ? long : short).push(o);
    const ids = peopleOf(o, setup);
    participants.set(o, ids);
    places.set(o, placesOf(o, setup));
    for (const id of ids) {
      const list = schedules.get(id);
      if (list === undefined) schedules.set(id, [o]);
      else list.push(o);
    }
  }
  const byPerson = new Map<string, TimeIndex>();
  for (const [id, list] of schedules) byPerson.set(id, timeIndex(list));

  const orderingSelectors = setup.rules.flatMap((rule) =>
    rule.kind === 'follows' ? [compileSelector(rule.dependent), compileSelector(rule.prerequisite)] : [],
  );
  const linksOn = setup.rules.some((rule) => rule.kind === 'related-to');
  const isLinked = (o: Occurrence) => linksOn && (o.relations.length > 0 || o.concepts.length > 0 || o.refIds.length > 0);
  const ordering = sorted.filter((o) => isLinked(o) || orderingSelectors.some((matches) => matches(o)));
  const linkTargets = new Set(sorted.flatMap((o) => o.relations.map((r) => r.target)));
  const linkTargetKeys = new Set([...linkTargets].map(linkUidKey));
  const byUid = new Map<string, Occurrence[]>();
  const byInstance = new Map<string, Occurrence[]>();
  const byCopyKey = new Map<string, Occurrence[]>();
  const copyKeys = new Map<Occurrence, string | null>();
  const byTimes = new Map<string, Occurrence[]>();
  const push = (map: Map<string, Occurrence[]>, key: string, o: Occurrence): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [o]);
    else list.push(o);
  };
  for (const o of sorted) {
    push(byUid, o.uid, o);
    push(byInstance, instanceKey(o), o);
    push(byTimes, timesKey(o), o);
    const key = copyKey(o);
    copyKeys.set(o, key);
    if (key !== null) push(byCopyKey, key, o);
  }
  const follows = followsPools(setup.rules, sorted, byUid);
  const higher = higherMeetingCandidates(setup.rules, sorted, calendars.values(), byUid);
  const targetHolders = linkTargetKeys.size === 0 ? [] : sorted.filter((o) => linkTargetKeys.has(linkUidKey(o.uid)));
  const orderingRead = withUidCopies([...ordering, ...targetHolders], byUid);
  const orderingAt = new Map<number, Occurrence[]>();
  for (const o of new Set([...orderingRead, ...higher, ...follows.flatMap((pool) => pool.pool)])) {
    const list = orderingAt.get(startMillis(o));
    if (list === undefined) orderingAt.set(startMillis(o), [o]);
    else list.push(o);
  }
  const requiredSelectors = setup.rules.flatMap((rule) => (rule.kind === 'required-attendance' ? [compileSelector(rule.event)] : []));
  const required = new Set(requiredSelectors.length === 0 ? [] : sorted.filter((o) => requiredSelectors.some((matches) => matches(o))));
  const byTime = timeIndex(short);
  const heldBy = new Map<Occurrence, readonly Occurrence[]>();
  for (const r of required) {
    const inside = heldMeetings(r, byTime, long, setup.places);
    if (inside.length > 0) heldBy.set(r, inside);
  }
  const quietRules = setup.rules.flatMap((rule) => (rule.kind === 'quiet-period' ? [rule] : []));
  const quietEventSelectors = quietRules.map((rule) => compileSelector(rule.event));
  const quietDuringSelectors = quietRules.flatMap((rule) => (isDateSpan(rule.during) ? [] : [compileSelector(rule.during)]));
  const quiet = new Set(quietDuringSelectors.length === 0 ? [] : sorted.filter((o) => quietDuringSelectors.some((matches) => matches(o))));
  const cadenceSelectors = new Map(setup.rules.flatMap((rule) => (rule.kind === 'cadence' ? [[rule, compileSelector(rule.event)] as const] : [])));
  const cadenceMatchers = [...cadenceSelectors.values()];
  // With every copy of their UIDs: a selector by level reads a copy at its meeting's level (PR-4).
  const cadencePool = cadenceMatchers.length === 0 ? [] : withUidCopies(sorted.filter((o) => cadenceMatchers.some((matches) => matches(o))), byUid);
  const dutyCalendars = new Set(setup.rules.flatMap((rule) => (rule.kind !== 'coverage' ? [] : typeof rule.calendar === 'string' ? [rule.calendar] : rule.calendar)));
  const dutyPool = dutyCalendars.size === 0 ? [] : sorted.filter((o) => dutyCalendars.has(o.calendar.id));

  const index: PreparedIndex = {
    setup,
    byTime,
    heldBy,
    long,
    byPerson,
    margin: marginOf(input.config),
    ordering,
    higher,
    follows,
    linkTargetKeys,
    orderingRead,
    orderingAt,
    byUid,
    byInstance,
    byCopyKey,
    copyKeys,
    requiredSelectors,
    people: participants,
    places,
    required,
    quietEventSelectors,
    quietDuringSelectors,
    quiet,
    cadenceSelectors,
    cadencePool,
    dutyCalendars,
    dutyPool,
    byTimes,
    retold: retoldPairs(byTimes, setup.places),
    moving: new Map(),
  };
  const prepared: PreparedCheck = Object.freeze({
    calendars,
    zone: setup.zone,
    window: setup.window,
    rules: setup.rules,
    holidays: setup.holidays,
    occurrences: sorted,
    orderingCandidates: ordering,
    scheduleOf: (person: string) => byPerson.get(person)?.items ?? NONE,
    participantsOf: (o: Occurrence) => setup.directory.participantsOf(o),
    placesOf: (o: Occurrence) => places.get(o) ?? placesOf(o, setup),
  });
  indexes.set(prepared, index);
  return prepared;
}

const NONE: readonly Occurrence[] = Object.freeze([]);

/** The people in an occurrence, as the rules see them (the directory's participants). */
function peopleOf(o: Occurrence, setup: RuleSetup): readonly string[] {
  return setup.directory.participantsOf(o).map((p) => p.person.id);
}

/** The places an occurrence books, as `venue` sees them: LOCATION and ATTENDEE;CUTYPE=ROOM (RFC 5545 §3.2.3). */
function placesOf(o: Occurrence, setup: RuleSetup): readonly string[] {
  return bookedPlaces(setup.places, o);
}

/**
 * A proposal's RECURRENCE-ID in the loader's form (`2022-05-12T01:00:00Z`, or `2022-05-12` for an
 * all-day series): RFC 5545 §3.8.4.4 names an instance by its instant, so `…01:00:00.000Z` (what a
 * JavaScript `toISOString()` gives) and `2022-05-12T09:00:00+08:00` name the same one. A text that is
 * no ISO date or date-time is kept as it is (it then names no loaded instance); one without an offset
 * is read on the calendar's clock.
 */
function canonicalRecurrenceId(text: string, zone: string): string {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/u.test(trimmed)) return trimmed;
  const parsed = DateTime.fromISO(trimmed, { zone, setZone: true });
  return parsed.isValid && /T/u.test(trimmed) ? parsed.toUTC().toISO({ suppressMilliseconds: true })! : text;
}

/**
 * A proposal whose end is before its start (RFC 5545 §3.6.1 wants DTEND after DTSTART), or whose
 * times are invalid luxon DateTimes, overlaps nothing and would be answered "no conflict": refused.
 */
function checkTimes(proposal: ProposedMeeting): void {
  if (!proposal.start.isValid || !proposal.end.isValid) throw new Error(`a proposal's start and end must be valid DateTimes (${proposal.start.invalidReason ?? proposal.end.invalidReason})`);
  if (proposal.end.toMillis() < proposal.start.toMillis()) {
    throw new Error(`a proposal ends (${proposal.end.toISO()}) before it starts (${proposal.start.toISO()})`);
  }
}

/**
 * The occurrence a proposal stands for, as the rules see it.
 * @param proposal - the proposed meeting
 * @param calendar - the calendar it goes on
 * @returns an occurrence keyed `calendar/uid` (plus `/recurrenceId`)
 * @example
 * proposalOccurrence({ calendar: 'mayor', summary: '调研', start, end }, mayorCalendar).key
 * //=> 'mayor/tongchou-proposal'
 */
export function proposalOccurrence(proposal: ProposedMeeting, calendar: CalendarInfo): Occurrence {
  const uid = proposal.uid ?? PROPOSAL_UID;
  const recurrenceId = proposal.recurrenceId === undefined || proposal.recurrenceId === null ? null : canonicalRecurrenceId(proposal.recurrenceId, calendar.defaultZone);
  return {
    key: recurrenceId === null ? `${calendar.id}/${uid}` : `${calendar.id}/${uid}/${recurrenceId}`,
    calendar,
    uid,
    recurrenceId,
    start: proposal.start,
    // QC-3: an office form's all-day meeting with the end left at the start is that day, not an
    // instant that overlaps nothing.
    end: proposal.allDay === true && proposal.end.toMillis() === proposal.start.toMillis() ? proposal.start.plus({ days: 1 }) : proposal.end,
    allDay: proposal.allDay ?? false,
    summary: proposal.summary,
    description: proposal.description ?? null,
    location: proposal.location ?? null,
    organizer: proposal.organizer === undefined ? null : attendee(proposal.organizer, 'chair', 'individual'),
    attendees: [
      ...(proposal.attendees ?? []).map((a) => attendee(a, 'req-participant', 'individual')),
      // A room takes no part in the meeting (RFC 5545 §3.2.16 NON-PARTICIPANT); it is booked.
      ...(proposal.rooms ?? []).map((room) => attendee(room, 'non-participant', 'room')),
    ],
    categories: proposal.categories ?? [],
    status: proposal.status ?? 'confirmed',
    transparent: false,
    busy: proposal.busy ?? 'busy',
    relations: proposal.relations ?? [],
    concepts: proposal.concepts ?? [],
    refIds: proposal.refIds ?? [],
    xProps: proposal.xProps ?? {},
    source: { file: null, line: 0 },
    // Not on any calendar yet: no free/busy block can be its published view (QE-2).
    proposed: true,
    ...(proposal.lastModified !== undefined && { lastModified: proposal.lastModified.toMillis() }),
    ...(proposal.sequence !== undefined && {
      sequence: proposal.sequence,
      // The loader gives an event without RECURRENCE-ID its own SEQUENCE as the series'.
      ...(recurrenceId === null && { seriesSequence: proposal.sequence }),
    }),
  };
}

/**
 * A proposal with the revision it is saved with, as a calendar client writes an edit:
 * - `sequence` (RFC 5545 §3.8.7.4): the highest SEQUENCE among the saved copies of the meeting (its saved
 *   versions being replaced, and the other calendars' copies of the same UID and instance — of the same
 *   title, for a short UID an OA row number gives), raised by one when the edit moves the meeting or
 *   changes its status (DTSTART, DTEND, STATUS; Outlook raises the highest sequence it has sent). Without
 *   it, a moved meeting was checked as revision 0, and another office's copy of revision 1 at the old time
 *   was taken for the current one (PR-1).
 * - `lastModified` (RFC 5545 §3.8.7.3): later than every saved copy's when the office's own saved version
 *   carries one (its system writes it; else the copies it received) — a save is the latest change. An OA
 *   system that never raises SEQUENCE tells revisions apart by it (QA26-39): the edit saved at SEQUENCE 0
 *   is then newer than the diary's copy at the old time (QL-5).
 * A new meeting, and whatever the proposal gives itself, are kept.
 * @param prepared - from {@link prepareCheck}
 * @param proposal - the meeting, where it would go
 * @returns the proposal with `sequence` (and `lastModified` when the copies carry one) set
 * @example
 * // 全市经济工作会议 (SEQUENCE:1 on the 市委办's calendar and on the 区委办's copy) moved to the 25th:
 * proposalAsSaved(prepared, { ...move, start: at('2027-01-25 09:00'), end: at('2027-01-25 11:00') }).sequence
 * //=> 2
 */
export function proposalAsSaved(prepared: PreparedCheck, proposal: ProposedMeeting): ProposedMeeting {
  if (proposal.uid === undefined) return proposal;
  const calendar = prepared.calendars.get(proposal.calendar);
  if (calendar === undefined) throw new Error(`unknown calendar "${proposal.calendar}" for a proposal`);
  return withRevision(indexOf(prepared), proposal, calendar);
}

/** The proposal's occurrence, with the revision it is saved with ({@link proposalAsSaved}). */
function savedOccurrence(index: PreparedIndex, proposal: ProposedMeeting, calendar: CalendarInfo): Occurrence {
  return proposalOccurrence(proposal.uid === undefined ? proposal : withRevision(index, proposal, calendar), calendar);
}

/** {@link proposalAsSaved} over the index, for a proposal with a UID. */
function withRevision(index: PreparedIndex, proposal: ProposedMeeting, calendar: CalendarInfo): ProposedMeeting {
  if (proposal.sequence !== undefined && proposal.lastModified !== undefined) return proposal;
  const proposed = proposalOccurrence(proposal, calendar);
  const wholeSeries = proposed.recurrenceId === null;
  const title = comparableTitle(proposed.summary);
  const global = globalUid(proposed.uid);
  const saved: Occurrence[] = [];
  const copies: Occurrence[] = [];
  for (const o of index.byUid.get(proposed.uid) ?? NONE) {
    if (o.key === proposed.key || (wholeSeries && o.recurrenceId !== null && o.calendar.id === proposed.calendar.id)) saved.push(o);
    else if ((o.recurrenceId === proposed.recurrenceId || (wholeSeries && o.recurrenceId !== null)) && (global || comparableTitle(o.summary) === title)) copies.push(o);
  }
  if (saved.length === 0 && copies.length === 0) return proposal.sequence === undefined ? { ...proposal, sequence: 0 } : proposal;
  let highest = 0;
  for (const o of [...saved, ...copies]) highest = Math.max(highest, o.sequence ?? 0);
  // What the office has saved tells what its system writes (else the copies it received): a LAST-MODIFIED
  // later than any copy's, if it writes one at all; and whether the edit moves or re-statuses the meeting.
  const own = saved.length > 0 ? saved : copies;
  let latest: number | undefined;
  if (own.some((o) => o.lastModified !== undefined)) {
    for (const o of [...saved, ...copies]) if (o.lastModified !== undefined) latest = Math.max(latest ?? o.lastModified, o.lastModified);
  }
  const unchanged = own.some(
    (o) => startMillis(o) === startMillis(proposed) && endMillis(o) === endMillis(proposed) && (o.status ?? 'confirmed') === proposed.status,
  );
  return {
    ...proposal,
    sequence: proposal.sequence ?? (unchanged ? highest : highest + 1),
    ...(proposal.lastModified === undefined && latest !== undefined && { lastModified: DateTime.fromMillis(latest + 1000, { zone: 'utc' }) }),
  };
}

function attendee(reference: string, role: string, cutype: 'individual' | 'room'): Attendee {
  // `李明 <liming@…>` (RFC 5322 name-addr, as a mail client or address book shows a person, QC-24): the
  // address and the name, as an ATTENDEE line with CN gives them.
  const nameAddr = /^\s*"?([^"<]*?)"?\s*<([^<>]+@[^<>]+)>\s*$/u.exec(reference);
  if (nameAddr !== null) {
    const name = nameAddr[1]!.trim();
    const address = nameAddr[2]!.trim();
    return { address: /^mailto:/iu.test(address) ? address : `mailto:${address}`, name: name === '' ? null : name, role, partstat: 'needs-action', cutype };
  }
  // An address is matched by address, anything else (id, alias, CN name) by name: the directory
  // resolves both against ids, names and aliases.
  const isAddress = /^mailto:/iu.test(reference) || reference.includes('@');
  return {
    address: isAddress ? reference : null,
    name: isAddress ? null : reference,
    role,
    // RFC 5545 §3.2.12: an invitation not yet answered.
    partstat: 'needs-action',
    cutype,
  };
}

/**
 * The findings a full check would report that involve the proposed meeting, sorted like a report.
 * Only the occurrences that can share a finding with it are checked: those within the longest
 * travel buffer of it that share a person, a place or a quiet period with it, its participants'
 * neighbouring meetings, and — when it matches a `follows` selector or a RELATED-TO link points at
 * it — the occurrences the ordering rules pair; a routine meeting (`cadence`) is checked with the
 * other meetings of its rule, a duty shift (`coverage`) with the other shifts of its calendar.
 *
 * Saving is read as an office saves a moved meeting: its copies under other UIDs move with it
 * ({@link movingCopies}), and findings citing one of them are about the meeting. One deliberate
 * difference from a full check after saving (the lead's decision on QE-2): a free/busy block (`忙碌`)
 * at the proposal's very times that does not move with it is another engagement, a `double-booking`
 * — it was on the diary before the meeting was proposed — where a full check of saved calendars reads
 * such a block as the meeting seen through free/busy (QC-25).
 * @param prepared - from {@link prepareCheck}
 * @param proposal - the meeting about to be saved
 * @returns the findings involving it (or a copy moved with it); `[]` when it conflicts with nothing
 * @throws Error when `proposal.calendar` is not a prepared calendar, or its start or end is invalid or the end
 *   is before the start (programming errors: an office form's end left at a default must not pass as free)
 * @example
 * checkProposal(prepared, { calendar: 'mayor', summary: '调研', start, end, attendees: ['li'] }).map((f) => f.kind)
 * //=> ['double-booking']
 */
export function checkProposal(prepared: PreparedCheck, proposal: ProposedMeeting): Finding[] {
  const index = indexOf(prepared);
  const calendar = prepared.calendars.get(proposal.calendar);
  if (calendar === undefined) throw new Error(`unknown calendar "${proposal.calendar}" for a proposal`);
  checkTimes(proposal);
  const proposed = savedOccurrence(index, proposal, calendar);
  const { replaces, moved } = replacedBy(proposed, proposal, index);

  // The rules take one meeting's people and rooms from all its copies (a leader's retyped copy on
  // his own calendar is his attendance): the proposal's copies lend it theirs — and their times: a
  // retyped copy with a later end holds the meeting's room and people until then. The copies that
  // move with it (QE-5) are among them, at their new times. Copies of its copies are the meeting too: the
  // rules merge them transitively — a 主持召开市总河长会议 at the 市政府大楼 is a copy of the 市总河长会议 there,
  // which is one meeting with the same-titled entry in 301会议室 booking the same second room (seed -904216117).
  const copies = copiesOf(proposed, index).filter((c) => !replaces(c));
  const known = new Set<Occurrence>([proposed, ...copies]);
  for (let i = 0; i < copies.length; i += 1) {
    for (const c of copiesOf(copies[i]!, index)) {
      if (known.has(c) || replaces(c)) continue;
      known.add(c);
      copies.push(c);
    }
  }
  const ownCopies = [...copies, ...moved.map(([copy]) => copy)];
  const prior = new Map<Occurrence, Occurrence>(moved.map(([copy, was]) => [copy, was]));
  const lent = (c: Occurrence): Occurrence => prior.get(c) ?? c;
  let from = startMillis(proposed);
  let to = Math.max(endMillis(proposed), startMillis(proposed));
  for (const c of ownCopies) {
    from = Math.min(from, startMillis(c));
    to = Math.max(to, endMillis(c));
  }
  from -= index.margin;
  to += index.margin;
  // The same event on another calendar at another time (one UID and instance, RFC 5545 §3.8.4.7): a copy that
  // did not take the edit. Unless the edit is a newer revision, it keeps booking its people there, and its
  // findings are the meeting's (QL-5: an OA tool saving a move at SEQUENCE 0 leaves 李明's diary copy of the
  // 15th current). What it neighbours is gathered around it.
  const sameEventCopies = proposal.uid === undefined ? NONE : (index.byUid.get(proposed.uid) ?? NONE).filter((o) => !replaces(o) && sameEvent(o, proposed));
  const elsewhere = sameEventCopies.filter((o) => startMillis(o) < from || endMillis(o) > to);
  // A required meeting is attended by whoever keeps an entry of attending it around it (QJ-5): the leader's
  // all-day 区总河长会议 on his diary makes him present at the 08:00 meeting, busy elsewhere or not (seed 819181936).
  const required = index.requiredSelectors.some((matches) => matches(proposed));
  const records = required ? recordsOf(proposed, index) : NONE;
  const people = new Set([
    ...peopleOf(proposed, index.setup),
    ...ownCopies.flatMap((c) => index.people.get(lent(c)) ?? []),
    ...records.flatMap((r) => index.people.get(r) ?? []),
    ...elsewhere.flatMap((c) => index.people.get(c) ?? []),
  ]);
  const places = new Set([
    ...placesOf(proposed, index.setup),
    ...ownCopies.flatMap((c) => index.places.get(lent(c)) ?? []),
    ...elsewhere.flatMap((c) => index.places.get(c) ?? []),
  ]);
  // Near in time is not enough to matter: a finding pairs occurrences that share a person
  // (double booking, travel, required-busy), a place (venue), a UID (copies of one meeting are
  // merged), a required meeting with someone in it, or a meeting held during a session its
  // quiet-period rule names (which need share nobody). Leaving the rest out keeps the rules from
  // spending the budget on conflicts among other meetings.
  // The meeting is what its copies are too: the district's entry of it is a district meeting, though the
  // proposal sits on the city's calendar (seed -1518569456).
  const meeting = [proposed, ...ownCopies];
  const quietEvent = meeting.some((o) => index.quietEventSelectors.some((matches) => matches(o)));
  const quietDuring = meeting.some((o) => index.quietDuringSelectors.some((matches) => matches(o)));
  const related = (o: Occurrence): boolean => {
    return (
      o.uid === proposed.uid ||
      (index.people.get(o) ?? []).some((id) => people.has(id)) ||
      (index.places.get(o) ?? placesOf(o, index.setup)).some((place) => places.has(place)) ||
      index.required.has(o) ||
      (quietEvent && index.quiet.has(o)) ||
      (quietDuring && index.quietEventSelectors.some((matches) => matches(o)))
    );
  };
  const subset = new Map<string, Occurrence>();
  const add = (o: Occurrence) => {
    if (related(o) && !replaces(o)) subset.set(o.key, o);
  };
  const gatherAround = (from: number, to: number): void => {
    overlapping(index.byTime, from, to).forEach(add);
    for (const o of index.long) if (startMillis(o) < to && endMillis(o) > from) add(o);
    for (const id of people) {
      const schedule = index.byPerson.get(id);
      if (schedule !== undefined) neighbours(schedule, from, to).forEach(add);
    }
  };
  const gather = (): void => {
    gatherAround(from, to);
    for (const c of elsewhere) gatherAround(startMillis(c) - index.margin, Math.max(endMillis(c), startMillis(c)) + index.margin);
  };
  gather();
  // A copy the rules merge with the proposal though it is indexed under another title or time (a
  // diary entry retyped with a later end, QA26-18) widens the meeting: what it overlaps is fetched too.
  for (let round = 0; round < 3; round += 1) {
    let wider = false;
    for (const o of subset.values()) {
      if (startMillis(o) - index.margin >= from && endMillis(o) + index.margin <= to) continue;
      if (!looksLikeCopy(proposed, o, index.setup.places) && !looksLikeCopy(o, proposed, index.setup.places)) continue;
      from = Math.min(from, startMillis(o) - index.margin);
      to = Math.max(to, endMillis(o) + index.margin);
      wider = true;
    }
    if (!wider) break;
    gather();
  }
  // Editing: the saved version of this meeting gives way to the proposal, and its copies move with it.
  subset.set(proposed.key, proposed);
  for (const [copy] of moved) subset.set(copy.key, copy);
  // The rules merge the copies of a meeting (same UID and instance, or same title and times) and
  // cite one copy for it: on an office calendar if there is one, then the smallest key. A copy that
  // could be cited instead of one in the subset must be there too, or the proposal check would cite
  // another copy than the full check (copies the rules would not cite change nothing, and are left
  // out: meetings are copied onto every leader's calendar, and the subset would triple).
  const queue = [...subset.values()];
  const join = (copy: Occurrence): void => {
    if (subset.has(copy.key)) return;
    subset.set(copy.key, copy);
    queue.push(copy);
  };
  for (let i = 0; i < queue.length; i += 1) {
    const o = queue[i]!;
    let cited = o;
    const consider = (copies: readonly Occurrence[] | undefined): void => {
      // Most meetings have no copy: their groups hold only themselves.
      if (copies === undefined || (copies.length === 1 && copies[0] === o)) return;
      for (const copy of copies) {
        if (replaces(copy) || copy === o) continue;
        // Revisions of one event (RFC 5545 §3.8.7.4 SEQUENCE) tell which copy is stale: both are needed.
        const revision = copy.uid === o.uid && copy.recurrenceId === o.recurrenceId && (copy.sequence ?? 0) !== (o.sequence ?? 0);
        if (!revision && !citedBefore(copy, cited)) continue;
        // Generic titles (专题会议 09:00–10:00) and short UIDs (`1`) are shared by meetings that are no copies.
        if (!looksLikeCopy(o, copy, index.setup.places) && !looksLikeCopy(copy, o, index.setup.places)) continue;
        if (revision) join(copy);
        else cited = copy;
      }
    };
    // One lookup per occurrence: the key is a string built anew each time (a third of this loop's time).
    const sameInstance = index.byInstance.get(instanceKey(o));
    consider(sameInstance);
    // A copy of the same event at another time on another calendar (one that did not take a move) is named in
    // the findings of this one ("firstCopy…": one meeting written two ways): the rules need it beside it.
    for (const copy of sameInstance ?? NONE) {
      if (copy !== o && !replaces(copy) && startMillis(copy) !== startMillis(o) && sameEvent(copy, o)) join(copy);
    }
    // A meeting's level is read from the office calendars holding it at its start (`homeLevel`): a selector by
    // level needs them all — the 区委办's copy of the city's meeting is the city's through the 市委办's (PR-4).
    for (const copy of sameInstance ?? NONE) {
      if (copy !== o && !replaces(copy) && copy.calendar.owner === null && copy.calendar.level !== o.calendar.level && startMillis(copy) === startMillis(o)) join(copy);
    }
    consider(sameTitledCopies(index, o));
    // A required meeting that is a leader's entry of attending another is read with the meeting it holds (PO-3).
    for (const held of index.required.has(o) ? (index.heldBy.get(o) ?? NONE) : o === proposed ? heldMeetings(o, index.byTime, index.long, index.setup.places) : NONE) {
      if (!replaces(held)) join(held);
    }
    if (cited !== o) join(cited);
    // Copies in other words (same start and end, QB-15/QB-18) are joined only when each is the other's
    // only such match at that hour (no-double-booking's `joinRetold`): every one of them is needed, not
    // just the one cited, or a proposal check could join what the full check keeps apart.
    for (const copy of retoldCopies(index, o)) if (!replaces(copy)) join(copy);
  }
  const nearby = sortOccurrences([...subset.values()]);
  // The rules read the proposal and the copies of it already saved (a start-only entry of the meeting,
  // a retyped one) as one meeting, and may cite one of those for it (the smaller key, an office's copy
  // before a diary's), as they may cite a moved copy: such a finding involves the meeting all the same
  // (seed -517960069: a room clash cited by the meeting's start-only entry, not the proposal).
  // A proposal that is a stale copy (another calendar holds a newer revision of its event) is that revision's
  // meeting, at the revision's time: what cites it involves the proposal too.
  const savedCopies = (among: readonly Occurrence[]): Occurrence[] => {
    const meetingOf = copyRepresentative(among, index.setup.places);
    const meeting = meetingOf(proposed);
    return among.filter((o) => o !== proposed && meetingOf(o) === meeting);
  };
  const nearbyCopies = savedCopies(nearby);
  // The same event elsewhere is an entry of it too (QL-5): its ordering, routine and duty roles are the meeting's.
  const entries = [...new Set([proposed, ...moved.map(([copy]) => copy), ...nearbyCopies, ...sameEventCopies])];
  // What pairs the meeting with others far apart (ordering links and selectors, a routine or duty rule)
  // is asked of every entry of it: a saved copy's REFID pairs the meeting the proposal is part of.
  const ordering = orderingRole(index, entries, nearby);
  // A routine meeting is counted with every other of its rule's period, and a duty shift is swept
  // with every shift of its calendar: their findings cite the proposal with meetings of any date.
  const routine = entries.some((o) => [...index.cadenceSelectors.values()].some((matches) => matches(o)));
  const duty = entries.some((o) => index.dutyCalendars.has(o.calendar.id));

  // The rules that pair a meeting only with what overlaps it or neighbours it in someone's day (and
  // those judging it alone) get just the nearby occurrences; the ordering, routine and duty rules pair
  // meetings months apart, so each also gets what it can pair (hundreds of occurrences fewer for the
  // others to schedule).
  // A 领导活动安排 record of a meeting books its people only when no meeting of the check books them (QC-41):
  // the proposal, and the copies moving with it, may now be that meeting, and what it replaces no longer is
  // (seed -904216117: 李明：区总河长会议 beside the proposed 区总河长会议 he attends is his attendance, not a clash).
  const setup: RuleSetup = { ...index.setup, directory: index.setup.directory.withMeetings([proposed, ...moved.map(([copy]) => copy)], replaces) };
  const groups: { readonly runs: (rule: RuleConfig) => boolean; readonly extra: readonly Occurrence[]; readonly setup: RuleSetup }[] = [];
  if (ordering === 'any') {
    const targets = entries.flatMap((o) => o.relations).flatMap((relation) => index.byUid.get(relation.target) ?? []);
    const pools = index.follows.flatMap((pool) => pool.pool);
    groups.push({ runs: (rule) => ORDERING_RULES.has(rule.kind), extra: [...index.orderingRead, ...pools, ...index.higher, ...targets], setup });
  } else if (ordering !== 'none') {
    // A meeting that can only follow (it is no prerequisite, carries no link and none points at it)
    // closes no ring: the rules it is a dependent of, over what they read, give all it is part of.
    const rules = new Set<RuleConfig>(ordering.map((pool) => pool.rule));
    groups.push({ runs: (rule) => rules.has(rule), extra: [...ordering.flatMap((pool) => pool.pool), ...index.higher], setup: { ...setup, rules: [...rules] } });
  }
  groups.push({ runs: (rule) => rule.kind === 'cadence', extra: routine ? index.cadencePool : [], setup });
  groups.push({ runs: (rule) => rule.kind === 'coverage', extra: duty ? index.dutyPool : [], setup });
  const grouped = (rule: RuleConfig): boolean => ORDERING_RULES.has(rule.kind) || rule.kind === 'cadence' || rule.kind === 'coverage';
  groups.push({ runs: (rule) => !grouped(rule), extra: [], setup });

  // A saved copy of the meeting that only a wider set holds (at its start, or a revision of one there)
  // is the meeting's too: its findings involve the proposal.
  const startsWith = new Set(nearby.filter((o) => startMillis(o) === startMillis(proposed)).map((o) => o.uid));
  const mine = new Set([proposed.key, ...moved.map(([copy]) => copy.key), ...nearbyCopies.map((o) => o.key), ...sameEventCopies.map((o) => o.key)]);
  const starts = new Map(nearby.map((o) => [o.key, startMillis(o)]));
  const read: { readonly occurrences: readonly Occurrence[]; readonly runs: (rule: RuleConfig) => boolean; readonly setup: RuleSetup }[] = [];
  for (const group of groups) {
    if (group.extra.length === 0) {
      read.push({ occurrences: nearby, runs: group.runs, setup: group.setup });
      continue;
    }
    const wide = new Map(subset);
    let copyThere = false;
    for (const o of group.extra) {
      if (replaces(o) || wide.has(o.key)) continue;
      wide.set(o.key, o);
      starts.set(o.key, startMillis(o));
      if (startMillis(o) === startMillis(proposed) || startsWith.has(o.uid)) copyThere = true;
    }
    const occurrences = sortOccurrences([...wide.values()]);
    if (copyThere) for (const copy of savedCopies(occurrences)) mine.add(copy.key);
    read.push({ occurrences, runs: group.runs, setup: group.setup });
  }
  const isProposal = (f: Finding): boolean => f.occurrences.some((o) => mine.has(o.key));
  const involving = marked(prepared, read.flatMap(({ occurrences, runs, setup }) => runRules(occurrences, setup, runs).filter(isProposal)));
  return orderFindings(involving, (key) => starts.get(key), index.setup.zone);
}

/**
 * Every finding of the `cadence` rules whose meeting the proposal is, with the proposal in place of
 * its saved version: also those that do not cite it — the period it left, now short of meetings.
 * A move is judged by comparing these with the ones where the meeting stands (`suggestSlots`).
 * @param prepared - from {@link prepareCheck}
 * @param proposal - the meeting, where it would go
 * @returns the findings, in report order; `[]` when no `cadence` rule selects it
 * @throws Error when `proposal.calendar` is not a prepared calendar, or its start or end is invalid or the end
 *   is before the start (programming errors: an office form's end left at a default must not pass as free)
 * @example
 * // The quarter's only 联席会议 moved from June to July: the second quarter is left without one.
 * routineFindings(prepared, { ...jointMeeting, start: july1, end: july1Noon }).map((f) => [f.kind, f.data.periodStart])
 * //=> [['cadence-missed', '2022-04-01T00:00:00+08:00']]
 */
export function routineFindings(prepared: PreparedCheck, proposal: ProposedMeeting): Finding[] {
  const index = indexOf(prepared);
  const calendar = prepared.calendars.get(proposal.calendar);
  if (calendar === undefined) throw new Error(`unknown calendar "${proposal.calendar}" for a proposal`);
  checkTimes(proposal);
  const proposed = savedOccurrence(index, proposal, calendar);
  const { replaces, moved } = replacedBy(proposed, proposal, index);
  const selects = (rule: RuleConfig): boolean => index.cadenceSelectors.get(rule)?.(proposed) === true;
  if (!index.setup.rules.some(selects)) return [];
  // The rule counts only the meetings its selector matches: the pool holds every one of them.
  const pooled = new Set(index.cadencePool);
  const occurrences = sortOccurrences([...index.cadencePool.filter((o) => !replaces(o)), proposed, ...moved.flatMap(([copy, was]) => (pooled.has(was) ? [copy] : []))]);
  const starts = new Map(occurrences.map((o) => [o.key, startMillis(o)]));
  return orderFindings(marked(prepared, runRules(occurrences, index.setup, selects)), (key) => starts.get(key), index.setup.zone);
}

/** The rules that pair meetings in order, however far apart: by configured selectors, or by links. */
const ORDERING_RULES: ReadonlySet<RuleKind> = new Set<RuleKind>(['follows', 'related-to']);

/**
 * What a meeting can be to the ordering rules, asked of every entry of it and of every occurrence at its
 * start that the rules could take for it (their copies of a meeting need no agreeing place; records of
 * attending it and joint sessions opening with it are read at the meeting's start too):
 * - `none`: no selector of a `follows` rule matches any of them at any level (a copy is read at its
 *   meeting's level), none carries RELATED-TO, CONCEPT or REFID, and none is a link's target — no
 *   ordering finding can involve the meeting, and the ordering rules are not run;
 * - the `follows` rules it is a dependent of, when it can be nothing else (no prerequisite selector
 *   matches, no link): no edge leads into it, so it is on no ring (`order-cycle`), and each of its
 *   findings comes from one of those rules, judged over what that rule reads;
 * - `any`: it may be a prerequisite or linked — every ordering rule over every candidate.
 */
function orderingRole(index: PreparedIndex, entries: readonly Occurrence[], nearby: readonly Occurrence[]): 'none' | 'any' | FollowsPool[] {
  const at = new Set(entries.map(startMillis));
  const others = new Set(nearby.filter((o) => at.has(startMillis(o))));
  for (const start of at) for (const o of index.orderingAt.get(start) ?? NONE) others.add(o);
  // Of what starts with it, only what the ordering rules could take for the meeting matters — its copies (by
  // UID, or by title, in any place), a record of attending it, a joint session opening with it — and what they
  // could take for those in turn. A 专题会议 starting at 09:00 with a 全市安全生产工作会议 elsewhere is not the
  // city meeting, and needs no ordering rule (3.7 % of the bench's plain proposals ran them all, 31 ms each).
  const near = [...entries];
  for (const o of near) others.delete(o);
  for (let i = 0; i < near.length && others.size > 0; i += 1) {
    const e = near[i]!;
    for (const o of others) {
      if (!(o.uid === e.uid || looksLikeCopy(e, o) || looksLikeCopy(o, e) || isAttendanceEntry(o, e) || isAttendanceEntry(e, o) || jointSession(o, e) || jointSession(e, o))) continue;
      others.delete(o);
      near.push(o);
    }
  }
  const rules = new Set<FollowsPool>();
  for (const o of near) {
    if (o.relations.length > 0 || o.concepts.length > 0 || o.refIds.length > 0 || index.linkTargetKeys.has(linkUidKey(o.uid))) return 'any';
    for (const pool of index.follows) {
      if (pool.prerequisite(o)) return 'any';
      if (pool.dependent(o)) rules.add(pool);
    }
  }
  return rules.size === 0 ? 'none' : [...rules];
}

/** The prepared occurrences that are copies of `o` (same event, or retyped, also in other words: `looksLikeCopy` either way). */
function copiesOf(o: Occurrence, index: PreparedIndex): Occurrence[] {
  const candidates = new Set([...(index.byInstance.get(instanceKey(o)) ?? []), ...sameTitledCopies(index, o), ...retoldCopies(index, o)]);
  return [...candidates].filter((c) => looksLikeCopy(o, c, index.setup.places) || looksLikeCopy(c, o, index.setup.places));
}

/**
 * Which saved occurrences a proposal stands in for: its own key (the saved version of the meeting or
 * instance being edited) and, when it names a UID and no instance, every instance of that UID on
 * any calendar — editing a recurring meeting as a whole (QC-18, QC-30): the series, and the copies
 * of it on the leaders' calendars (one UID, one event: RFC 5545 §3.8.4.7), give way rather than
 * clash with the proposal. The saved versions' copies under other UIDs move with them
 * ({@link movingCopies}, QE-5).
 */
function replacedBy(proposed: Occurrence, proposal: ProposedMeeting, index: PreparedIndex): Replacement {
  const wholeSeries = proposal.uid !== undefined && proposed.recurrenceId === null;
  const saved = (o: Occurrence): boolean => o.key === proposed.key || (wholeSeries && o.uid === proposed.uid && o.recurrenceId !== null);
  const moving = movingOf(index, proposed, wholeSeries, saved);
  if (moving.size === 0) return { replaces: saved, moved: [] };
  return { replaces: (o) => saved(o) || moving.has(o), moved: [...moving].map(([copy, version]) => [shifted(copy, version, proposed), copy] as const) };
}

/** What a proposal replaces, and its copies where they move to. */
interface Replacement {
  /** Whether a prepared occurrence gives way to the proposal (a saved version, or a copy that moves). */
  readonly replaces: (o: Occurrence) => boolean;
  /** The copies that move with it ({@link movingCopies}): each at its new times, with the prepared copy it was. */
  readonly moved: readonly (readonly [Occurrence, Occurrence])[];
}

/**
 * A copy of a saved version, moved as the proposal moves that version: its start by as much as the
 * meeting's start, its end by as much as the meeting's end (a copy at the meeting's times lands on the
 * proposal's; a diary entry with the journey keeps its half hour either side). An all-day copy moves
 * by whole days on its calendar's clock. Marked `proposed`: it is part of the change being checked.
 */
function shifted(copy: Occurrence, version: Occurrence, proposed: Occurrence): Occurrence {
  // The loader's start and end are prototype getters, and a hand-built occurrence's startMillis must
  // not outlive its start (see Occurrence.startMillis): the copy is built from its own fields.
  const { startMillis: _startMillis, endMillis: _endMillis, ...fields } = copy;
  if (copy.allDay) {
    const zone = copy.calendar.defaultZone;
    const days = Math.round(proposed.start.setZone(zone).startOf('day').diff(version.start.setZone(zone).startOf('day'), 'days').days);
    return { ...fields, start: copy.start.plus({ days }), end: copy.end.plus({ days }), proposed: true };
  }
  const from = startMillis(proposed) - startMillis(version);
  const to = endMillis(proposed) - endMillis(version);
  const start = copy.start.plus({ milliseconds: from });
  const end = copy.end.plus({ milliseconds: to });
  return { ...fields, start, end: end < start ? start : end, proposed: true };
}

/**
 * The saved occurrences that stand for the meeting a proposal edits without sharing its UID, and so
 * move with it: the copies the rules read as that meeting — retyped under a UID of their own, also in
 * other words (the secretary's `主持召开区政府常务会议` on the 区长's diary, a 领导活动安排 record
 * `李明：区政府常务会议`, `looksLikeCopy`), and the records of attending it (a diary entry with the journey
 * around it, a free/busy block `忙碌` at its very times, `recordsAttendance`) of someone in it. Left where
 * they are, they would clash with the meeting at its new time as engagements at the old one (QE-5);
 * the office moves them with the meeting (or the free/busy publishing does). Copies with the meeting's
 * UID need no such help: the rules take them for one event wherever they stand. Empty for a new meeting.
 * @param prepared - from {@link prepareCheck}
 * @param proposal - the meeting, where it would go
 * @returns the copies that move with it (never its saved versions themselves)
 * @example
 * // 区政府常务会议 moved, with 主持召开区政府常务会议 at its old times on the 区长's diary:
 * [...movingCopies(prepared, proposalFromOccurrence(meeting))].map((o) => o.summary)
 * //=> ['主持召开区政府常务会议']
 */
export function movingCopies(prepared: PreparedCheck, proposal: ProposedMeeting): ReadonlySet<Occurrence> {
  const index = indexOf(prepared);
  const calendar = prepared.calendars.get(proposal.calendar);
  if (calendar === undefined) throw new Error(`unknown calendar "${proposal.calendar}" for a proposal`);
  const proposed = proposalOccurrence(proposal, calendar);
  const wholeSeries = proposal.uid !== undefined && proposed.recurrenceId === null;
  return new Set(movingOf(index, proposed, wholeSeries, (o) => o.key === proposed.key || (wholeSeries && o.uid === proposed.uid && o.recurrenceId !== null)).keys());
}

/** {@link movingCopies} over the index, remembered per edited key (a search checks one meeting at many times). */
function movingOf(index: PreparedIndex, proposed: Occurrence, wholeSeries: boolean, saved: (o: Occurrence) => boolean): ReadonlyMap<Occurrence, Occurrence> {
  const memo = `${proposed.key}\u0000${wholeSeries}`;
  const known = index.moving.get(memo);
  if (known !== undefined) return known;
  const versions = (index.byUid.get(proposed.uid) ?? []).filter(saved);
  // Each copy with the saved version it is a copy of.
  const found = new Map<Occurrence, Occurrence>();
  const places = index.setup.places;
  for (const version of versions) {
    const start = startMillis(version);
    const end = endMillis(version);
    const people = index.people.get(version) ?? [];
    const booked = index.places.get(version) ?? [];
    const near = [...overlapping(index.byTime, start, end), ...index.long.filter((o) => startMillis(o) <= end && endMillis(o) >= start)];
    for (const o of near) {
      // Only someone's entry of the meeting follows it: a leader's diary (his copy, his 忙碌, his journey)
      // or an office's record of his attending. Another office's own entry of a joint meeting is that
      // office's to move, and a diary entry moved alone does not move the office's meeting.
      if (o.uid === version.uid || saved(o) || found.has(o) || !(o.calendar.owner !== null || RECORD_ENTRY.test(o.summary))) continue;
      if (looksLikeCopy(version, o, places) || looksLikeCopy(o, version, places)) {
        found.set(o, version);
        continue;
      }
      // A record of attending holds the whole meeting, and books its person for it: one of the meeting's
      // people, or its room.
      if (startMillis(o) > start || endMillis(o) < end) continue;
      const shares = (index.people.get(o) ?? []).some((id) => people.includes(id)) || (index.places.get(o) ?? []).some((p) => booked.includes(p));
      if (shares && recordsAttendance(version, o, places)) found.set(o, version);
    }
  }
  // Bounded, for a long-running office tool that checks ever new meetings.
  if (index.moving.size >= MOVING_MEMO) index.moving.clear();
  index.moving.set(memo, found);
  return found;
}

const MOVING_MEMO = 1_000;

/**
 * An office's entry recording a leader's engagement rather than holding a meeting of its own: headed by
 * his name (`李明：…`, `【李明】…`, the 领导活动安排 of QC-29) or opening with an attending verb (`参加…`, `出席…`,
 * `赴…参加…`, QE-9) — the forms `occurrence-ref.ts` reads as records.
 */
const RECORD_ENTRY = /^\s*(?:【[^】会议]{2,8}】|[^：:【（(会议\s]{2,8}[：:]|赴.{1,16}?(?:参加|出席)|参加|出席|列席|陪同)/u;

/**
 * The occurrences at exactly `o`'s start and end whose titles name the same meeting in other words
 * (`sameMeetingTitle`) and that the rules may take for a copy of it (`looksLikeCopy`): a secretary's
 * `主持召开区政府常务会议` for the office's `区政府第12次常务会议`. Same-titled copies are found by {@link copyKey}.
 * Found for every prepared occurrence when the check is prepared ({@link retoldPairs}).
 */
function retoldCopies(index: PreparedIndex, o: Occurrence): readonly Occurrence[] {
  // A prepared occurrence's were found when the check was prepared; a proposal's are looked for now.
  if (index.people.has(o)) return index.retold.get(o) ?? NONE;
  const group = index.byTimes.get(timesKey(o));
  // Most hours hold one occurrence at exactly these times, or none besides `o`.
  if (group === undefined || (group.length === 1 && group[0] === o)) return NONE;
  const title = comparableTitle(o.summary);
  let found: Occurrence[] | undefined;
  for (const g of group) {
    if (g === o || g.calendar.id === o.calendar.id || comparableTitle(g.summary) === title || !sameMeetingTitle(g.summary, o.summary)) continue;
    if (!looksLikeCopy(g, o, index.setup.places) && !looksLikeCopy(o, g, index.setup.places)) continue;
    (found ??= []).push(g);
  }
  return found ?? NONE;
}

/**
 * Every prepared occurrence's copies in other words ({@link retoldCopies}), found once: per start and
 * end, the distinct titles are compared pairwise (titles repeat across a year: each pair is compared
 * once), and the occurrences of matching titles on different calendars are paired when the rules may
 * take them for copies.
 */
function retoldPairs(byTimes: ReadonlyMap<string, readonly Occurrence[]>, places: RuleSetup['places']): Map<Occurrence, readonly Occurrence[]> {
  const found = new Map<Occurrence, Occurrence[]>();
  const sameTitle = new Map<string, boolean>();
  for (const group of byTimes.values()) {
    if (group.length < 2) continue;
    const byTitle = new Map<string, Occurrence[]>();
    for (const o of group) {
      const title = comparableTitle(o.summary);
      const list = byTitle.get(title);
      if (list === undefined) byTitle.set(title, [o]);
      else list.push(o);
    }
    if (byTitle.size < 2) continue;
    const titles = [...byTitle.keys()];
    for (let i = 0; i < titles.length; i += 1) {
      for (let j = i + 1; j < titles.length; j += 1) {
        const left = byTitle.get(titles[i]!)!;
        const right = byTitle.get(titles[j]!)!;
        const pair = titles[i]! < titles[j]! ? `${titles[i]}\u0000${titles[j]}` : `${titles[j]}\u0000${titles[i]}`;
        let same = sameTitle.get(pair);
        if (same === undefined) {
          same = sameMeetingTitle(left[0]!.summary, right[0]!.summary);
          sameTitle.set(pair, same);
        }
        if (!same) continue;
        for (const a of left) {
          for (const b of right) {
            if (a.calendar.id === b.calendar.id || !(looksLikeCopy(a, b, places) || looksLikeCopy(b, a, places))) continue;
            for (const [x, y] of [[a, b], [b, a]] as const) {
              const list = found.get(x);
              if (list === undefined) found.set(x, [y]);
              else list.push(y);
            }
          }
        }
      }
    }
  }
  return found;
}

/** Start and end (epoch ms), without building the loader's DateTimes. */
function timesKey(o: Occurrence): string {
  return `${startMillis(o)}\u0000${endMillis(o)}`;
}

/** UID and RECURRENCE-ID: what the copies of one instance of an event share (RFC 5545 §3.8.4.4, §3.8.4.7). */
function instanceKey(o: Occurrence): string {
  return `${o.uid}\u0000${o.recurrenceId ?? ''}`;
}

/** Whether the rules would cite copy `a` rather than copy `b` of one meeting: office calendar first, then the smaller key. */
function citedBefore(a: Occurrence, b: Occurrence): boolean {
  const office = (o: Occurrence): boolean => o.calendar.owner === null;
  return office(a) !== office(b) ? office(a) : a.key < b.key;
}

/**
 * What retyped copies of a meeting share (`looksLikeCopy` in the rules): start and SUMMARY as the rules
 * compare it (`comparableTitle`: NFKC, whitespace removed, a diary's leading 参加/出席/主持 dropped); null
 * for an empty title, which makes no copy. Not the end: a start-only entry (QB-34) has an unknown end,
 * and a diary's copy may hold the meeting to a later end (QA26-18, SOAK-1). Copies in other words are
 * found by {@link retoldCopies}.
 */
function copyKey(o: Occurrence): string | null {
  const title = comparableTitle(o.summary);
  return title === '' ? null : `${startMillis(o)}\u0000${title}`;
}

/**
 * The prepared occurrences that may be retyped copies of `o`: those with its {@link copyKey} (same
 * start and title, any end; `looksLikeCopy` decides). Seed -517960069: a proposal with an end and the
 * meeting's start-only entry are one meeting to the rules; SOAK-1: so is the diary's entry of it to a
 * later end at the same site.
 */
function sameTitledCopies(index: PreparedIndex, o: Occurrence): readonly Occurrence[] {
  const key = index.copyKeys.get(o) ?? copyKey(o);
  return key === null ? NONE : (index.byCopyKey.get(key) ?? NONE);
}

/**
 * The meetings an entry may be a leader's record of attending (`attends`, QJ-5): live ones starting within it
 * that it holds. Only an entry on a personal calendar, or one saying it attends, can be such a record.
 */
function heldMeetings(entry: Occurrence, byTime: TimeIndex, long: readonly Occurrence[], places: RuleSetup['places']): Occurrence[] {
  if (entry.calendar.owner === null && !saysAttending(entry.summary)) return [];
  const start = startMillis(entry);
  const end = endMillis(entry);
  if (end <= start) return [];
  return [...overlapping(byTime, start, end), ...long].filter(
    (m) => m !== entry && m.status !== 'cancelled' && startMillis(m) >= start && startMillis(m) <= end && attends(entry, m, places),
  );
}

/** The saved entries that are a leader's record of attending a meeting, holding it (`attends`, QJ-5). */
function recordsOf(meeting: Occurrence, index: PreparedIndex): Occurrence[] {
  const start = startMillis(meeting);
  const end = endMillis(meeting);
  return [...overlapping(index.byTime, start, end), ...index.long].filter(
    (e) => e !== meeting && e.status !== 'cancelled' && (e.calendar.owner !== null || saysAttending(e.summary)) && startMillis(e) <= start && endMillis(e) >= end && attends(e, meeting, index.setup.places),
  );
}

function duration(o: Occurrence): number {
  return endMillis(o) - startMillis(o);
}

function timeIndex(items: readonly Occurrence[]): TimeIndex {
  const starts = new Float64Array(items.length);
  const ends = new Float64Array(items.length);
  let longest = 0;
  items.forEach((o, i) => {
    const start = startMillis(o);
    const end = endMillis(o);
    starts[i] = start;
    ends[i] = end;
    longest = Math.max(longest, end - start);
  });
  return { items, starts, ends, longest };
}

/** First index whose start is at least `value`. */
function lowerBound(starts: Float64Array, value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Occurrences meeting `[from, to]` (closed: touching counts, the rules decide). */
function overlapping(index: TimeIndex, from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  for (let i = lowerBound(index.starts, from - index.longest); i < index.items.length; i += 1) {
    const o = index.items[i];
    if (o === undefined || (index.starts[i] ?? Infinity) > to) break;
    if ((index.ends[i] ?? -Infinity) >= from) out.push(o);
  }
  return out;
}

/** A person's occurrences meeting `[from, to]`, plus {@link NEIGHBOURS} on each side. */
function neighbours(index: TimeIndex, from: number, to: number): Occurrence[] {
  const first = Math.max(0, lowerBound(index.starts, from - index.longest) - NEIGHBOURS);
  const last = Math.min(index.items.length, lowerBound(index.starts, to + 1) + NEIGHBOURS);
  return index.items.slice(first, last);
}

/** The longest time two occurrences of one person can be apart and still give a `travel-time` finding. */
function marginOf(config: OccurrencesInput['config']): number {
  const minutes = [
    30,
    ...config.rules.flatMap((rule) => (rule.kind === 'travel-time' && rule.defaultMinutes !== undefined ? [rule.defaultMinutes] : [])),
    ...(config.travel ?? []).map((entry) => entry.minutes),
  ];
  return Math.max(...minutes) * 60_000;
}
