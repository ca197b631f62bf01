/**
 * Brute-force reference for `venue` (README “Rules” and the rule's JSDoc): a meeting's places are its
 * LOCATION and its CUTYPE=ROOM attendees, compared after NFKC normalisation (`３０１会议室` is
 * `301会议室`); cancelled, transparent and FREE occurrences and absences book nothing; copies are one
 * booking; every pair of overlapping meetings sharing a place is one finding — except a timed trip (a
 * block named as a journey) and an appointment inside it that only its owner's calendars hold, when he
 * holds the trip too, or his office's 领导活动安排 record of it does (README “A trip and its appointments”,
 * QE-1, QE-6): one visit; and two leaders' own entries of one joint visit, one accompanying the other (陪同),
 * at the very same times. (Configured places that name
 * no room book nothing, README `venue`; generated schedules configure none and use room names only.)
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import { isDefaultAbsence, overlaps } from './busy.js';
import { recordOf } from './no-double-booking.js';
import { SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';

export interface VenueFinding {
  readonly meetings: readonly [string, string];
  /** Every place both book (the finding names one of them). */
  readonly shared: readonly string[];
}

const placesOf = (o: Occurrence): Set<string> =>
  new Set([o.location, ...o.attendees.filter((a) => a.cutype === 'room').map((a) => a.name)].filter((p): p is string => p !== null && p.trim() !== '').map((p) => p.normalize('NFKC').trim().toLowerCase()));

// README: transparent / FREE entries book no room, except timed meetings on an office's calendar (no owner).
const books = (o: Occurrence): boolean =>
  o.status !== 'cancelled' && !isDefaultAbsence(o) && ((!o.transparent && o.busy !== 'free') || (!o.allDay && o.calendar.owner === null && o.calendar.office !== null));

interface Booking {
  readonly start: number;
  readonly end: number;
  readonly places: Set<string>;
  readonly copies: Occurrence[];
}

/** README: a journey (出差, 外出, 调研, 考察, 视察, 下乡, 走访, 出访, or opening with 赴); timed here (absences book nothing). */
const JOURNEY = /出差|外出|调研|考察|视察|下乡|走访|出访|^\s*赴/u;

/** The trip and its own appointment (README “A trip and its appointments”), at a place both book. */
function visit(trip: Booking, entry: Booking): boolean {
  if (entry.start < trip.start || entry.end > trip.end || !trip.copies.some((c) => !c.allDay && JOURNEY.test(c.summary))) return false;
  const owners = new Set(entry.copies.map((c) => c.calendar.owner));
  const [owner] = owners;
  return owners.size === 1 && owner !== null && owner !== undefined && trip.copies.some((c) => c.calendar.owner === owner || recordOf(c, owner));
}

/** README `venue`: two leaders' own entries of one joint visit (one says 陪同), both journeys, at the very same times. */
function joint(a: Booking, b: Booking): boolean {
  if (a.start !== b.start || a.end !== b.end) return false;
  const x = a.copies[0]!;
  const y = b.copies[0]!;
  const title = (o: Occurrence) => o.summary.normalize('NFKC').replace(/\s+/gu, '');
  const accompanying = (o: Occurrence) => /^(?:[^：:]{2,8}[：:]|【[^】]{2,8}】)?陪同/u.test(title(o));
  const journey = (o: Occurrence) => !o.allDay && JOURNEY.test(o.summary);
  // Whose own entry: the diary's owner, else the person a 领导活动安排 head names.
  const whose = (o: Occurrence) => o.calendar.owner ?? SCHEDULE_PEOPLE.find((p) => recordOf(o, p.id))?.id ?? null;
  return (accompanying(x) || accompanying(y)) && journey(x) && journey(y) && whose(x) !== null && whose(y) !== null && whose(x) !== whose(y);
}

export function venueReference(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>): VenueFinding[] {
  // One booking per meeting: its copies share times and places in generated schedules; it books if any copy does.
  const bookings = new Map<string, Booking>();
  for (const o of occurrences) {
    if (!books(o)) continue;
    const id = meetingOf.get(o.key)!;
    const known = bookings.get(id);
    bookings.set(id, { start: o.start.toMillis(), end: o.end.toMillis(), places: new Set([...(known?.places ?? []), ...placesOf(o)]), copies: [...(known?.copies ?? []), o] });
  }
  // Every copy, booking or not, tells which calendars hold a meeting.
  for (const o of occurrences) {
    const b = bookings.get(meetingOf.get(o.key)!);
    if (b !== undefined && !b.copies.includes(o)) b.copies.push(o);
  }
  const list = [...bookings];
  const out: VenueFinding[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, pa] = list[i]!;
      const [b, pb] = list[j]!;
      if (!overlaps(pa, pb)) continue;
      // Both book the place, so the appointment is at the trip's destination (README: the trip's LOCATION).
      if (visit(pa, pb) || visit(pb, pa) || joint(pa, pb)) continue;
      const shared = [...pa.places].filter((p) => pb.places.has(p)).sort();
      if (shared.length > 0) out.push({ meetings: [a, b].sort() as [string, string], shared });
    }
  }
  return out;
}
