/**
 * Occurrences as findings cite them, and the time texts used in finding data.
 */
import { DateTime, IANAZone, Info } from 'luxon';
import type { OccurrenceRef } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';
import { civilFromDays } from '../../load/internal/civil.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import { physicalPlace } from '../../places/physical-place.js';
import { createPlaces } from '../../places/places.js';
import { areasApart } from '../../config/calendar-area.js';
import type { Places } from '../../places/places-types.js';
import { sharedUids } from './shared-uids.js';
import { flatTitle, sittingTitle } from './meeting-name.js';

/**
 * An instant as finding data: ISO-8601 with the offset of its own zone, no milliseconds.
 * @param instant - any DateTime
 * @returns e.g. `2022-05-10T09:00:00+08:00`
 * @example isoInstant(DateTime.fromISO('2022-05-10T09:00', { zone: 'Asia/Shanghai' })) //=> '2022-05-10T09:00:00+08:00'
 */
export function isoInstant(instant: DateTime): string {
  return instant.toISO({ suppressMilliseconds: true }) ?? instant.toUTC().toString();
}

/**
 * An instant as finding data, on the clock of an occurrence's calendar (`CalendarInfo.defaultZone`):
 * office staff read times as their calendar shows them, also when the file wrote them in UTC
 * (Google exports `DTSTART:20220420T070000Z` for a 15:00 meeting in Shanghai).
 * @param occurrence - the occurrence whose calendar's clock to use
 * @param instant - any instant
 * @returns ISO-8601 with that zone's offset
 * @example
 * isoAt(shanghaiCalendarOccurrence, DateTime.fromISO('2022-04-20T07:00:00Z'))
 * //=> '2022-04-20T15:00:00+08:00'
 */
export function isoAt(occurrence: Occurrence, instant: DateTime): string {
  const zone = occurrence.calendar.defaultZone;
  // setZone recomputes the offset through Intl (slow); most instants are already on that clock.
  return isoInstant(instant.zoneName === zone ? instant : instant.setZone(zone));
}

/**
 * A start or end of an occurrence as finding data: a date for all-day occurrences (RFC 5545 DATE
 * values stay dates), else {@link isoAt} on the calendar's clock.
 * @param occurrence - the occurrence the bound belongs to
 * @param bound - its start or end
 * @returns `YYYY-MM-DD` or ISO-8601 with offset
 * @example
 * isoBound(allDayOn5May, allDayOn5May.end)
 * //=> '2022-05-06'
 */
export function isoBound(occurrence: Occurrence, bound: DateTime): string {
  return occurrence.allDay ? (bound.toISODate() ?? isoInstant(bound)) : isoAt(occurrence, bound);
}

/**
 * `isoBound(occurrence, occurrence.start)`, formatted once per occurrence: a meeting cited by several
 * findings (and in their data) is not formatted again, nor its DateTime rebuilt.
 * @param occurrence - any occurrence
 * @returns its start as finding data
 * @example isoStart(o) //=> '2022-05-10T09:00:00+08:00'
 */
export function isoStart(occurrence: Occurrence): string {
  const memo = boundsMemo.get(occurrence);
  if (memo?.start !== undefined) return memo.start;
  const start = (occurrence.allDay ? null : isoMillisAt(startMillis(occurrence), occurrence.calendar.defaultZone)) ?? isoBound(occurrence, occurrence.start);
  if (memo === undefined) boundsMemo.set(occurrence, { start, end: undefined });
  else memo.start = start;
  return start;
}

/**
 * `isoBound(occurrence, occurrence.end)`, formatted once per occurrence (see {@link isoStart}).
 * @param occurrence - any occurrence
 * @returns its end as finding data
 * @example isoEnd(o) //=> '2022-05-10T10:00:00+08:00'
 */
export function isoEnd(occurrence: Occurrence): string {
  const memo = boundsMemo.get(occurrence);
  if (memo?.end !== undefined) return memo.end;
  const end = (occurrence.allDay ? null : isoMillisAt(endMillis(occurrence), occurrence.calendar.defaultZone)) ?? isoBound(occurrence, occurrence.end);
  if (memo === undefined) boundsMemo.set(occurrence, { start: undefined, end });
  else memo.end = end;
  return end;
}

const boundsMemo = new WeakMap<Occurrence, { start: string | undefined; end: string | undefined }>();

/**
 * `isoInstant(DateTime.fromMillis(ms).setZone(zone))` without building a DateTime: the offset from
 * luxon's zone (the same function a DateTime asks), the digits by hand. Null where luxon's text could
 * differ — a zone luxon does not read as an IANA zone (`UTC` prints `Z`), an offset in fractions of a
 * minute, a year outside 1000–9999 — and the caller then asks luxon. A cited meeting otherwise cost
 * two DateTimes, a zone change and luxon's formatter (~15 µs; 12 000 of them at 100k occurrences).
 * @param ms - epoch milliseconds
 * @param zone - IANA zone name
 * @returns e.g. `2022-05-10T09:00:00+08:00`, or null
 * @example
 * isoMillisAt(Date.UTC(2022, 3, 20, 7), 'Asia/Shanghai') //=> '2022-04-20T15:00:00+08:00'
 */
