/**
 * Small integers for the texts rules compare between the occurrences of one check — UID and
 * comparable title — and whether each is on a person's calendar, found once per occurrence array, so
 * that the passes that group or match copies of a meeting compare numbers rather than hash and
 * compare strings scattered over the heap. (Not RECURRENCE-ID: every instance has its own text, and
 * numbering them cost more than the comparisons it saved.) The numbering is private to the array (a WeakMap keyed by it): nothing carries over to
 * another check.
 */
import type { Occurrence } from '../../model/occurrence.js';
import { scanOrder } from '../../select/scan-order.js';
import { comparableTitle, globalUid } from './occurrence-ref.js';

/** The numbers of one occurrence array's texts, by index in the array. */
export interface OccurrenceIds {
  /** Equal numbers for equal UIDs. */
  readonly uid: Int32Array;
  /** Equal numbers for equal `comparableTitle(summary)`. */
  readonly title: Int32Array;
  /** By UID number: 1 when `globalUid` holds for the UID. */
  readonly globalUid: Uint8Array;
  /** 1 when the occurrence's calendar is a person's (`calendar.owner` set), 0 for an office's. */
  readonly personal: Uint8Array;
}

/**
 * The numbers of an occurrence array's UIDs and comparable titles, and which occurrences are on
 * personal calendars. Found in load order (`scanOrder`): a series' instances come together there with
 * one UID and SUMMARY string each, so a text is looked up once per run of instances, not once per occurrence.
 * @param occurrences - every occurrence of the check (any order)
 * @returns the numbers, by index in `occurrences`
 * @example
 * const ids = occurrenceIds([partyCopy, govCopy, other])
 * ids.uid[0] === ids.uid[1] && ids.uid[0] !== ids.uid[2]
 * //=> true
 */
export function occurrenceIds(occurrences: readonly Occurrence[]): OccurrenceIds {
  let ids = memo.get(occurrences);
  if (ids === undefined) {
    ids = number(occurrences);
    memo.set(occurrences, ids);
  }
  return ids;
}

const memo = new WeakMap<readonly Occurrence[], OccurrenceIds>();

function number(occurrences: readonly Occurrence[]): OccurrenceIds {
  const n = occurrences.length;
  const uid = new Int32Array(n);
  const title = new Int32Array(n);
  const personal = new Uint8Array(n);
  const uids = new Map<string, number>();
  const titles = new Map<string, number>();
  const summaries = new Map<string, number>();
  const global: number[] = [];
  let lastUid: string | undefined;
  let lastUidId = 0;
  let lastSummary: string | undefined;
  let lastTitleId = 0;
  let lastCalendar: Occurrence['calendar'] | undefined;
  let lastPersonal = 0;
  const { occurrences: loaded, position } = scanOrder(occurrences);
  for (let i = 0; i < n; i += 1) {
    const o = loaded[i]!;
    const k = position[i]!;
    if (o.uid !== lastUid) {
      lastUid = o.uid;
      let id = uids.get(lastUid);
      if (id === undefined) {
        id = uids.size;
        uids.set(lastUid, id);
        global.push(globalUid(lastUid) ? 1 : 0);
      }
      lastUidId = id;
    }
    uid[k] = lastUidId;
    if (o.summary !== lastSummary) {
      lastSummary = o.summary;
      let id = summaries.get(lastSummary);
      if (id === undefined) {
        // Two summaries can share a comparable title (参加：全区… and 全区…): number the titles.
        const text = comparableTitle(lastSummary);
        id = titles.get(text);
        if (id === undefined) {
          id = titles.size;
          titles.set(text, id);
        }
        summaries.set(lastSummary, id);
      }
      lastTitleId = id;
    }
    title[k] = lastTitleId;
    if (o.calendar !== lastCalendar) {
      lastCalendar = o.calendar;
      lastPersonal = lastCalendar.owner !== null ? 1 : 0;
    }
    personal[k] = lastPersonal;
  }
  return { uid, title, globalUid: Uint8Array.from(global), personal };
}
