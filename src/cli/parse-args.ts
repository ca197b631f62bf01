/**
 * A small, strict command-line parser. Node's `util.parseArgs` throws English-only errors; ours
 * returns a usage error as data so that it is printed in the reader's language and names the flag.
 */
import type { UsageErrorCode, UsageErrorDataMap, Verb } from '../messages/cli-catalog.js';

/** A usage error as data, rendered by the CLI catalog. */
export type UsageError<C extends UsageErrorCode = UsageErrorCode> = {
  [K in C]: { readonly code: K; readonly data: UsageErrorDataMap[K] };
}[C];

/** One option a verb accepts. `string` options take a value (`--out x` or `--out=x`). */
export interface FlagSpec {
  readonly type: 'string' | 'boolean';
  /** One-letter alias, e.g. `h` for `-h`. */
  readonly short?: string;
}

/** The values given for a verb's options. */
export type ParsedFlags<S extends Readonly<Record<string, FlagSpec>>> = {
  readonly [K in keyof S]?: S[K]['type'] extends 'string' ? string : boolean;
};

/** The result of parsing: flags and positionals, or the first usage error. */
export type ParseArgsResult<S extends Readonly<Record<string, FlagSpec>>> =
  | { readonly ok: true; readonly flags: ParsedFlags<S>; readonly positionals: readonly string[] }
  | { readonly ok: false; readonly error: UsageError };

/**
 * Parses the arguments after the verb. A repeated string option keeps its last value; `--` ends the
 * options, so a file named `-x.ics` can be passed as `-- -x.ics`.
 * @param verb - the verb being parsed (named in the error for an unknown flag)
 * @param args - the arguments after the verb
 * @param specs - the options the verb accepts, by long name
 * @returns the flags and positionals, or a usage error naming the offending flag
 * @example
 * parseArgs('expand', ['a.ics', '--format=json'], { format: { type: 'string' } })
 * //=> { ok: true, flags: { format: 'json' }, positionals: ['a.ics'] }
 */
export function parseArgs<S extends Readonly<Record<string, FlagSpec>>>(
  verb: Verb,
  args: readonly string[],
  specs: S,
): ParseArgsResult<S> {
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const byShort = new Map(
    Object.entries(specs).flatMap(([name, spec]) => (spec.short === undefined ? [] : [[spec.short, name] as const])),
  );
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    // A lone `-` is conventionally a positional (stdin); anything else starting with `-` is an option.
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const name = written.startsWith('--') ? written.slice(2) : byShort.get(written.slice(1));
    const spec = name === undefined || !Object.hasOwn(specs, name) ? undefined : specs[name];
    if (name === undefined || spec === undefined) {
      return { ok: false, error: { code: 'unknown-flag', data: { verb, flag: written } } };
    }
    if (spec.type === 'boolean') {
      if (inline !== undefined) return { ok: false, error: { code: 'unexpected-value', data: { flag: written } } };
      flags[name] = true;
      continue;
    }
    if (inline !== undefined) {
      flags[name] = inline;
      continue;
    }
    const next = args[i + 1];
    // `--out --force` is a missing value, not a file called "--force".
    if (next === undefined || (next.startsWith('-') && next !== '-')) {
      return { ok: false, error: { code: 'missing-value', data: { flag: written } } };
    }
    flags[name] = next;
    i += 1;
  }
  return { ok: true, flags: flags as ParsedFlags<S>, positionals };
}
