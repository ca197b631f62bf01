/**
 * `tongchou check`: with `--config`, the rules of a config file over its calendars; with `.ics`
 * files and no config, the attendance rules with default settings — for the person who has only
 * exported files. Zero-config calendars are named after X-WR-CALNAME (else their file name) and get
 * ids from their file names; no calendar gets an owner, so only ATTENDEE/ORGANIZER lines make people
 * busy (an office calendar's overlapping meetings are not one person's double booking).
 */
import { resolve } from 'node:path';
import { checkSources } from '../check/check.js';
import { compareOccurrences } from '../load/load-calendar.js';
import { toJsonReport, type Report } from '../check/report.js';
import { readBytes } from '../io/read-bytes.js';
import { readConfig } from '../io/read-config.js';
import type { ReadFailure } from '../io/read-failure.js';
import type { Config } from '../model/config.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import { renderHtmlReport } from '../report/html/render-html-report.js';
import { formatCheckText } from './format-text.js';
import { calendarIds } from './internal/calendar-ids.js';
import {
  choice,
  DEFAULT_ZONE,
  FORMATS,
  formatSpec,
  helpSpec,
  isUsageError,
  langSpec,
  LANGS,
  windowSpecs,
  zoneOption,
} from './internal/options.js';
import { EXIT_USAGE, usageError } from './internal/usage.js';
import { inputFailure } from './internal/input-failure.js';
import type { VerbContext } from './internal/verb-context.js';
import { parseArgs } from './parse-args.js';
import { resolveWindow } from './resolve-window.js';

const specs = { ...windowSpecs, ...helpSpec, ...langSpec, ...formatSpec, config: { type: 'string' }, out: { type: 'string' } } as const;

/** Output formats of `check`: those of every verb, and the self-contained HTML report. */
export const CHECK_FORMATS = [...FORMATS, 'html'] as const;
/** An output format of `check`. */
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** Exit code when the report has error findings. */
export const EXIT_FINDINGS = 1;

/** The rules of a zero-config run: attendance only (tentative overlaps come with no-double-booking). */
export const ZERO_CONFIG_RULES: Config['rules'] = [
  { id: 'no-double-booking', kind: 'no-double-booking' },
  { id: 'venue', kind: 'venue' },
  // Ordering needs levels the files do not carry; links written in the files are left to a config.
  { id: 'related-to', kind: 'related-to', enabled: false },
];

/**
 * Runs `tongchou check`.
 * @param args - arguments after the verb
 * @param ctx - io and language
 * @returns 0 without error findings, 1 with, 2 for a usage error, an unreadable file or an invalid config
 */
