/**
 * `follows` equals its brute-force reference (test/properties/references/follows.ts) on generated
 * quarters of city and district meetings: every cycle, minGap and maxGap, cancelled prerequisites and
 * dependents, copies on two calendars, report zones with and without DST.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { follows } from '../../../src/rules/follows.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter } from '../internal/schedule.js';
import { followsReference, type Cycle, type FollowsFinding } from '../references/follows.js';

const meetingArb = fc.record({
  city: fc.boolean(),
  day: fc.integer({ min: 0, max: 100 }),
  hour: fc.integer({ min: 8, max: 17 }),
  minute: fc.constantFrom(0, 30),
  length: fc.constantFrom(30, 60, 120),
  cancelled: fc.constantFrom(false, false, false, true),
  copy: fc.boolean(),
});

const order = (list: readonly FollowsFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('follows equals a brute-force pairing reference', () => {
  test('generated city (prerequisite) and district (dependent) meetings', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(
        fc.array(meetingArb, { maxLength: 14 }),
        fc.constantFrom<Cycle>('none', 'week', 'month', 'quarter', 'year'),
        fc.constantFrom('PT0S', 'PT1H', 'P1D'),
        fc.constantFrom(null, 'P3D', 'P14D'),
        fc.constantFrom('Asia/Shanghai', 'America/New_York'),
        (generated, cycle, minGap, maxGap, zone) => {
          // Prerequisites last one hour and start at distinct times, so "latest" means the same by start and by end.
          const starts = new Set<string>();
          const meetings = generated.filter((m) => !m.city || (!starts.has(`${m.day} ${m.hour} ${m.minute}`) && starts.add(`${m.day} ${m.hour} ${m.minute}`)));
          const origin = DateTime.fromISO('2022-03-01T00:00:00', { zone });
          const occurrences: Occurrence[] = [];
          const meetingOf = new Map<string, string>();
          meetings.forEach((m, i) => {
            const start = origin.plus({ days: m.day }).set({ hour: m.hour, minute: m.minute });
            for (const cal of m.copy ? ['shi', 'qu'] : [m.city ? 'shi' : 'qu']) {
              const o = occurrence({ calendar: cal, uid: `f-${i}-0b7d@tongchou.test`, zone, start: start.toFormat('yyyy-MM-dd HH:mm'), summary: m.city ? `市总河长会议${i}` : `区总河长会议${i}`, status: m.cancelled ? 'cancelled' : null });
              const placed = { ...o, start, end: start.plus({ minutes: m.city ? 60 : m.length }) };
              occurrences.push(placed);
              meetingOf.set(placed.key, `m${i}`);
            }
          });
          const params = { dependent: { summary: '^区' }, prerequisite: { summary: '^市' }, cycle, minGap, ...(maxGap === null ? {} : { maxGap }) };
          const findings = runRule(follows, { occurrences, zone, window: { from: '2022-01-01', to: '2022-12-31' }, params });
          const actual = findings.map((f): FollowsFinding => {
            if (f.kind === 'order-cycle') throw new Error('no ring can be generated');
            if (f.kind === 'order-missing') return { kind: f.kind, dependent: meetingOf.get(f.occurrences[0]!.key)!, other: `${f.data.period} cancelled=${f.data.cancelled}` };
            const byKey = f.occurrences.map((o) => meetingOf.get(o.key)!);
            const dependent = meetingOf.get(occurrences.find((o) => o.summary === f.data.dependent)?.key ?? '') ?? byKey[0]!;
            return { kind: f.kind, dependent, other: byKey.find((m) => m !== dependent)! };
          });
          const expected = followsReference(occurrences, meetingOf, (o) => o.summary.startsWith('区'), (o) => o.summary.startsWith('市'), { cycle, minGap, maxGap, zone });
          expect(order(actual)).toEqual(order(expected));
          seen.add(findings);
        },
      ),
      propertyParameters(150),
    );
    for (const kind of ['order', 'order-late', 'order-missing']) expect(seen.count(kind)).toBeGreaterThan(0);
  });
});
