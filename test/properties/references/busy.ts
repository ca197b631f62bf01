/**
 * Who is busy in which meeting, written from the README ("Who takes part in a meeting", the
 * `no-double-booking` paragraph) for generated schedules (rooms are no people).
 * Deliberately dumb: no sorting, no sweeping.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import { SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';

/** How firmly a person is committed to a meeting. */
export type Firmness = 'busy' | 'tentative';

/** README: the default absences are all-day occurrences whose summary matches 出差|请假|休假|公休|外出|调研. */
export const isDefaultAbsence = (o: Occurrence): boolean => o.allDay && /出差|请假|休假|公休|外出|调研/u.test(o.summary);

/** The person id of an attendee address `mailto:pN@qu.gov.cn` (the generated directory). */
const personOf = (address: string | null): string | null => /^mailto:(p\d+)@qu\.gov\.cn$/.exec(address ?? '')?.[1] ?? null;

/**
 * Who takes part (README "Who takes part in a meeting"): every ATTENDEE line of a person that is not
 * ROLE=NON-PARTICIPANT, with its PARTSTAT; the calendar's owner, always; the ORGANIZER (accepted) only
 * when the event lists no attendees at all.
 */
export function participants(o: Occurrence): Map<string, string> {
  const out = new Map<string, string>();
  const lines = new Set<string>();
  for (const a of o.attendees) {
    if (a.cutype !== 'individual') continue;
    const person = personOf(a.address);
    if (person === null) continue;
    lines.add(person);
    if (a.role !== 'non-participant') out.set(person, a.partstat);
  }
  // README `calendars[]`: the owner "attends every busy event on it" — with the PARTSTAT of their own
  // ATTENDEE line when there is one, whatever its ROLE.
  const owner = o.calendar.owner;
  if (owner !== null) out.set(owner, o.attendees.find((a) => a.cutype === 'individual' && personOf(a.address) === owner)?.partstat ?? 'accepted');
  const organizer = personOf(o.organizer?.address ?? null);
  if (organizer !== null && o.attendees.length === 0 && !out.has(organizer)) out.set(organizer, 'accepted');
  // README 领导活动安排 (QC-11): an entry with no ATTENDEE line headed by a directory name and a colon, or the
  // name in 【】 (`王华：赴青石镇调研`), books that person, invited. Only his own activities are modelled: the
  // README's exception for a record of a meeting that is loaded elsewhere (`王华：出席…`) is never generated.
  const head = /^(?:【([^】]{2,8})】|([^:：【（(]{2,8})[:：])/u.exec(o.summary.normalize('NFKC').trim());
  const named = head === null ? undefined : SCHEDULE_PEOPLE.find((p) => p.name === (head[1] ?? head[2]));
  if (named !== undefined && o.attendees.length === 0 && !out.has(named.id)) out.set(named.id, 'needs-action');
  return out;
}

/**
 * The people an occurrence commits, and how firmly (README `no-double-booking`): cancelled, a duty
 * roster's 带班 entry, a bare instant (reminder, deadline), declined/delegated do not count; transparent, FREE and WORKINGELSEWHERE do not
 * count for the people the calendar's busy time speaks for (the owner; the organizer of an event with no
 * attendees; everyone on a calendar with neither office nor owner), except that an absence always does,
 * as busy; otherwise STATUS:TENTATIVE, busy status TENTATIVE, PARTSTAT=TENTATIVE, or every line of the
 * person ROLE=OPT-PARTICIPANT without PARTSTAT=ACCEPTED make it tentative.
 */
export function committed(o: Occurrence, isAbsence: (o: Occurrence) => boolean = isDefaultAbsence): Map<string, Firmness> {
  const out = new Map<string, Firmness>();
  const free = o.transparent || o.busy === 'free' || o.busy === 'working-elsewhere';
  const bare = o.calendar.owner === null && o.calendar.office === null;
  const organizer = o.attendees.length === 0 ? personOf(o.organizer?.address ?? null) : null;
  // README: a person is optional when every participating line of theirs says OPT-PARTICIPANT.
  const lines = (person: string) => o.attendees.filter((a) => a.cutype === 'individual' && a.role !== 'non-participant' && personOf(a.address) === person);
  // README (QC-40): a reminder or deadline — no length, no attendee, no place — books nobody.
  const reminder = !o.allDay && o.attendees.length === 0 && (o.location ?? '').trim() === '' && o.start.toMillis() === o.end.toMillis();
  for (const [person, partstat] of participants(o)) {
    if (reminder || o.status === 'cancelled' || (/带班(?!子)/u.test(o.summary) && !/值班(?!室)|值守|白班|夜班|早班|中班|晚班/u.test(o.summary))) continue;
    if (partstat === 'declined' || partstat === 'delegated') continue;
    const binds = bare || person === o.calendar.owner || person === organizer;
    if (!isAbsence(o) && free && binds) continue;
    const own = lines(person);
    const optional = own.length > 0 && own.every((a) => a.role === 'opt-participant') && partstat !== 'accepted';
    // commitment.ts's documented contract: "Absences count as busy even when transparent" — an
    // absence is busy whatever tentative marker it carries.
    const tentative = !isAbsence(o) && (o.status === 'tentative' || o.busy === 'tentative' || partstat === 'tentative' || optional);
    out.set(person, tentative ? 'tentative' : 'busy');
  }
  return out;
}

/** A meeting with its copies merged: one interval, and per person the firmest commitment of any copy. */
export interface Meeting {
  readonly id: string;
  readonly copies: readonly Occurrence[];
  readonly start: number;
  readonly end: number;
  readonly allDay: boolean;
  readonly absence: boolean;
  readonly people: ReadonlyMap<string, Firmness>;
}

/**
 * Merges copies (README: the same meeting on several calendars is one meeting — the generated copies
 * share UID, start, end and summary) and collects each person's commitment.
 */
export function meetings(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>, isAbsence: (o: Occurrence) => boolean = isDefaultAbsence): Meeting[] {
  const byId = new Map<string, Occurrence[]>();
  for (const o of occurrences) {
    const id = meetingOf.get(o.key)!;
    byId.set(id, [...(byId.get(id) ?? []), o]);
  }
  return [...byId].map(([id, copies]) => {
    const people = new Map<string, Firmness>();
    for (const copy of copies) {
      for (const [person, firmness] of committed(copy, isAbsence)) {
        if (people.get(person) !== 'busy') people.set(person, firmness);
      }
    }
    const first = copies[0]!;
    return { id, copies, start: first.start.toMillis(), end: first.end.toMillis(), allDay: first.allDay, absence: isAbsence(first), people };
  });
}

/**
 * Whether two meetings share a moment (README: back-to-back meetings do not overlap). Intervals are
 * half-open `[start, end)`; a meeting with end = start (a start-only OA meeting, QB-34) is the instant
 * `t`, which overlaps an interval with `start <= t < end` and an instant at the same `t`. A meeting
 * ending before it starts overlaps nothing.
 */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => {
  if (a.end < a.start || b.end < b.start) return false;
  const holds = (x: { start: number; end: number }, t: number) => x.start <= t && (t < x.end || (x.start === x.end && t === x.start));
  if (a.start === a.end) return holds(b, a.start);
  if (b.start === b.end) return holds(a, b.start);
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
};

/** The plain half-open test, where a zero-length meeting overlaps nothing: quiet-period's reading (it skips instants). */
export const halfOpenOverlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => Math.max(a.start, b.start) < Math.min(a.end, b.end);
