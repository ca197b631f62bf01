/**
 * Printing a usage error: the message, then where to find help. Exit code 2, like every usage error.
 */
import type { CliMessages, Verb } from '../../messages/cli-catalog.js';
import type { CliIo } from '../cli-io.js';
import type { UsageError } from '../parse-args.js';

/** Exit code for usage errors and input that could not be used (unreadable file, invalid config). */
export const EXIT_USAGE = 2;

/**
 * Prints a usage error to standard error.
 * @param io - where to print
 * @param messages - the CLI catalog
 * @param verb - the verb whose help to point at, or null for the program's
 * @param error - the error
 * @returns {@link EXIT_USAGE}
 */
export function usageError(io: CliIo, messages: CliMessages, verb: Verb | null, error: UsageError): number {
  const render = messages.usageError[error.code] as (data: unknown) => string;
  io.stderr(`tongchou: ${render(error.data)}\n${messages.seeHelp({ verb })}\n`);
  return EXIT_USAGE;
}
