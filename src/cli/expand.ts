/**
 * `tongchou expand FILE.ics`: what the checker will see in one calendar — every occurrence in the
 * window, then every component that was skipped and why. The window's days are read in `--tz`
 * (else Asia/Shanghai), which is also passed to the loader as the zone for floating times; a valid
 * X-WR-TIMEZONE in the file takes precedence there (the loader's rule: the exporter's own statement).
 */
import { readCalendarFile } from '../io/read-source.js';
import { expandToJson } from './format-json.js';
import { formatExpandText } from './format-text.js';
import { calendarIds } from './internal/calendar-ids.js';
import { choice, DEFAULT_ZONE, FORMATS, formatSpec, helpSpec, isUsageError, langSpec, LANGS, windowSpecs, zoneOption } from './internal/options.js';
import { EXIT_USAGE, usageError } from './internal/usage.js';
import { inputFailure } from './internal/input-failure.js';
import type { VerbContext } from './internal/verb-context.js';
import { parseArgs } from './parse-args.js';
import { resolveWindow } from './resolve-window.js';
import { configWindow } from '../check/config-window.js';

const specs = { ...windowSpecs, ...helpSpec, ...langSpec, ...formatSpec } as const;

/**
 * Runs `tongchou expand`.
 * @param args - arguments after the verb
 * @param ctx - io and language
 * @returns 0 when the file loaded (even with skipped components), 2 for a usage error, an unreadable
 *   file, or one that holds no calendar (`not-icalendar`, `empty-input`)
 */
export function expand(args: readonly string[], ctx: VerbContext): number {
  const { io, lang, messages } = ctx;
  const parsed = parseArgs('expand', args, specs);
  if (!parsed.ok) return usageError(io, messages, 'expand', parsed.error);
  const { flags, positionals } = parsed;
  if (flags.help === true) {
    io.stdout(messages.usage.expand);
    return 0;
  }
  const format = choice('--format', flags.format, FORMATS);
  if (isUsageError(format)) return usageError(io, messages, 'expand', format);
  const langOk = choice('--lang', flags.lang, LANGS);
  if (isUsageError(langOk)) return usageError(io, messages, 'expand', langOk);
  const tz = zoneOption(flags.tz);
  if (isUsageError(tz)) return usageError(io, messages, 'expand', tz);
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError(io, messages, 'expand', { code: 'missing-file', data: { verb: 'expand' } });
  if (extra.length > 0) {
    return usageError(io, messages, 'expand', { code: 'one-file-only', data: { verb: 'expand', count: positionals.length } });
  }
  const zone = tz ?? DEFAULT_ZONE;
  const resolved = resolveWindow(flags, null, io.now().setZone(zone).toISODate() as string);
  if (!resolved.ok) return usageError(io, messages, 'expand', resolved.error);

  const read = readCalendarFile(
    file,
    { meta: { id: calendarIds([file])[0] as string }, window: configWindow(resolved.window, zone), ...(tz !== undefined && { defaultZone: tz }) },
    io,
  );
  if (!read.ok) return inputFailure({ ok: false, kind: 'unreadable', failures: [read.failure] }, ctx, format, flags.lang !== undefined);
  // On standard error, so that standard output stays exactly one JSON document.
  if (resolved.fromClock) io.stderr(`${messages.defaultWindow(resolved.window)}\n`);
  io.stdout(format === 'json' ? `${JSON.stringify(expandToJson(read.result, lang), null, 2)}\n` : formatExpandText(read.result, resolved.window, lang));
  // A file that holds no calendar at all (a saved login page, an empty export) is as unreadable as a
  // missing one: exit 2 after showing why, as `check` does (QB-14).
  if (read.result.problems.some((p) => p.code === 'not-icalendar' || p.code === 'empty-input')) return EXIT_USAGE;
  return 0;
}
