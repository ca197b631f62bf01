/**
 * `tongchou check`, through the built bin: exit codes, the JSON report, text in both languages,
 * --out, and every way the input can be unusable (exit 2, each problem named).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { built, runBin, tempDir } from './harness.js';

interface JsonReport {
  version: number;
  window: { from: string; to: string; timezone: string };
  findings: {
    id: string;
    rule: string;
    kind: string;
    severity: string;
    message: Record<string, string>;
    occurrences: { calendar: string; uid: string; start: string }[];
    people: string[];
    suggestion: { earliestStart: string; occurrence: string } | null;
  }[];
  problems: unknown[];
  summary: { calendars: number; occurrences: number; findings: { total: number; error: number; byKind: Record<string, number> } };
}

const config = join('district', 'tongchou.json');
const calendars = join('district', 'calendars');

(built ? describe : describe.skip)('tongchou check --config (built bin)', () => {
  test('error findings exit 1; the JSON report is one object with the contract fields', () => {
    const result = runBin(['check', '--config', config, '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.window).toEqual({ from: '2022-05-01', to: '2022-05-31', timezone: 'Asia/Shanghai' });
    expect(report.summary.calendars).toBe(3);
    expect(report.summary.occurrences).toBe(5);
    const kinds = report.findings.map((f) => [f.rule, f.kind, f.severity]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['river-chief', 'order', 'error'],
        ['people', 'double-booking', 'error'],
        ['rooms', 'venue', 'error'],
      ]),
    );
    const order = report.findings.find((f) => f.kind === 'order');
    expect(order?.occurrences.map((o) => o.uid).sort()).toEqual(['city-river-chief@shi.gov.cn', 'river-chief@qu.gov.cn']);
    // After the city meeting ends (17 May 17:00 Shanghai).
    expect(order?.suggestion?.earliestStart).toBe('2022-05-17T17:00:00+08:00');
    const double = report.findings.find((f) => f.kind === 'double-booking');
    expect(double?.people).toEqual(['li']);
    // No --lang: messages in both languages, for office tools to choose.
    expect(Object.keys(order?.message ?? {}).sort()).toEqual(['en', 'zh-CN']);
    // The back-to-back lunch at 12:00 touches the 10:00–12:00 meeting: no finding cites it.
    expect(report.findings.flatMap((f) => f.occurrences.map((o) => o.uid))).not.toContain('back-to-back@qu.gov.cn');
    expect(report.summary.findings.error).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  test('--lang en with JSON keeps only English messages', () => {
    const report = JSON.parse(runBin(['check', '--config', config, '--format', 'json', '--lang', 'en']).stdout) as JsonReport;
    expect(report.findings.every((f) => Object.keys(f.message).join() === 'en')).toBe(true);
  });

  test('--from/--to override the config window; without error findings the exit code is 0', () => {
    const result = runBin(['check', '--config', config, '--from', '2022-05-18', '--to', '2022-05-31', '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.window).toMatchObject({ from: '2022-05-18', to: '2022-05-31' });
    expect(report.summary.findings.error).toBe(0);
  });

  test('text: findings grouped under 错误, times in the meeting’s zone, the suggestion, then the summary', () => {
    const result = runBin(['check', '--config', config]);
    expect(result.code).toBe(1);
    const text = result.stdout;
    expect(text.startsWith('错误（')).toBe(true);
    expect(text).toContain('2022年5月16日 星期一 09:00–10:00　“区总河长会议”（区委办）');
    expect(text).toContain('建议：改在 2022年5月17日 星期二 17:00 或之后开始。');
    expect(text).toMatch(/共检查 3 个日历、2022-05-01 至 2022-05-31 的 5 个会议场次/);
  });

  test('text in English with --lang en', () => {
    const text = runBin(['check', '--config', config, '--lang', 'en']).stdout;
    expect(text.startsWith('Errors (')).toBe(true);
    expect(text).toContain('Mon 16 May 2022 09:00–10:00  "区总河长会议" (区委办)');
    expect(text).toContain('Suggestion: start no earlier than Tue 17 May 2022 17:00.');
  });

  test('--out writes the report to the file, nothing to standard output', () => {
    const out = join(tempDir(), 'report.json');
    const result = runBin(['check', '--config', config, '--format', 'json', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(existsSync(out)).toBe(true);
    expect((JSON.parse(readFileSync(out, 'utf8')) as JsonReport).version).toBe(1);
  });
});

(built ? describe : describe.skip)('tongchou check: config warnings', () => {
  test('a valid config with warnings runs; the warnings are among the report problems', () => {
    const result = runBin(['check', '--config', join('config-warning', 'tongchou.json'), '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { problems: { code: string; severity: string; path?: string }[] };
    expect(report.problems).toContainEqual(expect.objectContaining({ code: 'unknown-key', severity: 'warning', path: 'notes' }));
  });

  test('--out into a directory that does not exist is exit 2 naming the file', () => {
    const result = runBin(['check', '--config', join('config-warning', 'tongchou.json'), '--out', join(tempDir(), 'no', 'such', 'r.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('r.txt');
  });
});

(built ? describe : describe.skip)('tongchou check: unusable input exits 2', () => {
  test('an invalid config lists every problem with its dot-path', () => {
    const result = runBin(['check', '--config', join('invalid-config', 'tongchou.json'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    for (const path of ['tongchou.json: timezone', 'window.to', 'calendars[0].level', 'rules[0].minGap']) {
      expect(result.stderr).toContain(path);
    }
    expect(result.stderr).toContain('[invalid-duration]');
  });

  test('a JSON syntax error is reported at file:line:column', () => {
    const result = runBin(['check', '--config', join('json-syntax-error', 'tongchou.json'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${join('json-syntax-error', 'tongchou.json')}:5:1: not valid JSON: unexpected "}"`);
  });

  test('an unreadable config file is named', () => {
    const result = runBin(['check', '--config', 'nowhere.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nowhere.json');
  });

  test('every unreadable calendar is named', () => {
    const result = runBin(['check', '--config', join('missing-calendar', 'tongchou.json'), '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('gone.ics: cannot read the file: no such file');
    expect(result.stderr).toContain('also-gone.ics: cannot read the file: no such file');
  });
});

(built ? describe : describe.skip)('tongchou check FILE.ics… (zero-config)', () => {
  const files = [join(calendars, 'district-party.ics'), join(calendars, 'district-gov.ics'), join(calendars, 'city-party.ics')];

  test('runs the attendance rules only, names calendars after their files, and hints at init', () => {
    const result = runBin(['check', ...files, '--from', '2022-05-01', '--to', '2022-05-31', '--format', 'json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(new Set(report.findings.map((f) => f.kind))).toEqual(new Set(['double-booking', 'venue']));
    expect(report.findings.flatMap((f) => f.occurrences.map((o) => o.calendar)).sort()).toEqual(
      expect.arrayContaining(['district-gov', 'district-party']),
    );
    // Unknown attendee, still a person: keyed by the address.
    expect(report.findings.find((f) => f.kind === 'double-booking')?.people).toEqual([expect.stringContaining('li@qu.gov.cn')]);
    expect(result.stderr).toContain('tongchou init');
  });

  test('the hint is in English with --lang en, and the text report too', () => {
    const result = runBin(['check', ...files, '--from', '2022-05-01', '--to', '2022-05-31', '--lang', 'en']);
    expect(result.stdout.startsWith('Errors (')).toBe(true);
    // Calendars are shown by their X-WR-CALNAME.
    expect(result.stdout).toContain('"区政府常务会议" (区政府办)');
    expect(result.stderr).toContain('Checked without a config');
  });

  test('an unreadable file exits 2 and is named', () => {
    const result = runBin(['check', files[0] as string, 'absent.ics', '--from', '2022-05-01', '--to', '2022-05-31']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('absent.ics');
  });
});
