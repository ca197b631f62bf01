/**
 * The config's window (`from` and `to` dates, both inclusive) as the half-open span of time the
 * loader and the rules use.
 */
import { DateTime } from 'luxon';
import type { TimeWindow } from '../model/window.js';

/**
 * Turns inclusive window dates into `[from 00:00, to + 1 day 00:00)` in the given zone. Half-open,
 * so Q2 (`2022-04-01`…`2022-06-30`) and Q3 share no instant; midnights come from luxon's calendar
 * arithmetic, so a zone whose day has 23 or 25 hours still gets whole days.
 * @param window - dates `YYYY-MM-DD`, as validated config holds them
 * @param zone - IANA zone of the report (config `timezone`)
 * @returns the span of time
 * @throws Error when a date or the zone is invalid (validate the config first)
 * @example
 * configWindow({ from: '2022-04-01', to: '2022-06-30' }, 'Asia/Shanghai').to.toISO()
 * //=> '2022-07-01T00:00:00.000+08:00'
 */
export function configWindow(window: { readonly from: string; readonly to: string }, zone: string): TimeWindow {
  const from = DateTime.fromISO(window.from, { zone }).startOf('day');
  const to = DateTime.fromISO(window.to, { zone }).startOf('day').plus({ days: 1 });
  if (!from.isValid || !to.isValid) {
    throw new Error(`invalid window ${window.from}…${window.to} in zone ${zone}: validate the config first`);
  }
  return { from, to };
}
