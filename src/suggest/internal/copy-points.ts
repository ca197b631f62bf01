/**
 * Starts at which the moved meeting would become a copy of another occurrence — the same UID and
 * start, or the same title and times (see `looksLikeCopy` in the rules) — and so one meeting with
 * it: the rules then attribute the pair's conflicts to the other copy, and the slot is judged
 * differently from its neighbours. The search never jumps over such a start, and judges it with
 * the rules instead of skipping it as busy.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { PreparedCheck } from '../../check/check-proposal.js';
import { sameMeetingTitle } from '../../rules/internal/occurrence-ref.js';

/** The copy points of one search. */
export interface CopyPoints {
  /** Whether a slot starting at `ms` could be a copy of another occurrence. */
  at(ms: number): boolean;
  /** The first copy point after `ms`, or Infinity. */
  after(ms: number): number;
}

interface Index {
  readonly bySummary: ReadonlyMap<string, readonly Occurrence[]>;
  readonly byUid: ReadonlyMap<string, readonly Occurrence[]>;
}

const indexes = new WeakMap<PreparedCheck, Index>();

function normalised(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

function index(prepared: PreparedCheck): Index {
  const known = indexes.get(prepared);
  if (known !== undefined) return known;
  const bySummary = new Map<string, Occurrence[]>();
  const byUid = new Map<string, Occurrence[]>();
  for (const o of prepared.occurrences) {
    for (const [map, key] of [[bySummary, normalised(o.summary)], [byUid, o.uid]] as const) {
      const list = map.get(key);
      if (list === undefined) map.set(key, [o]);
      else list.push(o);
    }
  }
  const built = { bySummary, byUid };
  indexes.set(prepared, built);
  return built;
}

/**
 * The copy points for a meeting of a given length.
 * @param prepared - the prepared check
 * @param proposed - the meeting
 * @param length - its length: ms for a timed meeting, whole days for an all-day one
 * @returns the points
 */
export function copyPoints(prepared: PreparedCheck, proposed: Occurrence, length: { readonly allDay: boolean; readonly size: number }): CopyPoints {
  const { bySummary, byUid } = index(prepared);
  const summary = normalised(proposed.summary);
  const starts = new Set<number>();
  // Any length: a same-titled entry in the same place with another end is a copy too (QA26-18).
  if (summary !== '') for (const o of bySummary.get(summary) ?? []) if (o.key !== proposed.key) starts.add(o.start.toMillis());
  // A copy in other words at the same times (常务会议 / 区政府第12次常务会议, see `looksLikeCopy`).
  if (summary !== '') {
    for (const [title, list] of bySummary) {
      if (title === summary || !sameMeetingTitle(title, summary)) continue;
      for (const o of list) if (o.key !== proposed.key) starts.add(o.start.toMillis());
    }
  }
  for (const o of byUid.get(proposed.uid) ?? []) if (o.key !== proposed.key) starts.add(o.start.toMillis());
  const sorted = [...starts].sort((a, b) => a - b);
  return {
    at: (ms) => starts.has(ms),
    after(ms) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! <= ms) lo = mid + 1;
        else hi = mid;
      }
      return sorted[lo] ?? Infinity;
    },
  };
}
