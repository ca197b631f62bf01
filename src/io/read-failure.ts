/**
 * A file that could not be read is a value, not an exception: the CLI names the file and the reason
 * in the reader's language and exits with 2.
 */

/** Why a file could not be read, from the operating system's error code. */
export type ReadFailureReason = 'not-found' | 'permission-denied' | 'is-directory' | 'other';

/** A file that could not be read. */
export interface ReadFailure {
  /** The path as the user gave it (or as resolved for display). */
  readonly file: string;
  readonly reason: ReadFailureReason;
  /** The system's own message, kept for `other` reasons. */
  readonly detail: string;
}

/**
 * Classifies an error thrown by a file-system call.
 * @param file - the path that was being read
 * @param error - whatever the call threw
 * @returns the failure as data
 * @example
 * readFailure('a.ics', Object.assign(new Error('x'), { code: 'ENOENT' })).reason
 * //=> 'not-found'
 */
export function readFailure(file: string, error: unknown): ReadFailure {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  const reason: ReadFailureReason =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? 'not-found'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission-denied'
        : code === 'EISDIR'
          ? 'is-directory'
          : 'other';
  return { file, reason, detail };
}
