/**
 * What a full check says about a proposal once saved, for the tests that compare `checkProposal` with it:
 * the proposal replaces any occurrence with its key, and the meeting's copies under other UIDs move with it
 * (QE-5, see applied-proposal.ts).
 */
import { checkOccurrences, ruleSetup, type CheckSettings } from '../../src/check/check-occurrences.js';
import { prepareCheck, proposalOccurrence, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { CalendarInfo } from '../../src/model/calendar.js';
import type { Finding } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import { copyRepresentative } from '../../src/rules/internal/meeting-copies.js';
import { sameEvent } from '../../src/rules/internal/occurrence-ref.js';
import { appliedProposal } from './applied-proposal.js';
import { calendarInfos, window as scenarioWindow } from './scenario.js';

/**
 * The findings of a full check of the saved calendars that involve the proposed meeting.
 * @param existing - the occurrences before saving
 * @param config - the check's settings
 * @param proposal - the meeting saved
 * @param calendars - the calendars proposals may go on (default: the scenario's)
 * @param window - the window checked (default: the scenario's)
 */
export function fullCheckFor(
  existing: readonly Occurrence[],
  config: CheckSettings,
  proposal: ProposedMeeting,
  calendars: readonly CalendarInfo[] = calendarInfos,
  window: { readonly from: string; readonly to: string } = scenarioWindow,
): Finding[] {
  const info = calendars.find((c) => c.id === proposal.calendar) ?? existing.find((o) => o.calendar.id === proposal.calendar)!.calendar;
  const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
  const { occurrences, keys } = appliedProposal(existing, prepared, proposal, info);
  // The rules read the proposal and its copies already saved (a start-only entry of the meeting, a retyped
  // one) as one meeting and cite one copy for it, not always the proposal: a finding citing any of them
  // involves the meeting about to be saved (seed -517960069).
  const meetingOf = copyRepresentative(occurrences, ruleSetup(config, window, occurrences).places);
  const proposed = occurrences.find((o) => o.key === proposalOccurrence(proposal, info).key)!;
  // The same event on another calendar (one UID and instance) at another time is the meeting too, a copy that did
  // not take the edit (QL-5).
  const ofProposal = new Set([...keys, ...occurrences.filter((o) => meetingOf(o) === meetingOf(proposed) || sameEvent(o, proposed)).map((o) => o.key)]);
  return checkOccurrences({ occurrences, config, window }).findings.filter((f) => f.occurrences.some((o) => ofProposal.has(o.key)));
}
