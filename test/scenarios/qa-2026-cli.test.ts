/**
 * QA 2026 (fresh-eyes QA): the command line as office staff type it. Each `test.failing` pins an open
 * bug listed in /work/notes/qa-2026.md under its QA26 id; flip it to `test` when the bug is fixed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { root, runInProcess } from '../cli/harness.js';

const dir = join(root, 'test', 'fixtures', 'qa-2026');

describe('QA26-7: --tz CST (China Standard Time to Chinese staff; America/Chicago to IANA)', () => {
  const expandJson = (tz: string): { code: number; stdout: string; stderr: string } =>
    runInProcess((io) => main(['expand', 'floating-oa.ics', '--tz', tz, '--from', '2022-05-01', '--to', '2022-05-31', '--format', 'json'], io), dir);

  test('control: --tz Asia/Shanghai reads the floating 09:00 as +08:00', () => {
    const result = expandJson('Asia/Shanghai');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { occurrences: { start: string }[] };
    expect(parsed.occurrences.map((o) => o.start)).toEqual(['2022-05-10T09:00:00+08:00']);
  });

  // QA26-7 (fixed): the config's "timezone": "CST" got ambiguous-timezone; the flag got nothing and meant Chicago.
  test('QA26-7: expand --tz CST warns (or refuses) instead of silently using America/Chicago', () => {
    const result = expandJson('CST');
    const parsed = result.code === 0 ? (JSON.parse(result.stdout) as { occurrences: { start: string }[] }) : null;
    const silentChicago = parsed !== null && parsed.occurrences[0]?.start === '2022-05-10T09:00:00-05:00' && !/CST|Chicago/u.test(result.stderr);
    expect(silentChicago).toBe(false);
  });

  test('QA26-7: check --tz CST says that CST is read as America/Chicago', () => {
    const result = runInProcess((io) => main(['check', 'floating-oa.ics', '--tz', 'CST', '--from', '2022-05-01', '--to', '2022-05-31'], io), dir);
    expect(`${result.stdout}${result.stderr}`).toMatch(/America\/Chicago|ambiguous-timezone/u);
  });
});

describe('QA26-23: init, then check --config, on the files a zero-config check just judged', () => {
  const fixture = join(dir, 'init-two-offices');
  const files = ['qwb/日程.ics', 'qzfb/日程.ics'];
  const window = ['--from', '2022-05-01', '--to', '2022-05-31'];

  test('control: the zero-config check finds 李明 double-booked (exit 1)', () => {
    const result = runInProcess((io) => main(['check', ...files, ...window, '--format', 'json'], io), fixture);
    expect(result.code).toBe(1);
    const parsed = JSON.parse(result.stdout) as { findings: { kind: string }[] };
    expect(parsed.findings.map((f) => f.kind)).toEqual(['double-booking']);
  });

  const initThenCheck = (): { code: number; parsed: { findings: { kind: string }[]; summary: { occurrences: number } } } => {
    const out = join(mkdtempSync(join(tmpdir(), 'qa26-init-')), 'tongchou.json');
    const init = runInProcess((io) => main(['init', ...files.map((f) => join(fixture, f)), '--out', out], io), fixture);
    if (init.code !== 0) throw new Error(init.stderr);
    const result = runInProcess((io) => main(['check', '--config', out, ...window, '--format', 'json'], io), fixture);
    return { code: result.code, parsed: JSON.parse(result.stdout) as { findings: { kind: string }[]; summary: { occurrences: number } } };
  };

  test('control: the init-generated config reads both files (2 occurrences)', () => {
    expect(initThenCheck().parsed.summary.occurrences).toBe(2);
  });

  // QA26-23 (fixed): init wrote no-double-booking and venue disabled, so the same files then checked clean.
  test('QA26-23: the init-generated config still finds the double booking', () => {
    expect(initThenCheck().parsed.findings.map((f) => f.kind)).toEqual(['double-booking']);
  });
});

describe('QA26-36: tongchou.json saved as GBK by Chinese Windows Notepad', () => {
  const fixture = join(dir, 'gbk-config');
  const kinds = (config: string): { code: number; kinds: string[] } => {
    const result = runInProcess((io) => main(['check', '--config', config, '--format', 'json'], io), fixture);
    const parsed = JSON.parse(result.stdout) as { findings?: { kind: string }[] };
    return { code: result.code, kinds: (parsed.findings ?? []).map((f) => f.kind) };
  };

  test('control: the UTF-8 config finds the district meeting out of order (exit 1)', () => {
    expect(kinds('utf8.json')).toEqual({ code: 1, kinds: ['order'] });
  });

  // QA26-36 (fixed): the GBK bytes were decoded as UTF-8 with replacement characters; nothing matches, exit 0.
  test('QA26-36: the same config in GBK finds it too, or is refused (exit 2) — never a clean exit 0', () => {
    const result = runInProcess((io) => main(['check', '--config', 'gbk.json', '--format', 'json'], io), fixture);
    const silentClean = result.code === 0 && (JSON.parse(result.stdout) as { findings: unknown[] }).findings.length === 0;
    expect(silentClean).toBe(false);
  });
});

describe('QA26-37: --format json when the input cannot be used', () => {
  const syntax = join(root, 'test', 'fixtures', 'cli', 'json-syntax-error');
  const parsesWithError = (stdout: string): boolean => {
    try {
      return typeof (JSON.parse(stdout) as { error?: unknown }).error === 'string';
    } catch {
      return false;
    }
  };

  test('control: check prints one JSON object with "error", exit 2', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json', '--format', 'json'], io), syntax);
    expect(result.code).toBe(2);
    expect(parsesWithError(result.stdout)).toBe(true);
  });

  // QA26-37 (fixed): suggest and expand printed nothing on stdout.
  test.each([
    ['suggest with a config that is not JSON', ['suggest', '--config', 'tongchou.json', '--format', 'json'], syntax],
    ['expand of a file that does not exist', ['expand', 'nonexist.ics', '--format', 'json'], dir],
  ] as const)('QA26-37: %s prints one JSON object with "error"', (_case, args, cwd) => {
    const result = runInProcess((io) => main([...args], io), cwd);
    expect(result.code).toBe(2);
    expect(parsesWithError(result.stdout)).toBe(true);
  });
});

describe('QA26-50: a finding that cites 182 occurrences, in the text report', () => {
  const fixture = join(dir, 'long-overlap');

  test('control: one coverage-overlap finding over the quarter', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json', '--format', 'json'], io), fixture);
    const parsed = JSON.parse(result.stdout) as { findings: { kind: string; occurrences: unknown[] }[] };
    expect(parsed.findings.map((f) => [f.kind, f.occurrences.length])).toEqual([['coverage-overlap', 182]]);
  });

  // QA26-50 (fixed): every cited occurrence got its own line.
  test('QA26-50: the text report lists a bounded number of lines for it', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json'], io), fixture);
    expect(result.stdout.split('\n').length).toBeLessThan(40);
  });
});
