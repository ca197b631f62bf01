/**
 * The copies of a meeting across calendars, gathered for rules that ask about one meeting at a time
 * (who takes part in it, whichever calendar lists them).
 */
import type { Occurrence } from '../../model/occurrence.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import type { Directory, Participation } from '../../people/directory-types.js';
import type { Places } from '../../places/places-types.js';
import { compareOccurrences, globalUid, looksLikeCopy, meetingKey, placesOf, sameEvent, sameMeetingTitle, sequenceOf, supersededBy, comparableTitle } from './occurrence-ref.js';
import { occurrenceOrder } from './occurrence-order.js';
import { sharedUids } from './shared-uids.js';
import { scanOrder } from '../../select/scan-order.js';
import { occurrenceIds, type OccurrenceIds } from './occurrence-ids.js';

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
 * Cost: one pass over the occurrences (the selector), then per wanted meeting the occurrences starting with it.
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
  // Every copy starts when the meeting does (same UID and start, or retyped with the same times):
  // the occurrences starting then (found by start, not by a pass over all of them), read as their
  // current revisions, and the stale copies elsewhere whose current revision starts then.
  const bucketAt = startBuckets(occurrences);
  const movedHere = new Map<number, Occurrence[]>();
  for (const [o, c] of stale) {
    const start = startMillis(c);
    if (start === startMillis(o)) continue;
    const list = movedHere.get(start);
    if (list === undefined) movedHere.set(start, [o]);
    else list.push(o);
  }
  const byStart = new Map<number, Occurrence[]>();
  for (const s of seeds) {
    const start = startMillis(s);
    if (byStart.has(start)) continue;
    const here: Occurrence[] = [];
    for (const o of bucketAt(start)) {
      const c = current(o);
      if (c.status !== 'cancelled' && startMillis(c) === start) here.push(o);
    }
    for (const o of movedHere.get(start) ?? []) if (current(o).status !== 'cancelled') here.push(o);
    byStart.set(start, here);
  }
  // Placed meetings claim their copies first: a placeless copy matches any room, and taken first it
  // would pull two same-titled meetings in two rooms into one.
  const placed = new Map<Occurrence, boolean>();
  for (const s of seeds) placed.set(s, placesOf(s, places).length > 0);
  // A start-only seed comes after those with an end (placed or not), for the same reason as in `sortOut`:
  // it matches meetings of any end, and claiming first it would gather two of them into one (QI-9).
  const order = [...seeds].sort(
    (a, b) =>
      startMillis(a) - startMillis(b) ||
      startOnly(a) - startOnly(b) ||
      Number(placed.get(b)) - Number(placed.get(a)) ||
      compareOccurrences(a, b),
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
  // never span start instants: the occurrences of a start are sorted out when it is first asked about.
  // Rules ask about nearly every start of a year (a meeting's neighbours, its copies), so the answers
  // are kept by index in typed arrays and the UIDs and titles compared as numbers (`occurrenceIds`):
  // as strings, hashed and compared across the heap, this cost 450–650 ms at 100 000 occurrences.
  const stale = supersededBy(occurrences);
  const ids = occurrenceIds(occurrences);
  const { slots, starts, keyed } = startSlots(occurrences);
  const n = occurrences.length;
  const at = (slot: number): number => (slots === null ? slot : slots[slot]!);
  // By index: the index of the copy that stands for the occurrence; -1 while its start is not sorted out.
  const rep = new Int32Array(n).fill(-1);
  const sortOutStart = (low: number, high: number): void => {
    // A stale copy stands for its current revision (rules see it so), never for itself.
    const members: number[] = [];
    for (let slot = low; slot < high; slot += 1) {
      const i = at(slot);
      if (stale.size !== 0 && stale.has(occurrences[i]!)) rep[i] = i;
      else members.push(i);
    }
    // In key order, whatever the order of the array: copies are joined in that order, and the
    // meetings a start sorts into must not depend on how the calendars were listed (stable: an
    // occurrence listed twice keeps its first place first).
    if (!keyed) members.sort((a, b) => byKey(occurrences[a]!, occurrences[b]!));
    const found = members.length > 1 ? sortOut(members, occurrences, ids, places) : members;
    for (let j = 0; j < members.length; j += 1) rep[members[j]!] = found[j]!;
  };
  const of = (o: Occurrence): Occurrence => {
    const current = stale.get(o) ?? o;
    const start = startMillis(current);
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (starts[mid]! < start) low = mid + 1;
      else high = mid;
    }
    high = low;
    while (high < n && starts[high] === start) high += 1;
    if (low === high) return current;
    if (rep[at(low)]! < 0) sortOutStart(low, high);
    // For an occurrence listed twice, its first place decides.
    for (let slot = low; slot < high; slot += 1) {
      const i = at(slot);
      if (occurrences[i] === current) return occurrences[rep[i]!]!;
    }
    return current;
  };
  representativeMemo.set(occurrences, { places, of });
  return of;
}

