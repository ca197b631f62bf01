/**
 * Time zones of a calendar: which zone a TZID means, and how a wall-clock time in it becomes an
 * instant.
 *
 * Resolution order for a TZID (documented in the README):
 * 1. An IANA name (also behind prefixes such as `/mozilla.org/20050126_1/` or
 *    `/softwarestudio.org/Tzfile/`) is read from the tz database even when the file carries a
 *    VTIMEZONE for it: exporters write truncated or outdated definitions (one rule for all years),
 *    while the database knows the history. The offsets agree for current dates.
 *    A bare abbreviation that may surprise (`CST`: US Central for the database, China Standard Time
 *    for a Chinese OA) is read as {@link abbreviationMeaning} says, with a warning.
 * 2. A Windows name (`China Standard Time`) or Outlook display name maps to its IANA zone (CLDR),
 *    reported as info.
 * 3. Any other TZID with a VTIMEZONE (`Customized Time Zone`, numeric ids) uses that VTIMEZONE's
 *    own STANDARD/DAYLIGHT rules.
 * 3a. Without a VTIMEZONE, a name of Beijing time that is neither IANA nor Windows (`北京时间`,
 *    `Asia/Beijing`, `东八区`) is Asia/Shanghai, reported as info: Chinese office exports write them
 *    and mean UTC+8, whatever the calendar's default zone.
 * 4. A TZID that spells a UTC offset (`GMT+08:00`, `GMT+0800`, `UTC+8`, as Java and Android based
 *    exports write it) is that fixed offset, reported as info. Not IANA's `Etc/GMT+8`, whose POSIX
 *    sign means UTC−8: the name as people write it means east of Greenwich for `+` (QB-4).
 * 5. Anything else is unknown: reported, and read in the calendar's default zone — never silently
 *    as floating or UTC time (ical.js would do that).
 */
import ICAL from 'ical.js';
import { FixedOffsetZone, IANAZone, Zone } from 'luxon';
import type { ParsedComponent } from './parse.js';
import { localMillisToWall, MS_PER_DAY, wallToLocalMillis, type WallTime } from './internal/civil.js';
import { parseDateTimeText, parseUtcOffset } from './internal/values.js';
import { windowsZoneToIana } from './windows-zones.js';
import { BEIJING_TIME_ZONE, beijingTimeName } from './beijing-time-names.js';
import { detach } from './internal/detach.js';
import { ambiguousZone } from '../config/ambiguous-zone.js';

/** How a TZID was understood. */
export type ZoneSource = 'iana' | 'ambiguous' | 'windows' | 'vtimezone' | 'beijing-name' | 'offset' | 'unknown' | 'empty';

export interface ResolvedZone {
  readonly zone: Zone;
  readonly source: ZoneSource;
  /** For `ambiguous`: the other zone the abbreviation can mean (the one not used). */
  readonly other?: string;
}

/**
 * A zone whose offsets come from a list of transitions: VTIMEZONE rules expanded once, or an IANA
 * zone whose offsets are memoised. luxon asks a zone for its offset at every DateTime it builds;
 * `Intl` lookups cost microseconds each, so at 100 000 occurrences the memo matters.
 */
class MemoZone extends Zone {
  private readonly memo = new Map<number, number>();
  /** Per UTC day, for IANA zones: the day's offset when it has no transition, else NaN. */
  private readonly days = new Map<number, number>();
  constructor(
    private readonly zoneName: string,
    private readonly compute: (ts: number) => number,
    private readonly zoneType: string,
  ) {
    super();
  }
  override get type(): string {
    return this.zoneType;
  }
  override get name(): string {
    return this.zoneName;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return true;
  }
  override offsetName(): string {
    return this.zoneName;
  }
  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    const offset = this.offset(ts);
    const sign = offset < 0 ? '-' : '+';
    const hours = Math.trunc(Math.abs(offset) / 60);
    const minutes = Math.abs(offset) % 60;
    const hh = String(hours).padStart(2, '0');
    const mm = String(minutes).padStart(2, '0');
    if (format === 'narrow') return minutes === 0 ? `${sign}${hours}` : `${sign}${hours}:${mm}`;
    if (format === 'techie') return `${sign}${hh}${mm}`;
    return `${sign}${hh}:${mm}`;
  }
  /**
   * Offset in minutes at instant `ts`. For an IANA zone, per UTC day first: a day whose start, noon
   * and end (the next day's start) share one offset has no transition in it — no zone of the tz
   * database changes its offset twice within twelve hours (over all 418 zones, 1970–2037, sampled every
   * three hours, the closest two changes are 165 hours apart) — so one `Intl` look-up serves every time of
   * that day (a year of meetings at hundreds of distinct minutes asked luxon thousands of times, each
   * a `formatToParts`). Days with a transition, and VTIMEZONE zones (a file may define anything),
   * are memoised per minute: zones change offset on whole minutes.
   */
  override offset(ts: number): number {
    if (this.zoneType === 'iana') {
      const day = Math.floor(ts / MS_PER_DAY);
      let known = this.days.get(day);
      if (known === undefined) {
        const start = day * MS_PER_DAY;
        const first = this.compute(start);
        known = first === this.compute(start + MS_PER_DAY / 2) && first === this.compute(start + MS_PER_DAY) ? first : Number.NaN;
        if (this.days.size > 100_000) this.days.clear();
        this.days.set(day, known);
      }
      if (!Number.isNaN(known)) return known;
    }
    const key = Math.floor(ts / 60_000);
    let value = this.memo.get(key);
    if (value === undefined) {
      value = this.compute(ts);
      if (this.memo.size > 200_000) this.memo.clear();
      this.memo.set(key, value);
    }
    return value;
  }
  override equals(other: Zone): boolean {
    return other.type === this.type && other.name === this.name;
  }
}

