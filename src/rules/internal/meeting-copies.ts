/**
 * The copies of a meeting across calendars, gathered for rules that ask about one meeting at a time
 * (who takes part in it, whichever calendar lists them).
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Places } from '../../places/places-types.js';
import { compareOccurrences, globalUid, looksLikeCopy, meetingKey, placesOf, supersededBy } from './occurrence-ref.js';

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

/**
 * One copy to stand for each meeting, so that a rule reports a pair of meetings once however many
 * calendars hold each of them. Copies are: the same globally unique UID and start (`meetingKey`), or
 * {@link looksLikeCopy} — a retyped copy, or a short UID with the same title and start — in agreeing
 * places. A copy without a place joins the first placed meeting it matches only, so it never makes
 * two same-titled meetings in two rooms one. A stale copy (`supersededBy`) stands for its current
 * revision. The representative is the smallest key among the current copies of its meeting.
 * Computed once per occurrence array and places; cost: one pass, plus per start instant shared by
 * several occurrences a comparison of those with the same title.
 * @param occurrences - every occurrence of the check
 * @param places - place aliases
 * @returns the representative of any occurrence of the array (itself when it has no copy)
 * @example
 * const rep = copyRepresentative(occurrences, places)
 * rep(retypedOnPersonalCalendar) === rep(onOfficeCalendar)
 * //=> true
 */
export function copyRepresentative(occurrences: readonly Occurrence[], places: Places): (occurrence: Occurrence) => Occurrence {
  const memo = representativeMemo.get(occurrences);
  if (memo !== undefined && memo.places === places) return memo.of;
  const parent = new Map<Occurrence, Occurrence>();
  const find = (o: Occurrence): Occurrence => {
    let root = o;
    for (let up = parent.get(root); up !== undefined; up = parent.get(root)) root = up;
    if (root !== o) parent.set(o, root);
    return root;
  };
  const union = (a: Occurrence, b: Occurrence): void => {
    const x = find(a);
    const y = find(b);
    // The smaller key is the root: it is the representative.
    if (x !== y) (x.key < y.key ? parent.set(y, x) : parent.set(x, y));
  };
  const byStart = new Map<number, Occurrence | Occurrence[]>();
  const byGlobalKey = new Map<string, Occurrence>();
  // A stale copy stands for its current revision (rules see it so), never for itself.
  const stale = supersededBy(occurrences);
  for (const o of occurrences) {
    if (stale.has(o)) continue;
    if (globalUid(o.uid)) {
      const key = meetingKey(o);
      const first = byGlobalKey.get(key);
      if (first === undefined) byGlobalKey.set(key, o);
      else union(first, o);
    }
    const start = o.start.toMillis();
    const seen = byStart.get(start);
    if (seen === undefined) byStart.set(start, o);
    else if (Array.isArray(seen)) seen.push(o);
    else byStart.set(start, [seen, o]);
  }
  for (const group of byStart.values()) {
    if (!Array.isArray(group)) continue;
    const byTitle = new Map<string, Occurrence[]>();
    for (const o of group) {
      const title = o.summary.normalize('NFKC').replace(/\s+/gu, '');
      const list = byTitle.get(title);
      if (list === undefined) byTitle.set(title, [o]);
      else list.push(o);
    }
    for (const list of byTitle.values()) {
      if (list.length < 2) continue;
      const placed = new Map(list.map((o) => [o, placesOf(o, places).length > 0]));
      list.sort((a, b) => Number(placed.get(b)) - Number(placed.get(a)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const founders: Occurrence[] = [];
      for (const o of list) {
        const root = find(o);
        if (founders.some((f) => find(f) === root)) continue;
        const match = founders.find((f) => looksLikeCopy(f, o, places));
        if (match === undefined) founders.push(o);
        else union(match, o);
      }
    }
  }
  const of = (o: Occurrence): Occurrence => {
    const current = stale.get(o) ?? o;
    return parent.size === 0 ? current : find(current);
  };
  representativeMemo.set(occurrences, { places, of });
  return of;
}

const representativeMemo = new WeakMap<readonly Occurrence[], { places: Places; of: (occurrence: Occurrence) => Occurrence }>();
