/**
 * The built executable as npm links it: a shebang, the version, exit codes set on the process.
 */
import { readFileSync } from 'node:fs';
import { VERSION } from '../../src/cli/version.js';
import { bin, built, runBin } from './harness.js';

(built ? describe : describe.skip)('dist/cjs/cli/bin.js', () => {
  test('starts with a node shebang, so the npm bin link runs it', () => {
    expect(readFileSync(bin, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  test('--version prints the version, exit 0', () => {
    expect(runBin(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  test('a usage error sets exit code 2 on the process', () => {
    const result = runBin(['check', '--nope']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--nope');
  });
});
