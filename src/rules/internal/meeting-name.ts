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

/** The fewest characters of a name that identify a meeting: 常务会议, 党组会议; not 会议. */
export const MIN_NAME = 4;

/** The meeting's own leading verb: 召开, 举行, 主持召开. */
const HOLDING = /^(?:主持召开|召开|举行|举办)/u;
/** Closing notes in brackets (after NFKC, full-width brackets are ASCII). */
const TRAILING_NOTES = /(?:[(【[][^(【[)】\]]*[)】\]])+$/u;
