/**
 * Whether a date of a year with no published arrangement could still turn out a day off. The
 * arrangement itself is never guessed (`dayInfo` says `unknown`), but it is bounded: the State
 * Council's notice only joins bridge days and 调休 weekends to the days off the law fixes (元旦, 春节,
 * 清明, 劳动节, 端午, 中秋, 国庆: `statutoryDayOff`), and no stretch of days off has been longer than nine
 * days (2004–2026; 2020's emergency extension of 春节 to ten days still kept within eight days of the
 * law's). So a Monday–Friday more than eight days from every day off the law fixes (or the user's data
 * lists) is a working day under any arrangement the notice can bring — save a one-off holiday of its
 * own, as 3 September 2015 was, which no rule can foresee. A rule asking "could this
 * period hold no working day at all?" (`cadence`, QF-1) can then tell the 春节 week from an
 * ordinary week of March without knowing the notice.
 */
import type { HolidayData } from '../model/config.js';
import { civilDate, civilFromEpochDay } from './internal/civil-date.js';
import { STATUTORY_YEARS } from './statutory-days.js';
import { dayInfo } from './working-calendar.js';

/**
 * The longest stretch of consecutive days off any arrangement has had (春节 2026: 15–23 February).
 * Every such stretch holds a day the law fixes, so an unknown weekday further from all of them than
 * this, less one, cannot fall in one.
 */
export const LONGEST_BREAK_DAYS = 9;

/**
 * Whether `date` is, or could turn out to be, a day off: a known holiday or weekend; an unknown
 * Saturday or Sunday (a 调休 working weekend is only known from the notice); an unknown Monday–Friday
 * within eight days of a day off the law fixes or the user's data lists, or in reach of a year the
 * law table does not cover (2025–2035), where nothing bounds it. Not a known working day, and not an
 * unknown weekday far from every holiday (the third week of March).
 * @param date - `YYYY-MM-DD`
 * @param user - the config's `holidays`
 * @returns true when the date may be off
 * @example
 * mayBeDayOff('2027-02-10') //=> true (春节 2027: 初一 is 6 February, the notice may give the week off)
 * mayBeDayOff('2027-03-17') //=> false (a Wednesday far from every holiday: a working day whatever the notice)
 * mayBeDayOff('2026-03-17') //=> false (known: a working day)
 */
export function mayBeDayOff(date: string, user?: HolidayData): boolean {
  const info = dayInfo(date, user);
  if (info.kind !== 'unknown') return info.kind === 'holiday';
  const day = civilDate(date)!;
  if (day.weekday >= 6) return true;
  const reach = LONGEST_BREAK_DAYS - 1;
  for (let offset = -reach; offset <= reach; offset += 1) {
    const near = civilFromEpochDay(day.epochDay + offset);
    // Outside the law table the days the law fixes are not known: nothing bounds a break there.
    if (near.year < STATUTORY_YEARS.from || near.year > STATUTORY_YEARS.to) {
      if (dayInfo(near.iso, user).kind === 'unknown') return true;
      continue;
    }
    const other = dayInfo(near.iso, user);
    if (other.kind === 'holiday' && other.dayType === 'statutory') return true;
  }
  return false;
}
