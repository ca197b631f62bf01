/**
 * Selectors (plain data, see `model/selector.ts`) compiled into predicates over occurrences.
 * Regular expressions are compiled once, with the `u` flag, and tested unanchored, so `总河长会议`
 * matches `区第一次总河长会议（扩大）`.
 */
import type { CalendarInfo } from '../model/calendar.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Selector } from '../model/selector.js';

/** A compiled selector. */
export type OccurrencePredicate = (occurrence: Occurrence) => boolean;

/**
 * Whether a text is a JavaScript regular expression that a selector accepts (Unicode mode).
 * Config validation uses it so that {@link compileSelector} never meets a bad pattern.
 * @param pattern - the regular expression source
 * @returns true when `new RegExp(pattern, 'u')` succeeds
 * @example
 * isValidPattern('总河长(会议')
 * //=> false
 */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/**
 * Compiles a selector: every field given must match (AND), an array matches when any of its
 * values does, `anyOf` matches when any sub-selector does, `not` negates. An empty selector matches
 * every occurrence.
 * @param selector - validated selector data
 * @returns a predicate over occurrences
 * @throws Error when a pattern is not a valid regular expression (validate with {@link isValidPattern} first)
 * @example
 * compileSelector({ level: 'district', summary: '总河长会议' })(occurrence)
 * //=> true
 */
export function compileSelector(selector: Selector): OccurrencePredicate {
  const tests: OccurrencePredicate[] = [];

  const calendars = asSet(selector.calendar);
  if (calendars !== null) tests.push((o) => calendars.has(o.calendar.id));

  const offices = asSet(selector.office);
  if (offices !== null) tests.push((o) => o.calendar.office !== null && offices.has(o.calendar.office));

  const levels = asSet(selector.level);
  if (levels !== null) tests.push((o) => o.calendar.level !== null && levels.has(o.calendar.level));

  if (selector.summary !== undefined) {
    const literal = literalOf(selector.summary);
    if (literal !== null) {
      tests.push((o) => o.summary.includes(literal));
    } else {
      const re = pattern(selector.summary);
      tests.push((o) => re.test(o.summary));
    }
  }

  if (selector.location !== undefined) {
    const re = pattern(selector.location);
    // An occurrence without LOCATION has nothing to match, even for a pattern like `.*`.
    tests.push((o) => o.location !== null && re.test(o.location));
  }

  const categories = asSet(selector.categories, normaliseCategory);
  if (categories !== null) {
    tests.push((o) => o.categories.some((c) => categories.has(normaliseCategory(c))));
  }

  if (selector.property !== undefined) {
    for (const [name, source] of Object.entries(selector.property)) {
      const re = pattern(source);
      const key = name.toUpperCase();
      tests.push((o) => (o.xProps[key] ?? []).some((value) => re.test(value)));
    }
  }

  if (selector.anyOf !== undefined) {
    const alternatives = selector.anyOf.map(compileSelector);
    tests.push((o) => alternatives.some((alternative) => alternative(o)));
  }

  if (selector.not !== undefined) {
    const negated = compileSelector(selector.not);
    tests.push((o) => !negated(o));
  }

  return conjunction(tests);
}

/**
 * AND of predicates without `Array.prototype.every` and its callback per test: selectors run over
 * every occurrence of a check (a hundred thousand at a district's year), several times per rule.
 */
function conjunction(tests: readonly OccurrencePredicate[]): OccurrencePredicate {
  const [first, second, third] = tests;
  if (first === undefined) return () => true;
  if (second === undefined) return first;
  if (third === undefined) return (o) => first(o) && second(o);
  if (tests.length === 3) return (o) => first(o) && second(o) && third(o);
  return (o) => {
    for (const t of tests) if (!t(o)) return false;
    return true;
  };
}

/**
 * Whether a selector could match some occurrence of a calendar, judging only the fields the
 * calendar decides (`calendar`, `office`, `level`, also inside `anyOf`). False means that no
 * occurrence of the calendar matches, whatever its summary or location; true only that one might
 * (`not` is given the benefit of the doubt). Lets a rule skip whole calendars before testing texts.
 * @param selector - validated selector data
 * @param calendar - the calendar's metadata
 * @returns false when the calendar's id, office or level rules every occurrence out
 * @example
 * selectorCouldMatchCalendar({ level: 'city', summary: '总河长' }, { id: 'qu', office: '区委办', level: 'district' })
 * //=> false
 */
export function selectorCouldMatchCalendar(
  selector: Selector,
  calendar: Pick<CalendarInfo, 'id' | 'office' | 'level'>,
): boolean {
  const among = (value: string | null, wanted: string | readonly string[] | undefined): boolean =>
    wanted === undefined || (value !== null && (typeof wanted === 'string' ? wanted === value : wanted.includes(value)));
  if (!among(calendar.id, selector.calendar) || !among(calendar.office, selector.office) || !among(calendar.level, selector.level)) {
    return false;
  }
  return selector.anyOf === undefined || selector.anyOf.some((s) => selectorCouldMatchCalendar(s, calendar));
}

/**
 * The text a pattern matches literally, when it has no regular-expression syntax at all (`总河长会议`,
 * as most configs write it): an unanchored literal matches exactly where `includes` finds it, and
 * `includes` is cheaper on every occurrence of a check. Patterns with surrogates stay regular
 * expressions (Unicode mode matches code points, `includes` code units).
 */
function literalOf(source: string): string | null {
  return /^[^\\^$.|?*+()[\]{}]+$/u.test(source) && !/[\uD800-\uDFFF]/.test(source) ? source : null;
}

function pattern(source: string): RegExp {
  // No `g` flag: `test` on a global regex is stateful (lastIndex) and would alternate results.
  return new RegExp(source, 'u');
}

function normaliseCategory(category: string): string {
  return category.normalize('NFKC').trim().toLowerCase();
}

function asSet<T extends string>(
  value: T | readonly T[] | undefined,
  normalise: (v: string) => string = (v) => v,
): ReadonlySet<string> | null {
  if (value === undefined) return null;
  const values: readonly T[] = typeof value === 'string' ? [value as T] : (value as readonly T[]);
  return new Set(values.map(normalise));
}
