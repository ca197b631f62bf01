/**
 * `travel-time`: consecutive meetings of one person at different places need time in between.
 */
import type { Occurrence } from '../model/occurrence.js';
import type { PersonRef } from '../model/person.js';
import { sameBuilding } from '../places/building.js';
import { physicalPlaces } from '../places/physical-place.js';
import { calendarArea } from '../config/calendar-area.js';
import type { CalendarInfo } from '../model/calendar.js';
import type { Places } from '../places/places-types.js';
import { defaultAbsence, schedules, type ScheduleItem } from './internal/commitment.js';
import { copyRepresentative, disagreeingCopy } from './internal/meeting-copies.js';
import { compareOccurrences, isoEnd, isoStart, looksLikeCopy, toOccurrenceRef } from './internal/occurrence-ref.js';
import { copyData, peopleData } from './internal/pair-data.js';
import { reachOf } from './internal/sweep.js';
import { defineRule, type RuleFinding } from './rule.js';

/** Default buffer between two different places without a `travel[]` entry. */
const DEFAULT_MINUTES = 30;

/**
 * For each person, walks their committed timed meetings in start order and compares each one with
 * the meeting before it that ends last (overlaps are `no-double-booking`'s business, so only
 * non-overlapping neighbours are checked). When both have a known place and the places differ,
 * the gap must be at least `travel[]` minutes for the pair, else none between two rooms of one building
 * (`区委大楼301会议室` → `区委大楼302会议室`, see `sameBuilding`), else `defaultMinutes` (30). An empty
 * or missing location, or an online meeting link, gives no finding. A meeting's place is its LOCATION, else its first room
 * (ATTENDEE;CUTYPE=ROOM), read within the unit of its calendar (`calendarArea`, QJ-1) when both calendars
 * have one: 青山区's bare 第一会议室 and 江北区's are two rooms across town; when either names no unit (a leader's
 * diary kept by 市政府办), rooms are compared as written. All-day occurrences have no time of day and are skipped. A start-only meeting
 * (an instant, QB-34) is a stop at its start: inside another meeting it overlaps it (no trip), and
 * the trips to and from it are measured to and from its start. One finding per
 * pair of meetings and places, listing everyone who has to make the trip, however many calendars hold
 * a copy of either meeting (`copyRepresentative` names the copy cited).
 *
 * @example
 * // Ends 10:00 at 区委大楼301会议室, next starts 10:15 at 市行政中心1号楼大会堂 (travel[]: 40 min):
 * travelTime.check({ ...ctx, params: { id: 'travel', kind: 'travel-time' } })[0]?.data.neededMinutes
 * //=> 40
 */
