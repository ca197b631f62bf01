/**
 * Argument handling of `main`, in-process: help, version, languages and every kind of usage error
 * (exit 2, the offending flag or value named on standard error).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import { fixtures, root, runInProcess } from './harness.js';

const run = (...argv: string[]) => runInProcess((io) => main(argv, io));

describe('main: help and version', () => {
  test('--version prints the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(run('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  test.each([['--help'], ['-h'], ['help'], ['--lang', 'en', '--help']])('%j prints the program usage, exit 0', (...argv) => {
    const result = run(...argv);
    expect(result.code).toBe(0);
    for (const verb of ['expand', 'check', 'init']) expect(result.stdout).toContain(verb);
  });

  test('the program usage is in Chinese by default and in English with --lang en', () => {
    expect(run('--help').stdout).toContain('用法');
    expect(run('--lang', 'en', '--help').stdout).toContain('Usage');
  });

  test.each(['expand', 'check', 'init'])('%s --help and -h print that verb’s usage, exit 0', (verb) => {
    for (const flag of ['--help', '-h']) {
      const result = run(verb, flag, '--lang=en');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`tongchou ${verb}`);
      expect(result.stdout).toContain('--lang');
    }
  });

  test('no verb is a usage error (exit 2) with the usage on standard error', () => {
    const result = run();
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('tongchou <');
  });
});

describe('main: usage errors exit 2 and name what was wrong', () => {
  test.each([
    [['frobnicate'], 'frobnicate'],
    [['expand', 'a.ics', '--form', '2022-01-01'], '--form'],
    [['check', '--config', 'x.json', '--outt', 'r.txt'], '--outt'],
    [['init', 'a.ics', '-f'], '-f'],
    [['expand', 'a.ics', '--format', 'yaml'], 'yaml'],
    [['check', 'a.ics', '--lang', 'fr'], 'fr'],
    [['expand', 'a.ics', '--tz', 'China Standard Time'], 'China Standard Time'],
    [['expand', 'a.ics', '--from', '2022-13-01'], '2022-13-01'],
    [['expand', 'a.ics', '--from', '2022-05-02', '--to', '2022-05-01'], '2022-05-01'],
    [['expand', 'a.ics', '--from'], '--from'],
    [['init', 'a.ics', '--force=yes'], '--force'],
  ])('%j', (argv, named) => {
    const result = run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(named);
    expect(result.stderr).toContain('--help');
  });

  test('the error is in the language asked for, even when --lang comes after the mistake', () => {
    expect(run('expand', 'a.ics', '--bogus', '--lang', 'en').stderr).toContain('unknown option "--bogus" for "tongchou expand"');
    expect(run('expand', 'a.ics', '--bogus').stderr).toContain('“tongchou expand”没有选项“--bogus”');
  });

  test.each([
    [['expand'], 'missing-file'],
    [['expand', 'a.ics', 'b.ics'], 'one-file-only'],
    [['check'], 'missing-file'],
    [['check', '--config', 'tongchou.json', 'a.ics'], 'config-and-files'],
    [['init'], 'missing-file'],
  ])('%j is a usage error (%s)', (argv) => {
    const result = run(...argv, '--lang', 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/tongchou: /);
  });

  test('usage errors come before any file is read', () => {
    // The file does not exist; the bad flag is reported, not the missing file.
    const result = run('expand', join(fixtures, 'nope.ics'), '--format', 'xml', '--lang', 'en');
    expect(result.stderr).toContain('--format');
    expect(result.stderr).not.toContain('nope.ics');
  });
});
