import fc from 'fast-check';
import type { Level } from '../../src/model/calendar.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { Selector } from '../../src/model/selector.js';
import { sortOccurrences } from '../../src/check/internal/sort-occurrences.js';
import { selectEach, selectOccurrences } from '../../src/select/select-occurrences.js';
import { compileSelector, selectorCouldMatchCalendar } from '../../src/select/selector.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { calendar, occurrence } from '../helpers/occurrence.js';

const CALENDARS = [
  calendar({ id: 'city-party', office: '市委办', level: 'city' }),
  calendar({ id: 'city-gov', office: '市政府办', level: 'city' }),
  calendar({ id: 'district-party', office: '区委办', level: 'district' }),
  calendar({ id: 'zhou', office: null, level: null, owner: 'zhou' }),
];
const SUMMARIES = ['市总河长会议', '区总河长会议', '全区安全生产会议', '专题会议'];

/** Occurrences sharing one CalendarInfo object per calendar, as the loader makes them. */
function occurrencesOf(picks: readonly (readonly [number, number])[]): Occurrence[] {
  return picks.map(([c, s], i) => ({ ...occurrence({ uid: `u${i}`, start: '2022-05-10 09:00', summary: SUMMARIES[s]! }), calendar: CALENDARS[c]!, key: `${CALENDARS[c]!.id}/u${i}` }));
}

const leafArb: fc.Arbitrary<Selector> = fc.record(
  {
    calendar: fc.oneof(fc.constantFrom('city-party', 'zhou', 'nowhere'), fc.subarray(['city-gov', 'district-party', 'zhou'])),
    office: fc.oneof(fc.constantFrom('市委办', '区委办'), fc.subarray(['市政府办', '区委办'])),
    level: fc.oneof(fc.constantFrom<Level>('city', 'district', 'province'), fc.subarray<Level>(['city', 'district'])),
    summary: fc.constantFrom('总河长', '^区', '安全'),
  },
  { requiredKeys: [] },
);
const selectorArb: fc.Arbitrary<Selector> = fc.oneof(
  leafArb,
  fc.record({ anyOf: fc.array(leafArb, { maxLength: 3 }), level: fc.constantFrom<Level>('city', 'district') }, { requiredKeys: ['anyOf'] }),
  fc.record({ not: leafArb, summary: fc.constantFrom('会议', '区') }, { requiredKeys: ['not'] }),
);

describe('selectOccurrences', () => {
  test('equals filtering with the compiled selector, order kept (generated selectors, anyOf and not included)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 30 }), fc.array(selectorArb, { minLength: 1, maxLength: 4 }), (picks, selectors) => {
        const occurrences = occurrencesOf(picks);
        const each = selectEach(occurrences, selectors);
        selectors.forEach((selector, k) => {
          const expected = occurrences.filter(compileSelector(selector));
          expect(each[k]).toEqual(expected);
          expect(selectOccurrences(occurrences, selector)).toEqual(expected);
        });
      }),
      propertyParameters(200),
    );
  });

  test('a calendar excluded by level, office or id is never tested text by text', () => {
    // The summary pattern would match; the level rules the calendar out first.
    expect(selectorCouldMatchCalendar({ level: 'city', summary: '总河长' }, CALENDARS[2]!)).toBe(false);
    expect(selectorCouldMatchCalendar({ office: '市委办' }, CALENDARS[3]!)).toBe(false);
    expect(selectorCouldMatchCalendar({ anyOf: [{ level: 'city' }, { calendar: 'zhou' }] }, CALENDARS[2]!)).toBe(false);
    expect(selectorCouldMatchCalendar({ anyOf: [] }, CALENDARS[0]!)).toBe(false);
    // `not` is given the benefit of the doubt: its text fields may exclude nothing.
    expect(selectorCouldMatchCalendar({ not: { level: 'district' } }, CALENDARS[2]!)).toBe(true);
    expect(selectorCouldMatchCalendar({ summary: '会议' }, CALENDARS[3]!)).toBe(true);
  });

  test('the same selector object is answered once per occurrence array', () => {
    const occurrences = occurrencesOf([[0, 0], [2, 1]]);
    const selector: Selector = { summary: '总河长' };
    const first = selectOccurrences(occurrences, selector);
    expect(selectOccurrences(occurrences, selector)).toBe(first);
    expect(selectOccurrences([...occurrences], selector)).not.toBe(first);
    expect(first.map((o) => o.key)).toEqual(['city-party/u0', 'district-party/u1']);
  });

  test('on a sorted list the load order is read and the matches come back in the sorted order (generated selectors)', () => {
    const day = Date.UTC(2022, 4, 10, 1);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 })), { maxLength: 40 }),
        fc.array(selectorArb, { minLength: 1, maxLength: 4 }),
        (picks, selectors) => {
          // Loaded calendar by calendar, at a few shared starts: the sorted order interleaves calendars.
          const loaded = occurrencesOf(picks.map(([c, s]) => [c, s] as const))
            .map((o, i) => ({ ...o, startMillis: day + picks[i]![2] * 3_600_000 }))
            .sort((a, b) => a.calendar.id.localeCompare(b.calendar.id));
          const sorted = sortOccurrences(loaded);
          const each = selectEach(sorted, selectors);
          selectors.forEach((selector, k) => expect(each[k]).toEqual(sorted.filter(compileSelector(selector))));
        },
      ),
      propertyParameters(200),
    );
  });
});
