/**
 * `tongchou`: the command line. `main` takes the arguments and the outside world as parameters and
 * returns the exit code, so tests run it in-process; `bin.ts` connects it to the real process.
 *
 * Exit codes: 0 success (and, for `check`, no error findings); 1 error findings; 2 usage error or
 * input that cannot be used (unreadable file, invalid config).
 */
import type { Lang } from '../messages/catalog.js';
import { cliMessages } from '../messages/cli-catalog.js';
import type { CliIo } from './cli-io.js';
import { check } from './check.js';
import { expand } from './expand.js';
import { init } from './init.js';
import { suggest } from './suggest.js';
import { LANGS } from './internal/options.js';
import { usageError } from './internal/usage.js';
import { VERSION } from './version.js';

/**
 * The language asked for anywhere on the line (`--lang en` or `--lang=en`), so that even an error
 * in an earlier argument is printed in it. An invalid value falls back to zh-CN here and is
 * reported by the verb's own parser.
 */
function requestedLang(argv: readonly string[]): Lang {
  let lang: Lang = 'zh-CN';
  argv.forEach((arg, i) => {
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) lang = value as Lang;
  });
  return lang;
}

/**
 * Runs the command line.
 * @param argv - the arguments after the program name (`process.argv.slice(2)`)
 * @param io - output streams, working directory, file system and clock
 * @returns the exit code
 * @example
 * main(['expand', 'party.ics', '--format', 'json'], nodeIo)
 * //=> 0
 */
export function main(argv: readonly string[], io: CliIo): number {
  const lang = requestedLang(argv);
  const messages = cliMessages(lang);
  const ctx = { io, lang, messages };
  // Program-level options before the verb: --help, --version and --lang.
  let i = 0;
  for (; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h' || arg === 'help') {
      io.stdout(messages.usage.main);
      return 0;
    }
    if (arg === '--version' || arg === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (arg === '--lang') i += 1;
    else if (!arg.startsWith('--lang=')) break;
  }
  const verb = argv[i];
  const rest = argv.slice(i + 1);
  if (verb === undefined) {
    io.stderr(messages.usage.main);
    return usageError(io, messages, null, { code: 'missing-verb', data: {} });
  }
  switch (verb) {
    case 'expand':
      return expand(rest, ctx);
    case 'check':
      return check(rest, ctx);
    case 'init':
      return init(rest, ctx);
    case 'suggest':
      return suggest(rest, ctx);
    default:
      return usageError(io, messages, null, { code: 'unknown-verb', data: { verb } });
  }
}
