/**
 * `tongchou expand`, through the built bin: the exact JSON contract, the text format in both
 * languages, and exit codes.
 */
import { expand } from '../../src/cli/expand.js';
import { cliMessages } from '../../src/messages/cli-catalog.js';
import { join } from 'node:path';
import { built, root, runBin, runInProcess } from './harness.js';

const MAY = ['--from', '2022-05-01', '--to', '2022-05-31'];

(built ? describe : describe.skip)('tongchou expand (built bin)', () => {
  test('--format json prints one object: occurrences sorted by start, ISO with offsets, all-day dates', () => {
    const result = runBin(['expand', 'expand-mixed.ics', ...MAY, '--format', 'json', '--lang', 'en']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as { occurrences: unknown[]; skipped: { code: string; line: number; message: string }[] };
    expect(Object.keys(json)).toEqual(['occurrences', 'skipped']);
    const base = { calendar: 'expand-mixed' };
    expect(json.occurrences).toEqual([
      { uid: 'standing@qu.gov.cn', recurrenceId: '2022-05-02T00:30:00Z', start: '2022-05-02T08:30:00+08:00', end: '2022-05-02T09:30:00+08:00', allDay: false, summary: '区委常委会', status: 'confirmed', ...base },
      // Written in New York: kept in its own zone, sorted by instant (it is 4 May 08:00 in Shanghai).
      { uid: 'overseas@qu.gov.cn', recurrenceId: null, start: '2022-05-03T20:00:00-04:00', end: '2022-05-03T21:00:00-04:00', allDay: false, summary: '视频会议', status: 'tentative', ...base },
      { uid: 'allday@qu.gov.cn', recurrenceId: null, start: '2022-05-05', end: '2022-05-07', allDay: true, summary: '赴某镇调研', status: null, ...base },
      { uid: 'standing@qu.gov.cn', recurrenceId: '2022-05-09T00:30:00Z', start: '2022-05-09T08:30:00+08:00', end: '2022-05-09T09:30:00+08:00', allDay: false, summary: '区委常委会', status: 'confirmed', ...base },
      { uid: 'standing@qu.gov.cn', recurrenceId: '2022-05-16T00:30:00Z', start: '2022-05-16T08:30:00+08:00', end: '2022-05-16T09:30:00+08:00', allDay: false, summary: '区委常委会', status: 'confirmed', ...base },
    ]);
    expect(json.skipped).toHaveLength(1);
    // Located at its BEGIN:VEVENT line; the message comes from the problem at the DTSTART line inside it.
    expect(json.skipped[0]).toEqual({ code: 'invalid-date-value', line: 29, message: expect.any(String) });
    expect(json.skipped[0]?.message).not.toBe(json.skipped[0]?.code);
  });

  test('the window limits the occurrences (half-open at the end day + 1)', () => {
    const result = runBin(['expand', 'expand-mixed.ics', '--from', '2022-05-09', '--to', '2022-05-09', '--format', 'json']);
    const json = JSON.parse(result.stdout) as { occurrences: { start: string }[] };
    expect(json.occurrences.map((o) => o.start)).toEqual(['2022-05-09T08:30:00+08:00']);
  });

  test('text: one line per occurrence with the Chinese date, then skipped components with file:line', () => {
    const result = runBin(['expand', 'expand-mixed.ics', ...MAY]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '2022年5月2日 星期一 08:30–09:30  区委常委会',
      '2022年5月3日 星期二 20:00–21:00  视频会议（暂定）  [America/New_York]',
      '2022年5月5日 星期四 – 5月6日 星期五 全天  赴某镇调研',
      '2022年5月9日 星期一 08:30–09:30  区委常委会',
      '2022年5月16日 星期一 08:30–09:30  区委常委会',
    ]);
    expect(result.stdout).toMatch(/expand-mixed\.ics:29 {2}VEVENT/);
    expect(result.stdout).toContain('2022-05-01 至 2022-05-31 共 5 个会议场次；未读取 1 个组件。');
  });

  test('text in English with --lang en', () => {
    const result = runBin(['expand', 'expand-mixed.ics', ...MAY, '--lang', 'en']);
    expect(result.stdout.split('\n')[0]).toBe('Mon 2 May 2022 08:30–09:30  区委常委会');
    expect(result.stdout).toContain('5 occurrences from 2022-05-01 to 2022-05-31; 1 skipped.');
  });

  test('an unreadable file exits 2 and names the file', () => {
    const result = runBin(['expand', 'no-such-calendar.ics', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('no-such-calendar.ics');
    expect(result.stderr).toContain('no such file');
  });

  test('a window with nothing in it says so, and still exits 0', () => {
    const result = runBin(['expand', 'expand-mixed.ics', '--from', '2023-01-01', '--to', '2023-01-31', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pass --from and --to');
  });
});

describe('tongchou expand (in-process)', () => {
  test('without --from/--to the window is one year either side of today, and says so on standard error', () => {
    // The harness's clock reads 10 May 2022.
    const result = runInProcess((io) => expand(['expand-mixed.ics', '--format', 'json'], { io, lang: 'en', messages: cliMessages('en') }));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('2021-05-10 to 2023-05-10');
    expect((JSON.parse(result.stdout) as { occurrences: unknown[] }).occurrences).toHaveLength(5);
  });
});

describe('--tz abbreviations (QA26-7)', () => {
  const run = (tz: string, lang: 'en' | 'zh-CN' = 'en') =>
    runInProcess((io) => expand(['expand-mixed.ics', '--tz', tz, ...MAY, '--format', 'json'], { io, lang, messages: cliMessages(lang) }));

  test('CST is refused as a usage error that names the zone it would be (America/Chicago), in both languages', () => {
    const en = run('CST');
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('"CST" would be read as America/Chicago');
    expect(run('CST', 'zh-CN').stderr).toContain('“CST”会被理解为 America/Chicago');
    // PRC is a link to Asia/Shanghai: what it seems.
    expect(run('PRC').code).toBe(0);
  });

  test('full names, UTC and GMT are taken as they are', () => {
    for (const tz of ['Asia/Shanghai', 'UTC', 'GMT', 'America/New_York']) expect(run(tz).code).toBe(0);
  });
});

describe('an unusable input with --format json (QA26-37)', () => {
  test('expand of a missing file prints one JSON object with the error on standard output, exit 2', () => {
    const result = runInProcess((io) => expand(['no-such-file.ics', '--format', 'json'], { io, lang: 'en', messages: cliMessages('en') }));
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stdout) as { version: number; error: string; problems: { code: string; file: string }[] };
    expect([parsed.version, parsed.error, parsed.problems.map((p) => [p.code, p.file])]).toEqual([1, 'unreadable', [['unreadable', 'no-such-file.ics']]]);
    expect(result.stderr).toContain('no-such-file.ics');
  });
});

// QA26-16: a vCalendar 1.0 export renamed .ics, as staff first look at it with `expand`.
describe('tongchou expand of a vCalendar 1.0 file (in process)', () => {
  const dir = join(root, 'test', 'fixtures', 'load');

  test('text: decoded titles, the weekly series, and the format named among the problems with file:line', () => {
    const result = runInProcess((io) => expand(['vcalendar-1.0-oa-export.ics', ...MAY], { io, lang: 'zh-CN', messages: cliMessages('zh-CN') }), dir);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.filter((l) => l.includes('区委常委会'))).toHaveLength(2);
    expect(lines.some((l) => l.includes('区政府第十二次常务会议（扩大）'))).toBe(true);
    expect(result.stdout).not.toContain('=E5');
    expect(lines.find((l) => l.includes('[vcalendar-version]'))).toMatch(/^ {2}vcalendar-1\.0-oa-export\.ics:2 {2}警告 {2}.*vCalendar 1\.0/u);
    expect(lines.find((l) => l.includes('[vcalendar-rrule]'))).toContain('W1 TU #4');
  });
});