export function isoMillisAt(ms: number, zone: string): string | null {
  let z = zones.get(zone);
  if (z === undefined) {
    const normalized = Info.normalizeZone(zone);
    z = normalized instanceof IANAZone && normalized.isValid ? normalized : null;
    zones.set(zone, z);
  }
  if (z === null || !Number.isFinite(ms)) return null;
  const offset = offsetAt(z, ms);
  if (!Number.isInteger(offset)) return null;
  const local = ms + offset * 60_000;
  const days = Math.floor(local / 86_400_000);
  let rest = local - days * 86_400_000;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const milli = rest - second * 1000;
  const { year, month, day } = civilFromDays(days);
  if (year < 1000 || year > 9999) return null;
  const two = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const fraction = milli === 0 ? '' : `.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}`;
  return `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${fraction}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

const zones = new Map<string, IANAZone | null>();

/**
 * A zone's offset at an instant, as luxon gives it (through Intl, ~5 µs), remembered per UTC hour
 * when the offset is the same at the hour's first and last millisecond: the tz database has no two
 * transitions within one hour, so the offset is then the same throughout. Meetings cluster on a few
 * hours a day, so most cited instants share one.
 */
function offsetAt(zone: IANAZone, ms: number): number {
  const hour = Math.floor(ms / HOUR);
  let byHour = offsets.get(zone);
  if (byHour === undefined) {
    byHour = new Map();
    offsets.set(zone, byHour);
  }
  const known = byHour.get(hour);
  if (known !== undefined) return known;
  const first = zone.offset(hour * HOUR);
  if (first !== zone.offset(hour * HOUR + HOUR - 1)) return zone.offset(ms);
  // Bounded, for a long-running service.
  if (byHour.size >= OFFSET_MEMO) byHour.clear();
  byHour.set(hour, first);
  return first;
}

const HOUR = 3_600_000;
const OFFSET_MEMO = 100_000;
const offsets = new Map<IANAZone, Map<number, number>>();

/**
 * The citation of an occurrence in a finding.
 * @param occurrence - the occurrence
 * @returns its OccurrenceRef (key, calendar, office, uid, recurrence id, start, end, summary)
 * @example toOccurrenceRef(o).start //=> '2022-05-10T09:00:00+08:00'
 */
export function toOccurrenceRef(occurrence: Occurrence): OccurrenceRef {
  return {
    key: occurrence.key,
    calendar: occurrence.calendar.id,
    office: occurrence.calendar.office,
    uid: occurrence.uid,
    recurrenceId: occurrence.recurrenceId,
    start: isoStart(occurrence),
    end: isoEnd(occurrence),
    allDay: occurrence.allDay,
    summary: occurrence.summary,
  };
}

/**
 * Occurrences in a stable order: by start instant, then key.
 * @param a - one occurrence
 * @param b - another
 * @returns negative, zero or positive, for `Array.prototype.sort`
 * @example
 * [later, earlier].sort(compareOccurrences)
 * //=> [earlier, later]
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  // Instants, not DateTimes: a loaded occurrence builds its DateTimes only when a finding cites it.
  return startMillis(a) - startMillis(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * The identity of a meeting across calendars. The same meeting is often on several offices'
 * calendars (party office and government office both list it, with the organizer's UID); RFC 5545
 * §3.8.4.7 makes UID global, so copies with the same UID, instance (RECURRENCE-ID) and start are one
 * meeting, never a conflict with themselves. Two instances of one series at one start (a session
 * moved onto the next one) are two meetings (QA26-24, RFC 5545 §3.8.4.4).
 * @param occurrence - any copy of the meeting
 * @returns a key equal for every copy
 * @example
 * meetingKey(onPartyCalendar) === meetingKey(onGovernmentCalendar)
 * //=> true
 */
export function meetingKey(occurrence: Occurrence): string {
  const base = `${occurrence.uid}\u0000${startMillis(occurrence)}\u0000${occurrence.recurrenceId ?? ''}`;
  // Homegrown OA exports number their rows (UID:1, UID:2 …), so two offices' files collide on
  // UIDs that name different meetings: such a UID identifies a meeting only with its title.
  return globalUid(occurrence.uid) ? base : `${base}\u0000${normalisedSummary(occurrence)}`;
}

/**
 * Whether two occurrences have the same {@link meetingKey}, without building either key.
 * @param a - one occurrence
 * @param b - another
 * @returns `meetingKey(a) === meetingKey(b)`
 * @example
 * sameMeetingKey(onPartyCalendar, onGovernmentCalendar)
 * //=> true
 */
export function sameMeetingKey(a: Occurrence, b: Occurrence): boolean {
  if (a.uid !== b.uid || startMillis(a) !== startMillis(b) || a.recurrenceId !== b.recurrenceId) return false;
  return a === b || globalUid(a.uid) || normalisedSummary(a) === normalisedSummary(b);
}

/**
 * Whether a UID looks globally unique as RFC 5545 §3.8.4.7 asks (a domain part, a GUID, or long
 * enough to be generated), rather than a row number or short local key. A row number stays one
 * with a host name added (`1@localhost`, `42@oa`: what minimal exporters append), as does any
 * short key `@localhost`.
 * @param uid - the UID
 * @returns true for `040000008200E0…`, `abc@qu.gov.cn`, a GUID; false for `1`, `42`, `mtg-7`, `1@localhost`
 * @example
 * globalUid('1') //=> false
 */
export function globalUid(uid: string): boolean {
  // Asked for every occurrence by several rules; a series' instances share one UID string.
  let known = globalUids.get(uid);
  if (known === undefined) {
    known = globalUidUncached(uid);
    // Bounded, for a long-running service that sees ever new UIDs.
    if (globalUids.size >= GLOBAL_UID_MEMO) globalUids.clear();
    globalUids.set(uid, known);
  }
  return known;
}

const globalUids = new Map<string, boolean>();
const GLOBAL_UID_MEMO = 200_000;

function globalUidUncached(uid: string): boolean {
  const at = uid.lastIndexOf('@');
  const local = at < 0 ? uid : uid.slice(0, at);
  if (/^\d{1,9}$/u.test(local)) return false;
  const domain = at < 0 ? '' : uid.slice(at + 1).toLowerCase();
  if (domain !== '' && domain !== 'localhost' && domain !== 'localhost.localdomain') return true;
  return uid.length >= 16;
}

function normalisedSummary(o: Occurrence): string {
  return comparableTitle(o.summary);
}

/**
 * A title as copies of one meeting are compared: NFKC, no white space, and without the verb a leader's
 * own diary puts before the meeting's name (`出席全区河湖长制工作推进会`, `参加：…`, `列席…`: QA26-38).
 * @param summary - a SUMMARY
 * @returns the text compared
 * @example
 * comparableTitle('参加： 全区河湖长制工作推进会') === comparableTitle('全区河湖长制工作推进会')
 * //=> true
 */
export function comparableTitle(summary: string): string {
  // Compared for every overlapping pair; the loader shares one summary string per VEVENT.
  let title = comparableTitles.get(summary);
  if (title === undefined) {
    const text = flatTitle(summary);
    const bare = text.replace(ATTENDING, '');
    title = bare === '' ? text : bare;
    // Bounded, for a long-running service that sees ever new titles.
    if (comparableTitles.size >= TITLE_MEMO) comparableTitles.clear();
    comparableTitles.set(summary, title);
  }
  return title;
}

const comparableTitles = new Map<string, string>();

/** 出席, 参加, 列席, 陪同, 主持 (and 参会), with an optional colon, before a meeting's name. */
const ATTENDING = /^(?:出席|参加|列席|陪同|主持|参会)[:：]?/u;

/**
 * Whether two titles name one meeting in other words, as a secretary retypes an office meeting into a
 * leader's diary (QB-15: `常务会议`, `主持召开区政府常务会议` for `区政府第12次常务会议`) or two offices enter one
 * joint meeting (QB-18: `四套班子联席会议` / `区四套班子联席会议`). Each title is reduced to its core — NFKC, no
 * white space, no note in brackets closing it or inside it (`（视频）`, `(扩大)`, `区委常委会（扩大）会议`: QH-9), no
 * leading attending verb (`参加`, `出席`, `主持召开`, `组织收看`, `赴…参加` …), no colon between the organ and its
 * agenda (`区委常委会：传达学习…`, QH-8), no session ordinal (`第12次`, `第三届`), 常委会 and 常委会议 read as 常委会会议 —
 * and then one core must contain
 * the other: level prefixes (`区`, `全市`) and the office's own words around the name are extra text. To keep
 * the evidence strong the shorter core has at least four characters (`会议`, `出差` name no meeting), the match
 * does not cut a number (`会议1` is not in `会议12`), two different ordinals are two sessions, two titles each
 * with a note the other lacks are two meetings (`出差（上海）` / `出差（北京）`; a title whose notes the other has
 * too, or none, may match it: `区委常委会（扩大）会议` / `…会议（视频）`, QI-3),
 * and extra text naming a follow-up meeting (`传达…精神`, `学习贯彻…`, `…筹备会`) makes it another meeting — but not
 * the meeting's own agenda right after its name (`区委常委会传达学习全国两会精神` is the 常委会, QH-8).
 * Cores are computed once per title text.
 * @param a - one SUMMARY
 * @param b - another
 * @returns true when one title, reduced, contains the other
 * @example
 * sameMeetingTitle('区政府第12次常务会议', '主持召开区政府常务会议') //=> true
 */
export function sameMeetingTitle(a: string, b: string): boolean {
  if (a === b) return a !== '';
  const x = titleCore(a);
  const y = titleCore(b);
  if (x.ordinal !== null && y.ordinal !== null && x.ordinal !== y.ordinal) return false;
  // Notes differ only when each title has one the other lacks: the office's 区委常委会（扩大）会议 and the diary's
  // …（扩大）会议（视频） are one meeting, 出差（上海） and 出差（北京） two (QI-3).
  if (x.notes !== null && y.notes !== null && !within(x.notes, y.notes) && !within(y.notes, x.notes)) return false;
  const [short, long] = x.text.length <= y.text.length ? [x.text, y.text] : [y.text, x.text];
  if (short.length < MIN_CORE) return false;
  if (short === long) return true;
  for (let at = long.indexOf(short); at >= 0; at = long.indexOf(short, at + 1)) {
    // A number is not cut: 会议1 is no part of 会议12, nor 2号 of 12号.
    if (at > 0 && DIGIT.test(long[at - 1]!) && DIGIT.test(short[0]!)) continue;
    const after = at + short.length;
    if (after < long.length && DIGIT.test(long[after]!) && DIGIT.test(short[short.length - 1]!)) continue;
    return !aboutIt(long.slice(0, at), long.slice(after));
  }
  return false;
}

/**
 * Whether the extra text around a contained title core makes the longer title another meeting about it.
 * Before the name, a follow-up word makes a meeting about it (`传达…精神`, `学习贯彻…`, `筹备…`); after it, only
 * when the extra text is not the meeting's own agenda: `区委常委会传达学习全国两会精神` is the 常委会 relaying
 * something else (QH-8), `全区河长制工作会议筹备会` and `…会议精神传达会` are other meetings.
 */
function aboutIt(before: string, after: string): boolean {
  return FOLLOW_UP.test(before) || (FOLLOW_UP.test(after) && !AGENDA.test(after));
}

/** The fewest characters a contained title core may have: 常务会议, 党组会议; not 会议, 座谈会. */
const MIN_CORE = 4;
const DIGIT = /[0-9]/u;
/** Extra text that makes a title another meeting about the contained one: relaying, studying, preparing it. */
const FOLLOW_UP = /传达|学习|贯彻|落实|筹备|预备/u;
/** A meeting's own agenda right after its name: it relays or studies something (`区委常委会传达学习…`), it is not about itself. */
const AGENDA = /^(?:传达|学习|贯彻|落实)/u;
/** Leading verbs of attending or holding a meeting (and 赴<place>参加), with an optional colon. */
const LEADING_VERB = /^(?:赴.{1,16}?(?:参加|出席)|主持召开|组织收看|收听收看|出席|参加|列席|陪同|主持|召开|收看|参会)[:：]?/u;
/**
 * The head of a 领导活动安排 record: a short name or two before a colon, or in 【】 at the start (`李明：`,
 * `李明、王芳：`, `【李明】`) — no meeting word in it, so `常务会议：研究预算` keeps its name.
 */
const PERSON_HEAD = /^(?:【[^】会议]{2,8}】|[^：:【（(会议]{2,8}[：:])/u;

/** Whether a title opens with such a head: the entry records someone's engagement. */
function recordsPerson(summary: string): boolean {
  return PERSON_HEAD.test(summary.normalize('NFKC').replace(/\s+/gu, ''));
}
/** A note in brackets closing a title: （视频）, (扩大), 【线上】. */
const TRAILING_NOTE = /[（(【[][^（(【[）)】\]]*[）)】\]]$/u;
/** A note in brackets anywhere (after NFKC, full-width round brackets are ASCII). */
const INNER_NOTE = /[(【[][^(【[)】\]]*[)】\]]/gu;
/**
 * A separator left inside a title once a head and a leading verb are gone: a colon, a dash (——, —) or a comma
 * between the organ and its agenda (区委常委会——传达学习…, QH-8, QI-4) — a hyphen or comma between digits is part
 * of a number (2026-2027), an enumeration comma (、) joins names and stays.
 */
const SEPARATOR = /[:：]|[—–―]+|(?<![0-9])[-,](?![0-9])/gu;
/** A standing committee's meeting, written out, contracted or by the organ's name: 常委会会议, 常委会议, 常委会. */
const STANDING_COMMITTEE_MEETING = /常委会会议|常委会议|常委会/gu;
/** A session ordinal: 第12次, 第三届, 第2期. */
const ORDINAL = /第[0-9零〇一二三四五六七八九十百两]+[次届期轮]/gu;

interface TitleCore {
  readonly text: string;
  /** The session ordinals the title had, joined; null without one. */
  readonly ordinal: string | null;
  /** The notes in brackets it had, closing it or inside it; null without one. */
  readonly notes: readonly string[] | null;
}

/** Whether every note of `some` is among `all`. */
function within(some: readonly string[], all: readonly string[]): boolean {
  return some.every((n) => all.includes(n));
}

function titleCore(summary: string): TitleCore {
  let core = titleCores.get(summary);
  if (core === undefined) {
    let text = summary.normalize('NFKC').replace(/\s+/gu, '');
    const notes: string[] = [];
    for (let bare = text.replace(TRAILING_NOTE, ''); bare !== text && bare !== ''; bare = text.replace(TRAILING_NOTE, '')) {
      notes.push(text.slice(bare.length));
      text = bare;
    }
    // A 领导活动安排 record names the leader first (李明：全区河长制工作会议, 【李明】主持召开…, QC-29).
    const headless = text.replace(PERSON_HEAD, '');
    if (headless !== '' && headless !== text) text = headless;
    const bare = text.replace(LEADING_VERB, '');
    if (bare !== '') text = bare;
    // The organ, then its agenda after a colon (区委常委会：传达学习…, QH-8): the colon only separates.
    const unseparated = text.replace(SEPARATOR, '');
    if (unseparated !== '') text = unseparated;
    // A note in brackets inside the title, where the formal title puts it (区委常委会（扩大）会议, QH-9), is a
    // note as a closing one is; one opening the title (after the head and verb) is left in the text.
    const inner = text.slice(1).match(INNER_NOTE);
    if (inner !== null) {
      text = text[0]! + text.slice(1).replace(INNER_NOTE, '');
      notes.push(...inner);
    }
    const ordinals = text.match(ORDINAL);
    if (ordinals !== null) text = text.replace(ORDINAL, '');
    // 区委常委会会议, its contraction 区委常委会议 and 区委常委会 name one organ's meeting (seen with QH-9); written
    // out, so that the secretary's 常委会会议 keeps its four characters and more.
    text = text.replace(STANDING_COMMITTEE_MEETING, '常委会会议');
    core = { text, ordinal: ordinals === null ? null : ordinals.join('\u0000'), notes: notes.length === 0 ? null : notes };
    // Bounded, for a long-running service that sees ever new titles.
    if (titleCores.size >= TITLE_MEMO) titleCores.clear();
    titleCores.set(summary, core);
  }
  return core;
}

const titleCores = new Map<string, TitleCore>();
const TITLE_MEMO = 100_000;

/**
 * The revision number of an occurrence: RFC 5545 §3.8.7.4 SEQUENCE, 0 when absent.
 * @param occurrence - any occurrence
 * @returns its SEQUENCE
 * @example
 * sequenceOf(occurrence({ start: '2022-05-10 09:00' })) //=> 0
 */
export function sequenceOf(occurrence: Occurrence): number {
  return occurrence.sequence ?? 0;
}

/**
 * Whether two occurrences on different calendars are copies of one event by their UID: the same
 * UID and instance (RECURRENCE-ID), and the UID can be trusted as a global identity.
 *
 * - A globally unique-looking UID ({@link globalUid}) is one event (RFC 5545 §3.8.4.7), even when the
 *   copies disagree on time, title or room: one office kept an older revision after the meeting moved.
 * - A short UID (`1`, `42`, `event`: OA systems number their rows) proves nothing by itself. It names
 *   one event only with the same title, and then either the same start (in agreeing rooms, see
 *   {@link placesAgree}) or different SEQUENCEs, which say one copy is a revision of the other
 *   (qa-bugs QA-5, QA-15, QA-16). Two offices' `UID:1 专题会议` at different times, neither revised,
 *   are two meetings.
 * @param a - one occurrence
 * @param b - another
 * @param places - place aliases, to tell whether two rooms are the same; not compared when omitted
 * @returns true when both are copies of one event
 * @example
 * sameEvent(partyCopyOfUid1, cppccUid1WithTheSameTitleTwoHoursLater)
 * //=> false
 */
export function sameEvent(a: Occurrence, b: Occurrence, places?: Places): boolean {
  if (a.uid !== b.uid || a.recurrenceId !== b.recurrenceId || a.calendar.id === b.calendar.id) return false;
  if (globalUid(a.uid)) return true;
  if (normalisedSummary(a) !== normalisedSummary(b)) return false;
  if (sequenceOf(a) !== sequenceOf(b)) return true;
  return startMillis(a) === startMillis(b) && (places === undefined || placesAgree(a, b, places));
}

/**
 * Whether two occurrences are one meeting: copies of one event by UID ({@link sameEvent}), or one
 * meeting copied by hand — a secretary types the city meeting into the leader's personal schedule,
 * so it gets a new UID but keeps the summary and the start. A retyped copy has the same start, the
 * same summary (NFKC, whitespace ignored, not empty), and is not somewhere else: when both name a
 * physical place, the places agree ({@link placesAgree}). The end may differ when both name the same
 * physical place: a secretary blocks half an hour more in the leader's diary (QA26-18), and the later
 * end then books him; two same-titled entries at one start without a place and with other ends stay
 * two (an all-day 调研 and a one-hour one); a start-only copy (end = start: no end was written) has no
 * other end (QB-34). Generic titles
 * (专题会议, 工作会议, 座谈会) are common across offices, and two of them in two buildings at the same
 * hour are two meetings (qa-bugs QA-6); a copy without a place, or with only an online link, still matches.
 * A copy may also be retyped in other words with exactly the same start and end, on another calendar
 * (`retold`, QB-15/QB-18): the titles name one meeting ({@link sameMeetingTitle}), and the places agree —
 * a diary entry may name none, two offices' entries must both name it.
 * A retyped copy is on calendars of one unit, or of units of different levels (`areasApart`): 青山区's
 * and 江北区's offices each hold their own 全区河长制工作会议 at the hour the 市委 set (QJ-3), while the
 * city's meeting on a district calendar stays a copy.
 * @param a - one occurrence
 * @param b - another
 * @param places - place aliases (config `locations`); when omitted places are compared by name only (for
 *   callers that already know both are in one place, such as `venue`)
 * @returns true when `b` is a copy of `a`
 * @example
 * looksLikeCopy(cityCalendarEntry, typedIntoPersonalCalendar)
 * //=> true
 */
export function looksLikeCopy(a: Occurrence, b: Occurrence, places?: Places): boolean {
  if (sameEvent(a, b, places)) return true;
  // Two districts' offices (青山区委办, 江北区委办) hold their own 全区… meetings, never a retyped copy of
  // each other's, whatever the place says (none, or 区委常委会议室, which every 区委大楼 has): QJ-3.
  if (areasApart(a.calendar, b.calendar)) return false;
  // Two instances of one series on one calendar (a session moved onto the next one) are two meetings.
  if (a.uid === b.uid && a.recurrenceId !== b.recurrenceId && a.calendar.id === b.calendar.id) return false;
  if (startMillis(a) !== startMillis(b)) return false;
  const left = normalisedSummary(a);
  if (left === '') return false;
  if (left !== normalisedSummary(b)) return retold(a, b, places);
  // A start-only copy (end = start, QB-34: the OA export wrote no end) has an unknown end, not another one.
  if (endMillis(a) === endMillis(b) || instant(a) || instant(b)) return places === undefined || placesAgree(a, b, places);
  // Another end needs more than a shared title: both name a physical place, and it is the same one.
  return placesOf(a, places).length > 0 && placesOf(b, places).length > 0 && placesAgree(a, b, places);
}

function instant(o: Occurrence): boolean {
  return endMillis(o) === startMillis(o);
}

/**
 * Whether one of two overlapping occurrences is a leader's own record of attending the other, at other
 * times than the meeting's (not a copy, which `looksLikeCopy` tells): an entry on a personal calendar
 * (one with an owner) that names the meeting — the same title, or the same meeting in other words
 * ({@link sameMeetingTitle}: `赴市行政中心参加全市重点项目调度会`) — in an agreeing place or none, and whose
 * time contains the meeting's. The secretary blocks the journey there and back (08:00–12:30 around a
 * 09:00–11:30 meeting, QB-13) or half an hour of preparation (QB-39). Such an entry is his attendance,
 * never a competing engagement; it still books him for
 * its extra time against any other meeting. The meeting is on another calendar (office or personal).
 * @param a - one occurrence
 * @param b - another
 * @param places - place aliases; names only when omitted
 * @returns true when either is the other's attendance record
 * @example
 * recordsAttendance(diary0800To1230, cityMeeting0900To1130)
 * //=> true
 */
export function recordsAttendance(a: Occurrence, b: Occurrence, places?: Places): boolean {
  // A 区长's diary records his own district's meetings: 江北区's of one title is another meeting (QJ-3).
  if (a.calendar.id === b.calendar.id || areasApart(a.calendar, b.calendar)) return false;
  // A record is a personal diary's entry, or an office's entry that says it is attending (参加…, 出席…:
  // 区政府办's 参加全市安全生产工作会议 08:30–11:00 with the drive, QE-9).
  const aRecord = a.calendar.owner !== null || ATTENDING_ENTRY.test(a.summary);
  const bRecord = b.calendar.owner !== null || ATTENDING_ENTRY.test(b.summary);
  if (!aRecord && !bRecord) return false;
  const [as, ae, bs, be] = [startMillis(a), endMillis(a), startMillis(b), endMillis(b)];
  // The record holds the whole meeting: one that starts later or ends earlier than the meeting may
  // be another engagement cutting into it, and stays a clash.
  const aHolds = aRecord && as <= bs && be <= ae;
  const bHolds = bRecord && bs <= as && ae <= be;
  if (!aHolds && !bHolds) return false;
  // A diary shared as free/busy only (Outlook's 仅显示忙闲, QC-25) writes each of his engagements as 忙碌 / Busy
  // under a UID of its own, at its very times: that block is the meeting seen through free/busy — unless the
  // meeting is only proposed (`proposed`, checkProposal) and the block is not: it was there before, another
  // engagement (QE-2). A block moved with the meeting (QE-5) is proposed with it, and still its view.
  if (
    as === bs &&
    ae === be &&
    ((aHolds && FREE_BUSY.test(a.summary) && (b.proposed !== true || a.proposed === true)) ||
      (bHolds && FREE_BUSY.test(b.summary) && (a.proposed !== true || b.proposed === true)))
  ) {
    return true;
  }
  const title = normalisedSummary(a);
  if (title === '' || (title !== normalisedSummary(b) && !sameMeetingTitle(a.summary, b.summary))) return false;
  return placesAgree(a, b, places);
}

/** An office's entry that says its people attend a meeting: 参加…, 出席…, 列席…, 赴…参加…. */
const ATTENDING_ENTRY = /^\s*(?:赴.{1,16}?(?:参加|出席)|参加|出席|列席)/u;

/** A title that is only a busy status, as free/busy publishing writes every entry: 忙碌, 忙, Busy, 暂定, Tentative. */
const FREE_BUSY = /^\s*(?:忙碌|忙|繁忙|busy|暂定|tentative)\s*$/iu;

/**
 * Whether an occurrence is a stretch out of the office that can hold other entries (QB-12): an absence
 * (the selector in force) or a timed block, whose title says it is a journey — 出差, 外出, 调研, 考察, 视察,
 * 下乡, 走访, 出访, or opening with 赴 (`出差：赴省城汇报工作` all day, `外出：赴青石镇调研` 13:30–18:00). Leave
 * (请假, 休假, 病假 …), the party school (党校) and other absences are not: an appointment during leave is a
 * clash even on his own diary.
 * @param o - the occurrence
 * @param absence - whether it matches the absence selector in force
 * @returns true for a trip or an outing block
 * @example
 * outOfOffice(occurrence({ start: '2022-05-16 13:30', end: '2022-05-16 18:00', summary: '外出：赴青石镇调研' }), false)
 * //=> true
 */
export function outOfOffice(o: Occurrence, absence: boolean): boolean {
  return (absence || !o.allDay) && JOURNEY.test(o.summary);
}

const JOURNEY = /出差|外出|调研|考察|视察|下乡|走访|出访|^\s*赴/u;

/**
 * Whether an entry is at a trip's destination (QB-12): the appointments a trip is for are held there
 * (`省发改委` on a trip to `省城`, `青石镇政府` on `外出：赴青石镇调研`); a meeting in a room back in town
 * (`区政府大楼第三会议室` during `出差（北京）`), or one naming no place (the daily 晨间碰头会 he misses), is not,
 * and stays a clash. The destination is the trip's LOCATION and rooms, and the place its title names
 * (`赴青石镇调研`, `出差（北京）`). An entry is there when its title names the destination (`与青石镇党委座谈`), or
 * its place (LOCATION, rooms, as written) and the destination contain one another or open with the same
 * level word (省, 市, 区, 县, 镇, 乡: `省城` holds `省发改委`).
 * @param trip - the trip or outing block
 * @param entry - an entry within its time
 * @returns true when the entry is at the trip's destination
 * @example
 * atDestination(occurrence({ start: '2022-05-16', summary: '出差：赴省城汇报工作', location: '省城' }), occurrence({ start: '2022-05-16 10:00', location: '省发改委' }))
 * //=> true
 */
export function atDestination(trip: Occurrence, entry: Occurrence): boolean {
  const destinations = [...placeTexts(trip), ...titlePlaces(trip.summary)];
  if (destinations.length === 0) return false;
  const title = squeeze(entry.summary);
  if (destinations.some((d) => d.length >= 2 && title.includes(d))) return true;
  return placeTexts(entry).some((p) => destinations.some((d) => p.includes(d) || d.includes(p) || (LEVEL_WORD.test(p[0]!) && p[0] === d[0])));
}

const LEVEL_WORD = /[省市区县镇乡]/u;
/** The place a trip's title names: after 赴 up to what is done there, or in brackets (出差（北京）). */
const TITLE_PLACE = /赴(.{2,}?)(?:调研|汇报|参加|出席|考察|开会|学习|培训|督导|检查|走访|出差|对接|洽谈|$)|[（(]([^）)]+)[）)]/gu;

function titlePlaces(summary: string): string[] {
  const found: string[] = [];
  for (const m of squeeze(summary).matchAll(TITLE_PLACE)) {
    const place = m[1] ?? m[2];
    if (place !== undefined && place !== '') found.push(place);
  }
  return found;
}

/**
 * LOCATION and rooms (ATTENDEE;CUTYPE=ROOM, by CN else address) as written: NFKC, no white space.
 * @param o - any occurrence
 * @returns the texts, LOCATION first; empty when it names no place
 * @example
 * placeTexts(occurrence({ location: ' 301 会议室 ' })) //=> ['301会议室']
 */
export function placeTexts(o: Occurrence): string[] {
  const texts: string[] = [];
  if (o.location !== null && squeeze(o.location) !== '') texts.push(squeeze(o.location));
  for (const a of o.attendees) {
    if (a.cutype !== 'room') continue;
    const text = squeeze(a.name ?? a.address ?? '');
    if (text !== '') texts.push(text);
  }
  return texts;
}

/**
 * A text as titles and places are compared: NFKC, no white space.
 * @param text - any text
 * @returns the squeezed text
 * @example squeeze('区委 常委会') //=> '区委常委会'
 */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * Whether the rules may find two overlapping occurrences no clash, wherever they are in time: a cheap
 * over-approximation for a search that skips busy stretches without asking the rules (`suggestSlots`).
 * True for the same UID, titles naming one meeting (copies, {@link recordsAttendance}), a session and a sitting
 * of it (`sessionSitting`), and a trip or an
 * outing block with an entry of a personal calendar (`no-double-booking`'s trip envelope, QB-12).
 * @param a - one occurrence
 * @param b - another
 * @param aAbsence - whether `a` matches the absence selector in force
 * @param bAbsence - whether `b` does
 * @returns false when any overlap of the two is surely a clash (for people who take part in both)
 * @example
 * mayPairWithoutClash(officeMeeting, diaryEntryInOtherWords, false, false) //=> true
 */
export function mayPairWithoutClash(a: Occurrence, b: Occurrence, aAbsence: boolean, bAbsence: boolean): boolean {
  if (a.uid === b.uid) return true;
  const title = normalisedSummary(a);
  if (title !== '' && (title === normalisedSummary(b) || sameMeetingTitle(a.summary, b.summary))) return true;
  // A congress's session entry and a sitting of it (QH-5, `sessionSitting`).
  if (sittingTitle(a.summary, b.summary) || sittingTitle(b.summary, a.summary)) return true;
  return (outOfOffice(a, aAbsence) && b.calendar.owner !== null) || (outOfOffice(b, bAbsence) && a.calendar.owner !== null);
}

/**
 * A copy retyped in other words (QB-15, QB-18): on another calendar, with exactly the same start and
 * end, a title naming the same meeting ({@link sameMeetingTitle}), and not somewhere else. On a personal
 * calendar (the leader's diary, where the secretary writes 常务会议 for the office's 区政府第12次常务会议) a
 * missing place agrees, and so on an office's 领导活动安排 record headed by the leader's name (`李明：…`);
 * otherwise two offices' entries (no owner) must both name the place, and the same one: two differently
 * worded meetings at one hour in unknown rooms may well be two.
 */
function retold(a: Occurrence, b: Occurrence, places: Places | undefined): boolean {
  if (endMillis(a) !== endMillis(b) || a.calendar.id === b.calendar.id || !sameMeetingTitle(a.summary, b.summary)) return false;
  // A diary entry, or an office's 领导活动安排 record of the leader's engagement (李明：…, QC-29), may name no place.
  if (a.calendar.owner !== null || b.calendar.owner !== null || recordsPerson(a.summary) || recordsPerson(b.summary)) return placesAgree(a, b, places);
  return placesOf(a, places).length > 0 && placesOf(b, places).length > 0 && placesAgree(a, b, places);
}

/**
 * Whether two occurrences can be at the same place: true when either names no physical place
 * (none, or only an online link), or some place of one is the same as, or an abbreviation of, some
 * place of the other (after aliases; without one, `区委301` or `301会议室` written on a personal copy of a
 * meeting in `区委大楼301会议室` is taken for that room, its characters being in the full name in order).
 * An occurrence's places are its LOCATION and its rooms (ATTENDEE;CUTYPE=ROOM, by CN).
 * @param a - one occurrence
 * @param b - another
 * @param places - place aliases; names only when omitted
 * @returns false only when both are placed, and in different places
 * @example
 * placesAgree(at('区政府大楼第一会议室'), at('区委大楼301会议室')) //=> false
 */
export function placesAgree(a: Occurrence, b: Occurrence, places: Places = NAMES_ONLY): boolean {
  const left = placesOf(a, places);
  if (left.length === 0) return true;
  const right = placesOf(b, places);
  if (right.length === 0) return true;
  return left.some((p) => right.some((q) => abbreviates(p, q) || abbreviates(q, p)));
}

/**
 * Whether `short` can be an abbreviation of `long`: its characters appear in `long` in order. A
 * secretary retyping a meeting shortens the room as Chinese abbreviations do, by dropping characters
 * (区委大楼301会议室 → 区委301, 301会议室; 区政府大楼第一会议室 → 政府一会议室), never by reordering them;
 * two different rooms (301 / 302, 区委 / 区政府) are not abbreviations of each other.
 * @param short - the shorter text
 * @param long - the text it may abbreviate
 * @returns true when every character of `short` appears in `long`, in order
 * @example abbreviates('区委301', '区委大楼301会议室') //=> true
 */
export function abbreviates(short: string, long: string): boolean {
  if (short.length > long.length) return false;
  let at = 0;
  for (const ch of short) {
    at = long.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

const NAMES_ONLY = createPlaces([], []);

/**
 * The physical places of an occurrence, as {@link placesAgree} compares them: its LOCATION and its
 * rooms (ATTENDEE;CUTYPE=ROOM, by CN, else address), through `physicalPlace` (aliases, online links
 * dropped), lower-cased without whitespace.
 * @param o - the occurrence
 * @param places - place aliases; names only when omitted
 * @returns its places, empty for none or online only
 * @example
 * placesOf(occurrence({ start: '2022-05-10 09:00', location: 'https://meeting.tencent.com/dm/abc' })) //=> []
 */
export function placesOf(o: Occurrence, places: Places = NAMES_ONLY): readonly string[] {
  // Compared pairwise among copies. The answer depends on the LOCATION and the attendees alone, and
  // the loader shares both per VEVENT: remembered per attendee array (per LOCATION text when there
  // are no attendees), not per occurrence — a memo entry per occurrence was a million-entry WeakMap
  // at 1m that the garbage collector walked again and again.
  const { attendees, location } = o;
  if (attendees.length === 0) {
    if (location === null) return NO_PLACES;
    let byLocation = locationMemo.get(places);
    if (byLocation === undefined) {
      byLocation = new Map();
      locationMemo.set(places, byLocation);
    }
    let found = byLocation.get(location);
    if (found === undefined) {
      found = computePlaces(o, places);
      // Bounded, for a long-running service that sees ever new texts.
      if (byLocation.size >= PLACES_MEMO) byLocation.clear();
      byLocation.set(location, found);
    }
    return found;
  }
  const cached = placesMemo.get(attendees);
  if (cached !== undefined && cached.places === places && cached.location === location) return cached.found;
  const found = computePlaces(o, places);
  placesMemo.set(attendees, { places, location, found });
  return found;
}

const NO_PLACES: readonly string[] = Object.freeze([]);
const PLACES_MEMO = 100_000;
const placesMemo = new WeakMap<Occurrence['attendees'], { places: Places; location: string | null; found: readonly string[] }>();
const locationMemo = new WeakMap<Places, Map<string, readonly string[]>>();

function computePlaces(o: Occurrence, places: Places): readonly string[] {
  const texts = [o.location];
  for (const a of o.attendees) if (a.cutype === 'room') texts.push(a.name ?? a.address);
  const found: string[] = [];
  for (const text of texts) {
    const place = physicalPlace(places, text);
    if (place !== null) found.push(place.normalize('NFKC').toLowerCase().replace(/\s+/gu, ''));
  }
  return found;
}

/**
 * The stale copies of the check and the current revision each stands for. When one event (same UID
 * and instance, {@link sameEvent}) is on several calendars with different SEQUENCEs, the highest is
 * the current revision (RFC 5545 §3.8.7.4); an office that did not take the update still shows the
 * meeting at its old time, in its old room, or not cancelled. Such a stale copy books nobody at its
 * own time and is not ordered there: its people attend the current revision (qa-bugs QA-15). Within
 * one file the loader already keeps only the highest SEQUENCE; this is the same across files.
 *
 * A revision of the whole series (a higher SEQUENCE on the VEVENT without RECURRENCE-ID,
 * `Occurrence.seriesSequence`, or the same one with a later LAST-MODIFIED, `seriesLastModified`: QL-1)
 * on another calendar makes every instance of an older copy of the series stale, also those the newer series no longer has — moved to another weekday, excluded by
 * EXDATE, cut off by UNTIL (QA26-13, RFC 5546 §2.1.5: the newer series' instances, overrides and
 * EXDATEs say where the meeting is). Such an instance stands for the newer revision's copy of it when
 * there is one, else for itself withdrawn: the same instance with STATUS:CANCELLED, which books nobody.
 * An override (RECURRENCE-ID) is judged by its own SEQUENCE: one higher than its own master's is an
 * instance rescheduled after the series was written, and stays current unless another calendar holds
 * a still newer series or instance.
 * Of copies with equal SEQUENCE, one with an earlier LAST-MODIFIED than another's is stale (QA26-39:
 * OA systems never raise SEQUENCE); copies with equal SEQUENCE and no such difference are never
 * stale, even when they disagree (nothing says which is newer).
 * Computed once per occurrence array.
 * @param occurrences - every occurrence of the check
 * @returns stale copy → the current revision's occurrence (smallest key among the highest SEQUENCE),
 *   or the stale copy withdrawn (`status: 'cancelled'`) when the current revision has no such instance
 * @example
 * supersededBy(occurrences).get(partyCopyWithSequence0)?.calendar.id
 * //=> 'district-gov'
 */
export function supersededBy(occurrences: readonly Occurrence[]): ReadonlyMap<Occurrence, Occurrence> {
  const memo = supersededMemo.get(occurrences);
  if (memo !== undefined) return memo;
  // A stale copy and its current revision are on two calendars, one of them with SEQUENCE > 0: only
  // the instances of such UIDs are grouped, and checks have few (the rest is never looked at).
  const result = new Map<Occurrence, Occurrence>();
  for (const { occurrences: copies, revised } of sharedUids(occurrences).values()) {
    if (revised) markStale(copies, result);
  }
  supersededMemo.set(occurrences, result);
  return result;
}

/**
 * Marks the stale copies among the occurrences of one UID: per instance, the highest SEQUENCE (then
 * smallest key) of the copies that are not behind another calendar's series is current; lower ones
 * are stale, and so is every copy behind another calendar's series revision.
 */
function markStale(copies: readonly Occurrence[], result: Map<Occurrence, Occurrence>): void {
  const behind = behindSeries(copies);
  // Of a series, only the instances with a revised copy (an override with its own SEQUENCE) or a copy
  // behind a newer series.
  const instances = new Map<string | null, Occurrence[]>();
  copies.forEach((o, i) => {
    if ((sequenceOf(o) > 0 || o.lastModified !== undefined || o.savedCancellation === true || behind?.[i] === 1) && !instances.has(o.recurrenceId)) instances.set(o.recurrenceId, []);
  });
  const isBehind = new Set<Occurrence>();
  copies.forEach((o, i) => {
    instances.get(o.recurrenceId)?.push(o);
    if (behind?.[i] === 1) isBehind.add(o);
  });
  for (const group of instances.values()) {
    let current: Occurrence | undefined;
    for (const o of group) {
      if (isBehind.has(o)) continue;
      const d = current === undefined ? 1 : revisionOrder(o, current);
      if (d > 0 || (d === 0 && o.key < current!.key)) current = o;
    }
    for (const o of group) {
      if (o === current) continue;
      const same = current !== undefined && sameEvent(o, current);
      if (isBehind.has(o)) result.set(o, same ? current! : withdrawn(o));
      else if (same && revisionOrder(o, current!) < 0) result.set(o, current!);
    }
  }
  const anchors = copies.filter((o) => o.thisAndFuture === true && o.recurrenceId !== null && !isBehind.has(o) && !result.has(o));
  if (anchors.length > 0) followThisAndFuture(copies, anchors, result);
}

/**
 * RFC 5545 §3.8.4.4: an override with `RANGE=THISANDFUTURE` revises its instance and every later one. When
 * it is on another calendar than the series' copy (the 区长's secretary moved "this and following" sittings in
 * his diary, which holds that override alone: QL-2), each later instance of that copy that is an older revision
 * than the override is stale, and stands for itself as the override says it now is: shifted by the override's
 * offset from its own RECURRENCE-ID, with the override's length and fields. The latest such override at or
 * before the instance applies, as within one file (expand.ts). Instances already stale stay as marked.
 */
function followThisAndFuture(copies: readonly Occurrence[], anchors: readonly Occurrence[], result: Map<Occurrence, Occurrence>): void {
  const global = globalUid(copies[0]!.uid);
  for (const o of copies) {
    if (o.recurrenceId === null || o.thisAndFuture === true || result.has(o)) continue;
    let anchor: Occurrence | undefined;
    for (const a of anchors) {
      // Recurrence ids of one series are ISO texts of one form (instants in UTC, or dates): ordered as texts.
      if (a.calendar.id === o.calendar.id || a.recurrenceId! >= o.recurrenceId || revisionOrder(o, a) >= 0) continue;
      if (!global && normalisedSummary(a) !== normalisedSummary(o)) continue;
      if (anchor === undefined || a.recurrenceId! > anchor.recurrenceId! || (a.recurrenceId === anchor.recurrenceId && revisionOrder(a, anchor) > 0)) anchor = a;
    }
    if (anchor !== undefined) result.set(o, following(anchor, o.recurrenceId));
  }
}

/**
 * The instance `recurrenceId` of a series as a `RANGE=THISANDFUTURE` override revises it: its original start
 * moved by the override's offset on the override's wall clock, the override's length and fields, under the key the
 * override's calendar gives that instance.
 */
function following(anchor: Occurrence, recurrenceId: string): Occurrence {
  const zone = anchor.start.zone;
  const wall = (t: DateTime): number => t.toMillis() + t.offset * 60_000;
  const shift = wall(anchor.start) - wall(DateTime.fromISO(anchor.recurrenceId!, { zone }));
  const start = DateTime.fromMillis(wall(DateTime.fromISO(recurrenceId, { zone })) + shift, { zone: 'utc' }).setZone(zone, { keepLocalTime: true });
  const end = start.plus({ milliseconds: endMillis(anchor) - startMillis(anchor) });
  return {
    ...revisedCopy(anchor),
    key: anchor.key.slice(0, anchor.key.length - anchor.recurrenceId!.length) + recurrenceId,
    recurrenceId,
    start,
    end,
    startMillis: start.toMillis(),
    endMillis: end.toMillis(),
  };
}

/**
 * Which of two copies of one instance is the newer revision: the higher SEQUENCE; with equal
 * SEQUENCEs, the later LAST-MODIFIED when both have one (QA26-39, as the loader decides within one
 * file); then a saved cancellation (`METHOD:CANCEL`) over any other copy. DTSTAMP is not compared across calendars: exporters (Google, Outlook) write the time of the
 * export there, the same for every event of a file, so it would make every copy of the calendar
 * exported last the current one.
 */
function revisionOrder(a: Occurrence, b: Occurrence): number {
  const bySequence = sequenceOf(a) - sequenceOf(b);
  if (bySequence !== 0) return bySequence;
  if (a.lastModified !== undefined && b.lastModified !== undefined && a.lastModified !== b.lastModified) return Math.sign(a.lastModified - b.lastModified);
  // RFC 5546 §3.2.5: a CANCEL is the organizer's word after the invitation it cancels. Google and DingTalk
  // send it at the invitation's own SEQUENCE (§3.2.5 asks for it raised), and a receiving client applies a
  // CANCEL that is not older: at the same SEQUENCE the saved cancellation is the newer copy (QL-3).
  return Number(a.savedCancellation === true) - Number(b.savedCancellation === true);
}

/**
 * Per copy (by index), 1 when another calendar holds a newer revision of the series than the copy's
 * own: a higher SEQUENCE on its VEVENT without RECURRENCE-ID (`seriesSequence`) than the copy's own
 * SEQUENCE, or the same SEQUENCE with a later LAST-MODIFIED (`seriesLastModified`) than the copy's own
 * (QL-1: OA systems never raise SEQUENCE; within one file the later master replaces the whole series, so
 * across calendars too). Null when no copy is behind. A short UID (OA row numbers) names one series only
 * with the same title (see {@link sameEvent}): compared per title.
 */
function behindSeries(copies: readonly Occurrence[]): Uint8Array | null {
  const global = globalUid(copies[0]!.uid);
  // Per title (one entry for a global UID), the series revisions the calendars hold, once each: a
  // weekly series copied to every leader's diary is a few revisions under tens of thousands of copies.
  const revisions = new Map<string, SeriesRevision[]>();
  for (const o of copies) {
    const sequence = o.seriesSequence;
    if (sequence === undefined) continue;
    const title = global ? '' : normalisedSummary(o);
    let list = revisions.get(title);
    if (list === undefined) revisions.set(title, (list = []));
    const lastModified = o.seriesLastModified;
    if (!list.some((r) => r.calendar === o.calendar.id && r.sequence === sequence && r.lastModified === lastModified)) list.push({ calendar: o.calendar.id, sequence, lastModified });
  }
  let behind: Uint8Array | null = null;
  copies.forEach((o, i) => {
    const list = revisions.get(global ? '' : normalisedSummary(o));
    if (list === undefined) return;
    const sequence = sequenceOf(o);
    const own = o.lastModified;
    for (const r of list) {
      if (r.calendar === o.calendar.id) continue;
      if (sequence < r.sequence || (sequence === r.sequence && own !== undefined && r.lastModified !== undefined && own < r.lastModified)) {
        (behind ??= new Uint8Array(copies.length))[i] = 1;
        return;
      }
    }
  });
  return behind;
}

/** A revision of a series as one calendar holds it: its master's SEQUENCE and LAST-MODIFIED. */
interface SeriesRevision {
  readonly calendar: string;
  readonly sequence: number;
  readonly lastModified: number | undefined;
}

/**
 * An instance the current revision no longer has, as it now stands: the stale copy with
 * STATUS:CANCELLED (RFC 5545 §3.8.1.11), so that whoever reads a stale copy at its current revision
 * books nobody and counts no meeting there. The same key and times: it is that instance, withdrawn.
 */
function withdrawn(o: Occurrence): Occurrence {
  return { ...revisedCopy(o), status: 'cancelled' };
}

/** An occurrence's fields as a plain object (the loader's occurrences keep their instants behind getters, which spread does not copy). */
function revisedCopy(o: Occurrence): Occurrence {
  return {
    key: o.key,
    calendar: o.calendar,
    uid: o.uid,
    recurrenceId: o.recurrenceId,
    start: o.start,
    end: o.end,
    allDay: o.allDay,
    summary: o.summary,
    description: o.description,
    location: o.location,
    organizer: o.organizer,
    attendees: o.attendees,
    categories: o.categories,
    status: o.status,
    transparent: o.transparent,
    busy: o.busy,
    relations: o.relations,
    concepts: o.concepts,
    refIds: o.refIds,
    xProps: o.xProps,
    sequence: sequenceOf(o),
    ...(o.seriesSequence === undefined ? {} : { seriesSequence: o.seriesSequence }),
    ...(o.seriesLastModified === undefined ? {} : { seriesLastModified: o.seriesLastModified }),
    ...(o.lastModified === undefined ? {} : { lastModified: o.lastModified }),
    ...(o.savedCancellation === true ? { savedCancellation: true } : {}),
    ...(o.thisAndFuture === true ? { thisAndFuture: true } : {}),
    source: o.source,
    startMillis: startMillis(o),
    endMillis: endMillis(o),
  };
}

const supersededMemo = new WeakMap<readonly Occurrence[], ReadonlyMap<Occurrence, Occurrence>>();
