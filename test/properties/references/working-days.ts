/**
 * Day-by-day reference for `working-days` (README “Rules” and the rule's JSDoc): for every non-cancelled,
 * busy meeting matching `event` (transparent, FREE, out-of-office, working-elsewhere entries and
 * absences skipped), each date it touches in the report zone is looked up in the documented data
 * source, the chinese-days package (2004–2026), directly: the first non-working date gives `holiday`,
 * the first date of an uncovered year `holiday-unknown`; with `hours`, a timed meeting whose dates are
 * all working days and that starts before or ends after them (or spans days, unless it ends at the
 * midnight closing its day and the hours end `24:00`) gives `outside-hours`, as does a start-only meeting (an
 * instant) at the closing time itself (QE-7). Copies of a meeting on
 * several calendars (same UID and start) are one meeting, held when any copy is not cancelled; with
 * hours per office (README: "a meeting copied onto several offices' calendars is judged by each office's
 * hours, and an office with no entry and no `*` is not judged") each office holding a held copy is
 * tried in name order, calendars without an office last under `*`, and the first whose hours it breaks
 * is named (`*` when its hours came from the `*` entry).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { isDefaultAbsence } from './busy.js';

export interface WorkingDayFinding {
  readonly kind: 'holiday' | 'holiday-unknown' | 'outside-hours';
  readonly meeting: string;
  /** The date (`holiday`, `holiday-unknown`), or `` for `outside-hours`. */
  readonly date: string;
  /** `statutory:清明`, `weekend:` (holiday), the office named (outside-hours) or `` . */
  readonly what: string;
}

/** The dates an occurrence touches in `zone`: all-day ones their own dates, timed ones from the start to the instant before the end. */
function datesOf(o: Occurrence, zone: string): string[] {
  if (o.allDay) {
    const out: string[] = [];
    for (let d = o.start; d < o.end; d = d.plus({ days: 1 })) out.push(d.toISODate()!);
    return out;
  }
  const first = o.start.setZone(zone).startOf('day');
  const last = (o.end > o.start ? o.end.minus({ milliseconds: 1 }) : o.start).setZone(zone).startOf('day');
  const out: string[] = [];
  for (let d = first; d <= last; d = d.plus({ days: 1 })) out.push(d.toISODate()!);
  return out;
}

/**
 * The data's verdict on a date, read from the package's own table (statutory holidays, make-up
 * working days) plus the weekday. Not through its functions: under a western host TZ (the tests run
 * under America/New_York) chinese-days 1.5.7's getDayDetail('2022-04-02') reports 2022-04-01, and
 * with a local time it mixes the two days' fields (`work: false` for the 调休 Saturday 2022-04-02).
 */
const data = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', 'chinese-days', 'dist', 'chinese-days.json'), 'utf8')) as {
  readonly holidays: Record<string, string>;
  readonly workdays: Record<string, string>;
};
const { holidays, workdays } = data;
const dayOf = (date: string): { work: boolean; name: string } => {
  if (holidays[date] !== undefined) return { work: false, name: holidays[date] };
  if (workdays[date] !== undefined) return { work: true, name: workdays[date] };
  const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
  return { work: weekday <= 5, name: weekday <= 5 ? 'weekday' : 'weekend' };
};

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Office hours: one range for every calendar, or one per office name with `*` for the rest. */
export type HoursSpec = { readonly start: string; readonly end: string } | Readonly<Record<string, { readonly start: string; readonly end: string }>>;

