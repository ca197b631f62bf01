/**
 * A session and its sittings, as a 人大办 or 政协办 keeps a congress (QH-5): one entry for the whole session
 * (`江滨区第十八届人民代表大会第六次会议`, 23–25 February, whole days) and each sitting inside it at its hours
 * (`江滨区第十八届人民代表大会第六次会议第一次全体会议`, 23 February 09:00–11:30), as Feishu and DingTalk calendars do.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Places } from '../../places/places-types.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import { flatTitle, meetingName, sittingTitle } from './meeting-name.js';
import { placesAgree } from './occurrence-ref.js';
import { officeArea } from '../../config/calendar-area.js';

/**
 * Whether `sitting` is a sitting of `session`, so that the two are one engagement — no double booking
 * of the people both list, no second booking of the hall. Conservative, since a false "one meeting"
 * hides a real clash:
 * - the session holds the sitting's whole time and is longer (the same times are a copy, not a sitting);
 * - the sitting's title is the session's whole name (its own leading verb 召开 and closing notes in
 *   brackets left out on both sides, at least four characters), or the same session's short name
 *   (`区十八届人大六次会议…` for `江滨区第十八届人民代表大会第六次会议`, {@link sameSessionName}, LE-6), followed by the sitting — `第一次全体会议`,
 *   `开幕会`, `主席团第一次会议`, `预备会议` — and nothing that makes it a meeting about the session
 *   (`…精神传达会`, `…筹备会`), nor a number running on (`会议1` is no sitting of `会议`, nor `会议12` of `会议1`);
 * - the title may open with the leader's attending verb (`出席…开幕会`) and may bracket the sitting
 *   (`…第六次会议（第一次全体会议）`), QI-7;
 * - the places agree (the session's hall, a room within it, or either names none: {@link placesAgree}), or the
 *   sitting is a delegation's group discussion where the delegations stay (`…青石镇代表团分组审议…`, QI-10).
 * Anything else during the session — the 政协's 常委会 in the same hall, a visit elsewhere — is judged as usual.
 * @param sitting - the shorter entry
 * @param session - the entry that may hold it
 * @param places - place aliases; names only when omitted
 * @returns true when `sitting` is part of `session`
 * @example
 * sessionSitting(at('江滨区第十八届人民代表大会第六次会议开幕会', '2027-02-23 09:00', '2027-02-23 11:30'), wholeDays('江滨区第十八届人民代表大会第六次会议', '2027-02-23', '2027-02-26'))
 * //=> true
 */
export function sessionSitting(sitting: Occurrence, session: Occurrence, places?: Places): boolean {
  const [ss, se, ts, te] = [startMillis(session), endMillis(session), startMillis(sitting), endMillis(sitting)];
  if (ts < ss || te > se || (ts === ss && te === se)) return false;
  if (!sittingTitle(sitting.summary, session.summary) && !sittingTitle(underSessionName(sitting.summary, session.summary) ?? '', session.summary)) return false;
  // The session's whole name in the title is the evidence; a sitting elsewhere is still the session's when it is a
  // group discussion at the delegations' hotel (…代表团分组审议 at 江滨宾馆, QI-10).
  return placesAgree(sitting, session, places) || GROUP_SITTING.test(sitting.summary);
}

/** A sitting the delegations hold where they stay, not in the session's hall: 代表团分组审议, 小组讨论, 分组讨论. */
const GROUP_SITTING = /代表团|分组|小组/u;

/**
 * A sitting's title with the session's short name written as the session's own name, so that {@link sittingTitle}
 * judges what follows it: `出席区十八届人大六次会议第一次全体会议` for `江滨区第十八届人民代表大会第六次会议` reads
 * `出席江滨区第十八届人民代表大会第六次会议第一次全体会议` (LE-6). Null when the title does not open with a name of
 * that very session — the same body, 届 and 次, and the same unit or its level word alone.
 */
function underSessionName(sitting: string, session: string): string | null {
  // Both name a session by its 届: most titles do not, and are passed over at once.
  if (!sitting.includes('届') || !session.includes('届')) return null;
  const name = meetingName(session);
  const whole = sessionNameAt(name);
  if (whole === null || whole.length !== name.length) return null;
  const flat = flatTitle(sitting);
  const verb = LEADING_VERB.exec(flat)?.[0] ?? '';
  const head = sessionNameAt(flat.slice(verb.length));
  if (head === null || !sameSessionName(head, whole)) return null;
  return `${verb}${name}${flat.slice(verb.length + head.length)}`;
}

