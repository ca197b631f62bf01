/**
 * Brute-force reference for `follows` (README “Rules”, `follows` paragraph, and “Working-day gaps”):
 * every held dependent meeting (copies once) is paired with a held prerequisite of the same cycle period
 * (report zone; `none`: any) — the latest one it already comes late enough after (its end + minGap ≤ the
 * dependent's start), else the latest one starting before it, else the earliest one of the period;
 * `order` when it is not late enough, `order-late` when it starts later than maxGap allows,
 * `order-missing` when the period holds no prerequisite or only cancelled ones. Several rules may close
 * rings (A after B after A): the meetings of a ring give one `order-cycle`, reported by the rule with the
 * smallest id among the ring's edges, and the edges inside a ring give no `order` / `order-late`.
 *
 * Working-day gaps, day by day: day 0 is the day (report zone) the prerequisite ends, an end at 00:00
 * closing the day before; W_n is the n-th working day after it (chinese-days data under the config's
 * `holidays`, `isWorkingDay`).
 * `minGap {workingDays: n}`: the dependent may start from 00:00 of W_n (n = 0: from the end);
 * `maxGap {workingDays: n}`: it must start before 00:00 of the day after W_n (W_0 = day 0). A count
 * that meets a day of a year the data does not cover stops there (`unknownFrom`, `left` days still to
 * count); under any arrangement W_n then falls from `unknownFrom` + (left − 1) days (every day working,
 * QH-2) to `unknownFrom` + (2·left + 9) days (two days each plus one ten-day break, QF-4). `minGap`: a
 * dependent starting before the earliest W_n is certainly too early (`order`), one from the latest W_n on
 * is in order, one between undetermined; `maxGap`: a start before the end of the earliest W_n is certainly
 * in time, one after the latest late (`order-late`), one between undetermined. When pairing, an unknown
 * bound counts as satisfied only from the latest W_n on.
 *
 * Written for prerequisites with distinct starts ("latest" is unambiguous) and selectors that no
 * meeting matches both of.
 */
import { DateTime, Duration } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { settle, type PendingEdge } from './rings.js';
import { isWorkingDay, type UserHolidays } from './working-days.js';

export interface FollowsFinding {
  readonly rule: string;
  readonly kind: 'order' | 'order-late' | 'order-missing' | 'order-cycle';
  readonly dependent: string;
  /** The prerequisite meeting, the period (`YYYY-MM-DD` of its first day, `*`) with the cancelled count for order-missing, the ring's other members. */
  readonly other: string;
  /** The finding says the order could not be judged (a year with no known arrangement). */
  readonly undetermined: boolean;
  /** `order`: the earliest compliant start (epoch ms; README "the suggestion is the earliest compliant start"), null when unknown; otherwise null. */
  readonly earliest?: number | null;
  /** `order-late`: the latest allowed start — epoch ms for a duration, W_n (`YYYY-MM-DD`) for working days, `` when unknown. */
  readonly latest?: number | string;
}

export type Cycle = 'year' | 'quarter' | 'month' | 'week' | 'none';
export type GapSpec = string | { readonly workingDays: number };

export interface FollowsRuleSpec {
  readonly id: string;
  readonly isDependent: (o: Occurrence) => boolean;
  readonly isPrerequisite: (o: Occurrence) => boolean;
  readonly cycle: Cycle;
  readonly minGap: GapSpec;
  readonly maxGap: GapSpec | null;
}

const periodOf = (t: DateTime, cycle: Cycle): string =>
  cycle === 'none' ? '*' : cycle === 'week' ? t.startOf('week').toISODate()! : t.startOf(cycle).toISODate()!;

/** A bound: known instant, or the first day (`YYYY-MM-DD`) a working-day count could not judge. */
type Bound = { readonly known: true; readonly at: number } | { readonly known: false; readonly unknownFrom: string; readonly left: number };

/** W_n at the earliest / at the latest under any arrangement, for a count that stopped at `unknownFrom` (day offsets from it). */
const possibleDay = (unknown: { readonly unknownFrom: string; readonly left: number }, which: 'earliest' | 'latest'): string =>
  DateTime.fromISO(unknown.unknownFrom, { zone: 'utc' }).plus({ days: which === 'earliest' ? unknown.left - 1 : 2 * unknown.left + 9 }).toISODate()!;

const midnightOf = (date: string, zone: string) => DateTime.fromISO(date, { zone }).toMillis();