const ianaCache = new Map<string, Zone>();

const ianaNames = new Map<string, boolean>();

/**
 * Whether a name is an IANA zone, remembered per name: luxon's `IANAZone.isValidZone` builds an
 * `Intl.DateTimeFormat` on every call (about a millisecond), and every calendar file asks for its
 * default zone, its X-WR-TIMEZONE and each TZID.
 * @param name - a zone name as written
 * @returns true when the tz database knows it
 * @example
 * isIanaZone('Asia/Shanghai') //=> true
 */
export function isIanaZone(name: string): boolean {
  let valid = ianaNames.get(name);
  if (valid === undefined) {
    valid = IANAZone.isValidZone(name);
    if (ianaNames.size >= 10_000) ianaNames.clear();
    // Copied: a name sliced from a decoded file would keep that file alive in the map.
    ianaNames.set(detach(name), valid);
  }
  return valid;
}

/**
 * A memoising zone for an IANA name (shared across calendars: the tz database is the same).
 * @param name - a valid IANA zone name
 * @returns the zone
 * @example
 * ianaZone('Asia/Shanghai').offset(0) //=> 480
 */
export function ianaZone(name: string): Zone {
  let zone = ianaCache.get(name);
  if (zone === undefined) {
    // The cache and every occurrence keep the zone: its name must not be a view into a file's text.
    const own = detach(name);
    const inner = IANAZone.create(own);
    if (!inner.isValid) throw new Error(`not an IANA zone: ${name}`);
    zone = new MemoZone(own, (ts) => inner.offset(ts), 'iana');
    ianaCache.set(own, zone);
  }
  return zone;
}

/**
 * Converts a wall-clock time in a zone to an instant, the RFC 5545 §3.3.5 way: a time that does
 * not exist (skipped by a DST gap) is read with the offset in force before the gap — 02:30 on a
 * spring-forward night in New York is 03:30 EDT — and a time that occurs twice (DST overlap) is
 * the first of the two. luxon and ical.js both take the second in an overlap, hence this function.
 * @param zone - the zone
 * @param wall - the local time
 * @returns epoch milliseconds
 * @example
 * wallToInstant(ianaZone('Asia/Shanghai'), { year: 2022, month: 5, day: 10, hour: 9, minute: 0, second: 0 })
 * //=> 1652144400000
 */
export function wallToInstant(zone: Zone, wall: WallTime): number {
  return localToInstant(zone, wallToLocalMillis(wall));
}

/**
 * The same as {@link wallToInstant} for a wall time given as local milliseconds.
 * @param zone - the zone
 * @param local - wall time read as if it were UTC, in milliseconds
 * @returns epoch milliseconds
 */
export function localToInstant(zone: Zone, local: number): number {
  // Offsets a day either side bracket any single transition near this local time.
  const before = zone.offset(local - 86_400_000);
  const after = zone.offset(local + 86_400_000);
  const byBefore = local - before * 60_000;
  if (before === after) return byBefore;
  const byAfter = local - after * 60_000;
  const beforeValid = zone.offset(byBefore) === before;
  const afterValid = zone.offset(byAfter) === after;
  if (beforeValid && afterValid) return Math.min(byBefore, byAfter); // overlap: the first
  if (beforeValid) return byBefore;
  if (afterValid) return byAfter;
  return byBefore; // gap: the offset before the gap
}

