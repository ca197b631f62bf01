/**
 * The window of a CLI run, as whole days. `--from`/`--to` are days, both inclusive, like the config's
 * `window` (`[from 00:00, to + 1 day 00:00)` in the zone). Without them the CLI — an edge, allowed to
 * read the clock — uses one year either side of today, so an exported calendar of "recent and
 * upcoming meetings" shows what its user expects; the window used is always printed.
 */
import { DateTime, IANAZone } from 'luxon';
import type { UsageError } from './parse-args.js';

/** A window as inclusive days `YYYY-MM-DD`. */
export interface DayWindow {
  readonly from: string;
  readonly to: string;
}

/** The resolved window, and whether it came from the clock rather than the user or config. */
export type ResolveWindowResult =
  | { readonly ok: true; readonly window: DayWindow; readonly fromClock: boolean }
  | { readonly ok: false; readonly error: UsageError };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(flag: string, value: string): DateTime | UsageError {
  // Zone-explicit: a day is a label here, the zone is applied by toTimeWindow.
  const day = ISO_DAY.test(value) ? DateTime.fromISO(value, { zone: 'UTC' }) : null;
  return day !== null && day.isValid ? day : { code: 'invalid-date', data: { flag, value } };
}

const isError = (x: DateTime | UsageError): x is UsageError => !(x instanceof DateTime);
const day = (d: DateTime) => d.toISODate() as string;

/**
 * Combines `--from`/`--to` with the config's window (when there is one) and today.
 * @param flags - the values of `--from` and `--to`, if given
 * @param fallback - the config's window, or null without a config
 * @param today - today's date as `YYYY-MM-DD` in the run's zone
 * @returns the window, or a usage error (bad date, end before start)
 * @example
 * resolveWindow({ from: '2022-04-01' }, null, '2026-11-29')
 * //=> { ok: true, window: { from: '2022-04-01', to: '2023-03-31' }, fromClock: false }
 */
export function resolveWindow(
  flags: { readonly from?: string | undefined; readonly to?: string | undefined },
  fallback: DayWindow | null,
  today: string,
): ResolveWindowResult {
  const from = flags.from === undefined ? undefined : parseDay('--from', flags.from);
  const to = flags.to === undefined ? undefined : parseDay('--to', flags.to);
  if (from !== undefined && isError(from)) return { ok: false, error: from };
  if (to !== undefined && isError(to)) return { ok: false, error: to };
  let window: DayWindow;
  let fromClock = false;
  if (from !== undefined && to !== undefined) window = { from: day(from), to: day(to) };
  else if (fallback !== null) window = { from: from === undefined ? fallback.from : day(from), to: to === undefined ? fallback.to : day(to) };
  else if (from !== undefined) window = { from: day(from), to: day(from.plus({ years: 1 }).minus({ days: 1 })) };
  else if (to !== undefined) window = { from: day(to.minus({ years: 1 }).plus({ days: 1 })), to: day(to) };
  else {
    const t = DateTime.fromISO(today, { zone: 'UTC' });
    window = { from: day(t.minus({ years: 1 })), to: day(t.plus({ years: 1 })) };
    fromClock = true;
  }
  if (window.to < window.from) return { ok: false, error: { code: 'window-reversed', data: window } };
  return { ok: true, window, fromClock };
}

/**
 * Whether a string names an IANA zone luxon can use.
 * @param zone - e.g. `Asia/Shanghai`
 * @returns true when valid
 * @example
 * isValidZone('China Standard Time')
 * //=> false
 */
export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}