/** W_n after the day the prerequisite ends, or the unknown day the count met. */
function nthWorkingDay(end: DateTime, n: number, zone: string, user: UserHolidays | undefined): { known: true; date: string } | { known: false; unknownFrom: string; left: number } {
  const local = end.setZone(zone);
  let day = (local.equals(local.startOf('day')) ? local.minus({ days: 1 }) : local).toISODate()!;
  for (let left = n; left > 0; ) {
    day = DateTime.fromISO(day, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
    const work = isWorkingDay(day, user);
    if (work === null) return { known: false, unknownFrom: day, left };
    if (work) left -= 1;
  }
  return { known: true, date: day };
}

function earliest(end: DateTime, gap: GapSpec, zone: string, user: UserHolidays | undefined): Bound {
  if (typeof gap === 'string') return { known: true, at: end.plus(Duration.fromISO(gap)).toMillis() };
  if (gap.workingDays === 0) return { known: true, at: end.toMillis() };
  const w = nthWorkingDay(end, gap.workingDays, zone, user);
  return w.known ? { known: true, at: midnightOf(w.date, zone) } : w;
}

/** For maxGap: the first start that is too late (a duration allows a start exactly at end + gap). */
function tooLateFrom(end: DateTime, gap: GapSpec, zone: string, user: UserHolidays | undefined): Bound {
  if (typeof gap === 'string') return { known: true, at: end.plus(Duration.fromISO(gap)).toMillis() + 1 };
  const w = nthWorkingDay(end, gap.workingDays, zone, user);
  return w.known ? { known: true, at: DateTime.fromISO(w.date, { zone }).plus({ days: 1 }).toMillis() } : w;
}

/**
 * The edges of the rules (each with the finding it gives outside a ring) and their `order-missing`
 * findings, before rings are settled.
 */
export function followsPending(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  rules: readonly FollowsRuleSpec[],
  zone: string,
  user?: UserHolidays,
): { readonly edges: PendingEdge<FollowsFinding>[]; readonly missing: FollowsFinding[] } {
  const held = new Set(occurrences.filter((o) => o.status !== 'cancelled').map((o) => meetingOf.get(o.key)!));
  const once = (pick: (o: Occurrence) => boolean) => {
    const map = new Map<string, Occurrence>();
    for (const o of occurrences) if (pick(o) && !map.has(meetingOf.get(o.key)!)) map.set(meetingOf.get(o.key)!, o);
    return [...map];
  };
  const missing: FollowsFinding[] = [];
  const edges: PendingEdge<FollowsFinding>[] = [];
  for (const rule of rules) {
    const prerequisites = once(rule.isPrerequisite);
    const dependents = once(rule.isDependent).filter(([id]) => held.has(id));
    for (const [dependent, d] of dependents) {
      const period = periodOf(d.start.setZone(zone), rule.cycle);
      const inPeriod = prerequisites.filter(([id, p]) => id !== dependent && periodOf(p.start.setZone(zone), rule.cycle) === period);
      const live = inPeriod.filter(([id]) => held.has(id));
      const carried = carriedOver(rule, dependent, d, prerequisites.filter(([id]) => held.has(id)), dependents, zone, user, occurrences, meetingOf);
      if (carried !== null && !live.some(([, p]) => p.start < d.start)) {
        const [prerequisite, p] = carried;
        edges.push({ rule: rule.id, dependent, prerequisite, finding: verdict(rule, dependent, prerequisite, d, p, zone, user) });
        continue;
      }
      if (live.length === 0) {
        missing.push({ rule: rule.id, kind: 'order-missing', dependent, other: `${period} cancelled=${inPeriod.length}`, undetermined: false });
        continue;
      }
      const latestFirst = [...live].sort(([, a], [, b]) => b.start.toMillis() - a.start.toMillis());
      const satisfied = ([, p]: [string, Occurrence]) => {
        const bound = earliest(p.end, rule.minGap, zone, user);
        return (bound.known ? bound.at : midnightOf(possibleDay(bound, 'latest'), zone)) <= d.start.toMillis();
      };
      const [prerequisite, p] = latestFirst.find(satisfied) ?? latestFirst.find(([, c]) => c.start < d.start) ?? latestFirst[latestFirst.length - 1]!;
      edges.push({ rule: rule.id, dependent, prerequisite, finding: verdict(rule, dependent, prerequisite, d, p, zone, user) });
    }
  }
  return { edges, missing };
}

/**
 * README “follows”, carried over: the previous period's latest held prerequisite, when it can only be
 * followed in the next period (its earliest compliant start lies there, or no working day of its period
 * comes after the day it ends, counted from the day before that earliest start when later) and no
 * dependent of its own period starts at or after it; it pairs with the next period's earliest
 * dependents (every one starting at that first start) and every one starting in reach: with maxGap,
 * before maxGap ends; without, before the end of the fifth working day after the earliest start's day.
 * Any other latest prerequisite of the previous period, with maxGap only, pairs with the dependents
 * starting before maxGap ends and before the end of the period's fifth working day (QF-2), when the
 * period holds no held prerequisite starting within that reach (QG-12) and the dependent's calendar did not
 * follow it in its period (QF-21).
 * Null when nothing is carried to this dependent. Day by day, with the working-days reference.
 */
function carriedOver(
  rule: FollowsRuleSpec,
  dependent: string,
  d: Occurrence,
  held: readonly [string, Occurrence][],
  dependents: readonly [string, Occurrence][],
  zone: string,
  user: UserHolidays | undefined,
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
): [string, Occurrence] | null {
  if (rule.cycle === 'none') return null;
  const period = periodOf(d.start.setZone(zone), rule.cycle);
  const previous = periodOf(DateTime.fromISO(period, { zone }).minus({ milliseconds: 1 }), rule.cycle);
  const candidates = held.filter(([id, p]) => id !== dependent && periodOf(p.start.setZone(zone), rule.cycle) === previous);
  if (candidates.length === 0) return null;
  const [id, p] = [...candidates].sort(([, a], [, b]) => b.start.toMillis() - a.start.toMillis())[0]!;
  const bound = earliest(p.end, rule.minGap, zone, user);
  // An earliest start counted into a year nobody knows yet: carried when that year begins after the
  // prerequisite's period (QC-5) — only to the next period's first dependents, as no reach is known.
  let atEnd = !(!bound.known && periodOf(DateTime.fromISO(possibleDay(bound, 'earliest'), { zone }), rule.cycle) === previous);
  const boundLocal = bound.known ? DateTime.fromMillis(bound.at, { zone }) : null;
  if (boundLocal !== null && periodOf(boundLocal, rule.cycle) === previous) {
    const endLocal = p.end.setZone(zone);
    const endDay = (endLocal.equals(endLocal.startOf('day')) ? endLocal.minus({ days: 1 }) : endLocal).toISODate()!;
    const dayBefore = boundLocal.startOf('day').minus({ days: 1 }).toISODate()!;
    let day = dayBefore > endDay ? dayBefore : endDay;
    for (;;) {
      day = DateTime.fromISO(day, { zone: 'utc' }).plus({ days: 1 }).toISODate()!;
      const work = isWorkingDay(day, user);
      // Unknown from here: what matters is whether it is still the prerequisite's period.
      if (work === null || work) break;
    }
    if (periodOf(DateTime.fromISO(day, { zone }), rule.cycle) === previous) atEnd = false;
  }
  const followed = dependents.some(([, o]) => periodOf(o.start.setZone(zone), rule.cycle) === previous && o.start >= p.start);
  if (!atEnd || followed) {
    // QF-2: otherwise, with maxGap only, to the dependents within it and within the period's first five
    // working days (counted from the period's last day before; unknown: at least ten calendar days).
    if (rule.maxGap === null) return null;
    const periodStart = DateTime.fromISO(period, { zone });
    const open = nthWorkingDay(periodStart, 5, zone, user);
    const opening = open.known
      ? DateTime.fromISO(open.date, { zone }).plus({ days: 1 }).toMillis()
      : Math.max(DateTime.fromISO(possibleDay(open, 'earliest'), { zone }).plus({ days: 1 }).toMillis(), periodStart.plus({ days: 10 }).toMillis());
    if (d.start.toMillis() >= opening) return null;
    // QF-21: not to an office that followed it in its own period.
    const late = tooLateFrom(p.end, rule.maxGap, zone, user);
    const gap = rule.maxGap;
    const reach = late.known
      ? late.at
      : Math.max(DateTime.fromISO(possibleDay(late, 'earliest'), { zone }).plus({ days: 1 }).toMillis(), typeof gap === 'string' ? -Infinity : p.end.plus({ days: 2 * gap.workingDays }).toMillis());
    // QG-12: only a held prerequisite of its own starting within the carried one's reach blocks it.
    if (held.some(([other, o]) => other !== dependent && periodOf(o.start.setZone(zone), rule.cycle) === period && o.start.toMillis() < reach)) return null;
    // The calendars holding a meeting's copies (as the rule reads them: the dependent selector).
    const calendarsOf = (id: string) => new Set(occurrences.filter((o) => meetingOf.get(o.key) === id && o.status !== 'cancelled' && rule.isDependent(o)).map((o) => o.calendar.id));
    const mine = calendarsOf(dependent);
    if (dependents.some(([id, o]) => periodOf(o.start.setZone(zone), rule.cycle) === previous && o.start >= p.start && [...calendarsOf(id)].some((c) => mine.has(c)))) return null;
  } else {
    const first = Math.min(...dependents.filter(([, o]) => periodOf(o.start.setZone(zone), rule.cycle) === period).map(([, o]) => o.start.toMillis()));
    if (d.start.toMillis() === first) return [id, p];
  }
  // Where the count meets an unknown year, the reach is as long as n working days can plausibly last
  // (QC-42, QD-2): up to the end of the earliest day W_n could fall on, and at least 2n calendar days.
  if (rule.maxGap === null) {
    // Five working days after the day of the earliest compliant start, to the end of the fifth.
    const from = bound.known ? bound.at : midnightOf(possibleDay(bound, 'earliest'), zone);
    const burst = nthWorkingDay(DateTime.fromMillis(from, { zone }).plus({ milliseconds: 1 }), 5, zone, user);
    const reach = burst.known
      ? DateTime.fromISO(burst.date, { zone }).plus({ days: 1 }).toMillis()
      : Math.max(DateTime.fromISO(possibleDay(burst, 'earliest'), { zone }).plus({ days: 1 }).toMillis(), DateTime.fromMillis(from, { zone }).plus({ days: 10 }).toMillis());
    return d.start.toMillis() < reach ? [id, p] : null;
  }
  const late = tooLateFrom(p.end, rule.maxGap, zone, user);
  const gap = rule.maxGap;
  const reach = late.known
    ? late.at
    : Math.max(DateTime.fromISO(possibleDay(late, 'earliest'), { zone }).plus({ days: 1 }).toMillis(), typeof gap === 'string' ? -Infinity : p.end.plus({ days: 2 * gap.workingDays }).toMillis());
  return d.start.toMillis() < reach ? [id, p] : null;
}

/** What one pair gives: `order`, `order-late`, or nothing. */
function verdict(rule: FollowsRuleSpec, dependent: string, prerequisite: string, d: Occurrence, p: Occurrence, zone: string, user: UserHolidays | undefined): FollowsFinding | null {
  const start = d.start.toMillis();
  const finding = (kind: 'order' | 'order-late', undetermined: boolean, at: number | null = null): FollowsFinding => ({ rule: rule.id, kind, dependent, other: prerequisite, undetermined, earliest: at });
  const bound = earliest(p.end, rule.minGap, zone, user);
  if (!bound.known && start < midnightOf(possibleDay(bound, 'latest'), zone)) return finding('order', start >= midnightOf(possibleDay(bound, 'earliest'), zone));
  if (bound.known && start < bound.at) return finding('order', false, bound.at);
  if (rule.maxGap === null) return null;
  const late = tooLateFrom(p.end, rule.maxGap, zone, user);
  if (!late.known) {
    // QF-4: past the latest day W_n could fall on — the working days left take at most two calendar
    // days each, plus one break of ten days off — it is late under any arrangement.
    const lastPossible = possibleDay(late, 'latest');
    if (start >= DateTime.fromISO(lastPossible, { zone }).plus({ days: 1 }).toMillis()) return { ...finding('order-late', false), latest: lastPossible };
    // QH-2: before the end of the earliest day W_n could fall on it is in time under any arrangement.
    return start >= DateTime.fromISO(possibleDay(late, 'earliest'), { zone }).plus({ days: 1 }).toMillis() ? { ...finding('order-late', true), latest: '' } : null;
  }
  if (start < late.at) return null;
  // README: order-late's latestStart is the date of W_n for working days, else the instant end + maxGap.
  const latest = typeof rule.maxGap === 'string' ? late.at - 1 : DateTime.fromMillis(late.at - 1, { zone }).toISODate()!;
  return { ...finding('order-late', false), latest };
}

/** The ring finding of the follows reference. */
export const followsCycle = (owner: string, members: readonly string[]): FollowsFinding => ({
  rule: owner,
  kind: 'order-cycle',
  dependent: members[0]!,
  other: members.slice(1).join(' '),
  undetermined: false,
});

export function followsReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  rules: readonly FollowsRuleSpec[],
  zone: string,
  user?: UserHolidays,
): FollowsFinding[] {
  const { edges, missing } = followsPending(occurrences, meetingOf, rules, zone, user);
  return [...missing, ...settle(edges, followsCycle)];
}
