/**
 * Wall-clock arithmetic without `Date` (and so without the host zone): a wall time is counted in
 * milliseconds as if it were UTC, which makes adding days and comparing local times plain numbers.
 */

/** A local date and time as written in a calendar, before any zone is applied. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const DAY = 86_400_000;

/** Days from 1970-01-01 to the given proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The date of a day count (inverse of {@link daysFromCivil}). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Wall time → "local milliseconds" (the wall time read as if it were UTC). */
export function wallToLocalMillis(w: WallTime): number {
  return daysFromCivil(w.year, w.month, w.day) * DAY + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
}

/** Local milliseconds → wall time. */
export function localMillisToWall(ms: number): WallTime {
  const days = Math.floor(ms / DAY);
  let rest = ms - days * DAY;
  const { year, month, day } = civilFromDays(days);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  return { year, month, day, hour, minute, second: Math.floor(rest / 1000) };
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** ISO date `YYYY-MM-DD` of local milliseconds. */
export function isoDate(ms: number): string {
  const { year, month, day } = civilFromDays(Math.floor(ms / DAY));
  // Joined: a flat string (a template literal would be a tree of its parts, kept as a recurrence id).
  return [String(year).padStart(4, '0'), '-', String(month).padStart(2, '0'), '-', String(day).padStart(2, '0')].join('');
}

export const MS_PER_DAY = DAY;
