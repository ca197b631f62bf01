/**
 * Turning the holiday calendars a config names (`holidays.ics`) into dates of its holiday data.
 * Pure: the files' bytes come in as a map, as the calendars' do for `check`; `io/read-config.ts`
 * reads them.
 */
import { DateTime } from 'luxon';
import type { HolidayCalendarDay, HolidayData } from '../model/config.js';
import type { Problem } from '../model/problem.js';
import { loadCalendar } from '../load/load-calendar.js';
import { holidayCalendarDays } from './holiday-calendar-days.js';
import { mergeHolidayDay } from './internal/merge-holiday-day.js';
import { yearsWithoutWorkdays } from './working-calendar.js';

/**
 * Holiday calendars are read from 1970 to 2100, not just over the check window: a recurring 元旦
 * must not stop at the window's end, since `addWorkingDays` and slot suggestions look past it.
 */
const SPAN = { from: '1970-01-01', to: '2100-01-01' } as const;

/**
 * Three centuries of a few dozen yearly holidays stay far below this; a calendar that is no holiday
 * calendar (a daily RRULE) stops here with the loader's `occurrence-cap` warning instead of
 * expanding a hundred thousand days.
 */
const MAX_OCCURRENCES = 20_000;

/**
 * Loads every `.ics` named in `holidays.ics` from `sources` and returns the holiday data with their
 * dates in `calendarDays` and the config file in `file` (the first file that states a date wins; a later one that disagrees is a
 * `holiday-conflict` warning). A file missing from `sources` is a `missing-source` error at
 * `holidays.ics[i]`, one that lists no day at all a `holiday-calendar-empty` warning there; the
 * loader's own problems (with file and line) are passed on.
 * @param holidays - the config's `holidays`
 * @param sources - file contents keyed as written in `holidays.ics`
 * @param options - `zone`: the config's `timezone` (floating times, whole days); `configFile` for locations
 * @returns the holiday data ready for `dayInfo`, and the problems
 * @example
 * const { holidays } = loadHolidayCalendars({ dates: {}, ics: ['cn-2027.ics'] }, new Map([['cn-2027.ics', text]]), { zone: 'Asia/Shanghai' });
 * dayInfo('2027-06-09', holidays).source
 * //=> 'cn-2027.ics:21'
 */
export function loadHolidayCalendars(
  holidays: HolidayData,
  sources: ReadonlyMap<string, string | Uint8Array>,
  options: { readonly zone: string; readonly configFile?: string | null | undefined },
): { readonly holidays: HolidayData; readonly problems: readonly Problem[] } {
  const files = holidays.ics ?? [];
  // The config file is where `dates` were written: their findings cite it.
  const file = options.configFile === undefined ? {} : { file: options.configFile };
  if (files.length === 0) return { holidays: { ...holidays, ...file }, problems: [] };
  const problems: Problem[] = [];
  const days: Record<string, HolidayCalendarDay> = {};
  const window = {
    from: DateTime.fromISO(SPAN.from, { zone: options.zone }),
    to: DateTime.fromISO(SPAN.to, { zone: options.zone }),
  };
  files.forEach((file, index) => {
    const source = sources.get(file);
    if (source === undefined) {
      problems.push({
        code: 'missing-source',
        severity: 'error',
        source: { file: options.configFile ?? null, path: ['holidays', 'ics', index] },
        data: { calendar: 'holidays', file },
      });
      return;
    }
    const loaded = loadCalendar(source, { meta: { id: `holidays:${file}` }, window, defaultZone: options.zone, file, maxOccurrences: MAX_OCCURRENCES });
    problems.push(...loaded.problems);
    const read = holidayCalendarDays(loaded, options.zone);
    problems.push(...read.problems);
    // An empty calendar (holiday-cn's next-year file before the notice) is taken for the year's data by
    // the office that added it, while every date of that year stays unknown: say so (QF-10). A file that
    // could not be read as a calendar has its own error already.
    if (Object.keys(read.days).length === 0 && !loaded.problems.some((p) => p.severity === 'error')) {
      problems.push({ code: 'holiday-calendar-empty', severity: 'warning', source: { file: options.configFile ?? null, path: ['holidays', 'ics', index] }, data: { file } });
    }
    for (const [date, day] of Object.entries(read.days)) mergeHolidayDay(days, date, day, problems);
  });
  const loaded = { ...holidays, ...file, calendarDays: days };
  problems.push(...forecastYears(loaded, options.configFile ?? null));
  return { holidays: loaded, problems };
}

/**
 * The years the holiday data names without a single make-up working day, in the calendars or in
 * `dates` (every arrangement published since 2004 has five or more): such a year is most likely a
 * forecast, or only part of a notice, and is not taken as supplied (`userYears`, QF-9) — each is a
 * warning at its first event, else at its first date in the config. Not asked when `years` says
 * which years are supplied.
 */
function forecastYears(holidays: HolidayData, configFile: string | null): Problem[] {
  return yearsWithoutWorkdays(holidays).map(([year, named]) => ({
    code: 'holiday-year-without-workdays' as const,
    severity: 'warning' as const,
    source: named.firstEvent !== null ? named.firstEvent : { file: configFile, path: ['holidays', 'dates', named.firstDate ?? ''] },
    data: { year, holidays: named.holidays },
  }));
}
