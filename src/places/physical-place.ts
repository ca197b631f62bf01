/**
 * Which physical places a LOCATION names. Online meetings put their join link in LOCATION
 * (`https://meeting.tencent.com/…`, Teams and Zoom links); a link is not a room that can be
 * double-booked, nor a place one travels to. Government offices word the place of a 电视电话会议 or
 * of a meeting in two rooms as `区委大楼301会议室（主会场）`, `主会场：区委大楼301会议室；分会场：各镇街`
 * or `301会议室、302会议室`: each configured room named that way is booked (qa-bugs QA-10).
 */
import type { Places } from './places-types.js';

/**
 * The physical places a LOCATION or room name books, main place first.
 *
 * 1. Online links are removed, the text is split on `;`, `；` and newlines, and parts that are only
 *    an online service (`腾讯会议`, `（腾讯会议 …）`) are dropped; nothing left → no place.
 * 2. When what is left, as a whole, is a configured place (name or alias) → that place.
 * 3. Else every part is read without its label (`主会场：`, `分会场：`, `会场：`, `地点：`,
 *    `会议地点：`) and venue annotations (`（主会场）`, `（分会场）`), and split on `、`, `,`, `，`
 *    and `/`; each piece that is a configured place is booked. A part labelled or annotated 主会场
 *    comes first (it is the main place, the one travel is measured to), then the order written.
 * 4. When no configured place is found that way, the whole text is one place of its own name
 *    (`Places.canonical`), as an unlisted LOCATION always was: wording is only taken apart to find
 *    configured rooms, never to make up unlisted ones (an address after a comma is no second room).
 *
 * Results are remembered per `Places` by raw text (calendars repeat a few hundred texts).
 * @param places - the place lookup
 * @param text - LOCATION value or room name as written
 * @param area - the unit of the calendar it is written on (`calendarArea`), when known: its
 *   configured rooms are looked up first, and an unlisted room naming no unit is its own (QJ-1)
 * @returns canonical places, each once, main place first; empty for none or an online link
 * @example
 * physicalPlaces(createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '302会议室' }], []), '301会议室、302会议室')
 * //=> ['区委大楼301会议室', '302会议室']
 */
export function physicalPlaces(places: Places, text: string | null, area?: string | null): readonly string[] {
  if (text === null) return NONE;
  if (area != null) places = inUnit(places, area);
  // One check asks with one Places hundreds of thousands of times: the last one's memo is at hand.
  let memo = places === lastPlaces ? lastMemo : memos.get(places);
  if (memo === undefined) {
    memo = new Map();
    memos.set(places, memo);
  }
  lastPlaces = places;
  lastMemo = memo;
  let found = memo.get(text);
  if (found === undefined) {
    found = Object.freeze(physicalPlacesUncached(places, text));
    // Bounded: a long-running proposal service may see ever new texts.
    if (memo.size < MEMO_LIMIT) memo.set(text, found);
  }
  return found;
}

/**
 * The main physical place of a LOCATION or room name (the first of {@link physicalPlaces}), or
 * null for none or an online link.
 * @param places - the place lookup
 * @param text - LOCATION value or room name as written
 * @returns the canonical place, or null when empty or a URL
 * @example
 * physicalPlace(createPlaces([], []), 'https://meeting.tencent.com/dm/abc')
 * //=> null
 */
export function physicalPlace(places: Places, text: string | null): string | null {
  return physicalPlaces(places, text)[0] ?? null;
}

/**
 * The place lookup as a calendar of one unit reads it (`Places.known`, `abbreviated` and `canonical`
 * asked with the unit), one per lookup and unit, so that each has its own memo of texts.
 */
