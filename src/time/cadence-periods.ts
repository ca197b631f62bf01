/**
 * The periods of a `cadence` rule: named calendar periods (year, quarter, month, ISO week) or the
 * spans between consecutive instances of an RRULE, in the report zone. Only periods lying wholly
 * inside the window are returned: a quarter the window cuts in half cannot be judged fairly (its
 * meeting may be in the half not loaded).
 */
import { DateTime } from 'luxon';
import * as rruleNs from 'rrule';
import type { CadencePeriod } from '../model/rule-config.js';
import type { TimeWindow } from '../model/window.js';

type RRuleClass = typeof rruleNs.RRule;
// rrule is CommonJS only: the class is on the namespace (CJS build) or its default (ESM build).
const RRule: RRuleClass =
  (rruleNs as unknown as { RRule?: RRuleClass }).RRule ?? (rruleNs as unknown as { default: { RRule: RRuleClass } }).default.RRule;

/** The named periods. */
export const CADENCE_PERIODS: readonly CadencePeriod[] = ['year', 'quarter', 'month', 'week'];

/** One period `[start, end)`. */
export interface Period {
  readonly start: DateTime;
  readonly end: DateTime;
}

/** Periods beyond this many are not generated (a minutely RRULE over a year). */
const MAX_PERIODS = 10_000;

/**
 * Parses the RRULE form of `every` (with or without the `RRULE:` prefix); DTSTART, UNTIL and COUNT
 * are not allowed, since the window decides where periods begin and end.
 * @param text - e.g. `FREQ=MONTHLY;BYMONTHDAY=15`
 * @returns the rrule options, or an error text
 * @example parseCadenceRule('FREQ=WEEKLY;BYDAY=MO').ok //=> true
 */
export function parseCadenceRule(text: string): { ok: true; options: Partial<rruleNs.Options> } | { ok: false; detail: string } {
  const body = text.trim().replace(/^RRULE:/iu, '');
  if (!/^FREQ=|;FREQ=/iu.test(body) && !/(^|;)FREQ=/iu.test(body)) return { ok: false, detail: 'FREQ missing' };
  if (/(^|;)(DTSTART|UNTIL|COUNT)=/iu.test(body)) return { ok: false, detail: 'DTSTART, UNTIL and COUNT are set by the window' };
  try {
    const options = RRule.parseString(body);
    if (options.freq === undefined) return { ok: false, detail: 'FREQ missing' };
    return { ok: true, options };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The whole periods of `every` inside the window, in `zone`.
 * @param every - a named period or an RRULE (see {@link parseCadenceRule})
 * @param window - the check window
 * @param zone - IANA zone in which periods are counted
 * @returns the periods in order; empty when `every` is an invalid RRULE
 * @example
 * cadencePeriods('quarter', q2Window, 'Asia/Shanghai').map((p) => p.start.toISODate())
 * //=> ['2022-04-01']
 */
export function cadencePeriods(every: string, window: TimeWindow, zone: string): Period[] {
  const from = window.from.setZone(zone);
  const to = window.to.setZone(zone);
  const named = CADENCE_PERIODS.find((p) => p === every);
  const periods: Period[] = [];
  if (named !== undefined) {
    let start = from.startOf(named);
    if (start < from) start = start.plus({ [`${named}s`]: 1 });
    while (periods.length < MAX_PERIODS) {
      const end = start.plus({ [`${named}s`]: 1 });
      if (end > to) break;
      periods.push({ start, end });
      start = end;
    }
    return periods;
  }
  const parsed = parseCadenceRule(every);
  if (!parsed.ok) return periods;
  // rrule 2.8.1 is safe only as a floating wall-clock generator (its tzid handling follows the
  // host zone): feed it wall clocks written as UTC and turn each result back into an instant in `zone`.
  const wall = (t: DateTime): DateTime => DateTime.fromObject(t.toObject(), { zone: 'utc' });
  const limit = wall(to);
  const rule = new RRule({ ...parsed.options, dtstart: wall(from).toJSDate() });
  const starts: DateTime[] = [];
  rule.all((d, i) => {
    const w = DateTime.fromJSDate(d, { zone: 'utc' });
    if (w > limit || i >= MAX_PERIODS) return false;
    const instant = DateTime.fromObject(
      { year: w.year, month: w.month, day: w.day, hour: w.hour, minute: w.minute, second: w.second },
      { zone },
    );
    if (instant >= from && instant <= to) starts.push(instant);
    return true;
  });
  for (let i = 0; i + 1 < starts.length; i += 1) {
    const start = starts[i]!;
    const end = starts[i + 1]!;
    if (end > start) periods.push({ start, end });
  }
  return periods;
}
