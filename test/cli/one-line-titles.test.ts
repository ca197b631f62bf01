/**
 * A SUMMARY holding an escaped line break (`\n`, RFC 5545 §3.3.11 — a title pasted from a notice) is
 * quoted on one line in the finding, in `check`'s numbered paragraph and in `expand`'s list; the
 * data keep the title as read (QB-23).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { oneLine } from '../../src/messages/render.js';
import { runInProcess, tempDir } from './harness.js';

const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const ev = (uid: string, summary: string, start: string, end: string) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220101T000000Z',
  `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, li, 'END:VEVENT'];
const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t',
  ...ev('a@oa', '关于召开全区安全生产\\n工作会议的通知', '20220517T090000', '20220517T100000'),
  ...ev('b@oa', '专题会', '20220517T093000', '20220517T103000'), 'END:VCALENDAR', ''].join('\r\n');

function fixture(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'gov.ics'), ics);
  writeFileSync(join(dir, 'tongchou.json'), JSON.stringify({
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  }));
  return dir;
}

describe('oneLine', () => {
  test.each([
    ['关于召开全区安全生产\n工作会议的通知', '关于召开全区安全生产 工作会议的通知'],
    ['甲 \r\n  乙\n\n丙', '甲 乙 丙'],
    ['no break', 'no break'],
  ])('%j → %j', (text, expected) => {
    expect(oneLine(text)).toBe(expected);
  });
});

describe.each(['zh-CN', 'en'])('check and expand quote the title on one line (%s)', (lang) => {
  test('check: the numbered finding paragraph names the title with a space, no line starts inside it', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json', '--lang', lang], io), fixture());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('关于召开全区安全生产 工作会议的通知');
    expect(result.stdout.split('\n').some((line) => line.startsWith('工作会议的通知'))).toBe(false);
  });

  test('check --format json keeps the title as read', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json', '--format', 'json', '--lang', lang], io), fixture());
    const parsed = JSON.parse(result.stdout) as { findings: { message: Record<string, string>; occurrences: { summary: string }[] }[] };
    expect(parsed.findings[0]!.occurrences.map((o) => o.summary)).toContain('关于召开全区安全生产\n工作会议的通知');
    expect(parsed.findings[0]!.message[lang]).toContain('关于召开全区安全生产 工作会议的通知');
  });

  test('expand lists the meeting on one line', () => {
    const dir = fixture();
    const result = runInProcess((io) => main(['expand', 'gov.ics', '--from', '2022-05-01', '--to', '2022-05-31', '--lang', lang], io), dir);
    expect(result.stdout).toContain('关于召开全区安全生产 工作会议的通知');
  });
});
