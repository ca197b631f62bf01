/**
 * Reading the holiday calendars a config names (`holidays.ics`) and turning them into holiday data.
 * The reading is here, at the edge; what each event means is decided by the pure
 * `time/load-holiday-calendars.ts`.
 */
import { dirname, relative, resolve } from 'node:path';
import type { HolidayData } from '../model/config.js';
import type { Problem } from '../model/problem.js';
import { loadHolidayCalendars } from '../time/load-holiday-calendars.js';
import { nodeFileSystem } from './file-system.js';
import { readBytes, type ReadEnvironment } from './read-bytes.js';
import type { ReadFailure } from './read-failure.js';

/** The outcome of {@link readHolidayCalendars}. */
export type ReadHolidayCalendarsResult =
  | {
      readonly ok: true;
      /** The holiday data with `calendarDays` filled and `ics` rewritten relative to the working directory. */
      readonly holidays: HolidayData;
      /** Problems of the holiday calendars (loader problems, `holiday-not-all-day`, `holiday-conflict`), with file and line. */
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly failures: readonly ReadFailure[] };

/**
 * Reads every file of `holidays.ics` (paths relative to the config file, as calendars' are) and
 * loads their dates into the holiday data.
 * @param holidays - the validated config's `holidays`
 * @param options - `configFile` (as given, relative to `env.cwd`) and `zone` (the config's `timezone`)
 * @param env - working directory and file system (default: the process's)
 * @returns the holiday data and problems, or every file that could not be read
 * @example
 * const read = readHolidayCalendars({ dates: {}, ics: ['google-holidays-in-china.ics'] }, { configFile: 'tongchou.json', zone: 'Asia/Shanghai' });
 * read.ok && Object.keys(read.holidays.calendarDays ?? {})
 * //=> ['2027-06-09', '2027-05-01', '2027-04-25']
 */
export function readHolidayCalendars(
  holidays: HolidayData,
  options: { readonly configFile: string; readonly zone: string },
  env: ReadEnvironment = { cwd: process.cwd(), fs: nodeFileSystem },
): ReadHolidayCalendarsResult {
  const files = holidays.ics ?? [];
  if (files.length === 0) return { ok: true, holidays, problems: [] };
  const base = dirname(resolve(env.cwd, options.configFile));
  // Shown relative to where the user is, so that `file:line` in findings opens as printed.
  const shown = files.map((file) => {
    const absolute = resolve(base, file);
    const rel = relative(env.cwd, absolute);
    return rel === '' ? absolute : rel;
  });
  const sources = new Map<string, Uint8Array>();
  const failures: ReadFailure[] = [];
  for (const file of shown) {
    if (sources.has(file)) continue;
    const read = readBytes(file, env);
    if (read.ok) sources.set(file, read.bytes);
    else failures.push(read.failure);
  }
  if (failures.length > 0) return { ok: false, failures };
  const loaded = loadHolidayCalendars({ ...holidays, ics: shown }, sources, { zone: options.zone, configFile: options.configFile });
  return { ok: true, holidays: loaded.holidays, problems: loaded.problems };
}
