/**
 * Reading `tongchou.json` and the calendars it lists. Each step returns its failures as values: an
 * unreadable file, a JSON syntax error (with line and column), or every validation problem with its
 * JSON path. Calendar paths in the config are relative to the config file (as `tsconfig.json`'s are),
 * so a config can be run from any directory.
 */
import { dirname, relative, resolve } from 'node:path';
import { validateConfig } from '../config/validate.js';
import type { Config } from '../model/config.js';
import type { Problem } from '../model/problem.js';
import { findJsonSyntaxError, type JsonSyntaxError } from './internal/json-syntax-error.js';
import { readBytes, type ReadEnvironment } from './read-bytes.js';
import { readHolidayCalendars } from './read-holiday-calendars.js';
import type { ReadFailure } from './read-failure.js';
import { nodeFileSystem } from './file-system.js';

/** The outcome of {@link readConfig}. */
export type ReadConfigResult =
  | {
      readonly ok: true;
      /** The config file as given. */
      readonly file: string;
      /** The validated config, each calendar's `file` rewritten relative to the working directory. */
      readonly config: Config;
      /** Each calendar's bytes, keyed by its (rewritten) `file`. */
      readonly sources: ReadonlyMap<string, Uint8Array>;
      /** Validation warnings. */
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly kind: 'unreadable'; readonly failures: readonly ReadFailure[] }
  | { readonly ok: false; readonly kind: 'json-syntax'; readonly file: string; readonly error: JsonSyntaxError }
  | { readonly ok: false; readonly kind: 'invalid'; readonly file: string; readonly problems: readonly Problem[] };

/**
 * Parses a config text, reporting a syntax error with its line and column.
 * @param text - the file's text (a leading byte-order mark is ignored)
 * @returns the parsed value, or the error's position
 * @example
 * parseConfigText('{"window": }')
 * //=> { ok: false, error: { offset: 11, line: 1, column: 12, found: '}' } }
 */
export function parseConfigText(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: JsonSyntaxError } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    // Our locator and V8 implement the same grammar; should they ever disagree, point at the start.
    return { ok: false, error: findJsonSyntaxError(body) ?? { offset: 0, line: 1, column: 1, found: body[0] ?? null } };
  }
}

/**
 * Reads, parses and validates a config file, then reads every calendar it lists and every holiday
 * calendar (`holidays.ics`), whose dates are loaded into `config.holidays` (their problems are
 * returned with the validation warnings).
 * @param file - the config file, absolute or relative to `env.cwd`
 * @param env - working directory and file system (default: the process's)
 * @returns the config and its sources, or why they cannot be used: `unreadable` lists every file
 *   that could not be read, `invalid` every validation problem
 * @example
 * const read = readConfig('examples/q2-2022/tongchou.json');
 * read.ok && read.config.calendars[0]?.file
 * //=> 'examples/q2-2022/calendars/city-party.ics'
 */
export function readConfig(file: string, env: ReadEnvironment = { cwd: process.cwd(), fs: nodeFileSystem }): ReadConfigResult {
  const read = readBytes(file, env);
  if (!read.ok) return { ok: false, kind: 'unreadable', failures: [read.failure] };
  const decoded = decodeConfig(read.bytes);
  const parsed = parseConfigText(decoded.text);
  if (!parsed.ok) return { ok: false, kind: 'json-syntax', file, error: parsed.error };
  const validated = validateConfig(parsed.value, file);
  const encoding: Problem[] =
    decoded.encoding === 'utf-8'
      ? []
      : [{ code: 'config-encoding', severity: decoded.encoding === 'utf-8-lossy' ? 'warning' : 'info', source: { file, path: [] }, data: { encoding: decoded.encoding } }];
  if (!validated.ok) return { ok: false, kind: 'invalid', file, problems: [...encoding, ...validated.problems] };

  const base = dirname(resolve(env.cwd, file));
  const calendars = validated.config.calendars.map((calendar) => {
    const absolute = resolve(base, calendar.file);
    // Shown relative to where the user is, so `file:line` in messages can be opened as printed.
    const shown = relative(env.cwd, absolute);
    return { ...calendar, file: shown === '' ? absolute : shown };
  });
  const sources = new Map<string, Uint8Array>();
  const failures: ReadFailure[] = [];
  for (const calendar of calendars) {
    if (sources.has(calendar.file)) continue;
    const bytes = readBytes(calendar.file, env);
    if (bytes.ok) sources.set(calendar.file, bytes.bytes);
    else failures.push(bytes.failure);
  }
  // The holiday calendars (`holidays.ics`) are read here too, so that every caller of readConfig
  // checks with them; their problems join the validation warnings.
  const holidays =
    validated.config.holidays === undefined
      ? undefined
      : readHolidayCalendars(validated.config.holidays, { configFile: file, zone: validated.config.timezone }, env);
  if (holidays !== undefined && !holidays.ok) failures.push(...holidays.failures);
  if (failures.length > 0 || (holidays !== undefined && !holidays.ok)) return { ok: false, kind: 'unreadable', failures };
  const config: Config = { ...validated.config, calendars, ...(holidays !== undefined && { holidays: holidays.holidays }) };
  return { ok: true, file, config, sources, problems: [...encoding, ...validated.problems, ...(holidays?.problems ?? [])] };
}

/**
 * The config file's text: UTF-8 (with or without BOM), else a UTF-16 file with its BOM (Notepad's
 * "Unicode"), else GB18030 (Notepad's "ANSI" on Chinese Windows saves GBK) — a Chinese selector read
 * with replacement characters would match nothing and the check would say nothing is wrong.
 */
function decodeConfig(bytes: Uint8Array): { readonly text: string; readonly encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-8-lossy' } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
    } catch {
      // Not this encoding: try the next.
    }
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-lossy' };
}
