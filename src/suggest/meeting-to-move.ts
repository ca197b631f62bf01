/**
 * Which meeting of a finding an office would move to resolve it: the one the scheduling assistant
 * searches slots for when it is asked about every conflict of a report.
 */
import type { Finding, FindingKind } from '../model/finding.js';

/**
 * The finding kinds a move of one meeting can resolve: ordering (`order`), people and rooms
 * (`double-booking`, `tentative-overlap`, `venue`), travel (`travel-time`) and a required leader
 * busy elsewhere (`required-busy`).
 */
export const MOVABLE_KINDS: readonly FindingKind[] = ['order', 'double-booking', 'tentative-overlap', 'travel-time', 'venue', 'required-busy'];

/**
 * The key of the occurrence to move for a finding, or null when no move of one meeting resolves it.
 * - `order`: the dependent (the meeting that comes too early; the finding's suggestion names it);
 * - `required-busy`: the required meeting, which is the one whose attendance matters;
 * - two meetings clashing (`double-booking`, `tentative-overlap`, `venue`, `travel-time`): the later
 *   one — the meeting being planned rather than the one already held — unless it is an all-day
 *   entry (a trip, leave), which is not rescheduled by the hour.
 * @param finding - a finding of a report
 * @returns an occurrence key, or null for other kinds
 * @example
 * meetingToMove(orderFinding) //=> 'district-party/dingtalk-…@dingtalk.com'
 */
export function meetingToMove(finding: Finding): string | null {
  switch (finding.kind) {
    case 'order':
      return finding.suggestion?.occurrence ?? finding.occurrences[0]?.key ?? null;
    case 'required-busy':
      return finding.occurrences[0]?.key ?? null;
    case 'double-booking':
    case 'tentative-overlap':
    case 'venue':
    case 'travel-time': {
      const [first, second] = finding.occurrences;
      if (second === undefined) return first?.key ?? null;
      return second.allDay && first !== undefined && !first.allDay ? first.key : second.key;
    }
    default:
      return null;
  }
}
