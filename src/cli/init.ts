/**
 * `tongchou init FILE.ics…`: a starter `tongchou.json` for the files a user already has. Calendars
 * get ids from their file names and an office placeholder (`待填写`, "to be filled in") that is
 * valid but obviously unfinished; the level is guessed only from unmistakable words in the file
 * name. Every rule kind gets an example, switched off with `"enabled": false` — except the rules
 * that need no settings: `no-double-booking` and `venue`, which the zero-config `check` that
 * suggests `init` has just run (a config made from the same files must not find less), and
 * `related-to`, which reads links already in the files (a disabled entry would turn it off).
 */
import { dirname, relative, resolve } from 'node:path';
import { levelWords } from '../config/level-words.js';
import { LEVELS, type Level } from '../model/calendar.js';
import type { RuleConfig, RuleKind } from '../model/rule-config.js';
import { calendarIds } from './internal/calendar-ids.js';
import { choice, DEFAULT_ZONE, helpSpec, isUsageError, langSpec, LANGS, windowSpecs, zoneOption } from './internal/options.js';
import { EXIT_USAGE, usageError } from './internal/usage.js';
import type { VerbContext } from './internal/verb-context.js';
import { parseArgs } from './parse-args.js';
import { resolveWindow, type DayWindow } from './resolve-window.js';
import { readBytes } from '../io/read-bytes.js';

const specs = { ...windowSpecs, ...helpSpec, ...langSpec, out: { type: 'string' }, force: { type: 'boolean' } } as const;

/** The office written for each calendar until the user replaces it. */
export const OFFICE_PLACEHOLDER = '待填写';

// The first match decides, from the most specific level down: a township calendar is often named
// with its district (`某区某镇`) and a district one with its city (`某市某区`).

/**
 * Guesses a calendar's level from its file name, when a word says it plainly.
 * @param name - the file name without extension
 * @returns the level, or undefined when no word matches
 * @example
 * guessLevel('市委办-2022')
 * //=> 'city'
 */
export function guessLevel(name: string): Level | undefined {
  // The most local level a Chinese word states (临江市江滨区… is the district's), else an English word.
  const words = levelWords(name);
  if (words.length > 0) return [...words].sort((a, b) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level))[0]!.level;
  return ENGLISH_WORDS.find(([pattern]) => pattern.test(name))?.[1];
}

const ENGLISH_WORDS: readonly (readonly [RegExp, Level])[] = [
  [/central/i, 'central'],
  [/province|provincial/i, 'province'],
  [/township|town\b/i, 'township'],
  [/district|county/i, 'district'],
  [/city|municipal/i, 'city'],
];

/** One example per rule kind; a kind added to `RuleConfig` fails to compile until it has one. */
const examples: { readonly [K in RuleKind]: Extract<RuleConfig, { kind: K }> } = {
  follows: {
    id: 'river-chief-order',
    kind: 'follows',
    enabled: false,
    dependent: { level: 'district', summary: '总河长会议' },
    prerequisite: { level: 'city', summary: '总河长会议' },
    minGap: 'PT0S',
    maxGap: 'P7D',
    cycle: 'year',
  },
  'no-double-booking': { id: 'no-double-booking', kind: 'no-double-booking', enabled: true },
  'travel-time': { id: 'travel-time', kind: 'travel-time', enabled: false, defaultMinutes: 30 },
  venue: { id: 'venue', kind: 'venue', enabled: true },
  'required-attendance': {
    id: 'river-chiefs-attend',
    kind: 'required-attendance',
    enabled: false,
    event: { level: 'district', summary: '总河长会议' },
    people: ['role:总河长'],
  },
  'related-to': { id: 'related-to', kind: 'related-to', enabled: true },
  cadence: { id: 'joint-meeting-quarterly', kind: 'cadence', enabled: false, event: { summary: '联席会议' }, every: 'quarter', min: 1 },
  coverage: { id: 'duty-roster', kind: 'coverage', enabled: false, calendar: 'duty' },
  'working-days': {
    id: 'working-days',
    kind: 'working-days',
    enabled: false,
    event: { level: 'district' },
    hours: { start: '08:30', end: '17:30' },
  },
  'quiet-period': {
    id: 'no-visits-during-plenary',
    kind: 'quiet-period',
    enabled: false,
    event: { summary: '调研|检查' },
    during: { summary: '人民代表大会.*次会议|政协.*全体会议' },
  },
};

