/**
 * Whether an occurrence ties up a person, and how firmly: the busy-time semantics shared by
 * `no-double-booking`, `travel-time` and `required-attendance`.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { PersonRef } from '../../model/person.js';
import type { Directory, Participation } from '../../people/directory-types.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import type { Selector } from '../../model/selector.js';
import { compileSelector, type OccurrencePredicate } from '../../select/selector.js';
import { globalUid, supersededBy } from './occurrence-ref.js';
import { occurrenceOrder } from './occurrence-order.js';
import { occurrenceIds, type OccurrenceIds } from './occurrence-ids.js';
import { reachOf } from './sweep.js';
import { scanOrder } from '../../select/scan-order.js';

/** `busy` blocks the person; `tentative` blocks them provisionally. */
export type Commitment = 'busy' | 'tentative';

/** Summaries that mark a leader away for the day: a business trip, leave of any kind (病假, 事假, 年假 …), a visit abroad, a stay at the party school (QA26-26; not 培训: a 封闭培训 books its room). */
const ABSENCE_SUMMARY = /出差|请假|休假|公休|外出|调研|病假|事假|年假|婚假|产假|丧假|探亲|疗养|出访|出国|出境|党校|挂职/u;

/**
 * Field work that keeps a leader out of the office for the day (QF-7): 走访慰问 (visiting families in
 * need, the garrison, before 春节), inspections (督导, 督查, 检查, 考察), going down to the villages (下乡,
 * 驻村). Unlike the words above these also name campaigns (安全生产大检查, 走访慰问活动月), so they count
 * only on a whole day or a few ({@link FIELD_DAYS}), not in a note ({@link NOT_FIELD_WORK}), and not
 * as the subject of a meeting ({@link MEETING_TITLE}, or held in a room: {@link ROOM_LIKE}).
 */
const FIELD_WORK = /走访|慰问|督导|督查|检查|考察|下乡|驻村/u;
/** A trip: a title that starts with 赴 and where to (赴青石镇开展节前安全检查, 【外出】赴市参加…), after an optional bracketed tag. */
const TRIP = /^\s*(?:[【[（(〔][^】\]）)〕]*[】\]）)〕]\s*)?赴/u;
/**
 * Not a day out: a note to oneself (提醒：…, 某某生日, …截止, 报送…材料, 准备…) — Apple, Google and Outlook
 * write all-day items free, and such an entry books nobody — nor receiving an inspection at the office
 * (迎接, 接受, 配合 …检查), which is an ordinary booking.
 */
const NOT_FIELD_WORK = /提醒|生日|纪念日|截止|报送|备忘|待办|准备|材料|迎接|迎检|接受|配合/u;
/**
 * A title naming a meeting about field work rather than the field work (QF-20: 大检查动员部署会,
 * 走访慰问工作部署会, 督查督办工作推进会): 会议, a 培训班, 座谈 or 论坛, 会 after a word of a meeting
 * (部署会, 推进会, 调度会, 现场会, 例会 …) anywhere, or any title ending in 会 (督查反馈会, 交办会, 约谈会:
 * QG-17) — but not an event inspected or visited (博览会, 灯会, 庙会, 交易会, 运动会, 游园会, and the fairs
 * under the short names everyone writes: 进博会, 文博会, 消博会, 广交会, 高交会, 服贸会, 投洽会, 糖酒会, 旅交会, or in
 * full: …洽谈会) nor an organisation (协会, 红十字会, 慈善总会, 残疾人联合会, 促进会, 居委会, 村委会, …委员会: QG-7,
 * QG-19, QI-1, QI-2) — a 党委会 or 常委会 stays a meeting.
 */
const MEETING_TITLE =
  /会议|培训班|座谈|论坛|(?:部署|推进|调度|现场|动员|专题|工作|汇报|协调|总结|交流|培训|分析|评审|论证|讲评|通报|联席|常务|办公|碰头|见面|启动|誓师|观摩|表彰|报告|学习|务虚|研讨|审议|例|大|全体)会|(?<!灯|庙|游园|博览|交易|展销|展览|运动|音乐|晚|联欢|广交|高交|农交|联合|促进|洽谈|糖酒|旅交|居委|村委|委员|[博贸洽协商学工字金总])会(?:[（(][^）)]*[）)])?$/u;
/**
 * A place that is a room in a building where no field work is done (区政府大楼第一会议室, 报告厅, 301室) —
 * not a village's 卫生室 visited (QG-7).
 */
