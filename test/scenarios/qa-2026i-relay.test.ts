/**
 * QA 2026i (review of this session's fixes, round 9) — the relay cascade after 9cf850f (QH-3: a relay of a higher
 * level's 两会 in everyday words is about that congress). Same calendars as qa-2026h-relay. `test.failing` ones pin
 * open bugs under their QI id (see /work/notes/qa-2026i.md).
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

describe('QI-8: under-correction of 9cf850f (QH-3) — the relay written with 两会 in quotation marks (传达学习全国“两会”精神, as the press and the 通知 print it) is still judged late against the city\'s congress', () => {
  // 9cf850f reads a level word right before 两会 / 人代会 / 政协会议 as that level's congress. The official spelling puts 两会
  // in quotation marks — 全国“两会”, 省“两会” (Xinhua, the 省委办's 通知 the 区委办 copies its title from) — and then 全国 is
  // not right before 两会. README (follows, higher meetings; order-fix-5's draft): a relay of a loaded, finished congress
  // of a level above the prerequisites' is no dependent of the city's. The user sees the QH-3 warning again:
  // “区委常委会传达学习全国“两会”精神（3月15日 09:00–11:30）距上级会议“市十七届人大四次会议”……结束超过5个工作日……”.
  // Suspected: congressNames in src/rules/internal/higher-meeting.ts (quotation marks “”"「」 between the level word
  // and the body's name, or around it, are not skipped).
  test.each([
    ['relay-nat@qh', '区委常委会传达学习全国“两会”精神', '20270315T090000', '20270315T113000'],
    ['relay-prov@qh', '区委常委会传达学习省“两会”精神', '20270202T090000', '20270202T113000'],
  ])('%s %s: no finding', (uid, title, start, end) => {
    expect(digest(run(raw, files([meeting(uid, title, start, end)])))).toEqual([]);
  });

  test.each([
    ['relay-nat@qh', '区委常委会传达学习全国两会精神', '20270315T090000', '20270315T113000'],
    ['relay-prov@qh', '区委常委会传达学习省两会精神', '20270202T090000', '20270202T113000'],
  ])('guard: %s %s (no quotation marks): no finding', (uid, title, start, end) => {
    expect(digest(run(raw, files([meeting(uid, title, start, end)])))).toEqual([]);
  });

  test('guard: the city\'s “两会” in quotation marks relayed in March is late (the rule still sees 两会)', () => {
    expect(digest(run(raw, files([meeting('relay-city-2@qh', '区政府党组会议传达学习市“两会”精神', '20270301T090000', '20270301T113000')]))))
      .toEqual(['order-late relay-city city-npc@qh relay-city-2@qh']);
  });
});
