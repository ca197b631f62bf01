#!/usr/bin/env node
/**
 * Deterministic generator of a realistic year of government meeting calendars, for the benchmark
 * (issue 5). Not a test: it writes `.ics` files and a `tongchou.json` into a cache folder under the
 * system temp dir (never into the repository) and reuses them while the generator version matches.
 *
 * What a year looks like (2025, window 2025-01-01..2025-12-31, Asia/Shanghai):
 * - the city's four offices (市委办 市政府办 市人大办 市政协办) and, per district, its four (区委办 区政府办
 *   区人大办 区政协办), each with a calendar of the meetings it convenes;
 * - leaders' personal calendars (the owner attends every busy event on them), holding copies of the
 *   meetings they are invited to (same UID, as Outlook/DingTalk exports do) plus their own 调研, 接待,
 *   出差 (all-day, transparent) and weekly/daily routines;
 * - meeting-room calendars (CUTYPE=ROOM attendees) with copies of their bookings;
 * - weekly, fortnightly, daily-workday, monthly (nth weekday) and quarterly series, many begun in
 *   earlier years, with EXDATE on public holidays and RECURRENCE-ID overrides (moved, re-roomed,
 *   cancelled instances);
 * - city → district follow-up chains (总河长会议, 安全生产, 防汛) with RFC 9253 RELATED-TO links;
 * - attendees with CN and mailto, rooms as CUTYPE=ROOM, TEXT escaping and 75-octet line folding.
 * Meetings are placed against each person's and room's occupancy so that conflicts are rare and
 * deliberate (about 1 %), as in real calendars.
 *
 * Sizes are occurrences per year summed over all files (copies included): 1k, 10k, 100k, and 1m
 * (ten districts of one city; opt-in). Randomness is a seeded PRNG: the same size always gives the
 * same bytes.
 *
 * Usage: node test/bench/generate.mjs [1k] [10k] [100k] [1m] [--force]
 *   (default 1k 10k 100k; prints files, bytes, VEVENTs and occurrences per size)
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output changes, so stale caches are regenerated. */
export const GENERATOR_VERSION = 3;

/** Occurrences per year for each size label. */
export const SIZES = { '1k': 1_000, '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

/** How many districts, personal calendars (per district) and room calendars (per district) a size has. */
const SHAPES = {
  '1k': { districts: 1, personal: 4, rooms: 2, people: 50 },
  '10k': { districts: 1, personal: 12, rooms: 4, people: 80 },
  '100k': { districts: 1, personal: 140, rooms: 9, people: 160 },
  '1m': { districts: 10, personal: 139, rooms: 9, people: 0 /* every owner: ~1,500 */ },
};

export const YEAR = 2025;
export const WINDOW = { from: '2025-01-01', to: '2025-12-31' };
const DAY_MS = 86_400_000;
const DAY0 = Date.UTC(YEAR, 0, 1) / DAY_MS;
const DAYS = 365;

/** Folder for one size's files. */
export function cacheDir(label) {
  return join(tmpdir(), 'tongchou-bench', `v${GENERATOR_VERSION}-${label}`);
}

// ---------------------------------------------------------------- PRNG (mulberry32)
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------- calendar arithmetic (wall clock, no DST in Shanghai)
/** Day of week of an epoch day: 0 = Sunday. 1970-01-01 was a Thursday. */
const weekday = (day) => (day + 4) % 7;
const ymd = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
const dayOf = (y, m, d) => Date.UTC(y, m - 1, d) / DAY_MS;
const monthOf = (day) => {
  const d = new Date(day * DAY_MS);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1 };
};
const inYear = (day) => day >= DAY0 && day < DAY0 + DAYS;

/** 2025 public holidays (国务院办公厅通知) and the weekend days worked instead (调休). */
const HOLIDAYS = new Set(
  [
    [1, 1], [1, 28], [1, 29], [1, 30], [1, 31], [2, 1], [2, 2], [2, 3], [2, 4], [4, 4], [4, 5], [4, 6],
    [5, 1], [5, 2], [5, 3], [5, 4], [5, 5], [5, 31], [6, 1], [6, 2],
    [10, 1], [10, 2], [10, 3], [10, 4], [10, 5], [10, 6], [10, 7], [10, 8],
  ].map(([m, d]) => dayOf(YEAR, m, d)),
);
const MAKEUP = new Set([[1, 26], [2, 8], [4, 27], [9, 28], [10, 11]].map(([m, d]) => dayOf(YEAR, m, d)));
/** Fixed-date holidays of earlier years, for the EXDATEs long-running series accumulate. */
const isOldHoliday = (day) => {
  const d = new Date(day * DAY_MS);
  const m = d.getUTCMonth() + 1;
  const dd = d.getUTCDate();
  return (m === 1 && dd === 1) || (m === 5 && dd <= 3) || (m === 10 && dd <= 7);
};
const isHoliday = (day) => (inYear(day) ? HOLIDAYS.has(day) : isOldHoliday(day));
const isWorkday = (day) => MAKEUP.has(day) || (!isHoliday(day) && weekday(day) !== 0 && weekday(day) !== 6);
const WORKDAYS = [];
for (let d = DAY0; d < DAY0 + DAYS; d++) if (isWorkday(d)) WORKDAYS.push(d);

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** nth (1..4, or -1 for last) given weekday of a month, as an epoch day. */
function nthWeekday(y, m, n, wd) {
  if (n > 0) {
    const first = dayOf(y, m, 1);
    return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
  }
  const last = dayOf(y, m + 1, 1) - 1;
  return last - ((weekday(last) - wd + 7) % 7);
}

/**
 * The instance days of a rule from its first day, up to the window's end, honouring COUNT and UNTIL
 * (RFC 5545 §3.3.10). Rules are the forms the generator writes, with DTSTART on a matching day.
 */
function ruleDays(rule, startDay) {
  const out = [];
  const endDay = DAY0 + DAYS;
  const stop = (d, i) => d >= endDay || (rule.count !== undefined && i >= rule.count) || (rule.untilDay !== undefined && d > rule.untilDay);
  if (rule.kind === 'weekly') {
    for (let d = startDay, i = 0; !stop(d, i); d += 7 * rule.interval, i++) out.push(d);
  } else if (rule.kind === 'workdays') {
    for (let d = startDay, i = 0; !stop(d, i); d++) {
      const w = weekday(d);
      if (w === 0 || w === 6) continue;
      out.push(d);
      i++;
    }
  } else {
    // monthly / quarterly on the nth weekday
    let { y, m } = monthOf(startDay);
    for (let i = 0; ; i++) {
      const d = nthWeekday(y, m, rule.n, rule.wd);
      if (stop(d, i)) break;
      out.push(d);
      m += rule.interval;
      while (m > 12) {
        m -= 12;
        y++;
      }
    }
  }
  return out;
}