export const travelTime = defineRule({
  kind: 'travel-time',
  docs: {
    'zh-CN': '同一人员前后两个会议地点不同时，须留出路上时间（默认 30 分钟，可按地点对单独设置）。',
    en: 'Consecutive meetings of one person at different places need travel time in between (default 30 minutes, overridable per pair of places).',
  },
  messages: { 'travel-time': 'warning' },
  check(ctx) {
    const defaultMinutes = ctx.params.defaultMinutes ?? DEFAULT_MINUTES;
    const pairs = new Map<string, { first: Occurrence; second: Occurrence; from: string; to: string; gap: number; needed: number; people: Map<string, PersonRef> }>();
    const meeting = copyRepresentative(ctx.occurrences, ctx.places);
    // Places and travel minutes are asked per schedule item; the loader shares LOCATION strings and
    // attendee arrays per VEVENT, so each is worked out once per check.
    const placeMemo = new Map<Occurrence['attendees'], { location: string | null; area: string | null; places: readonly string[] }>();
    const placesOf = (o: Occurrence, area: string | null): readonly string[] => {
      if (o.attendees.length === 0) return physicalPlaces(ctx.places, o.location, area);
      const known = placeMemo.get(o.attendees);
      if (known !== undefined && known.location === o.location && known.area === area) return known.places;
      const places = physicalPlacesOf(o, ctx.places, area);
      placeMemo.set(o.attendees, { location: o.location, area, places });
      return places;
    };
    // The unit of each calendar (LE-5): a room written bare is that unit's own, as `venue` reads it.
    const areas = new Map<CalendarInfo, string | null>();
    const areaOf = (calendar: CalendarInfo): string | null => {
      let area = areas.get(calendar);
      if (area === undefined) areas.set(calendar, (area = calendarArea(calendar)?.name ?? null));
      return area;
    };
    const minutesMemo = new Map<string, Map<string, number>>();
    const neededMinutes = (from: string, to: string): number => {
      let byTo = minutesMemo.get(from);
      if (byTo === undefined) {
        byTo = new Map();
        minutesMemo.set(from, byTo);
      }
      let minutes = byTo.get(to);
      if (minutes === undefined) {
        // Two rooms of one building are no journey (QB-17); `travel[]` can still set a time for them.
        minutes = ctx.places.travelMinutes(from, to) ?? (sameBuilding(from, to) ? 0 : defaultMinutes);
        byTo.set(to, minutes);
      }
      return minutes;
    };
    // A meeting held in several places (主会场 and 分会场 of a 电视电话会议, two rooms) is attended at
    // one of them: the one nearest the last place, the main place first among equals (QB-25).
    const stop = (here: readonly string[], lastPlace: string | null): string =>
      lastPlace === null || here.length === 1 ? here[0]! : nearest(here, (p) => (p === lastPlace ? 0 : neededMinutes(lastPlace, p)));
    for (const schedule of schedules(ctx.occurrences, ctx.directory, defaultAbsence).values()) {
      let last: ScheduleItem | undefined;
      // Where he is, twice: rooms as written, and within the units of their calendars (the same for a
      // calendar of no unit). Two stops are compared within their units only when both calendars have one.
      let lastPlace: string | null = null;
      let lastInUnit: string | null = null;
      let lastArea: string | null = null;
      for (const item of schedule.items) {
        const o = item.occurrence;
        if (o.allDay) continue;
        // An online call or a meeting without a place does not move the person: the trip is
        // measured from the last meeting that has a place (qa-bugs QA-9).
        const here = placesOf(o, null);
        if (here.length === 0) continue;
        const area = areaOf(o.calendar);
        const written = stop(here, lastPlace);
        const inUnit: string = area === null ? written : stop(placesOf(o, area), lastInUnit);
        const units = area !== null && lastArea !== null;
        const to = units ? inUnit : written;
        const fromPlace = units ? lastInUnit : lastPlace;
        // Not overlapping the last one (sweep.ts): a start-only meeting (an instant, QB-34) at the
        // last one's start is inside it; one at its end is the next stop.
        if (last !== undefined && item.startMs >= reachOf(last.startMs, last.endMs) && fromPlace !== to && !looksLikeCopy(last.occurrence, o)) {
          const from = fromPlace!;
          const needed = neededMinutes(from, to);
          const gap = Math.floor((item.startMs - last.endMs) / 60_000);
          if (gap < needed) {
            // One finding per pair of meetings, not per pair of copies: the office calendar's copy
            // lists one leader, his own calendar's copy another, and both make the same trip.
            const first = meeting(last.occurrence);
            const second = meeting(o);
            if (first !== second) {
              const key = `${first.key}\u0000${second.key}\u0000${from}\u0000${to}`;
              let entry = pairs.get(key);
              if (entry === undefined) {
                entry = { first, second, from, to, gap, needed, people: new Map() };
                pairs.set(key, entry);
              } else if (gap < entry.gap) {
                // Copies that disagree on an end time: the tightest trip stands.
                entry.gap = gap;
              }
              entry.people.set(schedule.person.id, schedule.person);
            }
          }
        }
        // The one that occupies the person last: an instant at the last one's end is where he is after it.
        if (last === undefined || reachOf(item.startMs, item.endMs) > reachOf(last.startMs, last.endMs)) {
          last = item;
          lastPlace = written;
          lastInUnit = inUnit;
          lastArea = area;
        }
      }
    }
    const findings: RuleFinding<'travel-time'>[] = [];
    const text = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
    const ordered = [...pairs.values()].sort(
      (x, y) => compareOccurrences(x.second, y.second) || compareOccurrences(x.first, y.first) || text(x.from, y.from) || text(x.to, y.to),
    );
    const disputed = disagreeingCopy(ctx.occurrences);
    for (const { first, second, from, to, gap, needed, people } of ordered) {
      const who = peopleData(people.values());
      findings.push({
        kind: 'travel-time',
        data: {
          ...copyData(disputed(first), disputed(second)),
          people: who.people,
          peopleCount: who.peopleCount,
          first: first.summary,
          firstStart: isoStart(first),
          firstEnd: isoEnd(first),
          firstLocation: from,
          second: second.summary,
          secondStart: isoStart(second),
          secondEnd: isoEnd(second),
          secondLocation: to,
          gapMinutes: gap,
          neededMinutes: needed,
        },
        occurrences: [toOccurrenceRef(first), toOccurrenceRef(second)],
        people: who.ids,
      });
    }
    return findings;
  },
});

/** The places of a meeting, main first: those of its LOCATION, else its first room's. */
function physicalPlacesOf(o: Occurrence, places: Places, area: string | null): readonly string[] {
  const location = physicalPlaces(places, o.location, area);
  if (location.length > 0) return location;
  const room = o.attendees.find((a) => a.cutype === 'room');
  return room === undefined ? [] : physicalPlaces(places, room.name ?? room.address, area);
}

/** The first place with the smallest cost. */
function nearest(places: readonly string[], cost: (place: string) => number): string {
  let best = places[0]!;
  let bestCost = cost(best);
  for (let i = 1; i < places.length; i += 1) {
    const c = cost(places[i]!);
    if (c < bestCost) {
      best = places[i]!;
      bestCost = c;
    }
  }
  return best;
}
