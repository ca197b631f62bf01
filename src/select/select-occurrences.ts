/**
 * Picking a selector's occurrences out of a whole check, calendar by calendar: a rule's selector
 * usually names a level or an office (`{"level": "city", "summary": "总河长会议"}`), which rules out
 * most calendars at once, so their occurrences are never tested one by one.
 */
import type { Occurrence } from '../model/occurrence.js';
import type { Selector } from '../model/selector.js';
import { inSortedOrder, scanOrder } from './scan-order.js';
import { compileSelector, selectorCouldMatchCalendar } from './selector.js';

const selections = new WeakMap<readonly Occurrence[], WeakMap<Selector, Occurrence[]>>();

/**
 * The occurrences a selector matches, in their order in `occurrences`: equal to
 * `occurrences.filter(compileSelector(selector))`. Calendars whose id, office or level the selector
 * excludes are skipped whole (see `selectorCouldMatchCalendar`), and the result is remembered per
 * occurrence array and selector object (treat it as read-only).
 * @param occurrences - every occurrence of the check
 * @param selector - validated selector data
 * @returns the matching occurrences
 * @example
 * selectOccurrences(occurrences, { level: 'city', summary: '总河长会议' }).map((o) => o.calendar.id)
 * //=> ['city-party']
 */
export function selectOccurrences(occurrences: readonly Occurrence[], selector: Selector): readonly Occurrence[] {
  return selectEach(occurrences, [selector])[0]!;
}

/**
 * {@link selectOccurrences} for several selectors in one pass over the occurrences: at a district's
 * year, reading each occurrence's fields costs as much as the tests themselves, so the ordering
 * rules' selectors (two per `follows` rule) are answered together.
 * @param occurrences - every occurrence of the check
 * @param selectors - validated selector data
 * @returns per selector, the matching occurrences (read-only, remembered like {@link selectOccurrences})
 * @example
 * selectEach(occurrences, [rule.dependent, rule.prerequisite]).map((list) => list.length)
 * //=> [13, 2]
 */
export function selectEach(occurrences: readonly Occurrence[], selectors: readonly Selector[]): (readonly Occurrence[])[] {
  let memo = selections.get(occurrences);
  if (memo === undefined) {
    memo = new WeakMap();
    selections.set(occurrences, memo);
  }
  const todo = [...new Set(selectors.filter((s) => !memo.has(s)))];
  if (todo.length > 0) {
    // Read in load order (their order in memory: three times faster than start order at a million
    // occurrences), the matches put back in the list's order by their positions.
    const { occurrences: loaded, position, calendars, calendarOf } = scanOrder(occurrences);
    // Per calendar, the selectors that could match it (most rule out most calendars by level).
    const tests = todo.map((selector) => ({ matches: compileSelector(selector), found: [] as number[] }));
    const byCalendar = calendars.map((c) => tests.filter((_, k) => selectorCouldMatchCalendar(todo[k]!, c)));
    for (let i = 0; i < loaded.length; i += 1) {
      const candidates = byCalendar[calendarOf[i]!]!;
      if (candidates.length === 0) continue;
      const o = loaded[i]!;
      for (const test of candidates) if (test.matches(o)) test.found.push(position[i]!);
    }
    todo.forEach((selector, k) => memo.set(selector, inSortedOrder(occurrences, tests[k]!.found)));
  }
  return selectors.map((s) => memo.get(s)!);
}
