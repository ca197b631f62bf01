import fc from 'fast-check';
import { compileSelector, isValidPattern } from '../../src/select/selector.js';
import { occurrence } from '../helpers/occurrence.js';

const cityRiver = occurrence({
  calendar: { id: 'city-party', office: '市委办', level: 'city' },
  start: '2022-05-10 09:00',
  summary: '市第一次总河长会议（扩大）',
  location: '市委大楼 1号会议室',
  categories: [' River ', '会议'],
  xProps: { 'X-OA-TYPE': ['常委会', '专题'] },
});
const districtNoLocation = occurrence({
  calendar: { id: 'district-gov', office: '区政府办', level: 'district' },
  start: '2022-05-11 09:00',
  summary: '区总河长会议',
});

describe('compileSelector', () => {
  test.each([
    ['empty selector matches everything', {}, [true, true]],
    ['calendar id', { calendar: 'city-party' }, [true, false]],
    ['calendar ids: any of', { calendar: ['x', 'district-gov'] }, [false, true]],
    ['office', { office: '市委办' }, [true, false]],
    ['level array', { level: ['district', 'township'] as const }, [false, true]],
    ['summary regex is unanchored', { summary: '总河长会议' }, [true, true]],
    ['summary regex with anchors', { summary: '^区' }, [false, true]],
    ['summary regex is Unicode (\\p{Script=Han})', { summary: '^\\p{Script=Han}+$' }, [false, true]],
    ['location regex; no LOCATION never matches', { location: '.*' }, [true, false]],
    ['categories: case-insensitive, trimmed', { categories: 'river' }, [true, false]],
    ['categories: full-width folded', { categories: 'ＲＩＶＥＲ' }, [true, false]],
    ['property: any value, name case-insensitive', { property: { 'x-oa-type': '^专题$' } }, [true, false]],
    ['property absent never matches', { property: { 'X-NONE': '.*' } }, [false, false]],
    ['fields are ANDed', { level: 'city', summary: '^区' }, [false, false]],
    ['anyOf', { anyOf: [{ level: 'city' }, { summary: '^区' }] }, [true, true]],
    ['anyOf empty matches nothing', { anyOf: [] }, [false, false]],
    ['not', { not: { level: 'city' } }, [false, true]],
    ['not with missing level: a calendar without level is "not city"', { not: { office: '市委办' } }, [false, true]],
  ] as const)('%s', (_name, selector, expected) => {
    const predicate = compileSelector(selector);
    expect([predicate(cityRiver), predicate(districtNoLocation)]).toEqual(expected);
  });

  test('a calendar without level or office matches no level or office selector', () => {
    const bare = occurrence({ start: '2022-05-10 09:00' });
    expect(compileSelector({ level: 'city' })(bare)).toBe(false);
    expect(compileSelector({ office: '市委办' })(bare)).toBe(false);
  });

  test('an invalid pattern is a programmer error (validation catches it first)', () => {
    expect(() => compileSelector({ summary: '(' })).toThrow();
  });

  test('isValidPattern', () => {
    expect(isValidPattern('总河长.*会议')).toBe(true);
    expect(isValidPattern('(')).toBe(false);
    // Invalid only in Unicode mode: a lone `\-` escape outside a class.
    expect(isValidPattern('\\-')).toBe(false);
  });

  describe('properties', () => {
    test('not(not(s)) agrees with s, and anyOf([s]) agrees with s', () => {
      const selectors = fc.constantFrom<object>(
        { level: 'city' },
        { summary: '总河长' },
        { categories: 'river' },
        { location: '会议室' },
        {},
      );
      fc.assert(
        fc.property(selectors, (s) => {
          for (const o of [cityRiver, districtNoLocation]) {
            const plain = compileSelector(s)(o);
            expect(compileSelector({ not: { not: s } })(o)).toBe(plain);
            expect(compileSelector({ anyOf: [s] })(o)).toBe(plain);
          }
        }),
      );
    });

    test('a summary pattern matches exactly where new RegExp(pattern, "u") does (literal patterns take a faster path)', () => {
      const piece = fc.constantFrom('总', '河长', '会议', 'a', 'A', '.', '*', '^', '$', '|', '(', ')', '[', ']', '{', '}', '?', '+', '\\', '-', ' ', '😀', '\uD83D', '\uDE00', '/');
      const text = fc.array(piece, { maxLength: 6 }).map((xs) => xs.join(''));
      fc.assert(
        fc.property(text, text, (source, summary) => {
          fc.pre(isValidPattern(source));
          const o = occurrence({ start: '2022-05-10 09:00', summary });
          expect(compileSelector({ summary: source })(o)).toBe(new RegExp(source, 'u').test(summary));
        }),
        { numRuns: 1000 },
      );
    });

    test('a selector of a literal summary matches any summary that contains it', () => {
      fc.assert(
        fc.property(fc.string(), fc.string(), (before, after) => {
          const o = occurrence({ start: '2022-05-10 09:00', summary: `${before}总河长会议${after}` });
          return compileSelector({ summary: '总河长会议' })(o);
        }),
      );
    });
  });
});
