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

/**
 * Holiday calendars are read from 1900 to 2200: they are small, and a recurring 元旦 must not stop
 * at the check window, since `addWorkingDays` and slot suggestions look past it.
 */
const SPAN = { from: '1900-01-01', to: '2200-01-01' } as const;

/**
 * Loads every `.ics` named in `holidays.ics` from `sources` and returns the holiday data with their
 * dates in `calendarDays` and the config file in `file` (the first file that states a date wins; a later one that disagrees is a
 * `holiday-conflict` warning). A file missing from `sources` is a `missing-source` error at
 * `holidays.ics[i]`; the loader's own problems (with file and line) are passed on.
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
    const loaded = loadCalendar(source, { meta: { id: `holidays:${file}` }, window, defaultZone: options.zone, file });
    problems.push(...loaded.problems);
    const read = holidayCalendarDays(loaded, options.zone);
    problems.push(...read.problems);
    for (const [date, day] of Object.entries(read.days)) mergeHolidayDay(days, date, day, problems);
  });
  return { holidays: { ...holidays, ...file, calendarDays: days }, problems };
}
