/**
 * `no-double-booking`: one person in two overlapping busy occurrences, across every calendar.
 */
import type { Occurrence } from '../model/occurrence.js';
import type { PersonRef } from '../model/person.js';
import { endMillis, startMillis } from '../load/occurrence-millis.js';
import { absenceSelector, schedules, type ScheduleItem } from './internal/commitment.js';
import { copyOwners, copyRepresentative, declinedOnOwnCalendar, disagreeingCopy } from './internal/meeting-copies.js';
import { compareOccurrences, looksLikeCopy, recordsAttendance, toOccurrenceRef } from './internal/occurrence-ref.js';
import { envelops, type EnvelopeContext } from './internal/trip-envelope.js';
import { copyData, overlapData, peopleData } from './internal/pair-data.js';
import { overlappingPairsBy } from './internal/sweep.js';
import { attendsRemotely } from './internal/attendance-entry.js';
import { sessionSitting } from './internal/session-sitting.js';
import { sameTimeAway } from './internal/same-time-away.js';
import { defineRule, type RuleFinding } from './rule.js';

const itemStart = (item: ScheduleItem): number => item.startMs;
const itemEnd = (item: ScheduleItem): number => item.endMs;

/**
 * Reports every pair of overlapping occurrences that commit the same person.
 *
 * - Who is in an occurrence: `Directory.participantsOf` (attendees, organizer, calendar owner).
 * - What counts: see `internal/commitment.ts` — cancelled, transparent, FREE, declined do not;
 *   absences (config `absences`, default all-day 出差/请假/休假/公休/外出/调研) always do.
 * - Intervals are half-open, so back-to-back meetings are fine; an instant (end = start, a start-only
 *   meeting) clashes with what holds its point (`time/interval.ts`, QB-34).
 * - Copies of one meeting are one meeting (`looksLikeCopy`): the same UID on several calendars
 *   (a short numbered UID only with the same title), or typed in by hand with the same summary,
 *   start and end and not in another room. A copy with a lower SEQUENCE than another calendar's
 *   copy of the same event is stale and books its people at the current revision's time only.
 *   Copies with the same SEQUENCE at different times (two offices each entered it) both book their
 *   people, and a finding citing one names the other (`firstCopy…`/`secondCopy…`): the entries disagree.
 * - A session's entry (`…人民代表大会第六次会议`, whole days) and a sitting of it inside it, titled with the
 *   session's whole name and the sitting (`…第一次全体会议`), in agreeing places, are one engagement (QH-5).
 * - Two overlapping absences are no conflict when they can be one time away written twice (`sameTimeAway`):
 *   not `出差（北京）` and `出差（省城）` the same day, nor leave during a trip (QK-1).
 * - One finding per pair of meetings, listing every person caught in it: `double-booking` (error)
 *   when any of them is firmly committed to both, else `tentative-overlap` (warning).
 *
 * Per person the schedule is sorted and swept once: O(n log n + k), never all pairs.
 *
 * @example
 * // 李明 at 区政府常务会议 09:00–11:00 and 市防汛工作会议 10:00–12:00:
 * noDoubleBooking.check({ ...ctx, params: { id: 'people', kind: 'no-double-booking' } }).map((f) => [f.kind, f.people])
 * //=> [['double-booking', ['li']]]
 */
