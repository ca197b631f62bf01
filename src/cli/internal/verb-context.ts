/**
 * What every verb receives: the outside world and the reader's language.
 */
import type { Lang } from '../../messages/catalog.js';
import type { CliMessages } from '../../messages/cli-catalog.js';
import type { CliIo } from '../cli-io.js';

/** Passed to every verb. */
export interface VerbContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly messages: CliMessages;
}
