import fc from 'fast-check';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { disagreeingCopy } from '../../../src/rules/internal/meeting-copies.js';
import { sameEvent, sequenceOf, supersededBy } from '../../../src/rules/internal/occurrence-ref.js';
import { sharedUids } from '../../../src/rules/internal/shared-uids.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

const at = (calendar: string, uid: string, hour: number, sequence?: number, recurrenceId: string | null = null): Occurrence => ({
  ...occ({ calendar, uid, recurrenceId, start: `2022-06-15 ${String(hour).padStart(2, '0')}:00`, summary: '专题会议' }),
  ...(sequence === undefined ? {} : { sequence }),
});

describe('sharedUids', () => {
  test('only UIDs on two calendars or more, each with every occurrence in array order; revised when any has SEQUENCE > 0', () => {
    const party = at('party', 'm@qu.gov.cn', 9);
    const gov = at('gov', 'm@qu.gov.cn', 9, 1);
    const own = at('li', 'own@qu.gov.cn', 10, 3);
    const ownNext = at('li', 'own@qu.gov.cn', 11, 3, '20220615T030000Z');
    const shared = sharedUids([party, own, gov, ownNext]);
    expect([...shared.keys()]).toEqual(['m@qu.gov.cn']);
    expect(shared.get('m@qu.gov.cn')).toEqual({ occurrences: [party, gov], revised: true });
  });

  test('two instances of one UID on one calendar are not shared; a short UID on two calendars is (sameEvent decides later)', () => {
    const a = at('li', 'series@qu.gov.cn', 9, 0, '20220615T010000Z');
    const b = at('li', 'series@qu.gov.cn', 10, 0, '20220615T020000Z');
    const x = at('party', '1', 9);
    const y = at('gov', '1', 9);
    const shared = sharedUids([a, b, x, y]);
    expect([...shared.keys()]).toEqual(['1']);
    expect(shared.get('1')?.revised).toBe(false);
  });

  test("revised also when only a series' revision is above 0 (an override older than its master, SEQUENCE 0 under a master's 1)", () => {
    const override = { ...at('gov', 'm@qu.gov.cn', 9, 0, '20220615T010000Z'), seriesSequence: 1 };
    const copy = at('li', 'm@qu.gov.cn', 9, 0, '20220615T010000Z');
    expect(sharedUids([override, copy]).get('m@qu.gov.cn')?.revised).toBe(true);
  });

  test('revised when two of its occurrences were last modified at different times, not when they share one', () => {
    const a = { ...at('party', 'm@qu.gov.cn', 9), lastModified: 1 };
    const b = { ...at('gov', 'm@qu.gov.cn', 9), lastModified: 2 };
    expect(sharedUids([a, b]).get('m@qu.gov.cn')?.revised).toBe(true);
    expect(sharedUids([a, { ...b, lastModified: 1 }]).get('m@qu.gov.cn')?.revised).toBe(false);
  });

  test('computed once per array', () => {
    const list = [at('party', 'm@qu.gov.cn', 9), at('gov', 'm@qu.gov.cn', 9)];
    expect(sharedUids(list)).toBe(sharedUids(list));
  });
});

/**
 * supersededBy and disagreeingCopy as they were defined before they read sharedUids: every
 * (UID, RECURRENCE-ID) group of the whole array, no shortcut.
 */
function referenceStale(list: readonly Occurrence[]): Map<Occurrence, Occurrence> {
  const groups = new Map<string, Occurrence[]>();
  for (const o of list) {
    const k = `${o.uid}\u0000${o.recurrenceId ?? ''}\u0000${o.recurrenceId === null ? 'n' : 'r'}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const result = new Map<Occurrence, Occurrence>();
  for (const group of groups.values()) {
    const current = [...group].sort((a, b) => sequenceOf(b) - sequenceOf(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0]!;
    for (const o of group) if (sequenceOf(o) < sequenceOf(current) && sameEvent(o, current)) result.set(o, current);
  }
  return result;
}

function referenceDisagreeing(list: readonly Occurrence[], stale: ReadonlyMap<Occurrence, Occurrence>, c: Occurrence): Occurrence | undefined {
  let found: Occurrence | undefined;
  for (const o of list) {
    if (o.uid !== c.uid || o.recurrenceId !== c.recurrenceId || o.calendar.id === c.calendar.id) continue;
    if (o.status === 'cancelled' || stale.has(o) || sequenceOf(o) !== sequenceOf(c) || !sameEvent(c, o)) continue;
    if (o.start.toMillis() === c.start.toMillis() && o.end.toMillis() === c.end.toMillis()) continue;
    if (found === undefined || o.key < found.key) found = o;
  }
  return found;
}

describe('properties', () => {
  test('supersededBy and disagreeingCopy through sharedUids equal the definition over every group of the array', () => {
    const spec = fc.record({
      calendar: fc.constantFrom('a', 'b', 'c'),
      uid: fc.constantFrom('1', 'x@qu.gov.cn', 'y@qu.gov.cn'),
      instance: fc.constantFrom<string | null>(null, '20220615T010000Z', '20220615T020000Z'),
      hour: fc.integer({ min: 9, max: 11 }),
      sequence: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(spec, { maxLength: 12, selector: (s) => `${s.calendar}/${s.uid}/${s.instance ?? ''}` }), (specs) => {
        const list = specs.map((s) => {
          const o = at(s.calendar, s.uid, s.hour, s.sequence, s.instance);
          return s.cancelled ? { ...o, status: 'cancelled' as const } : o;
        });
        const stale = supersededBy(list);
        const expected = referenceStale(list);
        expect([...stale].sort(([a], [b]) => (a.key < b.key ? -1 : 1))).toEqual([...expected].sort(([a], [b]) => (a.key < b.key ? -1 : 1)));
        const disputed = disagreeingCopy(list);
        for (const o of list) expect(disputed(o)).toBe(referenceDisagreeing(list, expected, o));
      }),
    );
  });
});
