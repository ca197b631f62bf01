/**
 * Dependency rings (A needs B needs A) in the ordering graph. Found with Tarjan's strongly
 * connected components, iteratively, so a ring is visited once and never followed round.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Dependency } from './dependencies.js';
import { compareOccurrences, meetingKey } from './occurrence-ref.js';

/** A set of meetings that all depend on one another. */
export interface Ring {
  /** The representative occurrence of every meeting in the ring, sorted by start then key. */
  readonly members: readonly Occurrence[];
  /** Every edge between members. */
  readonly edges: readonly Dependency[];
  /** One way round, from the earliest member back to it (first member repeated at the end). */
  readonly path: readonly Occurrence[];
  /** The smallest rule id among the edges: the rule that reports the ring (each ring once). */
  readonly owner: string;
}

/**
 * Finds every ring (strongly connected component of two or more meetings) among the edges.
 * Meetings are nodes by `meetingKey`, so copies on several calendars are one node.
 * @param edges - dependency edges of every enabled ordering rule
 * @returns the rings, and a test telling whether an edge lies inside one
 * @example
 * findRings([aAfterB, bAfterA]).rings[0]?.path.map((o) => o.summary)
 * //=> ['A', 'B', 'A']
 */
export function findRings(edges: readonly Dependency[]): { rings: Ring[]; inRing: (edge: Dependency) => boolean } {
  const next = new Map<string, string[]>();
  const occurrenceOf = new Map<string, Occurrence>();
  const remember = (o: Occurrence): string => {
    const key = meetingKey(o);
    const previous = occurrenceOf.get(key);
    if (previous === undefined || o.key < previous.key) occurrenceOf.set(key, o);
    if (!next.has(key)) next.set(key, []);
    return key;
  };
  for (const edge of edges) {
    const from = remember(edge.dependent);
    const to = remember(edge.prerequisite);
    next.get(from)?.push(to);
  }

  // Iterative Tarjan: index/lowlink per node, an explicit stack of (node, next child position).
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const component = new Map<string, number>();
  const components: string[][] = [];
  let counter = 0;
  for (const root of [...next.keys()].sort()) {
    if (index.has(root)) continue;
    const work: [string, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, position] = frame;
      const children = next.get(node) ?? [];
      if (position < children.length) {
        frame[1] += 1;
        const child = children[position]!;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter);
          counter += 1;
          stack.push(child);
          onStack.add(child);
          work.push([child, 0]);
        } else if (onStack.has(child)) {
          low.set(node, Math.min(low.get(node)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(node)!));
      if (low.get(node) === index.get(node)) {
        const members: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.set(member, components.length);
          members.push(member);
        } while (member !== node);
        components.push(members);
      }
    }
  }

  const inRing = (edge: Dependency): boolean => {
    const a = component.get(meetingKey(edge.dependent));
    const b = component.get(meetingKey(edge.prerequisite));
    return a !== undefined && a === b && (components[a]?.length ?? 0) > 1;
  };

  const rings: Ring[] = [];
  components.forEach((keys, id) => {
    if (keys.length < 2) return;
    const members = keys.map((k) => occurrenceOf.get(k)!).sort(compareOccurrences);
    const ringEdges = edges.filter((e) => component.get(meetingKey(e.dependent)) === id && inRing(e));
    const owner = ringEdges.map((e) => e.rule).sort()[0] ?? '';
    rings.push({ members, edges: ringEdges, path: walk(members, ringEdges, occurrenceOf), owner });
  });
  return { rings, inRing };
}

/** A shortest way round the ring from its first member (breadth-first inside the ring). */
function walk(members: readonly Occurrence[], edges: readonly Dependency[], occurrenceOf: ReadonlyMap<string, Occurrence>): Occurrence[] {
  const start = members[0];
  if (start === undefined) return [];
  const startKey = meetingKey(start);
  const next = new Map<string, string[]>();
  for (const e of edges) {
    const list = next.get(meetingKey(e.dependent)) ?? [];
    list.push(meetingKey(e.prerequisite));
    next.set(meetingKey(e.dependent), list);
  }
  for (const list of next.values()) list.sort();
  const parent = new Map<string, string>();
  const queue = [startKey];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const child of next.get(node) ?? []) {
      if (child === startKey) {
        const path = [startKey];
        for (let at: string | undefined = node; at !== undefined && at !== startKey; at = parent.get(at)) path.push(at);
        path.push(startKey);
        // Built backwards from the closing edge; read it forwards (each needs the next).
        const forward = [startKey, ...path.slice(1, -1).reverse(), startKey];
        return forward.map((k) => occurrenceOf.get(k)!);
      }
      if (!parent.has(child) && child !== startKey) {
        parent.set(child, node);
        queue.push(child);
      }
    }
  }
  return [start, start];
}
