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
  test('two meetings on different levels → the one on the lower level, earlier or not (QA26-43)', () => {
    const [clash] = report.findings.filter((f) => f.kind === 'double-booking');
    // district/summon (15:00) is the later one; with the mayor's calendar put at city level, the
    // district meeting is still the one to move, and with the district at city level, the visit is.
    const levels = (mayor: string, district: string) => (calendar: string) => (({ mayor, district, city: 'city' }) as Record<string, string>)[calendar] as never;
    expect(meetingToMove(clash!, levels('city', 'district'))).toBe('district/summon');
    expect(meetingToMove(clash!, levels('township', 'city'))).toBe('mayor/visit');
    // Same level, or a level unknown: the later one, as without levels.
    expect(meetingToMove(clash!, levels('district', 'district'))).toBe('district/summon');
  });
  test('order-late → the relay that comes too late (QB-9)', () => {
    const late = { ...report.findings.find((f) => f.kind === 'order')!, kind: 'order-late' } as unknown as Parameters<typeof meetingToMove>[0];
    expect(meetingToMove(late)).toBe(late.occurrences[0]!.key);
  });
  test('a finding no single move resolves → null', () => {
    expect(moved('required-missing')).toEqual([null]);
  });
});
