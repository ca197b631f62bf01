/**
 * Properties of the scheduling assistant (issue 6) over generated district schedules:
 * - every suggested slot, applied with `checkProposal`, gives no finding that blocks a slot — in
 *   particular no error finding for that meeting beyond those the slot lists as remaining, of kinds
 *   no move clears (a required leader who is not invited);
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
import { suggestSlots, type SuggestOptions } from '../../src/suggest/suggest-slots.js';
import { occurrence } from '../helpers/occurrence.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { calendars, settings } from '../check/scenario.js';

/**
 * Two settings: the users' zone with office hours and working days (Friday 6 to Wednesday 11 May
 * 2022: a weekend, no holiday), and New York across the spring-forward night of 13 March 2022 with
 * any time of day, where 02:00 and 02:30 do not exist — small enough for brute force either way.
 */
interface Variant {
  readonly name: string;
  readonly zone: string;
  readonly window: { readonly from: string; readonly to: string };
  readonly month: number;
  readonly days: { readonly min: number; readonly max: number };
  readonly rules: readonly RuleConfig[];
  readonly options: SuggestOptions;
}

const VARIANTS: readonly Variant[] = [
  {
    name: 'Asia/Shanghai, office hours, working days',
    zone: 'Asia/Shanghai',
    window: { from: '2022-05-06', to: '2022-05-11' },
    month: 5,
    days: { min: 5, max: 12 },
    rules: [
      ...settings.rules,
      { id: 'hours', kind: 'working-days', event: {}, hours: { start: '08:30', end: '17:30' } },
      { id: 'quiet', kind: 'quiet-period', event: { summary: '专题' }, during: { from: '2022-05-10', to: '2022-05-10' } },
    ],
    options: { count: 3 },
  },
  {
    name: 'Asia/Shanghai, any day and time searched, the working-days rule judging them',
    zone: 'Asia/Shanghai',
    window: { from: '2022-05-06', to: '2022-05-08' },
    month: 5,
    days: { min: 5, max: 9 },
    rules: [...settings.rules, { id: 'hours', kind: 'working-days', event: {}, hours: { start: '08:30', end: '17:30' } }],
    options: { count: 3, hours: null, workingDays: false },
  },
  {
    name: 'America/New_York across the DST switch, any time of day',
    zone: 'America/New_York',
    window: { from: '2022-03-12', to: '2022-03-14' },
    month: 3,
    days: { min: 11, max: 15 },
    rules: settings.rules,
    options: { count: 3, hours: null, workingDays: false },
  },
];

const meetingArb = (v: Variant) =>
  fc.record({
    calendar: fc.constantFrom(...Object.values(calendars)),
    day: fc.integer(v.days),
    slot: fc.integer({ min: 0, max: 47 }),
    length: fc.integer({ min: 0, max: 6 }),
    allDay: fc.integer({ min: 0, max: 9 }).map((n) => (n < 2 ? n + 1 : 0)),
    summary: fc.constantFrom('区总河长会议', '市总河长会议', '常务会议', '专题会', '赴省出差'),
    location: fc.constantFrom('301会议室', '区委大楼301会议室', '某镇河道', null),
    attendees: fc.subarray(['li@qu.gov.cn', 'wang@qu.gov.cn', 'mailto:zhao@qu.gov.cn', '李明']),
    tentative: fc.boolean(),
  });

type Meeting = ReturnType<typeof meetingArb> extends fc.Arbitrary<infer T> ? T : never;

