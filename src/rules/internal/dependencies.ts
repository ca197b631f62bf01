/**
 * The dependency graph behind `follows` and `related-to`: which meeting must come after which, and
 * why they were paired. Each edge points from the dependent to its prerequisite.
 */
import { DateTime, Duration } from 'luxon';
import { LEVELS, type Level } from '../../model/calendar.js';
import type { DependencyRelation, PairedBy } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';
import type { FollowsRuleConfig, PairingCycle, RuleConfig } from '../../model/rule-config.js';
import { inSortedOrder, scanOrder } from '../../select/scan-order.js';
import { selectEach } from '../../select/select-occurrences.js';
import { cycleKey } from '../../time/cycle.js';
import type { HolidayData } from '../../model/config.js';
import { dayOf, gapEnd, gapStart, gapText, NO_GAP, parseGap, type Bound, type ParsedGap, type WorkCalendar } from './gap.js';
import { addWorkingDays } from '../../time/add-working-days.js';
import { displacedCopies, homeLevel, matchesAtHomeLevel } from './home-level.js';
import { looksLikeCopy, meetingKey, supersededBy } from './occurrence-ref.js';
import { createPlaces } from '../../places/places.js';
import { isAttendanceEntry, saysAttending } from './attendance-entry.js';
import { aboutHigherMeeting } from './higher-meeting.js';
import { jointSession } from './joint-session.js';
import { compileSelector } from '../../select/selector.js';
import type { Selector } from '../../model/selector.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';

/** The dependent must come after the prerequisite, as `relation` with at least `minGap`. */
export interface Dependency {
  readonly dependent: Occurrence;
  readonly prerequisite: Occurrence;
  readonly relation: DependencyRelation;
  /** A duration (RFC 9253 GAP, config ISO-8601) or, for configured `follows` rules, working days. */
  readonly minGap: ParsedGap;
  /** Only configured `follows` rules have a maximum gap (FINISHTOSTART). */
  readonly maxGap: ParsedGap | null;
  readonly pairedBy: PairedBy;
  readonly link: string;
  /** The config id of the rule that made the edge. */
  readonly rule: string;
}

/** A dependent whose prerequisite is not scheduled (or only as cancelled) in its period. */
export interface MissingPrerequisite {
  readonly dependent: Occurrence;
  readonly cycle: PairingCycle;
  readonly period: string;
  readonly cancelled: number;
  readonly pairedBy: PairedBy;
  readonly link: string;
  readonly rule: string;
}

/** What one ordering rule entry yields: its edges and its dependents without a prerequisite. */
export interface Dependencies {
  readonly edges: readonly Dependency[];
  readonly missing: readonly MissingPrerequisite[];
}

const ZERO = Duration.fromMillis(0);

/**
 * The earliest start of the dependent that satisfies the edge.
 * RFC 9253 §9.1: FINISHTOSTART compares the prerequisite's end with the dependent's start,
 * STARTTOSTART start with start, FINISHTOFINISH end with end, STARTTOFINISH start with end; GAP
 * (§6.2) is added to the prerequisite's bound. A gap in working days is counted by `gapStart`
 * (report zone, Chinese working calendar) and may be unknown when the count reaches a year with no
 * known holiday arrangement.
 * @param edge - the two meetings, the relation and the minimum gap
 * @param calendar - the report zone and the user's holiday data, for working-day gaps
 * @returns the earliest compliant start (an instant; finding data puts it on the dependent's calendar clock), or why it is unknown
 * @example
 * // The prerequisite ends 11:00 Asia/Shanghai:
 * earliestStart({ dependent, prerequisite, relation: 'FINISHTOSTART', minGap: { kind: 'duration', duration: Duration.fromISO('PT30M') } }, { zone: 'Asia/Shanghai' })
 * //=> { known: true, at: 2022-05-10T11:30:00.000+08:00 }
 */
export function earliestStart(edge: Pick<Dependency, 'dependent' | 'prerequisite' | 'relation' | 'minGap'>, calendar: WorkCalendar): Bound {
  return earliestStartAfter(edge.prerequisite, edge, calendar);
}

/**
 * {@link earliestStart} with the prerequisite's bounds given apart from it: what the order would be
 * if the prerequisite took place at those times (a meeting written as a whole day took place at some
 * time of it).
 * @param prerequisite - the prerequisite's start and end to measure from
 * @param edge - the dependent, the relation and the minimum gap
 * @param calendar - the report zone and the user's holiday data
 * @returns the earliest compliant start, or why it is unknown
 * @example
 * // The city meeting of 10 May written as a date: at the earliest it ended just after 10 May 00:00.
 * earliestStartAfter({ start: may10, end: may10.plus({ milliseconds: 1 }) }, edge, { zone: 'Asia/Shanghai' })
 * //=> { known: true, at: 2022-05-10T00:00:00.001+08:00 }
 */
export function earliestStartAfter(
  prerequisite: { readonly start: DateTime; readonly end: DateTime },
  edge: Pick<Dependency, 'dependent' | 'relation' | 'minGap'>,
  calendar: WorkCalendar,
): Bound {
  const { dependent, minGap } = edge;
  const length = (): Duration => dependent.end.diff(dependent.start);
  const shift = (bound: Bound, by: (at: DateTime) => DateTime): Bound =>
    bound.known ? { known: true, at: by(bound.at) } : { ...bound, notBefore: by(bound.notBefore), notAfter: by(bound.notAfter) };
  switch (edge.relation) {
    case 'FINISHTOSTART':
      return gapStart(prerequisite.end, minGap, calendar, true);
    case 'STARTTOSTART':
      return gapStart(prerequisite.start, minGap, calendar, false);
    case 'FINISHTOFINISH':
      return shift(gapStart(prerequisite.end, minGap, calendar, true), (at) => at.minus(length()));
    case 'STARTTOFINISH':
      return shift(gapStart(prerequisite.start, minGap, calendar, false), (at) => at.minus(length()));
    default: {
      const unreachable: never = edge.relation;
      throw new Error(`unknown relation ${String(unreachable)}`);
    }
  }
}

