/**
 * Holiday calendars named in a config (`holidays.ics`) are read at the edge, relative to the config
 * file, and reach `working-days` findings with their file and line.
 */
import { join } from 'node:path';
import { check } from '../../src/check/check.js';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { readConfig } from '../../src/io/read-config.js';
import { readHolidayCalendars } from '../../src/io/read-holiday-calendars.js';
import { main } from '../../src/cli/main.js';
import { runInProcess } from '../cli/harness.js';

const fixtures = join(__dirname, '..', 'fixtures', 'holidays');
const env = { cwd: fixtures, fs: nodeFileSystem };

describe('readHolidayCalendars', () => {
  test('reads the files relative to the config and names them relative to the working directory', () => {
    const read = readHolidayCalendars({ dates: {}, ics: ['../google-holidays-in-china.ics'] }, { configFile: 'district-2027/tongchou.json', zone: 'Asia/Shanghai' }, env);
    if (!read.ok) throw new Error('expected ok');
    expect(read.holidays.ics).toEqual(['google-holidays-in-china.ics']);
    expect(read.holidays.calendarDays?.['2027-06-09']).toMatchObject({ kind: 'holiday', file: 'google-holidays-in-china.ics', line: 23 });
  });

  test('an unreadable holiday calendar is a failure naming the file', () => {
    const read = readHolidayCalendars({ dates: {}, ics: ['nowhere.ics'] }, { configFile: 'tongchou.json', zone: 'Asia/Shanghai' }, env);
    expect(read).toEqual({ ok: false, failures: [{ file: 'nowhere.ics', reason: 'not-found', detail: expect.any(String) }] });
  });
});

describe('readConfig with holiday calendars', () => {
  test('the holidays are read with the config; their problems join the warnings', () => {
    const read = readConfig('district-2027/tongchou.json', env);
    if (!read.ok) throw new Error(`expected ok, got ${read.kind}`);
    expect(read.config.holidays?.ics).toEqual(['google-holidays-in-china.ics', 'tiaoxiu-oa-floating.ics']);
    expect(read.problems.map((p) => [p.code, p.source.file, 'line' in p.source ? p.source.line : null])).toEqual([['holiday-not-all-day', 'tiaoxiu-oa-floating.ics', 29]]);
  });

  test('a 2027 meeting on 端午 cites the holiday calendar’s line, one on a config date its JSON path, and an ordinary Monday of the supplied year is quiet', () => {
    const read = readConfig('district-2027/tongchou.json', env);
    if (!read.ok) throw new Error(`expected ok, got ${read.kind}`);
    const report = check({ config: read.config, sources: read.sources, configFile: read.file });
    expect(report.findings.map((f) => [f.kind, f.occurrences[0]?.uid, f.kind === 'holiday' ? [f.data.holiday, f.data.source, f.data.sourceKind, f.data.sourceFile, f.data.sourceLine, f.data.sourcePath] : null])).toEqual([
      ['holiday', 'duanwu-2027@jiangbin.example', ['端午节', 'google-holidays-in-china.ics:23', 'ics', 'google-holidays-in-china.ics', 23, null]],
      [
        'holiday',
        'anniversary-2027@jiangbin.example',
        ['本区建区纪念日', '江滨区政府办〔2027〕3号（测试用虚构）', 'config', 'district-2027/tongchou.json', null, 'holidays.dates.2027-06-18'],
      ],
    ]);
  });

  test('without the holiday calendars, 2027 is unknown — but for 端午, a day off fixed by law (statutory-days.ts)', () => {
    const read = readConfig('district-2027/tongchou.json', env);
    if (!read.ok) throw new Error(`expected ok, got ${read.kind}`);
    const config = { ...read.config, holidays: undefined };
    const findings = check({ config, sources: read.sources }).findings;
    expect(findings.map((f) => [f.kind, f.occurrences[0]?.uid])).toEqual([
      ['holiday', 'duanwu-2027@jiangbin.example'],
      ['holiday-unknown', 'monday-2027@jiangbin.example'],
      ['holiday-unknown', 'anniversary-2027@jiangbin.example'],
    ]);
  });
});

describe('tongchou check with holiday calendars', () => {
  test('the CLI reads holidays.ics through readConfig: JSON findings carry the file and line', () => {
    const run = runInProcess((io) => main(['check', '--config', join('district-2027', 'tongchou.json'), '--format', 'json'], io), fixtures);
    const json = JSON.parse(run.stdout) as { findings: { kind: string; data: Record<string, unknown> }[]; problems: { code: string; file: string; line: number }[] };
    expect(json.findings.map((f) => [f.kind, f.data['sourceKind'], f.data['sourceFile'], f.data['sourceLine']])).toEqual([
      ['holiday', 'ics', 'google-holidays-in-china.ics', 23],
      ['holiday', 'config', join('district-2027', 'tongchou.json'), null],
    ]);
    expect(run.code).toBe(0);
  });
});