function rruleText(rule) {
  const parts = [];
  if (rule.kind === 'weekly') parts.push('FREQ=WEEKLY', ...(rule.interval > 1 ? [`INTERVAL=${rule.interval}`] : []), `BYDAY=${BYDAY[rule.wd]}`);
  else if (rule.kind === 'workdays') parts.push('FREQ=WEEKLY', 'BYDAY=MO,TU,WE,TH,FR');
  else parts.push('FREQ=MONTHLY', ...(rule.interval > 1 ? [`INTERVAL=${rule.interval}`] : []), `BYDAY=${rule.n}${BYDAY[rule.wd]}`);
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.untilDay !== undefined) parts.push(`UNTIL=${ymd(rule.untilDay)}T155959Z`);
  if (rule.wkst) parts.push('WKST=MO');
  return parts.join(';');
}

// ---------------------------------------------------------------- people, offices, places
const SURNAMES = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'],
  ['吴', 'wu'], ['周', 'zhou'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'],
  ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'], ['谢', 'xie'], ['宋', 'song'],
  ['唐', 'tang'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['萧', 'xiao'],
];
const GIVEN = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['强', 'qiang'], ['磊', 'lei'],
  ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'],
  ['秀', 'xiu'], ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['华', 'hua'], ['建', 'jian'], ['国', 'guo'], ['文', 'wen'],
  ['海', 'hai'], ['志', 'zhi'], ['红', 'hong'], ['宇', 'yu'], ['斌', 'bin'], ['峰', 'feng'], ['慧', 'hui'], ['鹏', 'peng'],
];
const DISTRICTS = [
  ['江滨区', 'jiangbin'], ['青山区', 'qingshan'], ['临河区', 'linhe'], ['东湖区', 'donghu'], ['西岭区', 'xiling'],
  ['南塘区', 'nantang'], ['北关区', 'beiguan'], ['白沙区', 'baisha'], ['石桥区', 'shiqiao'], ['云台区', 'yuntai'],
];
const CITY = ['临江市', 'linjiang'];
const TOWNS = ['青石镇', '柳河镇', '双桥镇', '白鹭街道', '东门街道', '新华街道', '桃源镇', '南湖街道', '金沙镇', '长乐街道'];
const BUREAUS = [
  '教育局', '财政局', '发展和改革局', '应急管理局', '水利局', '生态环境分局', '公安分局', '卫生健康局', '住房和城乡建设局',
  '交通运输局', '农业农村局', '商务局', '民政局', '人力资源和社会保障局', '自然资源分局', '市场监督管理局', '文化和旅游局',
  '审计局', '统计局', '信访局', '城市管理局', '科学技术局', '司法局', '退役军人事务局',
];

/** Office kinds of one level: calendar id suffix, office name, a room list owner. */
const OFFICE_KINDS = [
  { key: 'party', district: '区委办', city: '市委办' },
  { key: 'gov', district: '区政府办', city: '市政府办' },
  { key: 'congress', district: '区人大办', city: '市人大办' },
  { key: 'cppcc', district: '区政协办', city: '市政协办' },
];

/** The district's posts in order of rank: title, office kind, extra roles. */
function districtPosts() {
  const posts = [
    ['区委书记', 'party', ['总河长']], ['区长', 'gov', ['副总河长']], ['区人大常委会主任', 'congress', []],
    ['区政协主席', 'cppcc', []], ['区委副书记', 'party', []], ['常务副区长', 'gov', ['副总河长']],
    ['区纪委书记', 'party', []], ['区委组织部部长', 'party', []], ['区委宣传部部长', 'party', []],
    ['区委政法委书记', 'party', []], ['区委统战部部长', 'party', []], ['区委办主任', 'party', []],
  ];
  for (let i = 1; i <= 5; i++) posts.push([`副区长${i}`, 'gov', i <= 2 ? ['副总河长'] : []]);
  posts.push(['区政府办主任', 'gov', []]);
  for (let i = 1; i <= 3; i++) posts.push([`区人大常委会副主任${i}`, 'congress', []]);
  for (let i = 1; i <= 3; i++) posts.push([`区政协副主席${i}`, 'cppcc', []]);
  for (const b of BUREAUS) posts.push([`${b}局长`, 'gov', []]);
  for (const t of TOWNS) {
    posts.push([`${t}${t.endsWith('镇') ? '党委书记' : '党工委书记'}`, 'party', []]);
    posts.push([`${t}${t.endsWith('镇') ? '镇长' : '办事处主任'}`, 'gov', []]);
  }
  for (let round = 1; posts.length < 160; round++) for (const b of BUREAUS) if (posts.length < 160) posts.push([`${b}副局长${round}`, 'gov', []]);
  return posts;
}
const CITY_POSTS = [
  ['市委书记', 'party', ['市总河长']], ['市长', 'gov', ['市副总河长']], ['市人大常委会主任', 'congress', []],
  ['市政协主席', 'cppcc', []], ['市委副书记', 'party', []], ['常务副市长', 'gov', []], ['副市长1', 'gov', []],
  ['副市长2', 'gov', []], ['副市长3', 'gov', []], ['市委秘书长', 'party', []], ['市政府秘书长', 'gov', []],
];

const DISTRICT_ROOMS = ['区委大楼常委会议室', '区委大楼301会议室', '区政府大楼第一会议室', '区政府大楼第三会议室', '区人大常委会会议室', '区政协会议室'];
const ROOM_ALIASES = {
  区委大楼常委会议室: ['区委常委会议室'], 区委大楼301会议室: ['301会议室', '区委301会议室'], 区政府大楼第一会议室: ['区政府第一会议室', '区府一会'],
  区政府大楼第三会议室: ['区政府第三会议室'], 区人大常委会会议室: ['区人大会议室'], 区政协会议室: ['区政协二楼会议室'],
  市行政中心1号楼第一会议室: ['市行政中心第一会议室'], 市行政中心1号楼大会堂: ['市行政中心大会堂'], 市行政中心2号楼第二会议室: ['市行政中心第二会议室'],
};
const CITY_ROOMS = ['市行政中心1号楼第一会议室', '市行政中心1号楼大会堂', '市行政中心2号楼第二会议室'];
const OFFICE_ROOMS = { party: [0, 1], gov: [2, 3], congress: [4], cppcc: [5] };

