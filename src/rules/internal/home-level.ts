/**
 * The level a meeting belongs to, whatever calendar a copy of it sits on. A 区委办 records the city
 * meetings its leaders attend, with the city's UID: that copy sits on a district calendar, but it is
 * the city's meeting (RFC 5545 §3.8.4.7: one UID, one event), and the ordering rules must not take it
 * for a district meeting — a township meeting would then "follow" the city meeting instead of the
 * district's own (QB-6), and the city meeting would be its own missing prerequisite (QA26-17).
 */
import { LEVELS, type Level } from '../../model/calendar.js';
import type { Occurrence } from '../../model/occurrence.js';
import { startMillis } from '../../load/occurrence-millis.js';
import type { OccurrencePredicate } from '../../select/selector.js';
import { sharedUids } from './shared-uids.js';
import { supersededBy } from './occurrence-ref.js';
import { levelWords } from '../../config/level-words.js';
import { calendarArea, officeArea } from '../../config/calendar-area.js';

/**
 * For each occurrence, the level of the meeting it is a copy of, read from the **office** calendars
 * (no `owner`) holding the same event at the same start (same UID, RFC 5545 §3.8.4.7): the one its
 * ORGANIZER names, else the highest of them (see `meetingRanks`); its own calendar's level when no
 * office calendar holds it. A leader's own calendar never
 * lends its level to a meeting: a 副市长 attending the district's meeting keeps a copy on his
 * city-level calendar, and that meeting stays the district's (QB-20); a 区委办 recording the city's
 * meeting holds the city's meeting (QB-6). Only UIDs held by several calendars can differ
 * (`sharedUids`), so the answer costs nothing for the rest. Computed once per occurrence array.
 * @param occurrences - every occurrence of the check
 * @returns occurrence → the level of the meeting it is a copy of
 * @example
 * // The city's 河长制会议 (UID c@city) also on the district calendar:
 * homeLevel(occurrences)(districtCopy)
 * //=> 'city'
 */
export function homeLevel(occurrences: readonly Occurrence[]): (occurrence: Occurrence) => Level | null {
  const known = memos.get(occurrences);
  if (known !== undefined) return known;
  const shared = sharedUids(occurrences);
  let headed: ((summary: string) => Level | null) | undefined;
  // A title headed by a unit of the check (青山区2026年总河长会议) states that unit's level (QJ-4).
  const titled = (o: Occurrence): Level | null => (headed ??= areaTitles(occurrences))(o.summary);
  // Per shared UID and start: the meeting's level rank, and whether its ORGANIZER decided it.
  const ranks = new Map<string, Map<number, { readonly rank: number; readonly byOrganizer: boolean }>>();
  let stale: ReadonlyMap<Occurrence, Occurrence> | undefined;
  const answer = (o: Occurrence): Level | null => {
    const own = o.calendar.level;
    const entry = shared.get(o.uid);
    // The 市委办's 督查台账 listing 青山区's meeting under a UID of its own is 青山区's meeting, as
    // 全区2026年总河长会议 would be (QJ-4); an office's own meeting named for its own unit keeps its level.
    if (entry === undefined) return (o.calendar.owner === null ? titled(o) : null) ?? own;
    let byStart = ranks.get(o.uid);
    if (byStart === undefined) {
      byStart = meetingRanks(entry.occurrences, titled);
      ranks.set(o.uid, byStart);
    }
    const meeting = byStart.get(startMillis(o));
    // The current revision of a meeting whose organizer's office holds only stale copies (it moved the
    // meeting, and only the district took the update): the organizer's meeting (QG-15). Asked only
    // where the organizer's office does not hold the meeting at this start (not a series' usual copy).
    if (o.organizer !== null && meeting?.byOrganizer !== true) {
      const moved = movedFrom(o, entry.occurrences, (stale ??= supersededBy(occurrences)));
      if (moved !== null && (own === null || LEVELS.indexOf(moved) < LEVELS.indexOf(own))) return moved;
    }
    if (meeting === undefined) return own;
    // A personal copy, or any copy when the organizer names the office: the meeting's level. Else an
    // office copy keeps its own level unless a higher office holds the meeting.
    if (o.calendar.owner !== null || meeting.byOrganizer) return LEVELS[meeting.rank]!;
    return own === null || meeting.rank < LEVELS.indexOf(own) ? LEVELS[meeting.rank]! : own;
  };
  memos.set(occurrences, answer);
  return answer;
}

const memos = new WeakMap<readonly Occurrence[], (occurrence: Occurrence) => Level | null>();

