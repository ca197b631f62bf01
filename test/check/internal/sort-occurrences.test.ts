import fc from 'fast-check';
import { DateTime } from 'luxon';
import { sortOccurrences } from '../../../src/check/internal/sort-occurrences.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { occurrence } from '../../helpers/occurrence.js';

/** The documented order, the slow way: start instant, then key in code-point order. */
function reference(occurrences: readonly Occurrence[]): Occurrence[] {
  return [...occurrences].sort(
    (a, b) => a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** An occurrence at an instant given in epoch ms, keyed `cal/uid`. */
function atMillis(ms: number, uid: string, calendar = 'cal'): Occurrence {
  const base = occurrence({ calendar, uid, start: '2022-05-10 09:00' });
  const start = DateTime.fromMillis(ms, { zone: 'Asia/Shanghai' });
  return { ...base, start, end: start.plus({ hours: 1 }) };
}

describe('sortOccurrences', () => {
  test('start first, then key; equal starts (copies on several calendars) by key', () => {
    const nine = Date.UTC(2022, 4, 10, 1);
    const input = [atMillis(nine + 3_600_000, 'a', 'party'), atMillis(nine, 'a', 'party'), atMillis(nine, 'a', 'gov'), atMillis(nine, 'b', 'gov')];
    expect(sortOccurrences(input).map((o) => `${o.key}@${o.start.toMillis() - nine}`)).toEqual([
      'gov/a@0',
      'gov/b@0',
      'party/a@0',
      'party/a@3600000',
    ]);
  });

  test('empty and single', () => {
    expect(sortOccurrences([])).toEqual([]);
    const one = atMillis(0, 'x');
    expect(sortOccurrences([one])).toEqual([one]);
  });

  test('property: the same order as the comparator sort, whole seconds or not, any span', () => {
    const instant = fc.oneof(
      // Whole minutes within a few days: the packed path, with many equal starts.
      fc.integer({ min: 0, max: 5_000 }).map((m) => Date.UTC(2022, 4, 10) + m * 60_000),
      // Milliseconds: the comparator path.
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((d) => Date.UTC(2022, 4, 10) + d),
      // Seconds over millennia.
      fc.integer({ min: -2e11, max: 2e11 }).map((s) => Date.UTC(2022, 4, 10) + s * 1000),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, fc.constantFrom('a', 'b', 'c', 'ab', 'B'), fc.constantFrom('gov', 'party', 'li')), { maxLength: 60 }), (specs) => {
        const seen = new Set<string>();
        const input = specs
          .map(([ms, uid, cal], i) => atMillis(ms, `${uid}${i % 7}`, cal))
          .filter((o) => !seen.has(o.key) && (seen.add(o.key), true));
        const sorted = sortOccurrences(input);
        expect(sorted.map((o) => o.key)).toEqual(reference(input).map((o) => o.key));
        expect(new Set(sorted)).toEqual(new Set(input));
      }),
    );
  });
});
