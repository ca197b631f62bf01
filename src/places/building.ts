/**
 * The building a room is in, read from its name: `区政府大楼第一会议室` and `区政府大楼第二会议室` are in
 * the 区政府大楼, `区委大楼301会议室` and `区委大楼302会议室` in the 区委大楼. Going from one room to the
 * next down the corridor is no journey: `travel-time` asks no travel time between them (QB-17).
 */

/**
 * The building part of a place name: the text up to the last building word (大楼, 大厦, 办公楼,
 * 综合楼, N号楼, A座, …中心, 宾馆, 酒店, 饭店, 党校, or an organ housed in its own building: 区政府, 区委,
 * 区人大, 区政协) when a room follows it (…室, …厅, …堂, 会场, a room
 * number); null when the name names no room in a building (青石镇政府, 某镇河道, a bare 第一会议室).
 * @param place - a canonical place name
 * @returns the building, or null
 * @example
 * buildingOf('区委大楼301会议室') //=> '区委大楼'
 * buildingOf('市行政中心1号楼大会堂') //=> '市行政中心1号楼'
 * buildingOf('青石镇政府') //=> null
 */
export function buildingOf(place: string): string | null {
  const m = BUILDING_AND_ROOM.exec(place);
  if (m === null) return null;
  const [, building, room] = m as unknown as [string, string, string];
  return ROOM.test(room) ? building.trim() : null;
}

/**
 * Whether two different places are rooms of one building (see {@link buildingOf}).
 * @param a - a canonical place name
 * @param b - another
 * @returns true when both name a room and their buildings are the same
 * @example
 * sameBuilding('区政府大楼第一会议室', '区政府大楼第二会议室') //=> true
 * sameBuilding('区政府大楼第一会议室', '区委大楼301会议室') //=> false
 */
export function sameBuilding(a: string, b: string): boolean {
  const building = buildingOf(a);
  return building !== null && building === buildingOf(b);
}

/** Greedy: the last building word before the room, so `市行政中心1号楼大会堂` is in the 1号楼. */
const BUILDING_AND_ROOM = /^(.*(?:大楼|大厦|办公楼|综合楼|[\dA-Za-z一二三四五六七八九十]+号楼|[A-Za-z]座|中心|宾馆|酒店|饭店|党校|政府|[省市区县]委|人大|政协))(.+)$/u;
/** What follows a building when it is a room: a room word or a room number. */
const ROOM = /[室厅堂]|会场|^\s*[-\s]*(?:[A-Za-z]?\d{2,4}|[\d一二三四五六七八九十]+\s*(?:楼|层|F))/iu;
