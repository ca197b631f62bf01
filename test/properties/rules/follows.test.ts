/**
 * `follows` equals its brute-force reference (test/properties/references/follows.ts) on generated
 * quarters of province, city and district meetings: every cycle, minGap and maxGap as durations and as working
 * days (around 清明, 劳动节 with its 调休 Sunday and Saturday, 端午; and across the end of the bundled
 * holiday data into 2027, with or without the config's own `holidays` for 2027), cancelled prerequisites and dependents (periods whose prerequisites are all
 * cancelled), copies on two calendars (retyped with a new UID, or whose STATUS disagrees, or stale: a move
 * with a higher SEQUENCE that one calendar did not take), report zones with and without DST, and a second rule the other
 * way round (city after district) that closes rings with the first, and a rule one level up (city after
 * province) that makes a chain: prerequisites held only as cancelled at either level.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { follows } from '../../../src/rules/follows.js';
import { followsDependencies } from '../../../src/rules/internal/dependencies.js';
import { cycleKey } from '../../../src/time/cycle.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import type { FollowsRuleConfig } from '../../../src/model/rule-config.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { contextFor } from '../../helpers/rule-tester.js';
import { expectReached, kindCounter, reportCounts } from '../internal/schedule.js';
import { followsReference, type Cycle, type FollowsFinding, type GapSpec } from '../references/follows.js';
import type { UserHolidays } from '../references/working-days.js';
import type { HolidayData } from '../../../src/model/config.js';

const meetingArb = fc.record({
  city: fc.boolean(),
  /** A province meeting (the level above the city: a second rule orders city meetings after them). */
  province: fc.constantFrom(false, false, false, true),
  day: fc.integer({ min: 0, max: 100 }),
  hour: fc.integer({ min: 8, max: 17 }),
  minute: fc.constantFrom(0, 30),
  length: fc.constantFrom(30, 60, 120),
  cancelled: fc.constantFrom(false, false, false, true),
  copy: fc.boolean(),
  /** The copy was retyped by hand on the other calendar (new UID, same summary, start and end). */
  retyped: fc.constantFrom(false, false, true),
  /** The copy on the other calendar says the other STATUS (one office took the cancellation, the other not). */
  copyDisagrees: fc.constantFrom(false, false, false, true),
  /**
   * The meeting was moved by this many hours (SEQUENCE 1) and only the other calendar took the update:
   * the first calendar's copy (SEQUENCE 0) is stale and takes no part in ordering (README, copies).
   */
  movedHours: fc.option(fc.constantFrom(-30, -3, 2, 26, 200), { freq: 4, nil: null }),
  /** Held on the last day of its month (a month, quarter or year ends there): its relay may fall in the next period (QB-2). */
  monthEnd: fc.constantFrom(false, false, false, true),
});

const MIN_GAPS: readonly GapSpec[] = ['PT0S', 'PT1H', 'P1D', { workingDays: 0 }, { workingDays: 1 }, { workingDays: 2 }, { workingDays: 3 }];
const MAX_GAPS: readonly (GapSpec | null)[] = [null, 'P3D', 'P14D', { workingDays: 0 }, { workingDays: 2 }, { workingDays: 5 }];

/** The config's `holidays` of some cases: 2027 supplied, and 31 December 2026 (bundled: a working day) made a day off. */
const USER_HOLIDAYS: UserHolidays = {
  dates: { '2026-12-31': 'holiday', '2027-01-01': 'holiday', '2027-02-05': 'holiday', '2027-02-08': 'holiday', '2027-02-07': 'workday' },
  years: [2027],
};

type Side = '省' | '市' | '区';
const sideOf = (m: { readonly city: boolean; readonly province: boolean }): Side => (m.province ? '省' : m.city ? '市' : '区');
const CALENDAR: Readonly<Record<Side, string>> = { 省: 'sheng', 市: 'shi', 区: 'qu' };

