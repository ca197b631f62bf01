/**
 * Whether a place's name says it is a room or hall — something one meeting occupies, so that two at
 * once are a clash — rather than a site one travels to (a town, a river reach, a building).
 */

/**
 * Whether a place name (as written, or canonical) names a room or hall: a room word (会议室, 报告厅,
 * 大会堂, 礼堂, 主会场, Room 101, Hall B), a meeting centre (视频会商中心, 会议中心, 指挥中心 — not a 服务中心
 * visited on a tour), or a room number as OA exports write it alone (`301`, `A301`, `3楼301`, QA26-48).
 * A town, a city, a country or a site (青石镇, 北京, 青石镇河道 — where two leaders' visits may well be at
 * once) is a place to travel to, not a room (QA26-42, QE-1).
 * @param name - the place's name
 * @returns true when it names a room or hall
 * @example
 * namesRoom('区政府大楼第一会议室') //=> true
 * namesRoom('青石镇河道') //=> false
 */
export function namesRoom(name: string): boolean {
  return ROOM_WORDS.test(name);
}

/**
 * Whether a configured place's name (`locations[].name` or an alias) names a room: as {@link namesRoom},
 * or ending with a room number after its building or organ (`区委301`, `A座1201`) — a number staff
 * listed as a place is a room's, while in a LOCATION never configured it may be a street's (`滨江路100`) —,
 * or with the office shorthand for the N-th meeting room (`区府一会`, `三会` for 第三会议室).
 * @param name - a configured name or alias
 * @returns true when it names a room or hall
 * @example
 * configuredRoomName('区委301') //=> true
 */
export function configuredRoomName(name: string): boolean {
  const text = name.normalize('NFKC').trim();
  return namesRoom(text) || ROOM_NUMBER_END.test(text) || NTH_ROOM.test(text);
}

const ROOM_WORDS = /[室厅堂]|会场|会议区|(?:会商|会议|指挥|视频|调度)中心|\broom\b|\bhall\b|auditorium|chamber|^[a-z]?\d{2,4}[a-z]?$|\d+\s*[楼层f]\s*-?\s*[a-z]?\d{2,4}/iu;
/** A room number closing a name, after something that is not a digit: `区委301`, `A座1201`, `2号楼305`. */
const ROOM_NUMBER_END = /\D[a-z]?\d{2,4}[a-z]?$/iu;
/** 一会, 三会, 3会: the N-th meeting room as offices shorten 第N会议室. */
const NTH_ROOM = /(?:^|[^\d一二三四五六七八九十])[\d一二三四五六七八九十]会$/u;
