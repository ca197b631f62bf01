/**
 * `venue`: one room booked twice.
 */
import type { Occurrence } from '../model/occurrence.js';
import { endMillis, startMillis } from '../load/occurrence-millis.js';
import { bookedPlaces } from '../places/booked-places.js';
import { defaultAbsence } from './internal/commitment.js';
import { copyOwners, copyRepresentative, disagreeingCopy, type CopyOwners } from './internal/meeting-copies.js';
import { compareOccurrences, looksLikeCopy, recordsAttendance, supersededBy, toOccurrenceRef } from './internal/occurrence-ref.js';
import { occurrenceIds, type OccurrenceIds } from './internal/occurrence-ids.js';
import { copyData, overlapData } from './internal/pair-data.js';
import { occurrenceOrder } from './internal/occurrence-order.js';
import { scanOrder } from '../select/scan-order.js';
import { overlappingPairsBy } from './internal/sweep.js';
import { envelops, jointVisit, type EnvelopeContext } from './internal/trip-envelope.js';
import { sessionSitting } from './internal/session-sitting.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * Reports overlapping busy occurrences at the same canonical place. An occurrence's places are its
 * LOCATION and its ATTENDEE;CUTYPE=ROOM entries (RFC 5545 §3.2.3; the CN and the address), each
 * normalised through `Places` (aliases, full-width forms); online meeting links are no place; a
 * LOCATION naming several configured rooms (`主会场：…；分会场：…`, `301会议室、302会议室`) books each. Cancelled
 * occurrences book nothing, nor do absences (all-day 出差, 请假 …: their LOCATION is a city), nor transparent
 * or FREE ones except timed meetings on an office's calendar (`booksRoom`, QB-31). A clash where
 * either meeting is tentative is a warning with `tentative: true` (QB-32);
 * copies of one meeting (same UID and start, or retyped with the same summary and times in agreeing
 * places, `copyRepresentative`) are one booking, cited by the copy that stands for the meeting. A
 * stale copy (a lower SEQUENCE than the same event on another calendar, `supersededBy`) books
 * nothing: its old room at its old time was given up when the meeting was revised. A timed trip on a
 * leader's diary (or his office's 领导活动安排 record of it) and an appointment of his diary alone inside
 * it, at the place both name, are one visit (`envelops`, as `no-double-booking` reads them; QE-1), and so
 * are two leaders' own entries of one joint visit at its very times, one accompanying the other
 * (`陪同李区长调研…`, `jointVisit`). A session's entry and its own sittings inside it (`sessionSitting`, QH-5)
 * book its hall once. One finding per
 * pair of meetings, naming the shared place the first meeting lists first. Sort-and-sweep per place.
 *
 * @example
 * // 区政府大楼第一会议室 and its alias 区政府第一会议室, booked at overlapping times:
 * venue.check({ ...ctx, params: { id: 'rooms', kind: 'venue' } })[0]?.data.location
 * //=> '区政府大楼第一会议室'
 */
