/**
 * Properties of the scheduling assistant (issue 6) over generated district schedules:
 * - every suggested slot, applied with `checkProposal`, gives no finding that blocks a slot — in
 *   particular no error finding for that meeting beyond those listed as unresolved (which no move
 *   clears, e.g. a required leader who is not invited);
 * - no earlier valid grid slot was skipped: a brute force over every grid point of a small window
 *   finds exactly the same first slots, so jumping over busy stretches and findings loses nothing.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { checkProposal, prepareCheck, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { Finding, FindingKind } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { dayInfo } from '../../src/time/working-calendar.js';
import { proposalFromOccurrence } from '../../src/suggest/proposal-from-occurrence.js';
import { suggestSlots } from '../../src/suggest/suggest-slots.js';
import { occurrence } from '../helpers/occurrence.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { calendars, settings } from '../check/scenario.js';

const ZONE = 'Asia/Shanghai';
// Friday 6 May to Wednesday 11 May 2022: a weekend in between, no holiday; small enough for brute force.
const window = { from: '2022-05-06', to: '2022-05-11' } as const;
const rules: readonly RuleConfig[] = [
  ...settings.rules,
  { id: 'hours', kind: 'working-days', event: {}, hours: { start: '08:30', end: '17:30' } },
  { id: 'quiet', kind: 'quiet-period', event: { summary: '专题' }, during: { from: '2022-05-10', to: '2022-05-10' } },
];
const config = { ...settings, rules };

const meetingArb = fc.record({
  calendar: fc.constantFrom(...Object.values(calendars)),
  day: fc.integer({ min: 5, max: 12 }),
  slot: fc.integer({ min: 15, max: 38 }),
  length: fc.integer({ min: 0, max: 6 }),
  allDay: fc.integer({ min: 0, max: 9 }).map((n) => (n < 2 ? n + 1 : 0)),
  summary: fc.constantFrom('区总河长会议', '市总河长会议', '常务会议', '专题会', '赴省出差'),
  location: fc.constantFrom('301会议室', '区委大楼301会议室', '某镇河道', null),
  attendees: fc.subarray(['li@qu.gov.cn', 'wang@qu.gov.cn', 'mailto:zhao@qu.gov.cn', '李明']),
  tentative: fc.boolean(),
});

type Meeting = typeof meetingArb extends fc.Arbitrary<infer T> ? T : never;

function toOccurrence(m: Meeting, i: number): Occurrence {
  const date = `2022-05-${String(m.day).padStart(2, '0')}`;
  if (m.allDay > 0) {
    const end = DateTime.fromISO(date).plus({ days: m.allDay }).toISODate()!;
    return occurrence({ calendar: m.calendar, uid: `m${i}`, summary: m.summary, start: date, end, attendees: m.attendees, location: m.location });
  }
  const start = `${date} ${String(Math.floor(m.slot / 2)).padStart(2, '0')}:${m.slot % 2 === 0 ? '00' : '30'}`;
  const first = occurrence({ calendar: m.calendar, uid: `m${i}`, summary: m.summary, start, location: m.location, attendees: m.attendees, status: m.tentative ? 'tentative' : null });
  return { ...first, end: first.start.plus({ minutes: 30 * m.length }) };
}

const caseArb = fc
  .array(meetingArb, { minLength: 1, maxLength: 14 })
  .chain((meetings) => fc.tuple(fc.constant(meetings.map(toOccurrence)), fc.nat({ max: meetings.length - 1 })));

const NEVER_BLOCKING = new Set<FindingKind>(['required-missing', 'order-cycle', 'cadence-missed', 'cadence-crowded', 'coverage-gap', 'coverage-overlap']);

/** The documented contract of a blocking finding, restated for the oracle. */
function blockingOf(now: readonly Finding[]): (f: Finding) => boolean {
  const missing = new Set(now.filter((f) => f.kind === 'order-missing').map((f) => f.rule));
  return (f) => !NEVER_BLOCKING.has(f.kind) && !(f.kind === 'order-missing' && missing.has(f.rule));
}

/** Every grid start of the window, in order: 08:30 + k·30 min with the meeting inside 17:30, working days only. */
function gridStarts(proposal: ProposedMeeting): DateTime[] {
  const out: DateTime[] = [];
  const allDay = proposal.allDay === true;
  const days = allDay ? Math.round(proposal.end.diff(proposal.start, 'days').days) : 0;
  const minutes = proposal.end.diff(proposal.start, 'minutes').minutes;
  for (let d = DateTime.fromISO(window.from, { zone: ZONE }); d.toISODate()! <= window.to; d = d.plus({ days: 1 })) {
    if (allDay) {
      const covered = Array.from({ length: Math.max(1, days) }, (_, k) => d.plus({ days: k }).toISODate()!);
      if (covered.every((date) => dayInfo(date).kind === 'workday')) out.push(d);
      continue;
    }
    if (dayInfo(d.toISODate()!).kind !== 'workday') continue;
    for (let m = 8 * 60 + 30; m + minutes <= 17 * 60 + 30; m += 30) out.push(d.set({ hour: Math.floor(m / 60), minute: m % 60 }));
  }
  return out;
}

function moved(proposal: ProposedMeeting, start: DateTime): ProposedMeeting {
  return { ...proposal, start, end: start.plus(proposal.end.diff(proposal.start)) };
}

describe('suggestSlots properties', () => {
  test('every suggested slot, applied, gives no blocking finding; no earlier valid grid slot is skipped', () => {
    fc.assert(
      fc.property(caseArb, ([occurrences, index]) => {
        const prepared = prepareCheck({ occurrences, config, window });
        const proposal = proposalFromOccurrence(occurrences[index]!);
        const result = suggestSlots(proposal, prepared, { count: 3 });
        const blocking = blockingOf(checkProposal(prepared, proposal));
        const unresolved = new Set(result.unresolved.map((f) => `${f.rule} ${f.kind}`));
        for (const slot of result.slots) {
          const start = DateTime.fromISO(slot.start, { zone: ZONE });
          const findings = checkProposal(prepared, moved(proposal, start));
          expect(findings.filter(blocking)).toEqual([]);
          // The wording: no error finding for the meeting, beyond what no move clears.
          expect(findings.filter((f) => f.severity === 'error' && !unresolved.has(`${f.rule} ${f.kind}`))).toEqual([]);
        }
        const expected: string[] = [];
        for (const start of gridStarts(proposal)) {
          if (expected.length === 3) break;
          if (checkProposal(prepared, moved(proposal, start)).filter(blocking).length === 0) expected.push(start.toMillis().toString());
        }
        const got = result.slots.map((s) => DateTime.fromISO(s.start, { zone: ZONE }).toMillis().toString());
        expect(got).toEqual(expected);
        expect(result.reason === null).toBe(expected.length === 3);
      }),
      propertyParameters(60),
    );
  });
});
