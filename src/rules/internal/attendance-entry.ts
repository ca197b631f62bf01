/**
 * A lower office's entry recording that it attends a higher meeting, told from a relay of it (QB-33).
 */
import type { Occurrence } from '../../model/occurrence.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';

/**
 * Whether `entry` is its calendar's record of attending `meeting`, not a meeting of its own about it:
 * `区长参加全市安全生产电视电话会议（视频）` or `组织收看全市安全生产电视电话会议` on the district calendar for the
 * city's `全市安全生产电视电话会议` (a district watches the city's 电视电话会议 at its 分会场: that is how it
 * attends). Conservative on purpose, since a relay judged as attendance hides an `order` error:
 * - the very times: the same start and end, or the same start and no end of its own (a start-only
 *   OA entry, RFC 5545 §3.6.1) — a relay cannot run while the meeting it relays is held;
 * - the entry's title holds the meeting's name whole (NFKC, white space ignored; the meeting's own
 *   leading verb such as 召开 and closing notes in brackets left out), at least four characters;
 * - before the name only an attending verb (参加, 出席, 列席, 参会, 收看, 观看, 组织收看, 收听收看 …),
 *   optionally after who attends or where (`区长`, `区四套班子领导`, `赴市行政中心`), and nothing that makes it
 *   another meeting about it (传达, 学习, 贯彻, 落实, 筹备, 部署);
 * - after the name only notes in brackets (`（视频）`, `（电视电话）`, `（区分会场）`).
 * A title sharing words at another time, or `传达全市安全生产电视电话会议精神` at the same times, is no such entry.
 * @param entry - the lower office's occurrence
 * @param meeting - the higher meeting, starting when `entry` starts
 * @returns true when `entry` records attending `meeting`
 * @example
 * isAttendanceEntry(districtEntry('组织收看全市安全生产电视电话会议', '09:00', '11:00'), cityMeeting('全市安全生产电视电话会议', '09:00', '11:00'))
 * //=> true
 */
export function isAttendanceEntry(entry: Occurrence, meeting: Occurrence): boolean {
  const start = startMillis(entry);
  const end = endMillis(entry);
  const sameTimes = start === startMillis(meeting) && (end === endMillis(meeting) || end === start);
  // With an attending verb the entry may also hold the meeting with the journey (08:30–11:00 for 09:00–11:00, QE-9).
  const holds = start <= startMillis(meeting) && end >= endMillis(meeting);
  if (!sameTimes && !holds) return false;
  const name = nameOf(meeting.summary);
  if (name.length < MIN_NAME) return false;
  const title = flat(entry.summary);
  const at = title.indexOf(name);
  if (at < 0) return false;
  const before = title.slice(0, at);
  const after = title.slice(at + name.length);
  if (!sameTimes && !ATTENDING_PREFIX.test(before)) return false;
  return (before === '' || ATTENDING_PREFIX.test(before)) && !FOLLOW_UP.test(before) && NOTES_ONLY.test(after);
}

/** The fewest characters of a name that identify a meeting: 常务会议, 党组会议; not 会议. */
const MIN_NAME = 4;
/** Who or where (up to 16 characters), then an attending verb, then an optional colon. */
const ATTENDING_PREFIX = /^.{0,16}?(?:参加|出席|列席|参会|组织收看|组织观看|收听收看|收看|观看|收听)[:：]?$/u;
/** The attending verbs of {@link ATTENDING_PREFIX} anywhere in a title: a cheap test before the full one. */
const ATTENDING_WORD = /参加|出席|列席|参会|收看|观看|收听/u;

/**
 * Whether a title holds an attending verb at all, as every attendance entry that does not share the
 * meeting's times must (one holding it with the journey): lets a caller skip the full test for most titles.
 * @param summary - the entry's title
 * @returns true when an attending verb is in it
 * @example
 * saysAttending('参加全市安全生产工作会议') //=> true
 */
export function saysAttending(summary: string): boolean {
  return ATTENDING_WORD.test(summary);
}

/** Words that make an entry another meeting about the one it names (a relay, a study session, preparing it). */
const FOLLOW_UP = /传达|学习|贯彻|落实|筹备|预备|部署/u;
/** Nothing, or notes in brackets only. */
const NOTES_ONLY = /^(?:[（(【[][^（(【[）)】\]]*[）)】\]])*$/u;
/** The meeting's own leading verb: 召开, 举行, 主持召开. */
const HOLDING = /^(?:主持召开|召开|举行|举办)/u;
/** Closing notes in brackets. */
const TRAILING_NOTES = /(?:[（(【[][^（(【[）)】\]]*[）)】\]])+$/u;

function flat(summary: string): string {
  return summary.normalize('NFKC').replace(/\s+/gu, '');
}

/** A meeting's name: its title without its own leading verb and closing notes. */
function nameOf(summary: string): string {
  const text = flat(summary).replace(TRAILING_NOTES, '');
  const bare = text.replace(HOLDING, '');
  return bare === '' ? text : bare;
}

/**
 * Whether `entry` is an office's record of attending `meeting` by video from its own room (QE-10):
 * `全市安全生产工作会议（视频）`, `组织收看全市安全生产电视电话会议`, `…（江滨区分会场）` at the meeting's very times,
 * in the district's 分会场 while the city sits in its hall — one meeting, not two ({@link isAttendanceEntry}, on
 * another calendar). Only for a conference held at a distance (视频, 电视电话, 分会场, 收看/收听 in either title): two
 * offices' same-titled 党组会议 at one hour in two rooms stay two meetings. `no-double-booking` and `quiet-period`
 * (QH-7) read it so.
 * @param entry - the lower office's occurrence
 * @param meeting - the meeting it may watch
 * @returns true when `entry` is `meeting` seen from the branch venue
 * @example
 * attendsRemotely(districtEntry('组织收看全市安全生产电视电话会议', '09:00', '11:00'), cityMeeting('全市安全生产电视电话会议', '09:00', '11:00'))
 * //=> true
 */
export function attendsRemotely(entry: Occurrence, meeting: Occurrence): boolean {
  return entry.calendar.id !== meeting.calendar.id && REMOTE.test(entry.summary + meeting.summary) && isAttendanceEntry(entry, meeting);
}

const REMOTE = /视频|电视电话|分会场|收看|收听/u;