const TOPICS = [
  '安全生产', '防汛防台', '河湖长制', '招商引资', '优化营商环境', '乡村振兴', '城市更新', '信访维稳', '重点项目推进', '文明城市创建',
  '生态环境保护', '财政预算执行', '审计整改', '教育高质量发展', '民生实事项目', '森林防火', '食品安全', '国有资产管理', '人才工作',
  '数字政府建设', '老旧小区改造', '燃气安全', '耕地保护', '消防安全', '疾病预防控制', '统计数据质量', '营商环境评价', '基层治理',
];
const SINGLE_FORMS = ['关于{t}工作的专题会议', '{t}工作推进会', '{t}工作调度会', '{t}工作座谈会', '研究{t}有关事项', '{t}专项督查汇报会', '全区{t}工作会议'];
const VISIT_FORMS = ['赴{p}调研{t}工作', '到{p}督导{t}', '{p}现场办公会（{t}）'];
const PERSONAL_FORMS = ['接待{t}来访', '听取{b}工作汇报', '约谈{b}负责同志', '阅批文件', '与{b}研究{t}工作'];
const VISITORS = ['省发改委调研组', '市委巡察组', '投资企业代表', '驻区部队领导', '对口协作地区考察团', '高校专家组', '商会代表', '人大代表'];
const SITES = ['青石镇河道', '柳河镇污水处理厂', '经开区重点项目工地', '双桥镇农业产业园', '白鹭街道社区服务中心', '临江港码头', '区人民医院新院区', '金沙镇中学'];
const DESCRIPTIONS = [
  '请各单位主要负责同志准时参加，不得请假，确需请假的须报区委办公室同意。',
  '会议材料请于会前一天报送办公室，发言时间控制在5分钟以内。',
  '参会人员请提前10分钟到场签到，关闭手机或调至静音。',
  '议程：一、传达上级会议精神；二、听取有关单位工作汇报；三、研究部署下一步工作。',
  '请分管领导及相关部门主要负责同志参加，会议资料现场发放。',
  '联系人：办公室，电话0571-8888XXXX。会议地点如有调整另行通知。',
];
const EXPORTERS = [
  { prodid: '-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', uid: 'outlook' },
  { prodid: '-//Alibaba//DingTalk Calendar 7.0//CN', uid: 'dingtalk' },
  { prodid: '-//Kingsoft//WPS Calendar 1.0//ZH', uid: 'plain' },
  { prodid: '-//OA System//区政务协同办公平台 3.2//CN', uid: 'plain' },
];

// ---------------------------------------------------------------- iCalendar writing
const escapeText = (s) => s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
const escapeParam = (s) => (/[;:,]/.test(s) ? `"${s}"` : s);

/** RFC 5545 §3.1: lines longer than 75 octets are folded, never inside a UTF-8 sequence. */
function fold(line) {
  if (line.length <= 25) return line; // 25 chars of at most 3 octets fit
  let out = '';
  let octets = 0;
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
    if (octets + n > 75) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      octets = 1;
    }
    octets += n;
  }
  return out + line.slice(start);
}

/** A wall-clock time in Shanghai as written by a file of the given style. */
function timeValue(style, day, minute) {
  if (style === 'utc') {
    const ms = day * DAY_MS + (minute - 480) * 60_000;
    const iso = new Date(ms).toISOString();
    return { params: '', value: `${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 19).replaceAll(':', '')}Z` };
  }
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  return { params: ';TZID=Asia/Shanghai', value: `${ymd(day)}T${hh}${mm}00` };
}

// ---------------------------------------------------------------- the world
/** Slots of 30 minutes from 08:00 to 18:00. */
const SLOT0 = 8 * 60;
const SLOTS = 20;

class World {
  constructor(label) {
    this.label = label;
    this.shape = SHAPES[label];
    this.target = SIZES[label];
    this.rng = prng(0x7a11c0de ^ this.target);
    this.people = []; // {id, name, email, roles, office, officeName, district, personal}
    this.calendars = []; // {id, file, office, level, owner, name, style, exporter, events: []}
    this.byId = new Map();
    this.rooms = []; // {name, district, email, calendar}
    this.busy = new Map(); // holder → Uint32Array(DAYS) of slot bits
    this.occurrences = 0;
    this.stats = { clashes: 0, seriesOcc: 0, singleOcc: 0, overrides: 0, masters: 0, singles: 0 };
    this.vevents = 0;
    this.seq = 0;
    this.names = new Set();
    this.build();
  }

  uniqueName() {
    for (;;) {
      const [s, sp] = this.rng.pick(SURNAMES);
      const parts = this.rng.chance(0.55) ? [this.rng.pick(GIVEN), this.rng.pick(GIVEN)] : [this.rng.pick(GIVEN)];
      const name = s + parts.map((p) => p[0]).join('');
      if (this.names.has(name)) continue;
      this.names.add(name);
      return { name, pinyin: sp + parts.map((p) => p[1]).join('') };
    }
  }

  addCalendar(cal) {
    cal.events = [];
    cal.style = this.rng.chance(0.15) ? 'utc' : 'tzid';
    cal.exporter = this.rng.pick(EXPORTERS);
    this.calendars.push(cal);
    this.byId.set(cal.id, cal);
    return cal;
  }

