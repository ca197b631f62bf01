/**
 * Brute-force reference for `no-double-booking` (README “Rules”): every pair of meetings, every
 * person. Two meetings clash when their half-open intervals overlap; two absences clash only when
 * they cannot be one time away (QK-1, below); one finding per pair listing everyone committed to both: `double-booking` when someone is
 * firmly (busy) in both, else `tentative-overlap`.
 *
 * Two README rules about a leader's own calendar, written from the README, not from the code:
 * - His own answer wins (QB-16): a person who declined (or delegated) a meeting on a copy of it on his
 *   own calendar (config `owner`) is not in it, whatever another copy says.
 * - A trip and its appointments (QB-12): an absence or a timed block named as a journey (出差, 外出 …), is
 *   no clash with a meeting inside it at its destination, when every copy of that
 *   meeting is on calendars of one owner who also holds the trip: a copy of it, or his office's
 *   领导活动安排 record of it, headed by his name (`李明：赴青石镇调研`, QE-6).
 * - Two absences at once (QK-1) are one time away written twice, unless both are journeys naming their
 *   destinations (LOCATION, rooms, the place after 赴 or in brackets — not a note of when or whether, （全天）,
 *   （已批）) and no destination of one is one of the other's (the same, one within or abbreviating the other, or
 *   both opening with one level word), or one is leave (请假, 休假 …) and the other a journey.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import { SCHEDULE_PEOPLE } from '../../helpers/arbitraries.js';
import { meetings, overlaps, participants, type Meeting } from './busy.js';

export interface OverlapFinding {
  readonly kind: 'double-booking' | 'tentative-overlap';
  /** The two meetings' ids, sorted. */
  readonly meetings: readonly [string, string];
  readonly people: readonly string[];
  /** Overlap as epoch milliseconds, for pairs of timed meetings; null when either is all-day. */
  readonly overlap: readonly [number, number] | null;
}

/** README: a journey (出差, 外出, 调研, 考察, 视察, 下乡, 走访, 出访, or opening with 赴); not leave. */
const JOURNEY = /出差|外出|调研|考察|视察|下乡|走访|出访|^\s*赴/u;

/** README: LOCATION and room names as written (NFKC, no white space). */
const placeTexts = (o: Occurrence): string[] =>
  [o.location, ...o.attendees.filter((a) => a.cutype === 'room').map((a) => a.name ?? a.address)]
    .map((t) => (t ?? '').normalize('NFKC').replace(/\s+/gu, ''))
    .filter((t) => t !== '');

/** README: the entry's title names the trip's destination (LOCATION, rooms, the place its title names), or its place is there. */
function atDestination(trip: Occurrence, entry: Occurrence): boolean {
  const places = placeTexts(entry);
  const title = trip.summary.normalize('NFKC').replace(/\s+/gu, '');
  // A bracket before a colon is in the record's head (李明（区长）：出差): his post, not where he goes.
  const named = [...title.replace(/^[^:]{1,12}:/u, '').matchAll(/赴(.{2,}?)(?:调研|汇报|参加|出席|考察|开会|学习|培训|督导|检查|走访|出差|对接|洽谈|$)|[（(]([^）)]+)[）)]/gu)].map((m) => m[1] ?? m[2] ?? '');
  const destinations = [...placeTexts(trip), ...named.filter((d) => d !== '')];
  const level = (p: string, d: string) => '省市区县镇乡'.includes(p[0]!) && p[0] === d[0];
  const entryTitle = entry.summary.normalize('NFKC').replace(/\s+/gu, '');
  return destinations.some((d) => d.length >= 2 && entryTitle.includes(d)) || places.some((p) => destinations.some((d) => p.includes(d) || d.includes(p) || level(p, d)));
}

/** README (QK-1): two overlapping absences can be the same time away, written twice. */
export function oneTimeAway(a: Meeting, b: Meeting): boolean {
  const x = away(a.copies[0]!);
  const y = away(b.copies[0]!);
  if ((x.leave && !x.journey && y.journey && !y.leave) || (y.leave && !y.journey && x.journey && !x.leave)) return false;
  if (!x.journey || !y.journey || x.places.length === 0 || y.places.length === 0) return true;
  const inOrder = (short: string, long: string) => {
    let at = 0;
    for (const ch of short) if ((at = long.indexOf(ch, at) + 1) === 0) return false;
    return true;
  };
  const same = (p: string, q: string) =>
    inOrder(p, q) || inOrder(q, p) || ('省市区县镇乡'.includes(p[0]!) && p[0] === q[0]);
  return x.places.some((p) => y.places.some((q) => same(p, q)));
}

