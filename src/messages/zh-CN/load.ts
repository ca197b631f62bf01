import type { LoadProblemDataMap } from '../../model/load-problem.js';
import type { MessagesFor } from '../catalog.js';

/** 中文：读取 .ics 文件时的问题。 */
export const load: MessagesFor<LoadProblemDataMap> = {
  'undecodable-input': (d) => `文件含有既非 UTF-8 也非 GB18030 的字节，已用替换字符代替（${d.detail}）`,
  'non-utf8-encoding': (d) => `文件不是 UTF-8 编码，已按 ${d.encoding} 读取`,
  'mixed-encoding': (d) => `文件由多个日历拼接而成；从此行开始的日历（VCALENDAR）不是 UTF-8 编码，已按 ${d.encoding} 读取，其余部分按 UTF-8 读取`,
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
  'dtend-and-duration': (d) => `该会议同时写有结束时间（DTEND ${d.dtend}）和时长（DURATION ${d.duration}），iCalendar 规定二者只能有一：已按 DTEND 读取，DURATION 被忽略`,
  'start-only-events': (d) => `${d.events} 个会议只有开始时间、没有结束时间（无 DTEND 或 DURATION），第一个在此：按开始时刻读取，只能查出与当时正在进行或同时开始的安排的冲突（人员、会场），会议开始以后的冲突无法查出；请导出结束时间`,
  'end-before-start': (d) => `结束时间 ${d.end} 早于开始时间 ${d.start}，已按零时长处理`,
  'missing-uid': (d) => `日程缺少 UID，已生成 ${d.uid}`,
  'duplicate-uid': (d) =>
    `UID ${d.uid} 重复出现，此条为旧版本，已跳过：${
      d.decidedBy === 'sequence'
        ? `第 ${d.keptLine} 行的版本 SEQUENCE（修订号）更高`
        : d.decidedBy === 'last-modified'
          ? `两条 SEQUENCE 相同，第 ${d.keptLine} 行的版本 LAST-MODIFIED（最后修改时间）更晚`
          : d.decidedBy === 'dtstamp'
            ? `两条 SEQUENCE 相同，第 ${d.keptLine} 行的版本 DTSTAMP（时间戳）更晚`
            : `两条 SEQUENCE 与修改时间无从区分，保留文件中较后的第 ${d.keptLine} 行`
    }`,
  'reused-uid': (d) => `UID ${d.uid} 与第 ${d.firstLine} 行的另一会议相同（标题和日期都不同，也无新旧版本标记）：导出程序重复使用了 UID，两条均已读入`,
  'vcalendar-version': () =>
    '文件是 vCalendar 1.0 格式（VERSION:1.0，旧版 OA、Lotus Notes、手机导出），不是 iCalendar 2.0：已按 iCalendar 读取，quoted-printable 文字已解码、重复规则已换算；其中的时区行（TZ、DAYLIGHT）未读取，无时区的时间按默认时区处理',
  'unknown-version': (d) => `VERSION:${d.version} 不是 iCalendar 的版本号（RFC 5545 规定为 2.0），已按 iCalendar 2.0 读取`,
  'quoted-printable': (d) => `${d.count} 处属性值为 quoted-printable 编码（vCalendar 1.0 写法），已解码`,
  'vcalendar-rrule': (d) =>
    `vCalendar 1.0 重复规则“${d.value}”已按 ${d.rrule} 读取` + (d.countDefaulted ? '（未写次数或截止日期，按 vCalendar 1.0 的默认值重复 2 次，请核实）' : ''),
  'unsupported-vcalendar-rrule': (d) => `vCalendar 1.0 重复规则“${d.value}”的写法暂不支持，只载入首次日程`,
  'invalid-rrule': (d) => `重复规则（RRULE）无法识别：“${d.value}”（${d.detail}），只载入首次日程`,
  'unsupported-rscale': (d) => `重复规则使用非公历历法（RSCALE=${d.rscale}，如农历），暂不支持展开，只载入首次日程`,
  'method-cancel': (d) => `该文件是会议取消通知（METHOD:CANCEL）：其中 ${d.events} 个未整体取消的会议，所列参会人员按已取消邀请处理`,
  'title-says-cancelled': (d) => `“${d.summary}”未写 STATUS，但标题注明已取消：按已取消处理，不占用任何人的时间`,
  'nonstandard-until': (d) => `重复规则的截止时间 UNTIL=${d.until} 不是 RFC 5545 格式，已按 ${d.read} 读取`,
  'nonstandard-date-value': (d) => `${d.property}:${d.value} 不是 RFC 5545 格式，已按 ${d.read} 读取（文件中其他同样写法的 ${d.property} 亦照此读取）`,
  'unknown-tzid': (d) => `未知时区“${d.tzid}”，且文件中没有其定义（VTIMEZONE），已按默认时区 ${d.zone} 处理`,
  'empty-tzid': (d) => `时区参数（TZID）为空，已按默认时区 ${d.zone} 处理`,
  'windows-tzid-mapped': (d) => `Windows 时区名“${d.tzid}”已对应为 ${d.zone}`,
  'beijing-time-assumed': (d) => `时区名“${d.tzid}”不是标准时区名，已按北京时间（${d.zone}，UTC+8）处理`,
  'ambiguous-tzid': (d) =>
    `时区“${d.tzid}”有歧义${d.other === '' ? '' : `（也可指 ${d.other}）`}，已按 ${d.zone} 处理；请在导出时选用明确的时区（如 Asia/Shanghai）`,
  'offset-tzid': (d) => `时区“${d.tzid}”写的是与 UTC 的时差，已按固定时差 ${d.zone} 处理`,
  'stray-tzid-property': (d) => `日程内出现单独的 TZID 行（“${d.tzid}”），已将其无时区时间按 ${d.zone} 处理`,
  'date-with-tzid': (d) => `${d.property} 是日期（全天）值却带有 TZID，已忽略时区`,
  'unknown-calendar-timezone': (d) => `日历默认时区 X-WR-TIMEZONE“${d.tzid}”无法识别，已忽略`,
  'calendar-zone-differs': (d) => `该文件含多个日历（VCALENDAR）；此日历中未注明时区的时间按 ${d.zone} 读取，第一个日历的则按 ${d.calendarZone} 读取`,
  'orphan-override': (d) => `找不到此例外（RECURRENCE-ID ${d.recurrenceId}）所属的重复日程，已作为单次日程载入`,
  'occurrence-cap': (d) => `展开的日程数达到上限 ${d.limit}，其后的日程未载入`,
  'export-range': (d) => `此文件是按日期范围导出的，只含 ${chineseDate(d.from)}至${chineseDate(d.to)}的日程（X-CLIPSTART/X-CLIPEND）；检查范围内其余日期的会议无从得知，不视为未安排`,
  'holiday-not-all-day': (d) => `节假日日历中的“${d.summary}”不是全天日程，已忽略（节假日按整天读取）`,
  'holiday-conflict': (d) => `节假日日历对 ${d.date} 的说法不一致：已按 ${d.first} 作为${d.kept === 'workday' ? '调休上班日' : '节假日'}，此条已忽略`,
  'holiday-year-without-workdays': (d) =>
    `节假日数据列出了 ${d.year} 年的 ${d.holidays} 个放假日期，却没有任何调休上班日，可能是国务院通知发布前的预测数据（如 Google 日历）或只录入了通知的一部分；` +
    `因此不把 ${d.year} 年视为已完整提供：除所列日期和法定假日外，该年其余日期仍按“安排未知”处理。如这确是该年的全部安排，请在配置 holidays.years 中列出 ${d.year}`,
};

/** `2026-12-01` as staff write it: 2026年12月1日. */
function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return year === undefined || month === undefined || day === undefined ? iso : `${year}年${Number(month)}月${Number(day)}日`;
}
