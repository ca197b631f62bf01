/**
 * A meeting's name as a title of another entry may hold it: `召开全市安全生产工作会议（视频）` is named
 * `全市安全生产工作会议` inside `传达学习全市安全生产工作会议精神`.
 */

/**
 * A title flattened for comparison: NFKC (full-width brackets and letters folded), white space dropped.
 * @param summary - a title
 * @returns the flat title
 * @example
 * flatTitle('全市 安全生产（视频）') //=> '全市安全生产(视频)'
 */
export function flatTitle(summary: string): string {
  return summary.normalize('NFKC').replace(/\s+/gu, '');
}

/**
 * A meeting's name: its flat title without its own leading verb (召开, 举行) and closing notes in brackets.
 * @param summary - the meeting's title
 * @returns the name (the flat title when nothing else is left)
 * @example
 * meetingName('召开全国安全生产电视电话会议（视频）') //=> '全国安全生产电视电话会议'
 */
export function meetingName(summary: string): string {
  const text = flatTitle(summary).replace(TRAILING_NOTES, '');
  const bare = text.replace(HOLDING, '');
  return bare === '' ? text : bare;
}

/**
 * Whether a title is a sitting of the session another names, by the titles alone (QH-5): the session's
 * whole name ({@link meetingName}, at least {@link MIN_NAME} characters), then the sitting — `…第一次全体会议`,
 * `…开幕会`, `…预备会议` — and nothing that makes it a meeting about the session (`…精神传达会`, `…筹备会`), nor a
 * number running on (`会议12` is no sitting of `会议1`). `sessionSitting` adds the times and places.
 * @param sitting - the sitting's SUMMARY
 * @param session - the session's SUMMARY
 * @returns true when `sitting` reads as a sitting of `session`
 * @example
 * sittingTitle('江滨区第十八届人民代表大会第六次会议开幕会', '江滨区第十八届人民代表大会第六次会议') //=> true
 */
export function sittingTitle(sitting: string, session: string): boolean {
  const name = meetingName(session);
  if (name.length < MIN_NAME) return false;
  // The leader's diary writes the sitting he attends (出席…开幕会, QI-7); the OA may bracket the sitting
  // (…第六次会议（第一次全体会议）, QI-7): a bracket naming a sitting is the sitting, a mere note (（视频）) is not.
  const flat = flatTitle(sitting);
  const title = (flat.replace(ATTENDING, '') || flat).replace(HOLDING, '');
  if (!title.startsWith(name)) return false;
  let rest = title.slice(name.length).replace(TRAILING_NOTES, '');
  if (rest === '') rest = BRACKETED_SITTING.exec(title.slice(name.length))?.[1] ?? '';
  return rest !== '' && !ABOUT_SESSION.test(rest) && !(DIGIT.test(rest[0]!) && DIGIT.test(name[name.length - 1]!));
}

/** An attending verb before a sitting on a leader's diary: 出席, 参加, 列席, 参会, with an optional colon. */
const ATTENDING = /^(?:出席|参加|列席|参会)[:：]?/u;
/** A sitting in brackets right after the session's name: （第一次全体会议）, （开幕会）. */
const BRACKETED_SITTING = /^[(【[]([^(【[)】\]]*(?:会|会议|审议|讨论))[)】\]]/u;

/** Words after a session's name that make a meeting about it: relaying, studying, preparing it (预备会议 is a sitting). */
const ABOUT_SESSION = /传达|学习|贯彻|落实|筹备|部署/u;
const DIGIT = /[0-9]/u;

/** The fewest characters of a name that identify a meeting: 常务会议, 党组会议; not 会议. */
export const MIN_NAME = 4;

/** The meeting's own leading verb: 召开, 举行, 主持召开. */
const HOLDING = /^(?:主持召开|召开|举行|举办)/u;
/** Closing notes in brackets (after NFKC, full-width brackets are ASCII). */
const TRAILING_NOTES = /(?:[(【[][^(【[)】\]]*[)】\]])+$/u;
