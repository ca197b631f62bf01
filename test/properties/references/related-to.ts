/**
 * Brute-force reference for `related-to` (README “Rules” and the rule's JSDoc), RELATED-TO part: each
 * held dependent meeting's link (RFC 9253 §9.1, on the dependent, naming the prerequisite's UID) is
 * checked against the meetings with that UID — a single event, or every instance of a recurring series
 * (RECURRENCE-ID overrides at their own times) — paired as `follows` pairs them ("Pairing among several
 * instances of the target is as in `follows`"): the latest instance the dependent already satisfies,
 * else the latest starting before it, else the earliest. FINISHTOSTART (and DEPENDS-ON) needs dependent
 * start ≥ prerequisite end + GAP, STARTTOSTART start ≥ start + GAP, FINISHTOFINISH end ≥ end + GAP,
 * STARTTOFINISH end ≥ start + GAP. A target that is not loaded is ignored; one whose meetings are all
 * cancelled gives `order-missing`. A meeting is held when any of its copies is not cancelled (copies of
 * one meeting on several calendars count once). Links may form rings: meetings that depend on each other
 * round a ring give one `order-cycle`, and the edges inside it no `order` (brute-force rings, rings.ts).
 * Written for instances of one UID with distinct starts.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import { settle, type PendingEdge } from './rings.js';

export interface RelatedFinding {
  /** The rule that reports it (a ring: the smallest rule id among its edges). */
  readonly rule: string;
  readonly kind: 'order' | 'order-missing' | 'order-cycle';
  readonly dependent: string;
  /** The prerequisite meeting (order), the target UID (order-missing), the ring's other members (order-cycle). */
  readonly other: string;
  readonly relation: string;
  /** `order`: the earliest compliant start of the dependent (epoch ms): the bound plus GAP, less the dependent's length for *TOFINISH. */
  readonly earliest?: number;
}

interface Meeting {
  readonly id: string;
  readonly uid: string;
  readonly start: number;
  readonly end: number;
  readonly held: boolean;
  readonly links: Occurrence['relations'];
}

const TEMPORAL: Readonly<Record<string, string>> = {
  FINISHTOSTART: 'FINISHTOSTART',
  STARTTOSTART: 'STARTTOSTART',
  FINISHTOFINISH: 'FINISHTOFINISH',
  STARTTOFINISH: 'STARTTOFINISH',
  'DEPENDS-ON': 'FINISHTOSTART',
};

/**
 * The links' edges (each with the `order` it gives outside a ring) and their `order-missing` findings,
 * before rings are settled.
 */
export function relatedToPending(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  rule: string,
): { readonly edges: PendingEdge<RelatedFinding>[]; readonly missing: RelatedFinding[] } {
  const byId = new Map<string, Occurrence[]>();
  for (const o of occurrences) byId.set(meetingOf.get(o.key)!, [...(byId.get(meetingOf.get(o.key)!) ?? []), o]);
  const meetings: Meeting[] = [...byId].map(([id, copies]) => ({
    id,
    uid: copies[0]!.uid,
    start: copies[0]!.start.toMillis(),
    end: copies[0]!.end.toMillis(),
    held: copies.some((c) => c.status !== 'cancelled'),
    links: copies[0]!.relations,
  }));
  const satisfied = (d: Meeting, p: Meeting, relation: string, gap: number): boolean => {
    const [mine, theirs] =
      relation === 'FINISHTOSTART' ? [d.start, p.end] : relation === 'STARTTOSTART' ? [d.start, p.start] : relation === 'FINISHTOFINISH' ? [d.end, p.end] : [d.end, p.start];
    return mine >= theirs + gap;
  };
  const missing: RelatedFinding[] = [];
  const edges: PendingEdge<RelatedFinding>[] = [];
  for (const d of meetings) {
    if (!d.held) continue;
    for (const link of d.links) {
      const relation = TEMPORAL[link.relType];
      if (relation === undefined || link.target === d.uid) continue;
      const targets = meetings.filter((m) => m.uid === link.target && m.id !== d.id);
      if (targets.length === 0) continue;
      const held = targets.filter((m) => m.held);
      if (held.length === 0) {
        missing.push({ rule, kind: 'order-missing', dependent: d.id, other: link.target, relation: 'FINISHTOSTART' });
        continue;
      }
      const gap = link.gap?.toMillis() ?? 0;
      const latestFirst = [...held].sort((a, b) => b.start - a.start);
      const p =
        latestFirst.find((m) => satisfied(d, m, relation, gap)) ?? latestFirst.find((m) => m.start < d.start) ?? latestFirst[latestFirst.length - 1]!;
      const bound = relation === 'FINISHTOSTART' || relation === 'FINISHTOFINISH' ? p.end : p.start;
      const earliest = bound + gap - (relation === 'FINISHTOFINISH' || relation === 'STARTTOFINISH' ? d.end - d.start : 0);
      const finding = satisfied(d, p, relation, gap) ? null : { rule, kind: 'order' as const, dependent: d.id, other: p.id, relation, earliest };
      edges.push({ rule, dependent: d.id, prerequisite: p.id, finding });
    }
  }
  return { edges, missing };
}

/** The ring finding of the related-to reference. */
export const relatedCycle = (owner: string, members: readonly string[]): RelatedFinding => ({
  rule: owner,
  kind: 'order-cycle',
  dependent: members[0]!,
  other: members.slice(1).join(' '),
  relation: '',
});

export function relatedToReference(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>, rule = 'test'): RelatedFinding[] {
  const { edges, missing } = relatedToPending(occurrences, meetingOf, rule);
  return [...missing, ...settle(edges, relatedCycle)];
}
