/**
 * Which meeting of a finding an office would move to resolve it: the one the scheduling assistant
 * searches slots for when it is asked about every conflict of a report.
 */
import { LEVELS, type Level } from '../model/calendar.js';
import type { Finding, FindingKind } from '../model/finding.js';
import { isUndetermined } from '../check/internal/run-rules.js';

/**
 * The finding kinds a move of one meeting can resolve: ordering (`order`, and `order-late`: a relay
 * too long after its prerequisite, moved earlier), people and rooms (`double-booking`,
 * `tentative-overlap`, `venue`), travel (`travel-time`) and a required leader busy elsewhere
 * (`required-busy`).
 */
export const MOVABLE_KINDS: readonly FindingKind[] = ['order', 'order-late', 'double-booking', 'tentative-overlap', 'travel-time', 'venue', 'required-busy'];

/**
 * The key of the occurrence to move for a finding, or null when no move of one meeting resolves it
 * or the finding only says the rule could not judge (`isUndetermined`: info whatever the rule's severity).
 * - `order`: the dependent (the meeting that comes too early; the finding's suggestion names it);
 * - `order-late`: the dependent (the relay that comes too late);
 * - `required-busy`: the required meeting, which is the one whose attendance matters;
 * - two meetings clashing (`double-booking`, `tentative-overlap`, `venue`, `travel-time`): the one
 *   on the lower level's calendar when the levels differ — a district office cannot move the city's
 *   meeting, and the lower level follows the higher (QA26-43) — else the later one — the meeting being
 *   planned rather than the one already held — unless it is an all-day entry (a trip, leave), which
 *   is not rescheduled by the hour.
 * @param finding - a finding of a report
 * @param levelOf - a calendar's level by id (config `calendars[].level`); levels are not compared without it
 * @returns an occurrence key, or null for other kinds
 * @example
 * meetingToMove(orderFinding) //=> 'district-party/dingtalk-…@dingtalk.com'
 */
export function meetingToMove(finding: Finding, levelOf: (calendar: string) => Level | null | undefined = () => undefined): string | null {
  // What the tool could not judge (an order counted in working days of a year whose holidays are not
  // published, QF-12) is no conflict to move a meeting for: moving a January relay into December to
  // dodge "cannot judge" is advice nobody should follow.
  if (isUndetermined(finding)) return null;
  switch (finding.kind) {
    case 'order':
      return finding.suggestion?.occurrence ?? finding.occurrences[0]?.key ?? null;
    case 'order-late':
      return finding.occurrences[0]?.key ?? null;
    case 'required-busy':
      return finding.occurrences[0]?.key ?? null;
    case 'double-booking':
    case 'tentative-overlap':
    case 'venue':
    case 'travel-time': {
      const [first, second] = finding.occurrences;
      if (second === undefined) return first?.key ?? null;
      if (first !== undefined && first.allDay === second.allDay) {
        const a = rank(levelOf(first.calendar));
        const b = rank(levelOf(second.calendar));
        if (a >= 0 && b >= 0 && a !== b) return a > b ? first.key : second.key;
      }
      return second.allDay && first !== undefined && !first.allDay ? first.key : second.key;
    }
    default:
      return null;
  }
}

/** A level's place from the top (central 0 … township 4); -1 when unknown. */
function rank(level: Level | null | undefined): number {
  return level === null || level === undefined ? -1 : LEVELS.indexOf(level);
}