const ROOM_LIKE = /会议室|报告厅|礼堂|会堂|多功能厅|大楼|\d+室/u;
/** The longest entry that a field-work word makes an absence, in days: a visit, or an inspection trip of a few days. */
const FIELD_DAYS = 3;
const MS_PER_DAY = 86_400_000;

/**
 * The default absence selector: all-day occurrences whose summary names an absence (出差, 请假, 调研 …),
 * or a day or few of field work (走访慰问, 督导检查, 下乡 …; not a meeting about it in a room, QF-20) or a
 * trip (赴…) that is no note (QF-7).
 * @example
 * defaultAbsence(occurrence({ start: '2022-05-10', summary: '赴省出差' }))
 * //=> true
 */
export const defaultAbsence: OccurrencePredicate = (o) => o.allDay && (ABSENCE_SUMMARY.test(o.summary) || fieldDay(o));

/**
 * The absence selector a `no-double-booking` rule's config puts in force. `absences` replaces the
 * default absences whole; `fieldWork` replaces only its reading of field work and trips (the words; the
 * three-day bound stays, trips aside, QI-6) — the words
 * go through four rounds of fixes (QF-7, QF-20, QG-7, QG-17, QG-19) and an office knows its own titles
 * best (考察进博会, 走访慈善总会): the all-day occurrences it matches are a day out, beside the absence
 * words (or beside `absences`). Neither given: {@link defaultAbsence} itself, whose schedules are shared.
 * @param config - the rule's `absences` and `fieldWork`
 * @returns the predicate
 * @example
 * absenceSelector({ fieldWork: { summary: '进博会|广交会' } })(occurrence({ start: '2027-01-26', summary: '考察进博会' }))
 * //=> true
 */
export function absenceSelector(config: { readonly absences?: Selector | undefined; readonly fieldWork?: Selector | undefined }): OccurrencePredicate {
  if (config.fieldWork === undefined) return config.absences === undefined ? defaultAbsence : compileSelector(config.absences);
  const fieldWork = compileSelector(config.fieldWork);
  const absence = config.absences === undefined ? (o: Occurrence) => o.allDay && ABSENCE_SUMMARY.test(o.summary) : compileSelector(config.absences);
  // The selector settles the words, not the length: a selector cannot say how long an entry is, and a
  // month-long 全区安全生产大检查 banner matching 检查 is no month out of the office (QI-6). A trip (赴…)
  // is one of any length, as in the built-in reading.
  return (o) => absence(o) || (o.allDay && fieldWork(o) && (TRIP.test(o.summary) || fewDays(o)));
}

/** Whether an entry lasts at most {@link FIELD_DAYS} days: a day or few out, not a campaign. */
function fewDays(o: Occurrence): boolean {
  return Math.round((endMillis(o) - startMillis(o)) / MS_PER_DAY) <= FIELD_DAYS;
}

/** Whether an all-day entry is a day (or a few) of field work or a trip, not a note or a campaign banner. */
function fieldDay(o: Occurrence): boolean {
  const summary = o.summary;
  if (!TRIP.test(summary) && !FIELD_WORK.test(summary)) return false;
  if (NOT_FIELD_WORK.test(summary)) return false;
  if (TRIP.test(summary)) return true;
  // A field-work word is the activity only outside a meeting: not the subject of a 部署会 in a room.
  if (MEETING_TITLE.test(summary) || (o.location !== null && ROOM_LIKE.test(o.location))) return false;
  return fewDays(o);
}

/**
 * Whether a title says its entry is an absence (出差, 请假, 外出, 调研 …), timed or not: on a leader's own
 * diary a half-day 请假 or a day's 出差（北京） 07:00–20:00 is time away, not a meeting.
 * @param summary - the title
 * @returns true when an absence word is in it
 * @example
 * namesAbsence('外出：赴青石镇调研')
 * //=> true
 */
export function namesAbsence(summary: string): boolean {
  return ABSENCE_SUMMARY.test(summary);
}

/**
 * 领导带班 (QB-19): the leader in charge of the day on a duty roster (带班领导：李明, 领导带班), reachable
 * and working as usual, not a person held in the duty room as a 值班 shift is. Not 带班子 (leading
 * the team somewhere, 带班子成员调研), which is a meeting.
 */
