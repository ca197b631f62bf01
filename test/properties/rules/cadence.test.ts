/**
 * `cadence` equals a day-by-day reference (test/properties/references/cadence.ts) on generated half-years
 * of routine meetings: named periods (ISO weeks, months, quarters, years) and RRULE periods, report
 * zones with and without DST, meetings near midnight, cancelled ones (counted and cited), copies on
 * several calendars (one office's copy cancelled while the other holds the meeting; copies with the
 * same UID or retyped with a UID of their own, which the reference knows as one meeting),
 * windows that cut periods, and half-years reaching into 2027, whose holiday arrangement is not
 * published (periods that may hold no working day are undetermined infos: QF-1, QG-8).
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { cadence } from '../../../src/rules/cadence.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { expectReached, kindCounter, reportCounts } from '../internal/schedule.js';
import { cadenceReference, type CadenceFinding } from '../references/cadence.js';

const meetingArb = fc.record({
  day: fc.integer({ min: 0, max: 200 }),
  minute: fc.constantFrom(0, 30, 9 * 60, 23 * 60 + 30),
  joint: fc.boolean(),
  cancelled: fc.constantFrom(false, false, false, true),
  copy: fc.boolean(),
  /** The copy on the second calendar says the other STATUS (one office took the cancellation, the other not). */
  copyDisagrees: fc.constantFrom(false, false, false, true),
  /** The copy was retyped by the second office: a UID of its own, the same title and times (README: copies of one meeting, QA26-33). */
  retyped: fc.boolean(),
});

const EVERY = [
  'week',
  'month',
  'quarter',
  'year',
  'FREQ=MONTHLY;BYMONTHDAY=15',
  'FREQ=WEEKLY;INTERVAL=2',
  'FREQ=WEEKLY;BYDAY=MO',
  'FREQ=MONTHLY;BYDAY=1MO',
  'FREQ=YEARLY;BYMONTH=1,4,7,10;BYMONTHDAY=1',
  'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1',
] as const;
const order = (list: readonly CadenceFinding[]) => [...list].sort((a, b) => a.periodStart - b.periodStart || (a.kind < b.kind ? -1 : 1));

describe('cadence equals a day-by-day reference', () => {
  test('generated routine meetings over half a year', () => {
    const seen = kindCounter();
    let rruleCases = 0;
    let offInstanceStarts = 0;
    let undetermined = 0;
    fc.assert(
      fc.property(
        fc.array(meetingArb, { maxLength: 25 }),
        fc.constantFrom(...EVERY),
        fc.constantFrom('Asia/Shanghai', 'America/New_York'),
        // The window may begin anywhere in the first quarter, so an RRULE's first instance is rarely its first day.
        fc.integer({ min: 0, max: 75 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 2 }),
        // max as min + 0…2 (a valid config: max ≥ min), so that crowded periods are common too.
        fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
        // A published half-year, or December 2026 into 2027, whose arrangement is not published (QF-1, QG-8).
        fc.constantFrom('2022-01-01', '2026-12-01'),
        (meetings, every, zone, cutStart, cutEnd, min, above, originDay) => {
          const max = above === null ? null : min + above;
          const origin = DateTime.fromISO(`${originDay}T00:00:00`, { zone });
          const from = origin.plus({ days: cutStart });
          const window = { from: from.toISODate()!, to: origin.plus({ days: 210 - cutEnd }).toISODate()! };
          const occurrences: Occurrence[] = [];
          const meetingOf = new Map<string, string>();
          meetings.forEach((m, i) => {
            const start = origin.plus({ days: m.day, minutes: m.minute });
            for (const [c, cal] of (m.copy ? ['a', 'b'] : ['a']).entries()) {
              const cancelled = c === 1 && m.copyDisagrees ? !m.cancelled : m.cancelled;
              const uid = c === 1 && m.retyped ? `oa-${i}-retyped` : `routine-${i}-9d3f@tongchou.test`;
              const o = occurrence({ calendar: cal, uid, zone, start: start.toFormat('yyyy-MM-dd HH:mm'), summary: m.joint ? `四办联席会议${i}` : `常务会议${i}`, status: cancelled ? 'cancelled' : null });
              const placed = { ...o, start, end: start.plus({ hours: 1 }) };
              occurrences.push(placed);
              meetingOf.set(placed.key, `m${i}`);
            }
          });
          const params = { event: { summary: '联席会议' }, every, min, ...(max === null ? {} : { max }) };
          const findings = runRule(cadence, { occurrences, zone, window, params });
          const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
          const actual = findings.map((f): CadenceFinding => ({
            kind: f.kind,
            periodStart: instant(f.data.periodStart),
            periodEnd: instant(f.data.periodEnd),
            count: f.data.count,
            cancelled: f.data.cancelled,
            undetermined: f.kind === 'cadence-missed' && f.data.undetermined === true && f.severity === 'info',
          }));
          if (findings.some((f) => f.kind === 'cadence-missed' && f.data.undetermined === true)) undetermined += 1;
          const expected = cadenceReference(occurrences, meetingOf, (o) => /联席会议/u.test(o.summary), { every, min, max, zone, ...window });
          expect(order(actual)).toEqual(order(expected));
          seen.add(findings);
          if (every.startsWith('FREQ=')) {
            rruleCases += 1;
            // The window's first day is no instance: the stretch before the first instance is no period.
            const first = findings.map((f) => f.data.periodStart).sort()[0];
            if (first !== undefined && DateTime.fromISO(first, { setZone: true }).toISODate() !== window.from) offInstanceStarts += 1;
          }
        },
      ),
      propertyParameters(120),
    );
    reportCounts('cadence', { rruleCases, offInstanceStarts, undetermined, 'cadence-missed': seen.count('cadence-missed'), 'cadence-crowded': seen.count('cadence-crowded') });
    for (const kind of ['cadence-missed', 'cadence-crowded']) expect(seen.count(kind)).toBeGreaterThan(0);
    expectReached({ offInstanceStarts, undetermined });
  });
});
