/**
 * The README's API tour, as a script that runs.
 *
 *   npm run example                          the bundled example (examples/q2-2022/tongchou.json)
 *   npm run example -- --config my.json      your own config
 *   npm run example -- exports/*.ics         just exported files: attendance rules, default settings
 *   … --from 2022-04-01 --to 2022-06-30      the window (bare files: default one year either side of today)
 *   … --lang en                              English instead of Chinese
 *   … --strict                               exit 1 when there are error findings, like the CLI
 *
 * Exit code: 0 once the report is printed (with --strict: 1 when there are error findings, as the
 * CLI), 2 for unusable input.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { DateTime } from 'luxon';
import {
  check,
  checkProposal,
  defineConfig,
  loadHolidayCalendars,
  prepareCheckFromSources,
  renderFinding,
  renderProblem,
  validateConfig,
  type Config,
  type Finding,
  type Lang,
  type Problem,
} from '../src/index.js';

// The script's own layout words; every sentence about a finding or problem comes from the library.
const ZH = {
  severity: { error: '【错误】', warning: '【警告】', info: '【提示】' },
  header: (from: string, to: string, zone: string, calendars: number, occurrences: number) =>
    `检查时段 ${from} 至 ${to}（${zone}）：${calendars} 个日历，${occurrences} 场会议`,
  totals: (error: number, warning: number, info: number) => `共 ${error} 个错误、${warning} 个警告、${info} 个提示`,
  suggestion: (start: string) => `建议：最早可安排在 ${start}`,
  proposal: (summary: string, start: string, n: number) =>
    `若将“${summary}”改到 ${start}：${n === 0 ? '不产生新的冲突' : `仍有 ${n} 个问题`}`,
};
const EN: typeof ZH = {
  severity: { error: '[error]', warning: '[warning]', info: '[info]' },
  header: (from, to, zone, calendars, occurrences) =>
    `Window ${from} to ${to} (${zone}): ${calendars} calendars, ${occurrences} occurrences`,
  totals: (error, warning, info) => `${error} errors, ${warning} warnings, ${info} notes`,
  suggestion: (start) => `suggestion: start no earlier than ${start}`,
  proposal: (summary, start, n) => `Moving "${summary}" to ${start}: ${n === 0 ? 'no new conflict' : `${n} findings remain`}`,
};

// --- Arguments ------------------------------------------------------------------------------
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang: Lang = option('--lang') === 'en' ? 'en' : 'zh-CN';
const optionValues = new Set(['--config', '--from', '--to', '--lang'].flatMap((name) => option(name) ?? []));
const icsFiles = args.filter((a) => a.endsWith('.ics') && !optionValues.has(a));
const say = lang === 'en' ? EN : ZH;

// --- 1. A config: validateConfig checks a parsed tongchou.json (every problem, with its JSON path);
//        defineConfig types one written in code, here for bare .ics files with the attendance rules.
let configFile: string;
let raw: unknown;
if (icsFiles.length > 0) {
  configFile = 'tongchou.json'; // calendar paths below are relative to the working directory
  const today = DateTime.now().setZone('Asia/Shanghai');
  raw = defineConfig({
    window: {
      from: option('--from') ?? today.minus({ years: 1 }).toISODate()!,
      to: option('--to') ?? today.plus({ years: 1 }).toISODate()!,
    },
    calendars: icsFiles.map((file, i) => ({ id: `${i + 1}-${basename(file, '.ics')}`, file })),
    rules: [
      { id: 'people', kind: 'no-double-booking' },
      { id: 'rooms', kind: 'venue' },
    ],
  });
} else {
  configFile = option('--config') ?? 'examples/q2-2022/tongchou.json';
  raw = JSON.parse(readFileSync(configFile, 'utf8')) as unknown;
}
const validation = validateConfig(raw, configFile);
if (!validation.ok) {
  for (const problem of validation.problems) console.error(problemLine(problem));
  process.exit(2);
}
const window = {
  from: option('--from') ?? validation.config.window.from,
  to: option('--to') ?? validation.config.window.to,
};
// Holiday calendars the config names (`holidays.ics`: Google's 中国的节假日, Apple's 中国大陆节假日, an
// office's 调休 calendar) are read like calendars; loadHolidayCalendars turns their events into
// working-calendar dates that cite their file and line (years past the bundled data need them).
const holidayFiles = validation.config.holidays?.ics ?? [];
const holidays = loadHolidayCalendars(
  validation.config.holidays ?? { dates: {} },
  new Map(holidayFiles.map((f) => [f, readFileSync(resolve(dirname(configFile), f))] as const)),
  { zone: validation.config.timezone, configFile },
);
const config: Config = { ...validation.config, window, ...(validation.config.holidays !== undefined && { holidays: holidays.holidays }) };

// --- 2. The calendars' contents, keyed by the `file` written in the config. The library never
//        touches the file system: bytes in (any of UTF-8, UTF-16, GB18030), report out.
const base = icsFiles.length > 0 ? '.' : dirname(configFile);
const sources = new Map(config.calendars.map((c) => [c.file, readFileSync(resolve(base, c.file))] as const));

// --- 3. Check. The report is data: sorted findings with stable ids, input problems, counts.
const report = check({ config, sources, configFile });
console.log(say.header(window.from, window.to, config.timezone, report.summary.calendars, report.summary.occurrences));
for (const problem of holidays.problems) console.log(problemLine(problem));
for (const problem of report.problems) console.log(problemLine(problem));
for (const finding of report.findings) console.log(findingLine(finding));
console.log(say.totals(report.summary.findings.error, report.summary.findings.warning, report.summary.findings.info));

// --- 4. For an office tool: load once, then ask "what would this meeting conflict with?" before
//        saving it. Here: would each `order` finding's suggested time be free of new conflicts?
//        prepareCheckFromSources reads the calendars as check() does — also before the window, where
//        last week's city meeting that this week's relay follows lies — and indexes them once.
const { prepared, occurrences } = prepareCheckFromSources({ config, sources, configFile });
for (const finding of report.findings) {
  if (finding.kind !== 'order' || finding.suggestion === null) continue;
  const moved = occurrences.find((o) => o.key === finding.suggestion?.occurrence);
  if (moved === undefined) continue;
  const start = DateTime.fromISO(finding.suggestion.earliestStart, { setZone: true });
  const conflicts = checkProposal(prepared, {
    calendar: moved.calendar.id,
    uid: moved.uid, // the same UID: the proposal replaces the meeting instead of adding a copy
    recurrenceId: moved.recurrenceId,
    summary: moved.summary,
    start,
    end: start.plus(moved.end.diff(moved.start)),
    location: moved.location,
    attendees: moved.attendees.map((a) => a.address ?? a.name ?? '').filter((a) => a !== ''),
    ...(moved.organizer?.address != null && { organizer: moved.organizer.address }),
  });
  console.log(say.proposal(moved.summary, finding.suggestion.earliestStart, conflicts.length));
  for (const conflict of conflicts) console.log(`    ${findingLine(conflict)}`);
}

// A demonstration has done its job when it has printed the report, so findings alone exit 0;
// `--strict` exits 1 on error findings, as `tongchou check` always does (for scripts and CI).
process.exit(args.includes('--strict') && report.summary.findings.error > 0 ? 1 : 0);

// --- Helpers: how this script prints (the library renders each sentence; layout is ours). -----

function findingLine(finding: Finding): string {
  const suggestion = finding.suggestion === null ? '' : `\n    ${say.suggestion(finding.suggestion.earliestStart)}`;
  return `${say.severity[finding.severity]} [${finding.rule}/${finding.kind}] ${renderFinding(finding, lang)}${suggestion}`;
}

function problemLine(problem: Problem): string {
  const where = 'line' in problem.source ? `:${problem.source.line}` : ` ${problem.source.path.join('.')}`;
  return `${say.severity[problem.severity]} ${problem.source.file ?? ''}${where} ${renderProblem(problem, lang)}`;
}