const LEADS_DUTY = /带班(?!子)|值班领导|领导值班/u;
/** 值班领导：李明 / 领导值班：李明 is the same leader in charge of the day as 带班领导 (QC-12), not a shift. */
const LEADER_WORDS = /值班领导|领导(?:带班)?值班/gu;
/** A staff shift, which may name the day's 带班 leader too (总值班室白班（带班领导赵刚）); 值班室 is the room. */
const SHIFT = /值班(?!室)|值守|白班|夜班|早班|中班|晚班/u;

/**
 * Whether a title names a duty — a shift (值班, 值守, 白班, 夜班 …) or the leader in charge of the day
 * (带班, 值班领导) — as a roster's entries do.
 * @param summary - the title
 * @returns true for 值班：李明, 夜班, 带班领导：王芳; false for 节前安全生产工作部署会
 * @example
 * namesDuty('白班值班：李明')
 * //=> true
 */
export function namesDuty(summary: string): boolean {
  return SHIFT.test(summary) || LEADS_DUTY.test(summary);
}

/**
 * Whether a title names a duty and no meeting: a roster line (值班：李明, 春节期间带班, 带班领导：王芳, 夜班),
 * not a meeting about the duty (节前值班工作部署会, 带班领导培训会, QD-12).
 * @param summary - the title
 * @returns true for a duty entry
 * @example
 * namesDutyEntry('春节期间带班') //=> true
 * namesDutyEntry('元旦春节期间值班工作部署会') //=> false
 */
export function namesDutyEntry(summary: string): boolean {
  return namesDuty(summary) && !MEETING_WORD.test(summary);
}

/**
 * Whether an occurrence is a duty roster's 带班 entry: the leader in charge of the day (领导带班),
 * a second layer over the 值班 shifts rather than a shift or a meeting.
 * @param occurrence - the occurrence
 * @returns true for 带班领导：李明, 总值班室带班领导 王芳, 值班领导：李明, 领导值班：李明; false for 值班：李明, a shift naming its 带班 leader
 *   (总值班室白班（带班领导赵刚）) and 带班子成员赴青石镇调研
 * @example
 * leadsDuty(occurrence({ start: '2022-05-17 08:30', summary: '带班领导：李明' }))
 * //=> true
 */
export function leadsDuty(occurrence: Occurrence): boolean {
  const { summary } = occurrence;
  // A meeting about the duty (元旦春节期间领导值班工作部署会, 带班领导培训会) is a meeting (QD-12).
  return LEADS_DUTY.test(summary) && !MEETING_WORD.test(summary) && !SHIFT.test(summary.replace(LEADER_WORDS, ''));
}

/** Words of a meeting, never of a roster line. */
const MEETING_WORD = /会|部署|培训|座谈|调度/u;

/**
 * Whether an occurrence can book the people it lists at all: not cancelled (RFC 5545 §3.8.1.11),
 * not a duty roster's 带班 entry (the leader's second layer of duty, `leadsDuty`), and not a
 * reminder or deadline ({@link marksMoment}).
 * @param occurrence - the occurrence
 * @returns false when it books nobody, whoever it lists
 * @example
 * booksPeople(occurrence({ start: '2022-05-17 08:30', end: '2022-05-18 08:30', summary: '带班领导：李明' }))
 * //=> false
 */
export function booksPeople(occurrence: Occurrence): boolean {
  return occurrence.status !== 'cancelled' && !leadsDuty(occurrence) && !marksMoment(occurrence);
}

/**
 * Whether an occurrence is a reminder or a deadline rather than a meeting: timed, of no length (an
 * instant, RFC 5545 §3.6.1), naming no attendee and no place — 报送年度总结材料截止 or 提醒：准备讲话稿 at
 * 17:00 on a leader's own calendar (QC-40). It marks a moment and books nobody, not even the owner.
 * A start-only entry with attendees or a place is a meeting whose end was not exported, and books
 * its people at its instant (QB-34): the same line the loader's `start-only-events` draws.
 * @param occurrence - the occurrence
 * @returns true for a bare instant
 * @example
 * marksMoment(occurrence({ start: '2026-12-15 17:00', end: '2026-12-15 17:00', summary: '报送年度总结材料截止' }))
 * //=> true
 */
export function marksMoment(occurrence: Occurrence): boolean {
  return (
    occurrence.attendees.length === 0 &&
    !occurrence.allDay &&
    (occurrence.location === null || occurrence.location.trim() === '') &&
    startMillis(occurrence) === endMillis(occurrence)
  );
}

