/**
 * QA 2026g (review of this session's fixes) — the year-end carry-over after d7a1c7c (QF-21 fix of b21b710, the QF-2
 * fix). `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

function meeting(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-01-31' },
  holidays: { source: '国办发明电〔2026〕X号', years: [2027], dates: { '2027-01-01': 'holiday', '2027-01-02': 'holiday', '2027-01-03': 'holiday' } },
  calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
  rules: [{ id: 'proj', kind: 'follows', dependent: { level: 'district', summary: '重点项目' }, prerequisite: { level: 'city', summary: '重点项目' }, maxGap: 'P10D', cycle: 'month' }],
};

const relay = vcalendar(meeting('relay@qg', '区委常委会传达学习全市重点项目建设推进会精神', '20270104T090000', '20270104T100000'));
function city(december: string, january: string | null): string {
  return vcalendar([
    ...meeting('c12@qg', '全市重点项目建设推进会', `${december}T090000`, `${december}T110000`),
    ...(january === null ? [] : meeting('c01@qg', '全市重点项目建设推进会', `${january}T090000`, `${january}T110000`)),
  ]);
}

describe('QG-12: over-correction of d7a1c7c (QF-21) — the 区委\'s relay on 4 January of the city\'s 28–30 December meeting is an order error again as soon as January has its own city meeting (later that month): QF-2 is back', () => {
  // Monthly 全市重点项目建设推进会 on 28 (or 29, 30) December 2026 and 20 January 2027; the 区委 did not relay it in
  // December and does so on Monday 4 January, the first working day after 元旦 — 5–7 days later, within maxGap P10D
  // and the period's first five working days: the QF-2 carry-over. Between b21b710 and d7a1c7c: no finding. Since
  // d7a1c7c a December prerequisite "not at the very end" (31 Dec is a working day) is carried only when January holds
  // no city meeting at all, so the relay is “安排在上级会议（1月20日）之前”. QF-21 (the same office relayed December's in
  // December, then January's early) is told apart by that office's December relay, which is absent here.
  test.each(['20261228', '20261229', '20261230'])('city on %s and 20 Jan, relay on 4 Jan: no finding', (december) => {
    expect(digest(run(raw, { 'city.ics': city(december, '20270120'), 'party.ics': relay }))).toEqual([]);
  });

  test('guard: with no January city meeting, the 4 Jan relay of 28 December\'s is carried (no finding)', () => {
    expect(digest(run(raw, { 'city.ics': city('20261228', null), 'party.ics': relay }))).toEqual([]);
  });

  test('guard (QF-21): when the 区委 relayed December\'s meeting on 30 Dec, its 4 Jan relay before 20 January\'s is an order error', () => {
    const party = vcalendar([
      ...meeting('dec@qg', '区委常委会传达学习全市重点项目建设推进会精神', '20261230T090000', '20261230T100000'),
      ...meeting('relay@qg', '区委常委会传达学习全市重点项目建设推进会精神', '20270104T090000', '20270104T100000'),
    ]);
    expect(digest(run(raw, { 'city.ics': city('20261228', '20270120'), 'party.ics': party }))).toEqual(['order proj c01@qg relay@qg']);
  });
});
