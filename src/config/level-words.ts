/**
 * The level words a Chinese office or file name states — 中央/国务院/全国, 省/自治区, 市, 区/县,
 * 镇/乡/街道 — with 市 read as a word: 市委, 市政府, 市民政局, 成都市政府办公厅 are the city's, while
 * 城市管理局, 市场监管局, 市民服务中心, 市容环卫处 and 超市 are not (QC-36, QC-37, QD-7).
 */
import type { Level } from '../model/calendar.js';

/**
 * Every level word in `text`, in order, with where it stands.
 * @param text - a name (NFKC-normalised by the caller if needed)
 * @returns the level words found, each with its index and length in `text`
 * @example
 * levelWords('江滨区城市管理局').map((w) => w.level)
 * //=> ['district']
 */
export function levelWords(text: string): { readonly level: Level; readonly index: number; readonly length: number }[] {
  const found: { level: Level; index: number; length: number }[] = [];
  for (const match of text.matchAll(MARKER)) {
    const index = match.index;
    if (match[3] !== undefined && !cityWord(text, index)) continue;
    const level: Level = match[1] !== undefined ? 'central' : match[2] !== undefined ? 'province' : match[3] !== undefined ? 'city' : match[4] !== undefined ? 'district' : 'township';
    found.push({ level, index, length: match[0].length });
  }
  return found;
}

const MARKER = /(中共中央|中央|国务院|全国)|(省|自治区)|(市)|([区县])|(镇|乡|街道)/gu;

/**
 * Whether the 市 at `index` is the city's: not the second character of 城市, 都市, 门市 or 超市 written as a
 * word of their own (at the start, or after another level word: 江滨区城市管理局) — 成都市, 厦门市 and 盐城市 are
 * cities — and not the first of 市场, 市民 (but 市民政局, 市民宗委), 市容 or 市政 (but 市政府, 市政协, 市政法委,
 * 市政务服务中心).
 */
function cityWord(text: string, index: number): boolean {
  const before = text[index - 1];
  if (before !== undefined && '城都门超'.includes(before)) {
    const start = index - 1;
    if (start === 0 || '区县市省镇乡'.includes(text[start - 1]!)) return false;
  }
  return !/^市(?:场|民(?!政|宗)|容|政(?!府|协|法|务))/u.test(text.slice(index));
}
