import fc from 'fast-check';
import { overlappingPairs, overlappingPairsBy, reachOf } from '../../../src/rules/internal/sweep.js';
import { overlapsMillis, type Interval } from '../../../src/time/interval.js';
import { at } from '../../helpers/occurrence.js';

const base = at('2022-05-10 00:00');

/**
 * The documented semantics, written out case by case: half-open intervals; an instant t (end = start)
 * meets an interval [s, e) when s <= t < e, and an instant at the same t.
 */
function meet(as: number, ae: number, bs: number, be: number): boolean {
  if (as === ae && bs === be) return as === bs;
  if (as === ae) return bs <= as && as < be;
  if (bs === be) return as <= bs && bs < ae;
  return Math.max(as, bs) < Math.min(ae, be);
}
const shareMoment = (x: Interval, y: Interval): boolean => meet(x.start.toMillis(), x.end.toMillis(), y.start.toMillis(), y.end.toMillis());

describe('overlappingPairs', () => {
  test('back-to-back intervals give no pair, nor does an instant at the end of one', () => {
    const a = { start: base, end: base.plus({ hours: 1 }) };
    const b = { start: base.plus({ hours: 1 }), end: base.plus({ hours: 2 }) };
    const atEnd = { start: base.plus({ hours: 2 }), end: base.plus({ hours: 2 }) };
    expect(overlappingPairs([a, b, atEnd])).toEqual([]);
  });

  // QB-34: RFC 5545 §3.6.1 ends a start-only DATE-TIME event at its start; the meeting still happens then.
  test('an instant (end = start) pairs with the interval holding it and with an instant at the same time', () => {
    const a = { start: base, end: base.plus({ hours: 1 }) };
    const inside = { start: base.plus({ minutes: 30 }), end: base.plus({ minutes: 30 }) };
    const same = { start: base.plus({ minutes: 30 }), end: base.plus({ minutes: 30 }) };
    expect(overlappingPairs([a, inside, same])).toEqual([[a, inside], [a, same], [inside, same]]);
  });

  test('an instant at an interval\'s start pairs with it, whichever comes first among equal starts', () => {
    const a = { start: base, end: base.plus({ hours: 1 }) };
    const atStart = { start: base, end: base };
    expect(overlappingPairs([a, atStart])).toEqual([[a, atStart]]);
    expect(overlappingPairs([atStart, a])).toEqual([[atStart, a]]);
  });

  test('an end before the start overlaps nothing', () => {
    const a = { start: base, end: base.plus({ hours: 1 }) };
    const backwards = { start: base.plus({ minutes: 30 }), end: base.plus({ minutes: 10 }) };
    expect(overlappingPairs([a, backwards])).toEqual([]);
  });

  test('properties: equals the brute-force pairwise check', () => {
    const interval = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 30 }), (list) => {
        const items = list
          .map(([s, len], id) => ({ id, start: base.plus({ minutes: s * 10 }), end: base.plus({ minutes: (s + len) * 10 }) }))
          .sort((x, y) => x.start.toMillis() - y.start.toMillis() || x.id - y.id);
        const expected: string[] = [];
        items.forEach((x, i) => items.forEach((y, j) => i < j && shareMoment(x, y) && expected.push(`${x.id}-${y.id}`)));
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
        items.forEach((y, j) => items.forEach((x, i) => i < j && meet(x.s, x.e, y.s, y.e) && expected.push(`${x.id}-${y.id}`)));
        expect(overlappingPairsBy(items, (x) => x.s, (x) => x.e).map(([x, y]) => `${x.id}-${y.id}`)).toEqual(expected);
      }),
    );
  });
});

describe('overlapsMillis and reachOf', () => {
  test.each([
    ['09:00–11:00 × 10:00–12:00', 9, 11, 10, 12, true],
    ['09:00–10:00 × 10:00–11:00 (back to back)', 9, 10, 10, 11, false],
    ['09:00–11:00 × instant 09:30 (inside)', 9, 11, 9.5, 9.5, true],
    ['09:00–11:00 × instant 09:00 (at its start)', 9, 11, 9, 9, true],
    ['09:00–11:00 × instant 11:00 (at its end)', 9, 11, 11, 11, false],
    ['instant 09:00 × instant 09:00', 9, 9, 9, 9, true],
    ['instant 09:00 × instant 09:30', 9, 9, 9.5, 9.5, false],
    ['instant 09:00 × 09:00–10:00 reversed order', 9, 9, 9, 10, true],
    ['09:00–11:00 × backwards 10:00–09:30', 9, 11, 10, 9.5, false],
  ])('%s → %s', (_name, as, ae, bs, be, expected) => {
    const ms = (h: number) => base.plus({ minutes: h * 60 }).toMillis();
    expect(overlapsMillis(ms(as), ms(ae), ms(bs), ms(be))).toBe(expected);
    expect(overlapsMillis(ms(bs), ms(be), ms(as), ms(ae))).toBe(expected);
  });

  test('reachOf: the end of an interval; one millisecond past an instant', () => {
    expect(reachOf(1000, 5000)).toBe(5000);
    expect(reachOf(1000, 1000)).toBe(1001);
  });

  test('properties: overlapsMillis is the documented case analysis on whole milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 }), (as, al, bs, bl) => {
        expect(overlapsMillis(as, as + al, bs, bs + bl)).toBe(meet(as, as + al, bs, bs + bl));
      }),
    );
  });
});
