/**
 * `cadence`: a meeting must happen in every period, e.g. the four offices' 联席会议 at least once
 * a quarter.
 */
import type { DateTime } from 'luxon';
import type { HolidayData } from '../model/config.js';
import type { Occurrence } from '../model/occurrence.js';
import { dayInfo } from '../time/working-calendar.js';
import { cadencePeriods } from '../time/cadence-periods.js';
import { mayAllBeOff } from '../time/may-be-day-off.js';
import type { OccurrencePredicate } from '../select/selector.js';
import { meetings, oncePerMeeting } from './internal/event-data.js';
import { copyRepresentative, disagreeingCopy } from './internal/meeting-copies.js';
import { compareOccurrences, isoInstant, meetingKey, supersededBy, toOccurrenceRef } from './internal/occurrence-ref.js';
import { selectorAtHomeLevel } from './internal/selector-at-home-level.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * Counts the non-cancelled occurrences matching `event` (copies of one meeting on several
 * calendars count once: the same UID and start, or retyped with a new UID, the same title and start
 * in agreeing places — `looksLikeCopy`, QA26-33) by the period their START falls in, and reports `cadence-missed` (warning)
 * for each period with fewer than `min` (default 1) and `cadence-crowded` (info) for each with more
 * than `max`. Periods are calendar periods in the report zone (`year`, `quarter`, `month`, ISO
 * `week`) or the spans between instances of an RRULE; only periods wholly inside the window are
 * judged, since a cut-off period may have its meeting in the part not loaded.
 *
 * @example
 * // Window 2022-01-01 … 2022-06-30, 联席会议 only in February:
 * cadence.check({ ...ctx, params: { id: 'joint', kind: 'cadence', event: { summary: '联席会议' }, every: 'quarter', min: 1 } }).map((f) => f.data.periodStart)
 * //=> ['2022-04-01T00:00:00+08:00']
 */
export const cadence = defineRule({
  kind: 'cadence',
  docs: {
    'zh-CN': '例行会议须按周期召开（如四套班子联席会议每季度至少一次）：报告窗口内完整周期中次数不足或超过上限的周期，周期可为年、季、月、周或 RRULE。',
    en: 'A routine meeting must take place in every period (e.g. the joint meeting at least once a quarter): reports each whole period in the window with too few or too many, by year, quarter, month, week or an RRULE.',
  },
  messages: { 'cadence-missed': 'warning', 'cadence-crowded': 'info' },
  check(ctx) {
    const min = ctx.params.min ?? 1;
    const max = ctx.params.max;
    const periods = cadencePeriods(ctx.params.every, ctx.window, ctx.zone);
    const meeting = copyRepresentative(ctx.occurrences, ctx.places);
    // `level` is the meeting's (README, levels): the city's meeting on a district leader's diary is no
    // district meeting, and does not hold the district's routine meeting for the period (QK-2).
    const isEvent = selectorAtHomeLevel(ctx.params.event, ctx.occurrences, ctx.places);
    const events = oncePerMeeting(meetings(ctx.occurrences, isEvent), meeting, disagreeingCopy(ctx.occurrences));
    const cancelled = cancelledMeetings(ctx.occurrences, isEvent, new Set(events.map(meetingKey)), new Set(events.map(meeting)), meeting);
    const findings: RuleFinding<'cadence-missed' | 'cadence-crowded'>[] = [];
    let next = 0;
    for (const period of periods) {
      const from = period.start.toMillis();
      const to = period.end.toMillis();
      // Events and periods are both sorted: one pass.
      while (next < events.length && events[next]!.start.toMillis() < from) next += 1;
      const inside: Occurrence[] = [];
      for (let i = next; i < events.length && events[i]!.start.toMillis() < to; i += 1) inside.push(events[i]!);
      const called = cancelled.filter((o) => o.start.toMillis() >= from && o.start.toMillis() < to);
      const base = {
        periodStart: isoInstant(period.start),
        periodEnd: isoInstant(period.end),
        every: ctx.params.every,
        count: inside.length,
        cancelled: called.length,
        event: title(inside, called, events, from),
      };
      const identity = [`period:${base.periodStart}`];
      // A period without one working day (the 春节 week) cannot hold the routine meeting (QC-35); one
      // whose days may all be off in a year not yet published cannot be judged (QF-1).
      const days = inside.length < min ? workingDays(period.start, period.end, ctx.zone, ctx.holidays) : null;
      if (days !== null && days.kind !== 'none') {
        // A cancelled meeting of the period is why it is missed: it is cited with the finding.
        const occurrences = [...inside, ...called].map(toOccurrenceRef);
        if (days.kind === 'some') findings.push({ kind: 'cadence-missed', data: { ...base, min }, occurrences, people: [], identity });
        else {
          const data = { ...base, min, undetermined: true as const, unknownFrom: days.unknownFrom };
          findings.push({ kind: 'cadence-missed', severity: 'info', data, occurrences, people: [], identity });
        }
      }
      if (max !== undefined && inside.length > max) {
        findings.push({ kind: 'cadence-crowded', data: { ...base, max }, occurrences: inside.map(toOccurrenceRef), people: [], identity });
      }
    }
    return findings;
  },
});

