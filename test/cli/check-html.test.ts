/**
 * `tongchou check --format html`, in-process: the page written with --out or to standard output,
 * in both languages, with and without a config; and `--format json` when the input is unusable,
 * which prints the problems as JSON (it printed only text before).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { PageData } from '../../src/report/html/page-data.js';
import { runInProcess, tempDir } from './harness.js';

const run = (...argv: string[]) => runInProcess((io) => main(argv, io));
const config = join('district', 'tongchou.json');

function dataOf(html: string): PageData {
  const match = /<script type="application\/json" id="tc-data">([\s\S]*?)<\/script>/u.exec(html);
  if (match === null) throw new Error('no data script in the page');
  return JSON.parse(match[1] as string) as PageData;
}

describe('tongchou check --format html', () => {
  test('--out writes one page; exit 1 for error findings as with text; the page holds the same findings as the JSON', () => {
    const out = join(tempDir(), 'report.html');
    const result = run('check', '--config', config, '--format', 'html', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(out);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    const json = JSON.parse(run('check', '--config', config, '--format', 'json').stdout) as {
      findings: { id: string; kind: string }[];
      summary: { occurrences: number };
    };
    const data = dataOf(html);
    expect(data.findings.map((f) => [f.id, f.kind])).toEqual(json.findings.map((f) => [f.id, f.kind]));
    expect(data.summary.occurrences).toBe(json.summary.occurrences);
    // The timeline has the window's occurrences, not only those cited by findings.
    expect(data.occurrences.length).toBe(json.summary.occurrences);
    expect(data.calendars.map((c) => c.office)).toEqual(expect.arrayContaining(['区委办', '区政府办']));
  });

  test('without --out the page goes to standard output; --lang en gives English labels and messages', () => {
    const result = run('check', '--config', config, '--format', 'html', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('<html lang="en">');
    expect(dataOf(result.stdout).findings.find((f) => f.kind === 'order')?.message).toContain('is scheduled before the higher-level meeting');
    expect(dataOf(result.stdout).text.findingsHeading).toBe('Findings');
  });

  test('zero-config: each calendar is named by its X-WR-CALNAME in the page', () => {
    const files = ['district-party.ics', 'district-gov.ics'].map((f) => join('district', 'calendars', f));
    const result = run('check', ...files, '--from', '2022-05-01', '--to', '2022-05-31', '--format', 'html');
    expect(result.code).toBe(1);
    const data = dataOf(result.stdout);
    expect(data.calendars.map((c) => c.id).sort()).toEqual(['district-gov', 'district-party']);
    expect(data.calendars.every((c) => c.name !== c.id)).toBe(true);
  });

  test('an unknown format names html among the choices', () => {
    const result = run('check', '--config', config, '--format', 'pdf');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('text, json, html');
  });
});

describe('tongchou check --format json with unusable input prints the problems as JSON', () => {
  interface FailureJson {
    version: number;
    error: string;
    problems: { code: string; severity: string; file: string | null; path?: string; line?: number; column?: number; message: Record<string, string> }[];
  }
  const json = (stdout: string) => JSON.parse(stdout) as FailureJson;

  test('an invalid config: every problem with its path, as the report writes problems; exit 2', () => {
    const result = run('check', '--config', join('invalid-config', 'tongchou.json'), '--format', 'json', '--lang', 'en');
    expect(result.code).toBe(2);
    const report = json(result.stdout);
    expect(report.version).toBe(1);
    expect(report.error).toBe('invalid-config');
    expect(report.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['timezone', 'window.to', 'calendars[0].level', 'rules[0].minGap']));
    expect(report.problems.find((p) => p.path === 'rules[0].minGap')).toEqual(
      expect.objectContaining({ code: 'invalid-duration', severity: 'error', file: join('invalid-config', 'tongchou.json') }),
    );
    expect(Object.keys(report.problems[0]?.message ?? {})).toEqual(['en']);
    // The person at the terminal still reads them on standard error.
    expect(result.stderr).toContain('rules[0].minGap');
  });

  test('a JSON syntax error: its line and column', () => {
    const result = run('check', '--config', join('json-syntax-error', 'tongchou.json'), '--format', 'json');
    expect(result.code).toBe(2);
    const report = json(result.stdout);
    expect(report.error).toBe('json-syntax');
    expect(report.problems).toEqual([expect.objectContaining({ code: 'json-syntax', line: 5, column: 1, file: join('json-syntax-error', 'tongchou.json') })]);
    // Without --lang, both languages, as the report's messages (QB-7).
    expect(Object.keys(report.problems[0]!.message)).toEqual(['zh-CN', 'en']);
    expect(report.problems[0]!.message.en).toMatch(/line|JSON/iu);
  });

  test('an invalid config without --lang: messages in both languages, zh-CN first', () => {
    const report = json(run('check', '--config', join('invalid-config', 'tongchou.json'), '--format', 'json').stdout);
    expect(report.problems.every((p) => Object.keys(p.message).join() === 'zh-CN,en')).toBe(true);
  });

  test('unreadable files: each one', () => {
    const result = run('check', '--config', join('missing-calendar', 'tongchou.json'), '--format', 'json');
    expect(result.code).toBe(2);
    const report = json(result.stdout);
    expect(report.error).toBe('unreadable');
    expect(report.problems.map((p) => p.file?.split(/[\\/]/u).pop()).sort()).toEqual(['also-gone.ics', 'gone.ics']);
    expect(report.problems.every((p) => p.code === 'unreadable')).toBe(true);
    expect(report.problems.every((p) => Object.keys(p.message).join() === 'zh-CN,en')).toBe(true);
  });

  test('with the text format nothing goes to standard output', () => {
    expect(run('check', '--config', join('invalid-config', 'tongchou.json')).stdout).toBe('');
  });
});