/**
 * An occurrence array's starts in start order: `slots` the indexes in that order (null when the array
 * is in it already), `starts` the start of each slot, `keyed` whether equal starts are in key order.
 */
function startSlots(occurrences: readonly Occurrence[]): { readonly slots: Uint32Array | null; readonly starts: Float64Array; readonly keyed: boolean } {
  const order = occurrenceOrder(occurrences);
  const byIndex = scanOrder(occurrences).starts;
  if (order !== 'unordered') return { slots: null, starts: byIndex, keyed: order === 'start-then-key' };
  // Stable: equal starts keep the array's order, as a key sort of equal keys then does.
  const slots = Uint32Array.from(occurrences.keys()).sort((a, b) => byIndex[a]! - byIndex[b]! || a - b);
  return { slots, starts: Float64Array.from(slots, (i) => byIndex[i]!), keyed: false };
}

/** 1 for a start-only occurrence (end = start), 0 otherwise: a sort key. */
function startOnly(o: Occurrence): number {
  return endMillis(o) === startMillis(o) ? 1 : 0;
}

function byKey(a: Occurrence, b: Occurrence): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function keyOrdered(bucket: readonly Occurrence[]): boolean {
  for (let i = 1; i < bucket.length; i += 1) if (bucket[i - 1]!.key > bucket[i]!.key) return false;
  return true;
}

/**
 * The occurrences starting at an instant. The rules get their occurrences sorted by start: then a
 * binary search finds them, with no index; otherwise they are bucketed once.
 */
function startBuckets(occurrences: readonly Occurrence[]): (start: number) => readonly Occurrence[] {
  let found = bucketsMemo.get(occurrences);
  if (found === undefined) {
    found = startBucketsUncached(occurrences);
    bucketsMemo.set(occurrences, found);
  }
  return found;
}

const bucketsMemo = new WeakMap<readonly Occurrence[], (start: number) => readonly Occurrence[]>();

