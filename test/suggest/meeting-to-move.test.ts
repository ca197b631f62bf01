/**
 * meetingToMove: which meeting of a finding the assistant searches slots for.
 */
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { meetingToMove } from '../../src/suggest/meeting-to-move.js';
import { scenario, settings, window } from '../check/scenario.js';

describe('meetingToMove', () => {
  const report = checkOccurrences({ occurrences: scenario(), config: settings, window });
  const moved = (kind: string) => report.findings.filter((f) => f.kind === kind).map((f) => meetingToMove(f));

  test('order → the dependent', () => {
    expect(moved('order')).toEqual(['district/river-district']);
  });
  test('two meetings clashing → the later one', () => {
    expect(moved('double-booking')).toEqual(['district/summon']);
    expect(moved('travel-time')).toEqual(['mayor/next']);
  });
  test('a finding no single move resolves → null', () => {
    expect(moved('required-missing')).toEqual([null]);
  });
});
