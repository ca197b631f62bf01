/**
 * QA 2026f (round 6) — follow-up of the QF-2 fix (b21b710): a period-end prerequisite carried into the next period.
 * `test.failing` ones pin open bugs under their QF id (see /work/notes/qa-2026f.md).
 */
import { digest, run, vcalendar } from './harness.js';

function meeting(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

describe('QF-21: regression of b21b710 (QF-2 fix): the district\'s January relay before the city\'s January meeting is no longer an `order` error, because December\'s last city meeting is carried over — although the district already relayed it in December', () => {
  // Monthly 全市重点项目建设推进会: 28 Dec 2026 and 12 Jan 2027 (both on the city calendar). The 区政府办 relays each:
  // 30 Dec (December's) and 6 Jan (January's — six days before the city's January meeting). Rule `cycle: "month"`,
  // `maxGap: "P10D"`; 2027's 元旦 in holidays. Before b21b710: `order` “全区…（1月）…安排在上级会议“全市…（1月）”之前”.
  // Since: nothing — 28 Dec is carried to January's first five working days "even with … another office following it
  // already", and January's own city meeting starts after the relay. Here the *same* calendar already followed the
  // December meeting (30 Dec), and January has its own prerequisite: the 6 Jan relay can only be January's, and early.
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-01-31' },
    holidays: { source: '国办发明电〔2026〕X号', years: [2027], dates: { '2027-01-01': 'holiday', '2027-01-02': 'holiday', '2027-01-03': 'holiday' } },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'proj', kind: 'follows', dependent: { level: 'district', summary: '重点项目' }, prerequisite: { level: 'city', summary: '重点项目' }, maxGap: 'P10D', cycle: 'month' }],
  };
  const city = vcalendar([
    ...meeting('c12@qf', '全市重点项目建设推进会（12月）', '20261228T090000', '20261228T110000'),
    ...meeting('c01@qf', '全市重点项目建设推进会（1月）', '20270112T090000', '20270112T110000'),
  ]);

  test('relays on 30 Dec and 6 Jan, city on 28 Dec and 12 Jan: order for the 6 Jan relay', () => {
    const gov = vcalendar([
      ...meeting('g12@qf', '全区重点项目建设推进会（12月）', '20261230T090000', '20261230T110000'),
      ...meeting('g01@qf', '全区重点项目建设推进会（1月）', '20270106T090000', '20270106T110000'),
    ]);
    expect(digest(run(raw, { 'city.ics': city, 'gov.ics': gov }))).toEqual(['order proj c01@qf g01@qf']);
  });

  test('guard: the 6 Jan relay after its own month\'s city meeting (city on 5 Jan) gives nothing', () => {
    const earlyCity = vcalendar([
      ...meeting('c12@qf', '全市重点项目建设推进会（12月）', '20261228T090000', '20261228T110000'),
      ...meeting('c01@qf', '全市重点项目建设推进会（1月）', '20270105T090000', '20270105T110000'),
    ]);
    const gov = vcalendar([
      ...meeting('g12@qf', '全区重点项目建设推进会（12月）', '20261230T090000', '20261230T110000'),
      ...meeting('g01@qf', '全区重点项目建设推进会（1月）', '20270106T090000', '20270106T110000'),
    ]);
    expect(digest(run(raw, { 'city.ics': earlyCity, 'gov.ics': gov }))).toEqual([]);
  });

  test('weekly (cycle week, maxGap P7D): the district\'s Monday 08:30 调度会 before the city\'s Monday 10:00 one is an order error', () => {
    // Weekly city 调度会 on Mondays 10:00 (7 and 14 Dec 2026); the district's on Tuesday 8 Dec, then Monday 14 Dec 08:30 —
    // before that week's city meeting. Before b21b710: `order`. Since: last Monday's city meeting (6 d 22 h earlier,
    // within P7D, and the week's first five working days) is carried over, so nothing.
    const weekly = { ...raw, window: { from: '2026-12-01', to: '2026-12-31' }, rules: [{ ...raw.rules[0], dependent: { level: 'district', summary: '项目调度' }, prerequisite: { level: 'city', summary: '项目调度' }, maxGap: 'P7D', cycle: 'week' }] };
    const weeklyCity = vcalendar([...meeting('cw1@qf', '全市项目调度会', '20261207T100000', '20261207T110000'), ...meeting('cw2@qf', '全市项目调度会', '20261214T100000', '20261214T110000')]);
    const gov = vcalendar([...meeting('gw1@qf', '全区项目调度会', '20261208T090000', '20261208T100000'), ...meeting('gw2@qf', '全区项目调度会', '20261214T083000', '20261214T093000')]);
    expect(digest(run(weekly, { 'city.ics': weeklyCity, 'gov.ics': gov }))).toEqual(['order proj cw2@qf gw2@qf']);
  });
});
