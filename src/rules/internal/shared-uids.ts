/**
 * The UIDs held by more than one calendar, with their occurrences: the only place copies of one event
 * by UID can be, so the rules that compare such copies (stale revisions, disagreeing copies) look
 * nowhere else.
 */
import type { Occurrence } from '../../model/occurrence.js';
import { inSortedOrder, scanOrder } from '../../select/scan-order.js';

/** The occurrences of one UID that at least two calendars hold. */
export interface SharedUid {
  /** Every occurrence with the UID, in the order of the occurrence array. */
  readonly occurrences: readonly Occurrence[];
  /**
   * Whether any of them has SEQUENCE > 0, its own or its series' (`seriesSequence`), or comes from a
   * saved cancellation (`savedCancellation`), or two of them different LAST-MODIFIED times: only then
   * can one copy be a revision of another (RFC 5545 §3.8.7.4, RFC 5546 §2.1.5, §3.2.5).
   */
  readonly revised: boolean;
}

/**
 * The UIDs on two calendars or more, each with every occurrence that has it. Copies of one event
 * (`sameEvent`) are on different calendars, so a UID only one calendar holds has none; in a city's
 * year most occurrences have such a UID (a leader's own appointments, each office's own series),
 * and a check built per-UID maps for all of them before (the 1m check spent seconds there).
 * Computed once per occurrence array, in one pass in load order with one lookup per run of a
 * series' instances (the loader shares one UID string per VEVENT, so its hash is computed once).
 * @param occurrences - every occurrence of the check
 * @returns shared UID → its occurrences; UIDs held by one calendar are absent
 * @example
 * sharedUids([partyCopy, govCopy, leadersOwnAppointment]).get(partyCopy.uid)?.occurrences.length
 * //=> 2
 */
export function sharedUids(occurrences: readonly Occurrence[]): ReadonlyMap<string, SharedUid> {
  const memo = memos.get(occurrences);
  if (memo !== undefined) return memo;
  // In load order (`scanOrder`), where a series' instances come together under one UID string: one
  // lookup per run of instances, and the occurrences read in the order they sit in memory (in start
  // order every one was a cache miss: ~90 ms at 100 000). Positions put each UID's list back in the
  // array's order.
  const { occurrences: loaded, position } = scanOrder(occurrences);
  const byUid = new Map<string, Draft>();
  let lastUid: string | undefined;
  let last: Draft | undefined;
  for (let i = 0; i < loaded.length; i += 1) {
    const o = loaded[i]!;
    // A series' revision counts too: an override may carry a lower SEQUENCE than its own master.
    // A saved cancellation (METHOD:CANCEL) revises the same-SEQUENCE copies it cancels (QL-3).
    const revised = (o.sequence !== undefined && o.sequence > 0) || (o.seriesSequence !== undefined && o.seriesSequence > 0) || o.savedCancellation === true;
    let draft = o.uid === lastUid ? last : byUid.get(o.uid);
    if (draft === undefined) {
      draft = { calendar: o.calendar.id, shared: false, revised, lastModified: o.lastModified, positions: [position[i]!] };
      byUid.set(o.uid, draft);
    } else {
      draft.positions.push(position[i]!);
      // Copies exported with one LAST-MODIFIED (the usual case) are no revisions of each other.
      if (revised || o.lastModified !== draft.lastModified) draft.revised = true;
      if (!draft.shared && draft.calendar !== o.calendar.id) draft.shared = true;
    }
    lastUid = o.uid;
    last = draft;
  }
  const result = new Map<string, SharedUid>();
  for (const [uid, draft] of byUid) {
    if (draft.shared) result.set(uid, { occurrences: inSortedOrder(occurrences, draft.positions), revised: draft.revised });
  }
  memos.set(occurrences, result);
  return result;
}

interface Draft {
  readonly calendar: string;
  shared: boolean;
  revised: boolean;
  /** The first occurrence's LAST-MODIFIED: another value among the UID's occurrences makes it revised. */
  readonly lastModified: number | undefined;
  /** Where its occurrences are in the array. */
  readonly positions: number[];
}

const memos = new WeakMap<readonly Occurrence[], ReadonlyMap<string, SharedUid>>();