/**
 * The cancelled occurrences matching the selector, one per meeting, sorted. A meeting another copy
 * still holds is not cancelled: one office took a cancellation the other did not (same SEQUENCE,
 * nothing says which is newer), or kept its retyped copy, and the meeting already counts as held.
 */
function cancelledMeetings(
  occurrences: readonly Occurrence[],
  matches: OccurrencePredicate,
  held: ReadonlySet<string>,
  heldMeetings: ReadonlySet<Occurrence>,
  meeting: (o: Occurrence) => Occurrence,
): Occurrence[] {
  // A stale copy (lower SEQUENCE than the same event elsewhere) is no meeting at its old time, cancelled or not.
  const stale = supersededBy(occurrences);
  const byMeeting = new Map<string, Occurrence>();
  for (const o of occurrences) {
    if (o.status !== 'cancelled' || stale.has(o) || !matches(o)) continue;
    const key = meetingKey(o);
    if (held.has(key) || heldMeetings.has(meeting(o))) continue;
    const previous = byMeeting.get(key);
    if (previous === undefined || o.key < previous.key) byMeeting.set(key, o);
  }
  return oncePerMeeting([...byMeeting.values()].sort(compareOccurrences), meeting);
}

/**
 * What to call the routine meeting in a period's finding: a meeting of the period, else a cancelled
 * one, else the nearest held one (the selector is a pattern, not a name a reader knows).
 */
function title(inside: readonly Occurrence[], cancelled: readonly Occurrence[], events: readonly Occurrence[], from: number): string {
  const own = inside[0] ?? cancelled[0];
  if (own !== undefined) return own.summary;
  let before: Occurrence | undefined;
  for (const o of events) {
    if (o.start.toMillis() >= from) return (before ?? o).summary;
    before = o;
  }
  return before?.summary ?? '';
}

/**
 * Whether a period holds a working day in the Chinese working calendar, its days read in the
 * report zone: `some` for a known working day, or Monday–Fridays of an unpublished year that no
 * arrangement can all give off (`mayAllBeOff`: no festival's stretch can hold them all); `unknown`
 * when its only days that could be working ones are Monday–Fridays of an unpublished year that one
 * festival's stretch could cover (the 春节 week before the notice: the rule cannot say the meeting was
 * due); `none` when every day is off,
 * known or — a Saturday or Sunday of an unpublished year — presumed so, since a 调休 working weekend
 * exists only as the notice lists it (a daily rule is not reported for every weekend of next year).
 */
function workingDays(
  start: DateTime,
  end: DateTime,
  zone: string,
  holidays: HolidayData | undefined,
): { readonly kind: 'some' } | { readonly kind: 'none' } | { readonly kind: 'unknown'; readonly unknownFrom: string } {
  const open: string[] = [];
  for (let day = start.setZone(zone).startOf('day'); day < end; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!;
    const kind = dayInfo(date, holidays).kind;
    if (kind === 'workday') return { kind: 'some' };
    if (kind === 'unknown' && day.weekday <= 5) open.push(date);
  }
  if (open.length === 0) return { kind: 'none' };
  // All of them off at once: one festival's stretch (or neighbouring ones) must hold them all (QG-8).
  return mayAllBeOff(open, holidays) ? { kind: 'unknown', unknownFrom: open[0]! } : { kind: 'some' };
}
