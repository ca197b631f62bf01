/**
 * `tongchou check` exits 2 when a configured calendar holds no calendar at all — an HTML login page
 * saved by a subscription URL, an empty export — as it does when the file is missing (QB-14); a file
 * with a few undecodable bytes is still read and does not change the exit code.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runInProcess, tempDir } from './harness.js';

const event = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t', 'BEGIN:VEVENT', 'UID:a@t', 'DTSTAMP:20220101T000000Z',
  'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000', 'SUMMARY:区政府常务会议', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');

function checkWith(other: string | Uint8Array): number {
  const dir = tempDir();
  writeFileSync(join(dir, 'gov.ics'), event);
  writeFileSync(join(dir, 'city.ics'), other);
  writeFileSync(join(dir, 'tongchou.json'), JSON.stringify({
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  }));
  return runInProcess((io) => main(['check', '--config', 'tongchou.json'], io), dir).code;
}

describe('check exit code with a calendar that holds no calendar', () => {
  test('an HTML page: 2', () => {
    expect(checkWith('<!DOCTYPE html><html><body>请先登录</body></html>')).toBe(2);
  });
  test('an empty file: 2', () => {
    expect(checkWith('')).toBe(2);
  });
  test('a calendar with one undecodable byte is read: 0 (no error finding)', () => {
    const bytes = Buffer.concat([Buffer.from(event.replace('区政府常务会议', '市委常委会'), 'utf8')]);
    bytes[bytes.indexOf(Buffer.from('市委'))] = 0xff;
    expect(checkWith(bytes)).toBe(0);
  });
  test('control: two valid calendars: 0', () => {
    expect(checkWith(event.replace('a@t', 'b@t').replace('20220510T090000', '20220511T090000').replace('20220510T100000', '20220511T100000'))).toBe(0);
  });
});
