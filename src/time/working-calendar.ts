/**
 * The Chinese working calendar: whether a date is a working day, a holiday, or unknown. The
 * arrangement of each year (法定节假日 and the make-up working days, 调休) is published by the State
 * Council's General Office late in the year before, so it cannot be computed: it comes from data —
 * the npm package chinese-days, plus the user's own `holidays` (dates in the config, holiday calendars
 * in `.ics`) — and a year that no data covers is `unknown`, never guessed as Monday–Friday. Every
 * verdict carries its provenance: the notice and year, or the file and line that decided it.
 */
import * as chineseDaysNs from 'chinese-days';
import { statutoryDayOff } from './statutory-days.js';

/** The law that fixes the statutory days off of every year (art. 2). */
const STATUTE = '《全国年节及纪念日放假办法》第二条';
import type { HolidayData } from '../model/config.js';
import type { HolidayProvenanceData } from '../model/finding.js';
import { civilDate, type CivilDate } from './internal/civil-date.js';
import { holidayNotice } from './internal/holiday-notices.js';
import { festivalsReaching, type FestivalReach } from './festival-reach.js';

/** What a date is. */
export type DayKind = 'workday' | 'holiday' | 'unknown';

/** A date's verdict and where it came from. */
export interface DayInfo {
  readonly date: string;
  readonly kind: DayKind;
  /** `statutory` for a named or user holiday, `weekend` for an ordinary Saturday/Sunday; null otherwise. */
  readonly dayType: 'statutory' | 'weekend' | null;
  /** The holiday's (or make-up day's) Chinese name, `端午`; `` when none. */
  readonly name: string;
  /**
   * The data that decided it, in one line (`《国务院办公厅关于2022年部分节假日安排的通知》，chinese-days
   * 1.5.7`, the user's `source`, `holidays-2027.ics:14`), or the data lacking for `unknown`.
   */
  readonly source: string;
  /** The same, as data: which source, file and line or JSON path, notice; null for `unknown`. */
  readonly provenance: HolidayProvenanceData | null;
}

const MS_PER_DAY = 86_400_000;

/** The bundled data, as finding data names it. */
export const CHINESE_DAYS_SOURCE = 'chinese-days 1.5.7';

/**
 * The years chinese-days 1.5.7 has data for (its `dist/years/*.json`: 2004–2026). Outside them its
 * `getDayDetail` silently answers Monday–Friday, so those years are unknown here; a test checks
 * this range against the installed package.
 */
export const CHINESE_DAYS_YEARS = { from: 2004, to: 2026 } as const;

type GetDayDetail = (date: number) => { date: string; work: boolean; name: string };

// chinese-days is CommonJS: under ESM its functions may sit on the namespace or on `default`.
const ns = chineseDaysNs as unknown as { getDayDetail?: GetDayDetail; default?: { getDayDetail?: GetDayDetail } };
const getDayDetail: GetDayDetail | undefined = ns.getDayDetail ?? ns.default?.getDayDetail;

/**
 * The years the user's holiday data supplies: `years` when given (each in full), else every year for
 * which `dates` and the holiday calendars' one-off events state a make-up working day (调休上班) —
 * supplied festival by festival (see `dayInfo`: the 春节 part of a notice says nothing of 国庆, QG-21).
 * Every arrangement published since 2004 has make-up days, so a year named only by days off — the 元旦
 * part of a notice typed into `dates`, a regional day, a forecast of festivals — is no notice
 * transcribed: its other days stay unknown rather than ordinary (QF-9; `yearsWithoutWorkdays` names
 * such years for a warning). A recurring event (元旦 every 1 January) does not count: it states one date.
 * @param user - the config's `holidays`
 * @returns the years, ascending
 * @example
 * userYears({ dates: { '2027-01-01': 'holiday', '2027-02-20': 'workday' }, source: '国办发明电〔2026〕7号' }) //=> [2027]
 * userYears({ dates: { '2027-01-01': 'holiday' }, source: '国办发明电〔2026〕7号' }) //=> []
 */
export function userYears(user?: HolidayData): readonly number[] {
  if (user === undefined) return [];
  const known = yearsMemo.get(user);
  if (known !== undefined) return known;
  const years = new Set<number>(user.years ?? []);
  if (user.years === undefined) {
    for (const [year, named] of namedYears(user)) if (named.workdays > 0) years.add(year);
  }
  const sorted = [...years].sort((a, b) => a - b);
  yearsMemo.set(user, sorted);
  return sorted;
}

