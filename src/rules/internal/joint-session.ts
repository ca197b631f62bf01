/**
 * A lower office's one entry for a higher meeting and its own part held straight after it (连开):
 * `全省、全市安全生产电视电话会议` 09:00–11:30 for the province's `全省安全生产电视电话会议` 09:00–10:30 (QF-8).
 */
import type { Occurrence } from '../../model/occurrence.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import { flatTitle, meetingName, MIN_NAME } from './meeting-name.js';

/**
 * Whether `entry` is a joint session that opens with `meeting`: the lower office attends the higher
 * meeting and then holds its own part, so its part begins when the meeting ends — it does not begin
 * before it. Conservative, since a relay taken for such an entry hides an `order` error:
 * - the same start, and an end at or after the meeting's (its own part follows);
 * - the title joins scopes before one name, the meeting's scope first — `全省、全市安全生产电视电话会议`
 *   (or 全省全市, 全省、市, 全省及全市) for `全省安全生产电视电话会议` — or names the meeting first, after an
 *   attending verb if any, and joins its own part with 暨, 并 or 后: `全省安全生产电视电话会议暨全市安全生产工作会议`,
 *   `收听收看全省安全生产电视电话会议并部署全市工作`;
 * - closing notes in brackets are ignored on both sides.
 * @param entry - the lower office's occurrence
 * @param meeting - the higher meeting
 * @returns true when `entry` opens with `meeting` and holds its own part after it
 * @example
 * jointSession(cityEntry('全省、全市安全生产电视电话会议', '09:00', '11:30'), province('全省安全生产电视电话会议', '09:00', '10:30'))
 * //=> true
 */
export function jointSession(entry: Occurrence, meeting: Occurrence): boolean {
  if (startMillis(entry) !== startMillis(meeting) || endMillis(entry) < endMillis(meeting)) return false;
  const name = meetingName(meeting.summary);
  if (name.length < MIN_NAME) return false;
  const title = meetingName(flatTitle(entry.summary));
  // The higher meeting named whole first (after an attending verb, if any), then the office's own part
  // joined by 暨 ("together with"), 并 or 后: 全省…会议暨全市…会议, 收听收看全省…会议并部署全市工作 (QG-2).
  const at = title.indexOf(name);
  if (at >= 0 && (at === 0 || ATTENDING_PREFIX.test(title.slice(0, at)))) {
    const after = title.slice(at + name.length);
    const joiner = JOINER.exec(after);
    if (joiner !== null && joiner[0].length < after.length) return true;
  }
  const scopes = SCOPES.exec(title);
  if (scopes === null) return false;
  const rest = title.slice(scopes[0].length);
  const first = scopes[1]!;
  return first + rest === name;
}

/** Who or where (up to 16 characters), then an attending verb: 收听收看, 组织收看, 区长参加. */
const ATTENDING_PREFIX = /^.{0,16}?(?:参加|出席|列席|参会|组织收看|组织观看|收听收看|收看|观看|收听)[:：]?$/u;
/** What joins the office's own part to the higher meeting's name: 暨, 并, 后, a comma then 并. */
const JOINER = /^(?:[,，]?(?:暨|并|后|随后|会后)|[,，])/u;

/**
 * Two or more scope words at the start of a title: 全省、全市, 全国、全省、全市, 全省全市, 全省、市, 全省及全市,
 * 全省和全市 (QG-2) — after a joining mark or word the second 全 may be dropped, without one it may not
 * (全省市场… is the province's 市场 meeting). The first is captured: the meeting that opens the session is
 * the one the entry names first.
 */
const SCOPES = /^(全国|全省|全市|全区|全县|全镇|全乡)(?:(?:[、,，及和与]全?|全)[国省市区县镇乡])+/u;
