/**
 * The few file-system operations the CLI needs, behind an interface so that `main()` can run
 * in-process in tests against the real disk or a fake, and so the core never sees `node:fs`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** File access as the CLI needs it. */
export interface FileSystem {
  /** The file's bytes; throws the system error when it cannot be read. */
  readFile(path: string): Uint8Array;
  /** Writes (creating or replacing) a UTF-8 text file; throws the system error on failure. */
  writeFile(path: string, text: string): void;
  /** Whether anything exists at the path. */
  exists(path: string): boolean;
}

/**
 * The real file system.
 * @example
 * nodeFileSystem.exists('package.json')
 * //=> true
 */
export const nodeFileSystem: FileSystem = {
  readFile: (path) => readFileSync(path),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  exists: (path) => existsSync(path),
};
