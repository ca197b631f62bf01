/**
 * Running the CLI in-process (`main`) with captured output, a chosen working directory and a fixed
 * clock; and running the built bin as a child process, as users do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { nodeFileSystem } from '../../src/io/file-system.js';
import type { CliIo } from '../../src/cli/cli-io.js';

export const root = join(__dirname, '..', '..');
export const fixtures = join(root, 'test', 'fixtures', 'cli');
export const bin = join(root, 'dist', 'cjs', 'cli', 'bin.js');
export const built = existsSync(bin);

/** A fixed "now" (Shanghai afternoon of 10 May 2022) so default windows are deterministic. */
export const NOW = DateTime.fromISO('2022-05-10T06:00:00Z', { zone: 'UTC' });

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** An io writing into strings, on the real disk. */
export function captureIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    cwd,
    fs: nodeFileSystem,
    now: () => NOW,
  };
}

/** Runs a verb function (or `main`) in-process. */
export function runInProcess(run: (io: CliIo) => number, cwd: string = fixtures): Captured {
  const io = captureIo(cwd);
  const code = run(io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** Runs the built bin in a child process. */
export function runBin(args: readonly string[], cwd: string = fixtures): Captured {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr };
}

/** A fresh empty directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tongchou-cli-'));
}
