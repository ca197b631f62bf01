/**
 * Dates and times for people: `2022年5月10日 星期二 09:00–11:00`, always in the zone the value
 * carries (the zone the meeting was written in), never the host's.
 */
import { DateTime } from 'luxon';
import type { CliMessages, DateParts } from '../messages/cli-catalog.js';

const parts = (d: DateTime): DateParts => ({ year: d.year, month: d.month, day: d.day, weekday: d.weekday });
const clock = (d: DateTime) => d.toFormat('HH:mm');

/**
 * A date with its weekday and, when given, the time of day.
 * @param instant - a DateTime in the zone to show
 * @param messages - the CLI catalog of the reader's language
 * @param withTime - whether to add `HH:mm`
 * @returns e.g. `2022年5月10日 星期二 09:00`
 * @example
 * formatInstant(DateTime.fromISO('2022-05-10T09:00:00+08:00', { setZone: true }), cliMessages('zh-CN'), true)
 * //=> '2022年5月10日 星期二 09:00'
 */
export function formatInstant(instant: DateTime, messages: CliMessages, withTime: boolean): string {
  return withTime ? `${messages.date(parts(instant))} ${clock(instant)}` : messages.date(parts(instant));
}

/**
 * The span of an occurrence. All-day ends are exclusive, so the last day shown is `end − 1 day`;
 * a timed span that crosses midnight names both days.
 * @param start - start, in the zone to show
 * @param end - exclusive end, in the same zone
 * @param allDay - whether the values are dates
 * @param messages - the CLI catalog
 * @returns e.g. `2022年5月10日 星期二 09:00–11:00` or `2022年5月10日 星期二 – 5月12日 星期四 全天`
 * @example
 * formatSpan(nine, eleven, false, cliMessages('en'))
 * //=> 'Tue 10 May 2022 09:00–11:00'
 */
export function formatSpan(start: DateTime, end: DateTime, allDay: boolean, messages: CliMessages): string {
  if (allDay) {
    const last = end.minus({ days: 1 });
    if (last <= start) return `${messages.date(parts(start))} ${messages.allDay}`;
    const lastText = last.year === start.year ? messages.dateInYear(parts(last)) : messages.date(parts(last));
    return `${messages.date(parts(start))} – ${lastText} ${messages.allDay}`;
  }
  const first = formatInstant(start, messages, true);
  if (end.equals(start)) return first;
  if (end.hasSame(start, 'day')) return `${first}–${clock(end)}`;
  const endDay = end.year === start.year ? messages.dateInYear(parts(end)) : messages.date(parts(end));
  return `${first} – ${endDay} ${clock(end)}`;
}

/**
 * Reads an ISO value as written in reports (`2022-05-10T09:00:00+08:00` or `2022-05-10`), keeping
 * its offset so it is shown in the calendar's own local time.
 * @param iso - the value
 * @returns the DateTime (all-day dates as UTC midnights, used only as labels)
 * @example
 * fromReportIso('2022-05-10T09:00:00+08:00').hour
 * //=> 9
 */
export function fromReportIso(iso: string): DateTime {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? DateTime.fromISO(iso, { zone: 'UTC' }) : DateTime.fromISO(iso, { setZone: true });
}
