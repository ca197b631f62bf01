/**
 * Where the ordering rules can change their verdict on a meeting being moved: whether a dependent
 * comes late enough after some prerequisite changes only when its start passes a prerequisite's
 * start or end plus a gap (for each RFC 9253 §9.1 relation type, on the start or the end of the
 * meeting), crosses into another pairing period (`cycle`), or — for gaps counted in working days —
 * passes a midnight. Between two such edges an `order`,
 * `order-late` or `order-missing` verdict holds, so the search may jump to the next edge.
 */
import { DateTime, Duration } from 'luxon';
import type { Occurrence } from '../../model/occurrence.js';
import type { PairingCycle } from '../../model/rule-config.js';
import type { PreparedCheck } from '../../check/check-proposal.js';

/** The edges of one search. */
export interface OrderingEdges {
  /**
   * Where the verdict may next differ from the one at `ms`: the first edge after `ms`, or `ms + 1`
   * when `ms` is an edge itself (a verdict may change right after an edge as well as at it, e.g.
   * when a prerequisite must start strictly before); Infinity when it cannot change any more.
   */
  nextAfter(ms: number): number;
  /**
   * As {@link nextAfter}, but leaving out the midnights of working-day gaps: where the pairing of
   * the meeting with its prerequisites may next change. A verdict that does not depend on the
   * meeting's day — an order undetermined for want of a holiday arrangement — holds until then.
   */
  nextPairingAfter(ms: number): number;
}

/**
 * The ordering edges for a meeting of a given length.
 * @param prepared - the prepared check
 * @param proposed - the meeting (its own RELATED-TO targets count as prerequisites)
 * @param length - its length in ms
 * @returns the edges
 */
export function orderingEdges(prepared: PreparedCheck, proposed: Occurrence, length: number): OrderingEdges {
  // Without links of its own, a meeting's edges depend only on its length: built once per length.
  const cacheable = proposed.relations.length === 0;
  let byLength = cache.get(prepared);
  if (byLength === undefined) {
    byLength = new Map();
    cache.set(prepared, byLength);
  }
  const known = cacheable ? byLength.get(length) : undefined;
  if (known !== undefined) return known;
  const built = buildEdges(prepared, proposed, length);
  if (cacheable) byLength.set(length, built);
  return built;
}

const cache = new WeakMap<PreparedCheck, Map<number, OrderingEdges>>();

function buildEdges(prepared: PreparedCheck, proposed: Occurrence, length: number): OrderingEdges {
  const gaps = new Set<number>([0]);
  const cycles = new Set<Exclude<PairingCycle, 'none'>>();
  let midnights = false;
  for (const rule of prepared.rules) {
    if (rule.kind !== 'follows') continue;
    for (const gap of [rule.minGap, rule.maxGap] as readonly unknown[]) {
      if (typeof gap === 'string') {
        const duration = Duration.fromISO(gap);
        if (duration.isValid) gaps.add(duration.toMillis());
      } else if (gap !== undefined) {
        // A gap in working days (`{ workingDays: n }`) ends at a midnight of the working calendar.
        midnights = true;
      }
    }
    if (rule.cycle !== undefined && rule.cycle !== 'none') cycles.add(rule.cycle);
  }
  const targets = new Set(proposed.relations.map((r) => r.target));
  const others: Occurrence[] = [...prepared.orderingCandidates];
  if (targets.size > 0) for (const o of prepared.occurrences) if (targets.has(o.uid)) others.push(o);
  for (const o of [...others, proposed]) for (const r of o.relations) if (r.gap !== null) gaps.add(r.gap.toMillis());

  const edges: number[] = [];
  for (const o of others) {
    for (const bound of [o.start.toMillis(), o.end.toMillis()]) {
      for (const gap of gaps) edges.push(bound + gap, bound + gap - length);
    }
  }
  edges.sort((a, b) => a - b);
  const zone = prepared.zone;
  const pairing = (ms: number): number => {
    let lo = 0;
    let hi = edges.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (edges[mid]! < ms) lo = mid + 1;
      else hi = mid;
    }
    const edge = edges[lo] ?? Infinity;
    let next = edge === ms ? ms + 1 : edge;
    // A pairing period starts: its prerequisites are other ones.
    for (const cycle of cycles) {
      const unit = cycle;
      const boundary = DateTime.fromMillis(ms, { zone }).startOf(unit).plus({ [`${unit}s`]: 1 }).toMillis();
      next = Math.min(next, boundary);
    }
    return next;
  };
  return {
    nextAfter(ms) {
      const next = pairing(ms);
      return midnights ? Math.min(next, DateTime.fromMillis(ms, { zone }).startOf('day').plus({ days: 1 }).toMillis()) : next;
    },
    nextPairingAfter: pairing,
  };
}
