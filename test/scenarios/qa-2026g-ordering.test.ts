/**
 * QA 2026g (review of this session's ordering fixes) — the cascade 中央 → 省 → 市 → 区 in December 2026, with the
 * wordings districts and cities use. `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

function meeting(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

describe('QG-1: over-correction of 58e87e1 (QF-13) — a premature relay naming the central meeting *and* the city\'s in other words is no dependent: its order error is gone', () => {
  // 中央经济工作会议 10–12 Dec (loaded, central); the city's meeting on 29 Dec. The 区委 schedules, on 20 Dec — before the
  // city has met — `传达学习中央经济工作会议和市委经济工作会议精神`: it relays the city's meeting too (市委经济工作会议), so it
  // is a real premature relay, an `order` error before 58e87e1. Since, the entry names the loaded central meeting whole and
  // "does not name the city's" — only because it does not repeat the city calendar's exact title (全市… vs 市委…, or the
  // city's 中共临江市委经济工作会议): it is dropped from the dependents, and the report is empty.
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [
      { id: 'central', file: 'central.ics', office: '中共中央办公厅', level: 'central' },
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作会议' }, prerequisite: { level: 'city', summary: '经济工作会议' } }],
  };
  const central = vcalendar(meeting('central@qg', '中央经济工作会议', '20261210T090000', '20261212T120000'));
  const files = (cityTitle: string, relay: string) => ({
    'central.ics': central,
    'city.ics': vcalendar(meeting('city@qg', cityTitle, '20261229T090000', '20261229T120000')),
    'party.ics': vcalendar(meeting('relay@qg', relay, '20261220T090000', '20261220T110000')),
  });

  test.each([
    ['全市经济工作会议', '区委常委会传达学习中央经济工作会议和市委经济工作会议精神'],
    ['全市经济工作会议', '传达学习中央经济工作会议和省委、市委经济工作会议精神'],
    ['市委经济工作会议', '传达学习中央经济工作会议精神和全市经济工作会议精神'],
    ['中共临江市委经济工作会议', '传达学习中央经济工作会议和市委经济工作会议精神'],
  ])('city %s on 29 Dec, relay “%s” on 20 Dec: order error', (cityTitle, relay) => {
    expect(digest(run(raw, files(cityTitle, relay)))).toEqual(['order econ city@qg relay@qg']);
  });

  test('guard: naming the city meeting by its calendar title (…暨全市经济工作会议精神) keeps the order error', () => {
    expect(digest(run(raw, files('全市经济工作会议', '传达学习中央经济工作会议精神暨全市经济工作会议精神')))).toEqual(['order econ city@qg relay@qg']);
  });

  test('guard: relaying the central meeting alone (QF-13) is no dependent', () => {
    expect(digest(run(raw, files('全市经济工作会议', '区委常委会（扩大）会议传达学习中央经济工作会议精神')))).toEqual([]);
  });
});

describe('QG-2: under-correction of d852ac5 (QF-8) — the city\'s joint entry written 全省全市…, 全省、市… or 全省及全市… is still an order error', () => {
  // Province: 全省安全生产电视电话会议 22 Dec 09:00–10:30; the city's one entry for it and its own part, 09:00–11:30. The fix
  // reads scope words joined by 、 (全省、全市…) or 暨; the same 连开 entry is as often written without the 、 (全省全市), with
  // the second 全 dropped (全省、市), or with 及/和, or as 收听收看全省…电视电话会议并部署全市工作 — each still an `order` error
  // “在上级会议…结束前召开”.
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [{ id: 'prov', file: 'prov.ics', office: '省政府办公厅', level: 'province' }, { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }],
    rules: [{ id: 'c', kind: 'follows', dependent: { level: 'city', summary: '安全生产' }, prerequisite: { level: 'province', summary: '安全生产' } }],
  };
  const prov = vcalendar(meeting('prov@qg', '全省安全生产电视电话会议', '20261222T090000', '20261222T103000'));
  const city = (title: string) => vcalendar(meeting('city@qg', title, '20261222T090000', '20261222T113000'));

  test.each(['全省全市安全生产电视电话会议', '全省、市安全生产电视电话会议', '全省及全市安全生产电视电话会议', '收听收看全省安全生产电视电话会议并部署全市工作'])('%s 09:00–11:30: no order error', (title) => {
    expect(digest(run(raw, { 'prov.ics': prov, 'city.ics': city(title) }))).toEqual([]);
  });

  test.each(['全省、全市安全生产电视电话会议', '全省安全生产电视电话会议暨全市安全生产工作会议'])('guard: %s (the fixed wordings): no finding', (title) => {
    expect(digest(run(raw, { 'prov.ics': prov, 'city.ics': city(title) }))).toEqual([]);
  });
});
