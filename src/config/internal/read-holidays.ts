/**
 * The config's `holidays` section: the user's own holiday arrangement, over the bundled data.
 *
 * ```json
 * "holidays": {
 *   "source": "国办发明电〔2026〕7号",
 *   "dates": { "2027-01-01": "holiday", "2027-02-20": "workday", "2027-06-09": { "kind": "holiday", "name": "端午节" } },
 *   "ics": ["holidays/china-2027.ics"],
 *   "years": [2027]
 * }
 * ```
 */
import { DateTime } from 'luxon';
import type { DayArrangement, HolidayData, HolidayDate } from '../../model/config.js';
import { yearsWithoutWorkdays } from '../../time/working-calendar.js';
import { checkKeys, expectArray, expectObject, isObject, kindOf, readString, readStringArray, type Collector } from './collector.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/u;
const KINDS = 'holiday, workday';
/** The years a holiday arrangement can sensibly name (the holiday calendars are read over them). */
const YEARS = { min: 1900, max: 2199 } as const;

/**
 * Reads `holidays`: `dates` (`"YYYY-MM-DD": "holiday" | "workday"`, or `{ "kind", "name"?, "source"? }`),
 * `source` (where the dates were published; required when `dates` has entries, so that every
 * finding can cite it), `ics` (holiday calendars, paths relative to the config file) and `years`
 * (the years the data covers in full; default: every year it names a make-up working day in — a year
 * named by days off alone is a `holiday-year-without-workdays` warning at its first date). Every mistake is
 * reported with its path; nothing is returned when one is an error. The result validates again
 * as it is (the config file and the calendars' dates are added by `loadHolidayCalendars`).
 * @param c - the problem collector of the validation run
 * @param value - the raw `holidays` value
 * @returns the holiday data, or undefined when absent or wrong
 * @example
 * readHolidays(c, { dates: { '2027-01-01': 'holiday' }, source: '国办发明电〔2026〕7号' })?.dates
 * //=> { '2027-01-01': 'holiday' }
 */
export function readHolidays(c: Collector, value: unknown): HolidayData | undefined {
  if (value === undefined) return undefined;
  const object = expectObject(c, value, ['holidays']);
  if (object === undefined) return undefined;
  const before = c.problems.length;
  checkKeys(c, object, ['holidays'], ['dates', 'source', 'ics', 'years'], 'error');
  const dates = expectObject(c, object['dates'] ?? {}, ['holidays', 'dates']) ?? {};
  const out: Record<string, DayArrangement | HolidayDate> = {};
  for (const [date, entry] of Object.entries(dates)) {
    const read = readDate(c, date, entry);
    if (read !== undefined) out[date] = read;
  }
  const needsSource = Object.keys(dates).length > 0;
  const source = readString(c, object, 'source', ['holidays'], needsSource);
  const ics = readStringArray(c, object, 'ics', ['holidays'], false);
  const years = readYears(c, object['years']);
  if (c.problems.slice(before).some((p) => p.severity === 'error')) return undefined;
  const holidays: HolidayData = {
    dates: out,
    ...(source !== undefined && { source }),
    ...(ics !== undefined && { ics }),
    ...(years !== undefined && { years }),
  };
  // A year named in `dates` by days off alone (the 元旦 part of a notice) is no whole arrangement and
  // stays unknown but for its dates (QF-9), as a holiday calendar's year does: warned about here when
  // no calendar can add its make-up days (with `ics`, `loadHolidayCalendars` asks once it has read them).
  if ((ics ?? []).length === 0) {
    for (const [year, named] of yearsWithoutWorkdays(holidays)) {
      c.problems.push({ code: 'holiday-year-without-workdays', severity: 'warning', source: { file: c.file, path: ['holidays', 'dates', named.firstDate ?? ''] }, data: { year, holidays: named.holidays } });
    }
  }
  return holidays;
}

function readDate(c: Collector, date: string, entry: unknown): DayArrangement | HolidayDate | undefined {
  const at = ['holidays', 'dates', date];
  if (!isoDate.test(date) || !DateTime.fromISO(date, { zone: 'utc' }).isValid) {
    c.report('invalid-date', 'error', at, { value: date });
    return undefined;
  }
  if (typeof entry === 'string') {
    if (entry === 'holiday' || entry === 'workday') return entry;
    c.report('invalid-enum', 'error', at, { value: entry, allowed: KINDS });
    return undefined;
  }
  if (!isObject(entry)) {
    c.report('invalid-enum', 'error', at, { value: String(entry), allowed: KINDS });
    return undefined;
  }
  checkKeys(c, entry, at, ['kind', 'name', 'source'], 'error');
  const kind = entry['kind'];
  if (kind === undefined) {
    c.report('missing-field', 'error', [...at, 'kind'], { field: 'kind' });
    return undefined;
  }
  if (kind !== 'holiday' && kind !== 'workday') {
    c.report('invalid-enum', 'error', [...at, 'kind'], { value: String(kind), allowed: KINDS });
    return undefined;
  }
  const name = readString(c, entry, 'name', at, false);
  const source = readString(c, entry, 'source', at, false);
  return { kind, ...(name !== undefined && { name }), ...(source !== undefined && { source }) };
}

function readYears(c: Collector, value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const list = expectArray(c, value, ['holidays', 'years']);
  if (list === undefined) return undefined;
  const years: number[] = [];
  list.forEach((item, index) => {
    const at = ['holidays', 'years', index];
    if (typeof item !== 'number' || !Number.isInteger(item)) c.report('invalid-type', 'error', at, { expected: 'integer', received: kindOf(item) });
    else if (item < YEARS.min || item > YEARS.max) c.report('invalid-enum', 'error', at, { value: String(item), allowed: `${YEARS.min}–${YEARS.max}` });
    else years.push(item);
  });
  return years;
}
