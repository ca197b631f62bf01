/**
 * Titles that say a meeting is cancelled. OA systems without a status field mark a cancelled meeting
 * in its title (`【已取消】区政府专题会`, `区政府专题会（取消）`), and Outlook renames a cancelled meeting left
 * on an attendee's calendar `已取消: …` / `Canceled: …`. RFC 5545 §3.8.1.11 STATUS is the proper place;
 * without it, such a title is the only statement there is (QB-37).
 *
 * Only a marker standing apart from the title is read: in brackets at its start or end, or a
 * `已取消:` / `已撤销：` / `Canceled:` prefix (past forms only). 取消 inside an ordinary title (取消行政审批事项专题会, 关于取消…的通知) is
 * a subject, not a status, and is left alone.
 */

/**
 * `【已取消】`, `[取消]`, `（会议取消）`, `(已延期)`, `【作废】`… : a word that the meeting does not take place at
 * this time, alone in brackets (QC-32: postponed 已延期/延期/推迟, moved 已改期, withdrawn 撤销, voided 作废).
 * A bare `【改期】` is left alone: it heads the rescheduled meeting's own entry as often as the old one's.
 */
const WORDS = String.raw`(?:已取消|取消|已撤销|撤销|已延期|延期|已推迟|推迟|已改期|已作废|作废|cancell?ed|postponed)`;
const MARK = String.raw`[【\[（(〔]\s*(?:会议)?${WORDS}\s*[】\]）)〕]`;
// As a prefix only the past forms: `取消：行政审批事项清理` and `撤销：…` name a subject as often as a status.
const PREFIX = String.raw`(?:已取消|已撤销|已延期|已推迟|已改期|已作废|cancell?ed|postponed)`;
const AT_START = new RegExp(String.raw`^\s*(?:${MARK}|${PREFIX}\s*[:：])`, 'iu');
const AT_END = new RegExp(String.raw`${MARK}\s*$`, 'iu');

/**
 * Whether a title marks its meeting as cancelled.
 * @param summary - the unescaped SUMMARY
 * @returns true for a bracketed cancellation mark at the start or end, or a `已取消:`/`Canceled:` prefix
 * @example
 * titleSaysCancelled('【已取消】区政府专题会') //=> true
 * titleSaysCancelled('取消行政审批事项专题会') //=> false
 */
export function titleSaysCancelled(summary: string): boolean {
  // Most titles hold neither word: one search each before the expressions.
  if (!/取消|撤销|延期|推迟|改期|作废|cancel|postpone/iu.test(summary)) return false;
  return AT_START.test(summary) || AT_END.test(summary);
}