/**
 * The level of each meeting (one start) of a UID held by several calendars: the level of the office
 * calendar its ORGANIZER names (CN or address equal to that calendar's office or id: a 区委办 account
 * inviting to the district meeting that a 市委办's 市领导活动安排 also lists, QB-43); else the highest
 * level among the office calendars holding it (a city meeting copied by the 区委办, QB-6).
 */
function meetingRanks(
  copies: readonly Occurrence[],
  titled: (o: Occurrence) => Level | null,
): Map<number, { readonly rank: number; readonly byOrganizer: boolean }> {
  const offices = new Map<number, Occurrence[]>();
  for (const c of copies) {
    if (c.calendar.level === null || c.calendar.owner !== null) continue;
    const start = startMillis(c);
    const list = offices.get(start);
    if (list === undefined) offices.set(start, [c]);
    else list.push(c);
  }
  const result = new Map<number, { readonly rank: number; readonly byOrganizer: boolean }>();
  for (const [start, list] of offices) {
    const organizer = list.find((c) => c.organizer !== null)?.organizer ?? null;
    const named = organizer === null ? [] : list.filter((c) => namesOffice(organizer, c));
    const levels = new Set(named.map((c) => LEVELS.indexOf(c.calendar.level!)));
    if (levels.size === 1) {
      result.set(start, { rank: [...levels][0]!, byOrganizer: true });
      continue;
    }
    // An organizer that is an office of a known level by its name (区委办, 市政府办公室) on a calendar of
    // that level among the copies.
    const said = organizer === null ? null : officeLevel(organizer.name);
    if (said !== null && list.some((c) => c.calendar.level === said)) {
      result.set(start, { rank: LEVELS.indexOf(said), byOrganizer: true });
      continue;
    }
    // A title that states the meeting's scope — 全区…, 全市…, 全省…, 全国… — on a calendar of that level
    // among the copies (QC-37: a bureau without a level word in its name, 市场监管局, organizing 全区食品安全工作会议).
    // So does a title headed by a unit of the check (青山区2026年总河长会议, QJ-4).
    let scope = titleLevel(list[0]!.summary) ?? titled(list[0]!);
    // In the five autonomous regions 全区 is the whole region (广西的“全区经济工作会议”): on a province
    // calendar among the copies it is the region's (QD-8).
    if (scope === 'district' && /^\S*?全区/u.test(list[0]!.summary) && list.some((c) => c.calendar.level === 'province')) scope = 'province';
    if (scope !== null && list.some((c) => c.calendar.level === scope)) {
      result.set(start, { rank: LEVELS.indexOf(scope), byOrganizer: true });
      continue;
    }
    result.set(start, { rank: Math.min(...list.map((c) => LEVELS.indexOf(c.calendar.level!))), byOrganizer: false });
  }
  return result;
}

/**
 * Copies of a higher office's meeting held at a start where that office does not hold it: the
 * city moved its meeting (or one instance of its series, by RECURRENCE-ID) without raising SEQUENCE,
 * and the district's calendar still holds the invitation at the old time (QF-17). The copy's
 * ORGANIZER names an office calendar of a higher level (by its office or id, or by an office name
 * stating that level) that holds the same UID — at other starts only. Nothing says which time is
 * current, so such a copy is neither the city's meeting (a relay between the two times would pass
 * against a meeting that was moved away) nor the district's (it would have to follow itself): the
 * ordering rules leave it out — unless it is the current revision of copies the organizer's office
 * holds only stale (a lower SEQUENCE, an earlier LAST-MODIFIED): it is then the organizer's meeting
 * (`homeLevel`, QG-15). A copy without ORGANIZER is read as before. Answered per UID on first asking,
 * so only the UIDs the rules look at are read.
 * @param occurrences - every occurrence of the check
 * @returns whether an occurrence is such a displaced copy
 * @example
 * // 全市经济工作会议 (UID econ, ORGANIZER 市政府办) on the city calendar at 15 January, on the district's at 12 January:
 * displacedCopies(occurrences)(districtCopyAt12January)
 * //=> true
 */
