/**
 * `coverage` equals a minute-by-minute reference (test/properties/references/coverage.ts) on generated
 * duty rosters: the same gaps (start, end, minutes), and overlap findings covering exactly the minutes
 * two or more shifts cover. Rosters in Asia/Shanghai and New York across its spring-forward night,
 * shifts on a one-minute grid (08:00 to 08:01 is a gap), nested, touching, cancelled, transparent, FREE,
 * copied onto the other duty calendar (one shift, not an overlap; the copy may say cancelled).
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { coverage } from '../../../src/rules/coverage.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter } from '../internal/schedule.js';
import { coverageReference } from '../references/coverage.js';

const WINDOW = { from: '2022-03-13', to: '2022-03-14' };

const shiftArb = fc.record({
  calendar: fc.constantFrom('duty', 'duty', 'duty2', 'other'),
  // Minutes from the window's first midnight; some shifts begin before the window or run past it.
  start: fc.oneof(fc.integer({ min: -600, max: 3000 }).map((m) => m - (m % 60)), fc.integer({ min: -600, max: 3000 })),
  length: fc.oneof(fc.constantFrom(0, 480, 720, 720, 1440), fc.integer({ min: 0, max: 1500 })),
  status: fc.constantFrom(null, null, null, 'tentative', 'cancelled'),
  transparent: fc.constantFrom(false, false, false, false, true),
  busy: fc.constantFrom('busy', 'busy', 'busy', 'free', 'oof'),
  /** A copy of the shift (same UID, start and end) on the other duty calendar; its STATUS may say cancelled. */
  copy: fc.constantFrom(null, null, null, 'same', 'cancelled'),
});

describe('coverage equals a per-minute reference', () => {
  test('generated rosters over two days, one of them a DST change in the report zone', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(fc.array(shiftArb, { maxLength: 8 }), fc.constantFrom('Asia/Shanghai', 'America/New_York'), fc.constantFrom(['duty'], ['duty', 'duty2']), (shifts, zone, calendars) => {
        const origin = DateTime.fromISO(`${WINDOW.from}T00:00:00`, { zone });
        const occurrences: Occurrence[] = shifts.flatMap((s, i) => {
          const start = origin.plus({ minutes: s.start });
          const copies = s.copy === null ? [s.calendar] : [s.calendar, s.calendar === 'duty' ? 'duty2' : 'duty'];
          return copies.map((calendar, c) => {
            const status = c === 1 && s.copy === 'cancelled' ? 'cancelled' : (s.status as Occurrence['status']);
            const o = occurrence({ calendar, uid: `shift-${i}@duty.example`, zone, start: start.toFormat('yyyy-MM-dd HH:mm'), status, transparent: s.transparent, busy: s.transparent ? 'free' : (s.busy as Occurrence['busy']) });
            return { ...o, start, end: start.plus({ minutes: s.length }) };
          });
        });
        const from = origin.toMillis();
        const to = DateTime.fromISO(`${WINDOW.to}T00:00:00`, { zone }).plus({ days: 1 }).toMillis();
        const findings = runRule(coverage, { occurrences, zone, window: WINDOW, params: { calendar: calendars } });
        const instant = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
        const expected = coverageReference(occurrences, calendars, from, to);
        const gaps = findings.filter((f) => f.kind === 'coverage-gap').map((f) => [instant(f.data.start), instant(f.data.end), f.data.minutes]);
        expect(gaps.sort((a, b) => a[0]! - b[0]!)).toEqual(expected.gaps.map(([s, e]) => [s, e, (e - s) / 60_000]));
        const overlapMinutes = findings
          .filter((f) => f.kind === 'coverage-overlap')
          .flatMap((f) => {
            expect(f.data.minutes).toBe((instant(f.data.end) - instant(f.data.start)) / 60_000);
            expect(f.kind === 'coverage-overlap' && f.data.shifts).toBeGreaterThanOrEqual(2);
            return Array.from({ length: f.data.minutes }, (_, k) => instant(f.data.start) + k * 60_000);
          })
          .sort((a, b) => a - b);
        expect(overlapMinutes).toEqual(expected.overlapMinutes);
        seen.add(findings);
      }),
      propertyParameters(150),
    );
    for (const kind of ['coverage-gap', 'coverage-overlap']) expect(seen.count(kind)).toBeGreaterThan(0);
  });
});
