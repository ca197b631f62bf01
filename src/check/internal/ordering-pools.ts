/**
 * What the ordering rules must read to judge one proposed meeting: for each `follows` rule, the saved
 * occurrences it can pair or that change how it pairs (its selectors' matches, read at any level, and
 * every copy of their UIDs), and the higher meetings a relay may be about. A proposal check then runs
 * only the rules that can pair the proposal, over only what they read, instead of every ordering rule
 * over every candidate.
 */
import { LEVELS, type CalendarInfo } from '../../model/calendar.js';
import type { Occurrence } from '../../model/occurrence.js';
import type { FollowsRuleConfig, RuleConfig } from '../../model/rule-config.js';
import type { Selector } from '../../model/selector.js';
import { meetingName, MIN_NAME } from '../../rules/internal/meeting-name.js';
import { compileSelector, type OccurrencePredicate } from '../../select/selector.js';
import { sortOccurrences } from './sort-occurrences.js';

/** One `follows` rule, with the occurrences it can read. */
export interface FollowsPool {
  readonly rule: FollowsRuleConfig;
  /**
   * The rule's selectors with every level condition relaxed ({@link anyLevelSelector}): a copy of a
   * meeting is read at the meeting's level (`homeLevel`), which may not be its calendar's.
   */
  readonly dependent: OccurrencePredicate;
  readonly prerequisite: OccurrencePredicate;
  /** The prepared occurrences either selector matches, at any level, with every copy of their UIDs; sorted. */
  readonly pool: readonly Occurrence[];
}

/**
 * Each `follows` rule with its pool.
 * @param rules - the check's rules
 * @param sorted - the prepared occurrences, sorted
 * @param byUid - the prepared occurrences by UID
 * @returns one entry per `follows` rule, in config order
 */
export function followsPools(rules: readonly RuleConfig[], sorted: readonly Occurrence[], byUid: ReadonlyMap<string, readonly Occurrence[]>): FollowsPool[] {
  return rules.flatMap((rule) => {
    if (rule.kind !== 'follows') return [];
    const dependent = compileSelector(anyLevelSelector(rule.dependent));
    const prerequisite = compileSelector(anyLevelSelector(rule.prerequisite));
    const matched = sorted.filter((o) => dependent(o) || prerequisite(o));
    return [{ rule, dependent, prerequisite, pool: withUidCopies(matched, byUid) }];
  });
}

/**
 * A selector that matches whatever level an occurrence's calendar is given: every `level` condition is
 * dropped, and a `not` that reads a level is dropped whole (what it excludes at one level it may keep at
 * another). It matches at least what the selector matches at any level.
 * @param selector - a configured selector
 * @returns the relaxed selector
 * @example
 * anyLevelSelector({ level: 'city', summary: '总河长会议', not: { level: 'district' } }) //=> { summary: '总河长会议' }
 */
export function anyLevelSelector(selector: Selector): Selector {
  const { level: _level, not, anyOf, ...rest } = selector;
  return {
    ...rest,
    ...(not !== undefined && !readsLevel(not) && { not }),
    ...(anyOf !== undefined && { anyOf: anyOf.map(anyLevelSelector) }),
  };
}

function readsLevel(selector: Selector): boolean {
  return selector.level !== undefined || (selector.not !== undefined && readsLevel(selector.not)) || (selector.anyOf ?? []).some(readsLevel);
}

/**
 * The prepared occurrences that may be a meeting above some `follows` rule's prerequisites, which a
 * dependent's title may relay (`aboutHigherMeeting`: 传达学习全省经济工作会议精神 is about the province's
 * meeting, not premature for the city's): live ones with a meeting name, held by a calendar — theirs or
 * one sharing their UID — of a level above the lowest level a rule's prerequisites can have (its
 * selector's levels; for a selector without one, the lowest level of any calendar).
 * @param rules - the check's rules
 * @param sorted - the prepared occurrences, sorted
 * @param calendars - every prepared calendar
 * @param byUid - the prepared occurrences by UID
 * @returns the candidates, sorted, with every copy of their UIDs
 */
export function higherMeetingCandidates(
  rules: readonly RuleConfig[],
  sorted: readonly Occurrence[],
  calendars: Iterable<CalendarInfo>,
  byUid: ReadonlyMap<string, readonly Occurrence[]>,
): Occurrence[] {
  let lowestLoaded = -1;
  for (const c of calendars) if (c.level !== null) lowestLoaded = Math.max(lowestLoaded, LEVELS.indexOf(c.level));
  let below = -1;
  for (const rule of rules) {
    if (rule.kind !== 'follows') continue;
    const wanted = rule.prerequisite.level;
    const levels = wanted === undefined ? [] : typeof wanted === 'string' ? [wanted] : wanted;
    below = Math.max(below, levels.length === 0 ? lowestLoaded : Math.max(...levels.map((l) => LEVELS.indexOf(l))));
  }
  if (below <= 0) return [];
  const above = (c: CalendarInfo): boolean => c.level !== null && LEVELS.indexOf(c.level) < below;
  const heldAbove = new Set<string>();
  for (const o of sorted) if (above(o.calendar)) heldAbove.add(o.uid);
  if (heldAbove.size === 0) return [];
  const found = sorted.filter((o) => o.status !== 'cancelled' && heldAbove.has(o.uid) && meetingName(o.summary).length >= MIN_NAME);
  return withUidCopies(found, byUid);
}

/**
 * Occurrences with every prepared occurrence of their UIDs: the rules read a meeting's level, revisions and
 * moves from all its copies (`homeLevel`, `supersededBy`, `displacedCopies`).
 * @returns sorted, each once
 */
export function withUidCopies(occurrences: readonly Occurrence[], byUid: ReadonlyMap<string, readonly Occurrence[]>): Occurrence[] {
  const all = new Set<Occurrence>();
  const seen = new Set<string>();
  for (const o of occurrences) {
    if (seen.has(o.uid)) continue;
    seen.add(o.uid);
    for (const copy of byUid.get(o.uid) ?? [o]) all.add(copy);
  }
  return sortOccurrences([...all]);
}
