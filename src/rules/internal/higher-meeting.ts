/**
 * A lower office's entry about a loaded meeting of a level above the prerequisite's: its record of
 * watching the national teleconference at its times (QF-3), or its relay of the central meeting
 * (QF-13). Such an entry attends or relays that meeting, not the prerequisite, and is no dependent.
 */
import { LEVELS, type Level } from '../../model/calendar.js';
import type { Occurrence } from '../../model/occurrence.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import { isAttendanceEntry } from './attendance-entry.js';
import { levelWords } from '../../config/level-words.js';
import { flatTitle, meetingName, MIN_NAME } from './meeting-name.js';
import { sharedUids } from './shared-uids.js';

/** The loaded meetings above a level, by name, indexed by the name's first two characters. */
interface HigherMeetings {
  readonly byHead: ReadonlyMap<string, readonly { readonly name: string; readonly meetings: readonly Occurrence[] }[]>;
}

const cache = new WeakMap<readonly Occurrence[], Map<number, HigherMeetings>>();

/**
 * The test for entries about a higher meeting, for one rule. An entry is about a loaded meeting `m`
 * of a level above every level of the rule's prerequisites when its title holds `m`'s name whole
 * (at least four characters) and either it records attending `m` (`isAttendanceEntry`: the same
 * times, an attending verb or nothing before the name, notes after it) or it starts when `m` has
 * ended, names no prerequisite of the rule and mentions no meeting of the prerequisites' levels in
 * the rest of its title (`传达学习中央经济工作会议精神`, but neither `…和全市经济工作会议精神` nor, in the
 * city's other words, `…和市委经济工作会议精神`: QG-1). A level above the prerequisites' only: the entry
 * then cannot be the prerequisite's own relay, whereas an entry naming a meeting of the prerequisite's
 * level that the selector leaves out is judged as usual; and only for an entry of a level below the
 * prerequisites' (a rule of one level, 先党委后政府, orders its offices' relays of a higher meeting too).
 * @param occurrences - every occurrence of the check (the higher meetings are looked for among them)
 * @param levelOf - the meeting level of an occurrence (`homeLevel`)
 * @param prerequisiteLevels - the levels of the rule's prerequisites (selector and loaded ones)
 * @param prerequisites - the rule's loaded prerequisites, whose names a relay of theirs holds
 * @returns whether an occurrence is about a higher meeting
 * @example
 * aboutHigherMeeting(occurrences, homeLevel(occurrences), ['city'], cityMeetings)(districtEntry('收听收看全国安全生产电视电话会议'))
 * //=> true (the national conference is loaded, at the entry's times)
 */