export const venue = defineRule({
  kind: 'venue',
  docs: {
    'zh-CN': '同一会议室在同一时间被两个会议占用（地点按别名归一，含日程中登记的会议室资源）。',
    en: 'One room booked by two overlapping meetings (locations normalised with aliases, including rooms booked as ATTENDEE;CUTYPE=ROOM).',
  },
  // A tentative hold makes the finding a warning (`severity` per finding, QB-32).
  messages: { venue: 'error' },
  check(ctx) {
    // RFC 5545 §3.8.7.4: only the highest SEQUENCE of an event is the meeting (qa-bugs QA-15).
    const stale = supersededBy(ctx.occurrences);
    // Copies of one meeting (same meetingKey) book a place once, as the copy with the smallest key.
    const byPlace = new Map<string, Occurrence[]>();
    const inStartOrder = occurrenceOrder(ctx.occurrences) === 'start-then-key' ? ctx.occurrences : [...ctx.occurrences].sort(compareOccurrences);
    // What each occurrence books, by its place in start order, found in load order (`scanOrder`): a
    // series' instances come together there and sit together in memory, so the VEVENT's places are
    // asked once per run of instances, where start order jumps across the heap for every occurrence
    // (the pass cost ~400 ms at 100 000 occurrences, most of it waiting on memory).
    const { occurrences: loaded, position, starts } = scanOrder(inStartOrder);
    const bookedAt = new Array<readonly string[] | undefined>(inStartOrder.length);
    let lastAttendees: Occurrence['attendees'] | undefined;
    let lastLocation: string | null = null;
    let lastCalendar: Occurrence['calendar'] | undefined;
    let lastPlaces: readonly string[] = [];
    for (let i = 0; i < loaded.length; i += 1) {
      const o = loaded[i]!;
      // A trip (出差 to 北京) names a city, not a room: two leaders there the same day share no venue.
      if (!booksRoom(o)) continue;
      if (stale.size !== 0 && stale.has(o)) continue;
      // What bookedPlaces reads: the LOCATION, the rooms, and the calendar's unit (QJ-1).
      if (o.attendees !== lastAttendees || o.location !== lastLocation || o.calendar !== lastCalendar) {
        lastAttendees = o.attendees;
        lastLocation = o.location;
        lastCalendar = o.calendar;
        lastPlaces = bookedPlaces(ctx.places, o);
      }
      if (lastPlaces.length > 0) bookedAt[position[i]!] = lastPlaces;
    }
    // Each place's bookings as positions in start order, copies of one meeting (same meetingKey) once:
    // they start together, so a copy meets the meeting's first copy among the bookings of its start, and
    // is compared with it by the numbers of their UIDs and titles (`occurrenceIds`) and their starts by
    // position, without visiting either occurrence. The first copy has the smaller key (the list is in
    // start-then-key order) and stays.
    const ids = occurrenceIds(inStartOrder);
    const bookings = new Map<string, number[]>();
    for (let k = 0; k < inStartOrder.length; k += 1) {
      const places = bookedAt[k];
      if (places === undefined) continue;
      for (const place of places) {
        const at = bookings.get(place);
        if (at === undefined) bookings.set(place, [k]);
        else if (!copyAtTail(at, k, inStartOrder, starts, ids)) at.push(k);
      }
    }
    for (const [place, at] of bookings) {
      const meetings = new Array<Occurrence>(at.length);
      for (let j = 0; j < at.length; j += 1) meetings[j] = inStartOrder[at[j]!]!;
      byPlace.set(place, meetings);
    }
    // Copies the sweep cannot merge by meetingKey (retyped with another UID, 301会议室 / 区委301) are one
    // meeting here: asked only for the few occurrences in a clash.
    const meeting = copyRepresentative(ctx.occurrences, ctx.places);
    // Where a meeting lists a place: LOCATION first, then rooms; a place only another copy lists comes
    // last. bookedPlaces remembers its answer per VEVENT: no map of every booking is kept for this.
    const rank = (o: Occurrence, place: string): number => {
      const order = bookedPlaces(ctx.places, o);
      const at = order.indexOf(place);
      return at < 0 ? order.length : at;
    };
    let owners: CopyOwners | undefined;
    // Both book the place, so the appointment is at the trip's place: its destination is not asked.
    const trips: EnvelopeContext = { owners: () => (owners ??= copyOwners(ctx.occurrences, ctx.places)), directory: ctx.directory, atPlace: true };
    const pairs = new Map<string, { first: Occurrence; second: Occurrence; place: string; rank: number }>();
    for (const [place, meetings] of byPlace) {
      for (const [a, b] of overlappingPairsBy(meetings, startMillis, endMillis)) {
        if (looksLikeCopy(a, b)) continue;
        // A leader's diary entry of the meeting, widened by preparation or the journey (QB-39): one booking.
        if (recordsAttendance(a, b)) continue;
        // A congress's whole-session entry and its sittings in its hall: the hall is booked once (QH-5).
        if (sessionSitting(a, b) || sessionSitting(b, a)) continue;
        // A trip and its own appointment at the place it goes to are one visit, not two bookings (QE-1, QB-12).
        if (envelops(a, false, b, false, trips) || envelops(b, false, a, false, trips)) continue;
        // Two leaders' own entries of one joint visit (陪同…), at its very times: one visit (QE-1).
        if (jointVisit(a, b, ctx.directory)) continue;
        const left = meeting(a);
        const right = meeting(b);
        if (left === right) continue;
        const [first, second] = compareOccurrences(left, right) <= 0 ? [left, right] : [right, left];
        const key = `${first.key}\u0000${second.key}`;
        const previous = pairs.get(key);
        // Name the place as the first meeting lists it (LOCATION before rooms); ties by name, so that
        // the answer does not depend on which place was swept first.
        const r = rank(first, place);
        if (previous === undefined || r < previous.rank || (r === previous.rank && place < previous.place)) {
          pairs.set(key, { first, second, place, rank: r });
        }
      }
    }
    const findings: RuleFinding<'venue'>[] = [];
    const ordered = [...pairs.values()].sort((x, y) => compareOccurrences(x.first, y.first) || compareOccurrences(x.second, y.second));
    const disputed = disagreeingCopy(ctx.occurrences);
    for (const { first, second, place } of ordered) {
      // QB-32: a provisional hold on either side is what tentative-overlap is for people: a warning.
      const tentative = provisional(first) || provisional(second);
      findings.push({
        kind: 'venue',
        ...(tentative ? { severity: 'warning' as const } : {}),
        data: { ...overlapData(first, second), ...copyData(disputed(first), disputed(second)), location: place, ...(tentative ? { tentative: true as const } : {}) },
        occurrences: [toOccurrenceRef(first), toOccurrenceRef(second)],
        people: [],
      });
    }
    return findings;
  },
});

