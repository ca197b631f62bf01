import fc from 'fast-check';
import type { Dependency } from '../../../src/rules/internal/dependencies.js';
import { NO_GAP } from '../../../src/rules/internal/gap.js';
import { findRings } from '../../../src/rules/internal/rings.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

const nodes = Array.from({ length: 7 }, (_, i) => occ({ calendar: 'x', uid: `n${i}`, start: `2022-05-${String(10 + i).padStart(2, '0')} 09:00`, summary: `M${i}` }));

function edge(from: number, to: number, rule = 'r'): Dependency {
  return {
    dependent: nodes[from]!,
    prerequisite: nodes[to]!,
    relation: 'FINISHTOSTART',
    minGap: NO_GAP,
    maxGap: null,
    pairedBy: 'rule',
    link: rule,
    rule,
  };
}

describe('findRings', () => {
  test('a chain has no ring', () => {
    expect(findRings([edge(2, 1), edge(1, 0)]).rings).toEqual([]);
  });

  test('a self-contained pair, and the owner is the smallest rule id', () => {
    const { rings } = findRings([edge(0, 1, 'b'), edge(1, 0, 'a')]);
    expect(rings.map((r) => [r.members.map((o) => o.uid), r.path.map((o) => o.uid), r.owner])).toEqual([[['n0', 'n1'], ['n0', 'n1', 'n0'], 'a']]);
  });

  test('copies of one meeting on two calendars are one node', () => {
    const copy = occ({ calendar: 'y', uid: 'n0', start: '2022-05-10 09:00', summary: 'M0' });
    const ring = findRings([edge(1, 0), { ...edge(0, 1), dependent: copy }]).rings;
    expect(ring).toHaveLength(1);
    expect(ring[0]!.members.map((o) => o.key)).toEqual(['x/n0', 'x/n1']);
  });

  test('properties: two meetings share a ring exactly when each reaches the other (brute-force closure)', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { maxLength: 20 });
    fc.assert(
      fc.property(pairs, (list) => {
        const edges = list.filter(([a, b]) => a !== b).map(([a, b]) => edge(a, b));
        const reach = Array.from({ length: 7 }, (_, i) => Array.from({ length: 7 }, (_, j) => i === j));
        for (const e of edges) reach[Number(e.dependent.uid.slice(1))]![Number(e.prerequisite.uid.slice(1))] = true;
        for (let k = 0; k < 7; k += 1) for (let i = 0; i < 7; i += 1) for (let j = 0; j < 7; j += 1) if (reach[i]![k] && reach[k]![j]) reach[i]![j] = true;
        const { rings, inRing } = findRings(edges);
        const ringOf = new Map<string, number>();
        rings.forEach((r, n) => r.members.forEach((m) => ringOf.set(m.uid, n)));
        for (let i = 0; i < 7; i += 1) {
          for (let j = 0; j < 7; j += 1) {
            if (i === j) continue;
            const together = ringOf.has(`n${i}`) && ringOf.get(`n${i}`) === ringOf.get(`n${j}`);
            expect(together).toBe(reach[i]![j]! && reach[j]![i]!);
          }
        }
        for (const e of edges) {
          const a = Number(e.dependent.uid.slice(1));
          const b = Number(e.prerequisite.uid.slice(1));
          expect(inRing(e)).toBe(reach[b]![a]!);
        }
        for (const r of rings) {
          // The path goes round: it starts and ends at the first member, and each step is an edge.
          expect(r.path[0]).toBe(r.members[0]);
          expect(r.path[r.path.length - 1]).toBe(r.members[0]);
          for (let s = 0; s + 1 < r.path.length; s += 1) {
            expect(edges.some((e) => e.dependent.uid === r.path[s]!.uid && e.prerequisite.uid === r.path[s + 1]!.uid)).toBe(true);
          }
        }
      }),
    );
  });
});
