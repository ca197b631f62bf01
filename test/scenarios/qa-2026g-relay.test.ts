/**
 * QA 2026g (review of this session's fixes) — the 区委's relay of the central meeting after 17e1f85 (the QG-1 fix of
 * 58e87e1). `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

function meeting(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  calendars: [
    { id: 'central', file: 'central.ics', office: '中共中央办公厅', level: 'central' },
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
  ],
  rules: [{ id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作会议' }, prerequisite: { level: 'city', summary: '经济工作会议' } }],
};

function files(relay: string) {
  return {
    'central.ics': vcalendar(meeting('central@qg', '中央经济工作会议', '20261210T090000', '20261212T120000')),
    'city.ics': vcalendar(meeting('city@qg', '全市经济工作会议', '20261229T090000', '20261229T120000')),
    'party.ics': vcalendar(meeting('relay@qg', relay, '20261215T090000', '20261215T110000')),
  };
}

describe('QG-13: over-correction of 17e1f85 (QG-1 fix) — any 市 word left in the relay\'s title (the organ\'s full name, a note on who chairs or lectures, 落实市委要求) makes the relay of the central meeting a dependent of the city meeting again: QF-13 is back', () => {
  // 17e1f85 keeps an entry naming the central meeting as a dependent when "the rest of its title holds a level word of
  // the prerequisites' level", meant for 市委经济工作会议 (QG-1). But the 区委's relay on 15 Dec is written with the
  // organ's full name (临江市江滨区委常委会…), a note on the chair (区委书记 is often a 市委常委) or the lecturer (市委宣讲团),
  // or a task (并研究落实市委要求) — none a city meeting. Each is again “安排在上级会议“全市经济工作会议”之前”.
  test.each([
    '临江市江滨区委常委会传达学习中央经济工作会议精神',
    '传达学习中央经济工作会议精神（市委常委、区委书记王强主持）',
    '传达学习中央经济工作会议精神（市委宣讲团宣讲）',
    '区委常委会传达学习中央经济工作会议精神并研究落实市委要求',
  ])('%s on 15 Dec: no order error', (relay) => {
    expect(digest(run(raw, files(relay)))).toEqual([]);
  });

  test.each(['江滨区委常委会传达学习中央经济工作会议精神', '传达学习中央经济工作会议精神，研究我区贯彻落实意见'])('guard: %s on 15 Dec: no finding', (relay) => {
    expect(digest(run(raw, files(relay)))).toEqual([]);
  });

  test('guard (QG-1): 传达学习中央经济工作会议和市委经济工作会议精神 on 15 Dec is an order error', () => {
    expect(digest(run(raw, files('传达学习中央经济工作会议和市委经济工作会议精神')))).toEqual(['order econ city@qg relay@qg']);
  });
});
