/**
 * The copies of a meeting across calendars, gathered for rules that ask about one meeting at a time
 * (who takes part in it, whichever calendar lists them).
 */
import type { Occurrence } from '../../model/occurrence.js';
import { startMillis } from '../../load/occurrence-millis.js';
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
  for (const s of seeds) byStart.set(startMillis(s), []);
  for (const o of occurrences) {
    const c = current(o);
    if (c.status === 'cancelled') continue;
    byStart.get(startMillis(c))?.push(o);
  }
  // Placed meetings claim their copies first: a placeless copy matches any room, and taken first it
  // would pull two same-titled meetings in two rooms into one.
  const placed = new Map<Occurrence, boolean>();
  for (const s of seeds) placed.set(s, placesOf(s, places).length > 0);
  const order = [...seeds].sort(
    (a, b) => startMillis(a) - startMillis(b) || Number(placed.get(b)) - Number(placed.get(a)) || compareOccurrences(a, b),
  );
  const claimed = new Set<Occurrence>();
  const result: MeetingCopies[] = [];
  for (const meeting of order) {
    if (claimed.has(meeting)) continue;
    const own = meetingKey(meeting);
    const copies: Occurrence[] = [];
    for (const o of byStart.get(startMillis(meeting)) ?? []) {
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
 * revision. The representative is a current copy of the meeting: on an office calendar (no owner)
 * if there is one, then the smallest key.
 * Computed once per occurrence array and places; cost: one pass to bucket by start, then per start
 * instant asked about, a comparison of the occurrences with the same title there.
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
  // Every relation that makes two occurrences one meeting here needs the same start, so meetings
  // never span start instants: bucket by start now, sort a bucket out when it is first asked about
  // (rules ask about the few occurrences in a conflict, not about all of them).
  const stale = supersededBy(occurrences);
  const bucketAt = startBuckets(occurrences);
  const representative = new Map<Occurrence, Occurrence>();
  const sorted = new Set<number>();
  // The loader shares one summary string per VEVENT: normalise each once.
  const titles = new Map<string, string>();
  const title = (o: Occurrence): string => {
    let t = titles.get(o.summary);
    if (t === undefined) {
      t = o.summary.normalize('NFKC').replace(/\s+/gu, '');
      titles.set(o.summary, t);
    }
    return t;
  };
  const of = (o: Occurrence): Occurrence => {
    const current = stale.get(o) ?? o;
    const start = startMillis(current);
    if (!sorted.has(start)) {
      sorted.add(start);
      // A stale copy stands for its current revision (rules see it so), never for itself.
      const bucket = bucketAt(start).filter((b) => stale.size === 0 || !stale.has(b));
      if (bucket.length > 1) sortOut(bucket, places, title, representative);
    }
    return representative.get(current) ?? current;
  };
  representativeMemo.set(occurrences, { places, of });
  return of;
}

function citedBefore(a: Occurrence, b: Occurrence): boolean {
  const personal = Number(a.calendar.owner !== null) - Number(b.calendar.owner !== null);
  return personal < 0 || (personal === 0 && a.key < b.key);
}

/**
 * The occurrences starting at an instant. The rules get their occurrences sorted by start: then a
 * binary search finds them, with no index; otherwise they are bucketed once.
 */
function startBuckets(occurrences: readonly Occurrence[]): (start: number) => readonly Occurrence[] {
  let inOrder = true;
  for (let i = 1; i < occurrences.length && inOrder; i += 1) {
    inOrder = startMillis(occurrences[i - 1]!) <= startMillis(occurrences[i]!);
  }
  if (inOrder) {
    return (start) => {
      let low = 0;
      let high = occurrences.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (startMillis(occurrences[mid]!) < start) low = mid + 1;
        else high = mid;
      }
      let end = low;
      while (end < occurrences.length && startMillis(occurrences[end]!) === start) end += 1;
      return occurrences.slice(low, end);
    };
  }
  const byStart = new Map<number, Occurrence[]>();
  for (const o of occurrences) {
    const start = startMillis(o);
    const list = byStart.get(start);
    if (list === undefined) byStart.set(start, [o]);
    else list.push(o);
  }
  return (start) => byStart.get(start) ?? [];
}

/** Joins the copies among occurrences of one start; records each one's representative unless itself. */
function sortOut(
  bucket: readonly Occurrence[],
  places: Places,
  title: (o: Occurrence) => string,
  representative: Map<Occurrence, Occurrence>,
): void {
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
    // The root is the representative: an office calendar's copy before a personal one (the finding
    // names the meeting as its office holds it, not as one leader's diary does), then the smaller key.
    if (x !== y) (citedBefore(x, y) ? parent.set(y, x) : parent.set(x, y));
  };
  // The same global UID and start: one event (meetingKey).
  const byUid = new Map<string, Occurrence>();
  for (const o of bucket) {
    if (!globalUid(o.uid)) continue;
    const first = byUid.get(o.uid);
    if (first === undefined) byUid.set(o.uid, o);
    else union(first, o);
  }
  const oneMeeting = (list: readonly Occurrence[]): boolean => {
    const root = find(list[0]!);
    return list.every((o) => find(o) === root);
  };
  if (oneMeeting(bucket)) {
    for (const o of bucket) if (find(o) !== o) representative.set(o, find(o));
    return;
  }
  const byTitle = new Map<string, Occurrence[]>();
  for (const o of bucket) {
    const t = title(o);
    const list = byTitle.get(t);
    if (list === undefined) byTitle.set(t, [o]);
    else list.push(o);
  }
  for (const list of byTitle.values()) {
    if (list.length < 2 || oneMeeting(list)) continue;
    const placed = new Map(list.map((o) => [o, placesOf(o, places).length > 0]));
    list.sort((a, b) => Number(placed.get(b)) - Number(placed.get(a)) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const founders: Occurrence[] = [];
    const foundedRoots = new Set<Occurrence>();
    for (const o of list) {
      if (foundedRoots.has(find(o))) continue;
      const match = founders.find((f) => looksLikeCopy(f, o, places));
      if (match === undefined) founders.push(o);
      else union(match, o);
      // The (possibly new) root of o's meeting: later members of it are not compared again.
      foundedRoots.add(find(o));
    }
  }
  for (const o of bucket) if (find(o) !== o) representative.set(o, find(o));
}

const representativeMemo = new WeakMap<readonly Occurrence[], { places: Places; of: (occurrence: Occurrence) => Occurrence }>();