const order = (list: readonly FollowsFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('follows equals a brute-force pairing reference', () => {
  test('generated province, city and district meetings: working-day gaps, a chain of two rules, rings with a reverse rule', () => {
    const seen = kindCounter();
    const counts = { cases: 0, workingDayGaps: 0, allCancelledPeriods: 0, undetermined: 0, unknownFrom: 0, unknownCertainOrder: 0, ringCases: 0, late2026: 0, staleCopies: 0, ownHolidayCounts: 0, upperMissingCancelled: 0, upperOrders: 0, carriedOver: 0, lateUnderAnyArrangement: 0 };
    fc.assert(
      fc.property(
        fc.array(meetingArb, { maxLength: 14 }),
        fc.constantFrom<Cycle>('none', 'week', 'month', 'quarter', 'year'),
        fc.constantFrom(...MIN_GAPS),
        fc.constantFrom(...MAX_GAPS),
        fc.constantFrom('Asia/Shanghai', 'America/New_York'),
        // Spring 2022 (清明, 劳动节, 端午), or late November 2026 running into 2027 (no bundled arrangement).
        fc.constantFrom('2022-03-01', '2026-11-20'),
        // The reverse rule (city meetings after district ones) and its cycle, or none.
        fc.option(fc.constantFrom<Cycle>('none', 'week', 'month'), { freq: 3, nil: null }),
        // The config's own holidays: none, or 2027 supplied (a 调休 Sunday, two days off) and a bundled date overridden.
        fc.constantFrom(false, false, true),
        // A rule one level up (city meetings after province ones) and its cycle, or none: a chain.
        fc.option(fc.constantFrom<Cycle>('none', 'month', 'quarter'), { freq: 2, nil: null }),
        (generated, cycle, minGap, maxGap, zone, originDate, reverse, ownHolidays, upper) => {
          const origin = DateTime.fromISO(`${originDate}T00:00:00`, { zone });
          const dayOfMeeting = (m: { readonly day: number; readonly monthEnd: boolean }): DateTime =>
            m.monthEnd ? origin.plus({ days: m.day }).endOf('month').startOf('day') : origin.plus({ days: m.day });
          // Meetings of one side start at distinct times (also where a move put them), so "latest" means the same by start and by end.
          const starts = new Set<string>();
          const meetings = generated.filter((m) => {
            const at = dayOfMeeting(m).set({ hour: m.hour, minute: m.minute });
            const current = m.copy && !m.retyped && m.movedHours !== null ? at.plus({ hours: m.movedHours }) : at;
            const key = `${sideOf(m)} ${current.toMillis()}`;
            return !starts.has(key) && starts.add(key) !== undefined;
          });
          const occurrences: Occurrence[] = [];
          const meetingOf = new Map<string, string>();
          // Copies that did not take a move (lower SEQUENCE): left out of what the reference sees.
          const stale = new Set<Occurrence>();
          meetings.forEach((m, i) => {
            const start = dayOfMeeting(m).set({ hour: m.hour, minute: m.minute });
            const own = CALENDAR[sideOf(m)];
            for (const [c, cal] of (m.copy ? [own === 'qu' ? 'shi' : own, 'qu'] : [own]).entries()) {
              const moved = c === 1 && !m.retyped && m.movedHours !== null;
              const cancelled = c === 1 && m.copyDisagrees && !moved ? !m.cancelled : m.cancelled;
              const uid = c === 1 && m.retyped ? `f-${i}-retyped-${cal}` : `f-${i}-0b7d@tongchou.test`;
              const at = moved ? start.plus({ hours: m.movedHours! }) : start;
              const o = occurrence({ calendar: cal, uid, zone, start: at.toFormat('yyyy-MM-dd HH:mm'), summary: `${sideOf(m)}总河长会议${i}`, status: cancelled ? 'cancelled' : null });
              const placed: Occurrence = { ...o, start: at, end: at.plus({ minutes: sideOf(m) === '区' ? m.length : 60 }), ...(moved && { sequence: 1 }) };
              occurrences.push(placed);
              meetingOf.set(placed.key, `m${i}`);
              if (moved) stale.add(occurrences[occurrences.length - 2]!);
            }
          });
          const relay = { id: 'relay', kind: 'follows' as const, dependent: { summary: '^区' }, prerequisite: { summary: '^市' }, cycle, minGap, ...(maxGap === null ? {} : { maxGap }) };
          const back = reverse === null ? null : { id: 'back', kind: 'follows' as const, dependent: { summary: '^市' }, prerequisite: { summary: '^区' }, cycle: reverse };
          const up = upper === null ? null : { id: 'up', kind: 'follows' as const, dependent: { summary: '^市' }, prerequisite: { summary: '^省' }, cycle: upper, minGap };
          const rules: FollowsRuleConfig[] = [relay, ...(back === null ? [] : [back]), ...(up === null ? [] : [up])];
          const window = { from: '2022-01-01', to: '2027-12-31' };
          const user: UserHolidays | undefined = ownHolidays ? USER_HOLIDAYS : undefined;
          const holidays: HolidayData | undefined = ownHolidays ? { source: '测试', dates: USER_HOLIDAYS.dates, years: USER_HOLIDAYS.years } : undefined;
          const findings = rules.flatMap((rule) => follows.check({ ...contextFor(follows, { occurrences, zone, window, params: rule, rules }), holidays }).map((f) => ({ ...f, rule: rule.id })));
          const actual = findings.map((f): FollowsFinding => {
            const ids = f.occurrences.map((o) => meetingOf.get(o.key)!);
            if (f.kind === 'order-cycle') return { rule: f.rule, kind: f.kind, dependent: [...ids].sort()[0]!, other: [...ids].sort().slice(1).join(' '), undetermined: false };
            if (f.kind === 'order-missing') return { rule: f.rule, kind: f.kind, dependent: ids[0]!, other: `${f.data.period} cancelled=${f.data.cancelled}`, undetermined: false };
            // An undetermined finding is info; a certain one keeps the rule's severity.
            const undetermined = f.data.undetermined === true;
            expect(f.severity === 'info').toBe(undetermined);
            if (f.kind === 'order-late') {
              const text = f.data.latestStart;
              const latest = /^\d{4}-\d{2}-\d{2}$/u.test(text) || text === '' ? text : DateTime.fromISO(text, { setZone: true }).toMillis();
              return { rule: f.rule, kind: f.kind, dependent: ids[0]!, other: ids[1]!, undetermined, earliest: null, latest };
            }
            // The suggestion is the earliest compliant start, on the dependent's own clock.
            const earliest = f.data.earliestStart === '' ? null : DateTime.fromISO(f.data.earliestStart, { setZone: true }).toMillis();
            expect(f.suggestion == null ? null : { at: DateTime.fromISO(f.suggestion.earliestStart, { setZone: true }).toMillis(), occurrence: f.suggestion.occurrence }).toEqual(
              earliest === null ? null : { at: earliest, occurrence: f.occurrences[0]!.key },
            );
            return { rule: f.rule, kind: f.kind, dependent: ids[0]!, other: ids[1]!, undetermined, earliest };
          });
          const expected = followsReference(
            occurrences.filter((o) => !stale.has(o)),
            meetingOf,
            [
              { id: relay.id, isDependent: (o) => o.summary.startsWith('区'), isPrerequisite: (o) => o.summary.startsWith('市'), cycle, minGap, maxGap },
              ...(back === null ? [] : [{ id: back.id, isDependent: (o: Occurrence) => o.summary.startsWith('市'), isPrerequisite: (o: Occurrence) => o.summary.startsWith('区'), cycle: back.cycle, minGap: 'PT0S', maxGap: null }]),
              ...(up === null ? [] : [{ id: up.id, isDependent: (o: Occurrence) => o.summary.startsWith('市'), isPrerequisite: (o: Occurrence) => o.summary.startsWith('省'), cycle: up.cycle, minGap, maxGap: null }]),
            ],
            zone,
            user,
          );
          expect(order(actual)).toEqual(order(expected));
          // Pairs across a period boundary (a prerequisite at the end of its period carried over, QB-2).
          if (cycle !== 'none') {
            const { edges } = followsDependencies(occurrences, relay, zone, holidays, rules);
            counts.carriedOver += edges.filter((e) => cycleKey(e.dependent.start, cycle, zone) !== cycleKey(e.prerequisite.start, cycle, zone)).length;
          }
          seen.add(findings);
          counts.cases += 1;
          if (typeof minGap !== 'string' || (maxGap !== null && typeof maxGap !== 'string')) counts.workingDayGaps += 1;
          counts.allCancelledPeriods += findings.filter((f) => f.kind === 'order-missing' && f.data.cancelled > 0).length;
          counts.undetermined += findings.filter((f) => f.kind !== 'order-cycle' && f.kind !== 'order-missing' && f.data.undetermined === true).length;
          counts.unknownFrom += findings.filter((f) => (f.kind === 'order' || f.kind === 'order-late') && f.data.unknownFrom !== undefined).length;
          // QF-4: late although the year is unknown (past the latest day W_n could fall on).
          counts.lateUnderAnyArrangement += findings.filter((f) => f.kind === 'order-late' && f.data.unknownFrom !== undefined && f.data.undetermined !== true).length;
          counts.unknownCertainOrder += findings.filter((f) => f.kind === 'order' && f.data.unknownFrom !== undefined && f.data.undetermined !== true).length;
          if (findings.some((f) => f.kind === 'order-cycle')) counts.ringCases += 1;
          counts.staleCopies += stale.size;
          counts.upperMissingCancelled += findings.filter((f) => f.rule === 'up' && f.kind === 'order-missing' && f.data.cancelled > 0).length;
          counts.upperOrders += findings.filter((f) => f.rule === 'up' && f.kind === 'order').length;
          if (ownHolidays && originDate.startsWith('2026') && typeof minGap !== 'string') counts.ownHolidayCounts += 1;
          if (originDate.startsWith('2026') && typeof minGap !== 'string') counts.late2026 += 1;
        },
      ),
      propertyParameters(120),
    );
    reportCounts('follows', { ...counts, order: seen.count('order'), 'order-late': seen.count('order-late'), 'order-missing': seen.count('order-missing'), 'order-cycle': seen.count('order-cycle') });
    for (const kind of ['order', 'order-late', 'order-missing', 'order-cycle']) expect(seen.count(kind)).toBeGreaterThan(0);
    expectReached({ carriedOver: counts.carriedOver, allCancelledPeriods: counts.allCancelledPeriods, undetermined: counts.undetermined, upperMissingCancelled: counts.upperMissingCancelled, staleCopies: counts.staleCopies, ownHolidayCounts: counts.ownHolidayCounts });
  });
});
