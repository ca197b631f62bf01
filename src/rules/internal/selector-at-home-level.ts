/**
 * A rule's selector read at each meeting's own level (README: "A meeting's level is that of the office
 * calendars (no `owner`) holding it"), not at the level of whichever calendar a copy sits on (QK-2).
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Selector } from '../../model/selector.js';
import { compileSelector, type OccurrencePredicate } from '../../select/selector.js';
import { homeLevel, matchesAtHomeLevel } from './home-level.js';

/**
 * Compiles a rule's selector so that `level` is the meeting's home level (`homeLevel`): the city's
 * 全市总河长会议 copied, under the city's UID, onto a district leader's diary is no district meeting, and
 * `{"level": "district"}` does not pick it; the district's meeting on a 副市长's diary is still the
 * district's. `follows` reads its selectors so; `required-attendance`, `cadence`, `quiet-period` and
 * `working-days` read theirs the same way. A selector that says nothing of `level` (anywhere in
 * `anyOf` or `not`) is the plain compiled selector: no home level is computed for it.
 * @param selector - the rule's selector
 * @param occurrences - every occurrence of the check (the home levels are read from all of them)
 * @returns a predicate over occurrences
 * @example
 * // 全市总河长会议 (UID c@city) on the 市政府办's calendar and on 陈超's district-level diary:
 * selectorAtHomeLevel({ level: 'district' }, occurrences)(chensDiaryCopy)
 * //=> false
 */
export function selectorAtHomeLevel(selector: Selector, occurrences: readonly Occurrence[]): OccurrencePredicate {
  const predicate = compileSelector(selector);
  if (!namesLevel(selector)) return predicate;
  const levelOf = homeLevel(occurrences);
  return (o) => {
    const level = levelOf(o);
    return level === o.calendar.level ? predicate(o) : matchesAtHomeLevel(predicate, o, level);
  };
}

/** Whether a selector, or any selector inside it, says something about `level`. */
function namesLevel(selector: Selector): boolean {
  return (
    selector.level !== undefined ||
    (selector.anyOf?.some(namesLevel) ?? false) ||
    (selector.not !== undefined && namesLevel(selector.not))
  );
}
