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
 *   for `全省安全生产电视电话会议` — or names the meeting first and joins its own with 暨:
 *   `全省安全生产电视电话会议暨全市安全生产工作会议`;
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
  // 暨 ("together with"): the higher meeting named whole first, then the office's own.
  const joined = title.indexOf('暨');
  if (joined > 0 && title.slice(0, joined) === name && joined + 1 < title.length) return true;
  const scopes = SCOPES.exec(title);
  if (scopes === null) return false;
  const rest = title.slice(scopes[0].length);
  const first = scopes[1]!;
  return first + rest === name;
}

/**
 * Two or more scope words joined by 、 (or ，/,) at the start of a title: 全省、全市, 全国、全省、全市.
 * The first is captured: the meeting that opens the session is the one the entry names first.
 */
const SCOPES = /^(全国|全省|全市|全区|全县|全镇|全乡)(?:[、,，](?:全国|全省|全市|全区|全县|全镇|全乡))+/u;
