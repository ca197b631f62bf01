/**
 * The stretches of time a meeting surely cannot take: when one of its people is committed elsewhere
 * (as `no-double-booking` counts it) or its room is booked (as `venue` counts it). Only stretches
 * that certainly give a finding are listed, so that jumping over them never skips a valid slot;
 * everything else is left to `checkProposal`.
 */
import type { Occurrence } from '../../model/occurrence.js';
import { absenceSelector, defaultAbsence, commitment } from '../../rules/internal/commitment.js';
import { mayHaveDeclinedOwn } from '../../rules/internal/meeting-copies.js';
import { mayPairWithoutClash } from '../../rules/internal/occurrence-ref.js';
import type { OccurrencePredicate } from '../../select/selector.js';
import type { PreparedCheck } from '../../check/check-proposal.js';

/** Disjoint, sorted busy stretches (epoch ms), `[starts[i], ends[i])`. */
export interface BusyIntervals {
  /**
   * The end of the busy stretch a slot `[start, start + length)` (its instant when `length` is 0) runs into, or null when it is free
   * of them: every start from `start` up to that end runs into it too.
   */
  blockedUntil(start: number, length: number): number | null;
  /** How many stretches there are (after merging). */
  readonly size: number;
}

/** One meeting in a schedule or a room's bookings, with what the filters need. */
interface Booking {
  readonly occurrence: Occurrence;
  readonly start: number;
  readonly end: number;
  readonly uid: string;
  /** SUMMARY as written: two bookings with the same one (NFKC, spaces ignored) and the same times are copies. */
  readonly summary: string;
  readonly absence: boolean;
}

/** PARTSTAT values that change how firmly an occurrence commits a participant. */
const ANSWERS: ReadonlySet<string> = new Set(['declined', 'delegated', 'tentative']);

const personCache = new WeakMap<PreparedCheck, Map<string, readonly Booking[]>>();
const placeCache = new WeakMap<PreparedCheck, ReadonlyMap<string, readonly Booking[]>>();

/**
 * The busy stretches for a proposed meeting, within `[from, to)`.
 * @param prepared - the prepared check
 * @param proposed - the meeting as the rules see it
 * @param from - first instant of interest (epoch ms)
 * @param to - last instant of interest (epoch ms)
 * @param moving - the copies that move with the meeting (`movingCopies`): no engagement at the old time
 * @returns the merged stretches
 */
export function busyIntervals(prepared: PreparedCheck, proposed: Occurrence, from: number, to: number, moving: ReadonlySet<Occurrence> = new Set()): BusyIntervals {
  const spans: [number, number][] = [];
  const summary = normalised(proposed.summary);
  const length = proposed.end.toMillis() - proposed.start.toMillis();
  const keep = (b: Booking, proposedAbsence: boolean): boolean =>
    reach(b.start, b.end) > from &&
    b.start < to &&
    // An end before the start overlaps nothing; an instant (a start-only booking) holds its point.
    b.end >= b.start &&
    // Copies of the meeting itself (same UID on other calendars, or the same title at the same
    // times, typed in by hand — so of the same length) are never a clash with it; leave them to
    // the rules.
    b.uid !== proposed.uid &&
    // The meeting's copies under other UIDs (a diary entry in other words, a 忙碌 block at its times)
    // move with it (QE-5).
    !moving.has(b.occurrence) &&
    !(summary !== '' && b.end - b.start === length && normalised(b.summary) === summary) &&
    // Two absences overlapping say the same thing twice (see no-double-booking).
    !(proposedAbsence && b.absence) &&
    // A copy in other words, a diary entry of the meeting with the journey around it, a trip and an
    // appointment inside it (see no-double-booking): the rules judge where they fall.
    !mayPairWithoutClash(proposed, b.occurrence, proposedAbsence, b.absence);

  const people = prepared.rules.find((rule) => rule.kind === 'no-double-booking');
  if (people !== undefined && people.kind === 'no-double-booking') {
    const isAbsence = absenceSelector(people);
    const absent = isAbsence(proposed);
    for (const participation of prepared.participantsOf(proposed)) {
      if (commitment(proposed, participation, absent) === null) continue;
      for (const b of personBookings(prepared, participation.person.id, isAbsence, isAbsence === defaultAbsence)) {
        if (keep(b, absent)) spans.push([b.start, reach(b.start, b.end)]);
      }
    }
  }

  const rooms = prepared.rules.some((rule) => rule.kind === 'venue');
  if (rooms && booksPlaces(proposed)) {
    const index = placeIndex(prepared);
    for (const place of prepared.placesOf(proposed)) {
      for (const b of index.get(place) ?? []) if (keep(b, false)) spans.push([b.start, reach(b.start, b.end)]);
    }
  }
  return merge(spans);
}