function startBucketsUncached(occurrences: readonly Occurrence[]): (start: number) => readonly Occurrence[] {
  if (occurrenceOrder(occurrences) !== 'unordered') {
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

/**
 * Joins the copies among the occurrences of one start (`members`: indexes into `occurrences`, in key
 * order): each one's representative, as an index into `occurrences`, member for member.
 */
function sortOut(members: readonly number[], occurrences: readonly Occurrence[], ids: OccurrenceIds, places: Places): number[] {
  const m = members.length;
  const bucket = new Array<Occurrence>(m);
  // Union-find over indexes into the bucket.
  const parent = new Int32Array(m);
  for (let i = 0; i < m; i += 1) {
    bucket[i] = occurrences[members[i]!]!;
    parent[i] = i;
  }
  const title = (i: number): number => ids.title[members[i]!]!;
  // An office calendar's copy before a personal one, then the smaller key: members are in key order,
  // and keys are unique in a check (an occurrence listed twice is one key, and not before itself).
  const citedBefore = (x: number, y: number): boolean => {
    const personal = ids.personal[members[x]!]! - ids.personal[members[y]!]!;
    return personal < 0 || (personal === 0 && x < y && bucket[x] !== bucket[y]);
  };
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root]!;
    parent[i] = root;
    return root;
  };
  const union = (a: number, b: number): void => {
    const x = find(a);
    const y = find(b);
    // The root is the representative: an office calendar's copy before a personal one (the finding
    // names the meeting as its office holds it, not as one leader's diary does), then the smaller key.
    if (x !== y) {
      if (citedBefore(x, y)) parent[y] = x;
      else parent[x] = y;
    }
  };
  // The same global UID, instance and start: one event (meetingKey). Whether a UID is global is asked
  // only of UIDs that repeat in the bucket; two instances of one series at this start are two.
  const byUid = new Map<number, number[]>();
  for (let i = 0; i < bucket.length; i += 1) {
    const uid = ids.uid[members[i]!]!;
    const seen = byUid.get(uid);
    if (seen === undefined) {
      byUid.set(uid, [i]);
      continue;
    }
    const { recurrenceId } = bucket[i]!;
    const first = seen.find((j) => bucket[j]!.recurrenceId === recurrenceId);
    if (first === undefined) seen.push(i);
    else if (ids.globalUid[uid] === 1) union(first, i);
  }
  const oneMeeting = (list: readonly number[]): boolean => {
    const root = find(list[0]!);
    return list.every((i) => find(i) === root);
  };
  const representatives = (): number[] => members.map((_, i) => members[find(i)]!);
  let joined = true;
  for (let i = 1; i < m && joined; i += 1) joined = find(i) === find(0);
  if (joined) return representatives();
  // Whether a member names a physical place, by bucket index (filled for the title groups compared).
  let placed: Uint8Array | undefined;
  const byTitle = new Map<number, number[]>();
  for (let i = 0; i < bucket.length; i += 1) {
    const t = title(i);
    const list = byTitle.get(t);
    if (list === undefined) byTitle.set(t, [i]);
    else list.push(i);
  }
  for (const list of byTitle.values()) {
    if (list.length < 2 || oneMeeting(list)) continue;
    placed ??= new Uint8Array(bucket.length);
    for (const i of list) placed[i] = placesOf(bucket[i]!, places).length > 0 ? 1 : 0;
    const marks = placed;
    // The bucket is in key order: among equally placed members, the smaller index has the smaller key.
    // A start-only member (end = start, QB-34) founds a meeting only after those with an end, placed or
    // not: its end is unknown, so it is a copy of any of them, and taken first it would make a 30-minute and
    // an hour-long entry of one title one meeting through itself (seed 941008302 of quiet-period's property;
    // QI-9: an OA notice with a place, two drills without).
    list.sort((a, b) => startOnly(bucket[a]!) - startOnly(bucket[b]!) || marks[b]! - marks[a]! || a - b);
    // A member joins the first founder (in the order founded) it is a copy of. Retyped copies may
    // end differently (QA26-18), so every founder of the title is a candidate; a city's districts
    // holding same-titled meetings at one instant in their own rooms stay apart by place.
    const founders: number[] = [];
    const foundedRoots = new Set<number>();
    for (const i of list) {
      if (foundedRoots.has(find(i))) continue;
      const o = bucket[i]!;
      const match = founders.find((f) => looksLikeCopy(bucket[f]!, o, places));
      if (match === undefined) founders.push(i);
      else union(match, i);
      // The (possibly new) root of this meeting: later members of it are not compared again.
      foundedRoots.add(find(i));
    }
  }
  joinRetold(bucket, places, title, find, union);
  return representatives();
}

/**
 * Joins the meetings of one start that are one meeting retyped in other words (`looksLikeCopy` with
 * another title: the same end, QB-15/QB-18), comparing the meetings found so far root to root. Two are
 * joined only when each is the other's only such match: a diary's 常务会议 with no place, at the hour
 * of two offices' differently named 常务会议 in two rooms, joins neither (it still is no clash with
 * either, pair by pair). Two offices' entries need a place each (`retold`), so unplaced office
 * meetings are not compared at all.
 */
