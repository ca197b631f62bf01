/**
 * `required-attendance`: meetings that need given people or post-holders.
 */
import type { Occurrence } from '../model/occurrence.js';
import type { PersonRef } from '../model/person.js';
import { endMillis, startMillis } from '../load/occurrence-millis.js';
import type { Places } from '../places/places-types.js';
import { defaultAbsence, itemsDuring, schedules } from './internal/commitment.js';
import { copyRepresentative, meetingCopies } from './internal/meeting-copies.js';
import { isoEnd, isoStart, looksLikeCopy, meetingKey, recordsAttendance, toOccurrenceRef } from './internal/occurrence-ref.js';
import { occurrenceOrder } from './internal/occurrence-order.js';
import { attendsRemotely, saysAttending } from './internal/attendance-entry.js';
import { sessionSitting } from './internal/session-sitting.js';
import { selectorAtHomeLevel } from './internal/selector-at-home-level.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * For every non-cancelled meeting with a copy matching `event`, resolves `people` (ids, aliases,
 * `role:总河长` = every holder) and reports the cases below. Copies of one meeting are merged and
 * their participants pooled (`meetingCopies`): the same UID on another calendar, a copy retyped into
 * a leader's personal calendar (same summary and times, not in another room), a stale copy with a
 * lower SEQUENCE (its people attend the current revision, at its time). An entry is read as
 * `no-double-booking` reads it (QJ-5): a leader's record of attending a meeting with the journey around
 * it (`参加全市重点项目建设推进会` 14:30–17:30 on his diary for the 15:00–17:00 meeting, `recordsAttendance`)
 * is his attendance — it makes him present, it is no other engagement, and it is no meeting of its own
 * that the selector could pick; so are an office's 分会场 watching the meeting and a session's entry
 * around its sitting.
 *
 * - `required-missing` (error) when a required person is not among the participants (attendees,
 *   organizer, owner of the calendar), reason `absent`; who declined, reason `declined`; who delegated
 *   (PARTSTAT=DELEGATED: he sends someone else, RFC 5545 §3.2.12, §3.2.5), reason `delegated`;
 * - `required-busy` (warning) when the person takes part but is committed to another meeting that
 *   overlaps it (same busy semantics as `no-double-booking`, default absences included), one
 *   finding per other meeting, naming it.
 *
 * @example
 * // The 总河长 is on a provincial trip the day of the district meeting:
 * requiredAttendance.check({ ...ctx, params: { id: 'chiefs', kind: 'required-attendance', event: { summary: '总河长会议' }, people: ['role:总河长'] } }).map((f) => f.kind)
 * //=> ['required-busy']
 */
export const requiredAttendance = defineRule({
  kind: 'required-attendance',
  docs: {
    'zh-CN': '指定会议须有指定人员或职务（如 role:总河长）出席：报告不在参会名单、已谢绝或已委托他人参加的人员，以及同一时间另有安排的人员（并指出冲突的会议）。',
    en: 'Meetings matching a selector need given people or post-holders (e.g. role:总河长): reports those missing from the participants, declined or delegated to someone else, and those busy elsewhere at the time (naming the other meeting).',
  },
  messages: { 'required-missing': 'error', 'required-busy': 'warning' },
  check(ctx) {
    // `level` is the meeting's (README, levels): the city's meeting on a district leader's diary is no
    // district meeting, and needs no district 总河长 (QK-2).
    const isEvent = selectorAtHomeLevel(ctx.params.event, ctx.occurrences, ctx.places);
    const required = new Map<string, { person: PersonRef; reference: string }>();
    for (const reference of ctx.params.people) {
      for (const person of ctx.directory.resolveReference(reference)) {
        if (!required.has(person.id)) required.set(person.id, { person, reference });
      }
    }

    const byPerson = schedules(ctx.occurrences, ctx.directory, defaultAbsence);
    const meeting = copyRepresentative(ctx.occurrences, ctx.places);

    const recordOfAnother = attendanceRecords(ctx.occurrences, ctx.places);

    const findings: RuleFinding<'required-missing' | 'required-busy'>[] = [];
    for (const { meeting: event, copies } of meetingCopies(ctx.occurrences, isEvent, ctx.places)) {
      // His diary's 参加… around the meeting (the drive there and back) is his attendance of that
      // meeting, not a meeting needing the required people (QJ-5).
      if (recordOfAnother(event)) continue;
      const ownKey = meetingKey(event);
      // A person counts as present if any copy lists them without declining: the office calendar's
      // entry need not name the leader when his own calendar holds the meeting (qa-bugs QA-11).
      // RFC 5545 §3.2.12 keeps DELEGATED apart from DECLINED: neither attends, but a leader who sends
      // his deputy and one who refuses are different matters for the office. A delegation on one copy
      // and a refusal on another reads as the delegation (the more considered answer).
      const status = new Map<string, 'present' | 'declined' | 'delegated'>();
      for (const copy of copies) {
        for (const p of ctx.directory.participantsOf(copy)) {
          const previous = status.get(p.person.id);
          if (p.partstat === 'delegated') {
            if (previous !== 'present') status.set(p.person.id, 'delegated');
          } else if (p.partstat === 'declined') {
            if (previous === undefined) status.set(p.person.id, 'declined');
          } else status.set(p.person.id, 'present');
        }
      }
      for (const { person, reference } of required.values()) {
        const base = {
          person: person.name,
          personId: person.id,
          reference,
          event: event.summary,
          eventStart: isoStart(event),
          eventEnd: isoEnd(event),
          eventCalendar: event.calendar.name,
        };
        const schedule = byPerson.get(person.id);
        const during = schedule === undefined ? [] : itemsDuring(schedule, startMillis(event), endMillis(event));
        // His own record of attending it, with the journey around it, says he goes (QJ-5).
        const state = status.get(person.id) !== 'present' && during.some((item) => attends(item.occurrence, event, ctx.places)) ? 'present' : status.get(person.id);
        if (state !== 'present') {
          findings.push({
            kind: 'required-missing',
            data: { ...base, reason: state ?? 'absent' },
            occurrences: [toOccurrenceRef(event)],
            people: [person.id],
          });
          continue;
        }
        // One finding per other meeting, however many calendars hold a copy of it.
        const others = new Set<Occurrence>();
        for (const item of during) {
          if (meetingKey(item.occurrence) === ownKey || sameEngagement(event, item.occurrence, ctx.places)) continue;
          const other = meeting(item.occurrence);
          if (other === meeting(event) || others.has(other)) continue;
          others.add(other);
          findings.push({
            kind: 'required-busy',
            data: {
              ...base,
              other: other.summary,
              otherStart: isoStart(other),
              otherEnd: isoEnd(other),
              otherCalendar: other.calendar.name,
            },
            occurrences: [toOccurrenceRef(event), toOccurrenceRef(other)],
            people: [person.id],
          });
        }
      }
    }
    return findings;
  },
});

