/**
 * Pairwise reference for `quiet-period` (README “Rules” and the rule's JSDoc): every non-cancelled,
 * busy (neither transparent nor FREE: a reminder books nobody) meeting matching `event` (copies once) against the fixed span (dates both inclusive in the report
 * zone) or against every other non-cancelled meeting matching `during`; half-open overlap; a meeting
 * is never quiet because of itself, nor when `during` picks it too (a sitting of the session).
 */
import { DateTime } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { halfOpenOverlap as overlaps } from './busy.js';

export interface QuietFinding {
  readonly meeting: string;
  /** The quiet meeting, or `span`. */
  readonly during: string;
}

export function quietPeriodReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  isEvent: (o: Occurrence) => boolean,
  during: ((o: Occurrence) => boolean) | { readonly from: string; readonly to: string },
  zone: string,
): QuietFinding[] {
  const live = occurrences.filter((o) => o.status !== 'cancelled');
  const interval = (o: Occurrence) => ({ start: o.start.toMillis(), end: o.end.toMillis() });
  const byMeeting = (pick: (o: Occurrence) => boolean) => {
    const map = new Map<string, Occurrence>();
    for (const o of live) if (pick(o) && !map.has(meetingOf.get(o.key)!)) map.set(meetingOf.get(o.key)!, o);
    return map;
  };
  // A start-only meeting with people or a place is the instant it starts (QB-34, QD-4); a bare instant (a
  // reminder, a deadline) is no meeting (QC-40).
  const bare = (o: Occurrence) => o.end.toMillis() === o.start.toMillis() && !o.allDay && o.attendees.length === 0 && (o.location ?? '').trim() === '';
  const events = byMeeting((o) => isEvent(o) && !o.transparent && o.busy !== 'free' && !bare(o));
  const meets = (o: Occurrence, q: { start: number; end: number }) => {
    const t = interval(o);
    return t.end === t.start ? q.start <= t.start && t.start < q.end : overlaps(t, q);
  };
  const out: QuietFinding[] = [];
  if (typeof during !== 'function') {
    const span = { start: DateTime.fromISO(during.from, { zone }).toMillis(), end: DateTime.fromISO(during.to, { zone }).plus({ days: 1 }).toMillis() };
    for (const [id, o] of events) if (meets(o, span)) out.push({ meeting: id, during: 'span' });
    return out;
  }
  const quiet = byMeeting(during);
  // A meeting `during` itself picks (any copy of it) is part of the session, never held during it (QC-39).
  const partOfSession = new Set([...live].filter(during).map((o) => meetingOf.get(o.key)!));
  for (const [id, o] of events) {
    if (partOfSession.has(id)) continue;
    for (const [other, q] of quiet) if (other !== id && meets(o, interval(q))) out.push({ meeting: id, during: other });
  }
  return out;
}
