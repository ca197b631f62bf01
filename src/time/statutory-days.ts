/**
 * The days off that China's law fixes every year, before any annual notice: 《全国年节及纪念日放假办法》
 * (as revised in 2024, in force from 2025), art. 2 — 元旦 1 January; 春节 除夕 and 正月初一 to 初三; 清明节
 * the day of the 清明 solar term; 劳动节 1 and 2 May; 端午节 五月初五; 中秋节 八月十五; 国庆节 1 to 3 October.
 * The annual notice of the State Council only adds bridge days and the 调休 working weekends around
 * them, so in a year whose notice is not published these days are known days off and every other day
 * stays unknown (QB-30: a 2027 search must not offer 元旦).
 */

import { DateTime } from 'luxon';
import { civilDate } from './internal/civil-date.js';

/** The day off a date is by law, or null (also for years outside {@link STATUTORY_YEARS}). */
export function statutoryDayOff(date: string): string | null {
  const year = Number(date.slice(0, 4));
  const lunar = LUNAR[year];
  if (lunar === undefined) return null;
  const md = date.slice(5);
  const fixed = FIXED[md];
  if (fixed !== undefined) return fixed;
  if (date === lunar.qingming) return '清明';
  if (date === lunar.duanwu) return '端午';
  if (date === lunar.zhongqiu) return '中秋';
  // Day arithmetic rather than luxon: the working calendar asks this for every date it is not told about.
  const day = civilDate(date);
  if (day === null) return null;
  const offset = day.epochDay - civilDate(lunar.chunjie)!.epochDay;
  // 除夕 (the day before 正月初一) to 初三.
  return offset >= -1 && offset <= 2 ? '春节' : null;
}

/**
 * The festivals of one year by law, each with its first and last day off (both inclusive): 元旦, 春节
 * (除夕 to 初三), 清明, 劳动节, 端午, 中秋, 国庆节, in the order of the year. 中秋 is listed on its own day even
 * when that day is also one of 国庆's (2028: 3 October), for a notice treats them as two festivals.
 * @param year - a year of {@link STATUTORY_YEARS}
 * @returns the festivals, or null outside the table
 * @example statutoryFestivalDays(2027)?.[1] //=> { name: '春节', from: '2027-02-05', to: '2027-02-08' }
 */
export function statutoryFestivalDays(year: number): { readonly name: string; readonly from: string; readonly to: string }[] | null {
  const lunar = LUNAR[year];
  if (lunar === undefined) return null;
  const chunjie = DateTime.fromISO(lunar.chunjie, { zone: 'utc' });
  const day = (offset: number) => chunjie.plus({ days: offset }).toISODate()!;
  return [
    { name: '元旦', from: `${year}-01-01`, to: `${year}-01-01` },
    { name: '春节', from: day(-1), to: day(2) },
    { name: '清明', from: lunar.qingming, to: lunar.qingming },
    { name: '劳动节', from: `${year}-05-01`, to: `${year}-05-02` },
    { name: '端午', from: lunar.duanwu, to: lunar.duanwu },
    { name: '中秋', from: lunar.zhongqiu, to: lunar.zhongqiu },
    { name: '国庆节', from: `${year}-10-01`, to: `${year}-10-03` },
  ];
}

/** The years the table covers: the law as revised in 2024 applies from 2025. */
export const STATUTORY_YEARS = { from: 2025, to: 2035 } as const;

const FIXED: Readonly<Record<string, string>> = {
  '01-01': '元旦',
  '05-01': '劳动节',
  '05-02': '劳动节',
  '10-01': '国庆节',
  '10-02': '国庆节',
  '10-03': '国庆节',
};

/**
 * The lunar holidays and 清明 as solar dates (Beijing time), one row a year: 正月初一, the 清明 solar
 * term, 五月初五 and 八月十五. Read from chinese-days 1.5.7's lunar and solar-term tables under
 * Asia/Shanghai (its results shift with the host's zone, so they are not computed at run time); the
 * 2025 and 2026 rows agree with the published notices (a test checks them against the bundled data).
 * ICU's Chinese calendar differs on two new moons just before Beijing midnight (2027, 2030): the
 * tables follow the observatories (正月初一 2027 is 6 February).
 */
const LUNAR: Readonly<Record<number, { readonly chunjie: string; readonly qingming: string; readonly duanwu: string; readonly zhongqiu: string }>> = {
  2025: { chunjie: '2025-01-29', qingming: '2025-04-04', duanwu: '2025-05-31', zhongqiu: '2025-10-06' },
  2026: { chunjie: '2026-02-17', qingming: '2026-04-05', duanwu: '2026-06-19', zhongqiu: '2026-09-25' },
  2027: { chunjie: '2027-02-06', qingming: '2027-04-05', duanwu: '2027-06-09', zhongqiu: '2027-09-15' },
  2028: { chunjie: '2028-01-26', qingming: '2028-04-04', duanwu: '2028-05-28', zhongqiu: '2028-10-03' },
  2029: { chunjie: '2029-02-13', qingming: '2029-04-04', duanwu: '2029-06-16', zhongqiu: '2029-09-22' },
  2030: { chunjie: '2030-02-03', qingming: '2030-04-05', duanwu: '2030-06-05', zhongqiu: '2030-09-12' },
  2031: { chunjie: '2031-01-23', qingming: '2031-04-05', duanwu: '2031-06-24', zhongqiu: '2031-10-01' },
  2032: { chunjie: '2032-02-11', qingming: '2032-04-04', duanwu: '2032-06-12', zhongqiu: '2032-09-19' },
  2033: { chunjie: '2033-01-31', qingming: '2033-04-04', duanwu: '2033-06-01', zhongqiu: '2033-09-08' },
  2034: { chunjie: '2034-02-19', qingming: '2034-04-05', duanwu: '2034-06-20', zhongqiu: '2034-09-27' },
  2035: { chunjie: '2035-02-08', qingming: '2035-04-05', duanwu: '2035-06-10', zhongqiu: '2035-09-16' },
};