/**
 * Whether an occurrence occupies the places it names. Cancelled ones (RFC 5545 §3.8.1.11) and
 * absences (a trip names a city) do not. TRANSP:TRANSPARENT and busy status FREE state the free/busy
 * time of the calendar the entry is on (§3.8.2.7), not whether the meeting uses its room: on an
 * office's calendar (no owner) a timed meeting marked free, to keep the office mailbox bookable,
 * still holds its room (QB-31); an all-day free entry there is a notice, and on a personal or bare
 * calendar a free entry is the owner's note, not a booking.
 */
function booksRoom(o: Occurrence): boolean {
  if (o.status === 'cancelled' || defaultAbsence(o)) return false;
  if (!o.transparent && o.busy !== 'free') return true;
  return !o.allDay && o.calendar.owner === null && o.calendar.office !== null;
}

/** Whether a meeting holds its room provisionally: STATUS:TENTATIVE (RFC 5545 §3.8.1.11) or busy status TENTATIVE. */
function provisional(o: Occurrence): boolean {
  return o.status === 'tentative' || o.busy === 'tentative';
}

/**
 * Whether the booking at position `k` is a copy (same `meetingKey`) of one already on a place's list
 * `at` (positions in start-then-key order, `k` after them all), among those of its start.
 */
function copyAtTail(at: readonly number[], k: number, occurrences: readonly Occurrence[], starts: Float64Array, ids: OccurrenceIds): boolean {
  const start = starts[k]!;
  const uid = ids.uid[k]!;
  for (let i = at.length - 1; i >= 0 && starts[at[i]!] === start; i -= 1) {
    const j = at[i]!;
    if (ids.uid[j] !== uid) continue;
    // sameMeetingKey: the same instance, and the same event (a global UID) or the same title.
    const a = occurrences[j]!;
    const b = occurrences[k]!;
    if (a.recurrenceId === b.recurrenceId && (a === b || ids.globalUid[uid] === 1 || ids.title[j] === ids.title[k])) return true;
  }
  return false;
}
