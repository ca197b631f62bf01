/**
 * Places: LOCATION texts normalised and mapped to the configured canonical names, and travel
 * times between them.
 */
import type { TravelEntry } from '../model/config.js';
import type { PlaceEntry, Places } from './places-types.js';
import { buildingOf } from './building.js';
import { configuredRoomName, namesRoom, namesSite } from './names-room.js';
import { within } from './within.js';
import { levelWords } from '../config/level-words.js';
import { officeArea } from '../config/calendar-area.js';

/**
 * Builds the place lookup.
 *
 * A LOCATION is normalised by NFKC (full-width digits and brackets as typed by Chinese IMEs become
 * half-width), trimming, collapsing runs of whitespace and lower-casing (and, to find a configured
 * name, dropping a space next to a Chinese character and reading `第1` as `第一`); it is then looked up among
 * the configured names and aliases (normalised the same way). Unknown places are their own
 * canonical name, so two events both at `某镇河道` still share a place. Travel times are symmetric. A
 * place can be booked twice (`bookable`) when it is a room or hall: a configured place as its
 * `bookable` key says, else when one of its names names a room and no site (`configuredRoomName`, `namesSite`);
 * an unconfigured one when its name names a room and no site (`names-room.ts`); a site listed for
 * travel times (`青石镇河道`) is not (QE-1).
 * @param locations - config `locations[]` (`bookable` overrides what the names say; `area` keeps an
 *   entry's names to calendars of that unit, so that 第一会议室 can be each district's own, QJ-1)
 * @param travel - config `travel[]`, in either direction; a later entry for the same pair wins. An
 *   entry between buildings or sites (`区政府大楼` ↔ `青石镇政府`) serves the rooms within them (see
 *   `within`) when no entry names the rooms themselves; the most specific entry wins (QC-4)
 * @returns a {@link Places}
 * @example
 * createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室'] }], []).canonical(' ３０１会议室 ')
 * //=> '区委大楼301会议室'
 */
