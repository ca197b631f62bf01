/**
 * QA 2026h (两会 season, January–March 2027) — "no district meeting while the city's 人代会 sits" (quiet-period), with the
 * 区委办's own entries about that congress: its 领导活动安排 record of the leaders attending, and the 分会场 watching the
 * opening. `test.failing` ones pin open bugs under their QH id (see /work/notes/qa-2026h.md).
 */
import { digest, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', roles: ['区委书记'], aliases: ['liming@jb.gov.example'] },
  { id: 'wang', name: '王芳', roles: ['区长'], aliases: ['wangfang@jb.gov.example'] },
];
const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];

function days(uid: string, summary: string, from: string, toExclusive: string, extra: string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${from}`, `DTEND;VALUE=DATE:${toExclusive}`, ...extra, 'END:VEVENT'];
}
function timed(uid: string, summary: string, start: string, end: string, extra: string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, ...extra, 'END:VEVENT'];
}

/** The city's 人代会 18–20 January 2027 (whole days) and its opening sitting; the 区委办's `party` entries. */
function report(party: string[][], opening = true) {
  const city = [
    days('npc-2027@rd.city.gov.example', '市十七届人大四次会议', '20270118', '20270121', ['LOCATION:市人民大会堂']),
    ...(opening ? [timed('npc-2027-open@rd.city.gov.example', '市十七届人大四次会议开幕会', '20270118T090000', '20270118T113000', ['LOCATION:市人民大会堂'])] : []),
  ];
  return run({
    timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' }, people,
    calendars: [{ id: 'city', file: 'city.ics', office: '市人大常委会办公室', level: 'city' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'quiet', kind: 'quiet-period', event: { level: 'district' }, during: { level: 'city', summary: '人大.*次会议' } }],
  }, { 'city.ics': vcalendar(city.flat(), zone), 'party.ics': vcalendar(party.flat(), zone) });
}

describe('QH-6: the 领导活动安排 record of the leaders attending the congress is the congress — but “held during” its own opening', () => {
  // The 区委办's 领导活动安排 lists `李明：出席市十七届人大四次会议` over the congress's three days. quiet-period already reads
  // it as the congress (no finding against the session entry: README, quiet-period "Copies of one meeting are one
  // meeting, as in no-double-booking", which counts a record headed by the leader's name at the meeting's times). Once
  // the city also publishes the opening sitting, the report says “李明：出席市十七届人大四次会议”（1月18日–1月20日（全天））
  // 与“市十七届人大四次会议开幕会”（1月18日 09:00–11:30）同时进行，此期间不宜安排此类会议” — the district is told not to
  // attend the congress during the congress. README: "A meeting the `during` selector picks too (the session's 闭幕会 …)
  // is part of the session, not held during it" — the record is the session, so it is not held during its sitting.
  // Suspected: src/rules/quiet-period.ts — copies are merged with the quiet occurrence they copy only, not with the rest
  // of the `during` side.
  test.each(['李明：出席市十七届人大四次会议', '李明、王芳：出席市十七届人大四次会议'])('%s over 18–20 January: no finding', (title) => {
    expect(digest(report([days('rec@party', title, '20270118', '20270121')]))).toEqual([]);
  });

  test('guard: without the opening sitting the record is no finding', () => {
    expect(digest(report([days('rec@party', '李明：出席市十七届人大四次会议', '20270118', '20270121')], false))).toEqual([]);
  });

  test('guard: a district meeting relaying the congress (传达学习…精神) on 20 January is held during it, not part of it', () => {
    expect(digest(report([days('rec@party', '李明：出席市十七届人大四次会议', '20270118', '20270121'), timed('relay@party', '区委常委会传达学习市十七届人大四次会议精神', '20270120T150000', '20270120T163000')])))
      .toEqual(['quiet-period quiet npc-2027@rd.city.gov.example relay@party']);
  });

  test('guard: the 区委常委会 on 19 January is held during the congress', () => {
    expect(digest(report([timed('cwh@party', '区委常委会会议', '20270119T090000', '20270119T113000')])))
      .toEqual(['quiet-period quiet cwh@party npc-2027@rd.city.gov.example']);
  });
});

describe('QH-7: the 分会场 watching the opening (组织收看…开幕会, at its very times) is “held during” the opening itself', () => {
  // The 区委办 enters `组织收看市十七届人大四次会议开幕会` at the opening's very times (the district's 分会场). README
  // (no-double-booking): "An office's entry of a conference it attends by video … the higher meeting's name whole in its
  // title, with only an attending verb before it …, a … 收看 word …, at the meeting's very times … is that meeting seen
  // from the branch, not a second one"; quiet-period: "Copies of one meeting are one meeting, as in no-double-booking".
  // The report has two warnings, one of them “组织收看市十七届人大四次会议开幕会”（1月18日 09:00–11:30）与
  // “市十七届人大四次会议开幕会”（1月18日 09:00–11:30）同时进行，此期间不宜安排此类会议” — the opening is held during itself.
  // Suspected: src/rules/quiet-period.ts — its copy matching does not take the attendance-by-video shape
  // no-double-booking takes.
  test('组织收看市十七届人大四次会议开幕会 09:00–11:30: no finding', () => {
    expect(digest(report([timed('watch@party', '组织收看市十七届人大四次会议开幕会', '20270118T090000', '20270118T113000')]))).toEqual([]);
  });

  test('guard: watching another congress\'s opening (省人大) at the city opening\'s times is held during the city\'s congress and its opening', () => {
    expect(digest(report([timed('watch@party', '组织收看省十四届人大五次会议开幕会', '20270118T090000', '20270118T113000')])))
      .toEqual(['quiet-period quiet npc-2027@rd.city.gov.example watch@party', 'quiet-period quiet npc-2027-open@rd.city.gov.example watch@party']);
  });

  test('guard: 组织收看 at another time (a recording, 14:30) is a district meeting held during the congress', () => {
    expect(digest(report([timed('watch@party', '组织收看市十七届人大四次会议开幕会', '20270118T143000', '20270118T170000')])))
      .toEqual(['quiet-period quiet npc-2027@rd.city.gov.example watch@party']);
  });
});
