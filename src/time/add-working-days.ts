/**
 * Counting working days in the Chinese working calendar (holidays and 调休 honoured), for gaps
 * written `{"workingDays": 3}` ("the district meeting within 3 working days after the city one").
 * A building block for `follows`: not wired into the ordering engine yet.
 */
import { DateTime } from 'luxon';
import type { HolidayData } from '../model/config.js';
import { dayInfo } from './working-calendar.js';

/** Days walked before giving up (a gap of more working days than a year holds is a config mistake). */
const MAX_DAYS = 800;

/**
 * The date `count` working days after `date` (the day itself not counted), or `unknown` with the
 * first date that could not be judged: a count that crosses a year with no published arrangement
 * has no answer, and guessing Monday–Friday would be wrong around every holiday.
 * @param date - start date `YYYY-MM-DD`
 * @param count - working days to add, ≥ 0 (0 gives `date` itself)
 * @param user - the config's `holidays`
 * @returns `{ ok: true, date }` or `{ ok: false, unknown }`
 * @example
 * addWorkingDays('2022-04-29', 1) //=> { ok: true, date: '2022-05-05' } (劳动节 30 April – 4 May)
 * addWorkingDays('2026-12-30', 3) //=> { ok: false, unknown: '2027-01-01' }
 */
export function addWorkingDays(date: string, count: number, user?: HolidayData): { ok: true; date: string } | { ok: false; unknown: string } {
  if (!Number.isInteger(count) || count < 0) throw new Error(`addWorkingDays: count must be a whole number ≥ 0, got ${count}`);
  let day = DateTime.fromISO(date, { zone: 'utc' });
  if (!day.isValid) throw new Error(`addWorkingDays: not a date: ${date}`);
  let left = count;
  for (let walked = 0; left > 0; walked += 1) {
    if (walked >= MAX_DAYS) throw new Error(`addWorkingDays: more than ${MAX_DAYS} days for ${count} working days`);
    day = day.plus({ days: 1 });
    const iso = day.toISODate() ?? '';
    const info = dayInfo(iso, user);
    if (info.kind === 'unknown') return { ok: false, unknown: iso };
    if (info.kind === 'workday') left -= 1;
  }
  return { ok: true, date: day.toISODate() ?? date };
}
