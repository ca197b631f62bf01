/**
 * `venue`: one room booked twice.
 */
import type { Occurrence } from '../model/occurrence.js';
import { bookedPlaces } from '../places/booked-places.js';
import { defaultAbsence } from './internal/commitment.js';
import { compareOccurrences, looksLikeCopy, meetingKey, toOccurrenceRef } from './internal/occurrence-ref.js';
import { overlapData } from './internal/pair-data.js';
import { overlappingPairs } from './internal/sweep.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * Reports overlapping busy occurrences at the same canonical place. An occurrence's places are its
 * LOCATION and its ATTENDEE;CUTYPE=ROOM entries (RFC 5545 §3.2.3; the CN and the address), each
 * normalised through `Places` (aliases, full-width forms); online meeting links are no place; a
 * LOCATION naming several configured rooms (`主会场：…；分会场：…`, `301会议室、302会议室`) books each. Cancelled, transparent and FREE
 * occurrences book nothing, nor do absences (all-day 出差, 请假 …: their LOCATION is a city);
 * copies of one meeting (same UID and start, or the same summary and times) are one booking. One
 * finding per pair of meetings, naming the first shared place. Sort-and-sweep per place.
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
  messages: { venue: 'error' },
  check(ctx) {
    const byPlace = new Map<string, Map<string, Occurrence>>();
    const placesOf = new Map<Occurrence, readonly string[]>();
    for (const o of ctx.occurrences) {
      // A trip (出差 to 北京) names a city, not a room: two leaders there the same day share no venue.
      if (o.status === 'cancelled' || o.transparent || o.busy === 'free' || defaultAbsence(o)) continue;
      const places = bookedPlaces(ctx.places, o);
      if (places.length === 0) continue;
      placesOf.set(o, places);
      const key = meetingKey(o);
      for (const place of places) {
        let meetings = byPlace.get(place);
        if (meetings === undefined) {
          meetings = new Map<string, Occurrence>();
          byPlace.set(place, meetings);
        }
        const previous = meetings.get(key);
        if (previous === undefined || o.key < previous.key) meetings.set(key, o);
      }
    }
    const pairs = new Map<string, { first: Occurrence; second: Occurrence; place: string }>();
    for (const [place, meetings] of byPlace) {
      const sorted = [...meetings.values()].sort(compareOccurrences);
      for (const [first, second] of overlappingPairs(sorted)) {
        if (looksLikeCopy(first, second)) continue;
        const key = `${first.key}\u0000${second.key}`;
        const previous = pairs.get(key);
        // Name the place as the first occurrence lists it (LOCATION before rooms).
        const order = placesOf.get(first) ?? [];
        if (previous === undefined || order.indexOf(place) < order.indexOf(previous.place)) {
          pairs.set(key, { first, second, place });
        }
      }
    }
    const findings: RuleFinding<'venue'>[] = [];
    const ordered = [...pairs.values()].sort((x, y) => compareOccurrences(x.first, y.first) || compareOccurrences(x.second, y.second));
    for (const { first, second, place } of ordered) {
      findings.push({
        kind: 'venue',
        data: { ...overlapData(first, second), location: place },
        occurrences: [toOccurrenceRef(first), toOccurrenceRef(second)],
        people: [],
      });
    }
    return findings;
  },
});
