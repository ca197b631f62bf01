/**
 * `tongchou expand` exits 2 for a file that holds no calendar at all — an HTML login page saved by a
 * subscription URL, an empty export — after showing why, as `check` does and as for a missing file
 * (QB-14 follow-up); a calendar with skipped components or no meeting in the window exits 0.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runInProcess, tempDir } from './harness.js';

const calendar = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t', 'BEGIN:VEVENT', 'UID:a@t', 'DTSTAMP:20220101T000000Z',
  'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000', 'SUMMARY:区政府常务会议', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:b@t', 'SUMMARY:没有开始时间', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

function expandOf(content: string, ...flags: string[]) {
  const dir = tempDir();
  writeFileSync(join(dir, 'city.ics'), content);
  return runInProcess((io) => main(['expand', 'city.ics', '--from', '2022-05-01', '--to', '2022-05-31', ...flags], io), dir);
}

describe('expand exit code with a file that holds no calendar', () => {
  test.each([
    ['an HTML page', '<!DOCTYPE html><html><body>请先登录</body></html>', 'not-icalendar'],
    ['an empty file', '', 'empty-input'],
  ])('%s: 2, the text output naming the problem, and 2 with --format json too', (_name, content, code) => {
    const text = expandOf(content);
    expect(text.code).toBe(2);
    expect(text.stdout).toContain(`[${code}]`);
    const json = expandOf(content, '--format', 'json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ occurrences: [], skipped: [] });
  });

  test('a calendar with a skipped VEVENT: 0', () => {
    expect(expandOf(calendar).code).toBe(0);
  });

  test('a calendar with no meeting in the window: 0', () => {
    expect(expandOf(calendar, '--from', '2023-01-01', '--to', '2023-01-31').code).toBe(0);
  });
});