  build() {
    const { districts, personal, rooms } = this.shape;
    const cityDomain = `${CITY[1]}.gov.example`;
    this.city = { name: CITY[0], key: 'city', domain: cityDomain, offices: {}, people: [], rooms: [] };
    for (const k of OFFICE_KINDS) {
      this.city.offices[k.key] = this.addCalendar({ id: `city-${k.key}`, office: k.city, level: 'city', name: `${CITY[0]}${k.city}`, kind: 'office', officeKey: k.key, unit: this.city });
    }
    for (const [rank, [post, officeKey, roles]] of CITY_POSTS.entries()) {
      const { name, pinyin } = this.uniqueName();
      const p = { id: `c-${pinyin}`, name, email: `${pinyin}@${cityDomain}`, roles: [post.replace(/\d$/, ''), ...roles], office: OFFICE_KINDS.find((k) => k.key === officeKey).city, officeKey, unit: this.city, calendar: null, rank };
      this.people.push(p);
      this.city.people.push(p);
    }
    this.units = [];
    for (let i = 0; i < districts; i++) {
      const [dname, dkey] = DISTRICTS[i];
      const domain = `${dkey}.${cityDomain}`;
      const unit = { name: dname, key: dkey, domain, offices: {}, people: [], rooms: [] };
      this.units.push(unit);
      const prefix = districts > 1 ? `${dkey}-` : 'district-';
      for (const k of OFFICE_KINDS) {
        unit.offices[k.key] = this.addCalendar({ id: `${prefix}${k.key}`, office: k.district, level: 'district', name: `${dname}${k.district}`, kind: 'office', officeKey: k.key, unit });
      }
      const posts = districtPosts();
      posts.forEach(([post, officeKey, roles], rank) => {
        const { name, pinyin } = this.uniqueName();
        const p = { id: `${dkey}-${pinyin}`, name, email: `${pinyin}@${domain}`, roles: [post.replace(/\d$/, ''), ...roles], office: OFFICE_KINDS.find((k) => k.key === officeKey).district, officeKey, unit, calendar: null, rank };
        this.people.push(p);
        unit.people.push(p);
        if (rank < personal) {
          p.calendar = this.addCalendar({ id: `${prefix}${p.id.slice(dkey.length + 1)}`, office: p.office, level: 'district', owner: p.id, name: `${name}的日程`, kind: 'personal', person: p, unit });
        }
      });
      DISTRICT_ROOMS.forEach((room, r) => {
        const entry = { name: districts > 1 ? `${dname}${room.slice(1)}` : room, email: `room${r + 1}@${domain}`, unit, calendar: null };
        unit.rooms.push(entry);
        this.rooms.push(entry);
      });
    }
    CITY_ROOMS.forEach((room, r) => {
      const entry = { name: room, email: `room${r + 1}@${cityDomain}`, unit: this.city, calendar: null };
      this.city.rooms.push(entry);
      this.rooms.push(entry);
    });
    // Room calendars: the busiest rooms first (district standing-committee room, 301, government rooms, then city).
    for (const unit of this.units) {
      const order = [...unit.rooms];
      const withCal = order.slice(0, Math.min(rooms, order.length));
      if (unit === this.units[0]) withCal.push(...this.city.rooms.slice(0, Math.max(0, rooms - order.length)));
      for (const room of withCal) {
        room.calendar = this.addCalendar({ id: `room-${room.unit.key}-${room.email.split('@')[0].slice(4)}`, office: room.unit === this.city ? '市机关事务管理局' : `${room.unit.name}机关事务管理局`.slice(0, 99), level: room.unit === this.city ? 'city' : 'district', name: room.name, kind: 'room', room, unit: room.unit });
      }
    }
  }

  // ------------------------------------------------------------ occupancy
  bits(holder) {
    let b = this.busy.get(holder);
    if (b === undefined) {
      b = new Uint32Array(DAYS);
      this.busy.set(holder, b);
    }
    return b;
  }
  static mask(slot, len) {
    const lo = Math.max(0, slot);
    const hi = Math.min(SLOTS, slot + len);
    return hi <= lo ? 0 : ((1 << (hi - lo)) - 1) << lo;
  }
  /**
   * How many holders are busy at [slot, slot+len) on day (with a one-slot buffer when asked). With
   * `weighted`, the first holder (the organizer) and rooms count ten: they cannot send a deputy.
   */
  conflicts(holders, day, slot, len, buffer, weighted = false) {
    if (!inYear(day)) return 0;
    const m = buffer ? World.mask(slot - 1, len + 2) : World.mask(slot, len);
    let n = 0;
    holders.forEach((h, i) => {
      if ((this.bits(h)[day - DAY0] & m) !== 0) n += weighted && (i === 0 || h.rank === undefined) ? 10 : 1;
    });
    return n;
  }
  reserve(holders, day, slot, len) {
    if (!inYear(day)) return;
    const m = World.mask(slot, len);
    for (const h of holders) this.bits(h)[day - DAY0] |= m;
  }

  // ------------------------------------------------------------ meetings
  uid(host, day) {
    this.seq++;
    switch (host.exporter.uid) {
      case 'outlook': {
        const hex = (this.seq * 2654435761 >>> 0).toString(16).padStart(8, '0') + this.seq.toString(16).padStart(8, '0');
        return `040000008200E00074C5B7101A82E00800000000${hex.toUpperCase()}00000000000000001000000000`;
      }
      case 'dingtalk':
        return `${ymd(day)}${String(this.seq).padStart(8, '0')}@dingtalk.com`;
      default:
        return `${ymd(day)}-${String(this.seq).padStart(7, '0')}@${host.unit.domain}`;
    }
  }

  /** Calendars a meeting is copied to: the host, the personal calendars of attendees, the room's. */
  copiesOf(meeting) {
    const cals = new Set([meeting.host]);
    for (const p of meeting.attendees) if (p.calendar !== null && (p.calendar === meeting.host || this.rng.chance(0.85))) cals.add(p.calendar);
    if (meeting.room?.calendar) cals.add(meeting.room.calendar);
    return [...cals];
  }

  holdersOf(meeting) {
    const h = [...meeting.attendees];
    if (meeting.room) h.push(meeting.room);
    return h;
  }

  /** Best of several candidate (day, slot) for a single meeting; mostly conflict-free. */
  place(holders, len, days, tries = 24) {
    let best = null;
    for (let t = 0; t < tries; t++) {
      const day = this.rng.pick(days);
      const slot = this.rng.int(0, SLOTS - len);
      const n = this.conflicts(holders, day, slot, len, t < (tries * 2) / 3, true);
      if (best === null || n < best.n) best = { day, slot, n };
      if (n === 0) break;
    }
    return best;
  }

  addMeeting(meeting) {
    const copies = this.copiesOf(meeting);
    let occ = meeting.instances ?? 1;
    for (const cal of copies) cal.events.push(meeting);
    this.occurrences += occ * copies.length;
    if (meeting.rule) {
      this.stats.seriesOcc += occ * copies.length;
      this.stats.masters += copies.length;
      this.stats.overrides += meeting.overrides.length * copies.length;
    } else {
      this.stats.singleOcc += copies.length;
      this.stats.singles += copies.length;
    }
    this.vevents += (1 + (meeting.overrides?.length ?? 0)) * copies.length;
  }