export const noDoubleBooking = defineRule({
  kind: 'no-double-booking',
  docs: {
    'zh-CN': '同一人员在同一时间被安排参加两个会议（已取消、空闲、谢绝的不计；待定的给出提醒；出差、请假等全天安排视为占用）。',
    en: 'One person in two overlapping busy occurrences, across all calendars (cancelled, free and declined do not count; tentative ones warn; all-day absences count as busy).',
  },
  messages: { 'double-booking': 'error', 'tentative-overlap': 'warning' },
  check(ctx) {
    // The rule's `absences` and `fieldWork` (QG-19), or the default absences (whose schedules are shared).
    const isAbsence = absenceSelector(ctx.params);
    // By first meeting, then second: found once per person caught, so no key string is built per visit.
    const pairs = new Map<Occurrence, Map<Occurrence, Pair>>();
    // One finding per pair of meetings, however many calendars hold a copy of each.
    const meeting = copyRepresentative(ctx.occurrences, ctx.places);
    const declined = declinedOnOwnCalendar(ctx.occurrences, ctx.directory, ctx.places);
    const owners = copyOwners(ctx.occurrences, ctx.places);
    const trips: EnvelopeContext = { owners: () => owners, directory: ctx.directory, atPlace: false };
    for (const schedule of schedules(ctx.occurrences, ctx.directory, isAbsence).values()) {
      const person = schedule.person.id;
      for (const [a, b] of overlappingPairsBy(schedule.items, itemStart, itemEnd)) {
        // Two absences overlapping (出差 on the personal calendar, 调研 on the office one) may say the same
        // thing twice: the person is away. Not when they name two destinations, or leave and a trip (QK-1).
        if (a.absence && b.absence && sameTimeAway(a.occurrence, b.occurrence)) continue;
        if (looksLikeCopy(a.occurrence, b.occurrence, ctx.places)) continue;
        // A leader's diary entry of the meeting with the journey or preparation around it (QB-13, QB-39).
        if (recordsAttendance(a.occurrence, b.occurrence, ctx.places)) continue;
        // A congress's whole-session entry and its own sittings inside it: one engagement (QH-5).
        if (sessionSitting(a.occurrence, b.occurrence, ctx.places) || sessionSitting(b.occurrence, a.occurrence, ctx.places)) continue;
        // A trip and the appointments inside it, on his diary; the trip also on his office's 领导活动安排 (QB-12, QE-6).
        if (
          envelops(a.occurrence, a.absence, b.occurrence, b.absence, trips) ||
          envelops(b.occurrence, b.absence, a.occurrence, a.absence, trips)
        ) continue;
        // An office's entry of a video conference it attends from its own branch venue (QE-10).
        if (attendsRemotely(a.occurrence, b.occurrence) || attendsRemotely(b.occurrence, a.occurrence)) continue;
        const left = meeting(a.occurrence);
        const right = meeting(b.occurrence);
        if (left === right) continue;
        // His own calendar's DECLINED overrules another copy's unanswered invitation (QB-16).
        if (declined(a.occurrence, person) || declined(b.occurrence, person)) continue;
        const swap = compareOccurrences(left, right) > 0;
        const [first, second] = swap ? [right, left] : [left, right];
        let withFirst = pairs.get(first);
        if (withFirst === undefined) {
          withFirst = new Map();
          pairs.set(first, withFirst);
        }
        let entry = withFirst.get(second);
        if (entry === undefined) {
          entry = { first, second, citeFirst: undefined, citeSecond: undefined, people: new Map(), firm: false };
          withFirst.set(second, entry);
        }
        // A retyped copy may end later than the copy standing for the meeting (QA26-18): when only
        // that copy reaches the other meeting, the finding cites it, so the times it gives overlap.
        entry.citeFirst = cited(entry.citeFirst, first, swap ? b.occurrence : a.occurrence);
        entry.citeSecond = cited(entry.citeSecond, second, swap ? a.occurrence : b.occurrence);
        entry.people.set(schedule.person.id, schedule.person);
        if (a.commitment === 'busy' && b.commitment === 'busy') entry.firm = true;
      }
    }
    const findings: RuleFinding<'double-booking' | 'tentative-overlap'>[] = [];
    const ordered = [...pairs.values()]
      .flatMap((withFirst) => [...withFirst.values()])
      .map((p) => ({ ...p, first: p.citeFirst ?? p.first, second: p.citeSecond ?? p.second }))
      .sort((x, y) => compareOccurrences(x.first, y.first) || compareOccurrences(x.second, y.second));
    const disputed = disagreeingCopy(ctx.occurrences);
    for (const { first, second, people, firm } of ordered) {
      const who = peopleData(people.values());
      const data = { ...overlapData(first, second), ...copyData(disputed(first), disputed(second)), people: who.people, peopleCount: who.peopleCount };
      const occurrences = [toOccurrenceRef(first), toOccurrenceRef(second)];
      findings.push(
        firm
          ? { kind: 'double-booking', data, occurrences, people: who.ids }
          : { kind: 'tentative-overlap', data, occurrences, people: who.ids },
      );
    }
    return findings;
  },
});

/**
 * The copy a finding cites for a meeting: its representative, unless the representative's times
 * differ from the copy that clashed (a retyped copy with a later end) — then that copy, until a
 * visit where the representative's own times clash.
 */
function cited(sofar: Occurrence | undefined, representative: Occurrence, visited: Occurrence): Occurrence {
  if (sofar === representative) return sofar;
  if (visited === representative || (startMillis(visited) === startMillis(representative) && endMillis(visited) === endMillis(representative))) return representative;
  return sofar ?? visited;
}

/** One pair of meetings that overlap, and everyone committed to both. */
interface Pair {
  readonly first: Occurrence;
  readonly second: Occurrence;
  /** The copies cited for them (see {@link cited}). */
  citeFirst: Occurrence | undefined;
  citeSecond: Occurrence | undefined;
  readonly people: Map<string, PersonRef>;
  firm: boolean;
}
