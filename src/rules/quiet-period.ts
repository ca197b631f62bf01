/**
 * `quiet-period`: no meetings of a kind during a period, or while other meetings are in session
 * (e.g. no district meetings needing the principal leaders while the provincial congress sits).
 */
import { DateTime } from 'luxon';
import type { Occurrence } from '../model/occurrence.js';
import type { DateSpan, QuietPeriodRuleConfig } from '../model/rule-config.js';
import type { Selector } from '../model/selector.js';
import { eventData, meetings } from './internal/event-data.js';
import { copyRepresentative } from './internal/meeting-copies.js';
import { isoBound, looksLikeCopy, meetingKey, recordsAttendance, supersededBy, toOccurrenceRef } from './internal/occurrence-ref.js';
import { attendsRemotely } from './internal/attendance-entry.js';
import { sessionSitting } from './internal/session-sitting.js';
import type { Places } from '../places/places-types.js';
import { selectorAtHomeLevel } from './internal/selector-at-home-level.js';
import { marksMoment } from './internal/commitment.js';
import { dutyShift } from './internal/duty-shift.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * Reports `quiet-period` (warning) for every non-cancelled, busy meeting matching `event` (one per
 * meeting; transparent and FREE entries such as reminders book nobody, and duty shifts — of a roster a
 * `coverage` rule checks, or on a leader's own diary: `dutyShift`, QF-18 — are no meetings) that overlaps, half-open, either the fixed span `during: { from, to }` (dates, both
 * inclusive, in the report zone) or a non-cancelled occurrence matching the `during` selector —
 * one finding per pair of meetings, citing both. A meeting is never in a quiet period of its own
 * making (the same meeting matching both selectors), and copies of one meeting are one meeting: the
 * same UID and start, or retyped with a new UID, the same title and start in agreeing places
 * (`looksLikeCopy`, as in `no-double-booking`) — an office's retyped copy of the session it must
 * keep quiet during is the session (QA26-32). An entry that is one of the quiet meetings in this sense —
 * a copy, a record of attending it (`李明：出席市十七届人大四次会议` over the session's days), an office's
 * 分会场 watching it at its very times (`组织收看…开幕会`), a sitting of it — is part of the session and held
 * during none of it, its other sittings included (QH-6, QH-7).
 *
 * @example
 * quietPeriod.check({ ...ctx, params: { id: 'congress', kind: 'quiet-period', event: { level: 'district' }, during: { summary: '人民代表大会' } } })[0]?.data.during
 * //=> '省人民代表大会第五次会议'
 */
export const quietPeriod = defineRule({
  kind: 'quiet-period',
  docs: {
    'zh-CN': '静默期内不安排指定会议：在固定日期范围内，或在另一类会议（如上级人代会、防汛应急演练）进行期间召开的会议均予报告。',
    en: 'No meetings of a kind during a quiet period: reports those held within fixed dates or while other meetings (e.g. a higher-level congress, flood-season drills) are in session.',
  },
  messages: { 'quiet-period': 'warning' },
  check(ctx) {
    // A transparent or FREE entry (a reminder, a calendar's own marker) books nobody: it is no meeting
    // held in the quiet period. The quiet side keeps them: a session is often written as a free all-day entry.
    // Stale copies are judged against the whole check first: with the current revision filtered out as
    // FREE, an office's outdated busy copy would otherwise pass for the meeting (README: a stale copy
    // books its people at the current revision's time and status only).
    const stale = supersededBy(ctx.occurrences);
    // Duty shifts go on during a session as on any day (QF-18): no meeting scheduled into it.
    const shift = dutyShift(ctx.rules);
    // Both selectors read `level` as the meeting's (README, levels): the city's 全市… meeting on a district
    // leader's diary is no district meeting held in the quiet period (QK-2).
    const isEvent = selectorAtHomeLevel(ctx.params.event, ctx.occurrences, ctx.places);
    // A bare instant (a reminder) is no meeting, but a copy of it naming people is (QB-34): left out before `meetings`
    // keeps one copy per meeting, or the bare copy (the smaller key) would stand for both and be skipped (seed 1422570673).
    const events = meetings(ctx.occurrences.filter((o) => !o.transparent && o.busy !== 'free' && !stale.has(o) && !shift(o) && !marksMoment(o)), isEvent);
    const findings: RuleFinding<'quiet-period'>[] = [];
    // Copies one meetingKey does not join (retyped with a new UID) are joined by their representative,
    // asked only of the meetings a finding is about.
    const meeting = copyRepresentative(ctx.occurrences, ctx.places);
    const reported = new Set<Occurrence>();
    const during = ctx.params.during;
    if (isDateSpan(during)) {
      const from = DateTime.fromISO(during.from, { zone: ctx.zone });
      const to = DateTime.fromISO(during.to, { zone: ctx.zone }).plus({ days: 1 });
      const end = to.toISODate() ?? during.to;
      for (const o of events) {
        if (marksMoment(o)) continue;
        // A start-only meeting (QB-34) is the instant it starts: within the span when from <= t < to.
        const inside = o.end > o.start ? o.start.toMillis() < to.toMillis() && o.end.toMillis() > from.toMillis() : o.start >= from && o.start < to;
        if (inside) {
          const m = meeting(o);
          if (reported.has(m)) continue;
          reported.add(m);
          findings.push({
            kind: 'quiet-period',
            data: { ...eventData(o), during: '', duringStart: during.from, duringEnd: end },
            occurrences: [toOccurrenceRef(o)],
            people: [],
          });
        }
      }
      return findings;
    }
    const isQuiet = selectorAtHomeLevel(during, ctx.occurrences, ctx.places);
    const quiet = meetings(ctx.occurrences, isQuiet).filter((q) => q.end > q.start);
    // Running maximum of the quiet ends: every quiet occurrence before the first index whose running
    // maximum passes an event's start ends before it, and event starts only grow, so one pointer serves.
    const reach: number[] = [];
    for (const q of quiet) reach.push(Math.max(reach[reach.length - 1] ?? -Infinity, q.end.toMillis()));
    const pairs = new Map<Occurrence, Set<Occurrence>>();
    // A meeting the `during` selector itself picks is part of the session (its 闭幕会, a 主席团 sitting),
    // not a meeting held during it (QC-39).
    let lo = 0;
    for (const o of events) {
      if (marksMoment(o) || isQuiet(o)) continue;
      // A start-only meeting (QB-34) is the instant t it starts: held during q when q.start <= t < q.end.
      const instant = !(o.end > o.start);
      while (lo < quiet.length && reach[lo]! <= o.start.toMillis()) lo += 1;
      const overlapping: Occurrence[] = [];
      for (let i = lo; i < quiet.length; i += 1) {
        const q = quiet[i]!;
        // Both lists are sorted by start: nothing later can overlap.
        if (instant ? q.start.toMillis() > o.start.toMillis() : q.start.toMillis() >= o.end.toMillis()) break;
        if (q.end.toMillis() > o.start.toMillis()) overlapping.push(q);
      }
      // An entry that is one of the session's own meetings, as no-double-booking reads one meeting, is part of the
      // session: not held during any of it — the 领导活动安排 record of attending the congress is not held during
      // its opening (QH-6), nor the 分会场 watching the opening at its very times (QH-7).
      if (overlapping.length === 0 || overlapping.some((q) => sameEngagement(o, q, ctx.places))) continue;
      // Its copies are asked for only once it overlaps a quiet meeting (most events overlap none).
      const m = meeting(o);
      if (isQuiet(m)) continue;
      for (const q of overlapping) {
        const n = meeting(q);
        if (m === n) continue;
        let withM = pairs.get(m);
        if (withM === undefined) pairs.set(m, (withM = new Set()));
        if (withM.has(n)) continue;
        withM.add(n);
        findings.push({
          kind: 'quiet-period',
          data: { ...eventData(o), during: q.summary, duringStart: isoBound(q, q.start), duringEnd: isoBound(q, q.end) },
          occurrences: [toOccurrenceRef(o), toOccurrenceRef(q)],
          people: [],
        });
      }
    }
    return findings;
  },
});

/**
 * Whether an event and a quiet meeting it overlaps are one engagement, as `no-double-booking` reads them: copies
 * (the same UID and start, or retyped, `looksLikeCopy`), a record of attending it that holds its whole time
 * (`recordsAttendance`), an office's entry watching it by video at its very times (`attendsRemotely`), or a sitting
 * of it (`sessionSitting`).
 */
function sameEngagement(o: Occurrence, q: Occurrence, places: Places): boolean {
  return (
    meetingKey(q) === meetingKey(o) ||
    looksLikeCopy(o, q, places) ||
    recordsAttendance(o, q, places) ||
    attendsRemotely(o, q) ||
    sessionSitting(o, q, places)
  );
}

/**
 * Whether `during` is a fixed span of dates rather than a selector.
 * @param during - the config value
 * @returns true for `{ from, to }`
 * @example isDateSpan({ from: '2022-06-01', to: '2022-06-10' }) //=> true
 */
export function isDateSpan(during: QuietPeriodRuleConfig['during']): during is DateSpan {
  const d = during as Selector & Partial<DateSpan>;
  return typeof d.from === 'string' && typeof d.to === 'string';
}