function inUnit(places: Places, area: string): Places {
  let byArea = units.get(places);
  if (byArea === undefined) {
    byArea = new Map();
    units.set(places, byArea);
  }
  let view = byArea.get(area);
  if (view === undefined) {
    view = {
      canonical: (location) => places.canonical(location, area),
      known: (location) => places.known(location, area),
      abbreviated: (location) => places.abbreviated(location, area),
      travelMinutes: (from, to) => places.travelMinutes(from, to),
      bookable: (place) => places.bookable(place),
    };
    byArea.set(area, view);
  }
  return view;
}

const units = new WeakMap<Places, Map<string, Places>>();

const NONE: readonly string[] = Object.freeze([]);
const MEMO_LIMIT = 100_000;
const memos = new WeakMap<Places, Map<string, readonly string[]>>();
let lastPlaces: Places | undefined;
let lastMemo: Map<string, readonly string[]> | undefined;

function physicalPlacesUncached(places: Places, text: string): string[] {
  // A hybrid meeting writes the room and the join link together ("301会议室（腾讯会议 https://…）",
  // "Microsoft Teams 会议; 301会议室"): the room is still booked, so only the online part is removed.
  const parts = text
    .replace(/(?:(?:https?|ftp):\/\/|\bwww\.)[^\s（）()<>"“”，,；;]+/giu, ' ')
    .split(/[;；\n]/u)
    .map((part) => part.replace(/[（(][^（()）]*[)）]/gu, (inner) => (ONLINE_ONLY.test(inner.slice(1, -1).trim()) || inner.slice(1, -1).trim() === '' ? ' ' : inner)))
    .map((part) => part.trim())
    .filter((part) => part !== '' && !ONLINE_ONLY.test(part))
    .map(withoutOnlineEnd);
  if (parts.length === 0) return [];
  const whole = parts.join(' ');
  const wholeKnown = places.known(whole);
  if (wholeKnown !== null) return [wholeKnown];

  const main: string[] = [];
  const rest: string[] = [];
  for (const part of parts) {
    const label = VENUE_LABEL.exec(part);
    const body = label === null ? part : part.slice(label[0].length);
    const labelledMain = label?.[1] === '主会场';
    const known = places.known(part) ?? places.known(body);
    if (known !== null) {
      (labelledMain || MAIN_ANNOTATION.test(body) ? main : rest).push(known);
      continue;
    }
    // A configured name may itself contain a separator: the whole part is tried before its pieces.
    const bareBody = body.replace(VENUE_ANNOTATION, ' ').trim();
    // A configured room with a note after it — `区政府大楼第一会议室（3楼）`, `第一会议室(三楼东侧)` — is that room.
    const bodyKnown =
      places.known(bareBody) ?? withNote(places, bareBody) ?? resourceName(places, bareBody) ?? withoutFloor(places, bareBody) ?? spelledApart(places, bareBody) ?? withAddress(places, bareBody) ?? places.abbreviated(bareBody);
    if (bodyKnown !== null) {
      (labelledMain || MAIN_ANNOTATION.test(body) ? main : rest).push(bodyKnown);
      continue;
    }
    for (const piece of body.split(/[、,，/／]/u)) {
      const bare = piece.replace(VENUE_ANNOTATION, ' ').trim();
      // `各区视频会商中心` (each district's video room, in a city notice) is this district's 区视频会商中心.
      const own = bare.replace(EACH_LEVEL, '$1');
      const pieceKnown =
        bare === '' ? null : (places.known(bare) ?? withNote(places, bare) ?? resourceName(places, bare) ?? (own !== bare ? places.known(own) : null) ?? places.abbreviated(bare));
      if (pieceKnown !== null) (labelledMain || MAIN_ANNOTATION.test(piece) ? main : rest).push(pieceKnown);
    }
  }
  const found = [...new Set([...main, ...rest])];
  if (found.length > 0) return found;
  const own = places.canonical(whole);
  return own === null ? [] : [own];
}

/**
 * A part with the online half of a hybrid meeting written before or after the room, joined by a space
 * or a plus sign (QC-15): `区委大楼301会议室 腾讯会议`, `区委大楼301会议室+腾讯会议`, `…会议室 腾讯会议号：123-456-789`,
 * `线下：区委大楼301会议室 线上：腾讯会议`, `腾讯会议 301会议室`. The longest online end is cut off; the
 * part itself is not online (already dropped), so something is always left. A space inside a room
 * name (`区政府大楼 第一会议室`, `Room 101`) stays: only an end that is wholly an online service goes.
 */
function withoutOnlineEnd(part: string): string {
  if (!ONLINE_MENTION.test(part)) return part;
  const cuts = [...part.matchAll(JOIN)];
  // Longest online tail first: the first join whose tail is online.
  for (const cut of cuts) {
    const tail = part.slice(cut.index + cut[0].length);
    if (tail !== '' && ONLINE_ONLY.test(tail)) return withoutOnlineEnd(part.slice(0, cut.index).trim());
  }
  for (let i = cuts.length - 1; i >= 0; i--) {
    const cut = cuts[i]!;
    const head = part.slice(0, cut.index);
    if (head !== '' && ONLINE_ONLY.test(head)) return part.slice(cut.index + cut[0].length).trim();
  }
  return part;
}

/** A join between the room and the online part: spaces, or a plus sign with or without them. */
const JOIN = /\s*[+＋]\s*|\s+/gu;

/** `各` before a level: `各区…`, `各县…`, `各镇…`, `各街道…` (each one's own). */
const EACH_LEVEL = /^各(区|县|镇|乡|街道)/u;

/**
 * A leading venue label: `主会场：`, `分会场:`, `会场：`, `地点：`, `会议地点：`, and the physical half of a
 * hybrid meeting, `线下：`, `线下会场：`, `现场：` (QC-15) (any colon, NFKC or not).
 */
const VENUE_LABEL = /^\s*(主会场|分会场|会场|会议地点|地点|线下(?:会场)?|现场(?:会场)?)\s*[:：]\s*/u;
/** A bracketed venue role after a room: `（主会场）`, `(分会场2)`, `【会场】`. */
const VENUE_ANNOTATION = /[（(【[]\s*(?:主会场|分会场|会场)\s*\d*\s*[)）】\]]/gu;
/**
 * A configured room written with a bracketed note after it. A note naming a building picks that
 * building's room (`第一会议室（区委大楼）` is 区委大楼第一会议室 when configured, and never the 区政府's
 * 第一会议室: QA26-45); a note about the floor, the wing or the size (`（3楼）`, `(三楼东侧)`,
 * `【可容纳40人】`, a bare number, the capacity of Outlook's and Google's room lists: `(20)`, or a booking
 * status: `（已预约）`, `（暂定）`, `[已确认]`) is dropped when what is left is a configured place (QA26-5,
 * QB-10, QB-35).
 */
function withNote(places: Places, text: string): string | null {
  const m = TRAILING_NOTE.exec(text);
  if (m === null) return null;
  const note = m[1]!.trim();
  const room = text.slice(0, m.index).trim();
  if (room === '') return null;
  const building = note.replace(FLOOR_PART, '').trim();
  const inBuilding = building === '' ? null : places.known(`${building}${room}`);
  if (inBuilding !== null) return inBuilding;
  // A street address after the room (Apple Maps, an OA address field: `(江滨区滨江路1号)`, QC-34) is a detail too.
  if (ADDRESS_NOTE.test(note)) return places.known(room) ?? resourceName(places, room);
  return NAMES_BUILDING.test(note) || !FLOOR_NOTE.test(note) ? null : (places.known(room) ?? resourceName(places, room));
}

/**
 * A room as Google Workspace names its resources, `楼宇-楼层-名称` (`区政府大楼-3-第一会议室`, the
 * capacity `(20)` already taken off as a note): the building's room when configured, else the room
 * name alone when that is configured (QB-10).
 */
function resourceName(places: Places, text: string): string | null {
  const m = RESOURCE_NAME.exec(text);
  if (m === null) return null;
  const [, building, , room] = m as unknown as [string, string, string, string];
  return places.known(`${building.trim()}${room.trim()}`) ?? places.known(room.trim());
}

/**
 * A configured room with its floor written between the building and the room (`区政府大楼一楼第一会议室`,
 * `区委大楼3层301会议室`): the floor is a detail, as in a note (QB-35).
 */
function withoutFloor(places: Places, text: string): string | null {
  const bare = text.replace(INNER_FLOOR, '$1');
  return bare === text ? null : (places.known(bare) ?? withNote(places, bare));
}

/** A floor right after a building word: `大楼一楼`, `大厦3层`, `办公楼2F`, `大楼 3楼 ` (QC-34). */
const INNER_FLOOR = /(大楼|大厦|办公楼|综合楼|号楼|[A-Za-z]座)\s*[\d一二三四五六七八九十]+\s*(?:楼|层|F)\s*(?=\S)/giu;

/**
 * A configured room with its building and room written apart as room-booking systems and OA forms do
 * (QC-34): joined by a hyphen (`区政府大楼-第一会议室`), the building in brackets first
 * (`【区政府大楼】第一会议室`) — the building's room when configured —, or a floor before the room as
 * Feishu and DingTalk name room resources (`3F-第一会议室(20人)`, `F3-第一会议室(10)`, `3楼-第一会议室`) —
 * the room when configured, a capacity note aside.
 */
function spelledApart(places: Places, text: string): string | null {
  const joined = HYPHENED.exec(text) ?? BRACKETED_BUILDING.exec(text);
  if (joined !== null) {
    const inBuilding = places.known(`${joined[1]!.trim()}${joined[2]!.trim()}`) ?? withNote(places, `${joined[1]!.trim()}${joined[2]!.trim()}`);
    if (inBuilding !== null) return inBuilding;
  }
  const floor = FLOOR_PREFIX.exec(text);
  if (floor === null) return null;
  const room = text.slice(floor[0].length).trim();
  return room === '' ? null : (places.known(room) ?? withNote(places, room));
}

/**
 * A configured room written together with its street address, as map pickers and OA address fields do
 * (QF-14): the address in front (`江滨区滨江路1号区政府大楼第一会议室`, a DingTalk or Feishu place picked from
 * 高德), or after a dash (`区政府第一会议室 - 江滨区滨江路1号`). The address is a detail when what is left is a
 * configured room; otherwise nothing is taken apart (`滨江路1号楼…` is a building number, not an address).
 */
function withAddress(places: Places, text: string): string | null {
  const front = ADDRESS_PREFIX.exec(text);
  if (front !== null) {
    const room = text.slice(front[0].length).trim();
    const known = room === '' ? null : (places.known(room) ?? withNote(places, room) ?? withoutFloor(places, room));
    if (known !== null) return known;
  }
  const dashed = HYPHENED.exec(text);
  if (dashed === null) return null;
  const [head, tail] = [dashed[1]!.trim(), dashed[2]!.trim()];
  if (ADDRESS_NOTE.test(tail)) return places.known(head) ?? withNote(places, head) ?? withoutFloor(places, head);
  if (ADDRESS_NOTE.test(head)) return places.known(tail) ?? withNote(places, tail) ?? withoutFloor(places, tail);
  return null;
}

/** A street address at the start: up to a road's house number (`江滨区滨江路1号`, `人民大道100号院`). */
const ADDRESS_PREFIX = /^.*?[路街道巷弄]\s*\d+\s*号(?:院)?\s*/u;

/** `building-room`, one hyphen or dash (a floor between them is `resourceName`'s). */
const HYPHENED = /^([^-—–]+?)\s*[-—–]\s*([^-—–]+)$/u;
/** `【building】room`, `[building] room`. */
const BRACKETED_BUILDING = /^\s*[【[]([^【】[\]]+)[】\]]\s*(.+)$/u;
/** A floor before the room: `3F-`, `F3-`, `B1-`, `3楼-`, `3层 `. */
const FLOOR_PREFIX = /^\s*(?:[BF]\d{1,3}|\d{1,3}\s*[FL楼层])\s*[-—–\s]\s*/iu;

/** `building-floor-room`: a floor as Google writes it (`3`, `3F`, `B1`, `L2`, `3楼`). */
const RESOURCE_NAME = /^(.+?)\s*-\s*([BLF]?\d{1,3}[FL楼层]?)\s*-\s*(.+)$/iu;

/** A bracketed note at the end of a place; group 1 is its text. */
const TRAILING_NOTE = /\s*[（(【[]([^（()）【】[\]]*)[)）】\]]\s*$/u;
/** A floor, wing or size note: 3楼, 三楼东侧, 2F, 东侧, 可容纳40人, 40座. */
const FLOOR_NOTE = /^(?:[\d一二三四五六七八九十]+\s*(?:楼|层|F)|[东西南北][侧边面]|可容纳|\d+\s*[人座]|\d{1,4}$|(?:已|待)?(?:预约|预订|确认|定)$|暂定$)/iu;
/** The floor part at the end of a building note (`区委大楼3楼` → `区委大楼`). */
const FLOOR_PART = /[\d一二三四五六七八九十]+\s*(?:楼|层|F)[东西南北侧边面]*$/iu;
/** A street address: a road and a house number (`滨江路1号`, `人民大道100号`). */
const ADDRESS_NOTE = /[路街道巷弄]\s*\d+\s*号/u;
/** A note naming a building rather than a floor. */
const NAMES_BUILDING = /大楼|大厦|楼宇|办公楼|[院馆]|中心/u;
const MAIN_ANNOTATION = /[（(【[]\s*主会场\s*[)）】\]]/u;

/**
 * Names of online meeting services as office staff type them into LOCATION when the meeting is
 * online (the link goes in DESCRIPTION). They are no room and no place to travel to.
 */
const ONLINE_SERVICE =
  '(?:腾讯会议|钉钉(?:视频)?会议|飞书(?:视频)?会议|飞书|钉钉|企业微信(?:会议)?|华为云会议|welink(?:会议)?|zoom(?:\\s*meeting)?|(?:microsoft\\s+)?teams(?:\\s*(?:会议|meeting))?|webex(?:\\s*meeting)?|skype(?:\\s*(?:会议|meeting))?|google\\s*meet|(?:网络)?视频会议|线上(?:会议)?|网络会议|在线会议|电话会议|online(?:\\s*meeting)?|视频(?:连线|直播)?|直播|线上线下(?:结合|同步)?|线上\\s*[+＋/]\\s*线下)';
/**
 * An online part as a whole: optionally labelled (`线上：`, `线上同步：`, `视频接入：`, QC-15), a service or
 * the mode of a meeting held in a room and online (`视频`, `线上线下结合`, `直播`), then only its meeting
 * number, ID or password (`腾讯会议号：123-456-789`, `腾讯会议 123 456 789 密码：1234`) or how it is joined
 * (`腾讯会议同步`). Never a room word after it: a 视频会议室 or 视频会商中心 is a room.
 */
const ONLINE_ONLY = new RegExp(
  `^(?:(?:线上|网络|视频|在线|同步)(?:同步|参会|会议|直播|接入|连线)?\\s*[:：]\\s*)?${ONLINE_SERVICE}(?:[:：\\s\\d#-]|会议号|会议id|号码?|id|密码|口令|同步|直播|接入|参会|入会|链接|结合)*$`,
  'iu',
);
/** Cheap pre-test: the text mentions an online service somewhere. */
const ONLINE_MENTION = new RegExp(ONLINE_SERVICE, 'iu');