/**
 * The wall time of an instant in a zone.
 * @param zone - the zone
 * @param instant - epoch milliseconds
 * @returns the local time there
 */
export function instantToWall(zone: Zone, instant: number): WallTime {
  return localMillisToWall(instant + zone.offset(instant) * 60_000);
}

/** Reads a VTIMEZONE's STANDARD/DAYLIGHT rules into a transition table; null when unusable. */
function vtimezoneZone(component: ParsedComponent, tzid: string): Zone | null {
  const transitions: { at: number; from: number; to: number }[] = [];
  for (const child of component.children) {
    if (child.name !== 'STANDARD' && child.name !== 'DAYLIGHT') continue;
    const get = (name: string) => child.properties.find((p) => p.name === name);
    const from = parseUtcOffset(get('TZOFFSETFROM')?.value ?? '');
    const to = parseUtcOffset(get('TZOFFSETTO')?.value ?? '');
    const start = parseDateTimeText(get('DTSTART')?.value ?? '');
    if (to === null || start === null) continue;
    const fromOffset = from ?? to;
    const add = (wall: WallTime) => transitions.push({ at: wallToLocalMillis(wall) - fromOffset * 60_000, from: fromOffset, to });
    add(start.wall);
    for (const rdate of child.properties.filter((p) => p.name === 'RDATE')) {
      for (const part of rdate.value.split(',')) {
        const parsed = parseDateTimeText(part.trim());
        if (parsed) add(parsed.wall);
      }
    }
    const rrule = get('RRULE');
    if (rrule) {
      try {
        const recur = ICAL.Recur.fromString(rrule.value.replace(/UNTIL=(\d{8}T\d{6})Z/i, 'UNTIL=$1'));
        const dt = ICAL.Time.fromData({ ...start.wall, isDate: false });
        const iterator = recur.iterator(dt);
        // Transitions up to 2200 cover any meeting a calendar can hold; the guard bounds hostile rules.
        for (let guard = 0; guard < 3000; guard += 1) {
          const next = iterator.next();
          if (!next || next.year > 2200) break;
          add({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: next.second });
        }
      } catch {
        // A broken RRULE in a VTIMEZONE leaves the DTSTART transition only.
      }
    }
  }
  if (transitions.length === 0) return null;
  transitions.sort((a, b) => a.at - b.at);
  const ats = transitions.map((t) => t.at);
  const first = transitions[0]!;
  return new MemoZone(
    detach(tzid),
    (ts) => {
      let lo = 0;
      let hi = ats.length - 1;
      if (ts < ats[0]!) return first.from;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ats[mid]! <= ts) lo = mid;
        else hi = mid - 1;
      }
      return transitions[lo]!.to;
    },
    'vtimezone',
  );
}

