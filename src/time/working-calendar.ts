/**
 * The Chinese working calendar: whether a date is a working day, a holiday, or unknown. The
 * arrangement of each year (法定节假日 and the make-up working days, 调休) is published by the State
 * Council's General Office late in the year before, so it cannot be computed: it comes from data —
 * the npm package chinese-days, plus the user's own `holidays` — and a year that no data covers is
 * `unknown`, never guessed as Monday–Friday.
 */
import { DateTime } from 'luxon';
import * as chineseDaysNs from 'chinese-days';
import type { HolidayData } from '../model/config.js';

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
  /** The data that decided it (`chinese-days 1.5.7`, the user's source), or the data lacking for `unknown`. */
  readonly source: string;
}

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
 * What `date` is in China's working calendar.
 * @param date - `YYYY-MM-DD` (a civil date; no zone involved)
 * @param user - the user's holiday data, which wins date by date over the bundled data
 * @returns workday, holiday (statutory or weekend) or unknown, with name and source
 * @example
 * dayInfo('2022-04-24').kind //=> 'workday' (a Sunday, but a 调休 working day for Labour Day)
 * dayInfo('2022-06-03').name //=> '端午'
 * dayInfo('2027-10-01').kind //=> 'unknown'
 */
export function dayInfo(date: string, user?: HolidayData): DayInfo {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  if (!day.isValid) throw new Error(`dayInfo: not a date: ${date}`);
  const weekend = day.weekday >= 6;
  const own = user?.dates[date];
  if (own !== undefined && user !== undefined) {
    return own === 'workday'
      ? { date, kind: 'workday', dayType: null, name: '', source: user.source }
      : { date, kind: 'holiday', dayType: 'statutory', name: '', source: user.source };
  }
  if (day.year < CHINESE_DAYS_YEARS.from || day.year > CHINESE_DAYS_YEARS.to || getDayDetail === undefined) {
    return { date, kind: 'unknown', dayType: null, name: '', source: `${CHINESE_DAYS_SOURCE} (${CHINESE_DAYS_YEARS.from}–${CHINESE_DAYS_YEARS.to})` };
  }
  // chinese-days 1.5.7 builds its date tables at load time from UTC midnights formatted with the
  // host's local clock, and formats queries the same way; under a host zone west of Greenwich both
  // shift a day, and its bare-date or local-time queries then disagree with the tables (2022-04-24,
  // a 调休 Sunday, comes back as an ordinary Sunday in New York). Querying with the UTC-midnight
  // epoch goes through the same shift as the tables, which a test checks in several host zones.
  // Only its named entries (holidays and make-up days) are used; the weekday is ours.
  const detail = getDayDetail(day.toMillis());
  // Names of holidays and make-up days are `English,中文,days`; ordinary days are weekday names.
  const parts = detail.name.split(',');
  const listed = parts.length >= 2;
  const name = listed ? (parts[1] ?? '') : '';
  if (listed && detail.work) return { date, kind: 'workday', dayType: null, name, source: CHINESE_DAYS_SOURCE };
  if (!listed) {
    return weekend
      ? { date, kind: 'holiday', dayType: 'weekend', name: '', source: CHINESE_DAYS_SOURCE }
      : { date, kind: 'workday', dayType: null, name: '', source: CHINESE_DAYS_SOURCE };
  }
  return { date, kind: 'holiday', dayType: 'statutory', name, source: CHINESE_DAYS_SOURCE };
}