export function aboutHigherMeeting(
  occurrences: readonly Occurrence[],
  levelOf: (o: Occurrence) => Level | null,
  prerequisiteLevels: readonly Level[],
  prerequisites: readonly Occurrence[],
): (entry: Occurrence) => boolean {
  if (prerequisiteLevels.length === 0) return () => false;
  const top = Math.min(...prerequisiteLevels.map((l) => LEVELS.indexOf(l)));
  if (top <= 0) return () => false;
  const levels = new Set(prerequisiteLevels);
  let higher: HigherMeetings | undefined;
  let names: readonly string[] | undefined;
  return (entry) => {
    // A rule of one level (先党委后政府) orders its offices' relays of a higher meeting too: only an
    // entry below the prerequisites' level (the cascade 中央 → 省 → 市 → 区) may be about a meeting above it.
    const own = levelOf(entry);
    if (own === null || LEVELS.indexOf(own) <= top) return false;
    higher ??= higherMeetings(occurrences, levelOf, top);
    if (higher.byHead.size === 0) return false;
    const title = flatTitle(entry.summary);
    for (let i = 0; i + MIN_NAME <= title.length; i += 1) {
      for (const { name, meetings } of higher.byHead.get(title.slice(i, i + 2)) ?? []) {
        if (!title.startsWith(name, i)) continue;
        // A relay must not mention a meeting of the prerequisites' level in any words in the rest of its
        // title (市委经济工作会议 for the city's 全市经济工作会议, 省委、市委…): it then relays that one too (QG-1).
        // An attendance record at the higher meeting's times may say where it is watched (赴市行政中心参加…).
        let mentions: boolean | undefined;
        for (const m of meetings) {
          if (isAttendanceEntry(entry, m)) return true;
          if (startMillis(entry) < endMillis(m)) continue;
          mentions ??= mentionsMeetingAt(title.slice(0, i), title.slice(i + name.length), levels);
          if (mentions) continue;
          names ??= [...new Set(prerequisites.map((p) => meetingName(p.summary)).filter((n) => n.length >= MIN_NAME))];
          if (!names.some((n) => title.includes(n))) return true;
        }
      }
    }
    // A congress is relayed by its everyday name, never its formal one (QH-3): 传达学习省两会精神,
    // 全国两会精神 — the level's word right before 两会 / 人代会 / 人大会议 / 政协会议, when a session of that
    // level's 人大 or 政协 is loaded and over when the entry starts. The rest of the title as above.
    for (const named of congressNames(title)) {
      if (LEVELS.indexOf(named.level) >= top) continue;
      const over = sessionsOf(higher).some((s) => s.level === named.level && named.bodies.includes(s.body) && endMillis(s.meeting) <= startMillis(entry));
      if (!over || mentionsMeetingAt(title.slice(0, named.index), title.slice(named.end), levels)) continue;
      names ??= [...new Set(prerequisites.map((p) => meetingName(p.summary)).filter((n) => n.length >= MIN_NAME))];
      if (!names.some((n) => title.includes(n))) return true;
    }
    return false;
  };

  function sessionsOf(meetings: HigherMeetings): readonly Session[] {
    const known = sessions.get(meetings);
    if (known !== undefined) return known;
    const found: Session[] = [];
    for (const list of meetings.byHead.values()) {
      for (const { name, meetings: held } of list) {
        const body = sessionBody(name);
        if (body === null) continue;
        for (const meeting of held) {
          const level = levelOf(meeting);
          if (level !== null) found.push({ level, body, meeting });
        }
      }
    }
    sessions.set(meetings, found);
    return found;
  }
}

/** A loaded plenary session of a higher level's 人大 or 政协. */
interface Session {
  readonly level: Level;
  readonly body: CongressBody;
  readonly meeting: Occurrence;
}
type CongressBody = '人大' | '政协';
const sessions = new WeakMap<HigherMeetings, readonly Session[]>();

/**
 * Which body a meeting name is a plenary session of: `十四届全国人大五次会议`, `省十四届人大五次会议`,
 * `…人民代表大会第五次会议`, `全国政协十四届五次会议` — not a standing committee's meeting (常委会, 常务委员会),
 * whose relay is not the 两会's.
 */
function sessionBody(name: string): CongressBody | null {
  if (!/次会议/u.test(name) || /常委会|常务委员会/u.test(name)) return null;
  if (/人大|人民代表大会/u.test(name)) return '人大';
  if (/政协|政治协商会议/u.test(name)) return '政协';
  return null;
}

/**
 * The congresses a title names in everyday words: a level word right before 两会 (both bodies),
 * 人代会 / 人大会议 / 人民代表大会 (人大) or 政协会议 (政协), quoted or not — `省两会`, `全省两会`, `全国“两会”`,
 * `自治区人代会`.
 * `index` and `end` bound the words in the title (level word to the body's name).
 */
function congressNames(title: string): { readonly level: Level; readonly bodies: readonly CongressBody[]; readonly index: number; readonly end: number }[] {
  if (!CONGRESS_WORDS.test(title)) return [];
  const found: { level: Level; bodies: readonly CongressBody[]; index: number; end: number }[] = [];
  for (const w of levelWords(title)) {
    const rest = title.slice(w.index);
    const word = /^(?:中共中央|中央|国务院|全国|省|自治区|市|[区县]|镇|乡|街道)/u.exec(rest)?.[0] ?? '';
    const body = CONGRESS.exec(rest.slice(word.length));
    if (body === null) continue;
    const name = body[1]!;
    const bodies: readonly CongressBody[] = name === '两会' ? ['人大', '政协'] : name.startsWith('政协') ? ['政协'] : ['人大'];
    found.push({ level: w.level, bodies, index: w.index, end: w.index + word.length + body[0].length });
  }
  return found;
}

