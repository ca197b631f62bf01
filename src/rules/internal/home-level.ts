/**
 * The level a meeting belongs to, whatever calendar a copy of it sits on. A 区委办 records the city
 * meetings its leaders attend, with the city's UID: that copy sits on a district calendar, but it is
 * the city's meeting (RFC 5545 §3.8.4.7: one UID, one event), and the ordering rules must not take it
 * for a district meeting — a township meeting would then "follow" the city meeting instead of the
 * district's own (QB-6), and the city meeting would be its own missing prerequisite (QA26-17).
 */
import { LEVELS, type Level } from '../../model/calendar.js';
import type { Occurrence } from '../../model/occurrence.js';
import { startMillis } from '../../load/occurrence-millis.js';
import type { OccurrencePredicate } from '../../select/selector.js';
import { sharedUids } from './shared-uids.js';

/**
 * For each occurrence, the level of the meeting it is a copy of: the highest level among the
 * **office** calendars (no `owner`) holding the same event at the same start (same UID, RFC 5545
 * §3.8.4.7); its own calendar's level when no office calendar holds it. A leader's own calendar never
 * lends its level to a meeting: a 副市长 attending the district's meeting keeps a copy on his
 * city-level calendar, and that meeting stays the district's (QB-20); a 区委办 recording the city's
 * meeting holds the city's meeting (QB-6). Only UIDs held by several calendars can differ
 * (`sharedUids`), so the answer costs nothing for the rest. Computed once per occurrence array.
 * @param occurrences - every occurrence of the check
 * @returns occurrence → the level of the meeting it is a copy of
 * @example
 * // The city's 河长制会议 (UID c@city) also on the district calendar:
 * homeLevel(occurrences)(districtCopy)
 * //=> 'city'
 */
export function homeLevel(occurrences: readonly Occurrence[]): (occurrence: Occurrence) => Level | null {
  const known = memos.get(occurrences);
  if (known !== undefined) return known;
  const shared = sharedUids(occurrences);
  // Per shared UID, the best (smallest) level rank at each start, built when first asked.
  const ranks = new Map<string, Map<number, number>>();
  const answer = (o: Occurrence): Level | null => {
    const own = o.calendar.level;
    const entry = shared.get(o.uid);
    if (entry === undefined) return own;
    let byStart = ranks.get(o.uid);
    if (byStart === undefined) {
      byStart = new Map();
      for (const c of entry.occurrences) {
        if (c.calendar.level === null || c.calendar.owner !== null) continue;
        const rank = LEVELS.indexOf(c.calendar.level);
        const start = startMillis(c);
        const best = byStart.get(start);
        if (best === undefined || rank < best) byStart.set(start, rank);
      }
      ranks.set(o.uid, byStart);
    }
    const best = byStart.get(startMillis(o));
    if (best === undefined) return own;
    // An office copy keeps its own level unless a higher office holds the meeting; a personal copy
    // takes the offices' level, higher or lower.
    if (o.calendar.owner !== null) return LEVELS[best]!;
    return own === null || best < LEVELS.indexOf(own) ? LEVELS[best]! : own;
  };
  memos.set(occurrences, answer);
  return answer;
}

const memos = new WeakMap<readonly Occurrence[], (occurrence: Occurrence) => Level | null>();

/**
 * Whether a selector still matches an occurrence once the occurrence is read at the level of the
 * meeting it is a copy of: a selector by level (`{"level": "district"}`) stops matching the district
 * calendar's copy of a city meeting; one by calendar, office or text is answered as before.
 * @param predicate - the compiled selector
 * @param occurrence - an occurrence the selector matched
 * @param level - its home level (see {@link homeLevel})
 * @returns the selector's answer for the meeting at its own level
 * @example
 * matchesAtHomeLevel(compileSelector({ level: 'district' }), districtCopyOfCityMeeting, 'city')
 * //=> false
 */
export function matchesAtHomeLevel(predicate: OccurrencePredicate, occurrence: Occurrence, level: Level | null): boolean {
  if (level === occurrence.calendar.level) return predicate(occurrence);
  // Everything else read through the occurrence itself (its getters included).
  const atHome = Object.create(occurrence, { calendar: { value: { ...occurrence.calendar, level } } }) as Occurrence;
  return predicate(atHome);
}
