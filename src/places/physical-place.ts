/**
 * Whether a LOCATION names a place one has to be at. Online meetings put their join link in
 * LOCATION (`https://meeting.tencent.com/…`, Teams and Zoom links); a link is not a room that can
 * be double-booked, nor a place one travels to.
 */
import type { Places } from './places-types.js';

/**
 * The canonical physical place of a LOCATION or room name, or null for none or an online link.
 * @param places - the place lookup
 * @param text - LOCATION value or room name as written
 * @returns the canonical place, or null when empty or a URL
 * @example
 * physicalPlace(createPlaces([], []), 'https://meeting.tencent.com/dm/abc')
 * //=> null
 */
export function physicalPlace(places: Places, text: string | null): string | null {
  if (text === null || /:\/\/|^\s*www\./iu.test(text)) return null;
  return places.canonical(text);
}
