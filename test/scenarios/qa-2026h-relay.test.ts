/**
 * QA 2026h (两会 season, January–March 2027) — the relay cascade central → province → city → district. The 区委 relays
 * the city's 两会, then the province's, then the national one; a rule "传达…两会 after the city's congress" must not
 * judge the relays of the higher 两会 against the city's. `test.failing` ones pin open bugs under their QH id (see
 * /work/notes/qa-2026h.md).
 */
import { digest, run, vcalendar } from './harness.js';

function session(uid: string, summary: string, from: string, toExclusive: string): string[] {
  // Feishu / WPS: a congress published as whole days.
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${from}`, `DTEND;VALUE=DATE:${toExclusive}`, 'END:VEVENT'];
}
function meeting(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, 'END:VEVENT'];
}
const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-03-31' },
  holidays: { source: '国办发明电〔2026〕X号', years: [2027], dates: {
    '2027-01-01': 'holiday', '2027-02-05': 'holiday', '2027-02-06': 'holiday', '2027-02-07': 'holiday', '2027-02-08': 'holiday', '2027-02-09': 'holiday',
    '2027-02-10': 'holiday', '2027-02-11': 'holiday', '2027-02-12': 'holiday', '2027-02-13': 'holiday', '2027-02-20': 'workday' } },
  calendars: [
    { id: 'central', file: 'central.ics', office: '全国人大常委会办公厅', level: 'central' },
    { id: 'province', file: 'province.ics', office: '省委办公厅', level: 'province' },
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
  ],
  rules: [{ id: 'relay-city', kind: 'follows', dependent: { level: 'district', summary: '传达.*两会' }, prerequisite: { level: 'city', summary: '人大|政协' }, maxGap: { workingDays: 5 } }],
};

function files(relays: string[][], central = true) {
  return {
    'central.ics': vcalendar(central ? [...session('npc@qh', '十四届全国人大五次会议', '20270305', '20270312'), ...session('cppcc@qh', '全国政协十四届五次会议', '20270304', '20270311')] : [], zone),
    'province.ics': vcalendar([...session('prov-npc@qh', '省十四届人大五次会议', '20270125', '20270130'), ...session('prov-cppcc@qh', '省政协十三届五次会议', '20270124', '20270129')], zone),
    'city.ics': vcalendar([...session('city-npc@qh', '市十七届人大四次会议', '20270118', '20270121'), ...session('city-cppcc@qh', '市政协十四届四次会议', '20270117', '20270120')], zone),
    'party.ics': vcalendar([meeting('relay-city@qh', '区委常委会传达学习市两会精神', '20270122T090000', '20270122T113000'), ...relays].flat(), zone),
  };
}

describe('QH-3: the relays of the province\'s and the nation\'s 两会, named as everyone names them, are judged late against the city\'s 两会', () => {
  // README (follows): "An entry about a loaded meeting of a level above the prerequisites' is no dependent either: …
  // 区委常委会（扩大）会议传达学习中央经济工作会议精神 after the loaded 中央经济工作会议 — it relays that meeting, not the
  // city's", but only "when the title holds the higher meeting's name whole". A congress is never relayed by its
  // formal name: the 区委's entries read 传达学习省两会精神 (2 February, after the province's sessions of 24–29 January)
  // and 传达学习全国两会精神 (15 March). Both are loaded sessions of a level above the city's, and both titles name
  // their level (省, 全国) and no city meeting. The report says “区委常委会传达学习全国两会精神（3月15日 09:00–11:30）距
  // 上级会议“市十七届人大四次会议”（1月18日–1月20日（全天））结束超过5个工作日……应不晚于 1月27日 召开” — a warning
  // telling the office its March relay of Beijing's sessions is two months late for the city's congress. The evidence
  // rule needs the colloquial names (两会, 人代会, 省/全国 + 人大/政协) or a level word of a loaded higher meeting.
  // Suspected: the higher-meeting exemption in src/rules/internal (the matcher of the higher meeting's name).
  test('传达学习省两会精神 on 2 February and 传达学习全国两会精神 on 15 March: no finding', () => {
    expect(digest(run(raw, files([
      meeting('relay-prov@qh', '区委常委会传达学习省两会精神', '20270202T090000', '20270202T113000'),
      meeting('relay-nat@qh', '区委常委会传达学习全国两会精神', '20270315T090000', '20270315T113000'),
    ])))).toEqual([]);
  });

  test('guard: the relays named with the sessions\' formal names are no dependents of the city\'s', () => {
    expect(digest(run(raw, files([
      meeting('relay-prov@qh', '区委常委会传达学习省十四届人大五次会议精神', '20270202T090000', '20270202T113000'),
      meeting('relay-nat@qh', '区委常委会传达学习十四届全国人大五次会议精神', '20270315T090000', '20270315T113000'),
    ])))).toEqual([]);
  });

  // The smallest sound rule (README draft in /work/notes/readme-order-fix-5.md): the level's word right before
  // 两会 / 人代会 / 人大会议 / 政协会议 names that level's congress, which must be loaded and over; the rest of the
  // title as for a formal name. So the guards below stay judged against the city's sessions.
  test('guard: 传达学习省两会和市两会精神 on 2 February relays the city\'s too: late', () => {
    expect(digest(run(raw, files([meeting('relay-both@qh', '区委常委会传达学习省两会和市两会精神', '20270202T090000', '20270202T113000')]))))
      .toEqual(['order-late relay-city city-npc@qh relay-both@qh']);
  });

  test('guard: 传达学习全国两会精神 with no national session loaded is judged against the city\'s: late', () => {
    expect(digest(run(raw, files([meeting('relay-nat@qh', '区委常委会传达学习全国两会精神', '20270315T090000', '20270315T113000')], false))))
      .toEqual(['order-late relay-city city-npc@qh relay-nat@qh']);
  });

  test('guard: 传达学习省两会精神 on 26 January with maxGap 2 working days is late for the city\'s: the province\'s congress still sits', () => {
    const tight = { ...raw, rules: [{ ...raw.rules[0]!, maxGap: { workingDays: 2 } }] };
    expect(digest(run(tight, files([meeting('relay-early@qh', '区委常委会传达学习省两会精神', '20270126T090000', '20270126T113000')]))))
      .toEqual(['order-late relay-city city-npc@qh relay-early@qh']);
  });

  test('guard: the city\'s 两会 relayed on 22 January is in time; a second relay of it in March is late', () => {
    expect(digest(run(raw, files([meeting('relay-city-2@qh', '区政府党组会议传达学习市两会精神', '20270301T090000', '20270301T113000')]))))
      .toEqual(['order-late relay-city city-npc@qh relay-city-2@qh']);
  });
});
