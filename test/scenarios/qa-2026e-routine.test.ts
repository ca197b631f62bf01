/**
 * QA 2026e (round 5) — working-days on a leader's diary in a district week. `test.failing` ones pin open bugs under
 * their QE id (see /work/notes/qa-2026e.md).
 */
import { digest, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2025-03-10', to: '2025-03-16' },
  people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
  calendars: [{ id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
  // As in the bundled example: every district calendar but the roster, 08:30–17:30.
  rules: [{ id: 'workdays', kind: 'working-days', event: { level: 'district' }, hours: { '*': { start: '08:30', end: '17:30' } } }],
};

describe('QE-3: a timed absence on the leader\'s diary (half-day leave, a trip block) is judged as a meeting by working-days', () => {
  // README (working-days): "out-of-office ... entries and all-day absences (出差, 请假, 休假 …) are no meetings"; the
  // attendance rules already read a timed block so named as a trip or leave (README "A trip and its appointments":
  // `外出：赴青石镇调研` 13:30–18:00). Outlook writes half-day leave and a day's trip with times. working-days says
  // “请假 … 超出办公时间” (info) and “出差（北京） … 当天是周末” (holiday warning): leave and a trip are no meeting held at
  // the wrong time.
  test('no working-days finding for 请假 14:00–18:00, 外出：赴青石镇调研 13:30–18:00, nor a Saturday 出差（北京） 07:00–20:00', () => {
    const diary = vcalendar([
      ...event('leave@qe', '请假', '20250313T140000', '20250313T180000'),
      ...event('out@qe', '外出：赴青石镇调研', '20250310T133000', '20250310T180000'),
      ...event('trip@qe', '出差（北京）', '20250315T070000', '20250315T200000'),
    ]);
    expect(digest(run(raw, { 'mayor.ics': diary }))).toEqual([]);
  });

  test('guard: a meeting on his diary ending 18:00 is outside office hours', () => {
    const diary = vcalendar([...event('m@qe', '听取青石镇工作汇报', '20250313T160000', '20250313T180000', ['LOCATION:区政府大楼第三会议室'])]);
    expect(digest(run(raw, { 'mayor.ics': diary }))).toEqual(['outside-hours workdays m@qe']);
  });
});

describe('QE-7: an OA meeting exported with a start only (an instant), starting at the close of office hours', () => {
  // 会议时间：下午5:30 — DTSTART 17:30, no DTEND (README: read as the instant it starts). A meeting that starts when the
  // office closes is held after hours, as one at 17:45 is (guard); the empty interval [17:30, 17:30) "fits" 08:30–17:30.
  const gov = (start: string) => vcalendar([
    'BEGIN:VEVENT', 'UID:i@qe', 'DTSTAMP:20250301T000000Z', 'SUMMARY:区政府专题会议', `DTSTART;TZID=Asia/Shanghai:${start}`,
    'LOCATION:区政府大楼第三会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`, 'END:VEVENT',
  ]);
  const govRaw = { ...raw, calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }] };

  test('guard: starting 17:45 is outside office hours', () => {
    expect(digest(run(govRaw, { 'gov.ics': gov('20250311T174500') }))).toEqual(['outside-hours workdays i@qe']);
  });

  test('starting 17:30 is outside office hours too', () => {
    expect(digest(run(govRaw, { 'gov.ics': gov('20250311T173000') }))).toEqual(['outside-hours workdays i@qe']);
  });
});