/**
 * The everyday names of a congress, right after a level word — also in quotation marks, as the press
 * and the notices print it: 全国“两会”, 省「两会」 (QI-8).
 */
const CONGRESS = /^["“”'‘’「『]?(两会|人代会|人大会议|人民代表大会(?!常务)|政协会议)["“”'‘’」』]?/u;
const CONGRESS_WORDS = /两会|人代会|人大会议|人民代表大会|政协会议/u;

/**
 * Whether the rest of a relay's title (before and after the higher meeting's name) mentions a meeting
 * of one of `levels`: a level word starting a phrase that holds 会 (会议, 常委会) before the next
 * separator — `和市委经济工作会议精神`, `省委、市委经济工作会议`, `全市…会议` — not the organ's own name
 * before the relay verb (`临江市江滨区委常委会传达学习…`), notes in brackets (`（市委常委、区委书记王强主持）`,
 * `（市委宣讲团宣讲）`) or a mention of no meeting (`研究落实市委要求`) (QG-13).
 */
function mentionsMeetingAt(before: string, after: string, levels: ReadonlySet<Level>): boolean {
  const verb = RELAY_VERB.exec(before);
  const text = ((verb === null ? '' : before.slice(verb.index)) + '\u0000' + after).replace(BRACKETED, '');
  for (const w of levelWords(text)) {
    if (!levels.has(w.level)) continue;
    const phrase = PHRASE.exec(text.slice(w.index));
    if (phrase !== null && phrase[0].includes('会')) return true;
  }
  return false;
}

/** The verb that starts a relay after the organ's name: 传达, 学习, 贯彻. */
const RELAY_VERB = /传达|学习|贯彻|落实/u;
/** Notes in brackets, anywhere. */
const BRACKETED = /[(（【[][^)）】\]]*[)）】\]]/gu;
/** A phrase: up to the next separator (、，,和及与并 or the name's place). */
const PHRASE = /^[^、，,和及与并\u0000]*/u;

/** The live meetings of a level ranked above `rank`, memoised per occurrence list and rank. */
function higherMeetings(occurrences: readonly Occurrence[], levelOf: (o: Occurrence) => Level | null, rank: number): HigherMeetings {
  let byRank = cache.get(occurrences);
  if (byRank === undefined) {
    byRank = new Map();
    cache.set(occurrences, byRank);
  }
  const known = byRank.get(rank);
  if (known !== undefined) return known;
  const byName = new Map<string, Occurrence[]>();
  // A copy's meeting is above its calendar's level only when a higher calendar holds its UID: the
  // meeting levels (`levelOf`, which reads the copies) are asked only there.
  const shared = sharedUids(occurrences);
  const reaches = new Map<string, boolean>();
  const mayBeHigher = (o: Occurrence): boolean => {
    const own = o.calendar.level;
    if (own !== null && LEVELS.indexOf(own) < rank) return true;
    const entry = shared.get(o.uid);
    if (entry === undefined) return false;
    let higher = reaches.get(o.uid);
    if (higher === undefined) {
      higher = entry.occurrences.some((c) => c.calendar.level !== null && LEVELS.indexOf(c.calendar.level) < rank);
      reaches.set(o.uid, higher);
    }
    return higher;
  };
  for (const o of occurrences) {
    if (o.status === 'cancelled' || !mayBeHigher(o)) continue;
    const level = levelOf(o);
    if (level === null || LEVELS.indexOf(level) >= rank) continue;
    const name = meetingName(o.summary);
    if (name.length < MIN_NAME) continue;
    const list = byName.get(name);
    if (list === undefined) byName.set(name, [o]);
    else list.push(o);
  }
  const byHead = new Map<string, { name: string; meetings: Occurrence[] }[]>();
  for (const [name, meetings] of byName) {
    const head = name.slice(0, 2);
    const list = byHead.get(head);
    if (list === undefined) byHead.set(head, [{ name, meetings }]);
    else list.push({ name, meetings });
  }
  const result = { byHead };
  byRank.set(rank, result);
  return result;
}