const yearsMemo = new WeakMap<HolidayData, readonly number[]>();

/** A year the user's data names a date in, as `yearsWithoutWorkdays` reports it. */
export interface NamedYear {
  /** Days off it lists that year (dates and one-off calendar events). */
  readonly holidays: number;
  /** Make-up working days it lists that year. */
  readonly workdays: number;
  /** Where the year is first named: the first `dates` key of the year, else the first calendar event's file and line. */
  readonly firstDate: string | null;
  readonly firstEvent: { readonly file: string; readonly line: number } | null;
}

/**
 * The years the user's data names a date in without a single make-up working day, when `years` does
 * not say which years are supplied: such a year is not taken as supplied (see `userYears`), and the
 * user is told why (`holiday-year-without-workdays`, QF-9).
 * @param user - the config's `holidays`
 * @returns the years, ascending, with their counts and first mention
 * @example yearsWithoutWorkdays({ dates: { '2027-01-01': 'holiday' }, source: 'x' }).map(([year]) => year) //=> [2027]
 */
export function yearsWithoutWorkdays(user: HolidayData): [number, NamedYear][] {
  if (user.years !== undefined) return [];
  return [...namedYears(user)].filter(([, named]) => named.workdays === 0).sort(([a], [b]) => a - b);
}

/** Per year the user's data names: its days off and make-up days, and where it is first named. */
function namedYears(user: HolidayData): Map<number, NamedYear> {
  const byYear = new Map<number, { holidays: number; workdays: number; firstDate: string | null; firstEvent: { file: string; line: number } | null }>();
  const entry = (year: number) => {
    let e = byYear.get(year);
    if (e === undefined) byYear.set(year, (e = { holidays: 0, workdays: 0, firstDate: null, firstEvent: null }));
    return e;
  };
  for (const [date, value] of Object.entries(user.dates)) {
    const e = entry(Number(date.slice(0, 4)));
    // A date in both the config and a calendar counts once, as the config's (dates win).
    if ((typeof value === 'string' ? value : value.kind) === 'workday') e.workdays += 1;
    else e.holidays += 1;
    if (e.firstDate === null || date < e.firstDate) e.firstDate = date;
  }
  for (const [date, day] of Object.entries(user.calendarDays ?? {})) {
    if (day.recurring || user.dates[date] !== undefined) continue;
    const e = entry(Number(date.slice(0, 4)));
    if (day.kind === 'workday') e.workdays += 1;
    else e.holidays += 1;
    if (e.firstEvent === null || (day.file === e.firstEvent.file && day.line < e.firstEvent.line)) e.firstEvent = { file: day.file, line: day.line };
  }
  return byYear;
}

/**
 * What `date` is in China's working calendar. In order: the user's `dates`, the user's holiday
 * calendars, the bundled data (years 2004–2026), then the days off the law fixes every year (元旦,
 * 春节, 清明, 劳动节, 端午, 中秋, 国庆: see `statutoryDayOff`, 2025–2035), then — for a year the user's
 * data supplies — the weekday (a Saturday or Sunday the data does not list as a make-up working day
 * is a weekend); anything else is `unknown`. A year supplied without `years` is known festival by
 * festival: a festival whose longest stretch holds no date of the data is not given, and the days it
 * could still take (a weekday of its stretch) or swap (a weekend near it) stay `unknown`, as in a year
 * with no data; past the law table nothing bounds the festivals, and such a year is known by its dates
 * alone (QG-21).
 * @param date - `YYYY-MM-DD` (a civil date; no zone involved)
 * @param user - the user's holiday data, which wins date by date over the bundled data
 * @returns workday, holiday (statutory or weekend) or unknown, with name and provenance
 * @example
 * dayInfo('2022-04-24').kind //=> 'workday' (a Sunday, but a 调休 working day for Labour Day)
 * dayInfo('2022-06-03').name //=> '端午'
 * dayInfo('2022-06-03').provenance?.notice //=> '国务院办公厅关于2022年部分节假日安排的通知'
 * dayInfo('2027-10-04').kind //=> 'unknown'
 * dayInfo('2027-10-01').name //=> '国庆节' (fixed by law, before the 2027 notice)
 * dayInfo('2027-10-06', { dates: { '2027-02-09': 'holiday', '2027-02-20': 'workday' }, source: '春节部分' }).kind //=> 'unknown' (国庆 not given)
 */