/**
 * How an occurrence commits one participant, or null when it does not.
 *
 * - Cancelled (RFC 5545 §3.8.1.11), a duty roster's 带班 entry, a reminder or deadline (`booksPeople`),
 *   and declined or delegated (§3.2.12) never count.
 * - Absences count as busy even when transparent: calendars write 出差 as a free all-day banner.
 * - Otherwise TRANSP:TRANSPARENT (§3.8.2.7), busy status FREE and Outlook's WORKINGELSEWHERE (an
 *   informational marker, not a booking) do not count for the people the calendar's busy time
 *   speaks for (`Participation.transparencyBinds`: the owner; not the leaders an office calendar
 *   lists, QB-31).
 * - STATUS:TENTATIVE, busy status TENTATIVE, PARTSTAT=TENTATIVE or ROLE=OPT-PARTICIPANT not yet
 *   accepted (optional participation, §3.2.16, QB-24) make it tentative.
 * @param occurrence - the occurrence
 * @param participation - one of its participants
 * @param absence - whether the occurrence matches the absence selector in force
 * @returns `busy`, `tentative` or null
 * @example
 * commitment(cancelledMeeting, li, false)
 * //=> null
 */
export function commitment(occurrence: Occurrence, participation: Participation, absence: boolean): Commitment | null {
  if (!booksPeople(occurrence)) return null;
  return levelOf(participation, marksOf(occurrence, absence));
}

/** What {@link commitment} reads of an occurrence that books people, as bits: {@link ABSENT}, {@link FREE}, {@link PROVISIONAL}. */
function marksOf(occurrence: Occurrence, absence: boolean): number {
  return (
    (absence ? ABSENT : 0) |
    (occurrence.transparent || occurrence.busy === 'free' || occurrence.busy === 'working-elsewhere' ? FREE : 0) |
    (occurrence.status === 'tentative' || occurrence.busy === 'tentative' ? PROVISIONAL : 0)
  );
}

/** The occurrence matches the absence selector in force. */
const ABSENT = 1;
/** TRANSP:TRANSPARENT, busy status FREE or WORKINGELSEWHERE. */
const FREE = 2;
/** STATUS:TENTATIVE or busy status TENTATIVE. */
const PROVISIONAL = 4;

/** {@link commitment} of one participation in an occurrence that books people, from the occurrence's {@link marksOf}. */
function levelOf(participation: Participation, marks: number): Commitment | null {
  if (participation.partstat === 'declined' || participation.partstat === 'delegated') return null;
  if ((marks & ABSENT) !== 0) return 'busy';
  if (participation.transparencyBinds !== false && (marks & FREE) !== 0) return null;
  if (
    (marks & PROVISIONAL) !== 0 ||
    participation.partstat === 'tentative' ||
    // An optional invitee who accepted has committed himself (列席 he agreed to attend).
    (participation.optional === true && participation.partstat !== 'accepted')
  ) {
    return 'tentative';
  }
  return 'busy';
}

/** One meeting in a person's schedule. */
export interface ScheduleItem {
  /** The copy that represents the meeting: the smallest key among the copies that commit the person. */
  readonly occurrence: Occurrence;
  readonly commitment: Commitment;
  /** Whether the meeting is an absence (出差, 请假 …) rather than a meeting. */
  readonly absence: boolean;
  /** The occurrence's start, epoch ms (no DateTime is built for it). */
  readonly startMs: number;
  /** Its end, epoch ms, exclusive. */
  readonly endMs: number;
  /**
   * Where `occurrence` is in the schedules' start-ordered occurrences, so that copies are matched by
   * the numbers of their UIDs (`occurrenceIds`); -1 for a stale copy read at its current revision.
   */
  readonly position: number;
}

/** A person's committed meetings, sorted by start then occurrence key. */
export interface Schedule {
  readonly person: PersonRef;
  readonly items: readonly ScheduleItem[];
  /** The longest item, in milliseconds: bounds how far back an overlapping item can start. */
  readonly longest: number;
}