export function createPlaces(locations: readonly PlaceEntry[], travel: readonly TravelEntry[]): Places {
  const byKey = new Map<string, string>();
  // Entries of one unit (`area`, QJ-1): each district's 第一会议室 is its own building's. Looked up
  // first for a calendar of that unit, then the entries of no unit.
  const byArea = new Map<string, Map<string, string>>();
  // Per configured name (the first entry of a name decides, as it claims its texts first): bookable or not.
  const rooms = new Map<string, boolean>();
  for (const entry of locations) {
    // A configured place is a room when one of its names says so and is no site's (省财政厅 is a department,
    // 李家堂村 a village, QG-3): the companies, parks, schools and works leaders visit are listed for travel times
    // under names no list of site words ends (QE-1, QG-14), while staff's shorthands for rooms are read as
    // rooms (三楼小会, 常委会议, Boardroom: configuredRoomName, QG-4). `bookable` settles the rest.
    if (!rooms.has(entry.name)) {
      const names = [entry.name, ...(entry.aliases ?? [])];
      rooms.set(entry.name, entry.bookable ?? names.some((n) => !namesSite(n) && configuredRoomName(n)));
    }
    const area = entry.area === undefined ? '' : areaKey(entry.area);
    let claims = byKey;
    if (area !== '') {
      claims = byArea.get(area) ?? new Map<string, string>();
      byArea.set(area, claims);
    }
    for (const text of [entry.name, ...(entry.aliases ?? [])]) {
      const key = lookupKey(placeKey(text));
      // First claim wins, names before aliases of later entries.
      if (key !== '' && !claims.has(key)) claims.set(key, entry.name);
    }
  }
  const lookup = (key: string, area: string | null | undefined): string | undefined =>
    (area == null || byArea.size === 0 ? undefined : byArea.get(areaKey(area))?.get(key)) ?? byKey.get(key);

  // A district's calendars repeat a few hundred LOCATION texts over 100 000 occurrences, and NFKC
  // per occurrence was a tenth of the rules' time: keys are remembered by raw text (bounded, so a
  // long-running proposal service typing new texts does not grow without end).
  const keys = new Map<string, string>();
  const keyOf = (text: string): string => {
    let key = keys.get(text);
    if (key === undefined) {
      key = placeKey(text);
      if (keys.size < MEMO_LIMIT) keys.set(text, key);
    }
    return key;
  };

  // The lookup key too, by raw text: `known` is asked for every booking of a check.
  const lookups = new Map<string, string>();
  const lookupOf = (text: string): string => {
    let key = lookups.get(text);
    if (key === undefined) {
      key = lookupKey(keyOf(text));
      if (lookups.size < MEMO_LIMIT) lookups.set(text, key);
    }
    return key;
  };

  const canonical = (location: string | null, area?: string | null): string | null => {
    if (location === null) return null;
    const key = keyOf(location);
    if (key === '') return null;
    return lookup(lookupOf(location), area) ?? (area == null ? key : inArea(key, area));
  };

  const minutes = new Map<string, number>();
  const endpoints = new Set<string>();
  for (const entry of travel) {
    const from = canonical(entry.from);
    const to = canonical(entry.to);
    if (from === null || to === null) continue;
    minutes.set(pairKey(from, to), entry.minutes);
    endpoints.add(from).add(to);
  }

  // QC-4: the endpoints a place lies within (`区政府大楼` for 区政府大楼第一会议室), the place itself
  // first, then the longest (most specific) first; remembered per place (a check asks per pair).
  const sites = new Map<string, readonly string[]>();
  const sitesOf = (place: string): readonly string[] => {
    let found = sites.get(place);
    if (found === undefined) {
      found = [place, ...[...endpoints].filter((e) => e !== place && within(e, place)).sort((x, y) => y.length - x.length)];
      if (sites.size < MEMO_LIMIT) sites.set(place, found);
    }
    return found;
  };
  const bySites = (a: string, b: string): number | null => {
    // The most specific entry: the longest endpoints together. Two sites of one place never pair
    // (rooms of one building are no journey unless an entry names both rooms).
    // Equally specific entries are told apart by their pair key, so that a→b and b→a agree.
    let best: number | null = null;
    let bestLength = -1;
    let bestKey = '';
    for (const x of sitesOf(a)) {
      for (const y of sitesOf(b)) {
        const length = x.length + y.length;
        if (x === y || length < bestLength) continue;
        const key = pairKey(x, y);
        const m = minutes.get(key);
        if (m === undefined || (length === bestLength && key >= bestKey)) continue;
        best = m;
        bestLength = length;
        bestKey = key;
      }
    }
    return best;
  };

  // Every configured key (names and aliases) with its place, for reading a shortened room name.
  const entryOf = (area: string) => ([key, name]: [string, string]) => ({ key, name, area, numbers: numbersOf(key), building: buildingOf(key)?.length ?? 0 });
  const written = [...[...byKey].map(entryOf('')), ...[...byArea].flatMap(([area, claims]) => [...claims].map(entryOf(area)))];
  const abbreviated = (location: string, area?: string | null): string | null => {
    const key = lookupOf(location);
    if (!LOOKS_LIKE_ROOM.test(key) || lookup(key, area) !== undefined) return null;
    const numbers = numbersOf(key);
    const own = area == null ? '' : areaKey(area);
    let found: string | null = null;
    for (const w of written) {
      // Another unit's rooms are not this calendar's to shorten.
      if (w.area !== '' && w.area !== own) continue;
      if (w.name === found || !shortens(key, w.key, w.building) || w.numbers !== numbers) continue;
      if (found !== null) return null;
      found = w.name;
    }
    return found;
  };

  return {
    canonical,
    known: (location, area) => lookup(lookupOf(location), area) ?? null,
    abbreviated,
    bookable: (place) => rooms.get(place) ?? (namesRoom(place) && !namesSite(place)),
    travelMinutes: (from, to) => {
      const a = canonical(from);
      const b = canonical(to);
      if (a === null || b === null) return null;
      if (a === b) return 0;
      return minutes.get(pairKey(a, b)) ?? (endpoints.size === 0 ? null : bySites(a, b));
    },
  };
}

/**
 * An unlisted room's name on a calendar of a unit (QJ-1): a room that names no unit (第一会议室,
 * 常委会议室, 301) is that unit's (青山区第一会议室), and one named after the unit's own organ by its level
 * word alone is that unit's organ's (区政府大楼第一会议室 on 青山区's calendar → 青山区政府大楼第一会议室). A name
 * headed by a unit (江北区政府大楼…) or by another level's word (市行政中心… on a district's calendar), and a
 * site one visits rather than books (李家堂村, 北京), is left as written.
 */
