/**
 * `required-attendance` equals its brute-force reference (test/properties/references/required-attendance.ts)
 * on generated schedules: kind, meeting, person, the reference that required them, the reason or the other meeting.
 */
import fc from 'fast-check';
import { requiredAttendance } from '../../../src/rules/required-attendance.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters, scheduleArb, SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter, toOccurrences } from '../internal/schedule.js';
import { requiredAttendanceReference, type RequiredFinding } from '../references/required-attendance.js';

/** Reference lists naming no person twice (one person required by two references is not what this compares). */
const REFERENCES: readonly (readonly string[])[] = [['role:总河长'], ['role:总河长', 'p4'], ['p3', 'p5'], ['role:区长', 'p1'], ['p2']];
/** Even-numbered meetings are the required ones. */
const EVENT = '^会议\\d*[02468]$';
const isEvent = (o: Occurrence) => new RegExp(EVENT, 'u').test(o.summary);

const order = (list: readonly RequiredFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('required-attendance equals a per-meeting, per-person reference', () => {
  test('generated schedules: ids and roles, absent and declined people, busy elsewhere (absences included), copies', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(scheduleArb({ maxMeetings: 12, copiesDiffer: true }), fc.constantFrom(...REFERENCES), (schedule, people) => {
        const { occurrences, meetingOf } = toOccurrences(schedule);
        const actual = runRule(requiredAttendance, { occurrences, people: SCHEDULE_PEOPLE, params: { event: { summary: EVENT }, people } }).map(
          (f): RequiredFinding => ({
            kind: f.kind,
            meeting: meetingOf.get(f.occurrences[0]!.key)!,
            personId: f.data.personId,
            reference: f.data.reference,
            detail: f.kind === 'required-missing' ? f.data.reason : meetingOf.get(f.occurrences[1]!.key)!,
          }),
        );
        const expected = requiredAttendanceReference(occurrences, meetingOf, SCHEDULE_PEOPLE, isEvent, people);
        expect(order(actual)).toEqual(order(expected));
        seen.add(expected);
      }),
      propertyParameters(200),
    );
    for (const kind of ['required-missing', 'required-busy']) expect(seen.count(kind)).toBeGreaterThan(0);
  });
});