/**
 * The items of a schedule that overlap `[start, end)`, found by binary search: only items starting
 * after `start - longest` can reach into the interval. An instant (end = start: a start-only OA
 * meeting, QB-34), as the interval or as an item, overlaps what holds its point (sweep.ts).
 * @param schedule - a person's schedule
 * @param start - interval start (epoch ms)
 * @param end - interval end (epoch ms), exclusive; equal to `start` for an instant
 * @returns the overlapping items, in schedule order
 * @example
 * itemsDuring(schedules(occurrences, directory, defaultAbsence).get('li')!, nine, eleven).length
 * //=> 1
 */
export function itemsDuring(schedule: Schedule, start: number, end: number): ScheduleItem[] {
  const items = schedule.items;
  let low = 0;
  let high = items.length;
  const from = start - schedule.longest;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]!.startMs < from) low = mid + 1;
    else high = mid;
  }
  const found: ScheduleItem[] = [];
  if (end < start) return found;
  const reach = reachOf(start, end);
  for (let i = low; i < items.length; i += 1) {
    const item = items[i]!;
    const s = item.startMs;
    if (s >= reach) break;
    const e = item.endMs;
    if (s <= e && reachOf(s, e) > start) found.push(item);
  }
  return found;
}

/**
 * Every person's committed meetings, copies of one meeting merged (the same global UID and start,
 * see `meetingKey`; copies under a short numbered UID are not merged here): a copy that commits
 * firmly wins over a tentative one, then the smaller key. A stale copy (lower SEQUENCE than a copy of the same
 * event on another calendar, see `supersededBy`) commits its people to the current revision: its
 * times, its status (a meeting cancelled by the newer revision books nobody), never its own old slot.
 * Linear in the number of participations (no key string per occurrence: copies meet among the
 * items of their start), plus sorting where the order needs it.
 * @param occurrences - every occurrence of the check
 * @param directory - who takes part in each
 * @param isAbsence - the absence selector in force
 * @returns schedules keyed by person id, in order of first appearance
 * @example
 * schedules(occurrences, directory, defaultAbsence).get('li')?.items.length
 * //=> 12
 */
export function schedules(
  occurrences: readonly Occurrence[],
  directory: Directory,
  isAbsence: OccurrencePredicate,
): ReadonlyMap<string, Schedule> {
  // Three rules ask for the same schedules (default absences) in one check: build them once.
  const memo = isAbsence === defaultAbsence ? defaultCache.get(occurrences) : undefined;
  if (memo !== undefined && memo.directory === directory) return memo.schedules;
  const result = buildSchedules(occurrences, directory, isAbsence);
  if (isAbsence === defaultAbsence) defaultCache.set(occurrences, { directory, schedules: result });
  return result;
}

const defaultCache = new WeakMap<readonly Occurrence[], { directory: Directory; schedules: ReadonlyMap<string, Schedule> }>();

