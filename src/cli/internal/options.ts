/**
 * Options shared by several verbs, and their checks.
 */
import type { Lang } from '../../messages/catalog.js';
import type { UsageError } from '../parse-args.js';
import { isValidZone } from '../resolve-window.js';
import { ambiguousZone } from '../../config/ambiguous-zone.js';

/** Accepted `--lang` values; the first is the default. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
/** Accepted `--format` values; the first is the default. */
export const FORMATS = ['text', 'json'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** The zone used when neither `--tz` nor a config names one. */
export const DEFAULT_ZONE = 'Asia/Shanghai';

/** `--from`, `--to` and `--tz`, shared by every verb. */
export const windowSpecs = {
  from: { type: 'string' },
  to: { type: 'string' },
  tz: { type: 'string' },
} as const;
/** `--help` / `-h`. */
export const helpSpec = { help: { type: 'boolean', short: 'h' } } as const;
/** `--lang`. */
export const langSpec = { lang: { type: 'string' } } as const;
/** `--format`. */
export const formatSpec = { format: { type: 'string' } } as const;

/**
 * Checks a closed-choice option.
 * @param flag - the option as written in messages (`--format`)
 * @param value - the value given, if any
 * @param choices - the allowed values
 * @returns the value (or the first choice when absent), or a usage error
 * @example
 * choice('--format', 'yaml', FORMATS)
 * //=> { code: 'invalid-choice', data: { flag: '--format', value: 'yaml', choices: 'text, json' } }
 */
export function choice<T extends string>(flag: string, value: string | undefined, choices: readonly T[]): T | UsageError {
  if (value === undefined) return choices[0] as T;
  if ((choices as readonly string[]).includes(value)) return value as T;
  return { code: 'invalid-choice', data: { flag, value, choices: choices.join(', ') } };
}

/**
 * Checks `--tz`. A legacy abbreviation that names another zone than it seems to (`CST` is
 * America/Chicago to the tz database, China Standard Time to Chinese staff) is refused with the zone
 * it would mean: on the command line the fix is one word, and a silent Chicago reading would shift
 * every floating OA meeting by 13 hours. (In a config file it is a warning, as files are shared.)
 * @param value - the value given, if any
 * @returns the zone, undefined when absent, or a usage error
 * @example
 * zoneOption('China Standard Time')
 * //=> { code: 'invalid-zone', data: { value: 'China Standard Time' } }
 * zoneOption('CST')
 * //=> { code: 'ambiguous-zone', data: { value: 'CST', resolved: 'America/Chicago' } }
 */
export function zoneOption(value: string | undefined): string | undefined | UsageError {
  if (value === undefined) return value;
  if (!isValidZone(value)) return { code: 'invalid-zone', data: { value } };
  const resolved = ambiguousZone(value);
  return resolved === null ? value : { code: 'ambiguous-zone', data: { value, resolved } };
}

/**
 * Whether a value returned by {@link choice} or {@link zoneOption} is a usage error.
 * @param value - the returned value
 * @returns true for a usage error
 * @example
 * isUsageError(choice('--format', 'json', FORMATS))
 * //=> false
 */
export function isUsageError(value: unknown): value is UsageError {
  return typeof value === 'object' && value !== null && 'code' in value;
}
