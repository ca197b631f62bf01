import type { LocationEntry } from '../model/config.js';

/**
 * A `locations[]` entry as the place lookup reads it: with the unit (行政区域) whose room it is, when
 * each district's building has a room of that name (`{"name": "青山区政府大楼第一会议室", "aliases":
 * ["第一会议室"], "area": "青山区"}`): its names are looked up for calendars of that unit only (QJ-1).
 */
export interface PlaceEntry extends LocationEntry {
  readonly area?: string | undefined;
}

/**
 * The interface rules use to compare locations: normalised names with aliases, and travel times.
 * Implemented by `places/places.ts`.
 */
export interface Places {
  /**
   * The canonical name of a LOCATION value (config `locations[]` name when an alias or the name
   * matches after normalisation), or the normalised text itself; null for an empty location. With the
   * unit of the calendar it is on (`area`), an entry of that unit is looked up first, and an unlisted
   * room naming no unit is that unit's (第一会议室 on 青山区's calendar → 青山区第一会议室, QJ-1).
   */
  canonical(location: string | null, area?: string | null): string | null;
  /**
   * The configured place (config `locations[]` name) a text names after normalisation, by its name
   * or an alias (an entry of the unit `area` first, then those of no unit); null when the text is no configured place.
   */
  known(location: string, area?: string | null): string | null;
  /**
   * The one configured place a shortened writing names (`区委301会议室`, `区委大楼301`, `区委大楼301室` for
   * `区委大楼301会议室`), or null when it names a room of none or of several (QC-16). Asked only for a
   * text that is no configured name or alias.
   */
  abbreviated(location: string, area?: string | null): string | null;
  /**
   * Minutes needed between two canonical places (config `travel[]`, both directions), or null when
   * unknown. An entry between the buildings or sites the places lie within (`区政府大楼` ↔ `青石镇政府`
   * for their rooms) counts when none names the places themselves; the most specific wins.
   */
  travelMinutes(from: string, to: string): number | null;
  /**
   * Whether a canonical place (as `canonical` or `known` gives it) can be booked twice, so that two
   * meetings there at once are a clash (`venue`): a configured place by its `bookable` key, else when its
   * name or an alias names a room or hall; an unconfigured one when its name does (QA26-42, QE-1). A
   * town, a river reach or a building, listed for travel times, is visited, not booked.
   */
  bookable(place: string): boolean;
}
