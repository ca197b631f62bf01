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
 * or with the office shorthand for the N-th meeting room (`区府一会`, `三会` for 第三会议室), or another shorthand
 * staff use for a room (`三楼小会`, `常委会议`, `Boardroom`).
 * @param name - a configured name or alias
 * @returns true when it names a room or hall
 * @example
 * configuredRoomName('区委301') //=> true
 */
export function configuredRoomName(name: string): boolean {
  const text = name.normalize('NFKC').trim();
  return namesRoom(text) || ROOM_NUMBER_END.test(text) || NTH_ROOM.test(text) || ROOM_SHORTHAND.test(text);
}

/**
 * Rooms as staff list them without 室 (QG-4): a 小会/大会 room after its floor or organ (`三楼小会`, `区委小会`), a
 * room named for the meeting it holds (`常委会议` for 常委会议室), an English *room (`Boardroom`, `Meetingroom`).
 */
const ROOM_SHORTHAND = /.(?:小会|大会)$|会议$|room$/iu;

/**
 * Whether a place name says it is a site one visits rather than a room (QE-1, QG-3): a village, town or
 * other area (`李家堂村`, `青石镇`, `…街道`, `…社区`, `青石镇河道`, `…园区`), an organ or its building (`省财政厅`,
 * `省政府办公厅`, `省发展改革委`, `区政府`, `区委党校`, `区政府大楼`, `市行政中心`, `江滨宾馆`) or a road (`滨江路`,
 * `省道S206`, `G60`). A 厅 is a department after its field (财政厅, 教育厅, 办公厅), a hall after a room word
 * (报告厅, 多功能厅, 会见厅: {@link namesRoom}); a room word or number closing the name wins over the site
 * before it (`区政府大楼第一会议室`, `区委大楼301`).
 * @param name - a configured name or alias
 * @returns true when it names a site, not a room
 * @example
 * namesSite('省财政厅') //=> true
 * namesSite('市民中心报告厅') //=> false
 */
export function namesSite(name: string): boolean {
  const text = name.normalize('NFKC').trim();
  if (ROAD.test(text)) return true;
  if (ROOM_END.test(text)) return false;
  return SITE_END.test(text) || DEPARTMENT.test(text);
}

/** A road or highway: `滨江路`, `人民大道`, `滨江路100号`, `省道S206`, `G60`. */
const ROAD = /(?:[路街巷]|大道)(?:\s*\d+\s*号?)?$|(?:省道|国道|县道|高速)\s*[GSXY]?\d*$|^[GSXY]\d{1,4}$/iu;
/** A room word or room number closing a name: the place is that room, whatever comes before it. */
const ROOM_END =
  /(?:室|会议厅|报告厅|多功能厅|大厅|会见厅|接待厅|宴会厅|演播厅|展厅|议事厅|礼堂|会堂|会场|会议区|(?:会商|会议|指挥|视频|调度)中心|room|hall|auditorium|chamber|\d{2,4}[a-z]?)$/iu;
/** An area, an organ or a building at the end of a name. */
const SITE_END =
  /(?:村|镇|乡|街道|社区|河道|河段|水库|园区|开发区|景区|公园|广场|党委|[区市县省]委|纪委|政府|人大常委会|政协|委员会|法院|检察院|党校|[局办院所部署委]|大楼|大厦|办公楼|综合楼|行政中心|服务中心|宾馆|酒店|饭店)$/u;
/** A 厅-level department (省财政厅, 自治区教育厅, 省政府办公厅), not a hall. */
const DEPARTMENT =
  /(?:财政|教育|公安|水利|交通运输|交通|自然资源|国土资源|生态环境|环境保护|住房和城乡建设|住房城乡建设|建设|农业农村|农业|商务|文化和旅游|文化|卫生健康|卫生|民政|司法|人力资源和社会保障|人力资源社会保障|科学技术|科技|工业和信息化|应急管理|审计|统计|办公|林业|粮食|体育|广播电视)厅$/u;

const ROOM_WORDS = /[室厅堂]|会场|会议区|(?:会商|会议|指挥|视频|调度)中心|\broom\b|\bhall\b|auditorium|chamber|^[a-z]?\d{2,4}[a-z]?$|\d+\s*[楼层f]\s*-?\s*[a-z]?\d{2,4}/iu;
/** A room number closing a name, after something that is not a digit: `区委301`, `A座1201`, `2号楼305`. */
const ROOM_NUMBER_END = /\D[a-z]?\d{2,4}[a-z]?$/iu;
/** 一会, 三会, 3会: the N-th meeting room as offices shorten 第N会议室. */
const NTH_ROOM = /(?:^|[^\d一二三四五六七八九十])[\d一二三四五六七八九十]会$/u;
