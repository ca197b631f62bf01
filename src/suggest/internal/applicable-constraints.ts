/**
 * Which configured rules bear on a meeting's time: those a slot must satisfy, and that a suggestion
 * lists as satisfied. `cadence` bears on its routine meetings (a move must keep each period's count
 * in bounds); `coverage` judges duty shifts, which are not moved by the hour.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { SlotConstraint } from '../../model/suggestion.js';
import { commitment, defaultAbsence } from '../../rules/internal/commitment.js';
import { isDateSpan } from '../../rules/quiet-period.js';
import { compileSelector } from '../../select/selector.js';
import type { PreparedCheck } from '../../check/check-proposal.js';

/**
 * The rules whose findings depend on where the meeting is in time and that can concern it.
 * @param prepared - the prepared check
 * @param proposed - the meeting
 * @returns one constraint per rule, in config order
 */
export function applicableConstraints(prepared: PreparedCheck, proposed: Occurrence): SlotConstraint[] {
  const participants = prepared.participantsOf(proposed);
  const committed = participants.some((p) => commitment(proposed, p, defaultAbsence(proposed)) !== null);
  const hasPlace = prepared.placesOf(proposed).length > 0;
  const linked =
    proposed.relations.length > 0 ||
    proposed.concepts.length > 0 ||
    proposed.refIds.length > 0 ||
    prepared.orderingCandidates.some((o) => o.relations.some((r) => r.target === proposed.uid));
  const out: SlotConstraint[] = [];
  for (const rule of prepared.rules) {
    let applies: boolean;
    switch (rule.kind) {
      case 'follows':
        applies = compileSelector(rule.dependent)(proposed) || compileSelector(rule.prerequisite)(proposed);
        break;
      case 'related-to':
        applies = linked;
        break;
      case 'no-double-booking':
        applies = committed;
        break;
      case 'travel-time':
        applies = committed && hasPlace && !proposed.allDay;
        break;
      case 'venue':
        applies = hasPlace && !(proposed.status === 'cancelled' || proposed.busy === 'free' || defaultAbsence(proposed));
        break;
      case 'required-attendance':
      case 'working-days':
        applies = compileSelector(rule.event)(proposed);
        break;
      case 'quiet-period':
        applies =
          compileSelector(rule.event)(proposed) ||
          (!isDateSpan(rule.during) && compileSelector(rule.during)(proposed));
        break;
      case 'cadence':
        // A routine meeting's move must keep every period of its rule in bounds (see suggestSlots).
        applies = compileSelector(rule.event)(proposed);
        break;
      case 'coverage':
        applies = false;
        break;
      default: {
        const never: never = rule;
        throw new Error(`unknown rule kind ${String(never)}`);
      }
    }
    if (applies) out.push({ kind: rule.kind, rule: rule.id });
  }
  return out;
}
