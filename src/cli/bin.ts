#!/usr/bin/env node
/**
 * The `tongchou` executable: connects {@link main} to the real process. The exit code is set, not
 * forced with `process.exit`, so that output written to a pipe is flushed first.
 */
import { DateTime } from 'luxon';
import { nodeFileSystem } from '../io/file-system.js';
import { main } from './main.js';

process.exitCode = main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  fs: nodeFileSystem,
  // The CLI is an edge: it may read the clock for its default window. The zone is always set
  // explicitly where the instant is used, never taken from the host.
  now: () => DateTime.utc(),
});
