/**
 * Adding one date of a holiday calendar to the days read so far: the first statement about a date
 * wins, and a later one that disagrees (holiday against make-up working day) is reported where it
 * was written, so the user sees both lines.
 */
import type { HolidayCalendarDay } from '../../model/config.js';
import type { Problem } from '../../model/problem.js';

/**
 * Adds a holiday calendar's statement about a date, keeping the first and reporting a disagreement.
 * @param days - the days so far, by date (mutated)
 * @param date - `YYYY-MM-DD`
 * @param day - what the new statement says
 * @param problems - where a disagreement is reported (mutated)
 * @returns nothing
 * @example mergeHolidayDay(days, '2027-06-09', { kind: 'holiday', … }, problems)
 */
export function mergeHolidayDay(days: Record<string, HolidayCalendarDay>, date: string, day: HolidayCalendarDay, problems: Problem[]): void {
  const first = days[date];
  if (first === undefined) {
    days[date] = day;
    return;
  }
  // Two events naming one date the same way (a festival and its 假期 entry) agree: nothing to say.
  if (first.kind === day.kind) return;
  problems.push({
    code: 'holiday-conflict',
    severity: 'warning',
    source: { file: day.file, line: day.line },
    data: { date, kept: first.kind, first: `${first.file}:${first.line}` },
  });
}
