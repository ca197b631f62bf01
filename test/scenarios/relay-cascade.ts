/**
 * The 两会 relay cascade of QA 2026h and 2026i, central → province → city → district, January–March 2027: each level's
 * congress published as whole days (Feishu / WPS), the 区委's relay of the city's 两会, and a rule "传达…两会 within five
 * working days after the city's congress". Shared by qa-2026h-relay and qa-2026i-relay (not a test file itself).
 */
import { vcalendar } from './harness.js';

export function session(uid: string, summary: string, from: string, toExclusive: string): string[] {
  // Feishu / WPS: a congress published as whole days.
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${from}`, `DTEND;VALUE=DATE:${toExclusive}`, 'END:VEVENT'];
}
export function meeting(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, 'END:VEVENT'];
}
export const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];

export const raw = {
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

export function files(relays: string[][], central = true) {
  return {
    'central.ics': vcalendar(central ? [...session('npc@qh', '十四届全国人大五次会议', '20270305', '20270312'), ...session('cppcc@qh', '全国政协十四届五次会议', '20270304', '20270311')] : [], zone),
    'province.ics': vcalendar([...session('prov-npc@qh', '省十四届人大五次会议', '20270125', '20270130'), ...session('prov-cppcc@qh', '省政协十三届五次会议', '20270124', '20270129')], zone),
    'city.ics': vcalendar([...session('city-npc@qh', '市十七届人大四次会议', '20270118', '20270121'), ...session('city-cppcc@qh', '市政协十四届四次会议', '20270117', '20270120')], zone),
    'party.ics': vcalendar([meeting('relay-city@qh', '区委常委会传达学习市两会精神', '20270122T090000', '20270122T113000'), ...relays].flat(), zone),
  };
}

