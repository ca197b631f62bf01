/**
 * `quiet-period` equals its pairwise reference (test/properties/references/quiet-period.ts) on generated
 * schedules, with a fixed span of dates (report zone Asia/Shanghai or New York on its DST night) or a
 * `during` selector, including one that also matches some of the meetings it quiets; copies whose STATUS
 * and attendees differ (one office's copy cancelled, the other not), with the same UID or retyped with a
 * UID of their own (QA26-32: an office's retyped copy of the session is the session).
 */
import fc from 'fast-check';
import { quietPeriod } from '../../../src/rules/quiet-period.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters, scheduleArb } from '../../helpers/arbitraries.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter, toOccurrences } from '../internal/schedule.js';
import { retypeCopies } from './retype-copies.js';
import { quietPeriodReference, type QuietFinding } from '../references/quiet-period.js';

const EVENT = '^会议\\d*[02468]$';
const DURING: readonly (string | { from: string; to: string })[] = ['^会议\\d*[13579]$|出差', '会议\\d*[0-4]$', { from: '2022-03-14', to: '2022-03-14' }, { from: '2022-03-13', to: '2022-03-13' }];
const matcher = (pattern: string) => (o: Occurrence) => new RegExp(pattern, 'u').test(o.summary);
const order = (list: readonly QuietFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('quiet-period equals a pairwise reference', () => {
  test('generated schedules: fixed spans and during-selectors, cancelled, copies, all-day, touching', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(scheduleArb({ maxMeetings: 14, copiesDiffer: true }), fc.constantFrom(...DURING), fc.constantFrom('Asia/Shanghai', 'America/New_York'), fc.nat(), (schedule, during, zone, retype) => {
        const { occurrences, meetingOf } = retypeCopies(toOccurrences(schedule), retype);
        const findings = runRule(quietPeriod, { occurrences, zone, params: { event: { summary: EVENT }, during: typeof during === 'string' ? { summary: during } : during } });
        const actual = findings.map((f): QuietFinding => ({
          meeting: meetingOf.get(f.occurrences[0]!.key)!,
          during: f.occurrences[1] === undefined ? 'span' : meetingOf.get(f.occurrences[1].key)!,
        }));
        const expected = quietPeriodReference(occurrences, meetingOf, matcher(EVENT), typeof during === 'string' ? matcher(during) : during, zone);
        expect(order(actual)).toEqual(order(expected));
        seen.add(findings);
      }),
      propertyParameters(200),
    );
    expect(seen.count('quiet-period')).toBeGreaterThan(0);
  });
});
