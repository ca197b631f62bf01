/**
 * Brute-force reference for `travel-time` (README “Rules” and the rule's JSDoc): per person, their
 * committed timed meetings that have a place, in start order; each is compared with the meeting before it that ends
 * last; when the two overlap (busy.ts `overlaps`: an instant counts as its point) they are left to no-double-booking; else, if
 * both have a place (LOCATION, else the first room) and the places differ, the gap must be at least
 * the `travel[]` minutes for the pair (either direction), else `defaultMinutes`. One finding per pair,
 * listing everyone who makes the trip. Written for schedules without ties in start or end times.
 */
import type { TravelEntry } from '../../../src/model/config.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { meetings, overlaps } from './busy.js';

export interface TravelFinding {
  readonly meetings: readonly [string, string];
  readonly people: readonly string[];
  readonly gapMinutes: number;
  readonly neededMinutes: number;
}

const norm = (p: string) => p.normalize('NFKC').trim().toLowerCase();

const placeOf = (o: Occurrence): string | null => {
  const place = o.location ?? o.attendees.find((a) => a.cutype === 'room')?.name ?? null;
  return place === null || place.trim() === '' ? null : norm(place);
};

export function travelTimeReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  defaultMinutes: number,
  travel: readonly TravelEntry[],
): TravelFinding[] {
  const all = meetings(occurrences, meetingOf).filter((m) => !m.allDay);
  const needed = (a: string, b: string) =>
    travel.find((t) => (norm(t.from) === a && norm(t.to) === b) || (norm(t.from) === b && norm(t.to) === a))?.minutes ?? defaultMinutes;
  const byPair = new Map<string, TravelFinding>();
  const people = [...new Set(all.flatMap((m) => [...m.people.keys()]))];
  for (const person of people) {
    // README: "all-day ones and meetings without a place are skipped" — left out of the walk entirely.
    const mine = all.filter((m) => m.people.has(person) && placeOf(m.copies[0]!) !== null).sort((a, b) => a.start - b.start);
    for (let i = 1; i < mine.length; i++) {
      const current = mine[i]!;
      let previous = mine[0]!;
      for (let k = 0; k < i; k++) if (mine[k]!.end > previous.end) previous = mine[k]!;
      // Overlapping (a start-only meeting, an instant, at the other's start included): no-double-booking's.
      if (overlaps(previous, current)) continue;
      const from = placeOf(previous.copies[0]!);
      const to = placeOf(current.copies[0]!);
      if (from === null || to === null || from === to) continue;
      const gapMinutes = (current.start - previous.end) / 60_000;
      const neededMinutes = needed(from, to);
      if (gapMinutes >= neededMinutes) continue;
      const key = `${previous.id} ${current.id}`;
      const known = byPair.get(key);
      byPair.set(key, { meetings: [previous.id, current.id], people: [...(known?.people ?? []), person].sort(), gapMinutes, neededMinutes });
    }
  }
  return [...byPair.values()];
}