export function check(args: readonly string[], ctx: VerbContext): number {
  const { io, lang, messages } = ctx;
  const parsed = parseArgs('check', args, specs);
  if (!parsed.ok) return usageError(io, messages, 'check', parsed.error);
  const { flags, positionals } = parsed;
  if (flags.help === true) {
    io.stdout(messages.usage.check);
    return 0;
  }
  const format = choice('--format', flags.format, CHECK_FORMATS);
  if (isUsageError(format)) return usageError(io, messages, 'check', format);
  const langOk = choice('--lang', flags.lang, LANGS);
  if (isUsageError(langOk)) return usageError(io, messages, 'check', langOk);
  const tz = zoneOption(flags.tz);
  if (isUsageError(tz)) return usageError(io, messages, 'check', tz);
  if (flags.config !== undefined && positionals.length > 0) {
    return usageError(io, messages, 'check', { code: 'config-and-files', data: {} });
  }
  if (flags.config === undefined && positionals.length === 0) {
    return usageError(io, messages, 'check', { code: 'missing-file', data: { verb: 'check' } });
  }

  const input =
    flags.config === undefined ? zeroConfigInput(positionals, flags, tz, ctx, format) : configuredInput(flags.config, flags, tz, ctx, format);
  if (typeof input === 'number') return input;
  const { config, sources, configFile, warnings } = input;

  const checked = checkSources({ config, sources, configFile });
  // Zero-config calendars are shown by the X-WR-CALNAME the check read (else their file name).
  const names = input.names ?? new Map(checked.calendars.map((c) => [c.id, c.name] as const));
  // Warnings of a valid config (an unknown top-level key, a `CST` zone) join the report's problems.
  const report: Report = { ...checked.report, problems: [...warnings, ...checked.report.problems] };
  const output = render({ report, config, occurrences: checked.occurrences, names }, format, lang, flags.lang !== undefined);
  if (flags.out === undefined) io.stdout(output);
  else {
    try {
      io.fs.writeFile(resolve(io.cwd, flags.out), output);
    } catch (error) {
      io.stderr(`tongchou: ${messages.writeFailed({ file: flags.out, detail: error instanceof Error ? error.message : String(error) })}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`${messages.reportWritten({ file: flags.out })}\n`);
  }
  if (flags.config === undefined) io.stderr(`\n${messages.zeroConfigHint({ files: positionals.join(' ') })}\n`);
  // A configured calendar that holds no calendar at all (a saved login page, an empty export) was
  // not checked: a script must not read success, as it does not when the file is missing (QB-14).
  if (report.problems.some((p) => p.code === 'not-icalendar' || p.code === 'empty-input')) return EXIT_USAGE;
  return report.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : 0;
}

/** What a check runs on, however it was given. */
interface CheckInput {
  readonly config: Config;
  readonly sources: ReadonlyMap<string, Uint8Array>;
  readonly configFile: string | null;
  readonly warnings: readonly Problem[];
  /** Names to show for calendars without an office; null for zero-config, named after what the check reads (X-WR-CALNAME). */
  readonly names: ReadonlyMap<string, string> | null;
}

type WindowFlags = { readonly from?: string | undefined; readonly to?: string | undefined; readonly lang?: string | undefined };

/** `--config FILE`: the config's calendars, window and zone, overridden by the flags. */
function configuredInput(file: string, flags: WindowFlags, tz: string | undefined, ctx: VerbContext, format: CheckFormat): CheckInput | number {
  const read = readConfig(file, ctx.io);
  if (!read.ok) return inputFailure(read, ctx, format, flags.lang !== undefined);
  const zone = tz ?? read.config.timezone;
  const window = resolveWindow(flags, read.config.window, today(ctx, zone));
  if (!window.ok) return usageError(ctx.io, ctx.messages, 'check', window.error);
  const names = new Map(read.config.calendars.flatMap((c) => (c.name === undefined ? [] : [[c.id, c.name] as const])));
  return { config: { ...read.config, timezone: zone, window: window.window }, sources: read.sources, configFile: read.file, warnings: read.problems, names };
}

/** Files without a config: ids from the file names, no directory, the attendance rules. */
function zeroConfigInput(
  files: readonly string[],
  flags: WindowFlags,
  tz: string | undefined,
  ctx: VerbContext,
  format: CheckFormat,
): CheckInput | number {
  const zone = tz ?? DEFAULT_ZONE;
  const window = resolveWindow(flags, null, today(ctx, zone));
  if (!window.ok) return usageError(ctx.io, ctx.messages, 'check', window.error);
  if (window.fromClock) ctx.io.stderr(`${ctx.messages.defaultWindow(window.window)}\n`);
  const read = readSources(files, ctx);
  if (!read.ok) return inputFailure({ ok: false, kind: 'unreadable', failures: read.failures }, ctx, format, flags.lang !== undefined);
  const ids = calendarIds(files);
  const config: Config = {
    timezone: zone,
    window: window.window,
    calendars: files.map((file, i) => ({ id: ids[i] as string, file })),
    people: [],
    locations: [],
    travel: [],
    rules: ZERO_CONFIG_RULES,
  };
  // Each calendar is shown by its X-WR-CALNAME (else its file name), as the check reads it.
  return { config, sources: read.sources, configFile: null, warnings: [], names: null };
}

function today(ctx: VerbContext, zone: string): string {
  return ctx.io.now().setZone(zone).toISODate() as string;
}

/** What a report is rendered from. */
interface Checked {
  readonly report: Report;
  readonly config: Config;
  /** The window's occurrences, as the check read them (the HTML report's timeline). */
  readonly occurrences: readonly Occurrence[];
  readonly names: ReadonlyMap<string, string>;
}

function render(checked: Checked, format: CheckFormat, lang: VerbContext['lang'], langGiven: boolean): string {
  const { report, config, names } = checked;
  switch (format) {
    case 'json':
      // Messages in both languages unless one was asked for: an office tool picks what it shows.
      return `${JSON.stringify(langGiven ? toJsonReport(report, lang) : toJsonReport(report), null, 2)}\n`;
    case 'text':
      return formatCheckText(report, lang, names);
    case 'html':
      return renderHtmlReport(
        { report, occurrences: byCalendar(checked.occurrences, config), people: config.people, locations: config.locations, rules: config.rules },
        { lang },
      );
    default: {
      const never: never = format;
      throw new Error(`unknown format ${String(never)}`);
    }
  }
}

/**
 * The window's occurrences calendar by calendar in config order, each as its file loads them: the
 * order the HTML report lists calendars and meetings in (it was built from one load per file).
 */
function byCalendar(occurrences: readonly Occurrence[], config: Config): Occurrence[] {
  const rank = new Map(config.calendars.map((c, i) => [c.id, i]));
  return [...occurrences].sort((a, b) => (rank.get(a.calendar.id) ?? 0) - (rank.get(b.calendar.id) ?? 0) || compareOccurrences(a, b));
}

function readSources(
  files: readonly string[],
  ctx: VerbContext,
): { readonly ok: true; readonly sources: Map<string, Uint8Array> } | { readonly ok: false; readonly failures: readonly ReadFailure[] } {
  const sources = new Map<string, Uint8Array>();
  const failures: ReadFailure[] = [];
  for (const file of files) {
    const read = readBytes(file, ctx.io);
    if (read.ok) sources.set(file, read.bytes);
    else failures.push(read.failure);
  }
  return failures.length > 0 ? { ok: false, failures } : { ok: true, sources };
}