function toOccurrence(v: Variant, m: Meeting, i: number): Occurrence {
  const date = `2022-${String(v.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
  const calendar = { ...m.calendar, defaultZone: v.zone };
  if (m.allDay > 0) {
    const end = DateTime.fromISO(date).plus({ days: m.allDay }).toISODate()!;
    return occurrence({ calendar, zone: v.zone, uid: `m${i}`, summary: m.summary, start: date, end, attendees: m.attendees, location: m.location });
  }
  // Slots 02:00 and 02:30 of the spring-forward night are read as luxon reads them (03:00, 03:30).
  const start = `${date} ${String(Math.floor(m.slot / 2)).padStart(2, '0')}:${m.slot % 2 === 0 ? '00' : '30'}`;
  const first = occurrence({ calendar, zone: v.zone, uid: `m${i}`, summary: m.summary, start, location: m.location, attendees: m.attendees, status: m.tentative ? 'tentative' : null });
  return { ...first, end: first.start.plus({ minutes: 30 * m.length }) };
}

const caseArb = (v: Variant) =>
  fc
    .array(meetingArb(v), { minLength: 1, maxLength: 14 })
    .chain((meetings) => fc.tuple(fc.constant(meetings.map((m, i) => toOccurrence(v, m, i))), fc.nat({ max: meetings.length - 1 })));

const NEVER_BLOCKING = new Set<FindingKind>(['required-missing', 'order-cycle', 'cadence-missed', 'cadence-crowded', 'coverage-gap', 'coverage-overlap']);

/** The documented contract of a blocking finding, restated for the oracle. */
function blockingOf(now: readonly Finding[]): (f: Finding) => boolean {
  const missing = new Set(now.filter((f) => f.kind === 'order-missing').map((f) => f.rule));
  return (f) => !NEVER_BLOCKING.has(f.kind) && !(f.kind === 'order-missing' && missing.has(f.rule));
}

/**
 * Every grid start of the window, in order, restated independently: with office hours, 08:30 + k·30
 * min with the meeting inside 17:30 (a start-only one starting before it) on Chinese working days; without, every wall-clock half hour of
 * every day (a time the night skips is read as luxon reads it, and counted once).
 */
function gridStarts(v: Variant, proposal: ProposedMeeting): DateTime[] {
  const out: DateTime[] = [];
  const allDay = proposal.allDay === true;
  const days = allDay ? Math.round(proposal.end.diff(proposal.start, 'days').days) : 0;
  const minutes = proposal.end.diff(proposal.start, 'minutes').minutes;
  const working = v.options.workingDays !== false;
  for (let d = DateTime.fromISO(v.window.from, { zone: allDay ? proposal.start.zoneName! : v.zone }); d.toISODate()! <= v.window.to; d = d.plus({ days: 1 })) {
    if (allDay) {
      const covered = Array.from({ length: Math.max(1, days) }, (_, k) => d.plus({ days: k }).toISODate()!);
      if (!working || covered.every((date) => dayInfo(date).kind === 'workday')) out.push(d);
      continue;
    }
    if (working && dayInfo(d.toISODate()!).kind !== 'workday') continue;
    if (v.options.hours === null) {
      for (let m = 0; m < 24 * 60; m += 30) {
        const t = d.set({ hour: Math.floor(m / 60), minute: m % 60 });
        if (!out.some((x) => x.toMillis() === t.toMillis())) out.push(t);
      }
      continue;
    }
    // A start-only meeting (no length) must start before the closing time (QE-7: at 17:30 it is outside hours).
    for (let m = 8 * 60 + 30; minutes === 0 ? m < 17 * 60 + 30 : m + minutes <= 17 * 60 + 30; m += 30) out.push(d.set({ hour: Math.floor(m / 60), minute: m % 60 }));
  }
  return out.sort((a, b) => a.toMillis() - b.toMillis());
}

function moved(proposal: ProposedMeeting, start: DateTime): ProposedMeeting {
  // All-day meetings keep their number of days (a date is not 24 hours across a DST night).
  return proposal.allDay === true
    ? { ...proposal, start, end: start.plus({ days: Math.round(proposal.end.diff(proposal.start, 'days').days) }) }
    : { ...proposal, start, end: start.plus(proposal.end.diff(proposal.start)) };
}

describe.each(VARIANTS)('suggestSlots properties ($name)', (v) => {
  test('every suggested slot, applied, gives no blocking finding; no earlier valid grid slot is skipped', () => {
    const config = { ...settings, timezone: v.zone, rules: v.rules };
    fc.assert(
      fc.property(caseArb(v), ([occurrences, index]) => {
        const prepared = prepareCheck({ occurrences, config, window: v.window });
        const proposal = proposalFromOccurrence(occurrences[index]!);
        const result = suggestSlots(proposal, prepared, v.options);
        const blocking = blockingOf(checkProposal(prepared, proposal));
        for (const slot of result.slots) {
          const start = DateTime.fromISO(slot.start, { zone: proposal.start.zoneName! });
          const findings = checkProposal(prepared, moved(proposal, start));
          expect(findings.filter(blocking)).toEqual([]);
          // The wording: no error finding for the meeting — beyond those the slot itself
          // declares as remaining, which are of kinds no move clears (a required leader not invited).
          const declared = new Set(slot.remaining.map((f) => f.id));
          expect(findings.filter((f) => f.severity === 'error' && !declared.has(f.id))).toEqual([]);
          expect(slot.remaining.filter(blocking)).toEqual([]);
        }
        const expected: string[] = [];
        for (const start of gridStarts(v, proposal)) {
          if (expected.length === 3) break;
          if (checkProposal(prepared, moved(proposal, start)).filter(blocking).length === 0) expected.push(start.toMillis().toString());
        }
        const got = result.slots.map((s) => DateTime.fromISO(s.start, { zone: proposal.start.zoneName! }).toMillis().toString());
        expect(got).toEqual(expected);
        expect(result.reason === null).toBe(expected.length === 3);
      }),
      propertyParameters(v.options.hours === null ? 30 : 60),
    );
  });
});