function joinRetold(
  bucket: readonly Occurrence[],
  places: Places,
  title: (i: number) => number,
  find: (i: number) => number,
  union: (a: number, b: number) => void,
): void {
  const byEnd = new Map<number, number[]>();
  for (let i = 0; i < bucket.length; i += 1) {
    if (find(i) !== i) continue;
    const o = bucket[i]!;
    // An office entry without a place can match nothing here (a personal one may: with any entry).
    if (o.calendar.owner === null && placesOf(o, places).length === 0) continue;
    const end = endMillis(o);
    const list = byEnd.get(end);
    if (list === undefined) byEnd.set(end, [i]);
    else list.push(i);
  }
  const matches = new Map<number, number[]>();
  const add = (i: number, j: number): void => {
    const list = matches.get(i);
    if (list === undefined) matches.set(i, [j]);
    else list.push(j);
  };
  for (const list of byEnd.values()) {
    for (let x = 0; x < list.length; x += 1) {
      const a = bucket[list[x]!]!;
      for (let y = x + 1; y < list.length; y += 1) {
        const b = bucket[list[y]!]!;
        // Same titles were settled by title.
        if (a.calendar.id === b.calendar.id || title(list[x]!) === title(list[y]!) || !sameMeetingTitle(a.summary, b.summary) || !looksLikeCopy(a, b, places)) continue;
        add(list[x]!, list[y]!);
        add(list[y]!, list[x]!);
      }
    }
  }
  for (const [i, found] of matches) {
    if (found.length === 1 && matches.get(found[0]!)!.length === 1 && i < found[0]!) union(i, found[0]!);
  }
}

const representativeMemo = new WeakMap<readonly Occurrence[], { places: Places; of: (occurrence: Occurrence) => Occurrence }>();

/**
 * A copy of the same event that disagrees on an occurrence's time: the same globally unique UID and
 * instance on another calendar, with the same SEQUENCE (so neither is a revision of the other,
 * `supersededBy`), not cancelled, at another start or end — two offices each entered the meeting, at
 * different times. Nothing says which is right, so both copies book their people; a finding citing
 * either says the copies disagree, rather than passing them off as two meetings. A short numbered
 * UID with the same SEQUENCE at another time is another meeting (QA-16).
 * Computed once per occurrence array (shared by the rules): the instances of UIDs held by several
 * calendars, grouped; an answer looks at one instance's copies.
 * @param occurrences - every occurrence of the check
 * @returns for an occurrence of the array, its disagreeing copy (the smallest key), else undefined
 * @example
 * disagreeingCopy(occurrences)(partyCopyAt0900)?.calendar.id
 * //=> 'gov'
 */
export function disagreeingCopy(occurrences: readonly Occurrence[]): (occurrence: Occurrence) => Occurrence | undefined {
  let copies = instanceCopiesMemo.get(occurrences);
  if (copies === undefined) {
    copies = instanceCopies(occurrences);
    instanceCopiesMemo.set(occurrences, copies);
  }
  const instancesOf = copies;
  // Three rules ask, each about the meetings its findings cite (a busy meeting is cited by many):
  // answers are remembered per array, for all of them.
  let answers = disagreeingMemo.get(occurrences);
  if (answers === undefined) {
    answers = new Map();
    disagreeingMemo.set(occurrences, answers);
  }
  const known = answers;
  const uncached = (c: Occurrence): Occurrence | undefined => {
    const copies = instancesOf(c.uid)?.get(c.recurrenceId)?.get(sequenceOf(c));
    if (copies === undefined) return undefined;
    const { inKeyOrder, otherTimesFrom } = copies;
    // In key order, the first that is another calendar's copy at other times; those before
    // otherTimesFrom have the first copy's times, and when c has them too none of them can answer.
    const first = inKeyOrder[0]!;
    const from = startMillis(first) === startMillis(c) && endMillis(first) === endMillis(c) ? otherTimesFrom : 0;
    for (let i = from; i < inKeyOrder.length; i += 1) {
      const o = inKeyOrder[i]!;
      if (!sameEvent(c, o) || (startMillis(o) === startMillis(c) && endMillis(o) === endMillis(c))) continue;
      return o;
    }
    return undefined;
  };
  return (c) => {
    const answer = known.get(c);
    if (answer !== undefined) return answer ?? undefined;
    const found = uncached(c);
    known.set(c, found ?? null);
    return found;
  };
}