export function dayInfo(date: string, user?: HolidayData): DayInfo {
  const day = civilDate(date);
  if (day === null) throw new Error(`dayInfo: not a date: ${date}`);
  const weekend = day.weekday >= 6;
  const own = user?.dates[date];
  if (own !== undefined && user !== undefined) {
    const entry = typeof own === 'string' ? { kind: own } : own;
    const notice = entry.source ?? user.source ?? '';
    const provenance: HolidayProvenanceData = {
      sourceKind: 'config',
      sourceFile: user.file ?? null,
      sourceLine: null,
      sourcePath: `holidays.dates.${date}`,
      year: day.year,
      notice,
      noticeUrl: null,
    };
    const source = notice !== '' ? notice : `holidays.dates.${date}`;
    return entry.kind === 'workday'
      ? { date, kind: 'workday', dayType: null, name: entry.name ?? '', source, provenance }
      : { date, kind: 'holiday', dayType: 'statutory', name: entry.name ?? '', source, provenance };
  }
  const listed = user?.calendarDays?.[date];
  if (listed !== undefined && user !== undefined) {
    const provenance: HolidayProvenanceData = {
      sourceKind: 'ics',
      sourceFile: listed.file,
      sourceLine: listed.line,
      sourcePath: null,
      year: day.year,
      notice: user.source ?? '',
      noticeUrl: null,
    };
    const source = `${listed.file}:${listed.line}`;
    return listed.kind === 'workday'
      ? { date, kind: 'workday', dayType: null, name: listed.name, source, provenance }
      : { date, kind: 'holiday', dayType: 'statutory', name: listed.name, source, provenance };
  }
  if (day.year >= CHINESE_DAYS_YEARS.from && day.year <= CHINESE_DAYS_YEARS.to && getDayDetail !== undefined) {
    return bundledDay(date, day, weekend, getDayDetail);
  }
  // A day off the law fixes every year is known before the year's notice (QB-30), and stays one in a
  // year the user supplied without naming it: a notice adds bridge days and 调休, it never takes the
  // law's days away (QC-26: one regional date for 2027 must not make 元旦 a working day).
  const byLaw = statutoryDayOff(date);
  if (byLaw !== null) {
    const provenance: HolidayProvenanceData = {
      sourceKind: 'bundled',
      sourceFile: null,
      sourceLine: null,
      sourcePath: null,
      year: day.year,
      notice: STATUTE,
      noticeUrl: null,
    };
    return { date, kind: 'holiday', dayType: 'statutory', name: byLaw, source: STATUTE, provenance };
  }
  // Festivals of a year supplied in part (no `years`) whose days the data does not list, and which could
  // make this date a bridge day or a 调休 weekend: null when the year has no table to bound them.
  const open = user !== undefined && user.years === undefined && userYears(user).includes(day.year) ? unlistedFestivalsReaching(date, user) : [];
  if (user !== undefined && userYears(user).includes(day.year) && open !== null && open.length === 0) {
    // A year the user supplied: what it does not list, and no festival it leaves out can reach, is an ordinary day.
    const provenance = coveringSource(user, day.year);
    const source = provenance.sourceFile ?? (provenance.notice !== '' ? provenance.notice : 'holidays');
    return weekend
      ? { date, kind: 'holiday', dayType: 'weekend', name: '', source, provenance }
      : { date, kind: 'workday', dayType: null, name: '', source, provenance };
  }
  const covered = userYears(user).map((year) => {
    if (year !== day.year || open === null || open.length === 0) return year === day.year && open === null ? `${year} in part` : String(year);
    return `${year} without ${[...new Set(open.map((f) => f.name))].join('、')}`;
  });
  const consulted = `${CHINESE_DAYS_SOURCE} (${CHINESE_DAYS_YEARS.from}–${CHINESE_DAYS_YEARS.to})`;
  return { date, kind: 'unknown', dayType: null, name: '', source: covered.length > 0 ? `${consulted}; holidays (${covered.join(', ')})` : consulted, provenance: null };
}

/**
 * The festivals that could still change what `date` is (`festivalsReaching`) and that the user's data
 * does not cover: a festival is covered when the data lists a date (in `dates`, or a one-off event of a
 * holiday calendar) within its longest stretch — the part of the notice typed in for it (QG-21: the 春节
 * part of the 2027 notice says nothing of 国庆's bridge days and 调休 weekends).
 * @returns the festivals, or null for a year outside the law table
 */
