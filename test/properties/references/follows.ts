/**
 * Brute-force reference for `follows` (README “Rules”, `follows` paragraph): every non-cancelled
 * dependent meeting (copies once) is paired with a non-cancelled prerequisite of the same cycle period
 * (report zone; `none`: any) — the latest one it already comes late enough after (its end + minGap ≤
 * the dependent's start), else the latest one starting before it, else the earliest one of the
 * period; `order` when it is not late enough, `order-late` when it starts more than maxGap after the
 * prerequisite's end, `order-missing` when the period holds no prerequisite or only cancelled ones.
 * Written for prerequisites of one fixed length with distinct starts ("latest" by start = by end) and
 * disjoint selectors (no rings).
 */
import { DateTime, Duration } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';

export interface FollowsFinding {
  readonly kind: 'order' | 'order-late' | 'order-missing';
  readonly dependent: string;
  /** The prerequisite meeting, or the period (`YYYY-MM-DD` of its first day, `*`) with the cancelled count for order-missing. */
  readonly other: string;
}

export type Cycle = 'year' | 'quarter' | 'month' | 'week' | 'none';

const periodOf = (t: DateTime, cycle: Cycle): string =>
  cycle === 'none' ? '*' : cycle === 'week' ? t.startOf('week').toISODate()! : t.startOf(cycle).toISODate()!;

export function followsReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  isDependent: (o: Occurrence) => boolean,
  isPrerequisite: (o: Occurrence) => boolean,
  options: { readonly cycle: Cycle; readonly minGap: string; readonly maxGap: string | null; readonly zone: string },
): FollowsFinding[] {
  const minGap = Duration.fromISO(options.minGap).toMillis();
  const maxGap = options.maxGap === null ? null : Duration.fromISO(options.maxGap).toMillis();
  const once = (pick: (o: Occurrence) => boolean) => {
    const map = new Map<string, Occurrence>();
    for (const o of occurrences) if (pick(o) && !map.has(meetingOf.get(o.key)!)) map.set(meetingOf.get(o.key)!, o);
    return [...map];
  };
  const prerequisites = once(isPrerequisite);
  const out: FollowsFinding[] = [];
  for (const [dependent, d] of once((o) => isDependent(o) && o.status !== 'cancelled')) {
    const period = periodOf(d.start.setZone(options.zone), options.cycle);
    const inPeriod = prerequisites.filter(([id, p]) => id !== dependent && periodOf(p.start.setZone(options.zone), options.cycle) === period);
    const held = inPeriod.filter(([, p]) => p.status !== 'cancelled');
    if (held.length === 0) {
      out.push({ kind: 'order-missing', dependent, other: `${period} cancelled=${inPeriod.length}` });
      continue;
    }
    const latestFirst = [...held].sort(([, a], [, b]) => b.start.toMillis() - a.start.toMillis());
    const lateEnough = latestFirst.find(([, p]) => p.end.toMillis() + minGap <= d.start.toMillis());
    const startingBefore = latestFirst.find(([, p]) => p.start < d.start);
    const [prerequisite, p] = lateEnough ?? startingBefore ?? latestFirst[latestFirst.length - 1]!;
    if (p.end.toMillis() + minGap > d.start.toMillis()) out.push({ kind: 'order', dependent, other: prerequisite });
    else if (maxGap !== null && d.start.toMillis() - p.end.toMillis() > maxGap) out.push({ kind: 'order-late', dependent, other: prerequisite });
  }
  return out;
}
