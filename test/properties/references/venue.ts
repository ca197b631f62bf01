/**
 * Brute-force reference for `venue` (README “Rules” and the rule's JSDoc): a meeting's places are its
 * LOCATION and its CUTYPE=ROOM attendees, compared after NFKC normalisation (`３０１会议室` is
 * `301会议室`); cancelled, transparent and FREE occurrences and absences book nothing; copies are one
 * booking; every pair of overlapping meetings sharing a place is one finding.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import { isDefaultAbsence, overlaps } from './busy.js';

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

export function venueReference(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>): VenueFinding[] {
  // One booking per meeting: its copies share times and places in generated schedules; it books if any copy does.
  const bookings = new Map<string, { start: number; end: number; places: Set<string> }>();
  for (const o of occurrences) {
    if (!books(o)) continue;
    const id = meetingOf.get(o.key)!;
    const known = bookings.get(id);
    bookings.set(id, { start: o.start.toMillis(), end: o.end.toMillis(), places: new Set([...(known?.places ?? []), ...placesOf(o)]) });
  }
  const list = [...bookings];
  const out: VenueFinding[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [a, pa] = list[i]!;
      const [b, pb] = list[j]!;
      if (!overlaps(pa, pb)) continue;
      const shared = [...pa.places].filter((p) => pb.places.has(p)).sort();
      if (shared.length > 0) out.push({ meetings: [a, b].sort() as [string, string], shared });
    }
  }
  return out;
}
