/**
 * The places an occurrence books: its LOCATION and its rooms (ATTENDEE;CUTYPE=ROOM, RFC 5545
 * §3.2.3, by CN and by address). Shared by `venue` and the proposal check, so that both see the
 * same rooms.
 */
import type { Occurrence } from '../model/occurrence.js';
import { physicalPlaces } from './physical-place.js';
import type { Places } from './places-types.js';

/**
 * Every canonical physical place an occurrence books, each once: the places of its LOCATION (main
 * place first, see `physicalPlaces`), then those of its rooms' CN and address. Online links are no place.
 * @param places - the place lookup
 * @param occurrence - its LOCATION and ATTENDEEs
 * @returns the places, in that order; empty when it books none
 * @example
 * bookedPlaces(createPlaces([], []), { location: '江滨区水利局会议室', attendees: [] })
 * //=> ['江滨区水利局会议室']
 */
export function bookedPlaces(places: Places, occurrence: Pick<Occurrence, 'location' | 'attendees'>): readonly string[] {
  const fromLocation = physicalPlaces(places, occurrence.location);
  // Most meetings list no room resource: their places are the LOCATION's, shared and already remembered.
  let rooms = false;
  for (const a of occurrence.attendees) if (a.cutype === 'room') rooms = true;
  if (!rooms) return fromLocation;
  // The loader shares one attendee array among a series' instances: its rooms are read once.
  const memo = roomMemo.get(occurrence.attendees);
  if (memo !== undefined && memo.places === places && memo.location === occurrence.location) return memo.found;
  const found = new Set(fromLocation);
  for (const a of occurrence.attendees) {
    if (a.cutype !== 'room') continue;
    for (const place of physicalPlaces(places, a.name)) found.add(place);
    for (const place of physicalPlaces(places, a.address)) found.add(place);
  }
  const result: readonly string[] = Object.freeze([...found]);
  roomMemo.set(occurrence.attendees, { places, location: occurrence.location, found: result });
  return result;
}

const roomMemo = new WeakMap<Occurrence['attendees'], { places: Places; location: string | null; found: readonly string[] }>();