function unlistedFestivalsReaching(date: string, user: HolidayData): FestivalReach[] | null {
  const reaching = festivalsReaching(date);
  if (reaching === null) return null;
  const listed = listedDays(user);
  return reaching.filter((f) => !listed.some((d) => d >= f.stretchFrom && d <= f.stretchTo));
}

/** The day numbers the user's data lists (dates and one-off calendar events), memoised per data. */
function listedDays(user: HolidayData): readonly number[] {
  const known = listedMemo.get(user);
  if (known !== undefined) return known;
  const days = new Set<number>();
  for (const date of Object.keys(user.dates)) {
    const day = civilDate(date);
    if (day !== null) days.add(day.epochDay);
  }
  for (const [date, listed] of Object.entries(user.calendarDays ?? {})) {
    const day = civilDate(date);
    if (day !== null && !listed.recurring) days.add(day.epochDay);
  }
  const sorted = [...days].sort((a, b) => a - b);
  listedMemo.set(user, sorted);
  return sorted;
}

const listedMemo = new WeakMap<HolidayData, readonly number[]>();

/** Where the user's data for a whole year comes from: its first holiday calendar with a one-off event that year, else the config. */
function coveringSource(user: HolidayData, year: number): HolidayProvenanceData {
  const prefix = String(year);
  const listed = Object.entries(user.calendarDays ?? {})
    .filter(([date, d]) => date.startsWith(prefix) && !d.recurring)
    .map(([, d]) => d)
    .sort((a, b) => (a.file === b.file ? a.line - b.line : 0));
  const first = listed[0];
  const fromConfig = user.years !== undefined || Object.keys(user.dates).some((date) => date.startsWith(prefix));
  if (first !== undefined && !fromConfig) {
    return { sourceKind: 'ics', sourceFile: first.file, sourceLine: null, sourcePath: null, year, notice: user.source ?? '', noticeUrl: null };
  }
  return {
    sourceKind: 'config',
    sourceFile: user.file ?? null,
    sourceLine: null,
    sourcePath: user.years !== undefined ? 'holidays.years' : 'holidays.dates',
    year,
    notice: user.source ?? '',
    noticeUrl: null,
  };
}

/** A date of a year chinese-days covers, with the notice it transcribes. */
function bundledDay(date: string, day: CivilDate, weekend: boolean, detailOf: GetDayDetail): DayInfo {
  // chinese-days 1.5.7 builds its date tables at load time from UTC midnights formatted with the
  // host's local clock, and formats queries the same way; under a host zone west of Greenwich both
  // shift a day, and its bare-date or local-time queries then disagree with the tables (2022-04-24,
  // a 调休 Sunday, comes back as an ordinary Sunday in New York). Querying with the UTC-midnight
  // epoch goes through the same shift as the tables, which a test checks in several host zones.
  // Only its named entries (holidays and make-up days) are used; the weekday is ours.
  const detail = detailOf(day.epochDay * MS_PER_DAY);
  // Names of holidays and make-up days are `English,中文,days`; ordinary days are weekday names.
  const parts = detail.name.split(',');
  const listed = parts.length >= 2;
  const name = listed ? (parts[1] ?? '') : '';
  // The 元旦 days of late December (and their make-up days) belong to the next year's arrangement:
  // 2022-12-31 was set by the notice on 2023.
  const year = listed && name === '元旦' && day.month === 12 ? day.year + 1 : day.year;
  const notice = holidayNotice(date, year);
  const provenance: HolidayProvenanceData = {
    sourceKind: 'bundled',
    sourceFile: null,
    sourceLine: null,
    sourcePath: null,
    year,
    notice: notice?.title ?? '',
    noticeUrl: notice?.url ?? null,
  };
  const source = notice === null ? CHINESE_DAYS_SOURCE : `《${notice.title}》，${CHINESE_DAYS_SOURCE}`;
  if (listed && detail.work) return { date, kind: 'workday', dayType: null, name, source, provenance };
  if (!listed) {
    return weekend
      ? { date, kind: 'holiday', dayType: 'weekend', name: '', source, provenance }
      : { date, kind: 'workday', dayType: null, name: '', source, provenance };
  }
  return { date, kind: 'holiday', dayType: 'statutory', name, source, provenance };
}
