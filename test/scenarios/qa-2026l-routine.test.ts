/**
 * QA 2026l (calendars that change): routine meetings under edits — the quarterly 区四套班子联席会议 moved across a quarter's
 * end while one office keeps the old date (`cadence`), and the 区政府常务会议 moved while 李明's diary keeps the old
 * entry (`required-attendance`). README `cadence`: "a stale copy at a moved meeting's old time is neither" held nor
 * cancelled; `required-attendance`: "the participants of every copy of a meeting count (… a stale copy)".
 */
import { digest, run, vcalendar } from './harness.js';

const people = [
  { id: 'zhang', name: '张伟', roles: ['区委书记'], office: '青山区委', aliases: ['zhangwei@qs.gov.example'] },
  { id: 'li', name: '李明', roles: ['区长'], office: '青山区政府', aliases: ['liming@qs.gov.example'] },
];
const calendars = [
  { id: 'qs-party', file: 'qs-party.ics', office: '青山区委办', level: 'district' },
  { id: 'qs-gov', file: 'qs-gov.ics', office: '青山区政府办', level: 'district' },
  { id: 'qs-congress', file: 'qs-congress.ics', office: '青山区人大办', level: 'district' },
  { id: 'li-diary', file: 'li-diary.ics', office: '青山区政府办', level: 'district', owner: 'li' },
];
const event = (uid: string, summary: string, start: string, end: string, ...lines: string[]): string[] =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260601T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...lines, 'END:VEVENT'];
function files(byCalendar: Readonly<Record<string, readonly string[][]>>): Record<string, string> {
  return Object.fromEntries(calendars.map((c) => [c.file, vcalendar((byCalendar[c.id] ?? []).flat(), ['X-WR-TIMEZONE:Asia/Shanghai'])]));
}

describe('the quarterly 区四套班子联席会议 moved from 29 June (Q2) to 2 July (Q3) by the 区委办', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-04-01', to: '2026-09-30' }, calendars, people,
    rules: [{ id: 'joint', kind: 'cadence', event: { summary: '四套班子联席会议' }, every: 'quarter' }],
  };
  const JOINT = 'qs-joint-q2@qs.gov.example';
  const joint = (start: string, end: string, ...lines: string[]): string[] => event(JOINT, '区四套班子联席会议', start, end, 'ORGANIZER;CN=青山区委办:mailto:qwb@qs.gov.example', 'LOCATION:区委大楼301会议室', ...lines);
  const q2Missed = ['cadence-missed joint '];

  test.each([
    ['SEQUENCE raised', ['SEQUENCE:1'], ['SEQUENCE:0']],
    ['LAST-MODIFIED later (OA)', ['LAST-MODIFIED:20260620T020000Z'], ['LAST-MODIFIED:20260601T020000Z']],
  ])('%s, the 区政府办 and 区人大办 keep 29 June: Q2 has none (cadence-missed), Q3 has it', (_name, moved, stale) => {
    const report = run(raw, files({
      'qs-party': [joint('20260702T090000', '20260702T113000', ...moved)],
      'qs-gov': [joint('20260629T090000', '20260629T113000', ...stale)],
      'qs-congress': [joint('20260629T090000', '20260629T113000', ...stale)],
    }));
    expect(digest(report)).toEqual(q2Missed);
    expect(report.findings[0]!.data).toMatchObject({ periodStart: '2026-04-01T00:00:00+08:00', count: 0 });
  });

  test('cancelled on the 区委办 (SEQUENCE 1), the 区政府办 still lists it (SEQUENCE 0): Q2 missed citing the cancelled meeting, Q3 (nothing) missed', () => {
    const report = run(raw, files({
      'qs-party': [joint('20260629T090000', '20260629T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')],
      'qs-gov': [joint('20260629T090000', '20260629T113000', 'SEQUENCE:0')],
    }));
    expect(report.findings.map((f) => `${f.kind} ${f.occurrences.map((o) => o.uid).join(' ')}`)).toEqual([`cadence-missed ${JOINT}`, 'cadence-missed ']);
  });
});

describe('the 区政府常务会议 moved from 15 to 16 June; the office\'s new copy lists nobody, 李明\'s diary keeps the 15th', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' }, calendars, people,
    rules: [{ id: 'chair', kind: 'required-attendance', event: { summary: '常务会议' }, people: ['role:区长'] }],
  };
  const STANDING = 'qs-gov-standing-12@qs.gov.example';
  const standing = (start: string, end: string, ...lines: string[]): string[] => event(STANDING, '区政府第12次常务会议', start, end, 'ORGANIZER;CN=青山区政府办:mailto:zfb@qs.gov.example', 'LOCATION:区政府大楼第一会议室', ...lines);
  const inspect16 = event('inspect-16@qs.gov.example', '安全生产督导检查', '20260616T093000', '20260616T110000', 'LOCATION:青石镇', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:liming@qs.gov.example');

  test('his stale diary copy is his attendance at the new time: no required-missing; busy with 安全生产督导检查 then — required-busy', () => {
    const report = run(raw, files({
      'qs-gov': [standing('20260616T090000', '20260616T113000', 'SEQUENCE:1'), inspect16],
      'li-diary': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:0')],
    }));
    expect(digest(report)).toEqual([`required-busy chair inspect-16@qs.gov.example ${STANDING}`]);
  });

  test('cancelled by the office (SEQUENCE 1) while his diary keeps it: nothing required of a cancelled meeting', () => {
    const report = run(raw, files({
      'qs-gov': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')],
      'li-diary': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:0')],
    }));
    expect(digest(report)).toEqual([]);
  });
});
