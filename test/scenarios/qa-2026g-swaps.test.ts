/**
 * QA 2026g (review of this session's fixes) — the 总值班室's December roster of whole days with afternoon swaps, after
 * eb0b9c7 (the QG-18 fix of 7cc1816, itself the QG-11 fix of a43ea91). `test.failing` ones pin open bugs under their QG id
 * (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

function roster(swapDays: readonly string[]): string {
  const body: string[] = [];
  for (let d = 1; d <= 31; d += 1) {
    const day = `202612${String(d).padStart(2, '0')}`;
    const next = d === 31 ? '20270101' : `202612${String(d + 1).padStart(2, '0')}`;
    body.push('BEGIN:VEVENT', `UID:d${d}@qg`, 'DTSTAMP:20261125T020000Z', `SUMMARY:值班：${d % 2 === 1 ? '王芳' : '张伟'}`, `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'END:VEVENT');
  }
  for (const s of swapDays) {
    body.push('BEGIN:VEVENT', `UID:swap${s}@qg`, 'DTSTAMP:20261125T020000Z', 'SUMMARY:值班：李四（替班）', `DTSTART;TZID=Asia/Shanghai:202612${s}T140000`,
      `DTEND;TZID=Asia/Shanghai:202612${s}T180000`, 'END:VEVENT');
  }
  return vcalendar(body);
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', name: '总值班室', level: 'district' }],
  rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
};

describe('QG-23: under-correction of eb0b9c7 (QG-18 fix) — two afternoon swaps (值班：李四（替班） 14:00–18:00 on 10 and 20 December) on a roster of whole days make 14:00 its changeover: the false gap “12月1日 00:00–14:00 无人值班” is back (QG-11)', () => {
  // eb0b9c7 takes a timed rhythm from shifts starting at one time on two days or more. A colleague covering two
  // afternoons in a month is such a pair, so every whole day runs 14:00 to 14:00 and the first morning is an error.
  test('swaps on 10 and 20 December: only their overlaps', () => {
    expect(digest(run(raw, { 'duty.ics': roster(['10', '20']) }))).toEqual(['coverage-overlap duty d10@qg swap10@qg', 'coverage-overlap duty d20@qg swap20@qg']);
  });

  test('guard: one swap: only its overlap', () => {
    expect(digest(run(raw, { 'duty.ics': roster(['10']) }))).toEqual(['coverage-overlap duty d10@qg swap10@qg']);
  });
});