  attendeesFor(unit, host, count) {
    // Leaders of the host's office kind are likelier; ranks weighted to the top.
    // A leader's own meetings take the people around and below them; office meetings the top.
    const pool = unit.people;
    const set = new Set();
    if (host.kind === 'personal') set.add(host.person);
    const base = host.kind === 'personal' ? host.person.rank : 0;
    if (host.kind === 'office') {
      // The office's head chairs (and organizes) its meetings.
      const head = pool.find((p) => p.officeKey === host.officeKey);
      if (head) set.add(head);
    }
    let guard = 0;
    while (set.size < count && guard++ < count * 10) {
      const r = host.kind === 'personal' ? base + this.rng.int(-8, 30) : Math.floor(Math.pow(this.rng.next(), 1.6) * pool.length);
      if (r >= 0 && r < pool.length) set.add(pool[r]);
    }
    return [...set];
  }

  roomFor(unit, officeKey) {
    const rooms = unit === this.city ? unit.rooms : OFFICE_ROOMS[officeKey].map((i) => unit.rooms[i]);
    return this.rng.pick(rooms);
  }

  /** A leader's own meetings mostly happen in a bureau's or township's meeting room (no room calendar). */
  smallRoomFor(unit, officeKey) {
    if (this.rng.chance(0.15)) return this.roomFor(unit, officeKey);
    unit.smallRooms ??= [...BUREAUS, ...TOWNS].map((b, i) => ({ name: `${unit === this.city ? '' : unit.name}${b}会议室`, email: `mr${i + 1}@${unit.domain}`, unit, calendar: null }));
    return this.rng.pick(unit.smallRooms);
  }

  /** A recurring series: choose weekday/time, reserve, EXDATE holidays, move conflicting instances. */
  series({ host, unit, summary, attendees, room, rule, len, firstDay, slotHint }) {
    const holders = attendees.concat(room ? [room] : []);
    let best = null;
    for (let t = 0; t < 40; t++) {
      const wd = rule.kind === 'workdays' ? 1 : this.rng.int(1, 5);
      const r = { ...rule, wd };
      let start = firstDay;
      if (r.kind === 'weekly' || r.kind === 'workdays') start = firstDay + ((wd - weekday(firstDay) + 7) % 7);
      else {
        const { y, m } = monthOf(firstDay);
        start = nthWeekday(y, m, r.n, wd);
      }
      const slot = slotHint ?? this.rng.int(0, SLOTS - len);
      const days = ruleDays(r, start).filter(inYear);
      let n = 0;
      for (const d of days) n += this.conflicts(holders, d, slot, len, false);
      if (best === null || n < best.n) best = { r, start, slot, n, days };
      if (n === 0) break;
    }
    const { r, start, slot } = best;
    const all = ruleDays(r, start);
    const exdates = [];
    const overrides = [];
    let instances = 0;
    for (const d of all) {
      if (isHoliday(d) || (inYear(d) && this.rng.chance(0.01))) {
        exdates.push(d);
        continue;
      }
      if (!inYear(d)) continue;
      const clash = this.conflicts(holders, d, slot, len, false) > 0;
      if (clash) this.stats.clashes++;
      if (clash || this.rng.chance(0.03)) {
        // An override: moved to a free time the same week, or re-roomed, or cancelled.
        const roll = this.rng.next();
        if (roll < 0.12 && !clash) {
          overrides.push({ day: d, cancelled: true, newDay: d, newSlot: slot, len });
          instances++;
          continue;
        }
        const days = [];
        for (let k = -2; k <= 2; k++) if (isWorkday(d + k) && inYear(d + k)) days.push(d + k);
        const p = this.place(holders, len, days.length > 0 ? days : [d], 12);
        this.reserve(holders, p.day, p.slot, len);
        overrides.push({ day: d, newDay: p.day, newSlot: p.slot, len, summary: this.rng.chance(0.3) ? `${summary}（调整）` : summary });
        instances++;
        continue;
      }
      this.reserve(holders, d, slot, len);
      instances++;
    }
    const uidDay = start;
    const meeting = { host, unit, summary, attendees, room, len, day: start, slot, rule: r, exdates, overrides, instances, uid: this.uid(host, uidDay) };
    this.decorate(meeting);
    this.addMeeting(meeting);
    return meeting;
  }

  single({ host, unit, summary, attendees, room, len, days, allDay, place, slot: fixedSlot, day: fixedDay }) {
    // A site visited is booked like a room: `venue` reads every LOCATION as a place.
    const site = room ?? (place && !allDay ? `site:${place}` : null);
    const holders = attendees.concat(site ? [site] : []);
    let day;
    let slot;
    if (allDay) {
      day = fixedDay ?? this.rng.pick(days);
      slot = 0;
      this.reserve(holders, day, 0, SLOTS);
      for (let k = 1; k < allDay; k++) this.reserve(holders, day + k, 0, SLOTS);
    } else if (fixedDay !== undefined) {
      day = fixedDay;
      slot = fixedSlot;
      this.reserve(holders, day, slot, len);
    } else {
      // About 1 % of meetings are placed with no regard to anyone's diary: the real conflicts.
      const careless = this.rng.chance(0.01);
      const p = careless ? { day: this.rng.pick(days), slot: this.rng.int(0, SLOTS - len) } : this.place(holders, len, days);
      day = p.day;
      slot = p.slot;
      // Someone who cannot come sends a deputy: drop them unless careless.
      const kept = careless ? attendees : attendees.filter((a, i) => i === 0 || this.conflicts([a], day, slot, len, false) === 0);
      attendees = kept;
      this.reserve(attendees.concat(site ? [site] : []), day, slot, len);
    }
    const meeting = { host, unit, summary, attendees, room, len, day, slot, allDay, place, instances: 1, uid: this.uid(host, day) };
    this.decorate(meeting);
    this.addMeeting(meeting);
    return meeting;
  }

  decorate(m) {
    const rng = this.rng;
    m.description = rng.chance(0.45) ? `${rng.pick(DESCRIPTIONS)}${rng.chance(0.4) ? `\n${rng.pick(DESCRIPTIONS)}` : ''}` : null;
    m.categories = rng.chance(0.5) ? [rng.pick(['会议', '调研', '接待', '学习', '重要'])] : [];
    m.tentative = rng.chance(0.03);
    m.created = DAY0 - rng.int(1, 400) + (m.day - DAY0 > 0 ? Math.floor((m.day - DAY0) / 2) : 0);
    m.locationText = m.room ? (rng.chance(0.2) && ROOM_ALIASES[m.room.name] ? rng.pick(ROOM_ALIASES[m.room.name]) : m.room.name) : m.place ?? null;
  }

