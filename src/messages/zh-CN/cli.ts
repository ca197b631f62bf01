import type { CliMessages } from '../cli-catalog.js';
import { suggest } from './suggest.js';

const WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];

const windowOptions = `  --from YYYY-MM-DD   检查时段的第一天
  --to YYYY-MM-DD     检查时段的最后一天（含当天）
                      两者都不给时：从今天前一年到今天后一年（按 --tz 时区）；
                      只给一个时，时段为一年。`;

/** 中文：命令行自身的文字。 */
export const cli: CliMessages = {
  usage: {
    main: `tongchou（统筹）— 跨部门、跨层级检查会议日程冲突。

用法：tongchou <命令> [选项]

命令：
  expand 文件.ics        按检查器所见列出一个日历的全部会议场次
  check --config 文件    按配置文件（tongchou.json）中的规则检查各日历
  check 文件.ics...      无需配置，直接检查一人多会、会议室重复预订
  init 文件.ics...       为这些文件生成一份起步用的 tongchou.json
  suggest --config 文件 [--event UID]
                        找出会议最早可改期、且不产生冲突的时间

选项：
  -h, --help            显示帮助（也可放在命令之后）
  --version             显示版本号

运行“tongchou <命令> --help”查看各命令的选项。
`,
    expand: `用法：tongchou expand 文件.ics [选项]

列出文件在检查时段内的全部会议场次（即检查器看到的内容），然后列出未能读取的组件及原因。

选项：
${windowOptions}
  --tz 时区           检查时段和浮动时间所用的 IANA 时区（默认 Asia/Shanghai）；
                      文件自带有效的 X-WR-TIMEZONE 时，其浮动时间仍以文件为准
  --format text|json  输出格式（默认 text）
  --lang zh-CN|en     文字语言（默认 zh-CN）
  -h, --help          显示本帮助

退出码：0 读取完成；2 用法错误或文件无法读取。
`,
    check: `用法：tongchou check --config tongchou.json [选项]
      tongchou check 文件.ics... [选项]

带 --config 时，按配置文件中的规则检查其中的日历。只给 .ics 文件时，按默认设置检查出席类规则
（no-double-booking，含暂定会议重叠；venue 会议室重复预订）；之后可用“tongchou init”生成配置，
补充层级和先后顺序规则。

选项：
  --config 文件       配置文件；其中的日历路径相对于配置文件所在目录
${windowOptions}
                      与 --config 同用时覆盖配置中的时段。
  --tz 时区           检查时段和浮动时间所用的 IANA 时区（默认：配置中的 timezone，否则 Asia/Shanghai）；
                      文件自带有效的 X-WR-TIMEZONE 时以文件为准
  --format text|json|html
                      输出格式（默认 text）；html 为自带时间轴的单个网页文件（配合 --out report.html）
  --lang zh-CN|en     报告语言（默认 zh-CN）；JSON 报告中的说明文字默认中英两种，给出 --lang 时只含该语言
  --out 文件          把报告写入文件，而不是标准输出
  -h, --help          显示本帮助

退出码：0 没有错误级问题；1 发现错误级问题；2 配置无效、文件无法读取或用法错误。
`,
    init: `用法：tongchou init 文件.ics... [选项]

生成一份起步用的配置文件：列出这些日历（id 取自文件名），并为每种规则各写一个示例，
全部标为 "enabled": false。请补充 office（单位）、level（层级）和 owner（日程所属领导），再启用所需规则。

选项：
  --out 文件          写到哪里（默认 tongchou.json）；其中的日历路径相对于该文件
  --force             覆盖已有文件
${windowOptions}
  --tz 时区           写入配置的时区（默认 Asia/Shanghai）
  --lang zh-CN|en     提示语言（默认 zh-CN）
  -h, --help          显示本帮助

退出码：0 已写入；2 用法错误、文件无法读取，或目标文件已存在且未加 --force。
`,
    suggest: suggest.usage,
  },
  usageError: {
    'unknown-verb': (d) => `未知命令“${d.verb}”`,
    'missing-verb': () => '没有给出命令',
    'unknown-flag': (d) => `“tongchou ${d.verb}”没有选项“${d.flag}”`,
    'missing-value': (d) => `选项“${d.flag}”需要一个值`,
    'unexpected-value': (d) => `选项“${d.flag}”不带值`,
    'invalid-date': (d) => `${d.flag}：“${d.value}”不是 YYYY-MM-DD 格式的日期`,
    'invalid-choice': (d) => `${d.flag}：“${d.value}”不在可选值 ${d.choices} 之中`,
    'invalid-zone': (d) => `--tz：“${d.value}”不是 IANA 时区名（例如 Asia/Shanghai）`,
    'ambiguous-zone': (d) => `--tz：“${d.value}”会被理解为 ${d.resolved}；请写完整时区名，如 Asia/Shanghai`,
    'window-reversed': (d) => `检查时段的结束日（${d.to}）早于开始日（${d.from}）`,
    'missing-file': (d) => `“tongchou ${d.verb}”至少需要一个 .ics 文件`,
    'one-file-only': (d) => `“tongchou ${d.verb}”只接受一个文件，实际给了 ${d.count} 个`,
    'config-and-files': () => '--config 与 .ics 文件只能二选一',
    'output-exists': (d) => `${d.file} 已存在；如要覆盖，请加 --force`,
  },
  seeHelp: (d) => `运行“tongchou ${d.verb === null ? '' : `${d.verb} `}--help”查看用法。`,
  unreadable: (d) => {
    switch (d.reason) {
      case 'not-found':
        return `${d.file}：无法读取文件：文件不存在`;
      case 'permission-denied':
        return `${d.file}：无法读取文件：没有读取权限`;
      case 'is-directory':
        return `${d.file}：无法读取文件：这是一个目录`;
      case 'other':
        return `${d.file}：无法读取文件：${d.detail}`;
    }
  },
  writeFailed: (d) => `${d.file}：无法写入文件：${d.detail}`,
  jsonSyntax: (d) => (d.found === null ? '不是有效的 JSON：内容提前结束' : `不是有效的 JSON：此处不应出现 ${JSON.stringify(d.found)}`),
  invalidConfig: (d) => `${d.file}：配置文件有 ${d.count} 处问题：`,
  error: '错误',
  date: (d) => `${d.year}年${d.month}月${d.day}日 ${WEEKDAYS[d.weekday - 1]}`,
  dateInYear: (d) => `${d.month}月${d.day}日 ${WEEKDAYS[d.weekday - 1]}`,
  allDay: '全天',
  status: { tentative: '暂定', confirmed: '已确认', cancelled: '已取消' },
  skippedHeading: (d) => `未读取的组件（${d.count} 个）：`,
  problemsHeading: (d) => `输入文件中的问题（${d.count} 处）：`,
  severityHeading: (d) => `${d.severity === 'error' ? '错误' : d.severity === 'warning' ? '警告' : '提示'}（${d.count} 项）`,
  severityLabel: { error: '错误', warning: '警告', info: '提示' },
  suggestion: (d) => `建议：改在 ${d.start} 或之后开始。`,
  findingOccurrence: (d) => `${d.when}　“${d.summary}”（${d.where}）`,
  moreOccurrences: (d) => `……等共 ${d.total} 个场次，其余 ${d.more} 个未列出（--format json 列出全部）`,
  noFindings: '未发现冲突。',
  summary: (d) =>
    `共检查 ${d.calendars} 个日历、${d.from} 至 ${d.to} 的 ${d.occurrences} 个会议场次（未读取 ${d.skipped} 个组件）：` +
    `错误 ${d.errors} 项，警告 ${d.warnings} 项，提示 ${d.infos} 项。`,
  expandSummary: (d) => `${d.from} 至 ${d.to} 共 ${d.occurrences} 个会议场次；未读取 ${d.skipped} 个组件。`,
  emptyWindow: (d) =>
    `${d.from} 至 ${d.to} 之间没有会议场次（文件中已读取 ${d.loaded} 个事件）；可用 --from 和 --to 查看其他时段。`,
  defaultWindow: (d) => `未指定 --from/--to：按 ${d.from} 至 ${d.to} 检查。`,
  zeroConfigHint: (d) =>
    '本次未使用配置文件，只检查了一人多会、暂定会议重叠和会议室重复预订。' +
    `如需补充单位、层级、领导名录和先后顺序规则（如区级会议须在市级会议之后召开），请运行\n  tongchou init ${d.files}\n` +
    '编辑生成的 tongchou.json 后，再运行“tongchou check --config tongchou.json”。',
  initWrote: (d) =>
    `已写入 ${d.file}，含 ${d.calendars} 个日历。请补充 office、level 和 owner，启用所需规则，` +
    `然后运行“tongchou check --config ${d.file}”。`,
  reportWritten: (d) => `报告已写入 ${d.file}。`,
};
