import fc from 'fast-check';
import { DateTime } from 'luxon';
import { sortOccurrences } from '../../../src/check/internal/sort-occurrences.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { scanOrder } from '../../../src/select/scan-order.js';
import type { CalendarInfo } from '../../../src/model/calendar.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { calendar, occurrence } from '../../helpers/occurrence.js';

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

  // Runs of equal starts are ordered by the rank of the calendar's key prefix `id/` when every key
  // has the loader's form; these cases are where a rank could disagree with the key.
  test('calendar ids that begin one another, or hold a slash, and keys of no particular form order by key', () => {
    const nine = Date.UTC(2022, 4, 10, 1);
    const shared = (id: string): CalendarInfo => calendar(id);
    const gov = shared('gov');
    const govX = shared('gov-x');
    const go = shared('go');
    const on = (cal: CalendarInfo, uid: string, key = `${cal.id}/${uid}`): Occurrence => ({ ...atMillis(nine, uid, cal.id), calendar: cal, key });
    // 'gov-x/…' < 'gov/…' < 'go/…' by code unit ('-' 0x2d < '/' 0x2f < 'v' 0x76), though 'go' < 'gov' < 'gov-x' as ids.
    const loaderKeyed = [on(go, 'a'), on(gov, 'b'), on(govX, 'a'), on(gov, 'a'), on(go, 'b')];
    expect(sortOccurrences(loaderKeyed).map((o) => o.key)).toEqual(['go/a', 'go/b', 'gov-x/a', 'gov/a', 'gov/b']);
    // One key not of the form `calendarId/…`: every run goes by key alone.
    const odd = [...loaderKeyed, on(gov, 'c', 'a-handmade-key')];
    expect(sortOccurrences(odd).map((o) => o.key)).toEqual(['a-handmade-key', 'go/a', 'go/b', 'gov-x/a', 'gov/a', 'gov/b']);
    // A calendar id with a slash: `a/b/x` and `a/c` — prefixes `a/b/` and `a/` would begin one another.
    const slashed = [on(shared('a'), 'c'), on(shared('a/b'), 'x'), on(shared('a'), 'b/y')];
    expect(sortOccurrences(slashed).map((o) => o.key)).toEqual(['a/b/x', 'a/b/y', 'a/c']);
  });

  test('property: ranks by calendar give the key order (shared calendar objects, ids that begin one another, odd keys)', () => {
    const ids = ['gov', 'gov-x', 'go', 'g', 'party', 'Party', '区委办', 'x/y', 'x'];
    const calendars = ids.map((id) => calendar(id));
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 3 }).map((m) => Date.UTC(2022, 4, 10) + m * 60_000),
            fc.integer({ min: 0, max: ids.length - 1 }),
            fc.constantFrom('a', 'b', 'ab', 'A', '/', 'z/1'),
            fc.boolean(),
          ),
          { maxLength: 60 },
        ),
        fc.boolean(),
        (specs, handKeyed) => {
          const seen = new Set<string>();
          const input = specs
            .map(([ms, c, uid, ownObject], i) => {
              const cal = ownObject ? calendar(ids[c]!) : calendars[c]!;
              const key = handKeyed && i % 5 === 0 ? `${uid}${i}` : `${cal.id}/${uid}${i % 4}`;
              return { ...atMillis(ms, uid, cal.id), calendar: cal, key };
            })
            .filter((o) => !seen.has(o.key) && (seen.add(o.key), true));
          const sorted = sortOccurrences(input);
          expect(sorted.map((o) => o.key)).toEqual(reference(input).map((o) => o.key));
          // The load order is remembered for the result: the input, and where each one went.
          const order = scanOrder(sorted);
          expect(order.occurrences).toEqual(input);
          input.forEach((o, i) => {
            expect(sorted[order.position[i]!]).toBe(o);
            expect(order.calendars[order.calendarOf[i]!]).toBe(o.calendar);
          });
        },
      ),
      propertyParameters(300),
    );
  });
});
