/**
 * Reading one `.ics` file from disk and loading it. The bytes go to the loader as they are: it
 * detects UTF-8, UTF-16 and GB18030 itself, so nothing here decodes text.
 */
import { loadCalendar, type LoadCalendarOptions } from '../load/load-calendar.js';
import type { LoadResult } from '../model/load-result.js';
import { nodeFileSystem } from './file-system.js';
import type { ReadFailure } from './read-failure.js';
import { readBytes, type ReadEnvironment } from './read-bytes.js';

/** A loaded calendar, or the reason its file could not be read. */
export type ReadCalendarResult =
  | { readonly ok: true; readonly result: LoadResult }
  | { readonly ok: false; readonly failure: ReadFailure };

/**
 * Reads an `.ics` file and loads it; the file name is carried into every problem and occurrence.
 * @param path - the file, absolute or relative to `env.cwd`; reported as written
 * @param options - the loader's options except `file`
 * @param env - working directory and file system (default: the process's)
 * @returns `{ ok: true, result }` with the load result, or `{ ok: false, failure }` when unreadable
 * @example
 * const read = readCalendarFile('party.ics', { meta: { id: 'party' }, window });
 * read.ok && read.result.occurrences.length
 * //=> 12
 */
export function readCalendarFile(
  path: string,
  options: Omit<LoadCalendarOptions, 'file'>,
  env: ReadEnvironment = { cwd: process.cwd(), fs: nodeFileSystem },
): ReadCalendarResult {
  const read = readBytes(path, env);
  if (!read.ok) return read;
  return { ok: true, result: loadCalendar(read.bytes, { ...options, file: path }) };
}