function away(o: Occurrence): { journey: boolean; leave: boolean; places: string[] } {
  const title = o.summary.normalize('NFKC').replace(/\s+/gu, '');
  const journey = /出差|外出|调研|考察|视察|下乡|走访|出访|出国|出境|^(?:[^:]{2,8}:|【[^】]{2,8}】)?赴/u.test(title);
  const leave = /请假|休假|公休|病假|事假|年假|婚假|产假|丧假|探亲|疗养/u.test(title);
  // A bracket before a colon is in the record's head (李明（区长）：出差): his post, not where he goes.
  const named = [...title.replace(/^[^:]{1,12}:/u, '').matchAll(/赴(.+?)(?:调研|汇报|参加|出席|考察|开会|学习|培训|督导|检查|走访|出差|对接|洽谈|招商|[,;:(]|$)|\(([^)]+)\)/gu)]
    .map((m) => m[1] ?? m[2] ?? '')
    .filter((d) => d !== '' && !/^(?:[0-9一二三四五六七八九十两半]+[天日]|全天|上午|下午|晚上|半天|待定|暂定|调整|变更|补录|已批|已审批|审批|批准|视频|线上|公务|因公|因私|私事|[0-9]+)$/u.test(d));
  return { journey, leave, places: [...placeTexts(o), ...named] };
}

/** QB-12: `outer` is the trip (an absence, or a timed block, named as a journey) that `inner` is an appointment of, at its destination. */
export function envelops(outer: Meeting, inner: Meeting): boolean {
  const block = (outer.absence || !outer.allDay) && JOURNEY.test(outer.copies[0]!.summary);
  if (!block || inner.absence || inner.start < outer.start || inner.end > outer.end) return false;
  if (!atDestination(outer.copies[0]!, inner.copies[0]!)) return false;
  const owners = new Set(inner.copies.map((c) => c.calendar.owner));
  const [owner] = owners;
  const diaryOffice = inner.copies[0]!.calendar.office;
  return (
    owners.size === 1 &&
    owner !== null &&
    owner !== undefined &&
    outer.copies.some((c) => c.calendar.owner === owner || recordOf(c, owner) || officeTripOf(c, owner, diaryOffice))
  );
}

/**
 * README 领导活动安排 (QE-6): an entry with no ATTENDEE line on a calendar that is nobody's own (an office's)
 * whose title opens with the person's directory name and a colon, or the name in 【】, records his own activity.
 */
export function recordOf(o: Occurrence, person: string): boolean {
  const name = SCHEDULE_PEOPLE.find((p) => p.id === person)?.name;
  if (name === undefined || o.calendar.owner !== null || o.attendees.length > 0) return false;
  const title = o.summary.normalize('NFKC').trim();
  return title.startsWith(`${name}:`) || title.startsWith(`【${name}】`);
}

/**
 * README 领导活动安排 (QG-9): an entry on the calendar of the office that keeps his diary (no owner, the same
 * office as his own calendar) listing him as an ATTENDEE who has not declined is that office's record of his trip.
 */
function officeTripOf(o: Occurrence, person: string, diaryOffice: string | null): boolean {
  if (diaryOffice === null || o.calendar.owner !== null || o.calendar.office !== diaryOffice) return false;
  const answer = participants(o).get(person);
  return answer !== undefined && answer !== 'declined';
}

/** QB-16: the person declined (or delegated) the meeting on a copy on his own calendar. */
export function declinedOwn(m: Meeting, person: string): boolean {
  return m.copies.some((c) => c.calendar.owner === person && ['declined', 'delegated'].includes(participants(c).get(person) ?? ''));
}

export function noDoubleBookingReference(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>): OverlapFinding[] {
  const all = meetings(occurrences, meetingOf);
  const out: OverlapFinding[] = [];
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (!overlaps(a, b) || (a.absence && b.absence && oneTimeAway(a, b)) || envelops(a, b) || envelops(b, a)) continue;
      const people = [...a.people.keys()].filter((p) => b.people.has(p) && !declinedOwn(a, p) && !declinedOwn(b, p)).sort();
      if (people.length === 0) continue;
      const firm = people.some((p) => a.people.get(p) === 'busy' && b.people.get(p) === 'busy');
      out.push({
        kind: firm ? 'double-booking' : 'tentative-overlap',
        meetings: [a.id, b.id].sort() as [string, string],
        people,
        overlap: a.allDay || b.allDay ? null : [Math.max(a.start, b.start), Math.min(a.end, b.end)],
      });
    }
  }
  return out;
}