/**
 * The starter config for some files.
 * @param files - the calendar paths, relative to the config's directory
 * @param window - the window to write
 * @param timezone - the zone to write
 * @returns a JSON-ready object that `validateConfig` accepts (with warnings for the placeholders)
 * @example
 * starterConfig(['calendars/市委办.ics'], { from: '2022-04-01', to: '2022-06-30' }, 'Asia/Shanghai').calendars
 * //=> [{ id: '市委办', file: 'calendars/市委办.ics', office: '待填写', level: 'city' }]
 */
export function starterConfig(files: readonly string[], window: DayWindow, timezone: string) {
  const ids = calendarIds(files);
  return {
    timezone,
    window,
    calendars: files.map((file, i) => {
      const id = ids[i] as string;
      const level = guessLevel(id);
      return { id, file, office: OFFICE_PLACEHOLDER, ...(level !== undefined && { level }) };
    }),
    people: [],
    locations: [],
    travel: [],
    rules: Object.values(examples),
  };
}

/**
 * Runs `tongchou init`.
 * @param args - arguments after the verb
 * @param ctx - io and language
 * @returns 0 when written, 2 for a usage error, an unreadable input or an existing output
 */
export function init(args: readonly string[], ctx: VerbContext): number {
  const { io, messages } = ctx;
  const parsed = parseArgs('init', args, specs);
  if (!parsed.ok) return usageError(io, messages, 'init', parsed.error);
  const { flags, positionals } = parsed;
  if (flags.help === true) {
    io.stdout(messages.usage.init);
    return 0;
  }
  const lang = choice('--lang', flags.lang, LANGS);
  if (isUsageError(lang)) return usageError(io, messages, 'init', lang);
  const tz = zoneOption(flags.tz);
  if (isUsageError(tz)) return usageError(io, messages, 'init', tz);
  if (positionals.length === 0) return usageError(io, messages, 'init', { code: 'missing-file', data: { verb: 'init' } });
  const zone = tz ?? DEFAULT_ZONE;
  const window = resolveWindow(flags, null, io.now().setZone(zone).toISODate() as string);
  if (!window.ok) return usageError(io, messages, 'init', window.error);

  const out = flags.out ?? 'tongchou.json';
  const outPath = resolve(io.cwd, out);
  if (io.fs.exists(outPath) && flags.force !== true) {
    return usageError(io, messages, 'init', { code: 'output-exists', data: { file: out } });
  }
  // A starter listing a file that cannot be read would fail at the first check; say so now.
  const failures = positionals.flatMap((file) => {
    const read = readBytes(file, io);
    return read.ok ? [] : [read.failure];
  });
  if (failures.length > 0) {
    for (const failure of failures) io.stderr(`tongchou: ${messages.unreadable(failure)}\n`);
    return EXIT_USAGE;
  }
  // Paths in the config are relative to the config file, with forward slashes on every system.
  const files = positionals.map((file) => relative(dirname(outPath), resolve(io.cwd, file)).split('\\').join('/'));
  const text = `${JSON.stringify(starterConfig(files, window.window, zone), null, 2)}\n`;
  try {
    io.fs.writeFile(outPath, text);
  } catch (error) {
    io.stderr(`tongchou: ${messages.writeFailed({ file: out, detail: error instanceof Error ? error.message : String(error) })}\n`);
    return EXIT_USAGE;
  }
  io.stdout(`${messages.initWrote({ file: out, calendars: positionals.length })}\n`);
  return 0;
}
