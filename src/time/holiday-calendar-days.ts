/**
 * Reading a holiday calendar — Google's “Holidays in China”, Apple's 中国大陆节假日, a 调休 calendar
 * an office keeps, the chinese-days or holiday-cn feeds — from its loaded occurrences into dates of
 * the working calendar. Pure: the `.ics` is loaded by `loadCalendar` (any exporter dialect, RRULE,
 * multi-day DTEND), and this module only decides what each occurrence says about its dates.
 */
import { DateTime } from 'luxon';
import type { DayArrangement, HolidayCalendarDay } from '../model/config.js';
import type { LoadResult } from '../model/load-result.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import { mergeHolidayDay } from './internal/merge-holiday-day.js';

/** An event longer than this many days is not a holiday (a placeholder spanning a year). */
const MAX_DAYS = 60;

/** What one occurrence of a holiday calendar says: a holiday, a make-up working day, or nothing. */
type Statement = DayArrangement | 'observance';

// Make-up working days (调休上班): “补班”, “上班(补春节假期)”, “调休上班”, chinese-days' and Apple's
// “春节(班)” / “班”, Google's English “makeup work day” / “working day”.
const WORKDAY = /补班|上班|[（(]班[)）]|^班$|工作日|make-?up work|working day|workday|work day/iu;
// Google marks the days that are no day off (妇女节, 教师节, 平安夜 …) in DESCRIPTION: “Observance”,
// in Chinese “纪念日”; “Public holiday” / “公众假期” are the days off.
const OBSERVANCE = /^\s*(observance|纪念日|紀念日|节日|節日)/iu;

/**
 * The dates a loaded holiday calendar states, each with its arrangement, name, file and line.
 *
 * Which events say what: Apple's `X-APPLE-SPECIAL-DAY` decides when the file uses it (`WORK-HOLIDAY`
 * a day off, `ALTERNATE-WORKDAY` a make-up working day, none an observance such as 妇女节); else a
 * SUMMARY such as 补班 / 上班 / 调休上班 / (班) makes a make-up working day, a Google DESCRIPTION
 * “Observance” (纪念日) an observance that changes nothing, and every other event a day off — the
 * file was given as a holiday calendar. An all-day event states each date from DTSTART up to the
 * exclusive DTEND (RFC 5545 §3.6.1), a recurring one each instance's dates; a timed event that runs
 * from midnight to midnight (Outlook writes whole days so) or to 23:59 (OA systems) counts as its dates, any other timed
 * event is reported (`holiday-not-all-day`) and ignored. Cancelled events state nothing. When two
 * events disagree about a date, the one written first (by line) wins and the other is reported
 * (`holiday-conflict`).
 *
 * @param loaded - the calendar loaded with a window covering the years wanted
 * @param zone - the zone whole days are read in for timed events (the config's `timezone`)
 * @returns the dates by `YYYY-MM-DD`, and the problems found
 * @example
 * // NateScarlet/holiday-cn: SUMMARY:端午节假期, DTSTART;VALUE=DATE:20220603, DTEND;VALUE=DATE:20220606
 * holidayCalendarDays(loaded, 'Asia/Shanghai').days['2022-06-04']
 * //=> { kind: 'holiday', name: '端午节', file: 'holiday-cn.ics', line: 57, summary: '端午节假期', recurring: false }
 */
export function holidayCalendarDays(
  loaded: LoadResult,
  zone: string,
): { readonly days: Readonly<Record<string, HolidayCalendarDay>>; readonly problems: readonly Problem[] } {
  const days: Record<string, HolidayCalendarDay> = {};
  const problems: Problem[] = [];
  const apple = loaded.occurrences.some((o) => (o.xProps['X-APPLE-SPECIAL-DAY'] ?? []).length > 0);
  const reported = new Set<number>();
  // First written wins: by line, then by start for the instances of one recurring event.
  const ordered = [...loaded.occurrences].sort((a, b) => a.source.line - b.source.line || a.start.toMillis() - b.start.toMillis());
  for (const o of ordered) {
    if (o.status === 'cancelled') continue;
    const statement = statementOf(o, apple);
    if (statement === 'observance') continue;
    const dates = datesOf(o, zone);
    if (dates === null) {
      if (!reported.has(o.source.line)) {
        reported.add(o.source.line);
        problems.push({ code: 'holiday-not-all-day', severity: 'warning', source: o.source, data: { summary: o.summary } });
      }
      continue;
    }
    const day: HolidayCalendarDay = {
      kind: statement,
      name: holidayName(o.summary),
      file: o.source.file ?? '',
      line: o.source.line,
      summary: o.summary,
      recurring: o.recurrenceId !== null,
    };
    for (const date of dates) mergeHolidayDay(days, date, day, problems);
  }
  return { days, problems };
}

function statementOf(o: Occurrence, apple: boolean): Statement {
  if (apple) {
    const marker = (o.xProps['X-APPLE-SPECIAL-DAY'] ?? [])[0]?.trim().toUpperCase();
    return marker === 'ALTERNATE-WORKDAY' ? 'workday' : marker === 'WORK-HOLIDAY' ? 'holiday' : 'observance';
  }
  if (WORKDAY.test(o.summary)) return 'workday';
  if (o.description !== null && OBSERVANCE.test(o.description)) return 'observance';
  return 'holiday';
}

/** The dates an occurrence covers, or null for a timed event that is not whole days. */
function datesOf(o: Occurrence, zone: string): string[] | null {
  let first: DateTime | null = null;
  let end: DateTime | null = null;
  if (o.allDay) {
    first = o.start;
    end = o.end;
  } else {
    // Midnight to midnight on the event's own clock, or on the config's (a UTC export of a Beijing
    // day). OA systems write a whole day as 00:00–23:59 (or 23:59:59): that end is the next midnight.
    for (const z of [o.start.zone, zone]) {
      const s = o.start.setZone(z);
      let e = o.end.setZone(z);
      if (e.hour === 23 && e.minute === 59 && e.millisecond === 0) e = e.plus({ days: 1 }).startOf('day');
      if (e > s && s.equals(s.startOf('day')) && e.equals(e.startOf('day'))) {
        first = s;
        end = e;
        break;
      }
    }
    if (first === null || end === null) return null;
  }
  const from = DateTime.fromISO(first.toISODate() ?? '', { zone: 'utc' });
  const to = DateTime.fromISO(end.toISODate() ?? '', { zone: 'utc' });
  const dates: string[] = [];
  // An all-day event whose DTEND equals its DTSTART is one day (the loader already gives it one).
  for (let d = from; d < to || dates.length === 0; d = d.plus({ days: 1 })) {
    dates.push(d.toISODate() ?? '');
    if (dates.length >= MAX_DAYS) break;
  }
  return dates;
}

/**
 * The holiday's name from a SUMMARY: `端午节假期` → `端午节`, `上班(补春节假期)` → `春节`,
 * `元旦(休)` → `元旦`, `国庆节(班)` → `国庆节`; an English name stays as it is.
 */
function holidayName(summary: string): string {
  const madeUpFor = /[（(]补(.+?)(?:假期|假)?[)）]/u.exec(summary)?.[1];
  if (madeUpFor !== undefined) return madeUpFor.trim();
  const rest = summary
    .replace(/[（(](休|班|假|放假|调休)[)）]/gu, '')
    .replace(/调休上班|补班|上班|调休|放假|假期|休息/gu, '')
    .trim();
  // `调休上班（国庆节）` leaves the name in brackets.
  return /^[（(](.+)[)）]$/u.exec(rest)?.[1]?.trim() ?? rest;
}
