/**
 * The same two clashing meetings in every byte form Windows and old Mac tools write: UTF-8 with BOM,
 * UTF-16 LE/BE with BOM, LF-only and CR-only line ends. The finding and its Chinese text must not change.
 */
import { ofKind, run } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example', '李明'], roles: ['区长'] }];
const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
  calendars: [{ id: 'a', file: 'a.ics', office: '区委办', level: 'district' }, { id: 'b', file: 'b.ics', office: '区政府办', level: 'district' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//x//y//ZH', 'BEGIN:VEVENT', 'UID:enc', 'DTSTAMP:20220401T000000Z',
  'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T110000', 'SUMMARY:全区安全生产工作会议（扩大）',
  'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT', 'END:VCALENDAR'];
const other = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//x//y//ZH', 'BEGIN:VEVENT', 'UID:plain', 'DTSTAMP:20220401T000000Z',
  'DTSTART:20220510T020000Z', 'DTEND:20220510T040000Z', 'SUMMARY:区委常委会', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) { const t = le[i]!; le[i] = le[i + 1]!; le[i + 1] = t; }
  return new Uint8Array(le);
}

describe('byte forms', () => {
  test.each<[string, string | Uint8Array]>([
    ['UTF-8 with BOM, CRLF', new Uint8Array(Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf8'))],
    ['UTF-16 LE with BOM', new Uint8Array(Buffer.from('\ufeff' + lines.join('\r\n') + '\r\n', 'utf16le'))],
    ['UTF-16 BE with BOM', utf16be('\ufeff' + lines.join('\r\n') + '\r\n')],
    ['LF only', lines.join('\n') + '\n'],
    ['CR only', lines.join('\r') + '\r'],
  ])('%s → the double booking, summary intact', (_label, bytes) => {
    const report = run(cfg, { 'a.ics': bytes, 'b.ics': other });
    const f = ofKind(report, 'double-booking');
    expect(f).toHaveLength(1);
    expect(f[0]!.people).toEqual(['li']);
    expect(f[0]!.occurrences.map((o) => o.summary).sort()).toEqual(['全区安全生产工作会议（扩大）', '区委常委会'].sort());
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
