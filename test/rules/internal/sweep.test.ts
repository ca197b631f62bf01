import fc from 'fast-check';
import { overlappingPairs, overlappingPairsBy } from '../../../src/rules/internal/sweep.js';
import { overlaps } from '../../../src/time/interval.js';
import { at } from '../../helpers/occurrence.js';

const base = at('2022-05-10 00:00');

describe('overlappingPairs', () => {
  test('back-to-back and empty intervals give no pair', () => {
    const a = { start: base, end: base.plus({ hours: 1 }) };
    const b = { start: base.plus({ hours: 1 }), end: base.plus({ hours: 2 }) };
    const empty = { start: base.plus({ minutes: 30 }), end: base.plus({ minutes: 30 }) };
    expect(overlappingPairs([a, empty, b])).toEqual([]);
  });

  test('properties: equals the brute-force pairwise check', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 30 }), (list) => {
        const items = list
          .map(([s, len], id) => ({ id, start: base.plus({ minutes: s * 10 }), end: base.plus({ minutes: (s + len) * 10 }) }))
          .sort((x, y) => x.start.toMillis() - y.start.toMillis() || x.id - y.id);
        const expected: string[] = [];
        items.forEach((x, i) => items.forEach((y, j) => i < j && overlaps(x, y) && expected.push(`${x.id}-${y.id}`)));
        expect(overlappingPairs(items).map(([x, y]) => `${x.id}-${y.id}`).sort()).toEqual(expected.sort());
      }),
    );
  });

  test('overlappingPairsBy over epoch milliseconds: the brute-force pairs, in the documented order', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 30 }), (list) => {
        const items = list
          .map(([s, len], id) => ({ id, start: base.plus({ minutes: s * 10 }), end: base.plus({ minutes: (s + len) * 10 }), s: s * 10, e: (s + len) * 10 }))
          .sort((x, y) => x.s - y.s || x.id - y.id);
        // Brute force, listed in the documented order: by the later one's position, then the earlier one's.
        const expected: string[] = [];
        items.forEach((y, j) => items.forEach((x, i) => i < j && Math.max(x.s, y.s) < Math.min(x.e, y.e) && expected.push(`${x.id}-${y.id}`)));
        expect(overlappingPairsBy(items, (x) => x.s, (x) => x.e).map(([x, y]) => `${x.id}-${y.id}`)).toEqual(expected);
      }),
    );
  });
});
