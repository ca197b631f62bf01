/**
 * File shapes staff produce by hand: calendars concatenated with `cat` / copy-paste, events with alarms,
 * tab-folded lines, lowercase property names, VTIMEZONE after the events.
 */
import { ofKind, run } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
  calendars: [{ id: 'all', file: 'all.ics', office: '区委办', level: 'district' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const cal = (body: string[]): string[] => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//x//y//ZH', ...body, 'END:VCALENDAR'];
const ev = (uid: string, start: string, end: string, extra: string[] = []): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:会议${uid}`, 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', ...extra, 'END:VEVENT'];

describe('file shapes', () => {
  test('two VCALENDARs concatenated in one file → both calendars\' events are checked', () => {
    const text = [...cal(ev('a', '20220510T090000', '20220510T110000')), ...cal(ev('b', '20220510T100000', '20220510T120000'))].join('\r\n') + '\r\n';
    const report = run(cfg, { 'all.ics': text });
    expect(report.summary.occurrences).toBe(2);
    expect(ofKind(report, 'double-booking')).toHaveLength(1);
  });

  test('events carrying VALARMs, a tab-folded SUMMARY and a VTIMEZONE written after them', () => {
    const text = cal([
      ...ev('a', '20220510T090000', '20220510T110000', ['BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:提醒', 'TRIGGER:-PT15M', 'END:VALARM']),
      'BEGIN:VEVENT', 'UID:b', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=China Standard Time:20220510T100000', 'DTEND;TZID=China Standard Time:20220510T120000',
      'SUMMARY:全区安全生产', '\t工作会议', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT',
      'BEGIN:VTIMEZONE', 'TZID:China Standard Time', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE',
    ]).join('\r\n') + '\r\n';
    const report = run(cfg, { 'all.ics': text });
    const f = ofKind(report, 'double-booking');
    expect(f).toHaveLength(1);
    expect(f[0]!.occurrences.map((o) => o.summary)).toContain('全区安全生产工作会议');
  });

  test('lowercase property names (RFC 5545 §2: names are case-insensitive) are read', () => {
    const text = cal([
      ...ev('a', '20220510T090000', '20220510T110000'),
      'begin:vevent', 'uid:b', 'dtstamp:20220401T000000Z', 'dtstart;tzid=Asia/Shanghai:20220510T100000', 'dtend;tzid=Asia/Shanghai:20220510T120000',
      'summary:小写会议', 'attendee;cn=李明:mailto:liming@jb.gov.example', 'end:vevent',
    ]).join('\r\n') + '\r\n';
    const report = run(cfg, { 'all.ics': text });
    expect(ofKind(report, 'double-booking')).toHaveLength(1);
  });
});
