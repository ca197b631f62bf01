import type { ConfigProblemDataMap, ValueKind } from '../../model/config-problem.js';
import type { MessagesFor } from '../catalog.js';

const kinds: Readonly<Record<ValueKind, string>> = {
  string: '字符串',
  'non-empty-string': '非空字符串',
  'empty-string': '空字符串',
  'string-or-string-array': '字符串或字符串数组',
  'duration-or-working-days': 'ISO-8601 时长（如 P7D）或 {"workingDays": 天数}',
  number: '数字',
  integer: '整数',
  boolean: 'true 或 false',
  object: '对象',
  array: '数组',
  null: 'null',
  undefined: '空缺',
  other: 'JSON 无法表示的值',
};

/** 中文：配置文件的问题。 */
export const config: MessagesFor<ConfigProblemDataMap> = {
  'invalid-type': (d) => `应为${kinds[d.expected]}，实际为${kinds[d.received]}`,
  'missing-field': (d) => `缺少必填项“${d.field}”`,
  'unknown-key': (d) =>
    `未知的键“${d.key}”` + (d.suggestion === '' ? `（可用：${d.allowed}）` : `，是否应为“${d.suggestion}”？`),
  'invalid-timezone': (d) => `“${d.zone}”不是 IANA 时区名（如 Asia/Shanghai）`,
  'config-encoding': (d) =>
    d.encoding === 'utf-8-lossy'
      ? '配置文件不是有效的 UTF-8 编码：无法识别的字节已被替换，其中的中文名称可能匹配不到任何日程；请另存为 UTF-8'
      : `配置文件不是 UTF-8 编码，已按 ${d.encoding} 读取（建议另存为 UTF-8）`,
  'ambiguous-timezone': (d) => `“${d.zone}”会被理解为 ${d.resolved}；请写完整时区名，如 Asia/Shanghai`,
  'file-is-address': (d) => `“${d.file}”是网址而不是文件：tongchou 只读取本地 .ics 文件，请先下载（导出或另存为 .ics）该日历，再填写文件路径`,
  'invalid-date': (d) => `“${d.value}”不是 YYYY-MM-DD 格式的日期`,
  'window-reversed': (d) => `检查区间的结束日期（${d.to}）早于开始日期（${d.from}）`,
  'hours-reversed': (d) => `办公时间的结束（${d.end}）不晚于开始（${d.start}）；办公时间不能跨过午夜`,
  'span-reversed': (d) => `时段的结束日期（${d.to}）早于开始日期（${d.from}）`,
  'duplicate-id': (d) => `标识“${d.id}”已在 ${d.first} 使用`,
  'invalid-enum': (d) => `“${d.value}”不在可选值之列：${d.allowed}`,
  'level-synonym': (d) => `“${d.value}”按层级 ${d.level} 读取${d.level === 'district' ? '（县、县级市、旗与区同级，均写 district）' : ''}`,
  'unknown-rule-kind': (d) => `未知的规则类型“${d.kind}”；可用类型：${d.known}`,
  'unknown-person': (d) => `“${d.reference}”与 people 中任何人员的标识或别名都不匹配`,
  'unknown-role': (d) => `people 中没有人担任“${d.role}”`,
  'invalid-duration': (d) => `“${d.value}”不是 ISO-8601 时长（如 PT30M、P7D）`,
  'invalid-regex': (d) => `“${d.pattern}”不是有效的正则表达式：${d.detail}`,
  'gap-reversed': (d) => `最小间隔 ${d.minGap} 大于最大间隔 ${d.maxGap}`,
  'out-of-range': (d) => `${d.value} 小于下限 ${d.min}`,
  'empty-selector': () => '空的选择器会匹配所有日程',
  'empty-list': (d) => `“${d.field}”为空，不起作用`,
  'unknown-calendar': (d) => `calendars 中没有标识为“${d.reference}”的日历`,
  'unknown-office': (d) => `calendars 中没有属于“${d.reference}”的日历`,
  'duplicate-alias': (d) => `别名“${d.alias}”同时属于“${d.first}”和“${d.second}”`,
  'duplicate-name': (d) => `“${d.second}”与“${d.first}”同名（${d.name}）：只写姓名、不带邮箱的参会人、owner 和规则中的 people 一律算作“${d.first}”；请为二人写上各自的邮箱，引用时写标识`,
  'duplicate-place': (d) =>
    d.kind === 'name'
      ? `地点“${d.second}”已是“${d.first}”的名称或别名（不计全角半角、大小写和空格），写成它的日程一律算作“${d.first}”`
      : `别名“${d.text}”同时指“${d.first}”和“${d.second}”，写成它的日程一律算作“${d.first}”`,
  'unknown-travel-place': (d) => `locations 中没有“${d.place}”，也没有位于其中的地点：这条路途时间只对地点写成它或写明其中房间的日程起作用`,
  'ambiguous-person': (d) => `“${d.reference}”是 people 中多人（${d.ids}）的姓名或别名，无法确定是谁；请改写为其中一人的标识`,
  'duplicate-file': (d) => `文件“${d.file}”已由日历“${d.first}”读取，其中的日程会被重复计算`,
  'missing-source': (d) => `未提供日历“${d.calendar}”的文件“${d.file}”`,
  'quiet-period-unread': (d) => `规则“${d.rule}”：静默期所依据的会议可能在未能读取的日历（${d.calendars}）上，其间召开的会议无法检查`,
  'holiday-calendar-empty': (d) =>
    `节假日日历“${d.file}”中没有任何放假或调休日期（可能是国务院办公厅通知发布前的空日历）：它不提供任何年份的安排，相关年份的日期仍按“安排未知”处理`,
  'unlisted-address': (d) =>
    `参会人“${d.name}” <${d.address}> 与名录中的“${d.personName}”（${d.person}）同名，但该地址不在其 aliases 中，已按另一人处理；若为同一人，请把该地址加入其 aliases`,
  'no-attendees': (d) =>
    `日历“${d.calendarName}”的 ${d.events} 个日程都未列出参会人员（无 ATTENDEE，说明中也没有写明名录人员的“出席领导/参会人员”一行）：人员冲突、出席要求等规则在该日历上看不到任何人`,
};
