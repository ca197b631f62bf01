/**
 * Two absences at once (QK-1): the same time away written twice, or two engagements a person cannot keep both.
 */
import type { Occurrence } from '../../model/occurrence.js';
import { abbreviates, placeTexts, squeeze } from './occurrence-ref.js';

/**
 * Whether two overlapping absences of one person can be one and the same time away, so that they are no
 * double booking: the trip on his diary and on his office's calendar (`出差（北京）` twice, `赴省出差` and
 * `外出调研` for the same days), a leave written as `请假` by one and `休假` by the other.
 *
 * They cannot (and clash, QK-1) when:
 * - both are journeys (出差, 外出, 调研, 考察, 出访, 出国, a title opening with 赴 …) that name their destinations —
 *   in LOCATION or in the title (`出差（北京）`, `赴省城汇报工作`) — and no destination of one is a destination of the
 *   other: `出差（北京）` and `出差（省城）` on 9 January, as the README's copies in other words read `出差（上海）` /
 *   `出差（北京）` as two engagements;
 * - one is leave (请假, 休假, 病假 …) and the other a journey: he is not away on leave and on duty at once.
 *
 * Conservative, since a false "two places" reports a trip written twice as a clash: a journey naming no
 * destination (`外出调研`) agrees with any; a bracketed note that is no place (`（全天）`, `（已批）`) is no
 * destination; destinations agree when one holds the other or abbreviates it (`京` for `北京`, `青石` for
 * `青石镇`), or both open with one level word (`省城`, `省委党校`); an entry that is both leave and a journey
 * (`赴北京探亲`) is of no kind. Absences of other kinds (党校, 挂职, a configured selector's) are not compared:
 * a secondment of months holds trips and leave of its own.
 * @param a - one absence
 * @param b - an absence of the same person overlapping it
 * @returns false when the two cannot be one time away
 * @example
 * sameTimeAway(allDay('出差（北京）', '2025-01-09'), allDay('出差（省城）', '2025-01-09'))
 * //=> false
 */
export function sameTimeAway(a: Occurrence, b: Occurrence): boolean {
  const [x, y] = [awayOf(a), awayOf(b)];
  if ((x.kind === 'leave' && y.kind === 'journey') || (x.kind === 'journey' && y.kind === 'leave')) return false;
  if (!x.travels || !y.travels || x.destinations.length === 0 || y.destinations.length === 0) return true;
  return x.destinations.some((p) => y.destinations.some((q) => samePlace(p, q)));
}

/** What an absence says of the time away: its kind, whether it is a journey, and where to. */
interface Away {
  /** `leave` or `journey` when the title says one and not the other. */
  readonly kind: 'leave' | 'journey' | null;
  readonly travels: boolean;
  readonly destinations: readonly string[];
}

function awayOf(o: Occurrence): Away {
  const title = squeeze(o.summary);
  const travels = JOURNEY.test(title);
  const leave = LEAVE.test(title);
  const kind = leave === travels ? null : leave ? 'leave' : 'journey';
  if (!travels) return { kind, travels, destinations: [] };
  // An office's record opens with whose it is (`李明（区长）：出差`): a bracket there is his post, not where he goes.
  return { kind, travels, destinations: [...placeTexts(o), ...titlePlaces(title.replace(HEAD, ''))] };
}

/** The journey words of the default absences and of a trip (README no-double-booking, "A trip and its appointments"). */
const JOURNEY = /出差|外出|调研|考察|视察|下乡|走访|出访|出国|出境|^(?:[^：:]{2,8}[：:]|【[^】]{2,8}】)?赴/u;
/** The leave words of the default absences. */
const LEAVE = /请假|休假|公休|病假|事假|年假|婚假|产假|丧假|探亲|疗养/u;

/** What precedes a colon: a 领导活动安排 head (`李明（区长）：`) or the kind of entry (`出差：赴省城汇报工作`). NFKC made ： into :. */
const HEAD = /^[^:]{1,12}:/u;
/** The place after 赴, up to what is done there (`赴省城汇报工作`, `赴京出差`), and what a title brackets (`出差（北京）`). */
const TITLE_PLACE = /赴(.+?)(?:调研|汇报|参加|出席|考察|开会|学习|培训|督导|检查|走访|出差|对接|洽谈|招商|[，,；;：:（(]|$)|[（(]([^）)]+)[）)]/gu;
/** Bracketed notes that say when, how or whether, not where: `（全天）`, `（3天）`, `（已批）`, `（调整）`. */
const NO_PLACE = /^(?:[0-9０-９一二三四五六七八九十两半]+[天日]|全天|上午|下午|晚上|半天|待定|暂定|调整|变更|补录|已批|已审批|审批|批准|视频|线上|公务|因公|因私|私事|[0-9]+)$/u;

function titlePlaces(title: string): string[] {
  const found: string[] = [];
  for (const m of title.matchAll(TITLE_PLACE)) {
    const place = m[1] ?? m[2];
    if (place !== undefined && place !== '' && !NO_PLACE.test(place)) found.push(place);
  }
  return found;
}


/** One holds the other, abbreviates it (its characters in order), or both open with one level word (省城 / 省委党校). */
function samePlace(p: string, q: string): boolean {
  const [short, long] = p.length <= q.length ? [p, q] : [q, p];
  return abbreviates(short, long) || (LEVEL_WORD.test(p[0]!) && p[0] === q[0]);
}

const LEVEL_WORD = /[省市区县镇乡]/u;


