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