const PREFIXES = [/^\/mozilla\.org\/[^/]+\//, /^\/softwarestudio\.org\/[^/]+\//, /^\/citadel\.org\/[^/]+\//, /^\//];

/** Strips vendor prefixes and surrounding quotes from a TZID. */
function cleanTzid(tzid: string): string {
  let name = tzid.trim().replace(/^"(.*)"$/, '$1').trim();
  for (const prefix of PREFIXES) {
    const stripped = name.replace(prefix, '');
    if (stripped !== name && isIanaZone(stripped)) return stripped;
  }
  name = name.replace(/^\/softwarestudio\.org\/Tzfile\//, '');
  return name;
}

/**
 * Resolves TZIDs of one calendar, with the rules in the module comment, caching per TZID.
 */
export class ZoneResolver {
  private readonly cache = new Map<string, ResolvedZone>();
  private readonly vtimezones = new Map<string, ParsedComponent>();
  /** The default zone (floating times, unknown TZIDs). */
  readonly defaultZone: Zone;

  /**
   * @param vtimezones - the file's VTIMEZONE components
   * @param defaultZone - IANA name of the calendar's default zone
   */
  constructor(vtimezones: readonly ParsedComponent[], defaultZone: string) {
    this.defaultZone = ianaZone(defaultZone);
    for (const component of vtimezones) {
      const tzid = component.properties.find((p) => p.name === 'TZID')?.value;
      if (tzid !== undefined && !this.vtimezones.has(tzid.trim())) this.vtimezones.set(tzid.trim(), component);
    }
  }

  /**
   * @param tzid - the TZID parameter as written
   * @returns the zone and how it was found
   */
  resolve(tzid: string): ResolvedZone {
    let resolved = this.cache.get(tzid);
    if (resolved === undefined) {
      resolved = this.compute(tzid);
      this.cache.set(tzid, resolved);
    }
    return resolved;
  }

  private compute(tzid: string): ResolvedZone {
    const name = cleanTzid(tzid);
    if (name === '') return { zone: this.defaultZone, source: 'empty' };
    if (isIanaZone(name)) {
      const meant = abbreviationMeaning(name, this.defaultZone);
      return meant === null ? { zone: ianaZone(name), source: 'iana' } : { zone: ianaZone(meant.zone), source: 'ambiguous', other: meant.other };
    }
    const windows = windowsZoneToIana(name);
    if (windows !== null) return { zone: ianaZone(windows), source: 'windows' };
    const component = this.vtimezones.get(tzid.trim()) ?? this.vtimezones.get(name);
    if (component) {
      const zone = vtimezoneZone(component, name);
      if (zone) return { zone, source: 'vtimezone' };
    }
    if (beijingTimeName(name)) return { zone: ianaZone(BEIJING_TIME_ZONE), source: 'beijing-name' };
    const offset = offsetZone(name);
    if (offset !== null) return { zone: offset, source: 'offset' };
    return { zone: this.defaultZone, source: 'unknown' };
  }
}

/**
 * What a zone abbreviation the tz database accepts means in this calendar, when that may surprise:
 * `CST` is a link to US Central time, but a Chinese OA writes it for China Standard Time (Java's
 * `Date.toString()` under Asia/Shanghai prints `CST`). So `CST` is China Standard Time in a
 * calendar whose default zone is at UTC+8, else US Central time; other abbreviations (`EST`, `MST`,
 * `HST` …) keep the database's meaning. Null when the name is no such abbreviation (QB-28).
 * @param name - a valid IANA name as written
 * @param defaultZone - the calendar's default zone
 * @returns the zone used and the other reading, or null
 * @example
 * abbreviationMeaning('CST', ianaZone('Asia/Shanghai')) //=> { zone: 'Asia/Shanghai', other: 'America/Chicago' }
 */
export function abbreviationMeaning(name: string, defaultZone: Zone): { readonly zone: string; readonly other: string } | null {
  // Abbreviations only (`CST`, `EST`, `EST5EDT`): a legacy link spelt as a name (`Japan`, `PRC`'s
  // neighbours) means what it says.
  if (!ABBREVIATION.test(name)) return null;
  const database = ambiguousZone(name);
  if (database === null) return null;
  // 1 January and 1 July 2022 (epoch ms): China has kept UTC+8 all year since 1991.
  const chinaTime = defaultZone.offset(1_640_995_200_000) === 480 && defaultZone.offset(1_656_633_600_000) === 480;
  if (name.toUpperCase() === 'CST' && chinaTime) return { zone: 'Asia/Shanghai', other: database };
  return { zone: database, other: name.toUpperCase() === 'CST' ? 'Asia/Shanghai' : '' };
}

/** An upper-case zone abbreviation, as exporters write them: `CST`, `HST`, `EST5EDT`. */
const ABBREVIATION = /^[A-Z]{2,5}(?:\d[A-Z]{3})?$/u;

/**
 * The fixed-offset zone a TZID spells (`GMT+08:00`, `GMT+0800`, `UTC+8`, `GMT-05:30`, `UTC`, or a
 * Windows display name `(UTC+08:00) …` whose places are not known), or null. Offsets beyond ±14:00
 * (none is in use) are no zone.
 */
function offsetZone(name: string): Zone | null {
  const m = OFFSET_TZID.exec(name) ?? OFFSET_DISPLAY.exec(name.normalize('NFKC'));
  if (m === null) return null;
  if (m[1] === undefined) return FixedOffsetZone.utcInstance;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  if (Number(m[2]) > 14 || Number(m[3] ?? '0') >= 60 || minutes > 14 * 60) return null;
  return FixedOffsetZone.instance(m[1] === '-' ? -minutes : minutes);
}

/** `GMT`/`UTC` with an optional `±h`, `±hh`, `±hhmm` or `±hh:mm`. */
const OFFSET_TZID = /^(?:GMT|UTC)(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?$/iu;
/** A Windows display name in any language whose places are not known here: `(UTC+08:00) …`. */
const OFFSET_DISPLAY = /^\(\s*(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\s*\)/iu;

