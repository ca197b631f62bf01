/**
 * Which days each statutory festival's arrangement can touch before its notice is known. The State
 * Council's notice joins bridge days to the days the law fixes (`statutoryDayOff`) into one unbroken
 * stretch per festival, never longer than that festival's longest so far (春节 nine days, 国庆 eight, 劳动节
 * five, 元旦, 清明, 端午 and 中秋 three: 2004–2026, 2020's emergency extension aside), and makes up for them
 * on Saturdays or Sundays near that stretch (调休). So a festival can make a weekday off only within its
 * longest stretch around its days by law, and a weekend a working day only a little further out. A day
 * no festival can reach is ordinary under any notice: this is what lets a year whose notice is known in
 * part (the 春节 days an office types first) be known festival by festival (QG-21).
 */
import { civilDate } from './internal/civil-date.js';
import { STATUTORY_YEARS, statutoryFestivalDays } from './statutory-days.js';

/** The longest stretch of days off any festival's arrangement has had (春节 2026: 15–23 February). */
export const LONGEST_BREAK_DAYS = 9;

/**
 * How far a make-up working day (调休上班) has been from its festival's stretch of days off, in days:
 * 2026's 国庆 was made up on Sunday 20 September, eleven days before 1 October (the others 2004–2026
 * are six days or less; a test checks the bound against the bundled data).
 */
export const MAKE_UP_REACH_DAYS = 11;

/**
 * The longest stretch of days off around each festival, by the name the law table or the user's
 * data gives its days; a day off of another name (a regional holiday the user lists) is bounded by
 * the longest of all.
 * @param name - the holiday's name (`春节`, `国庆节`, `端午节` …)
 * @returns days
 * @example longestBreak('端午') //=> 3
 */
export function longestBreak(name: string): number {
  if (name.includes('春节')) return LONGEST_BREAK_DAYS;
  // 中秋 next to 国庆 joins its stretch (2023: 29 September – 6 October).
  if (name.includes('国庆')) return 8;
  if (name.includes('劳动')) return 5;
  if (/元旦|清明|端午|中秋/u.test(name)) return 3;
  return LONGEST_BREAK_DAYS;
}

/** One festival of one year's arrangement and the days its notice can touch, as day numbers from 1970-01-01. */
export interface FestivalReach {
  /** As the law table names it: `元旦`, `春节`, `清明`, `劳动节`, `端午`, `中秋`, `国庆节`. */
  readonly name: string;
  /** The arrangement it belongs to (元旦 2028 is 2028's, even where it reaches into December 2027). */
  readonly year: number;
  /** The days its stretch of days off can cover, both inclusive: within its longest of its days by law. */
  readonly stretchFrom: number;
  readonly stretchTo: number;
  /** The days a make-up working weekend of it can fall on, both inclusive (the stretch's, widened). */
  readonly makeUpFrom: number;
  readonly makeUpTo: number;
}

const memo = new Map<number, readonly FestivalReach[] | null>();

/**
 * The festivals of one year's arrangement with their reach.
 * @param year - the arrangement's year
 * @returns the seven festivals, or null outside the law table (2025–2035), where nothing bounds them
 * @example festivalReaches(2027)?.find((f) => f.name === '国庆节')?.stretchFrom //=> the day number of 2027-09-26
 */
export function festivalReaches(year: number): readonly FestivalReach[] | null {
  const known = memo.get(year);
  if (known !== undefined) return known;
  const days = year >= STATUTORY_YEARS.from && year <= STATUTORY_YEARS.to ? statutoryFestivalDays(year) : null;
  const reaches =
    days === null
      ? null
      : days.map(({ name, from, to }) => reach(name, year, civilDate(from)!.epochDay, civilDate(to)!.epochDay));
  memo.set(year, reaches);
  return reaches;
}

/**
 * The festivals whose notice could change what `date` is: make it a day off (a weekday within a
 * stretch) or a working day (a Saturday or Sunday within reach of a stretch). The date's own year is
 * asked, and in December the next year's 元旦, whose stretch and make-up days reach back into it (no
 * other festival reaches across a year's end: 春节's stretch starts 15 January at the earliest).
 * @param date - `YYYY-MM-DD`
 * @returns the festivals, or null for a year outside the law table (nothing bounds its festivals)
 * @example festivalsReaching('2027-10-06')?.map((f) => f.name) //=> ['国庆节']
 * @example festivalsReaching('2027-03-17') //=> [] (a Wednesday far from every festival)
 */
export function festivalsReaching(date: string): FestivalReach[] | null {
  const day = civilDate(date);
  if (day === null) throw new Error(`festivalsReaching: not a date: ${date}`);
  const own = festivalReaches(day.year);
  if (own === null) return null;
  const candidates = day.month === 12 ? [...own, newYearReach(day.year + 1)] : own;
  const weekend = day.weekday >= 6;
  return candidates.filter((f) =>
    weekend ? day.epochDay >= f.makeUpFrom && day.epochDay <= f.makeUpTo : day.epochDay >= f.stretchFrom && day.epochDay <= f.stretchTo,
  );
}

/** 元旦 of a year, fixed by law on 1 January in any year (so also past the table's last year). */
function newYearReach(year: number): FestivalReach {
  return festivalReaches(year)?.find((f) => f.name === '元旦') ?? reach('元旦', year, civilDate(`${year}-01-01`)!.epochDay, civilDate(`${year}-01-01`)!.epochDay);
}

function reach(name: string, year: number, first: number, last: number): FestivalReach {
  const longest = longestBreak(name);
  const stretchFrom = last - longest + 1;
  const stretchTo = first + longest - 1;
  return { name, year, stretchFrom, stretchTo, makeUpFrom: stretchFrom - MAKE_UP_REACH_DAYS, makeUpTo: stretchTo + MAKE_UP_REACH_DAYS };
}