export function displacedCopies(occurrences: readonly Occurrence[]): (occurrence: Occurrence) => boolean {
  const known = displacedMemos.get(occurrences);
  if (known !== undefined) return known;
  const shared = sharedUids(occurrences);
  let headed: ((summary: string) => Level | null) | undefined;
  // A title headed by a unit of the check (青山区2026年总河长会议) states that unit's level (QJ-4).
  const titled = (o: Occurrence): Level | null => (headed ??= areaTitles(occurrences))(o.summary);
  const byUid = new Map<string, ReadonlySet<Occurrence>>();
  let stale: ReadonlyMap<Occurrence, Occurrence> | undefined;
  const answer = (o: Occurrence): boolean => {
    if (o.organizer === null) return false;
    const entry = shared.get(o.uid);
    if (entry === undefined) return false;
    let displaced = byUid.get(o.uid);
    if (displaced === undefined) {
      displaced = displacedOf(entry.occurrences, (stale ??= supersededBy(occurrences)));
      byUid.set(o.uid, displaced);
    }
    return displaced.has(o);
  };
  displacedMemos.set(occurrences, answer);
  return answer;
}

const displacedMemos = new WeakMap<readonly Occurrence[], (occurrence: Occurrence) => boolean>();

/**
 * The higher level of the office that organizes `o`'s meeting when every copy that office holds of
 * it is stale and `o`'s start is the current revision's: the city moved the meeting and only the
 * district's calendar took the update (QG-15). Null otherwise.
 */
function movedFrom(o: Occurrence, copies: readonly Occurrence[], stale: ReadonlyMap<Occurrence, Occurrence>): Level | null {
  const organizer = o.organizer;
  if (organizer === null || stale.has(o)) return null;
  const said = officeLevel(organizer.name);
  const start = startMillis(o);
  let level: Level | null = null;
  for (const c of copies) {
    if (c.calendar.owner !== null || c.calendar.level === null) continue;
    if (!(namesOffice(organizer, c) || said === c.calendar.level)) continue;
    const current = stale.get(c);
    if (current === undefined || startMillis(current) !== start) return null;
    level = c.calendar.level;
  }
  return level;
}

/** The displaced copies among the occurrences of one shared UID (see {@link displacedCopies}). */
function displacedOf(copies: readonly Occurrence[], stale: ReadonlyMap<Occurrence, Occurrence>): ReadonlySet<Occurrence> {
  const result = new Set<Occurrence>();
  const holders = new Map<string, { readonly copy: Occurrence; readonly starts: Set<number> }>();
  for (const c of copies) {
    if (c.calendar.level === null || c.calendar.owner !== null) continue;
    const held = holders.get(c.calendar.id);
    if (held === undefined) holders.set(c.calendar.id, { copy: c, starts: new Set([startMillis(c)]) });
    else held.starts.add(startMillis(c));
  }
  if (holders.size < 2) return result;
  // The organizer's calendars above a level, per organizer and level: a series repeats both.
  const organizers = new Map<string, readonly { readonly starts: Set<number> }[]>();
  for (const o of copies) {
    const organizer = o.organizer;
    const level = o.calendar.level;
    if (organizer === null || level === null) continue;
    const key = `${LEVELS.indexOf(level)}\u0000${organizer.name ?? ''}\u0000${organizer.address ?? ''}`;
    let named = organizers.get(key);
    if (named === undefined) {
      const said = officeLevel(organizer.name);
      named = [...holders.values()].filter(
        (h) => LEVELS.indexOf(h.copy.calendar.level!) < LEVELS.indexOf(level) && (namesOffice(organizer, h.copy) || said === h.copy.calendar.level),
      );
      organizers.set(key, named);
    }
    // Not displaced when it is the current revision of copies the organizer holds only stale (QG-15).
    if (named.length > 0 && !named.some((h) => h.starts.has(startMillis(o))) && movedFrom(o, copies, stale) === null) result.add(o);
  }
  return result;
}

/** Whether an ORGANIZER is the office whose calendar holds the copy: its CN or address is that office's name or the calendar's id. */
function namesOffice(organizer: NonNullable<Occurrence['organizer']>, copy: Occurrence): boolean {
  const names = [copy.calendar.office, copy.calendar.id].filter((n): n is string => n !== null && n !== '').map(normal);
  const said = [organizer.name, organizer.address?.replace(/^mailto:/iu, '').split('@')[0] ?? null].filter((n): n is string => n !== null && n !== '').map(normal);
  return said.some((n) => names.includes(n));
}

/**
 * The level an office's name states: 省… province, 市… city, 区…/县… district, 镇…/乡…/街道… township,
 * 中央…/国务院… central, after a place name or not (临江市委办, 江滨区城市管理局) — only for a short name
 * that ends as an office does (办, 办公室, 办公厅, 厅, 局, 委, 委员会, 部, 政府), never for a person's name.
 */