/**
 * Chooses the prerequisite a dependent pairs with, among candidates (none cancelled, none the
 * dependent's own meeting). The pairing rule, stated once for every ordering finding:
 * 1. the latest-starting candidate that the dependent already satisfies (it comes late enough);
 * 2. else the latest candidate that starts before the dependent (→ an `order` finding);
 * 3. else the earliest candidate (it starts after the dependent → an `order` finding).
 * So a dependent is fine when any prerequisite of its period came early enough, and a finding
 * names the most recent meeting that should have come first.
 * @param sorted - the period's live candidates, sorted by start then key (shared by every dependent of the period)
 * @param excluded - the dependent's own meeting among them (a meeting matching both selectors)
 * @returns the chosen prerequisite, or undefined when every candidate is excluded
 */
function pick(
  dependent: Occurrence,
  sorted: readonly Occurrence[],
  excluded: (p: Occurrence) => boolean,
  relation: DependencyRelation,
  minGap: ParsedGap,
  calendar: WorkCalendar,
): Occurrence | undefined {
  const start = dependent.start.toMillis();
  // Walk back from the latest candidate: the first one found satisfied is the latest satisfied.
  // Usually that is the first candidate starting before the dependent, so date arithmetic (slow in
  // luxon for IANA zones) runs once or twice per dependent rather than once per candidate.
  // With a non-negative gap, a *TOSTART constraint cannot be met by a prerequisite that starts
  // after the dependent, so the walk begins (by binary search) at the last one starting no later.
  // A working-day gap is never negative.
  const startsOnly = (relation === 'FINISHTOSTART' || relation === 'STARTTOSTART') && (minGap.kind === 'working-days' || minGap.duration.toMillis() >= 0);
  let before: Occurrence | undefined;
  for (let i = startsOnly ? lastStartingBy(sorted, start) : sorted.length - 1; i >= 0; i -= 1) {
    const p = sorted[i]!;
    if (excluded(p)) continue;
    if (before === undefined && p.start.toMillis() < start) before = p;
    // A bound a working-day count could not reach is satisfied only when it is under every arrangement.
    if (earliestMillis({ dependent, prerequisite: p, relation, minGap }, calendar) <= start) return p;
  }
  if (before !== undefined) return before;
  return sorted.find((p) => !excluded(p));
}

