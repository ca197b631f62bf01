/**
 * Counting working days in the Chinese working calendar (holidays and 调休 honoured), for gaps
 * written `{"workingDays": 3}` ("the district meeting within 3 working days after the city one").
 * `follows` uses it through `rules/internal/gap.ts`, which defines what such a gap means.
 */
import { DateTime } from 'luxon';
import type { HolidayData } from '../model/config.js';
import { dayInfo } from './working-calendar.js';

/**
 * Calendar days walked per working day before giving up, plus a margin. China has about 250 working
 * days a year and never more than nine days off in a row, so any real arrangement stays far below
 * this; the bound only stops a walk through holiday data that marks (almost) every day off.
 */
const DAYS_PER_WORKING_DAY = 3;
const MARGIN_DAYS = 60;

/**
 * The date `count` working days after `date` (the day itself not counted), or `unknown` with the
 * first date that could not be judged and how many working days were still to count from it on: a
 * count that crosses a year with no published arrangement has no answer, and guessing Monday–Friday
 * would be wrong around every holiday.
 * @param date - start date `YYYY-MM-DD`
 * @param count - working days to add, ≥ 0 (0 gives `date` itself)
 * @param user - the config's `holidays`
 * @returns `{ ok: true, date }` or `{ ok: false, unknown, left }`
 * @example
 * addWorkingDays('2022-04-29', 1) //=> { ok: true, date: '2022-05-05' } (劳动节 30 April – 4 May)
 * addWorkingDays('2026-12-30', 3) //=> { ok: false, unknown: '2027-01-02', left: 2 } (31 December counted, 1 January off by law)
 */
export function addWorkingDays(date: string, count: number, user?: HolidayData): { ok: true; date: string } | { ok: false; unknown: string; left: number } {
  if (!Number.isInteger(count) || count < 0) throw new Error(`addWorkingDays: count must be a whole number ≥ 0, got ${count}`);
  let day = DateTime.fromISO(date, { zone: 'utc' });
  if (!day.isValid) throw new Error(`addWorkingDays: not a date: ${date}`);
  let left = count;
  const limit = count * DAYS_PER_WORKING_DAY + MARGIN_DAYS;
  for (let walked = 0; left > 0; walked += 1) {
    // Holiday data with (almost) no working days is the user's mistake, reported as unknown rather than looping.
    if (walked >= limit) return { ok: false, unknown: day.toISODate() ?? date, left };
    day = day.plus({ days: 1 });
    const iso = day.toISODate() ?? '';
    const info = dayInfo(iso, user);
    if (info.kind === 'unknown') return { ok: false, unknown: iso, left };
    if (info.kind === 'workday') left -= 1;
  }
  return { ok: true, date: day.toISODate() ?? date };
}
