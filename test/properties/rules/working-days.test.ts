/**
 * `working-days` equals a day-by-day reference (test/properties/references/working-days.ts) that asks
 * the documented holiday data (chinese-days) about every date a meeting touches: around 清明 2022 (a
 * Saturday make-up working day, a three-day holiday, a weekend) and in 2027 (no data), with timed
 * meetings in Asia/Shanghai and New York spanning midnight, all-day ones, skipped kinds of entry, and
 * office hours: one range for all, or per office (with and without `*`, hours ending 24:00) for meetings
 * copied onto several offices' calendars (a calendar without office among them, a copy cancelled, a copy
 * that is a FREE marker while the others are busy).
 */
import fc from 'fast-check';
import { workingDays } from '../../../src/rules/working-days.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { expectReached, kindCounter, reportCounts } from '../internal/schedule.js';
import { at, workingDaysReference, type HoursSpec, type WorkingDayFinding } from '../references/working-days.js';

const ZONE = 'Asia/Shanghai';
const meetingArb = fc.record({
  year: fc.constantFrom('2022-04-01', '2022-04-01', '2022-04-01', '2027-03-01'),
  day: fc.integer({ min: 0, max: 9 }),
  zone: fc.constantFrom('Asia/Shanghai', 'America/New_York'),
  minute: fc.integer({ min: 0, max: 47 }).map((slot) => slot * 30),
  length: fc.oneof(fc.integer({ min: 0, max: 20 }).map((slots) => slots * 30), fc.constantFrom(1440, 2160)),
  allDay: fc.constantFrom(false, false, false, true),
  days: fc.integer({ min: 1, max: 3 }),
  summary: fc.constantFrom('常务会议', '常务会议', '专题会议', '出差', '春节假期'),
  status: fc.constantFrom(null, null, 'confirmed', 'cancelled'),
  transparent: fc.constantFrom(false, false, false, true),
  busy: fc.constantFrom('busy', 'busy', 'busy', 'free', 'oof', 'working-elsewhere'),
  /** The calendars holding a copy (区委办, 区政府办, a leader's calendar without office). */
  calendars: fc.subarray([0, 1, 2], { minLength: 1 }),
  /** One copy says CANCELLED while the others do not (an office that did not take the update). */
  copyCancelled: fc.constantFrom(false, false, false, true),
  /** One copy is a FREE or transparent entry (a leader's own marker) while the others are busy. */
  copyFree: fc.constantFrom(false, false, false, true),
});

const CALENDARS = [
  { id: 'qw', office: '区委办' },
  { id: 'qz', office: '区政府办' },
  { id: 'zhou', office: null },
] as const;

const HOURS: readonly (HoursSpec | null)[] = [
  null,
  { start: '08:30', end: '17:30' },
  { start: '09:00', end: '18:00' },
  { start: '08:00', end: '24:00' },
  { 区委办: { start: '08:30', end: '17:30' }, 区政府办: { start: '09:00', end: '18:00' } },
  { 区委办: { start: '08:00', end: '12:00' }, '*': { start: '08:30', end: '24:00' } },
  { 区政府办: { start: '09:00', end: '17:00' }, '*': { start: '08:30', end: '17:30' } },
];

const order = (list: readonly WorkingDayFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('working-days equals a day-by-day reference', () => {
  test('generated meetings around 清明 2022 and in 2027, with and without office hours', () => {
    const seen = kindCounter();
    let perOfficeCases = 0;
    let officesNamed = 0;
    let starNamed = 0;
    let copiedJudged = 0;
    fc.assert(
      fc.property(fc.array(meetingArb, { maxLength: 10 }), fc.constantFrom(...HOURS), (meetings, hours) => {
        const meetingOf = new Map<string, string>();
        const occurrences: Occurrence[] = meetings.flatMap((m, i) => {
          const zone = m.allDay ? ZONE : m.zone;
          const start = m.allDay ? at(m.year, 0, ZONE).plus({ days: m.day }) : at(m.year, 0, ZONE).plus({ days: m.day, minutes: m.minute }).setZone(zone);
          const end = m.allDay ? start.plus({ days: m.days }) : start.plus({ minutes: m.length });
          return m.calendars.map((c, k) => {
            const status = m.copyCancelled && k === 1 ? 'cancelled' : (m.status as Occurrence['status']);
            const transparent = m.copyFree && k === 0 && m.calendars.length > 1 ? true : m.transparent;
            const o = occurrence({ calendar: { ...CALENDARS[c]!, defaultZone: zone }, uid: `wd-${i}-51ab@tongchou.test`, zone, start: m.allDay ? start.toISODate()! : start.toFormat('yyyy-MM-dd HH:mm'), summary: `${m.summary}${i}`, status, transparent, busy: transparent ? 'free' : (m.busy as Occurrence['busy']) });
            const placed = { ...o, start, end, allDay: m.allDay };
            meetingOf.set(placed.key, `m${i}`);
            return placed;
          });
        });
        const isEvent = (o: Occurrence) => /会议|出差|假期/u.test(o.summary);
        const findings = runRule(workingDays, { occurrences, zone: ZONE, params: { event: { summary: '会议|出差|假期' }, ...(hours === null ? {} : { hours }) } });
        const actual = findings.map((f): WorkingDayFinding => ({
          kind: f.kind,
          meeting: meetingOf.get(f.occurrences[0]!.key)!,
          date: f.kind === 'outside-hours' ? '' : f.data.date,
          what: f.kind === 'holiday' ? `${f.data.dayType}:${f.data.holiday}` : f.kind === 'outside-hours' ? f.data.office : '',
        }));
        const expected = workingDaysReference(occurrences, meetingOf, isEvent, ZONE, hours);
        expect(order(actual)).toEqual(order(expected));
        seen.add(findings);
        const byOffice = hours !== null && typeof hours.start !== 'string';
        if (byOffice) perOfficeCases += 1;
        if (byOffice) officesNamed += findings.filter((f) => f.kind === 'outside-hours' && f.data.office !== '*').length;
        if (byOffice) starNamed += findings.filter((f) => f.kind === 'outside-hours' && f.data.office === '*').length;
        if (byOffice) copiedJudged += findings.filter((f) => f.kind === 'outside-hours' && meetings[Number(meetingOf.get(f.occurrences[0]!.key)!.slice(1))]!.calendars.length > 1).length;
      }),
      propertyParameters(110),
    );
    reportCounts('working-days', { perOfficeCases, officesNamed, starNamed, copiedJudged, holiday: seen.count('holiday'), 'holiday-unknown': seen.count('holiday-unknown'), 'outside-hours': seen.count('outside-hours') });
    for (const kind of ['holiday', 'holiday-unknown', 'outside-hours']) expect(seen.count(kind)).toBeGreaterThan(0);
    expectReached({ officesNamed, starNamed, copiedJudged });
  });
});
