/**
 * Zone names that are valid for the tz database yet rarely mean what a Chinese office means by them.
 */

/**
 * The zone a legacy abbreviation really names, when it is not what a Chinese office would mean:
 * `CST` is a valid IANA link — to US Central time (America/Chicago), not China Standard Time — and
 * `PRC`, `EST5EDT` and the like are links too. UTC, GMT and Asia/Shanghai are what they seem.
 * @param zone - a valid IANA zone name as written
 * @returns the zone it resolves to when that may surprise, else null
 * @example
 * ambiguousZone('CST') //=> 'America/Chicago'
 * ambiguousZone('Asia/Shanghai') //=> null
 */
export function ambiguousZone(zone: string): string | null {
  if (!ABBREVIATION.test(zone)) return null;
  const resolved = new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  return UNAMBIGUOUS.has(resolved) ? null : resolved;
}

const ABBREVIATION = /^[A-Za-z]{2,5}$|^[A-Za-z]{3}\d[A-Za-z]{3}$/;
const UNAMBIGUOUS = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Asia/Shanghai']);