/** The index of the last occurrence starting at or before `ms` (−1 when none), in a list sorted by start. */
function lastStartingBy(sorted: readonly Occurrence[], ms: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.start.toMillis() <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * A pool of prerequisites (a cycle period, the holders of a UID or of a CONCEPT/REFID value) ready
 * for {@link pick}: one representative per meeting, the live ones sorted once for every dependent.
 */
interface Pool {
  readonly all: readonly Occurrence[];
  readonly live: readonly Occurrence[];
}

function poolOf(representativeOccurrences: readonly Occurrence[]): Pool {
  return { all: representativeOccurrences, live: representativeOccurrences.filter(live).sort(byStartThenKey) };
}

/**
 * Pairs a dependent within a pool: the chosen prerequisite, or — when the pool holds no live
 * meeting but the dependent's own — how many cancelled meetings it holds (for `order-missing`);
 * null when the pool holds nothing but the dependent itself.
 */
function pairIn(
  dependent: Occurrence,
  pool: Pool,
  relation: DependencyRelation,
  minGap: ParsedGap,
  calendar: WorkCalendar,
): { readonly prerequisite: Occurrence } | { readonly cancelled: number } | null {
  const excluded = (p: Occurrence): boolean => sameMeeting(p, dependent);
  const prerequisite = pick(dependent, pool.live, excluded, relation, minGap, calendar);
  if (prerequisite !== undefined) return { prerequisite };
  let cancelled = 0;
  for (const p of pool.all) if (!excluded(p)) cancelled += 1;
  return cancelled === 0 ? null : { cancelled };
}

/**
 * {@link earliestStart} as epoch milliseconds (when unknown, the latest it can be under any arrangement), without luxon arithmetic when
 * the gap has no calendar units (days, weeks, months, years vary in length across DST changes and
 * must go through luxon, and working days through the working calendar).
 */
function earliestMillis(edge: Pick<Dependency, 'dependent' | 'prerequisite' | 'relation' | 'minGap'>, calendar: WorkCalendar): number {
  if (edge.minGap.kind === 'working-days') {
    const bound = earliestStart(edge, calendar);
    // Counted into an unknown year: satisfied only from where every arrangement is satisfied (QH-1).
    return bound.known ? bound.at.toMillis() : bound.notAfter.toMillis();
  }
  const { years, quarters, months, weeks, days } = edge.minGap.duration.toObject();
  if (years || quarters || months || weeks || days) {
    const bound = earliestStart(edge, calendar);
    return bound.known ? bound.at.toMillis() : Infinity;
  }
  const gap = edge.minGap.duration.toMillis();
  const { dependent: d, prerequisite: p } = edge;
  switch (edge.relation) {
    case 'FINISHTOSTART':
      return p.end.toMillis() + gap;
    case 'STARTTOSTART':
      return p.start.toMillis() + gap;
    case 'FINISHTOFINISH':
      return p.end.toMillis() + gap - (d.end.toMillis() - d.start.toMillis());
    case 'STARTTOFINISH':
      return p.start.toMillis() + gap - (d.end.toMillis() - d.start.toMillis());
    default: {
      const unreachable: never = edge.relation;
      throw new Error(`unknown relation ${String(unreachable)}`);
    }
  }
}

function byStartThenKey(a: Occurrence, b: Occurrence): number {
  return a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Whether two occurrences are copies of one meeting: the same {@link meetingKey} (same UID and
 * start), or a copy retyped by hand on another calendar (new UID, same start, end and summary: see
 * `looksLikeCopy`). README follows: "copies of one meeting on several calendars count once".
 */
function sameMeeting(a: Occurrence, b: Occurrence): boolean {
  if (meetingKey(a) === meetingKey(b)) return true;
  return a.start.toMillis() === b.start.toMillis() && a.end.toMillis() === b.end.toMillis() && looksLikeCopy(a, b, BY_NAME);
}

/**
 * Places compared by their names alone (no aliases): the ordering rules stay free of the config's
 * place aliases, so that the checker and the rules share one memoised dependency graph; yet two
 * districts' 全区河长制工作会议 at one hour in 青山区委大楼常委会议室 and 江北区委大楼常委会议室 are two meetings (QJ-2).
 */
const BY_NAME = createPlaces([], []);

/**
 * One representative per meeting (see {@link sameMeeting}): the smallest key among non-cancelled
 * copies, else among cancelled ones. Copies are merged transitively: by meetingKey, and retyped
 * copies among occurrences of one start and end (the only ones `looksLikeCopy` can match by title).
 * Places are compared by name ({@link BY_NAME}): two same-titled meetings at the very same times in two
 * named buildings are two meetings, each ordered on its own (QJ-2), as `no-double-booking` counts them.
 */
function representatives(occurrences: Iterable<Occurrence>, levelOf?: (o: Occurrence) => Level | null): Occurrence[] {
  const list = [...occurrences];
  const parent = list.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r]!;
    parent[i] = r;
    return r;
  };
  const union = (i: number, j: number): void => {
    const a = root(i);
    const b = root(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const byKey = new Map<string, number>();
  const bySlot = new Map<string, number[]>();
  list.forEach((o, i) => {
    const key = meetingKey(o);
    const first = byKey.get(key);
    if (first === undefined) byKey.set(key, i);
    else union(first, i);
    const slot = `${o.start.toMillis()}/${o.end.toMillis()}`;
    const others = bySlot.get(slot);
    if (others === undefined) {
      bySlot.set(slot, [i]);
      return;
    }
    for (const j of others) if (root(j) !== root(i) && looksLikeCopy(list[j]!, o, BY_NAME)) union(j, i);
    others.push(i);
  });
  const chosen = new Map<number, Occurrence>();
  list.forEach((o, i) => {
    const r = root(i);
    const previous = chosen.get(r);
    if (previous === undefined || better(o, previous, levelOf)) chosen.set(r, o);
  });
  return [...chosen.values()];
}

function better(o: Occurrence, than: Occurrence, levelOf: ((o: Occurrence) => Level | null) | undefined): boolean {
  const x = rank(o, levelOf);
  const y = rank(than, levelOf);
  return x < y || (x === y && o.key < than.key);
}

/**
 * Live before cancelled; an office's copy (no owner) before a leader's own (QB-20); a copy on a
 * calendar of the meeting's own level before one another level keeps (the 市委办's 督查台账 listing
 * 青山区's meeting under a UID of its own: the finding names 青山区委办's entry, QJ-4).
 */
function rank(o: Occurrence, levelOf: ((o: Occurrence) => Level | null) | undefined): number {
  const away = levelOf !== undefined && o.calendar.owner === null && levelOf(o) !== o.calendar.level ? 1 : 0;
  return (o.status === 'cancelled' ? 4 : 0) + (o.calendar.owner !== null ? 2 : 0) + away;
}

function live(o: Occurrence): boolean {
  return o.status !== 'cancelled';
}

const followsCache = new WeakMap<
  readonly Occurrence[],
  WeakMap<FollowsRuleConfig, { zone: string; holidays: HolidayData | undefined; result: Dependencies }>
>();

/**
 * The edges of one configured `follows` rule: each non-cancelled dependent pairs with a
 * prerequisite of the same cycle period (counted in `zone`), chosen by {@link pick}.
 * Memoised per occurrence list and config entry: sibling rules ask for it again to find rings.
 * @param occurrences - every occurrence of the check
 * @param params - the `follows` config entry
 * @param zone - the report zone, in which cycle periods and working days are counted
 * @param holidays - the user's holiday data (config `holidays`), for working-day gaps
 * @param siblings - the check's other rules: their `follows` selectors are answered in the same pass
 * @returns the rule's edges and its dependents without a prerequisite
 * @example
 * followsDependencies(occurrences, riverChief, 'Asia/Shanghai').edges[0]?.prerequisite.summary
 * //=> '市总河长会议'
 */
export function followsDependencies(
  occurrences: readonly Occurrence[],
  params: FollowsRuleConfig,
  zone: string,
  holidays?: HolidayData,
  siblings?: readonly RuleConfig[],
): Dependencies {
  let byConfig = followsCache.get(occurrences);
  if (byConfig === undefined) {
    byConfig = new WeakMap();
    followsCache.set(occurrences, byConfig);
  }
  const cached = byConfig.get(params);
  if (cached !== undefined && cached.zone === zone && cached.holidays === holidays) return cached.result;

  const minGap = (params.minGap === undefined ? null : parseGap(params.minGap)) ?? NO_GAP;
  const maxGap = params.maxGap === undefined ? null : parseGap(params.maxGap);
  const calendar: WorkCalendar = { zone, holidays };
  const cycle = params.cycle ?? 'none';

  // A stale copy (lower SEQUENCE than the same event on another calendar) is not the meeting: the
  // current revision is ordered instead, at its own time (RFC 5545 §3.8.7.4, qa-bugs QA-15).
  const stale = supersededBy(occurrences);
  // A higher office's meeting held at a time that office no longer holds it (moved without a SEQUENCE
  // bump) is neither side of any pair (QF-17).
  const displaced = displacedCopies(occurrences);
  const fresh = (o: Occurrence): boolean => !stale.has(o) && !displaced(o);
  // Every follows rule of the check is selected in one pass over the occurrences.
  const [dependentsMatched, prerequisites] = selectEach(occurrences, [
    params.dependent,
    params.prerequisite,
    ...(siblings ?? []).flatMap((r) => (r.kind === 'follows' && r.enabled !== false ? [r.dependent, r.prerequisite] : [])),
  ]) as [readonly Occurrence[], readonly Occurrence[]];
  // A copy of a higher level's meeting (same UID on the city calendar) is that level's meeting: a
  // selector by level no longer matches it where it sits (QB-6).
  const levelOf = homeLevel(occurrences);
  const atHome = (selector: Selector) => {
    const predicate = compileSelector(selector);
    return (o: Occurrence): boolean => {
      const level = levelOf(o);
      return level === o.calendar.level || matchesAtHomeLevel(predicate, o, level);
    };
  };
  const dependentAtHome = atHome(params.dependent);
  const prerequisiteAtHome = atHome(params.prerequisite);
  const dependentsAtHome = dependentsMatched.filter(dependentAtHome);
  const prerequisitesAtHome = prerequisites.filter(prerequisiteAtHome);
  // A lower calendar's copy that is a higher meeting of its own (not a copy at the higher calendar's
  // start: the current revision of a meeting the city moved, which only the district took, QG-15) was
  // selected by its calendar's level as a dependent: it is a prerequisite at its meeting's level.
  if (dependentsAtHome.length < dependentsMatched.length) {
    const held = new Set(prerequisitesAtHome.map(meetingKey));
    for (const o of dependentsMatched) {
      if (!dependentAtHome(o) && prerequisiteAtHome(o) && !held.has(meetingKey(o))) prerequisitesAtHome.push(o);
    }
  }
  // The index by cycle period: each period's prerequisites, the live ones sorted once by start.
  const byPeriod = new Map<string, Occurrence[]>();
  for (const p of representatives(prerequisitesAtHome.filter(fresh), levelOf)) {
    const key = cycleKey(p.start, cycle, zone);
    const list = byPeriod.get(key);
    if (list === undefined) byPeriod.set(key, [p]);
    else list.push(p);
  }
  const pools = new Map<string, Pool>();
  for (const [key, list] of byPeriod) pools.set(key, poolOf(list));

  const edges: Dependency[] = [];
  const missing: MissingPrerequisite[] = [];
  const base = { pairedBy: 'rule' as const, link: params.id, rule: params.id };
  // A district calendar holding a copy of the city meeting its leaders go to (same UID, or retyped)
  // matches the dependent selector by its calendar's level: it is the prerequisite itself, not a
  // district meeting that must follow it (QA26-17). So is its record of attending it in its own words
  // at its very times (区长参加…（视频）, 组织收看…: QB-33).
  const prerequisitesAt = new Map<number, Occurrence[]>();
  for (const p of prerequisitesAtHome) {
    const list = prerequisitesAt.get(startMillis(p));
    if (list === undefined) prerequisitesAt.set(startMillis(p), [p]);
    else list.push(p);
  }
  // (A meeting whose copies all match both selectors stays a dependent: it then has no prerequisite but itself.)
  const isPrerequisite = new Set(prerequisitesAtHome);
  // A record of attending that holds the meeting with the journey (参加… 08:30–11:00 for 09:00–11:00, QE-9)
  // starts before it: those few entries, saying they attend, are compared with the prerequisites they hold.
  // An entry opening with the prerequisite and holding its own part after it (全省、全市…电视电话会议, 连开:
  // QF-8) begins its own part when the prerequisite ends: with no minimum gap it is in order.
  const joint = isZero(minGap);
  const copyOfPrerequisite = (o: Occurrence): boolean =>
    !isPrerequisite.has(o) &&
    ((prerequisitesAt.get(startMillis(o)) ?? []).some((p) => looksLikeCopy(p, o) || isAttendanceEntry(o, p) || (joint && jointSession(o, p))) ||
      (saysAttending(o.summary) && prerequisitesAtHome.some((p) => startMillis(p) > startMillis(o) && startMillis(p) < endMillis(o) && isAttendanceEntry(o, p))));
  // Watching the national teleconference, relaying the central meeting: about a meeting above the
  // prerequisites', not theirs (QF-3, QF-13).
  const aboutHigher = aboutHigherMeeting(occurrences, levelOf, prerequisiteLevels(params.prerequisite, prerequisitesAtHome, levelOf), prerequisitesAtHome);
  const candidates = dependentsAtHome.filter((o) => live(o) && fresh(o) && !copyOfPrerequisite(o) && !aboutHigher(o));
  const dependents = representatives(candidates, levelOf);
  // The calendars holding each dependent meeting (its copies by UID and start), for the carry-over.
  const calendarsOf = new Map<string, Set<string>>();
  for (const o of candidates) {
    const key = meetingKey(o);
    const set = calendarsOf.get(key);
    if (set === undefined) calendarsOf.set(key, new Set([o.calendar.id]));
    else set.add(o.calendar.id);
  }
  const carried = carriedOver(dependents, pools, { cycle, minGap, maxGap, calendar }, (d) => calendarsOf.get(meetingKey(d)) ?? new Set([d.calendar.id]));
  for (const dependent of dependents) {
    const period = cycleKey(dependent.start, cycle, zone);
    const carry = carried.get(dependent);
    if (carry !== undefined) {
      edges.push({ dependent, prerequisite: carry, relation: 'FINISHTOSTART', minGap, maxGap, ...base });
      continue;
    }
    const pool = pools.get(period);
    const paired = pool === undefined ? null : pairIn(dependent, pool, 'FINISHTOSTART', minGap, calendar);
    if (paired === null || 'cancelled' in paired) {
      missing.push({ dependent, cycle, period, cancelled: paired?.cancelled ?? 0, ...base });
      continue;
    }
    edges.push({ dependent, prerequisite: paired.prerequisite, relation: 'FINISHTOSTART', minGap, maxGap, ...base });
  }
  const result = { edges, missing };
  byConfig.set(params, { zone, holidays, result });
  return result;
}

/** Whether a gap is no gap at all (`PT0S`, zero working days). */
function isZero(gap: ParsedGap): boolean {
  return gap.kind === 'working-days' ? gap.days === 0 : gap.duration.toMillis() === 0;
}

/** The levels a rule's prerequisites are of: its selector's, else those of the loaded ones. */
function prerequisiteLevels(selector: Selector, loaded: readonly Occurrence[], levelOf: (o: Occurrence) => Level | null): readonly Level[] {
  const wanted = selector.level;
  if (typeof wanted === 'string') return [wanted];
  if (wanted !== undefined) return wanted;
  const levels = new Set<Level>();
  for (const p of loaded) {
    const level = levelOf(p);
    if (level !== null) levels.add(level);
  }
  return [...levels];
}

/**
 * Dependents that pair with the previous period's last prerequisite instead of their own period's
 * (QB-2). A prerequisite at the very end of its period — no working day left in it after the day it
 * ends, or a minimum gap reaching past the period — can only be followed in the next period: the
 * city's meeting on the afternoon of 30 September is relayed in October, and with `cycle: quarter`
 * that relay would otherwise be "上级会议尚未安排" for Q4, or an `order` against Q4's city meeting
 * in December. Such a prerequisite is carried over when nothing of its own period follows it, to
 * the first dependents of the next period (those starting first) and every dependent of that period
 * its reach covers (`carryReach`: `maxGap`, else five working days after its earliest compliant
 * day), provided that period holds no live prerequisite starting before the dependent. With a
 * `maxGap`, any other last prerequisite of a period (a working day left after it, or followed in its
 * period already) serves the next period's dependents that start both within its `maxGap` and within
 * the period's first five working days (`periodOpening`, QF-2), provided that period holds no live
 * prerequisite starting within the carried one's reach (QG-12) and no calendar holding the dependent
 * followed it in its own period (QF-21).
 * @param calendarsOf - the calendars holding a dependent meeting's copies
 * @returns dependent → the carried-over prerequisite
 */
function carriedOver(
  dependents: readonly Occurrence[],
  pools: ReadonlyMap<string, Pool>,
  rule: { readonly cycle: PairingCycle; readonly minGap: ParsedGap; readonly maxGap: ParsedGap | null; readonly calendar: WorkCalendar },
  calendarsOf: (dependent: Occurrence) => ReadonlySet<string>,
): ReadonlyMap<Occurrence, Occurrence> {
  const carried = new Map<Occurrence, Occurrence>();
  const { cycle, maxGap, calendar } = rule;
  if (cycle === 'none' || dependents.length === 0) return carried;
  const { zone } = calendar;
  const byPeriod = new Map<string, Occurrence[]>();
  for (const d of dependents) {
    const key = cycleKey(d.start, cycle, zone);
    const list = byPeriod.get(key);
    if (list === undefined) byPeriod.set(key, [d]);
    else list.push(d);
  }
  for (const [key, list] of byPeriod) {
    list.sort(byStartThenKey);
    const previousKey = previousPeriod(key, cycle, zone);
    const previous = pools.get(previousKey)?.live ?? [];
    const carry = previous[previous.length - 1];
    if (carry === undefined) continue;
    const reach = carryReach(carry, rule);
    // Only the very end of a period, with nothing of its own period after it, hands the next period's
    // first dependent over whatever its date. Otherwise — a working day left after it (the city meets on
    // 30 December and the district relays on 4 January), or another office already following it the same
    // evening — it still serves the next period's dependents within its `maxGap` and the period's opening
    // days (QF-2): the rule says relays come within that gap, whoever came first, and a dependent later
    // in the period stays that period's business (a premature one keeps its `order`).
    const followers = (byPeriod.get(previousKey) ?? []).filter((d) => d.start.toMillis() >= carry.start.toMillis());
    const whole = atPeriodEnd(carry, previousKey, rule) && followers.length === 0;
    // Without a maxGap the rule says nothing of how soon relays come: only the very end carries over.
    if (!whole && maxGap === null) continue;
    const until = whole ? reach : Math.min(reach, periodOpening(key, calendar));
    if (!whole && until <= DateTime.fromISO(key, { zone }).toMillis()) continue;
    const own = pools.get(key)?.live ?? [];
    // Offices that followed it in its own period already: their next dependent is the next period's (QF-21).
    const followedBy = new Set(followers.flatMap((d) => [...calendarsOf(d)]));
    const first = list[0]!.start.toMillis();
    for (const d of list) {
      const start = d.start.toMillis();
      if (sameMeeting(d, carry) || own.some((p) => p.start.toMillis() < start && !sameMeeting(p, d))) continue;
      if (whole) {
        if (start === first || start < until) carried.set(d, carry);
        continue;
      }
      // Not at the very end: only to an office that has not followed it yet — the monthly relay on
      // 6 January before the city's January meeting of the 12th, by the office that relayed December's
      // on the 30th, is January's and premature (QF-21) — and only while the period holds no prerequisite
      // of its own within the carried one's reach: the city's next Monday 调度会 comes while last
      // Monday's is still within its maxGap, so a district one just before it is ambiguous and judged
      // against its own week's; the city's January meeting of the 20th comes long after December's reach,
      // and the 区委's relay of 4 January is December's (QG-12).
      if (start < until && ![...calendarsOf(d)].some((c) => followedBy.has(c)) && !own.some((p) => !sameMeeting(p, d) && p.start.toMillis() < reach)) carried.set(d, carry);
    }
  }
  return carried;
}

/**
 * Until when (exclusive, epoch ms) the relays of a carried-over prerequisite may come: its `maxGap`
 * (a duration allows a start exactly at the bound, working days the whole last day, as `order-late`);
 * without one, {@link RELAY_DAYS} working days after the day of its earliest compliant start — the
 * district's relays of one city meeting come in a burst (区委 relays, 区政府 deploys the next day,
 * QB-26), while a relay weeks later may be premature for the next city meeting.
 */
function carryReach(carry: Occurrence, rule: { readonly minGap: ParsedGap; readonly maxGap: ParsedGap | null; readonly calendar: WorkCalendar }): number {
  const { minGap, maxGap, calendar } = rule;
  // Counted into a year whose arrangement is unknown (QC-42, QD-2: the city meeting of 31 December
  // 2026), the reach is taken as long as n working days can plausibly last, 2n calendar days: a relay
  // within it is paired and its order judged undetermined, rather than the city meeting called missing.
  if (maxGap !== null) {
    const end = gapEnd(carry.end, maxGap, calendar, true);
    if (!end.known) return Math.max(end.notBefore.toMillis(), maxGap.kind === 'working-days' ? carry.end.plus({ days: 2 * maxGap.days }).toMillis() : -Infinity);
    return end.lastDay === '' ? end.at.toMillis() + 1 : end.at.toMillis();
  }
  const earliest = gapStart(carry.end, minGap, calendar, true);
  const from = earliest.known ? earliest.at : earliest.notBefore;
  const burst = gapEnd(from, { kind: 'working-days', days: RELAY_DAYS }, calendar, false);
  return burst.known ? burst.at.toMillis() : Math.max(burst.notBefore.toMillis(), from.plus({ days: 2 * RELAY_DAYS }).toMillis());
}

/** Working days after the earliest compliant day in which relays of a carried-over meeting are expected. */
const RELAY_DAYS = 5;

/**
 * Until when (exclusive, epoch ms) a period opens: the end of its {@link RELAY_DAYS}-th working day,
 * in which the relays of the previous period's last meeting come (4–8 January 2027 after 元旦). A
 * year whose arrangement is unknown is taken as long as those working days can plausibly last, twice
 * as many calendar days, as {@link carryReach} takes it.
 */
function periodOpening(period: string, calendar: WorkCalendar): number {
  return remembered(calendar, `opening\u0000${period}`, () => openingOf(period, calendar));
}

function openingOf(period: string, calendar: WorkCalendar): number {
  const start = DateTime.fromISO(period, { zone: calendar.zone });
  // Measured as from an end at the period's first midnight: day 0 is the last day of the previous period.
  const opening = gapEnd(start, { kind: 'working-days', days: RELAY_DAYS }, calendar, true);
  return opening.known ? opening.at.toMillis() : Math.max(opening.notBefore.toMillis(), start.plus({ days: 2 * RELAY_DAYS }).toMillis());
}

/**
 * Whether a prerequisite can only be followed in the next period: its earliest compliant follower
 * starts there, or no working day of its own period comes after the day it ends (a relay the same
 * evening is not expected). A period whose remaining days are known and hold no working day carries
 * over even when the next year's arrangement is not known yet.
 */
function atPeriodEnd(
  prerequisite: Occurrence,
  period: string,
  rule: { readonly cycle: PairingCycle; readonly minGap: ParsedGap; readonly calendar: WorkCalendar },
): boolean {
  // The gap in full: a count of working days has no duration text (PR-2: 1 and 2 working days shared one answer).
  const gap = rule.minGap.kind === 'working-days' ? `wd${rule.minGap.days}` : gapText(rule.minGap);
  const key = `end\u0000${period}\u0000${rule.cycle}\u0000${gap}\u0000${endMillis(prerequisite)}\u0000${prerequisite.end.zoneName ?? ''}`;
  return remembered(rule.calendar, key, () => (endsPeriod(prerequisite, period, rule) ? 1 : 0)) === 1;
}

function endsPeriod(
  prerequisite: Occurrence,
  period: string,
  rule: { readonly cycle: PairingCycle; readonly minGap: ParsedGap; readonly calendar: WorkCalendar },
): boolean {
  const { cycle, minGap, calendar } = rule;
  const earliest = gapStart(prerequisite.end, minGap, calendar, true);
  // Counted into a year whose arrangement is unknown: when that year begins after the period, the
  // follower cannot come before it either (QC-5: the city meeting of 31 December 2026, the relay in
  // January 2027) — carried over, and the order itself judged undetermined where it must be.
  if (!earliest.known) return cycleKey(earliest.notBefore, cycle, calendar.zone) !== period;
  if (cycleKey(earliest.at, cycle, calendar.zone) !== period) return true;
  const endDay = dayOf(prerequisite.end, calendar.zone, true);
  const earliestDay = dayOf(earliest.at, calendar.zone, false);
  // The first working day after the later of the end day and the day before the earliest start.
  const from = earliestDay > endDay ? (DateTime.fromISO(earliestDay, { zone: 'utc' }).minus({ days: 1 }).toISODate() ?? endDay) : endDay;
  const next = addWorkingDays(from, 1, calendar.holidays);
  return cycleKey(DateTime.fromISO(next.ok ? next.date : next.unknown, { zone: calendar.zone }), cycle, calendar.zone) !== period;
}

/**
 * The period before `period` (its key), for the carry-over: pure in its inputs, and asked for every
 * period of every rule at each check and proposal.
 */
function previousPeriod(period: string, cycle: PairingCycle, zone: string): string {
  const key = `${cycle}\u0000${zone}\u0000${period}`;
  let previous = previousPeriods.get(key);
  if (previous === undefined) {
    previous = cycleKey(DateTime.fromISO(period, { zone }).minus({ milliseconds: 1 }), cycle, zone);
    if (previousPeriods.size >= MEMO_LIMIT) previousPeriods.clear();
    previousPeriods.set(key, previous);
  }
  return previous;
}

/**
 * A number computed from dates and the working calendar alone (a period's opening days, whether a
 * meeting closes its period), remembered per holiday data: the carry-over asks the same questions at
 * every check, and an office tool checks a proposal at every save. Bounded, for a long-running tool.
 */
function remembered(calendar: WorkCalendar, question: string, answer: () => number): number {
  const owner = calendar.holidays ?? NO_HOLIDAYS;
  let memo = answers.get(owner);
  if (memo === undefined) {
    memo = new Map();
    answers.set(owner, memo);
  }
  const key = `${calendar.zone}\u0000${question}`;
  let known = memo.get(key);
  if (known === undefined) {
    known = answer();
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, known);
  }
  return known;
}

const MEMO_LIMIT = 50_000;
const previousPeriods = new Map<string, string>();
const answers = new WeakMap<object, Map<string, number>>();
/** Stands for "no user holiday data" in {@link answers}. */
const NO_HOLIDAYS = {};

/**
 * The temporal constraint a RELATED-TO RELTYPE (RFC 9253 §9.1) states, if any.
 * @param relType - the RELTYPE as written (any case)
 * @returns the relation, or undefined for a non-temporal type (PARENT, CHILD, SIBLING, …)
 * @example
 * temporalRelation('depends-on') //=> 'FINISHTOSTART'
 */
export function temporalRelation(relType: string): DependencyRelation | undefined {
  return TEMPORAL[relType.toUpperCase()];
}

/** RELTYPE values (RFC 9253 §9.1) that order two components in time, and how. */
const TEMPORAL: Readonly<Record<string, DependencyRelation>> = {
  FINISHTOSTART: 'FINISHTOSTART',
  STARTTOSTART: 'STARTTOSTART',
  FINISHTOFINISH: 'FINISHTOFINISH',
  STARTTOFINISH: 'STARTTOFINISH',
  // "depends on" says nothing finer; the natural reading for meetings is finish-to-start.
  'DEPENDS-ON': 'FINISHTOSTART',
};

/**
 * A UID as a link target: RFC 9253 allows RELATED-TO;VALUE=URI, and tools write the same UID bare
 * or as `urn:uuid:…` (RFC 4122 §3), so the prefix is dropped; UUIDs compare case-insensitively.
 * @param text - a UID, or a RELATED-TO value
 * @returns the form under which a link and its target compare equal
 * @example
 * linkUidKey('urn:uuid:6F9619FF-8B86-D011-B42D-00C04FC964FF') //=> '6f9619ff-8b86-d011-b42d-00c04fc964ff'
 */
export function linkUidKey(text: string): string {
  const trimmed = text.trim();
  const bare = trimmed.replace(/^urn:uuid:/iu, '');
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(bare) ? bare.toLowerCase() : bare;
}

/**
 * Whether {@link linkUidKey} could give something other than the text itself: outer white space, a
 * `urn:uuid:` prefix (any case), or the length of a UUID (36). Cheap enough for every occurrence.
 */
function mayNormalise(uid: string): boolean {
  const first = uid.charCodeAt(0);
  return uid.length === 36 || first === 0x75 || first === 0x55 || uid.trim() !== uid;
}

const linkCache = new WeakMap<readonly Occurrence[], Map<string, Dependencies>>();

/**
 * The edges written into the calendars, with no configuration (the `related-to` rule):
 *
 * - RELATED-TO with a temporal RELTYPE on the **dependent**, naming the prerequisite's UID (RFC
 *   9253 §9.1: the property is on the component that depends; GAP §6.2 is the minimum gap). A UID
 *   that is not among the loaded occurrences gives nothing (its calendar was not given); one that
 *   exists only as cancelled gives `order-missing`.
 * - A CONCEPT (§7.1) or REFID (§7.2) value shared by meetings of different levels: each meeting
 *   depends on the meetings of the nearest higher level holding the same value (so province → city
 *   → district chains pair level by level). Calendars without a level take no part.
 *
 * A pair found several ways is kept once, preferring RELATED-TO, then REFID, then CONCEPT.
 * @param occurrences - every occurrence of the check
 * @param ruleId - the id of the `related-to` rule entry (cited by the edges)
 * @returns the linked edges and the links whose target exists only as cancelled
 * @example
 * linkDependencies(occurrences, 'related-to').edges.map((e) => e.pairedBy)
 * //=> ['related-to', 'refid']
 */
export function linkDependencies(occurrences: readonly Occurrence[], ruleId: string): Dependencies {
  let byRule = linkCache.get(occurrences);
  if (byRule === undefined) {
    byRule = new Map();
    linkCache.set(occurrences, byRule);
  }
  const cached = byRule.get(ruleId);
  if (cached !== undefined) return cached;

  const edges = new Map<string, Dependency>();
  const missing: MissingPrerequisite[] = [];
  const missingSeen = new Set<string>();
  // Only occurrences that carry a link can be dependents here; most carry none.
  // One pass finds them; the CONCEPT/REFID groups below are built from them alone.
  // Both passes over every occurrence read them in load order (their order in memory, see
  // scanOrder) and put what they keep back in the list's order by position.
  const { occurrences: loaded, position } = scanOrder(occurrences);
  const carrying: number[] = [];
  for (let i = 0; i < loaded.length; i += 1) {
    const o = loaded[i]!;
    if (o.relations.length > 0 || o.concepts.length > 0 || o.refIds.length > 0) carrying.push(position[i]!);
  }
  const carriers = inSortedOrder(occurrences, carrying);
  // Stale copies (see followsDependencies) are neither dependents nor targets.
  const stale = supersededBy(occurrences);
  // The level of the meeting, not of the calendar holding a copy of it (QB-6).
  const levelOf = homeLevel(occurrences);
  const dependents = representatives(carriers.filter((o) => live(o) && !stale.has(o))).sort((a, b) => (a.key < b.key ? -1 : 1));

  const byUid = new Map<string, Occurrence[]>();
  const targets = new Set(dependents.flatMap((d) => d.relations.map((r) => linkUidKey(r.target))));
  if (targets.size > 0) {
    const holding = new Map<string, number[]>();
    for (let i = 0; i < loaded.length; i += 1) {
      const o = loaded[i]!;
      // Most UIDs are their own link key; only those `linkUidKey` could change are normalised.
      const uid = o.uid;
      const key = mayNormalise(uid) ? linkUidKey(uid) : uid;
      if (!targets.has(key) || stale.has(o)) continue;
      const list = holding.get(key);
      if (list === undefined) holding.set(key, [position[i]!]);
      else list.push(position[i]!);
    }
    for (const [key, positions] of holding) byUid.set(key, inSortedOrder(occurrences, positions));
  }

  // Pools are shared by every dependent naming the same UID or value: representatives and sorting once.
  const pools = new Map<string, Pool>();
  const poolFor = (name: string, holders: () => readonly Occurrence[]): Pool => {
    let pool = pools.get(name);
    if (pool === undefined) {
      pool = poolOf(representatives(holders()));
      pools.set(name, pool);
    }
    return pool;
  };
  const add = (
    dependent: Occurrence,
    pool: Pool,
    relation: DependencyRelation,
    gap: Duration,
    pairedBy: PairedBy,
    link: string,
  ): void => {
    const minGap: ParsedGap = { kind: 'duration', duration: gap };
    // RFC 9253 GAP is a duration: no working days, so no zone or holidays are needed.
    const paired = pairIn(dependent, pool, relation, minGap, { zone: 'UTC' });
    if (paired === null) return;
    const own = meetingKey(dependent);
    if ('cancelled' in paired) {
      const key = `${own}\u0000${pairedBy}\u0000${link}`;
      if (!missingSeen.has(key)) {
        missingSeen.add(key);
        missing.push({ dependent, cycle: 'none', period: '*', cancelled: paired.cancelled, pairedBy, link, rule: ruleId });
      }
      return;
    }
    const { prerequisite } = paired;
    const key = `${own}\u0000${meetingKey(prerequisite)}`;
    if (!edges.has(key)) {
      edges.set(key, { dependent, prerequisite, relation, minGap, maxGap: null, pairedBy, link, rule: ruleId });
    }
  };

  for (const dependent of dependents) {
    for (const relation of dependent.relations) {
      const kind = TEMPORAL[relation.relType.toUpperCase()];
      const target = relation.target.trim();
      if (kind === undefined || linkUidKey(target) === linkUidKey(dependent.uid)) continue;
      const uidKey = linkUidKey(target);
      add(dependent, poolFor(`uid\u0000${uidKey}`, () => byUid.get(uidKey) ?? []), kind, relation.gap ?? ZERO, 'related-to', target);
    }
  }

  for (const [pairedBy, valuesOf] of [
    ['refid', (o: Occurrence) => o.refIds],
    ['concept', (o: Occurrence) => o.concepts],
  ] as const) {
    const groups = new Map<string, Occurrence[]>();
    const ranks = new Map<string, Set<number>>();
    for (const o of carriers) {
      const values = valuesOf(o);
      if (values.length === 0 || levelOf(o) === null || stale.has(o)) continue;
      for (const value of values.length === 1 ? [values[0]!.trim()] : new Set(values.map((v) => v.trim()))) {
        if (value === '') continue;
        const list = groups.get(value);
        if (list === undefined) groups.set(value, [o]);
        else list.push(o);
      }
    }
    for (const dependent of dependents) {
      const level = levelOf(dependent);
      if (level === null) continue;
      const rankOf = LEVELS.indexOf(level);
      for (const value of new Set(valuesOf(dependent).map((v) => v.trim()))) {
        const group = groups.get(value) ?? [];
        // The nearest higher level that holds the value: the direct superior in the cascade.
        let held = ranks.get(value);
        if (held === undefined) {
          held = new Set(group.map((o) => {
            const at = levelOf(o);
            return at === null ? -1 : LEVELS.indexOf(at);
          }));
          ranks.set(value, held);
        }
        let nearest = -1;
        for (const r of held) if (r < rankOf && r > nearest) nearest = r;
        if (nearest < 0) continue;
        const pool = poolFor(`${pairedBy}\u0000${value}\u0000${nearest}`, () => group.filter((o) => levelOf(o) === LEVELS[nearest]));
        // The lower calendar's record of attending the higher meeting, carrying its number, is no
        // relay of it (QB-33, as for follows rules); an explicit RELATED-TO above still says it is.
        if (pool.live.some((p) => isAttendanceEntry(dependent, p))) continue;
        add(dependent, pool, 'FINISHTOSTART', ZERO, pairedBy, value);
      }
    }
  }

  const result = { edges: [...edges.values()], missing };
  byRule.set(ruleId, result);
  return result;
}
