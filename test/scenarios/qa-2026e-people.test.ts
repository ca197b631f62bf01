/**
 * QA 2026e (round 5) — who a city summons names. `test.failing` ones pin open bugs under their QE id
 * (see /work/notes/qa-2026e.md).
 */
import { ofKind, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2025-03-01', to: '2025-03-31' },
  people: [
    { id: 'li', name: '李明', aliases: [li], roles: ['区长'] },
    { id: 'chen', name: '陈静', aliases: ['mailto:chenjing@jiangbin.linjiang.example'], roles: ['副区长'] },
  ],
  calendars: [
    { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};

// The district's own meeting with the 区长, 10:00–12:00, as an invitation with his address.
const gov = vcalendar([...event('g@qe', '区政府专题会议', '20250305T100000', '20250305T120000', ['LOCATION:区政府大楼第一会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`])]);

function summons(description: string): string {
  return vcalendar([...event('c@qe', '全市重点项目调度会', '20250305T090000', '20250305T110000', ['LOCATION:市行政中心1号楼大会堂', `DESCRIPTION:${description}`])]);
}

describe('QE-4: a two-character name padded with a full-width space in a summons\' 出席领导 line (李　明) names nobody', () => {
  test('guard: 出席领导：李明 books the 区长 — double booking with the district\'s meeting', () => {
    expect(ofKind(run(raw, { 'city.ics': summons('出席领导：李明、陈静'), 'gov.ics': gov }), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });

  test('guard: the same padded name as an ATTENDEE CN (no address) is 李明', () => {
    const city = vcalendar([...event('c@qe', '全市重点项目调度会', '20250305T090000', '20250305T110000', ['LOCATION:市行政中心1号楼大会堂', 'ATTENDEE;CN=李　明:invalid:nomail'])]);
    expect(ofKind(run(raw, { 'city.ics': city, 'gov.ics': gov }), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });

  // Official lists pad two-character names to the width of three (李　明、陈　静、王小红): the README's split on spaces cuts
  // 李　明 into 李 and 明, so the summons books nobody and the 区长's clash with the district's meeting goes unreported.
  test('出席领导：李　明、陈　静 books the 区长 — double booking with the district\'s meeting', () => {
    expect(ofKind(run(raw, { 'city.ics': summons('出席领导：李　明、陈　静'), 'gov.ics': gov }), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });

  // The same padding at the head of a 领导活动安排 record on an office calendar (李　明：接待省调研组, 【李　明】…): the record
  // books nobody, while 李明：接待省调研组 books him.
  test('guard: 李明：接待省调研组 on the office calendar books the 区长', () => {
    const city = vcalendar([...event('r@qe', '李明：接待省调研组', '20250305T090000', '20250305T110000', ['LOCATION:区委大楼301会议室'])]);
    expect(ofKind(run(raw, { 'city.ics': city, 'gov.ics': gov }), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });

  test('李　明：接待省调研组 and 【李　明】接待省调研组 book the 区长 too', () => {
    for (const title of ['李　明：接待省调研组', '【李　明】接待省调研组']) {
      const city = vcalendar([...event('r@qe', title, '20250305T090000', '20250305T110000', ['LOCATION:区委大楼301会议室'])]);
      expect(ofKind(run(raw, { 'city.ics': city, 'gov.ics': gov }), 'double-booking').map((f) => f.people)).toEqual([['li']]);
    }
  });
});

describe('QE-8: a summons\' 参会人员 line joining the leader to a group with 及 (李明及相关部门负责人) names nobody', () => {
  test('guard: 出席领导：李明等 books the 区长', () => {
    expect(ofKind(run(raw, { 'city.ics': summons('出席领导：李明等'), 'gov.ics': gov }), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });

  // “参会人员：李明及相关部门负责人” — the usual wording of a 会议通知: 李明 and the heads of the departments concerned. The piece
  // 李明及相关部门负责人 is no whole name, so the 区长's clash with the district's meeting goes unreported.
  test('参会人员：李明及相关部门负责人 books the 区长', () => {
    expect(ofKind(run(raw, { 'city.ics': summons('参会人员：李明及相关部门负责人'), 'gov.ics': gov }), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });
});
