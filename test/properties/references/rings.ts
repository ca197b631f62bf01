/**
 * Brute-force rings for the ordering references (README `follows`: "Dependency rings (A after B after A,
 * across rules and links) give one `order-cycle` finding and are never looped on"): two meetings are in
 * one ring when each can reach the other along dependent → prerequisite edges. Reachability is found by
 * a plain search from every meeting, no Tarjan.
 */

/** A dependent → prerequisite edge between meeting ids. */
export interface Edge {
  readonly dependent: string;
  readonly prerequisite: string;
}

/**
 * The rings among the edges.
 * @returns each ring as its sorted meeting ids, and whether an edge lies inside a ring
 */
export function ringsOf(edges: readonly Edge[]): { readonly rings: readonly (readonly string[])[]; readonly inRing: (edge: Edge) => boolean } {
  const nodes = [...new Set(edges.flatMap((e) => [e.dependent, e.prerequisite]))];
  const reach = new Map<string, Set<string>>();
  for (const node of nodes) {
    const seen = new Set<string>();
    const todo = [node];
    while (todo.length > 0) {
      const at = todo.pop()!;
      for (const e of edges) if (e.dependent === at && !seen.has(e.prerequisite)) (seen.add(e.prerequisite), todo.push(e.prerequisite));
    }
    reach.set(node, seen);
  }
  const together = (a: string, b: string) => a !== b && reach.get(a)!.has(b) && reach.get(b)!.has(a);
  const rings = new Map<string, string[]>();
  for (const node of nodes) {
    const members = nodes.filter((other) => other === node || together(node, other)).sort();
    if (members.length > 1) rings.set(members.join(' '), members);
  }
  return { rings: [...rings.values()], inRing: (e) => together(e.dependent, e.prerequisite) };
}

/** An edge of some rule, with the finding it gives unless it lies inside a ring (null: none). */
export interface PendingEdge<F> extends Edge {
  readonly rule: string;
  readonly finding: F | null;
}

/**
 * Settles the edges of every ordering rule of a check together (README: rings "across rules and links"):
 * an edge inside a ring gives nothing of its own; each ring gives one finding, reported by the rule with
 * the smallest id among the ring's edges.
 * @param cycle - the ring's finding, from its owner and its sorted members
 */
export function settle<F>(edges: readonly PendingEdge<F>[], cycle: (owner: string, members: readonly string[]) => F): F[] {
  const { rings, inRing } = ringsOf(edges);
  const out: F[] = [];
  for (const e of edges) if (e.finding !== null && !inRing(e)) out.push(e.finding);
  for (const ring of rings) {
    const owner = edges.filter((e) => ring.includes(e.dependent) && ring.includes(e.prerequisite) && inRing(e)).map((e) => e.rule).sort()[0]!;
    out.push(cycle(owner, ring));
  }
  return out;
}
