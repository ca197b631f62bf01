import type { LoadProblemDataMap } from '../../model/load-problem.js';
import type { MessagesFor } from '../catalog.js';

/** 中文：读取 .ics 文件时的问题。 */
export const load: MessagesFor<LoadProblemDataMap> = {
  'undecodable-input': (d) => `文件含有既非 UTF-8 也非 GB18030 的字节，已用替换字符代替（${d.detail}）`,
  'non-utf8-encoding': (d) => `文件不是 UTF-8 编码，已按 ${d.encoding} 读取`,
  'empty-input': () => '文件为空，没有日程数据',
  'not-icalendar': () => '文件不是 iCalendar（.ics）格式：找不到 BEGIN:VCALENDAR 或任何日程',
  'malformed-line': (d) => `无法识别的行，已忽略：“${d.text}”`,
  'text-continuation': (d) => `此行没有属性名，已作为 ${d.property} 文本的续行读取`,
  'missing-end': (d) => `${d.component} 缺少 END:${d.component}，已在下一个组件开始或文件结尾处结束`,
  'unexpected-end': (d) => `多余的 END:${d.component}，没有与之对应的 BEGIN，已忽略`,
  'property-outside-component': (d) => `属性 ${d.property} 不在任何组件内，已忽略`,
  'unsupported-component': (d) => `${d.component} 不是会议日程，未载入`,
  'missing-dtstart': () => '日程缺少开始时间（DTSTART），无法载入',
  'override-without-dtstart': (d) => `例外日程（RECURRENCE-ID ${d.recurrenceId}）缺少开始时间，已按其原定时间处理`,
  'invalid-date-value': (d) => `${d.property} 的日期时间值无效：“${d.value}”`,
  'invalid-duration-value': (d) => `时长（DURATION）无效：“${d.value}”，已忽略`,
  'end-before-start': (d) => `结束时间 ${d.end} 早于开始时间 ${d.start}，已按零时长处理`,
  'missing-uid': (d) => `日程缺少 UID，已生成 ${d.uid}`,
  'duplicate-uid': (d) => `UID ${d.uid} 重复出现，此条为旧版本（SEQUENCE 较小或在文件中较前），已跳过`,
  'invalid-rrule': (d) => `重复规则（RRULE）无法识别：“${d.value}”（${d.detail}），只载入首次日程`,
  'unsupported-rscale': (d) => `重复规则使用非公历历法（RSCALE=${d.rscale}，如农历），暂不支持展开，只载入首次日程`,
  'unknown-tzid': (d) => `未知时区“${d.tzid}”，且文件中没有其定义（VTIMEZONE），已按默认时区 ${d.zone} 处理`,
  'empty-tzid': (d) => `时区参数（TZID）为空，已按默认时区 ${d.zone} 处理`,
  'windows-tzid-mapped': (d) => `Windows 时区名“${d.tzid}”已对应为 ${d.zone}`,
  'stray-tzid-property': (d) => `日程内出现单独的 TZID 行（“${d.tzid}”），已将其无时区时间按 ${d.zone} 处理`,
  'date-with-tzid': (d) => `${d.property} 是日期（全天）值却带有 TZID，已忽略时区`,
  'unknown-calendar-timezone': (d) => `日历默认时区 X-WR-TIMEZONE“${d.tzid}”无法识别，已忽略`,
  'orphan-override': (d) => `找不到此例外（RECURRENCE-ID ${d.recurrenceId}）所属的重复日程，已作为单次日程载入`,
  'occurrence-cap': (d) => `展开的日程数达到上限 ${d.limit}，其后的日程未载入`,
};