/**
 * Where a booking stops holding time: its end, or for an instant (end = start: DTSTART with no end, a
 * meeting at 17:30 whose length the OA system did not record) the millisecond after its start — the
 * closed point `[t, t]` that `time/interval.ts` and the rules overlap with what holds `t` (QB-34).
 */
function reach(start: number, end: number): number {
  return end === start ? end + 1 : end;
}

function normalised(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** A person's committed meetings (cached per prepared check for the default absence selector). */
function personBookings(prepared: PreparedCheck, person: string, isAbsence: OccurrencePredicate, cacheable: boolean): readonly Booking[] {
  let cache = personCache.get(prepared);
  if (cache === undefined) {
    cache = new Map();
    personCache.set(prepared, cache);
  }
  const known = cacheable ? cache.get(person) : undefined;
  if (known !== undefined) return known;
  const out: Booking[] = [];
  // A meeting he declined on his own calendar books him nowhere (see no-double-booking, QB-16).
  const declinedOwn = mayHaveDeclinedOwn(prepared.occurrences, prepared.participantsOf);
  for (const o of prepared.scheduleOf(person)) {
    if (declinedOwn(o, person)) continue;
    // The schedule lists the person's occurrences, so they take part in each; how firmly depends
    // on their PARTSTAT only when some attendee answered declined, delegated or tentative — else
    // every participant stands as an accepted one (RFC 5545 §3.2.12), and the directory's
    // resolution of the attendees, the costly part, is not needed.
    const participation = o.attendees.some((a) => ANSWERS.has(a.partstat))
      ? prepared.participantsOf(o).find((p) => p.person.id === person)
      : { person: { id: person, name: person, known: true }, via: 'attendee' as const, partstat: 'accepted' };
    if (participation === undefined) continue;
    const absence = isAbsence(o);
    if (commitment(o, participation, absence) === null) continue;
    out.push(booking(o, absence));
  }
  if (cacheable) cache.set(person, out);
  return out;
}

function booking(o: Occurrence, absence: boolean): Booking {
  return { occurrence: o, start: o.start.toMillis(), end: o.end.toMillis(), uid: o.uid, summary: o.summary, absence };
}

/** Whether an occurrence books its places at all, as `venue` judges it. */
function booksPlaces(o: Occurrence): boolean {
  return !(o.status === 'cancelled' || o.transparent || o.busy === 'free' || defaultAbsence(o));
}

/** Every place's bookings, built once per prepared check. */
function placeIndex(prepared: PreparedCheck): ReadonlyMap<string, readonly Booking[]> {
  const known = placeCache.get(prepared);
  if (known !== undefined) return known;
  const index = new Map<string, Booking[]>();
  for (const o of prepared.occurrences) {
    if (!booksPlaces(o)) continue;
    const places = prepared.placesOf(o);
    if (places.length === 0) continue;
    const b = booking(o, false);
    for (const place of places) {
      const list = index.get(place);
      if (list === undefined) index.set(place, [b]);
      else list.push(b);
    }
  }
  placeCache.set(prepared, index);
  return index;
}

function merge(spans: [number, number][]): BusyIntervals {
  spans.sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [s, e] of spans) {
    const last = ends.length - 1;
    if (last >= 0 && s <= ends[last]!) ends[last] = Math.max(ends[last]!, e);
    else {
      starts.push(s);
      ends.push(e);
    }
  }
  return {
    size: starts.length,
    blockedUntil(start, length) {
      // A start-only meeting (length 0) is its instant, and runs into what holds it (see `reach`).
      const span = reach(start, start + Math.max(0, length)) - start;
      // The last stretch starting before the slot ends; stretches are disjoint, so it reaches furthest.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (starts[mid]! < start + span) lo = mid + 1;
        else hi = mid;
      }
      const j = lo - 1;
      return j >= 0 && ends[j]! > start ? ends[j]! : null;
    },
  };
}