function buildSchedules(
  input: readonly Occurrence[],
  directory: Directory,
  isAbsence: OccurrencePredicate,
): ReadonlyMap<string, Schedule> {
  // Copies of one meeting start together: in start order they meet at the tail of a schedule, and
  // are merged there without building a key per occurrence (RuleContext gives start order already).
  const order = occurrenceOrder(input);
  const occurrences = order !== 'unordered' ? input : [...input].sort((a, b) => startMillis(a) - startMillis(b));
  const keyed = order === 'start-then-key';
  const stale = supersededBy(input);
  const n = occurrences.length;
  // First, in load order (`scanOrder`: a series' instances together, as they sit in memory), what each
  // occurrence is to the schedules, by its place in start order: its participants, what `commitment`
  // reads of it, its instants. Then, in start order, only those and the people are read. Read in start
  // order, every occurrence was a cache miss or several (the schedules cost 350–770 ms at 100 000).
  const participantsAt = new Array<readonly Participation[] | undefined>(n);
  const marksAt = new Uint8Array(n);
  const startAt = new Float64Array(n);
  const endAt = new Float64Array(n);
  // Who the occurrence commits and how, found per run of a series' instances (one participants array,
  // one reading of the occurrence) in flat arrays: the people by number (`idOf`), their level
  // ({@link LEVELS}); by position, where the occurrence's run starts there and its length. The pass in
  // start order then reads these rather than the participations, which sit across the heap (one set
  // per VEVENT): reading them there cost a third of the schedules.
  const numbers = new Map<string, number>();
  const idOf: string[] = [];
  let personAt = new Int32Array(1024);
  let levelAt = new Uint8Array(1024);
  let used = 0;
  const runAt = new Int32Array(n);
  const countAt = new Int32Array(n);
  let lastParticipants: readonly Participation[] | undefined;
  let lastMarks = -1;
  let lastRun = 0;
  // Stale copies, read at their current revision (out of start order), by position.
  const lateAt = new Map<number, Occurrence>();
  const { occurrences: loaded, position } = scanOrder(occurrences);
  const ids = occurrenceIds(occurrences);
  for (let i = 0; i < n; i += 1) {
    const copy = loaded[i]!;
    // The people are the copy's own (a leader's calendar holding an older revision still says he
    // goes); when and whether the meeting takes place is the current revision's (RFC 5545 §3.8.7.4).
    const occurrence = stale.size === 0 ? copy : (stale.get(copy) ?? copy);
    if (!booksPeople(occurrence)) continue;
    const participants = directory.participantsOf(copy);
    if (participants.length === 0) continue;
    const k = position[i]!;
    participantsAt[k] = participants;
    // Per occurrence, not per participant: the selector and the identity are the same for everyone.
    const marks = marksOf(occurrence, isAbsence(occurrence));
    marksAt[k] = marks;
    startAt[k] = startMillis(occurrence);
    endAt[k] = endMillis(occurrence);
    if (occurrence !== copy) lateAt.set(k, occurrence);
    if (participants !== lastParticipants || marks !== lastMarks) {
      const m = participants.length;
      if (used + m > personAt.length) {
        const size = Math.max(2 * personAt.length, used + m);
        const people = new Int32Array(size);
        people.set(personAt);
        personAt = people;
        const levels = new Uint8Array(size);
        levels.set(levelAt);
        levelAt = levels;
      }
      for (let j = 0; j < m; j += 1) {
        const participation = participants[j]!;
        const id = participation.person.id;
        let number = numbers.get(id);
        if (number === undefined) {
          number = idOf.length;
          numbers.set(id, number);
          idOf.push(id);
        }
        personAt[used + j] = number;
        levelAt[used + j] = LEVELS.indexOf(levelOf(participation, marks));
      }
      lastParticipants = participants;
      lastMarks = marks;
      lastRun = used;
      used += m;
    }
    runAt[k] = lastRun;
    countAt[k] = participants.length;
  }
  // By person number: the schedule being built; and the numbers in order of first appearance in start order.
  const drafts = new Array<Draft | undefined>(idOf.length);
  const appearance: number[] = [];
  for (let k = 0; k < n; k += 1) {
    const count = countAt[k]!;
    if (count === 0) continue;
    const marks = marksAt[k]!;
    const absence = (marks & ABSENT) !== 0;
    // A stale copy is read at its current revision's time, out of start order: merged at the end.
    const current = lateAt.size === 0 ? undefined : lateAt.get(k);
    const late = current !== undefined;
    const occurrence = current ?? occurrences[k]!;
    // Whom the current revision says declined (an uninvite, RFC 5546 §3.2.5): the older copy does not
    // book them, whatever it lists.
    const declinedNow = late ? declinedIn(directory.participantsOf(occurrence)) : null;
    // At most one item per level, shared by everyone the occurrence commits at that level.
    let busy: ScheduleItem | undefined;
    let tentative: ScheduleItem | undefined;
    const run = runAt[k]!;
    for (let i = 0; i < count; i += 1) {
      const number = personAt[run + i]!;
      if (declinedNow !== null && declinedNow.has(idOf[number]!)) continue;
      let draft = drafts[number];
      if (draft === undefined) {
        // The person as the first occurrence in start order names him.
        draft = { person: participantsAt[k]![i]!.person, items: [], late: [] };
        drafts[number] = draft;
        appearance.push(number);
      }
      const level = LEVELS[levelAt[run + i]!] ?? null;
      if (level === null) continue;
      const candidate =
        level === 'busy'
          ? (busy ??= { occurrence, commitment: level, absence, startMs: startAt[k]!, endMs: endAt[k]!, position: late ? -1 : k })
          : (tentative ??= { occurrence, commitment: level, absence, startMs: startAt[k]!, endMs: endAt[k]!, position: late ? -1 : k });
      if (late) draft.late.push(candidate);
      else mergeAtTail(draft.items, candidate, ids, keyed);
    }
  }
  const result = new Map<string, Schedule>();
  for (const number of appearance) {
    const id = idOf[number]!;
    const { person, items, late } = drafts[number]!;
    // Someone who only declined has no schedule.
    if (items.length === 0 && late.length === 0) continue;
    if (late.length > 0) mergeLate(items, late);
    // Replacing a copy by a firmer one with another key can leave one start's items out of key order.
    if (!inOrder(items)) items.sort(compareItems);
    let longest = 0;
    for (const item of items) longest = Math.max(longest, item.endMs - item.startMs);
    result.set(id, { person, items, longest });
  }
  return result;
}