function inArea(key: string, area: string): string {
  if (!namesRoom(key) || namesSite(key)) return key;
  const unit = areaKey(area);
  const words = levelWords(key);
  const head = words[0];
  if (head !== undefined && head.index === 0) {
    // 区政府大楼… on a district's calendar: its own 区政府大楼.
    const word = key.slice(0, head.length);
    return unit.endsWith(word) && unit.length > word.length ? `${unit.slice(0, -word.length)}${key}` : key;
  }
  if (officeArea(key) !== null) return key;
  return `${unit}${key}`;
}

function areaKey(area: string): string {
  return placeKey(area).replace(/\s+/gu, '');
}

/**
 * Whether `short` is `long` written shorter, as staff shorten a room (QC-16): its characters appear in
 * `long` in order, only a generic building word (大楼, 办公楼) or the generic 会议室/第 of the room left out (区委大楼301会议室 → 区委301会议室, 区委大楼301, 区委大楼301室, as the copy matcher reads
 * retyped copies), it starts with the same two characters (the building or organ first: `301会议室`
 * alone may be 301 of any building, `区301会议室` the 区政府's), and the caller compares the numbers whole (`区委大楼30` is not `…301…`).
 */
function shortens(short: string, long: string, building: number): boolean {
  if (short.length >= long.length || short[0] !== long[0] || short[1] !== long[1]) return false;
  let at = 0;
  for (const ch of short) {
    const next = long.indexOf(ch, at);
    if (next < 0 || !dropped(long, at, next, building)) return false;
    at = next + ch.length;
  }
  return dropped(long, at, long.length, building);
}

/**
 * Whether the characters `long[from, to)` may be left out: in the building's name only a generic
 * building word (`大楼` of 区委大楼; not 党校 or 宾馆, which name another site: 区委报告厅 is not the
 * 区委党校报告厅, QD-5) — a space between Latin words counts (Room101 is not Room 101) —, and in the
 * room's own name only the generic 会议, 室 and 第 (`区委会议室` is not the 区委大楼常委会议室: 常委 names it).
 */
function dropped(long: string, from: number, to: number, building: number): boolean {
  const split = Math.min(Math.max(from, building), to);
  if (from < split && !GENERIC_BUILDING.test(long.slice(from, split))) return false;
  for (let i = split; i < to; i++) if (!GENERIC_ROOM.includes(long[i]!)) return false;
  return true;
}

/** Building words a shortening may leave out: they name the building of the organ, not another site. */
const GENERIC_BUILDING = /^(?:大楼|大厦|办公楼|综合楼|行政楼|主楼)+$/u;
/** Room-name characters a shortening may leave out. */
const GENERIC_ROOM = '会议室第';

/**
 * The numbers of a place key, whole and in order (`301`, `一` of 第一, `三` of 三楼), joined: a
 * shortened name keeps every number of the room it names, and no other (第一 is not 第十一, 30 not 301).
 */
function numbersOf(key: string): string {
  return (key.match(NUMBER) ?? []).join(',');
}
const NUMBER = /\d+|[零一二三四五六七八九十百]+/gu;

/** A shortened name must still name a room: a room word or a room number (`区委大楼301`). */
const LOOKS_LIKE_ROOM = /[室厅堂]|会场|\d{2,4}/u;

/** Distinct texts remembered per `Places`; beyond it texts are normalised each time. */
const MEMO_LIMIT = 100_000;

function placeKey(text: string): string {
  // Invisible format characters (Unicode Cf: U+200B zero-width space, U+00AD soft hyphen, U+FEFF) come
  // with text pasted from WeChat articles and Word notices; NFKC keeps them, and the room looks the same (QC-33).
  return text.normalize('NFKC').replace(FORMAT, '').trim().replace(/\s+/gu, ' ').toLowerCase();
}

const FORMAT = /\p{Cf}/gu;

/**
 * The key configured names are looked up by: a space next to a Chinese character carries no meaning
 * there (`区政府大楼 第一会议室`: OA forms join the building and room fields with one, QB-10); between
 * Latin words it separates them (`Room 101`). An unlisted place keeps its spaces in its own name.
 */
function lookupKey(key: string): string {
  return key.replace(HAN_SPACE, '').replace(ORDINAL, (_, n: string) => `第${chineseNumber(Number(n))}`);
}

/** `第1`, `第12`: an ordinal written in Arabic digits, spelt in Chinese for lookups (第1会议室 is 第一会议室, QB-35). */
const ORDINAL = /第(\d{1,2})(?!\d)/gu;
const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. */
function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** A space with a Chinese character on either side. */
const HAN_SPACE = /(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu;

function pairKey(a: string, b: string): string {
  // Symmetric: the pair is stored once, in code-point order.
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
