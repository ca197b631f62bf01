/**
 * A `YYYY-MM-DD` civil date read by arithmetic: the working calendar asks about thousands of dates
 * per check, and luxon's parser costs about a hundred times more than this. Days are counted from
 * 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days-from-civil algorithm).
 */

/** A civil date's parts, its day number from 1970-01-01, and its ISO weekday (Monday 1 … Sunday 7). */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly epochDay: number;
  readonly weekday: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/**
 * Reads `YYYY-MM-DD`.
 * @param date - the text
 * @returns its parts, or null when it is not a real date (2022-02-30)
 * @example civilDate('2022-06-03')?.weekday //=> 5
 */
export function civilDate(date: string): CivilDate | null {
  const m = ISO_DATE.exec(date);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  // Years counted from March, so that the leap day ends the year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const epochDay = era * 146097 + doe - 719468;
  // 1970-01-01 was a Thursday (4).
  const weekday = ((((epochDay + 3) % 7) + 7) % 7) + 1;
  return { year, month, day, epochDay, weekday };
}

/**
 * The civil date of a day number from 1970-01-01 (H. Hinnant's civil-from-days), the inverse of
 * {@link civilDate}.
 * @param epochDay - days since 1970-01-01
 * @returns its year and `YYYY-MM-DD`
 * @example civilFromEpochDay(19146).iso //=> '2022-06-03'
 */
export function civilFromEpochDay(epochDay: number): { readonly year: number; readonly iso: string } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, iso };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