const disagreeingMemo = new WeakMap<readonly Occurrence[], Map<Occurrence, Occurrence | null>>();

/** The live copies (not cancelled, not stale) of one instance with one SEQUENCE, ready to answer from. */
interface InstanceCopies {
  /** Sorted by key (stably: equal keys keep the array's order). */
  readonly inKeyOrder: readonly Occurrence[];
  /** The index of the first copy whose start or end differs from the first copy's; the length if none. */
  readonly otherTimesFrom: number;
}

type InstancesOf = (uid: string) => ReadonlyMap<string | null, ReadonlyMap<number, InstanceCopies>> | undefined;

/**
 * The live copies of the instances of global UIDs held by more than one calendar, grouped by
 * RECURRENCE-ID and SEQUENCE when a UID is first asked about (findings cite a fraction of the UIDs).
 * A city-wide meeting is on hundreds of leaders' calendars, nearly all at the same times: a question
 * then skips the copies agreeing with the first at once, rather than comparing every copy.
 */
function instanceCopies(occurrences: readonly Occurrence[]): InstancesOf {
  const shared = sharedUids(occurrences);
  if (shared.size === 0) return () => undefined;
  const stale = supersededBy(occurrences);
  const grouped = new Map<string, ReadonlyMap<string | null, ReadonlyMap<number, InstanceCopies>>>();
  return (uid) => {
    let instances = grouped.get(uid);
    if (instances === undefined) {
      const all = globalUid(uid) ? shared.get(uid)?.occurrences : undefined;
      if (all === undefined) return undefined;
      const drafts = new Map<string | null, Map<number, Occurrence[]>>();
      for (const o of all) {
        if (o.status === 'cancelled' || stale.has(o)) continue;
        let bySequence = drafts.get(o.recurrenceId);
        if (bySequence === undefined) {
          bySequence = new Map();
          drafts.set(o.recurrenceId, bySequence);
        }
        const list = bySequence.get(sequenceOf(o));
        if (list === undefined) bySequence.set(sequenceOf(o), [o]);
        else list.push(o);
      }
      const ready = new Map<string | null, ReadonlyMap<number, InstanceCopies>>();
      for (const [recurrenceId, bySequence] of drafts) {
        const classes = new Map<number, InstanceCopies>();
        for (const [sequence, list] of bySequence) {
          if (!keyOrdered(list)) list.sort(byKey);
          const first = list[0]!;
          let otherTimesFrom = 1;
          while (otherTimesFrom < list.length && startMillis(list[otherTimesFrom]!) === startMillis(first) && endMillis(list[otherTimesFrom]!) === endMillis(first)) {
            otherTimesFrom += 1;
          }
          classes.set(sequence, { inKeyOrder: list, otherTimesFrom });
        }
        ready.set(recurrenceId, classes);
      }
      instances = ready;
      grouped.set(uid, instances);
    }
    return instances;
  };
}

const instanceCopiesMemo = new WeakMap<readonly Occurrence[], InstancesOf>();

/** Questions about which personal calendars hold a meeting (see {@link copyOwners}). */
export interface CopyOwners {
  /** Whether some copy of the occurrence's meeting is on a calendar of `owner`. */
  heldBy(occurrence: Occurrence, owner: string): boolean;
  /** Whether every copy of the occurrence's meeting is on a calendar of `owner` (none on an office's or another person's). */
  onlyOn(occurrence: Occurrence, owner: string): boolean;
}

/**
 * Which personal calendars hold a copy of an occurrence's meeting: its own calendar, the calendars
 * holding its UID and instance (a short UID only with the same title), and those holding a copy at its
 * start (`copyRepresentative`, or `looksLikeCopy` either way). Asked by `no-double-booking` about the
 * few meetings that sit inside a trip (QB-12); a scan stops at the first copy that answers.
 * @param occurrences - every occurrence of the check
 * @param places - place aliases
 * @returns the questions, for occurrences of the array
 * @example
 * copyOwners(occurrences, places).onlyOn(appointmentOnlyInHisDiary, 'li')
 * //=> true
 */
