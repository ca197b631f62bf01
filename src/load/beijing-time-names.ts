/**
 * Names of Beijing time that Chinese OA systems and office staff write as a TZID or X-WR-TIMEZONE:
 * `北京时间`, `Asia/Beijing` (no such IANA zone: Asia/Shanghai is the name), `Beijing Time`, `东八区`.
 * None is an IANA or Windows name, and such files carry no VTIMEZONE; the writer means UTC+8 all
 * the same, so the loader reads them as Asia/Shanghai and says so (`beijing-time-assumed`) instead
 * of reading them in the calendar's default zone as unknown. A VTIMEZONE of the file under the name
 * is read first: it is the writer's own definition (RFC 5545 §3.8.3.1).
 *
 * Windows' own names (`China Standard Time`, Chinese Windows' `中国标准时间` and
 * `(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐`) are in `windows-zones.ts`.
 */

/** The zone every name below means. */
export const BEIJING_TIME_ZONE = 'Asia/Shanghai';

/**
 * Names compared after NFKC (full-width letters and brackets), lower case, without spaces, `_`, `-`
 * and surrounding brackets: `Beijing Time`, `beijing_time` and `（北京时间）` are one name.
 */
const NAMES: ReadonlySet<string> = new Set([
  '北京时间',
  '北京標準時間',
  '北京标准时间',
  '北京時間',
  '北京',
  '中国时间',
  '中國時間',
  '中国北京时间',
  '东八区',
  '東八區',
  '东八区时间',
  '东八区北京时间',
  'asia/beijing',
  'asia/peking',
  'beijing',
  'peking',
  'beijingtime',
  'beijingstandardtime',
  'chinatime',
  'chinabeijingtime',
]);

/**
 * Whether a TZID (or X-WR-TIMEZONE) as written names Beijing time without being an IANA or Windows name.
 * @param name - the zone name as written (quotes already removed)
 * @returns true when the writer means Beijing time
 * @example
 * beijingTimeName('北京时间') //=> true
 * beijingTimeName('Asia/Beijing') //=> true
 * beijingTimeName('东京') //=> false
 */
export function beijingTimeName(name: string): boolean {
  const key = name
    .normalize('NFKC')
    .replace(/^\((.*)\)$/u, '$1')
    .replace(/[\s_-]+/gu, '')
    .toLowerCase();
  return NAMES.has(key);
}