/** A session's name as written at the start of a title: its body, unit, 届 and 次, and how many characters it takes. */
interface SessionName {
  readonly body: 'npc' | 'cppcc';
  /** The unit before the body (`江滨区`), its level word alone (`区`), or `` when none is written. */
  readonly unit: string;
  readonly term: number;
  readonly session: number;
  readonly length: number;
}

/**
 * Whether the sitting's name of a session names the session's: the same body, 届 and 次, and the sitting's unit
 * not written, the session's own (or ending the sitting's: 江州市青山区 for 青山区), or the session's level word alone
 * (`区` for `江滨区`; `江北区` is another district, `市` another level). A longer unit in the sitting than the
 * session states is not taken: what precedes a name is not always a place (`组织收看市十七届人大…` is no 市's).
 */
function sameSessionName(sitting: SessionName, session: SessionName): boolean {
  if (sitting.body !== session.body || sitting.term !== session.term || sitting.session !== session.session) return false;
  const [mine, theirs] = [sitting.unit, session.unit];
  if (mine === '' || mine === theirs) return true;
  if (theirs !== '' && mine.endsWith(theirs) && officeArea(mine)?.name === theirs) return true;
  return mine.length === 1 && theirs.length > 1 && theirs.endsWith(mine);
}

/** The session named at the start of a flat title, full (`江滨区第十八届人民代表大会第六次会议`) or short (`区十八届人大六次会议`). */
function sessionNameAt(text: string): SessionName | null {
  const npc = NPC_NAME.exec(text);
  if (npc !== null) return named('npc', npc[1]!, npc[2]!, npc[3]!, npc[0].length);
  const cppcc = CPPCC_NAME.exec(text);
  if (cppcc !== null) return named('cppcc', `${cppcc[1]!}${cppcc[2]!}`, cppcc[3]!, cppcc[4]!, cppcc[0].length);
  return null;
}

function named(body: SessionName['body'], unit: string, term: string, session: string, length: number): SessionName | null {
  // What precedes the body must be a unit and nothing else: `区委常委会传达学习市十七届人大…` relays the session.
  if (unit !== '' && !LEVEL_WORD.test(unit) && officeArea(unit)?.name !== unit) return null;
  const [t, s] = [countOf(term), countOf(session)];
  return t === null || s === null ? null : { body, unit, term: t, session: s, length };
}

/** A unit written as its level word alone: 区十八届人大…, 市政协…. */
const LEVEL_WORD = /^[省市区县州旗镇乡]$/u;

const COUNT = '([0-9]{1,3}|[一二三四五六七八九十]{1,4})';
/** 人民代表大会 or 人大, right after its 届 and right before its 次: `…届人大常委会第…次会议` is the standing committee. */
const NPC_NAME = new RegExp(`^(.{0,12}?)第?${COUNT}届(?:人民代表大会|人大)第?${COUNT}次会议`, 'u');
/** 政协 (or 中国人民政治协商会议) before or after the unit, its 届 and 委员会, then its 次; not the 常务委员会. */
const CPPCC_NAME = new RegExp(`^(.{0,12}?)(?:中国人民政治协商会议|政协)(.{0,12}?)第?${COUNT}届(?:委员会)?第?${COUNT}次会议`, 'u');
/** The attending verb a leader's diary opens a sitting with, as {@link sittingTitle} reads it. */
const LEADING_VERB = /^(?:出席|参加|列席|参会)[:：]?/u;

/** A count written in digits or in Chinese numerals up to 99 (十八, 二十一, 六); null for another form. */
function countOf(text: string): number | null {
  if (/^[0-9]+$/u.test(text)) return Number(text);
  const digit = (c: string | undefined): number => (c === undefined ? 0 : '一二三四五六七八九'.indexOf(c) + 1);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (m === null || (m[2] === undefined && (m[1] === undefined) === (m[3] === undefined))) return null;
  if (m[2] === undefined) return digit(m[1] ?? m[3]);
  return (m[1] === undefined ? 1 : digit(m[1])) * 10 + digit(m[3]);
}