export function copyOwners(occurrences: readonly Occurrence[], places: Places): CopyOwners {
  const rep = copyRepresentative(occurrences, places);
  const stale = supersededBy(occurrences);
  const bucketAt = startBuckets(occurrences);
  // Whether some copy's calendar owner passes `test`, the occurrence's own calendar left out.
  const anyCopy = (o: Occurrence, test: (owner: string | null) => boolean): boolean => {
    const shared = sharedUids(occurrences).get(o.uid);
    if (shared !== undefined) {
      const global = globalUid(o.uid);
      const title = comparableTitle(o.summary);
      for (const x of shared.occurrences) {
        if (x !== o && x.recurrenceId === o.recurrenceId && test(x.calendar.owner) && (global || comparableTitle(x.summary) === title)) return true;
      }
    }
    const current = stale.get(o) ?? o;
    const meeting = rep(o);
    const end = endMillis(current);
    const title = comparableTitle(current.summary);
    for (const x of bucketAt(startMillis(current))) {
      // A copy at the same start has the same title or the same end (a same-UID copy was seen above).
      if (x === o || !test(x.calendar.owner) || (endMillis(x) !== end && comparableTitle(x.summary) !== title)) continue;
      // Joined to the meeting, or a copy the representatives keep apart (in other words, matching two meetings).
      if (rep(x) === meeting || looksLikeCopy(current, x, places) || looksLikeCopy(x, current, places)) return true;
    }
    return false;
  };
  // Only an occurrence on the owner's own calendar can be only on his calendars: one answer per occurrence.
  const only = new Map<Occurrence, boolean>();
  return {
    heldBy: (o, owner) => o.calendar.owner === owner || anyCopy(o, (x) => x === owner),
    onlyOn(o, owner) {
      if (o.calendar.owner !== owner) return false;
      let answer = only.get(o);
      if (answer === undefined) {
        answer = !anyCopy(o, (x) => x !== owner);
        only.set(o, answer);
      }
      return answer;
    },
  };
}

/**
 * Who declined a meeting on their own calendar (QB-16): a copy of it (`copyRepresentative`, or the
 * same global UID and instance) on a personal calendar whose owner's own ATTENDEE line says DECLINED
 * (or DELEGATED), not stale. RFC 5546 §3.2.3: the attendee's REPLY sets his PARTSTAT, and it raises no
 * SEQUENCE, so an office's copy still showing NEEDS-ACTION (or an older answer) has just not taken it:
 * for the owner's own participation, his calendar is the authority, whatever another copy says.
 * Looked up per meeting asked about (the few in a clash), among the copies at its start and its UID's.
 * @param occurrences - every occurrence of the check
 * @param directory - who takes part in each
 * @param places - place aliases
 * @returns whether a person declined the meeting an occurrence stands for
 * @example
 * declinedOnOwnCalendar(occurrences, directory, places)(officeCopyNeedsAction, 'li')
 * //=> true
 */
