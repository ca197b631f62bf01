/**
 * A proposal saved as an office saves it, for the tests that compare `checkProposal` with a full check: the
 * saved version replaced by the proposal, and the meeting's copies under other UIDs (`movingCopies`: the diary
 * entry in other words, the 忙碌 block at its times, the entry with the journey) moved with it — start by the
 * meeting's start shift, end by its end shift, marked as part of the proposal.
 */
import type { DateTime } from 'luxon';
import { checkOccurrences, type CheckSettings } from '../../src/check/check-occurrences.js';
import { movingCopies, proposalAsSaved, proposalOccurrence, type PreparedCheck, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { CalendarInfo } from '../../src/model/calendar.js';
import type { Finding } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';

/** The occurrences after saving, and the keys that stand for the proposed meeting in findings. */
export function appliedProposal(
  existing: readonly Occurrence[],
  prepared: PreparedCheck,
  proposal: ProposedMeeting,
  info: CalendarInfo,
): { occurrences: Occurrence[]; keys: ReadonlySet<string> } {
  // Saved as an office saves an edit: with its SEQUENCE (PR-1).
  const proposed = proposalOccurrence(proposalAsSaved(prepared, proposal), info);
  const moving = movingCopies(prepared, proposal);
  const saved = existing.find((o) => o.key === proposed.key);
  const moved: Occurrence[] = [];
  if (saved !== undefined) {
    for (const copy of moving) {
      const shift = (at: DateTime, by: number) => at.plus({ milliseconds: by });
      const startBy = proposed.start.toMillis() - saved.start.toMillis();
      const endBy = proposed.end.toMillis() - saved.end.toMillis();
      const { startMillis: _s, endMillis: _e, ...fields } = copy;
      // An all-day copy moves by whole days: from the saved version's day to the proposal's, on the copy's clock.
      const zone = copy.calendar.defaultZone;
      const days = proposed.start.setZone(zone).startOf('day').diff(saved.start.setZone(zone).startOf('day'), 'days').days;
      const start = copy.allDay ? copy.start.plus({ days: Math.round(days) }) : shift(copy.start, startBy);
      const end = copy.allDay ? copy.end.plus({ days: Math.round(days) }) : shift(copy.end, endBy);
      moved.push({ ...fields, start, end: end < start ? start : end, proposed: true });
    }
  }
  const occurrences = [...existing.filter((o) => o.key !== proposed.key && !moving.has(o)), proposed, ...moved];
  return { occurrences, keys: new Set([proposed.key, ...moved.map((o) => o.key)]) };
}

/** What a full check says about the proposal after it is saved so. */
export function fullCheckOfApplied(
  existing: readonly Occurrence[],
  prepared: PreparedCheck,
  config: CheckSettings,
  window: { readonly from: string; readonly to: string },
  proposal: ProposedMeeting,
  info: CalendarInfo,
): Finding[] {
  const { occurrences, keys } = appliedProposal(existing, prepared, proposal, info);
  return checkOccurrences({ occurrences, config, window }).findings.filter((f) => f.occurrences.some((o) => keys.has(o.key)));
}