/** The levels of commitment as numbered in the schedules' flat arrays: 0 for none. */
const LEVELS: readonly (Commitment | null)[] = [null, 'busy', 'tentative'];

/** A schedule being built: items in start order, and stale copies' items still to merge. */
interface Draft {
  readonly person: PersonRef;
  readonly items: ScheduleItem[];
  readonly late: ScheduleItem[];
}

/**
 * Whether two items are one meeting for a schedule: the same occurrence, or the same global UID and
 * start (`meetingKey`). A short numbered UID (OA rows) is no identity of its own: such copies stay
 * apart here, and the rules compare them with looksLikeCopy, which also weighs title and place
 * (qa-bugs QA-5, QA-6).
 */
function sameMeeting(a: ScheduleItem, b: ScheduleItem): boolean {
  const x = a.occurrence;
  const y = b.occurrence;
  return a.startMs === b.startMs && x.uid === y.uid && x.recurrenceId === y.recurrenceId && (x.key === y.key || globalUid(x.uid));
}

/** {@link sameMeeting} of two items at their own positions, the UIDs compared by number. */
function sameMeetingAt(a: ScheduleItem, b: ScheduleItem, ids: OccurrenceIds): boolean {
  if (a.position < 0 || b.position < 0) return sameMeeting(a, b);
  const uid = ids.uid[a.position]!;
  if (a.startMs !== b.startMs || uid !== ids.uid[b.position]) return false;
  const x = a.occurrence;
  const y = b.occurrence;
  return x.recurrenceId === y.recurrenceId && (ids.globalUid[uid] === 1 || x.key === y.key);
}

/**
 * Adds an item to a schedule built in start order: merged with a copy among the items of its start, else appended.
 * `keyed`: the occurrences are in start-then-key order, so that among items of one start (positions
 * known) the earlier position has the smaller key — keys are unique in a check.
 */
function mergeAtTail(items: ScheduleItem[], candidate: ScheduleItem, ids: OccurrenceIds, keyed: boolean): void {
  for (let i = items.length - 1; i >= 0 && items[i]!.startMs === candidate.startMs; i -= 1) {
    const item = items[i]!;
    if (!sameMeetingAt(item, candidate, ids)) continue;
    const replace =
      keyed && candidate.position >= 0 && item.position >= 0 && candidate.commitment === item.commitment
        ? candidate.position < item.position && candidate.occurrence !== item.occurrence
        : better(candidate, item);
    if (replace) items[i] = candidate;
    return;
  }
  items.push(candidate);
}

/** Merges stale copies' items (read at their current revision's time) into a schedule; rare, so by search. */
function mergeLate(items: ScheduleItem[], late: readonly ScheduleItem[]): void {
  for (const candidate of late) {
    const at = items.findIndex((item) => sameMeeting(item, candidate));
    if (at < 0) items.push(candidate);
    else if (better(candidate, items[at]!)) items[at] = candidate;
  }
}

function compareItems(a: ScheduleItem, b: ScheduleItem): number {
  // Keys only for a tie: reading them means visiting both occurrences, and a year's schedules,
  // checked for order item by item, would visit every occurrence again (a cache miss each at 1m).
  if (a.startMs !== b.startMs) return a.startMs - b.startMs;
  const ka = a.occurrence.key;
  const kb = b.occurrence.key;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function inOrder(items: readonly ScheduleItem[]): boolean {
  for (let i = 1; i < items.length; i += 1) if (compareItems(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}

function better(a: ScheduleItem, b: ScheduleItem): boolean {
  if (a.commitment !== b.commitment) return a.commitment === 'busy';
  return a.occurrence.key < b.occurrence.key;
}

/** The ids of the people a revision lists as having declined; null when none did. */
function declinedIn(participants: readonly Participation[]): ReadonlySet<string> | null {
  let declined: Set<string> | null = null;
  for (const p of participants) if (p.partstat === 'declined') (declined ??= new Set()).add(p.person.id);
  return declined;
}
