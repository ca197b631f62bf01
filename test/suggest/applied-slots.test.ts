/**
 * Issue 6's promise, checked with the full check rather than with `checkProposal` (which the search
 * itself uses): every suggested slot, applied to the calendars — the meeting moved there, everything
 * else as it was — gives a report with no finding about the meeting that a move could clear, and no
 * routine period that is short or crowded where it was not. Every rule kind runs, including a quiet
 * period while a session sits (sharing nobody with the meeting), a weekly routine meeting and rooms
 * booked as ATTENDEE;CUTYPE=ROOM.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { checkOccurrences, type CheckSettings } from '../../src/check/check-occurrences.js';
import { prepareCheck } from '../../src/check/check-proposal.js';
import { appliedProposal } from '../check/applied-proposal.js';
import type { Finding, FindingKind } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import { proposalFromOccurrence } from '../../src/suggest/proposal-from-occurrence.js';
import { suggestSlots } from '../../src/suggest/suggest-slots.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { occurrence, SHANGHAI, type AttendeeSpec } from '../helpers/occurrence.js';
import { calendars, settings } from '../check/scenario.js';

const config = {
  ...settings,
  rules: [
    ...settings.rules,
    { id: 'congress', kind: 'quiet-period', event: { level: 'district' }, during: { summary: '人民代表大会' } },
    { id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1, max: 2 },
    { id: 'workdays', kind: 'working-days', event: {}, hours: { start: '08:30', end: '17:30' } },
  ],
} as const satisfies CheckSettings;
// Two whole ISO weeks, the 端午 holiday (3 June 2022) at the end of the second.
const window = { from: '2022-05-23', to: '2022-06-05' };

/** Kinds a slot may still carry: those no move clears, and the routine ones judged period by period below. */
const STAYING: ReadonlySet<FindingKind> = new Set<FindingKind>(['required-missing', 'order-cycle', 'cadence-missed', 'cadence-crowded', 'coverage-gap', 'coverage-overlap']);

const meeting = fc.record({
  calendar: fc.constantFrom('city', 'district', 'mayor'),
  day: fc.integer({ min: 23, max: 34 }),
  slot: fc.integer({ min: 16, max: 36 }),
  length: fc.integer({ min: 1, max: 6 }),
  summary: fc.constantFrom('区总河长会议', '市总河长会议', '区政府常务会议', '调研', '专题会', '市人民代表大会'),
  location: fc.constantFrom('301会议室', '区委大楼301会议室', '某镇河道', '大会堂', null),
  room: fc.constantFrom(null, null, '302会议室', '301会议室'),
  attendees: fc.subarray(['li@qu.gov.cn', 'wang@qu.gov.cn', '李明', 'mailto:zhao@qu.gov.cn']),
});

const periodKey = (f: Finding): string => (f.kind === 'cadence-missed' || f.kind === 'cadence-crowded' ? `${f.rule} ${f.kind} ${f.data.periodStart}` : f.id);

describe('suggested slots, applied to the calendars and checked in full', () => {
  test('leave the moved meeting without any finding a move could clear, and no routine period newly short or crowded', () => {
    fc.assert(
      fc.property(fc.array(meeting, { minLength: 1, maxLength: 16 }), fc.nat(), (meetings, pick) => {
        const occurrences: Occurrence[] = meetings.map((m, i) => {
          const start = DateTime.fromISO('2022-05-01', { zone: SHANGHAI }).plus({ days: m.day - 1, minutes: m.slot * 30 });
          const room: AttendeeSpec[] = m.room === null ? [] : [{ name: m.room, cutype: 'room' }];
          return occurrence({
            calendar: calendars[m.calendar],
            uid: `m${i}`,
            summary: m.summary,
            start: start.toFormat('yyyy-MM-dd HH:mm'),
            end: start.plus({ minutes: m.length * 30 }).toFormat('yyyy-MM-dd HH:mm'),
            location: m.location,
            attendees: [...m.attendees, ...room],
          });
        });
        const moved = occurrences[pick % occurrences.length]!;
        const prepared = prepareCheck({ occurrences, config, window });
        const result = suggestSlots(proposalFromOccurrence(moved), prepared, { count: 2, maxChecks: 200 });
        const before = checkOccurrences({ occurrences, config, window }).findings;
        const periodsBefore = new Set(before.filter((f) => f.kind.startsWith('cadence')).map(periodKey));
        const missingBefore = new Set(before.filter((f) => f.kind === 'order-missing' && f.occurrences.some((o) => o.key === moved.key)).map((f) => f.rule));
        for (const slot of result.slots) {
          const proposal = { ...proposalFromOccurrence(moved), start: DateTime.fromISO(slot.start, { setZone: true }), end: DateTime.fromISO(slot.end, { setZone: true }) };
          // The meeting moved there, with its copies under other UIDs (QE-5).
          const { occurrences: applied, keys } = appliedProposal(occurrences, prepared, proposal, moved.calendar);
          const after = checkOccurrences({ occurrences: applied, config, window }).findings;
          const clearable = after.filter(
            (f) => f.occurrences.some((o) => keys.has(o.key)) && !STAYING.has(f.kind) && !(f.kind === 'order-missing' && missingBefore.has(f.rule)),
          );
          expect([slot.start, clearable.map((f) => [f.kind, f.occurrences.map((o) => o.key)])]).toEqual([slot.start, []]);
          const newPeriods = after.filter((f) => f.kind.startsWith('cadence') && !periodsBefore.has(periodKey(f))).map(periodKey);
          expect([slot.start, newPeriods]).toEqual([slot.start, []]);
        }
      }),
      propertyParameters(80),
    );
  });
});