export function workingDaysReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  isEvent: (o: Occurrence) => boolean,
  zone: string,
  hoursSpec: HoursSpec | null,
): WorkingDayFinding[] {
  const out: WorkingDayFinding[] = [];
  const done = new Set<string>();
  const heldCopies = (meeting: string) => occurrences.filter((c) => meetingOf.get(c.key) === meeting && c.status !== 'cancelled' && isEvent(c));
  const noMeeting = (o: Occurrence) => o.transparent || o.busy === 'free' || o.busy === 'oof' || o.busy === 'working-elsewhere' || isDefaultAbsence(o);
  for (const o of occurrences) {
    const meeting = meetingOf.get(o.key)!;
    if (done.has(meeting) || !isEvent(o) || o.status === 'cancelled' || noMeeting(o)) continue;
    // A meeting is held when some copy books its people: a leader's own FREE or transparent copy of
    // the office's busy meeting does not make it no meeting (nor the other way round).
    done.add(meeting);
    const dates = datesOf(o, zone);
    const unknown = dates.find((d) => Number(d.slice(0, 4)) < 2004 || Number(d.slice(0, 4)) > 2026);
    if (unknown !== undefined) out.push({ kind: 'holiday-unknown', meeting, date: unknown, what: '' });
    const off = dates.find((d) => d !== unknown && Number(d.slice(0, 4)) <= 2026 && !dayOf(d).work);
    if (off !== undefined) {
      const name = dayOf(off).name.split(',');
      out.push({ kind: 'holiday', meeting, date: off, what: name.length > 1 ? `statutory:${name[1]}` : 'weekend:' });
    }
    if (hoursSpec === null || o.allDay || unknown !== undefined || off !== undefined) continue;
    const dayStart = o.start.setZone(zone).startOf('day');
    const startMinute = o.start.diff(dayStart, 'minutes').minutes;
    const endMinute = o.end.diff(dayStart, 'minutes').minutes;
    const single = typeof hoursSpec.start === 'string';
    const offices = single ? [null] : [...new Set(heldCopies(meeting).map((c) => c.calendar.office))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
    for (const office of offices) {
      const table = hoursSpec as Readonly<Record<string, { readonly start: string; readonly end: string }>>;
      const [named, hours] = single ? ['*', hoursSpec as { start: string; end: string }] : office !== null && table[office] !== undefined ? [office, table[office]] : ['*', table['*']];
      if (hours === undefined) continue;
      // A start-only meeting (an instant) at the closing time starts after the office closed (QE-7).
      const instant = endMinute === startMinute;
      if (startMinute < minutesOf(hours.start) || endMinute > minutesOf(hours.end) || (instant && startMinute >= minutesOf(hours.end))) {
        out.push({ kind: 'outside-hours', meeting, date: '', what: named });
        break;
      }
    }
  }
  return out;
}

/** For the test: a date-time in `zone` from an ISO date and minutes after its midnight. */
export const at = (date: string, minutes: number, zone: string) => DateTime.fromISO(date, { zone }).plus({ minutes });

/**
 * Whether a date is a working day by the documented data (chinese-days 2004–2026: statutory holidays
 * off, 调休 make-up days worked, else Monday–Friday) under the config's `holidays`, or null for a year
 * neither covers.
 */
export function isWorkingDay(date: string, user?: UserHolidays): boolean | null {
  // README `holidays`: the config's dates win over the bundled data; a year the config supplies has its
  // unlisted days as ordinary days (Saturday and Sunday off).
  const own = user?.dates[date];
  if (own !== undefined) return own === 'workday';
  const year = Number(date.slice(0, 4));
  if (year >= 2004 && year <= 2026) return dayOf(date).work;
  // README `holidays`: the days off the law fixes every year are known before the year's notice, and stay
  // off in a year the config supplies unless it lists them; the generated data reach into 2027 only.
  // 2027: 元旦, 春节 (除夕 5 Feb, 正月初一 6 Feb – 初三 8 Feb), 清明, 劳动节, 端午, 中秋, 国庆.
  if (LAW_2027.has(date)) return false;
  if (user?.years.includes(year)) return DateTime.fromISO(date, { zone: 'utc' }).weekday <= 5;
  return null;
}

const LAW_2027 = new Set(['2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03']);

/** The config's `holidays`, as far as the references read them: dates and the years supplied. */
export interface UserHolidays {
  readonly dates: Readonly<Record<string, 'holiday' | 'workday'>>;
  readonly years: readonly number[];
}