export function officeLevel(name: string | null): Level | null {
  if (name === null) return null;
  const text = name.normalize('NFKC').trim();
  if (text.length > 14 || !OFFICE_END.test(text)) return null;
  // The innermost place the name states wins: 江滨区青石镇政府 is the township's, 临江市江滨区政府办 the
  // district's, and 江滨区城市管理局 the district's — 市 inside 城市, 市场, 市民 is no city (QC-37, QD-7).
  const words = levelWords(text).filter((w) => w.index <= MARKER_REACH);
  return words.length === 0 ? null : words[words.length - 1]!.level;
}

/**
 * The level a title headed by a unit of the check states (`青山区2026年总河长会议`, after an optional
 * 【tag】 or year, as {@link TITLE_SCOPE}): the level of the office calendars of that unit (`calendarArea`:
 * 青山区委办 … at district), when they agree. Units are those of the calendars holding occurrences.
 */
function areaTitles(occurrences: readonly Occurrence[]): (summary: string) => Level | null {
  const levels = new Map<string, Level | null>();
  let last: Occurrence['calendar'] | null = null;
  for (const o of occurrences) {
    const calendar = o.calendar;
    if (calendar === last) continue;
    last = calendar;
    if (calendar.owner !== null || calendar.level === null) continue;
    const area = calendarArea(calendar);
    if (area === null) continue;
    const known = levels.get(area.name);
    // Calendars of one unit at two levels say nothing about a title headed by it.
    if (known === undefined) levels.set(area.name, calendar.level);
    else if (known !== calendar.level) levels.set(area.name, null);
  }
  if (levels.size === 0) return () => null;
  const names = [...levels.keys()].sort((a, b) => b.length - a.length);
  const answers = new Map<string, Level | null>();
  return (summary) => {
    let answer = answers.get(summary);
    if (answer === undefined) {
      const text = summary.normalize('NFKC').replace(TITLE_HEAD, '').trimStart();
      // The innermost unit of the names heading it: 江州市青山区… and 中共青山区委… are 青山区's.
      const name = names.find((n) => {
        const at = text.indexOf(n);
        return at === 0 || (at > 0 && at <= MARKER_REACH && officeArea(text.slice(0, at + n.length))?.name === n);
      });
      answer = name === undefined ? null : levels.get(name)!;
      if (answers.size < TITLE_MEMO) answers.set(summary, answer);
    }
    return answer;
  };
}

/** What may come before a title's scope: a bracketed tag (【督查】) or a year (2026年). */
const TITLE_HEAD = /^(?:【[^】]*】|\[[^\]]*\]|\d{4}年)/u;
const TITLE_MEMO = 50_000;

/** The level a title's scope word states: 全国 central, 全省 province, 全市 city, 全区/全县 district, 全镇/全乡/全街道 township. */
function titleLevel(summary: string): Level | null {
  const m = TITLE_SCOPE.exec(summary.normalize('NFKC'));
  if (m === null) return null;
  return m[1] === '国' ? 'central' : m[1] === '省' ? 'province' : m[1] === '市' ? 'city' : m[1] === '区' || m[1] === '县' ? 'district' : 'township';
}

/** 全X at the start of the title, after an optional bracketed tag (【通知】) or year (2026年). */
const TITLE_SCOPE = /^(?:【[^】]*】|\[[^\]]*\]|\d{4}年)?\s*全(国|省|市|区|县|镇|乡|街道)/u;

const OFFICE_END = /(?:办|办公室|办公厅|厅|局|委|委员会|部|政府)$/u;
const MARKER_REACH = 8;

function normal(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/**
 * Whether a selector still matches an occurrence once the occurrence is read at the level of the
 * meeting it is a copy of: a selector by level (`{"level": "district"}`) stops matching the district
 * calendar's copy of a city meeting; one by calendar, office or text is answered as before.
 * @param predicate - the compiled selector
 * @param occurrence - an occurrence the selector matched
 * @param level - its home level (see {@link homeLevel})
 * @returns the selector's answer for the meeting at its own level
 * @example
 * matchesAtHomeLevel(compileSelector({ level: 'district' }), districtCopyOfCityMeeting, 'city')
 * //=> false
 */
export function matchesAtHomeLevel(predicate: OccurrencePredicate, occurrence: Occurrence, level: Level | null): boolean {
  if (level === occurrence.calendar.level) return predicate(occurrence);
  // Everything else read through the occurrence itself (its getters included).
  const atHome = Object.create(occurrence, { calendar: { value: { ...occurrence.calendar, level } } }) as Occurrence;
  return predicate(atHome);
}