  /**
   * When a series that is still running began: most are recent (offices re-create their series after
   * each reshuffle), a few date back years — the ones that make expanding from DTSTART expensive.
   */
  seriesStart() {
    const rng = this.rng;
    const roll = rng.next();
    const year = roll < 0.45 ? YEAR : roll < 0.8 ? YEAR - 1 : roll < 0.95 ? rng.int(YEAR - 3, YEAR - 2) : rng.int(YEAR - 7, YEAR - 4);
    return year === YEAR ? rng.pick(WORKDAYS.slice(0, 40)) : dayOf(year, rng.int(1, 12), rng.int(1, 28));
  }

  // ------------------------------------------------------------ the year
  generate() {
    const rng = this.rng;
    const units = [this.city, ...this.units];
    // 1. Standing series of the offices (begun in earlier years) and of leaders.
    for (const unit of units) {
      const level = unit === this.city ? '市' : '区';
      const off = unit.offices;
      const top = unit.people;
      const standing = [
        [off.party, `${level}委常委会会议`, { kind: 'weekly', interval: 2 }, 6, 'party', 12],
        [off.gov, `${level}政府常务会议`, { kind: 'weekly', interval: 2 }, 6, 'gov', 10],
        [off.gov, `${level}长办公会`, { kind: 'weekly', interval: 1 }, 4, 'gov', 6],
        [off.party, `${level}委理论学习中心组学习会`, { kind: 'monthly', interval: 1, n: 3 }, 5, 'party', 14],
        [off.congress, `${level}人大常委会主任会议`, { kind: 'monthly', interval: 1, n: 2 }, 4, 'congress', 6],
        [off.cppcc, `${level}政协主席会议`, { kind: 'monthly', interval: 1, n: -1 }, 4, 'cppcc', 6],
        [off.party, `${level}委全体会议`, { kind: 'monthly', interval: 3, n: 2 }, 6, 'party', 20],
      ];
      for (const [host, summary, rule, len, officeKey, n] of standing) {
        const attendees = this.attendeesFor(unit, host, Math.min(n, top.length));
        this.series({ host, unit, summary, attendees, room: this.roomFor(unit, officeKey), rule, len, firstDay: this.seriesStart() });
      }
    }
    const personal = this.calendars.filter((c) => c.kind === 'personal');
    const offices = this.calendars.filter((c) => c.kind === 'office');
    for (const cal of personal) {
      if (this.occurrences > this.target * 0.88) break; // small sizes: leave room for single meetings
      const p = cal.person;
      const oldStart = () => this.seriesStart();
      if (this.target >= 10_000 && rng.chance(0.85)) {
        this.series({ host: cal, unit: p.unit, summary: rng.pick(['晨间碰头会', '每日工作调度', '交班会']), attendees: [p], room: null, rule: { kind: 'workdays' }, len: 1, firstDay: oldStart(), slotHint: 1 });
      }
      for (let k = rng.int(2, 4); k > 0; k--) {
        // Old series run on; this year's may end by COUNT or UNTIL (never both: RFC 5545 §3.3.10).
        const old = rng.chance(0.6);
        const end = old ? {} : rng.chance(0.3) ? { count: rng.int(10, 30) } : rng.chance(0.15) ? { untilDay: dayOf(YEAR, rng.int(6, 10), 28) } : {};
        const summary = rng.pick(['{b}工作例会', '分管部门周例会（{b}）', '{t}工作周调度', '{t}专班例会']).replace('{b}', rng.pick(BUREAUS)).replace('{t}', rng.pick(TOPICS));
        this.series({
          host: cal, unit: p.unit, summary, attendees: this.attendeesFor(p.unit, cal, rng.int(2, 5)), room: this.smallRoomFor(p.unit, p.officeKey),
          rule: { kind: 'weekly', interval: rng.chance(0.25) ? 2 : 1, ...end }, len: rng.int(2, 3),
          firstDay: old ? oldStart() : rng.pick(WORKDAYS.slice(0, 120)),
        });
      }
      this.series({
        host: cal, unit: p.unit, summary: `${rng.pick(TOPICS)}月度工作分析会`, attendees: this.attendeesFor(p.unit, cal, rng.int(3, 6)), room: this.smallRoomFor(p.unit, p.officeKey),
        rule: { kind: 'monthly', interval: 1, n: rng.pick([1, 2, 3, 4, -1]) }, len: rng.int(2, 4), firstDay: oldStart(),
      });
    }
    // 2. City → district follow-up chains: 总河长会议 (once), 安全生产 (quarterly), 防汛 (May).
    const chains = [
      { summary: '总河长会议', quarters: [0], roles: ['总河长', '副总河长'] },
      { summary: '安全生产工作会议', quarters: [0, 1, 2, 3], roles: [] },
      { summary: '防汛工作会议', quarters: [1], roles: [] },
    ];
    for (const chain of chains) {
      for (const q of chain.quarters) {
        const qDays = WORKDAYS.filter((d) => Math.floor((monthOf(d).m - 1) / 3) === q);
        const cityDay = rng.pick(qDays.slice(5, qDays.length - 25));
        const cityMeeting = this.single({
          host: this.city.offices.gov, unit: this.city, summary: `全市${chain.summary}`, room: this.city.rooms[1], len: 5,
          attendees: [...this.city.people.slice(0, 6), ...this.units.flatMap((u) => u.people.slice(0, 2))], days: [cityDay],
        });
        for (const unit of this.units) {
          const late = rng.chance(0.1); // the deliberate ordering problems
          const after = qDays.filter((d) => (late ? d < cityDay && d > cityDay - 10 : d > cityDay && d < cityDay + 10));
          const attendees = unit.people.filter((p, i) => i < 8 || p.roles.some((r) => chain.roles.includes(r)));
          const m = this.single({ host: unit.offices.party, unit, summary: `全区${chain.summary}`, room: unit.rooms[0], len: 4, attendees: rng.chance(0.05) ? attendees.slice(1) : attendees, days: after.length > 0 ? after : qDays });
          if (rng.chance(0.6)) m.related = { uid: cityMeeting.uid, reltype: 'FINISHTOSTART', gap: rng.chance(0.3) ? 'P1D' : null };
        }
      }
    }
    // 3. Singles until the size is reached: office meetings, visits, receptions, trips.
    const workdays = WORKDAYS;
    while (this.occurrences < this.target) {
      const roll = rng.next();
      if (roll < 0.28) {
        const host = rng.pick(offices);
        const unit = host.unit;
        const t = rng.pick(TOPICS);
        const summary = rng.pick(SINGLE_FORMS).replace('{t}', t).replace('全区', unit === this.city ? '全市' : '全区');
        const m = this.single({ host, unit, summary, attendees: this.attendeesFor(unit, host, rng.int(3, 9)), room: this.roomFor(unit, host.officeKey), len: rng.int(2, 5), days: workdays });
        if (rng.chance(0.04)) {
          // A preparatory meeting linked to its parent (RFC 5545 §3.8.4.5 RELTYPE=PARENT).
          const prep = this.single({ host, unit, summary: `${summary}筹备会`, attendees: m.attendees.slice(0, 3), room: this.roomFor(unit, host.officeKey), len: 2, days: workdays.filter((d) => d < m.day && d > m.day - 10).concat([m.day]) });
          prep.related = { uid: m.uid, reltype: 'PARENT', gap: null };
        }
      } else if (roll < 0.5) {
        const host = rng.pick(personal);
        const p = host.person;
        // Each district visits its own towns and works (the 1m city has ten districts).
        const site = `${this.units.length > 1 ? p.unit.name : ''}${rng.pick(SITES)}`;
        const summary = rng.pick(VISIT_FORMS).replace('{p}', site.replace(/河道|污水处理厂|重点项目工地|农业产业园|社区服务中心|码头|新院区|中学/, '')).replace('{t}', rng.pick(TOPICS));
        this.single({ host, unit: p.unit, summary, attendees: this.attendeesFor(p.unit, host, rng.int(1, 3)), room: null, place: site, len: rng.int(3, 7), days: workdays });
      } else if (roll < 0.53) {
        const host = rng.pick(personal);
        const p = host.person;
        const days = rng.int(1, 3);
        this.single({ host, unit: p.unit, summary: rng.chance(0.85) ? `出差（${rng.pick(['北京', '省城', '上海', '深圳', '对口帮扶县'])}）` : '请假', attendees: [p], room: null, allDay: days, len: SLOTS, days: workdays.slice(0, -3) });
      } else {
        const host = rng.pick(personal);
        const p = host.person;
        const summary = rng.pick(PERSONAL_FORMS).replace('{t}', rng.pick(VISITORS)).replace('{b}', rng.pick(BUREAUS)).replace('{t}', rng.pick(TOPICS));
        const withRoom = rng.chance(0.5);
        this.single({ host, unit: p.unit, summary, attendees: this.attendeesFor(p.unit, host, rng.int(1, 4)), room: withRoom ? this.smallRoomFor(p.unit, p.officeKey) : null, place: withRoom ? undefined : `${p.name}办公室`, len: rng.int(1, 3), days: workdays });
      }
    }
  }

