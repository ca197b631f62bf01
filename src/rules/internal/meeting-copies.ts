/**
 * The copies of a meeting across calendars, gathered for rules that ask about one meeting at a time
 * (who takes part in it, whichever calendar lists them).
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Places } from '../../places/places-types.js';
import { compareOccurrences, looksLikeCopy, meetingKey, placesOf, supersededBy } from './occurrence-ref.js';

/** One meeting and every copy of it. */
export interface MeetingCopies {
  /**
   * The meeting as it stands: the current revision of a wanted copy — of those starting first, one
   * with a place before one without, then the smallest key.
   */
  readonly meeting: Occurrence;
  /**
   * Every non-cancelled copy on any calendar, wanted or not, stale ones included (their people
   * still count): same {@link meetingKey} or {@link looksLikeCopy} as `meeting`, after stale copies
   * are read as their current revision. Sorted by key; `meeting` is among them or is their current revision.
   */
  readonly copies: readonly Occurrence[];
}

/**
 * The meetings that have a copy matching `wanted`, each once, with all its copies. A meeting is
 * wanted when any copy is (the office calendar's entry matches the rule's selector, the leader's
 * retyped copy on his personal calendar does not, yet his calendar holding it is his attendance);
 * a stale copy stands for its current revision (`supersededBy`), and a meeting whose current
 * revision is cancelled is no meeting. Copies are matched to the meeting directly, not transitively:
 * a copy without a place may stand for two same-titled meetings in two rooms, which stay two.
 * Cost: one pass over the occurrences, then per wanted meeting the occurrences starting with it.
 * @param occurrences - every occurrence of the check
 * @param wanted - which copies make their meeting wanted (a rule's selector)
 * @param places - place aliases, for {@link looksLikeCopy}
 * @returns the meetings sorted by start, then key
 * @example
 * meetingCopies(occurrences, (o) => o.summary.includes('河湖长制'), places)[0]?.copies.map((o) => o.calendar.id)
 * //=> ['gov', 'secretary']
 */
export function meetingCopies(
  occurrences: readonly Occurrence[],
  wanted: (occurrence: Occurrence) => boolean,
  places: Places,
): MeetingCopies[] {
  const stale = supersededBy(occurrences);
  const current = (o: Occurrence): Occurrence => stale.get(o) ?? o;
  const seeds = new Set<Occurrence>();
  for (const o of occurrences) {
    if (!wanted(o)) continue;
    const c = current(o);
    if (c.status !== 'cancelled') seeds.add(c);
  }
  if (seeds.size === 0) return [];
  // Every copy starts when the meeting does (same UID and start, or retyped with the same times).
  const byStart = new Map<number, Occurrence[]>();
  for (const s of seeds) byStart.set(s.start.toMillis(), []);
  for (const o of occurrences) {
    const c = current(o);
    if (c.status === 'cancelled') continue;
    byStart.get(c.start.toMillis())?.push(o);
  }
  // Placed meetings claim their copies first: a placeless copy matches any room, and taken first it
  // would pull two same-titled meetings in two rooms into one.
  const placed = new Map<Occurrence, boolean>();
  for (const s of seeds) placed.set(s, placesOf(s, places).length > 0);
  const order = [...seeds].sort(
    (a, b) => a.start.toMillis() - b.start.toMillis() || Number(placed.get(b)) - Number(placed.get(a)) || compareOccurrences(a, b),
  );
  const claimed = new Set<Occurrence>();
  const result: MeetingCopies[] = [];
  for (const meeting of order) {
    if (claimed.has(meeting)) continue;
    const own = meetingKey(meeting);
    const copies: Occurrence[] = [];
    for (const o of byStart.get(meeting.start.toMillis()) ?? []) {
      const c = current(o);
      if (c === meeting || meetingKey(c) === own || looksLikeCopy(meeting, c, places)) {
        copies.push(o);
        claimed.add(c);
      }
    }
    copies.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    result.push({ meeting, copies });
  }
  return result.sort((a, b) => compareOccurrences(a.meeting, b.meeting));
}
