/**
 * Brute-force reference for `related-to` (README “Rules” and the rule's JSDoc), RELATED-TO part: each
 * non-cancelled dependent's link (RFC 9253 §9.1, on the dependent, naming the prerequisite's UID) is
 * checked against the prerequisite meeting (copies once): FINISHTOSTART (and DEPENDS-ON) needs
 * dependent start ≥ prerequisite end + GAP, STARTTOSTART start ≥ start + GAP, FINISHTOFINISH end ≥
 * end + GAP, STARTTOFINISH end ≥ start + GAP; a target that is not loaded is ignored; one that exists
 * only as cancelled gives `order-missing`. Written for single (non-recurring) prerequisites and links
 * that form no ring.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';

export interface RelatedFinding {
  readonly kind: 'order' | 'order-missing';
  readonly dependent: string;
  /** The prerequisite meeting (order), or the target UID (order-missing). */
  readonly other: string;
  readonly relation: string;
}

export function relatedToReference(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>): RelatedFinding[] {
  const out: RelatedFinding[] = [];
  const seen = new Set<string>();
  for (const d of occurrences) {
    const dependent = meetingOf.get(d.key)!;
    if (seen.has(dependent) || d.status === 'cancelled') continue;
    seen.add(dependent);
    for (const link of d.relations) {
      const targets = occurrences.filter((o) => o.uid === link.target && meetingOf.get(o.key) !== dependent);
      if (targets.length === 0) continue;
      const held = targets.filter((o) => o.status !== 'cancelled');
      const relation = link.relType === 'DEPENDS-ON' ? 'FINISHTOSTART' : link.relType;
      if (held.length === 0) {
        out.push({ kind: 'order-missing', dependent, other: link.target, relation });
        continue;
      }
      const p = held[0]!;
      const gap = link.gap?.toMillis() ?? 0;
      const [mine, theirs] =
        relation === 'FINISHTOSTART' ? [d.start, p.end] : relation === 'STARTTOSTART' ? [d.start, p.start] : relation === 'FINISHTOFINISH' ? [d.end, p.end] : [d.end, p.start];
      if (mine.toMillis() < theirs.toMillis() + gap) out.push({ kind: 'order', dependent, other: meetingOf.get(p.key)!, relation });
    }
  }
  return out;
}
