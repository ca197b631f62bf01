import type { SuggestMessages } from '../suggest-catalog.js';
import type { SlotConstraint } from '../../model/suggestion.js';

const KIND: Readonly<Record<SlotConstraint['kind'], string>> = {
  follows: '先后顺序',
  'related-to': '关联顺序',
  'no-double-booking': '人员无冲突',
  'travel-time': '路途时间',
  venue: '会议室空闲',
  'required-attendance': '必须出席人员',
  cadence: '例行周期',
  coverage: '值班覆盖',
  'working-days': '工作日',
  'quiet-period': '静默期',
  workday: '工作日',
  'office-hours': '办公时间',
};

/** 中文：`tongchou suggest` 的文字。 */
export const suggest: SuggestMessages = {
  usage: `用法：tongchou suggest --config tongchou.json [--event UID] [选项]

为指定 UID 的会议找出最早可改期的时间：不违反配置中的任何规则——先后顺序和间隔得到满足，参会人员和会议室
空闲，留足路途时间，安排在工作日（法定节假日和调休按数据判断）的办公时间内。每个时间都列出它满足的约束。
重复会议逐个查找有冲突的场次（都没有冲突时查找第一场）。不指定 --event 时，为检查结果中先后顺序（order）、
一人多会（double-booking、tentative-overlap）、路途时间（travel-time）、会议室（venue）和必须出席人员有其他安排
（required-busy）所涉及的每场会议查找（两场会议冲突时查找较晚的一场）。

选项：
  --config 文件       配置文件；其中的日历路径相对于它
  --event UID         要改期的会议（.ics 文件或检查结果中的 UID）；默认：冲突涉及的每场会议
  --from YYYY-MM-DD   查找的第一天（默认：会议原定的那一天，在配置的检查时段内）
  --to YYYY-MM-DD     查找的最后一天，含当天（默认：配置的检查时段）
  --count N           给出几个时间（默认 3）
  --step 分钟         候选开始时间的间隔（默认 30）
  --hours 时间段      会议须安排在其中的办公时间，如 08:30-12:00,14:30-17:30（避开午休），或 any（不限）
                      （默认：working-days 规则为该单位设定的办公时间，否则 08:30-17:30）
  --tz 时区           判断日期和办公时间所用的 IANA 时区（默认：配置的 timezone）
  --format text|json  输出格式（默认 text）
  --lang zh-CN|en     语言（默认 zh-CN）；JSON 不指定 --lang 时两种语言都给出
  -h, --help          显示本帮助

退出码：0 每场会议都找到了时间；1 有会议没有找到；2 配置无效、文件无法读取、UID 不存在或用法错误。
`,
  nothingToMove: '没有可以通过改期解决的冲突（先后顺序、一人多会、路途时间、会议室、必须出席人员有其他安排）。',
  unknownEvent: (d) => `${d.from} 至 ${d.to} 之间没有 UID 为“${d.uid}”的会议`,
  invalidHours: (d) => `--hours：“${d.value}”不是形如 08:30-12:00,14:30-17:30 的时间段（或 any）`,
  invalidNumber: (d) => `${d.flag}：“${d.value}”不是大于等于 1 的整数`,
  meeting: (d) => `“${d.summary}”（${d.when}，${d.calendar}）`,
  conflictsHeading: (d) => `  现有冲突（${d.count} 项）：`,
  noConflicts: '  现在的时间没有冲突。',
  slotsHeading: (d) => (d.count === 0 ? '  没有找到可改期的时间。' : `  最早可改期的 ${d.count} 个时间：`),
  slot: (d) => `    ${d.n}. ${d.when}`,
  satisfied: (d) => `       满足：${d.constraints}`,
  satisfiedByAll: (d) => `    以上时间均满足：${d.constraints}`,
  constraint: (c) => (c.rule === null ? KIND[c.kind] : `${c.rule}（${KIND[c.kind]}）`),
  assumedWorkday: '       （按周一至周五推定为工作日：该年放假安排尚未公布）',
  remaining: (d) => `       仍有 ${d.count} 项改期无法解决的问题（见下）`,
  unresolvedHeading: (d) => `  改期无法解决的问题（${d.count} 项）：`,
  reason: (d) => {
    switch (d.reason) {
      case 'window-end':
        return `  已查找到检查时段结束（${d.to}）。`;
      case 'unknown-holidays':
        return `  已查找到 ${d.to}；${d.years} 年的放假安排尚未公布，这些日期无法使用（可在配置的 holidays 中补充）。`;
      case 'too-long':
        return '  会议时长超过一天的办公时间。';
      case 'search-limit':
        return `  已达到查找上限，停在 ${d.lastChecked}。`;
    }
  },
  searched: (d) =>
    `查找范围 ${d.from} 至 ${d.to}（${d.zone}）${d.workingDays ? '，仅工作日' : ''}${d.hours === null ? '' : `，办公时间 ${d.hours}`}，每 ${d.step} 分钟一个候选时间；共按规则检查 ${d.checks} 个。`,
  list: (items) => items.join('、'),
};
