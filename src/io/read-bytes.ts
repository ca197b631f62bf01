/**
 * Reading a file's bytes relative to a working directory, with failure as a value.
 */
import { resolve } from 'node:path';
import type { FileSystem } from './file-system.js';
import { readFailure, type ReadFailure } from './read-failure.js';

/** Where and how to read: the directory relative paths start from, and the file system. */
export interface ReadEnvironment {
  readonly cwd: string;
  readonly fs: FileSystem;
}

/**
 * Reads a file's bytes; a file that cannot be read is returned as a value.
 * @param path - the path as the user wrote it (kept for messages)
 * @param env - working directory and file system
 * @returns the bytes, or the failure
 * @example
 * readBytes('missing.ics', { cwd: '/tmp', fs: nodeFileSystem })
 * //=> { ok: false, failure: { file: 'missing.ics', reason: 'not-found', detail: '…' } }
 */
export function readBytes(
  path: string,
  env: ReadEnvironment,
): { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly failure: ReadFailure } {
  try {
    return { ok: true, bytes: env.fs.readFile(resolve(env.cwd, path)) };
  } catch (error) {
    return { ok: false, failure: readFailure(path, error) };
  }
}

