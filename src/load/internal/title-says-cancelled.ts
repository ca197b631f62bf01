/**
 * Titles that say a meeting is cancelled. OA systems without a status field mark a cancelled meeting
 * in its title (`【已取消】区政府专题会`, `区政府专题会（取消）`), and Outlook renames a cancelled meeting left
 * on an attendee's calendar `已取消: …` / `Canceled: …`. RFC 5545 §3.8.1.11 STATUS is the proper place;
 * without it, such a title is the only statement there is (QB-37).
 *
 * Only a marker standing apart from the title is read: in brackets at its start or end, or a
 * `已取消:` / `Canceled:` prefix. 取消 inside an ordinary title (取消行政审批事项专题会, 关于取消…的通知) is
 * a subject, not a status, and is left alone.
 */

/** `【已取消】`, `[取消]`, `（会议取消）`, `(已取消)`… : a cancellation word alone in brackets. */
const MARK = String.raw`[【\[（(〔]\s*(?:会议)?(?:已取消|取消|已撤销|cancell?ed)\s*[】\]）)〕]`;
const AT_START = new RegExp(String.raw`^\s*(?:${MARK}|(?:已取消|cancell?ed)\s*[:：])`, 'iu');
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
  if (!summary.includes('取消') && !summary.includes('撤销') && !/cancel/iu.test(summary)) return false;
  return AT_START.test(summary) || AT_END.test(summary);
}