  // ------------------------------------------------------------ output
  veventLines(m, cal, out, override) {
    const style = cal.style;
    const day = override ? override.newDay : m.day;
    const slot = override ? override.newSlot : m.slot;
    out.push('BEGIN:VEVENT');
    out.push(`UID:${m.uid}`);
    const stamp = `${ymd(m.created + 3)}T0${(m.created % 9) + 1}1500Z`;
    out.push(`DTSTAMP:${stamp}`);
    if (m.allDay) {
      out.push(`DTSTART;VALUE=DATE:${ymd(day)}`);
      out.push(`DTEND;VALUE=DATE:${ymd(day + m.allDay)}`);
    } else {
      const s = timeValue(style, day, SLOT0 + slot * 30);
      const e = timeValue(style, day, SLOT0 + (slot + m.len) * 30);
      out.push(`DTSTART${s.params}:${s.value}`);
      out.push(`DTEND${e.params}:${e.value}`);
    }
    if (override) {
      const r = timeValue(style, override.day, SLOT0 + m.slot * 30);
      out.push(`RECURRENCE-ID${r.params}:${r.value}`);
    } else if (m.rule) {
      out.push(`RRULE:${rruleText(m.rule)}`);
      if (m.exdates.length > 0) {
        const values = m.exdates.map((d) => timeValue(style, d, SLOT0 + m.slot * 30));
        // Outlook writes one EXDATE with a list; others one line each (RFC 5545 §3.8.5.1 allows both).
        if (cal.exporter.uid === 'outlook') out.push(fold(`EXDATE${values[0].params}:${values.map((v) => v.value).join(',')}`));
        else for (const v of values) out.push(`EXDATE${v.params}:${v.value}`);
      }
    }
    out.push(fold(`SUMMARY:${escapeText(override?.summary ?? m.summary)}`));
    if (m.locationText) out.push(fold(`LOCATION:${escapeText(m.locationText)}`));
    if (m.description && !override?.cancelled) out.push(fold(`DESCRIPTION:${escapeText(m.description)}`));
    const organizer = m.host.kind === 'personal' ? m.host.person : m.attendees[0];
    if (organizer) out.push(fold(`ORGANIZER;CN=${escapeParam(organizer.name)}:mailto:${organizer.email}`));
    for (const a of m.attendees) {
      const partstat = a === organizer || (a.rank + m.day) % 17 !== 0 ? 'ACCEPTED' : 'TENTATIVE';
      out.push(fold(`ATTENDEE;${cal.exporter.uid === 'outlook' ? 'CUTYPE=INDIVIDUAL;' : ''}ROLE=${a === organizer ? 'CHAIR' : 'REQ-PARTICIPANT'};PARTSTAT=${partstat};CN=${escapeParam(a.name)}:mailto:${a.email}`));
    }
    if (m.room) out.push(fold(`ATTENDEE;CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=ACCEPTED;CN=${escapeParam(m.room.name)}:mailto:${m.room.email}`));
    if (m.categories.length > 0) out.push(`CATEGORIES:${m.categories.join(',')}`);
    if (m.related) out.push(`RELATED-TO;RELTYPE=${m.related.reltype}${m.related.gap ? `;GAP=${m.related.gap}` : ''}:${m.related.uid}`);
    if (override?.cancelled) out.push('STATUS:CANCELLED');
    else if (m.tentative) out.push('STATUS:TENTATIVE');
    else out.push('STATUS:CONFIRMED');
    if (m.allDay) out.push('TRANSP:TRANSPARENT');
    else out.push('TRANSP:OPAQUE');
    out.push(`SEQUENCE:${override ? 1 : 0}`);
    out.push(`CREATED:${ymd(m.created)}T080000Z`);
    out.push(`LAST-MODIFIED:${stamp}`);
    if (cal.exporter.uid === 'outlook') {
      out.push(`X-MICROSOFT-CDO-BUSYSTATUS:${m.allDay ? 'OOF' : m.tentative ? 'TENTATIVE' : 'BUSY'}`);
      out.push('X-MICROSOFT-CDO-IMPORTANCE:1');
    }
    if (!m.allDay && !override?.cancelled && cal.exporter.uid !== 'plain') {
      out.push('BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:提醒', 'TRIGGER:-PT15M', 'END:VALARM');
    }
    out.push('END:VEVENT');
  }