export function declinedOnOwnCalendar(
  occurrences: readonly Occurrence[],
  directory: Directory,
  places: Places,
): (occurrence: Occurrence, person: string) => boolean {
  const memo = declinesMemo.get(occurrences);
  if (memo !== undefined && memo.directory === directory && memo.places === places) return memo.of;
  const rep = copyRepresentative(occurrences, places);
  const stale = supersededBy(occurrences);
  const bucketAt = startBuckets(occurrences);
  const ownDecline = (x: Occurrence): string | null => {
    const owner = x.calendar.owner;
    if (owner === null || !x.attendees.some(declines) || stale.has(x)) return null;
    const own = directory.participantsOf(x).find((p) => p.person.id === owner);
    return own !== undefined && declines(own) ? owner : null;
  };
  // Only owners with a declining line on their own calendars can have declined there: for everyone
  // else the answer is no, without a look at the meeting's copies (asked for every clash).
  const mayDecline = new Set<string>();
  // In load order (`scanOrder`), where a series' instances come together with one attendee array:
  // each array is read once per run of instances, not once per occurrence across the heap.
  let lastAttendees: Occurrence['attendees'] | undefined;
  let lastOwner: string | null = null;
  for (const o of scanOrder(occurrences).occurrences) {
    const owner = o.calendar.owner;
    if (owner === null || (o.attendees === lastAttendees && owner === lastOwner)) continue;
    lastAttendees = o.attendees;
    lastOwner = owner;
    if (!mayDecline.has(owner) && o.attendees.some(declines)) mayDecline.add(owner);
  }
  const known = new Map<Occurrence, ReadonlySet<string>>();
  const byInstance = new Map<string, ReadonlySet<string>>();
  const of = (o: Occurrence, person: string): boolean => {
    if (!mayDecline.has(person)) return false;
    const meeting = rep(o);
    let who = known.get(meeting);
    if (who === undefined) {
      const found = new Set<string>();
      for (const x of bucketAt(startMillis(meeting))) {
        if (rep(x) !== meeting) continue;
        const owner = ownDecline(x);
        if (owner !== null) found.add(owner);
      }
      who = found;
      known.set(meeting, who);
    }
    if (who.has(person)) return true;
    // A copy of the same global UID and instance at other times (offices disagreeing) is the same event.
    if (!globalUid(o.uid)) return false;
    const instance = `${o.uid}\u0000${o.recurrenceId ?? ''}`;
    let them = byInstance.get(instance);
    if (them === undefined) {
      const found = new Set<string>();
      for (const x of sharedUids(occurrences).get(o.uid)?.occurrences ?? []) {
        if (x.recurrenceId !== o.recurrenceId) continue;
        const owner = ownDecline(x);
        if (owner !== null) found.add(owner);
      }
      them = found;
      byInstance.set(instance, them);
    }
    return them.has(person);
  };
  declinesMemo.set(occurrences, { directory, places, of });
  return of;
}

function declines(line: { readonly partstat: string }): boolean {
  return line.partstat === 'declined' || line.partstat === 'delegated';
}

const declinesMemo = new WeakMap<
  readonly Occurrence[],
  { directory: Directory; places: Places; of: (occurrence: Occurrence, person: string) => boolean }
>();

/**
 * A cheap over-approximation of {@link declinedOnOwnCalendar} for a search that skips busy stretches
 * without asking the rules (`suggestSlots`): whether a person declined, on his own calendar, an
 * occurrence with the same UID or the same start as the one asked about. False means he surely did
 * not decline its meeting there. Found once per occurrence array.
 * @param occurrences - every occurrence of the check
 * @param participantsOf - who takes part in an occurrence (the directory's)
 * @returns whether the person may have declined the occurrence's meeting on his own calendar
 * @example
 * mayHaveDeclinedOwn(occurrences, (o) => directory.participantsOf(o))(officeCopyNeedsAction, 'li')
 * //=> true
 */
export function mayHaveDeclinedOwn(
  occurrences: readonly Occurrence[],
  participantsOf: (occurrence: Occurrence) => readonly Participation[],
): (occurrence: Occurrence, person: string) => boolean {
  let marks = declineMarksMemo.get(occurrences);
  if (marks === undefined) {
    marks = new Set();
    for (const o of occurrences) {
      const owner = o.calendar.owner;
      if (owner === null || !o.attendees.some(declines)) continue;
      const own = participantsOf(o).find((p) => p.person.id === owner);
      if (own === undefined || !declines(own)) continue;
      marks.add(`${owner}\u0000u${o.uid}`);
      marks.add(`${owner}\u0000s${startMillis(o)}`);
    }
    declineMarksMemo.set(occurrences, marks);
  }
  const found = marks;
  return (o, person) => found.size > 0 && (found.has(`${person}\u0000u${o.uid}`) || found.has(`${person}\u0000s${startMillis(o)}`));
}

const declineMarksMemo = new WeakMap<readonly Occurrence[], Set<string>>();
