/**
 * A session and its sittings, as a 人大办 or 政协办 keeps a congress (QH-5): one entry for the whole session
 * (`江滨区第十八届人民代表大会第六次会议`, 23–25 February, whole days) and each sitting inside it at its hours
 * (`江滨区第十八届人民代表大会第六次会议第一次全体会议`, 23 February 09:00–11:30), as Feishu and DingTalk calendars do.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Places } from '../../places/places-types.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import { sittingTitle } from './meeting-name.js';
import { placesAgree } from './occurrence-ref.js';

/**
 * Whether `sitting` is a sitting of `session`, so that the two are one engagement — no double booking
 * of the people both list, no second booking of the hall. Conservative, since a false "one meeting"
 * hides a real clash:
 * - the session holds the sitting's whole time and is longer (the same times are a copy, not a sitting);
 * - the sitting's title is the session's whole name (its own leading verb 召开 and closing notes in
 *   brackets left out on both sides, at least four characters), followed by the sitting — `第一次全体会议`,
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
  if (!sittingTitle(sitting.summary, session.summary)) return false;
  // The session's whole name in the title is the evidence; a sitting elsewhere is still the session's when it is a
  // group discussion at the delegations' hotel (…代表团分组审议 at 江滨宾馆, QI-10).
  return placesAgree(sitting, session, places) || GROUP_SITTING.test(sitting.summary);
}

/** A sitting the delegations hold where they stay, not in the session's hall: 代表团分组审议, 小组讨论, 分组讨论. */
const GROUP_SITTING = /代表团|分组|小组/u;
