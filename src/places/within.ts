/**
 * Whether a place lies within a site a `travel[]` entry names: a district writes its travel table
 * between buildings and sites (`区政府大楼` ↔ `青石镇政府` 60 minutes), not between every pair of rooms
 * (QC-4). The rooms of a building are read from their names, as for "no travel inside one
 * building" (`building.ts`).
 */

/**
 * Whether `place` is a room within `site`: its name starts with the site's, and what follows is a
 * room — after, at most, the building words of the site itself (`区政府` → `区政府大楼第一会议室`,
 * `市行政中心` → `市行政中心1号楼大会堂`, `青石镇` → `青石镇政府三楼会议室`). What follows must name no
 * other building or organ: `区委党校报告厅` is not within `区委` (the party school is a site of its own),
 * nor `市行政中心1号楼大会堂` within `市`. A site that is no prefix, or the place itself, is not within.
 * Compared after NFKC, lower-casing and without spaces.
 * @param site - a `travel[]` endpoint (a building, site or town)
 * @param place - a canonical place name
 * @returns true when the place is a room of the site
 * @example
 * within('区政府大楼', '区政府大楼第一会议室') //=> true
 * within('区委', '区委党校报告厅') //=> false
 */
export function within(site: string, place: string): boolean {
  const s = squeeze(site);
  const p = squeeze(place);
  if (s === '' || p.length <= s.length || !p.startsWith(s)) return false;
  const rest = p.slice(s.length).replace(SITE_BUILDING, '');
  return rest !== '' && ROOM.test(rest) && !OTHER_SITE.test(rest);
}

function squeeze(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Building words of the site itself right after its name: 大楼, 办公楼, 1号楼, A座, (镇)政府, 机关. */
const SITE_BUILDING = /^(?:大楼|大厦|办公楼|综合楼|行政楼|主楼|副楼|附楼|[\da-z一二三四五六七八九十]+号楼|[a-z]座|政府|机关)+/u;
/** A room: a room word or a room number, or a floor then a room. */
const ROOM = /[室厅堂]|会场|^-?(?:[a-z]?\d{2,4}[a-z]?$|[\d一二三四五六七八九十]+(?:楼|层|f))/u;
/** Words that make what follows another building, organ or place. */
const OTHER_SITE = /大楼|大厦|办公楼|综合楼|号楼|中心|宾馆|酒店|饭店|党校|学校|医院|卫生院|政府|[省市区县]委|人大|政协|[镇乡村]|街道|社区|公司|[a-z]座/u;
