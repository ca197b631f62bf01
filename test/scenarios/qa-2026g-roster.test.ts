/**
 * QA 2026g (review of this session's fixes) — the 总值班室's December roster after a43ea91 (QF-5: a whole-day shift on
 * a calendar with timed shifts runs from the morning changeover). `test.failing` ones pin open bugs under their QG id
 * (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

/** A roster of whole days (值班：王芳 / 张伟, midnight to midnight) for December, plus the given timed entries. */
function roster(timed: readonly string[]): string {
  const days: string[] = [];
  for (let d = 1; d <= 31; d += 1) {
    const day = `202612${String(d).padStart(2, '0')}`;
    const next = d === 31 ? '20270101' : `202612${String(d + 1).padStart(2, '0')}`;
    days.push('BEGIN:VEVENT', `UID:d${d}@qg`, 'DTSTAMP:20261125T020000Z', `SUMMARY:值班：${d % 2 === 1 ? '王芳' : '张伟'}`, `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'END:VEVENT');
  }
  return vcalendar([...days, ...timed]);
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', name: '总值班室', level: 'district' }],
  rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
};

const swap = (start: string, end: string) => [
  'BEGIN:VEVENT', 'UID:swap@qg', 'DTSTAMP:20261125T020000Z', 'SUMMARY:值班：李四（替班）',
  `DTSTART;TZID=Asia/Shanghai:20261210T${start}`, `DTEND;TZID=Asia/Shanghai:20261210T${end}`, 'END:VEVENT',
];

describe('QG-11: regression of a43ea91 (QF-5) — one timed swap on a roster of whole days moves every whole day to the swap\'s start: a false gap error on the first morning', () => {
  // A roster of days alone, each 值班 entry all day, and one half-day swap entered timed (值班：李四（替班） 10 Dec
  // 14:00–18:00). a43ea91 reads the calendar's "rhythm" from its timed shifts — here the one swap — so every whole day
  // runs 14:00 to 14:00, and 1 December 00:00–14:00 is “总值班室 在 12月1日 00:00–14:00 无人值班” (error), though 王芳 is on
  // duty all that day. Before a43ea91: only the overlap info of the swap. With a morning swap (08:30–12:00) the gap is
  // 00:00–08:30.
  test.each([['140000', '180000'], ['083000', '120000']])('a swap %s–%s: no coverage-gap, only the swap\'s overlap', (start, end) => {
    expect(digest(run(raw, { 'duty.ics': roster(swap(start, end)) }))).toEqual(['coverage-overlap duty d10@qg swap@qg']);
  });

  test('guard: the roster of whole days alone has no finding', () => {
    expect(digest(run(raw, { 'duty.ics': roster([]) }))).toEqual([]);
  });
});
