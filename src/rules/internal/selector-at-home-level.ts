/**
 * A rule's selector read at each meeting's own level (README: "A meeting's level is that of the office
 * calendars (no `owner`) holding it"), not at the level of whichever calendar a copy sits on (QK-2).
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Selector } from '../../model/selector.js';
import type { Places } from '../../places/places-types.js';
import { compileSelector, type OccurrencePredicate } from '../../select/selector.js';
import { homeLevel, matchesAtHomeLevel } from './home-level.js';
import { copyRepresentative } from './meeting-copies.js';

/**
 * Compiles a rule's selector so that `level` is the meeting's home level (`homeLevel`): the city's
 * 全市总河长会议 copied, under the city's UID, onto a district leader's diary is no district meeting, and
 * `{"level": "district"}` does not pick it; the district's meeting on a 副市长's diary is still the
 * district's. A leader's own calendar never lends its level to a meeting, retyped or not: his copy
 * under a UID of its own (same title and times, agreeing places: `copyRepresentative`) of a meeting an
 * office calendar holds is read at that meeting's level. `follows` reads its selectors by home level;
 * `required-attendance`, `cadence`, `quiet-period` and `working-days` read theirs the same way. A
 * selector that says nothing of `level` (anywhere in `anyOf` or `not`) is the plain compiled selector:
 * no level is looked up for it.
 * @param selector - the rule's selector
 * @param occurrences - every occurrence of the check (the home levels are read from all of them)
 * @param places - place aliases, to find a leader's retyped copies
 * @returns a predicate over occurrences
 * @example
 * // 全市总河长会议 (UID c@city) on the 市政府办's calendar and on 陈超's district-level diary:
 * selectorAtHomeLevel({ level: 'district' }, occurrences, places)(chensDiaryCopy)
 * //=> false
 */
export function selectorAtHomeLevel(selector: Selector, occurrences: readonly Occurrence[], places: Places): OccurrencePredicate {
  const predicate = compileSelector(selector);
  if (!namesLevel(selector)) return predicate;
  const levelOf = homeLevel(occurrences);
  const meetingOf = copyRepresentative(occurrences, places);
  // `level` at the top only (the usual `{level, summary}`): the rest is tried first, and only the
  // occurrences it picks are asked for their meeting's level.
  const rest = selector.anyOf?.some(namesLevel) === true || (selector.not !== undefined && namesLevel(selector.not)) ? null : compileSelector({ ...selector, level: undefined });
  return (o) => {
    if (rest !== null && !rest(o)) return false;
    let level = levelOf(o);
    if (o.calendar.owner !== null && level === o.calendar.level) {
      // His retyped copy stands for a meeting an office calendar holds: the office copy's level.
      const meeting = meetingOf(o);
      if (meeting !== o && meeting.calendar.owner === null) level = levelOf(meeting);
    }
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
