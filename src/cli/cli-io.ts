/**
 * Everything the CLI touches in the outside world, passed in so that `main()` runs in-process in
 * tests with captured output, a chosen working directory and a fixed clock.
 */
import type { DateTime } from 'luxon';
import type { FileSystem } from '../io/file-system.js';

/** The CLI's view of the outside world. */
export interface CliIo {
  /** Writes text to standard output (the caller adds no newline). */
  stdout(text: string): void;
  /** Writes text to standard error. */
  stderr(text: string): void;
  /** Directory relative paths on the command line are resolved against. */
  readonly cwd: string;
  readonly fs: FileSystem;
  /** The current instant, read only for the default window (see `resolve-window.ts`). */
  now(): DateTime;
}
