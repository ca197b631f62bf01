/**
 * QA 2026g (review of this session's fixes) — the 总值班室's 春节 roster after 7cc1816 (the QG-11 fix of a43ea91, the QF-5
 * fix). `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

function timed(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

function allDay(uid: string, summary: string, day: string, next: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'END:VEVENT'];
}

describe('QG-18: under-correction of 7cc1816 (QG-11 fix) — the 春节 2026 duty roster (nine whole days between two working days of 白班/夜班) has no timed rhythm: the false 00:00–08:30 gap where the holiday hands back is there again (QF-5 back)', () => {
  // The office issues its 春节值班表 as one file: 14 February 2026 (a 调休 working day) 白班 08:30–17:30 and 夜班 to 08:30,
  // the break 15–23 February as whole days (值班：张伟), 24 February 白班 and 夜班 again. 7cc1816 drops the timed rhythm
  // when whole days are more than twice the timed shifts (9 > 2 × 4), so the whole days run midnight to midnight:
  // “24日 00:00–08:30 无人值班” (error) and an overlap 15日 00:00–08:30 — QF-5's findings. Before 7cc1816 only the gap
  // before the file's first shift (14 February 00:00–08:30, real: the file starts there) was reported.
  const body: string[] = [];
  for (let d = 14; d <= 24; d += 1) {
    const day = `202602${String(d).padStart(2, '0')}`;
    const next = `202602${String(d + 1).padStart(2, '0')}`;
    if (d >= 15 && d <= 23) body.push(...allDay(`h${d}@qg`, '值班：张伟', day, next));
    else body.push(...timed(`d${d}@qg`, '值班：王芳', `${day}T083000`, `${day}T173000`), ...timed(`n${d}@qg`, '值班：李强', `${day}T173000`, `${next}T083000`));
  }
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-02-14', to: '2026-02-24' },
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
    rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
  };

  test('only the gap before the file\'s first shift', () => {
    expect(digest(run(raw, { 'duty.ics': vcalendar(body) }))).toEqual(['coverage-gap duty d14@qg']);
  });
});
