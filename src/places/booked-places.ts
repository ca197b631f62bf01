/**
 * The places an occurrence books: its LOCATION and its rooms and resources (ATTENDEE;CUTYPE=ROOM or
 * RESOURCE, RFC 5545 §3.2.3, by CN and by address: Google Workspace and GroupWise book a meeting room
 * as a RESOURCE, and a 视频会议终端 or 公务用车 booked twice is a clash as well). Shared by `venue` and the proposal check, so that both see the
 * same rooms. A room is read within the unit of the calendar it is on (`calendarArea`): in a run over a
 * city and its districts, each district's bare 第一会议室 is its own building's (QJ-1).
 */
import type { Occurrence } from '../model/occurrence.js';
import { physicalPlaces } from './physical-place.js';
import type { Places } from './places-types.js';
import { calendarArea } from '../config/calendar-area.js';

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
export function bookedPlaces(
  places: Places,
  occurrence: Pick<Occurrence, 'location' | 'attendees'> & { readonly calendar?: Occurrence['calendar'] },
): readonly string[] {
  const { location, attendees } = occurrence;
  // A room named bare on a district's calendar is that district's own (QJ-1): 青山区政府办's 第一会议室 is
  // not 江北区人大办's.
  const area = occurrence.calendar === undefined ? null : (calendarArea(occurrence.calendar)?.name ?? null);
  if (attendees.length === 0) return bookable(places, location, area);
  // The loader shares one attendee array among a series' instances, with one LOCATION: the answer
  // is remembered per attendee array (a check asks for every occurrence).
  const memo = memos.get(attendees);
  if (memo !== undefined && memo.places === places && memo.location === location && memo.area === area) return memo.found;
  const found = placesOf(places, location, attendees, area);
  memos.set(attendees, { places, location, area, found });
  return found;
}

function placesOf(places: Places, location: string | null, attendees: Occurrence['attendees'], area: string | null): readonly string[] {
  const fromLocation = bookable(places, location, area);
  // Most meetings list no room resource: their places are the LOCATION's, shared and already remembered.
  let rooms = false;
  for (const a of attendees) if (isBooked(a)) rooms = true;
  if (!rooms) return fromLocation;
  const found = new Set(fromLocation);
  for (const a of attendees) {
    if (!isBooked(a)) continue;
    for (const place of physicalPlaces(places, a.name, area)) found.add(place);
    for (const place of physicalPlaces(places, a.address, area)) found.add(place);
  }
  return Object.freeze([...found]);
}

/**
 * The places of a LOCATION that can be booked twice (`Places.bookable`): rooms and halls, configured
 * or not, and configured places marked `bookable`. A town, a city, a country or a site (青石镇, 北京,
 * 某镇河道 — where two leaders' visits may well be at once) is a place to travel to, not a room
 * (QA26-42), also when listed in `locations` for travel times (青石镇河道, QE-1); the corpus's holiday
 * calendars said `Germany` was booked twice.
 */
function bookable(places: Places, location: string | null, area: string | null): readonly string[] {
  const found = physicalPlaces(places, location, area);
  if (found.length === 0) return found;
  // physicalPlaces gives one array per text and lookup (each made from one Places): its rooms are
  // remembered by that array, not filtered again for every run of a series' instances.
  let rooms = roomsMemo.get(found);
  if (rooms === undefined) {
    const filtered = found.filter((p) => places.bookable(p));
    rooms = filtered.length === found.length ? found : Object.freeze(filtered);
    roomsMemo.set(found, rooms);
  }
  return rooms;
}

const roomsMemo = new WeakMap<readonly string[], readonly string[]>();

/** A room or resource booked by the meeting (not a person taking part). */
function isBooked(a: Occurrence['attendees'][number]): boolean {
  return a.cutype === 'room' || a.cutype === 'resource';
}

const memos = new WeakMap<Occurrence['attendees'], { places: Places; location: string | null; area: string | null; found: readonly string[] }>();
