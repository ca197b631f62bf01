/**
 * Day-by-day reference for `cadence` (README “Rules” and the rule's JSDoc): periods are walked one day
 * at a time in the report zone (a named period begins on the day its key changes; an `every` RRULE's
 * periods begin at its instances — README: "read as wall clock in `timezone` from the window's first
 * day", i.e. DTSTART is the window's first day at 00:00 and INTERVAL counts from it; the window's first
 * day is an instance only when it matches the rule — written here day by day for the shapes the test
 * uses), only periods wholly inside the window are judged, and every non-cancelled matching meeting
 * (copies once) counts in the period its start falls in.
 */
import { DateTime } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';

export interface CadenceFinding {
  readonly kind: 'cadence-missed' | 'cadence-crowded';
  readonly periodStart: number;
  readonly periodEnd: number;
  readonly count: number;
}

/** Keys that change exactly when a new named period begins. */
const KEYS: Readonly<Record<string, (d: DateTime) => string>> = {
  year: (d) => `${d.year}`,
  quarter: (d) => `${d.year}Q${Math.ceil(d.month / 3)}`,
  month: (d) => `${d.year}-${d.month}`,
  week: (d) => `${d.weekYear}W${d.weekNumber}`,
};

/**
 * Period starts (midnights in `zone`) from the window's first day to the midnight ending it.
 * `FREQ=MONTHLY;BYMONTHDAY=15`: every 15th; `FREQ=WEEKLY;INTERVAL=2`: every 14th day from the window's first day.
 */
function periodStarts(every: string, zone: string, windowFrom: DateTime, windowTo: DateTime): DateTime[] {
  const starts: DateTime[] = [];
  let previous: string | null = null;
  // Only periods wholly inside the window matter: their starts and ends are days of the window or its end.
  for (let day = windowFrom.minus({ days: 1 }); day <= windowTo; day = day.plus({ days: 1 })) {
    const d = day.setZone(zone).startOf('day');
    let begins: boolean;
    if (every in KEYS) {
      const key = KEYS[every]!(d);
      begins = previous !== null && key !== previous;
      previous = key;
    } else if (every === 'FREQ=MONTHLY;BYMONTHDAY=15') {
      begins = d.day === 15 && d >= windowFrom;
    } else if (every === 'FREQ=WEEKLY;INTERVAL=2') {
      begins = d >= windowFrom && Math.round(d.diff(windowFrom, 'days').days) % 14 === 0;
    } else if (every === 'FREQ=WEEKLY;BYDAY=MO') {
      begins = d.weekday === 1 && d >= windowFrom;
    } else if (every === 'FREQ=MONTHLY;BYDAY=1MO') {
      begins = d.weekday === 1 && d.day <= 7 && d >= windowFrom;
    } else if (every === 'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=1') {
      begins = d.day === 1 && [1, 4, 7, 10].includes(d.month) && d >= windowFrom;
    } else if (every === 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1') {
      // Every third month counted from the window's first month (RFC 5545 §3.3.10 INTERVAL from DTSTART).
      const months = (d.year - windowFrom.year) * 12 + d.month - windowFrom.month;
      begins = d.day === 1 && months % 3 === 0 && d >= windowFrom;
    } else {
      throw new Error(`test bug: every ${every}`);
    }
    if (begins) starts.push(d);
  }
  return starts;
}

export function cadenceReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  isEvent: (o: Occurrence) => boolean,
  options: { readonly every: string; readonly min: number; readonly max: number | null; readonly zone: string; readonly from: string; readonly to: string },
): CadenceFinding[] {
  const windowFrom = DateTime.fromISO(options.from, { zone: options.zone });
  const windowTo = DateTime.fromISO(options.to, { zone: options.zone }).plus({ days: 1 });
  const starts = periodStarts(options.every, options.zone, windowFrom, windowTo);
  const held = new Map<string, number>();
  for (const o of occurrences) if (isEvent(o) && o.status !== 'cancelled') held.set(meetingOf.get(o.key)!, o.start.toMillis());
  const out: CadenceFinding[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const [start, end] = [starts[i]!, starts[i + 1]!];
    if (start < windowFrom || end > windowTo) continue;
    const count = [...held.values()].filter((t) => start.toMillis() <= t && t < end.toMillis()).length;
    if (count < options.min) out.push({ kind: 'cadence-missed', periodStart: start.toMillis(), periodEnd: end.toMillis(), count });
    if (options.max !== null && count > options.max) out.push({ kind: 'cadence-crowded', periodStart: start.toMillis(), periodEnd: end.toMillis(), count });
  }
  return out;
}
