/**
 * `absenceSelector`: an office settles what counts as a day out with the `no-double-booking` rule's
 * `fieldWork` selector (QG-19) — after four rounds of fixes to the built-in words (QF-7, QF-20, QG-7, QG-17,
 * QG-19), its own titles decide, in place of the built-in reading of field work and trips.
 */
import { absenceSelector, defaultAbsence } from '../../../src/rules/internal/commitment.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

const day = (summary: string, location?: string) => occ({ start: '2027-01-26', summary, transparent: true, ...(location !== undefined && { location }) });

describe('absenceSelector', () => {
  test('neither absences nor fieldWork: the default itself (so the shared schedules are reused)', () => {
    expect(absenceSelector({})).toBe(defaultAbsence);
  });

  test('fieldWork replaces the built-in field work: what it matches is a day out, the built-in words no longer count', () => {
    const isAbsence = absenceSelector({ fieldWork: { summary: '进博会|慈善总会|督导' } });
    expect(isAbsence(day('考察第十届进博会'))).toBe(true);
    expect(isAbsence(day('走访慰问市慈善总会'))).toBe(true);
    // The office's selector overrides the built-in guards too: a 督导反馈会 it names is a day out.
    expect(defaultAbsence(day('安全生产督导反馈会'))).toBe(false);
    expect(isAbsence(day('安全生产督导反馈会'))).toBe(true);
    // Built-in field work and trips it leaves out are meetings again.
    expect(defaultAbsence(day('节前走访慰问'))).toBe(true);
    expect(isAbsence(day('节前走访慰问'))).toBe(false);
    expect(isAbsence(day('赴青石镇开展节前安全检查'))).toBe(false);
  });

  test('the absence words still count beside it, and only whole days are days out', () => {
    const isAbsence = absenceSelector({ fieldWork: { summary: '进博会' } });
    expect(isAbsence(day('赴京出差'))).toBe(true);
    expect(isAbsence(occ({ start: '2027-01-26 09:00', end: '2027-01-26 17:00', summary: '考察进博会' }))).toBe(false);
  });

  test('an office can narrow the reading with not: field work in a room is a meeting', () => {
    const isAbsence = absenceSelector({ fieldWork: { summary: '检查|考察', not: { location: '会议室' } } });
    expect(isAbsence(day('安全检查', '青石镇'))).toBe(true);
    expect(isAbsence(day('安全检查', '区政府第一会议室'))).toBe(false);
  });

  test('with absences, fieldWork adds to them (each replaces its part of the default)', () => {
    const isAbsence = absenceSelector({ absences: { summary: '^休假' }, fieldWork: { summary: '进博会' } });
    expect(isAbsence(day('休假'))).toBe(true);
    expect(isAbsence(day('考察进博会'))).toBe(true);
    expect(isAbsence(day('赴京出差'))).toBe(false);
    // absences alone keeps its meaning: selected occurrences, timed too.
    expect(absenceSelector({ absences: { summary: '出差' } })(occ({ start: '2027-01-26 09:00', summary: '出差' }))).toBe(true);
  });

  test('the README example: the built-in words plus 陪同 and 植树, and any such day in a meeting room a meeting', () => {
    const isAbsence = absenceSelector({ fieldWork: { summary: '走访|慰问|督导|督查|检查|考察|下乡|驻村|^赴|陪同|植树', not: { location: '会议室|报告厅' } } });
    expect(isAbsence(day('陪同市领导参加义务植树'))).toBe(true);
    expect(isAbsence(day('赴青石镇开展节前安全检查'))).toBe(true);
    expect(isAbsence(day('节前走访慰问'))).toBe(true);
    expect(isAbsence(day('节前走访慰问', '区政府第一会议室'))).toBe(false);
    expect(isAbsence(day('区政府常务会议'))).toBe(false);
  });
});
