/**
 * `tongchou check` over an office's export and a cancellation e-mail saved next to it, Google-style (QL-3,
 * /work/notes/qa-2026l.md): Google sends METHOD:CANCEL at the meeting's own SEQUENCE. The meeting books nobody,
 * so no clash is reported — before, 李明 was double-booked and the finding cited the cancellation's own entry.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runInProcess, tempDir } from './harness.js';

const ics = (...lines: string[]): string => lines.join('\r\n') + '\r\n';
const meeting = (...lines: string[]): string[] => [
  'BEGIN:VEVENT', 'UID:7kq2d0c1m3@google.com', 'DTSTAMP:20260610T020000Z', 'SEQUENCE:0', 'SUMMARY:城市更新专题协调会',
  'DTSTART:20260615T010000Z', 'DTEND:20260615T033000Z', 'LOCATION:区政府大楼第一会议室',
  'ORGANIZER;CN=青山区政府办:mailto:zfb@qs.gov.example',
  'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:liming@qs.gov.example', ...lines, 'END:VEVENT',
];
const visit = ['BEGIN:VEVENT', 'UID:li-visit@qs.gov.example', 'DTSTAMP:20260610T020000Z', 'SUMMARY:接待市发改委调研组',
  'DTSTART:20260615T013000Z', 'DTEND:20260615T030000Z', 'LOCATION:青石镇', 'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:liming@qs.gov.example', 'END:VEVENT'];

function checkFolder(cancel: readonly string[]): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'c-office.ics'), ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-TIMEZONE:Asia/Shanghai', ...meeting(), ...visit, 'END:VCALENDAR'));
  writeFileSync(join(dir, 'c-cancel.ics'), ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'METHOD:CANCEL', ...cancel, 'END:VCALENDAR'));
  return runInProcess((io) => main(['check', '--format', 'json', '--from', '2026-06-01', '--to', '2026-06-30', 'c-office.ics', 'c-cancel.ics'], io), dir).stdout;
}

test('QL-3: the cancellation at SEQUENCE 0 (STATUS:CANCELLED): no double booking, and the cancellation is cited nowhere', () => {
  const report = JSON.parse(checkFolder(meeting('STATUS:CANCELLED'))) as { findings: { kind: string; occurrences: { calendar: string }[] }[] };
  expect(report.findings.filter((f) => f.kind === 'double-booking')).toEqual([]);
  expect(report.findings.flatMap((f) => f.occurrences.map((o) => o.calendar))).not.toContain('c-cancel');
});

test('guard: the same meeting without the cancellation is a double booking', () => {
  const report = JSON.parse(checkFolder([])) as { findings: { kind: string }[] };
  expect(report.findings.filter((f) => f.kind === 'double-booking')).toHaveLength(1);
});
