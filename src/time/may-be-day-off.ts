/**
 * Whether days of a year with no published arrangement could still all turn out days off. The
 * arrangement itself is never guessed (`dayInfo` says `unknown`), but it is bounded: the State
 * Council's notice only joins bridge days and 调休 weekends to the days off the law fixes (元旦, 春节,
 * 清明, 劳动节, 端午, 中秋, 国庆: `statutoryDayOff`), each festival's into one unbroken stretch that holds
 * all of them, and no stretch has been longer than its festival's longest (春节 nine days, 国庆 eight,
 * 劳动节 five, 元旦, 清明, 端午 and 中秋 three: 2004–2026; 2020's emergency extension of 春节 to ten days
 * is the one exception, and a one-off holiday of its own, as 3 September 2015 was, no rule can
 * foresee). A rule asking "could this period hold no working day at all?" (`cadence`, QF-1) can then
 * tell the 春节 week from the week after 元旦 or an ordinary week of March without knowing the notice
 * (QG-8).
 */
import type { HolidayData } from '../model/config.js';
import { LONGEST_BREAK_DAYS, longestBreak } from './festival-reach.js';
import { civilDate, civilFromEpochDay } from './internal/civil-date.js';
import { STATUTORY_YEARS } from './statutory-days.js';
import { dayInfo } from './working-calendar.js';

/**
 * Whether every one of `dates` is, or could turn out to be, a day off under one arrangement: each
 * is a known holiday or weekend, an unknown Saturday or Sunday (a 调休 working weekend is only known
 * from the notice), or an unknown Monday–Friday that one festival's stretch could cover together with
 * all that festival's days off (or every nearby festival's stretches together) — or one in reach of a
 * year the law table does not cover (2025–2035), where nothing bounds a break. False as soon as one is
 * a known working day.
 * @param dates - `YYYY-MM-DD`, any order
 * @param user - the config's `holidays`
 * @returns true when the dates may all be off at once
 * @example
 * mayAllBeOff(['2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12']) //=> true (the week after 春节 2027's 初一, 6 February)
 * mayAllBeOff(['2027-06-07', '2027-06-08', '2027-06-10', '2027-06-11']) //=> false (端午 is one day: at most three off)
 * mayAllBeOff(['2027-03-17']) //=> false (a Wednesday far from every holiday: a working day whatever the notice)
 */
export function mayAllBeOff(dates: readonly string[], user?: HolidayData): boolean {
  const open: number[] = [];
  for (const date of dates) {
    const kind = dayInfo(date, user).kind;
    if (kind === 'workday') return false;
    const day = civilDate(date);
    if (day === null) throw new Error(`mayAllBeOff: not a date: ${date}`);
    if (kind === 'unknown' && day.weekday <= 5) open.push(day.epochDay);
  }
  if (open.length === 0) return true;
  const first = Math.min(...open);
  const last = Math.max(...open);
  // The festivals whose stretch could reach the open days, with their days off by law (or the user's data).
  const reach = LONGEST_BREAK_DAYS - 1;
  // A festival is a run of consecutive days off of one name (a user's unnamed days: each run its own).
  const festivals: { from: number; to: number; name: string; longest: number }[] = [];
  for (let d = first - reach; d <= last + reach; d += 1) {
    const near = civilFromEpochDay(d);
    const info = dayInfo(near.iso, user);
    // Outside the law table the days the law fixes are not known: nothing bounds a break there.
    if (info.kind === 'unknown' && (near.year < STATUTORY_YEARS.from || near.year > STATUTORY_YEARS.to)) return true;
    if (info.kind !== 'holiday' || info.dayType !== 'statutory') continue;
    const previous = festivals[festivals.length - 1];
    if (previous !== undefined && previous.name === info.name && previous.to === d - 1) previous.to = d;
    else festivals.push({ from: d, to: d, name: info.name, longest: longestBreak(info.name) });
  }
  // A run cut by the edge of the days looked at is a festival's all the same: its other days count too.
  for (const f of festivals) {
    const same = (d: number): boolean => {
      const info = dayInfo(civilFromEpochDay(d).iso, user);
      return info.kind === 'holiday' && info.dayType === 'statutory' && info.name === f.name;
    };
    for (let steps = 0; steps < LONGEST_BREAK_DAYS && same(f.from - 1); steps += 1) f.from -= 1;
    for (let steps = 0; steps < LONGEST_BREAK_DAYS && same(f.to + 1); steps += 1) f.to += 1;
  }
  // One festival's stretch: all its days off and the open days within its longest.
  for (const f of festivals) if (Math.max(last, f.to) - Math.min(first, f.from) + 1 <= f.longest) return true;
  // Stretches of neighbouring festivals joined (中秋 and 国庆): within their longest together.
  if (festivals.length > 1) {
    const all = festivals;
    const from = Math.min(first, ...all.map((f) => f.from));
    const to = Math.max(last, ...all.map((f) => f.to));
    if (to - from + 1 <= all.reduce((sum, f) => sum + f.longest, 0)) return true;
  }
  return false;
}

/**
 * Whether `date` is, or could turn out to be, a day off: {@link mayAllBeOff} of the one date.
 * @param date - `YYYY-MM-DD`
 * @param user - the config's `holidays`
 * @returns true when the date may be off
 * @example
 * mayBeDayOff('2027-02-10') //=> true (春节 2027: 初一 is 6 February)
 * mayBeDayOff('2027-01-05') //=> false (元旦 is one day: its stretch ends by 3 January)
 * mayBeDayOff('2026-03-17') //=> false (known: a working day)
 */
export function mayBeDayOff(date: string, user?: HolidayData): boolean {
  return mayAllBeOff([date], user);
}