/**
 * Whether an item of a required person's day is the required meeting itself, as `no-double-booking`
 * reads one engagement: a copy (`looksLikeCopy`), his record of attending it with the journey or
 * preparation around it (`recordsAttendance`, QJ-5), an office's 分会场 watching it at its very times
 * (`attendsRemotely`), or a session and a sitting of it (`sessionSitting`). Busy there is not busy elsewhere.
 */
function sameEngagement(event: Occurrence, other: Occurrence, places: Places): boolean {
  return (
    looksLikeCopy(event, other, places) ||
    recordsAttendance(event, other, places) ||
    attendsRemotely(event, other) ||
    attendsRemotely(other, event) ||
    sessionSitting(event, other, places) ||
    sessionSitting(other, event, places)
  );
}

/**
 * Whether `entry` is a record of attending `event` that holds its whole time (`recordsAttendance` read one way):
 * the rule then takes it for that meeting, not a meeting of its own (QJ-5). Also asked by `checkProposal`,
 * which must gather the meeting such an entry holds.
 * @param entry - a leader's entry (his diary's, or one saying he attends)
 * @param event - a meeting within its time
 * @param places - place aliases
 * @returns true when the entry is his attendance of the meeting
 */
export function attends(entry: Occurrence, event: Occurrence, places: Places): boolean {
  return holds(entry, event) && recordsAttendance(entry, event, places);
}

/** Whether `outer` holds `inner`'s whole time and is longer: not the same times, which make a copy. */
function holds(outer: Occurrence, inner: Occurrence): boolean {
  const [os, oe, is, ie] = [startMillis(outer), endMillis(outer), startMillis(inner), endMillis(inner)];
  return os <= is && ie <= oe && (os < is || ie < oe);
}

/**
 * Whether an occurrence is a record of attending another loaded meeting that it holds (`attends`): a
 * leader's `参加全市重点项目建设推进会` 14:30–17:30 around the city's 15:00–17:00 meeting (QJ-5). Such an entry
 * is that meeting for the people it lists, not a meeting of its own: a selector by title picks it, and it
 * must not need the required people a second time. Only entries that can be records are searched (a
 * personal calendar's, or an attending verb's), among the occurrences starting within them.
 * @param occurrences - every occurrence of the check
 * @param places - place aliases
 * @returns the test, for any occurrence
 */
function attendanceRecords(occurrences: readonly Occurrence[], places: Places): (entry: Occurrence) => boolean {
  let sorted: readonly Occurrence[] | undefined;
  return (entry) => {
    if (entry.calendar.owner === null && !saysAttending(entry.summary)) return false;
    const start = startMillis(entry);
    const end = endMillis(entry);
    if (end <= start) return false;
    sorted ??= occurrenceOrder(occurrences) === 'unordered' ? [...occurrences].sort((a, b) => startMillis(a) - startMillis(b)) : occurrences;
    // The first occurrence starting at or after the entry's start.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (startMillis(sorted[mid]!) < start) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < sorted.length && startMillis(sorted[i]!) <= end; i += 1) {
      const meeting = sorted[i]!;
      if (meeting.status !== 'cancelled' && meeting !== entry && attends(entry, meeting, places)) return true;
    }
    return false;
  };
}