  calendarText(cal) {
    const out = [
      'BEGIN:VCALENDAR',
      `PRODID:${cal.exporter.prodid}`,
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      fold(`X-WR-CALNAME:${escapeText(cal.name)}`),
      'X-WR-TIMEZONE:Asia/Shanghai',
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Shanghai',
      'X-LIC-LOCATION:Asia/Shanghai',
      'BEGIN:STANDARD',
      'TZOFFSETFROM:+0800',
      'TZOFFSETTO:+0800',
      'TZNAME:CST',
      'DTSTART:19700101T000000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ];
    for (const m of cal.events) {
      this.veventLines(m, cal, out);
      for (const o of m.overrides ?? []) this.veventLines(m, cal, out, o);
    }
    out.push('END:VCALENDAR', '');
    return out.join('\r\n');
  }

  config() {
    const people = this.shape.people > 0 ? this.people.slice(0, this.shape.people) : this.people.filter((p) => p.calendar !== null || p.unit === this.city);
    const ids = new Set(people.map((p) => p.id));
    for (const c of this.calendars) if (c.owner && !ids.has(c.owner)) throw new Error(`owner ${c.owner} missing from directory`);
    const locations = this.rooms.map((r) => ({ name: r.name, ...(ROOM_ALIASES[r.name] && this.units.length === 1 && { aliases: ROOM_ALIASES[r.name] }) }));
    const travel = [];
    for (const unit of this.units) {
      // Rooms of one building are minutes apart; the district's buildings ten minutes.
      const [party1, party2, gov1, gov3, congress, cppcc] = unit.rooms.map((r) => r.name);
      travel.push({ from: party1, to: party2, minutes: 5 }, { from: gov1, to: gov3, minutes: 5 });
      for (const a of [party1, party2]) for (const b of [gov1, gov3, congress, cppcc]) travel.push({ from: a, to: b, minutes: 10 });
      for (const a of [gov1, gov3]) for (const b of [congress, cppcc]) travel.push({ from: a, to: b, minutes: 10 });
      travel.push({ from: congress, to: cppcc, minutes: 10 });
      for (const city of CITY_ROOMS) travel.push({ from: unit.rooms[0].name, to: city, minutes: 40 }, { from: unit.rooms[2].name, to: city, minutes: 35 });
      for (const site of SITES.slice(0, 4)) travel.push({ from: unit.rooms[2].name, to: `${this.units.length > 1 ? unit.name : ''}${site}`, minutes: 50 });
    }
    return {
      timezone: 'Asia/Shanghai',
      window: WINDOW,
      calendars: this.calendars.map((c) => ({ id: c.id, file: `calendars/${c.id}.ics`, name: c.name, office: c.office, level: c.level, ...(c.owner && { owner: c.owner }) })),
      people: people.map((p) => ({ id: p.id, name: p.name, aliases: [`mailto:${p.email}`], roles: p.roles, office: p.office })),
      locations,
      travel,
      rules: [
        { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, minGap: 'PT0S', maxGap: 'P14D', cycle: 'year' },
        { id: 'safety', kind: 'follows', dependent: { level: 'district', summary: '全区安全生产' }, prerequisite: { level: 'city', summary: '全市安全生产' }, maxGap: 'P10D', cycle: 'quarter' },
        { id: 'flood', kind: 'follows', dependent: { level: 'district', summary: '全区防汛' }, prerequisite: { level: 'city', summary: '全市防汛' }, cycle: 'year' },
        { id: 'people', kind: 'no-double-booking' },
        { id: 'travel', kind: 'travel-time', defaultMinutes: 30 },
        { id: 'rooms', kind: 'venue' },
        { id: 'chiefs', kind: 'required-attendance', event: { level: 'district', summary: '总河长会议' }, people: ['role:总河长'] },
      ],
    };
  }
}

/**
 * Generates one size into its cache folder unless a complete copy of this version is there.
 * @param label - `1k`, `10k`, `100k` or `1m`
 * @param options - `force` regenerates
 * @returns the folder and its manifest (files, bytes, vevents, occurrences, people)
 */
export function generate(label, { force = false } = {}) {
  if (!(label in SIZES)) throw new Error(`unknown size ${label}; one of ${Object.keys(SIZES).join(', ')}`);
  const dir = cacheDir(label);
  const manifestFile = join(dir, 'manifest.json');
  if (!force && existsSync(manifestFile)) return { dir, manifest: JSON.parse(readFileSync(manifestFile, 'utf8')) };
  const started = performance.now();
  const world = new World(label);
  world.generate();
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'calendars'), { recursive: true });
  let bytes = 0;
  for (const cal of world.calendars) {
    const data = Buffer.from(world.calendarText(cal), 'utf8');
    bytes += data.length;
    writeFileSync(join(tmp, 'calendars', `${cal.id}.ics`), data);
  }
  const config = world.config();
  writeFileSync(join(tmp, 'tongchou.json'), `${JSON.stringify(config, null, 2)}\n`);
  const manifest = {
    version: GENERATOR_VERSION,
    size: label,
    files: world.calendars.length,
    bytes,
    vevents: world.vevents,
    occurrences: world.occurrences,
    people: config.people.length,
    ...world.stats,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
  };
  writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return { dir, manifest };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const labels = args.filter((a) => !a.startsWith('--')).map((a) => a.toLowerCase());
  for (const label of labels.length > 0 ? labels : ['1k', '10k', '100k']) {
    const { dir, manifest } = generate(label, { force });
    const mb = (manifest.bytes / 1e6).toFixed(1);
    console.log(`${label}: ${manifest.files} files, ${mb} MB, ${manifest.vevents} VEVENTs, ${manifest.occurrences} occurrences, ${manifest.people} people → ${dir}`);
  }
}
