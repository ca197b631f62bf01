/**
 * `travel-time` equals its brute-force reference (test/properties/references/travel-time.ts) on
 * generated schedules: the same pairs of meetings, people, gap and needed minutes.
 */
import fc from 'fast-check';
import { travelTime } from '../../../src/rules/travel-time.js';
import type { ScheduledMeeting } from '../../helpers/arbitraries.js';
import { propertyParameters, scheduleArb, SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';
import { runRule } from '../../helpers/rule-tester.js';
import { occurrence } from '../../helpers/occurrence.js';
import { kindCounter, toOccurrences } from '../internal/schedule.js';
import { travelTimeReference, type TravelFinding } from '../references/travel-time.js';

const TRAVEL = [{ from: '301会议室', to: '市行政中心大会堂', minutes: 60 }];

/**
 * Timed meetings with distinct starts and distinct ends: which of two meetings starting together comes
 * "before", or which of two ending together "ends last", is not specified, so the reference stays out of it.
 */
function withoutTies(schedule: readonly ScheduledMeeting[]): ScheduledMeeting[] {
  const starts = new Set<number>();
  const ends = new Set<number>();
  // p1 goes to every meeting that does not name them otherwise, so that one person has a full day of
  // consecutive meetings (else trips too short for the buffer are rare).
  const busy = schedule.map((m) => (m.attendees.some((a) => a.person === 0) ? m : { ...m, attendees: [...m.attendees, { person: 0, partstat: 'accepted' }] }));
  return busy.filter((m) => {
    if (m.allDay) return true;
    const end = m.startMinutes + m.lengthMinutes;
    if (starts.has(m.startMinutes) || ends.has(end)) return false;
    starts.add(m.startMinutes);
    ends.add(end);
    return true;
  });
}

const order = (list: readonly TravelFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('travel-time equals a per-person reference', () => {
  // Copies may list other people than the original (`copiesDiffer`), and cal2 is p1's own calendar:
  // a trip is still one finding per pair of meetings (the bug pinned below, fixed).
  test('generated schedules: touching and nested meetings, places with and without travel[] entries, full-width spellings, copies listing other people', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(scheduleArb({ maxMeetings: 16, calendars: 3, days: 1, copiesDiffer: true }).map(withoutTies), fc.constantFrom(15, 30, 90), (schedule, defaultMinutes) => {
        const { occurrences, meetingOf } = toOccurrences(schedule);
        const actual = runRule(travelTime, { occurrences, people: SCHEDULE_PEOPLE, travel: TRAVEL, params: { defaultMinutes } }).map(
          (f): TravelFinding => ({
            meetings: [meetingOf.get(f.occurrences[0]!.key)!, meetingOf.get(f.occurrences[1]!.key)!],
            people: [...f.people].sort(),
            gapMinutes: f.data.gapMinutes,
            neededMinutes: f.data.neededMinutes,
          }),
        );
        const expected = travelTimeReference(occurrences, meetingOf, defaultMinutes, TRAVEL);
        expect(order(actual)).toEqual(order(expected));
        seen.add(expected.map(() => ({ kind: 'travel-time' })));
      }),
      propertyParameters(200),
    );
    expect(seen.count('travel-time')).toBeGreaterThan(0);
  });
});

/**
 * Bug found by this property with `copiesDiffer` (notes: /work/notes/bugs-from-properties.md, "travel-time:
 * one trip reported once per copy"): the rule's JSDoc promises one finding per pair of meetings listing
 * everyone who makes the trip, and copies of one meeting (same UID and start) are one meeting; when the
 * office calendar's copy lists 李明 and the leader's own calendar's copy lists 赵强, the trip is
 * reported twice, once per copy, each with one person.
 */
describe('regressions', () => {
  test('travel-time: copies of one meeting on two calendars give one finding listing everyone who travels', () => {
    const attendee = (n: number) => ({ address: `mailto:p${n}@qu.gov.cn`, partstat: 'accepted' });
    const before = occurrence({ calendar: 'cal0', uid: 'before@qu.gov.cn', start: '2022-03-14 09:00', end: '2022-03-14 10:00', summary: '常务会议', location: '301会议室', attendees: [attendee(1), attendee(3)] });
    const office = occurrence({ calendar: 'cal0', uid: 'after@qu.gov.cn', start: '2022-03-14 10:00', end: '2022-03-14 11:00', summary: '防汛会议', location: '市行政中心大会堂', attendees: [attendee(1)] });
    const own = occurrence({ calendar: 'cal1', uid: 'after@qu.gov.cn', start: '2022-03-14 10:00', end: '2022-03-14 11:00', summary: '防汛会议', location: '市行政中心大会堂', attendees: [attendee(3)] });
    const findings = runRule(travelTime, { occurrences: [before, office, own], people: SCHEDULE_PEOPLE });
    expect(findings.map((f) => ({ kind: f.kind, people: [...f.people].sort() }))).toEqual([{ kind: 'travel-time', people: ['p1', 'p3'] }]);
  });
});
