/**
 * A `YYYY-MM-DD` civil date read by arithmetic: the working calendar asks about thousands of dates
 * per check, and luxon's parser costs about a hundred times more than this. Days are counted from
 * 1970-01-01 in the proleptic Gregorian calendar, by the loader's own day arithmetic (`load/internal/civil.ts`).
 */
import { civilFromDays, daysFromCivil, daysInMonth } from '../../load/internal/civil.js';

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
  const epochDay = daysFromCivil(year, month, day);
  // 1970-01-01 was a Thursday (4).
  const weekday = ((((epochDay + 3) % 7) + 7) % 7) + 1;
  return { year, month, day, epochDay, weekday };
}

/**
 * The civil date of a day number from 1970-01-01 (the loader's `civilFromDays`), the inverse of
 * {@link civilDate}.
 * @param epochDay - days since 1970-01-01
 * @returns its year and `YYYY-MM-DD`
 * @example civilFromEpochDay(19146).iso //=> '2022-06-03'
 */
export function civilFromEpochDay(epochDay: number): { readonly year: number; readonly iso: string } {
  const { year, month, day } = civilFromDays(epochDay);
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, iso };
}
