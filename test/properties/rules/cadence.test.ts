/**
 * `cadence` equals a day-by-day reference (test/properties/references/cadence.ts) on generated half-years
 * of routine meetings: named periods (ISO weeks, months, quarters, years) and RRULE periods, report
 * zones with and without DST, meetings near midnight, cancelled ones, copies on several calendars,
 * windows that cut periods.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { cadence } from '../../../src/rules/cadence.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter } from '../internal/schedule.js';
import { cadenceReference, type CadenceFinding } from '../references/cadence.js';

const meetingArb = fc.record({
  day: fc.integer({ min: 0, max: 200 }),
  minute: fc.constantFrom(0, 30, 9 * 60, 23 * 60 + 30),
  joint: fc.boolean(),
  cancelled: fc.constantFrom(false, false, false, true),
  copy: fc.boolean(),
});

const EVERY = ['week', 'month', 'quarter', 'year', 'FREQ=MONTHLY;BYMONTHDAY=15', 'FREQ=WEEKLY;INTERVAL=2'] as const;
const order = (list: readonly CadenceFinding[]) => [...list].sort((a, b) => a.periodStart - b.periodStart || (a.kind < b.kind ? -1 : 1));

describe('cadence equals a day-by-day reference', () => {
  test('generated routine meetings over half a year', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(
        fc.array(meetingArb, { maxLength: 25 }),
        fc.constantFrom(...EVERY),
        fc.constantFrom('Asia/Shanghai', 'America/New_York'),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 2 }),
        fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
        (meetings, every, zone, cutStart, cutEnd, min, max) => {
          const origin = DateTime.fromISO('2022-01-01T00:00:00', { zone });
          // An RRULE's periods run from the window's first day: start it on a 15th for BYMONTHDAY=15, so that the first instance is that day.
          const from = every === 'FREQ=MONTHLY;BYMONTHDAY=15' ? origin.plus({ months: Math.floor(cutStart / 20) }).set({ day: 15 }) : origin.plus({ days: cutStart });
          const window = { from: from.toISODate()!, to: origin.plus({ days: 210 - cutEnd }).toISODate()! };
          const occurrences: Occurrence[] = [];
          const meetingOf = new Map<string, string>();
          meetings.forEach((m, i) => {
            const start = origin.plus({ days: m.day, minutes: m.minute });
            for (const cal of m.copy ? ['a', 'b'] : ['a']) {
              const o = occurrence({ calendar: cal, uid: `routine-${i}-9d3f@tongchou.test`, zone, start: start.toFormat('yyyy-MM-dd HH:mm'), summary: m.joint ? `四办联席会议${i}` : `常务会议${i}`, status: m.cancelled ? 'cancelled' : null });
              const placed = { ...o, start, end: start.plus({ hours: 1 }) };
              occurrences.push(placed);
              meetingOf.set(placed.key, `m${i}`);
            }
          });
          const params = { event: { summary: '联席会议' }, every, min, ...(max === null ? {} : { max }) };
          const findings = runRule(cadence, { occurrences, zone, window, params });
          const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
          const actual = findings.map((f): CadenceFinding => ({ kind: f.kind, periodStart: instant(f.data.periodStart), periodEnd: instant(f.data.periodEnd), count: f.data.count }));
          const expected = cadenceReference(occurrences, meetingOf, (o) => /联席会议/u.test(o.summary), { every, min, max, zone, ...window });
          expect(order(actual)).toEqual(order(expected));
          seen.add(findings);
        },
      ),
      propertyParameters(120),
    );
    for (const kind of ['cadence-missed', 'cadence-crowded']) expect(seen.count(kind)).toBeGreaterThan(0);
  });
});
