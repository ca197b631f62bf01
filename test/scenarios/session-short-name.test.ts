/**
 * LE-6 (closing-15 "Sittings under a short name", qa-2026i seen-not-pinned): the 区人大办 keeps its 人代会 as one entry
 * under the full name (江滨区第十八届人民代表大会第六次会议, 23–25 February, whole days, at 区人民会堂) and writes the
 * sittings as everyone says them — 区十八届人大六次会议第一次全体会议. README (“A session and its sittings”, QH-5) makes a
 * sitting part of its session; the short name names the same session (its body, its 届 and its 次, the unit or the
 * unit's level word), so the sitting is one engagement with it: no double booking, no second booking of the hall.
 * Another session (五次, 十七届), another body (人大常委会, 政协) or another district's session are judged as usual.
 */
import { digest, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', roles: ['区委书记'], aliases: ['liming@jb.gov.example'] },
  { id: 'zhao', name: '赵刚', roles: ['区人大常委会主任'], aliases: ['zhaogang@jb.gov.example'] },
];
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const zhao = 'ATTENDEE;CN=赵刚:mailto:zhaogang@jb.gov.example';

/** The session 23–25 February 2027 at 区人民会堂 (both leaders invited) and one sitting there on the 23rd, 09:00–11:30. */
function report(sittingTitle: string, sessionTitle = '江滨区第十八届人民代表大会第六次会议') {
  const npc = vcalendar([
    'BEGIN:VEVENT', 'UID:session@npc', 'DTSTAMP:20261120T000000Z', `SUMMARY:${sessionTitle}`,
    'DTSTART;VALUE=DATE:20270223', 'DTEND;VALUE=DATE:20270226', 'LOCATION:区人民会堂', li, zhao, 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:sitting@npc', 'DTSTAMP:20261120T000000Z', `SUMMARY:${sittingTitle}`,
    'DTSTART:20270223T090000', 'DTEND:20270223T113000', 'LOCATION:区人民会堂', li, zhao, 'END:VEVENT',
  ], ['X-WR-TIMEZONE:Asia/Shanghai']);
  return run({
    timezone: 'Asia/Shanghai', window: { from: '2027-02-01', to: '2027-02-28' }, people,
    calendars: [{ id: 'npc', file: 'npc.ics', office: '区人大办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
  }, { 'npc.ics': npc });
}
const clash = ['double-booking people session@npc sitting@npc', 'venue rooms session@npc sitting@npc'];

describe('LE-6: a sitting titled with its session\'s short name is part of the session', () => {
  test.each([
    '区十八届人大六次会议第一次全体会议',
    '江滨区十八届人大六次会议开幕会',
    '区第十八届人大第六次会议预备会议',
    '出席区十八届人大六次会议第一次全体会议',
    '区十八届人大六次会议（第二次全体会议）',
    '区18届人大6次会议主席团第一次会议',
  ])('%s within 江滨区第十八届人民代表大会第六次会议: no finding', (title) => {
    expect(digest(report(title))).toEqual([]);
  });

  test('the session kept under its unit\'s short name and the sitting under the full name: no finding', () => {
    expect(digest(report('江滨区第十八届人民代表大会第六次会议第一次全体会议', '江滨区十八届人大六次会议'))).toEqual([]);
  });

  test('guard: the session kept as 区十八届人大六次会议 does not say which district: a sitting naming one is not taken', () => {
    // Conservative: what precedes a name is not always a unit (组织收看市十七届人大…), so a longer unit is not read.
    expect(digest(report('江滨区第十八届人民代表大会第六次会议第一次全体会议', '区十八届人大六次会议'))).toEqual(clash);
  });

  test('the 政协\'s session under its full name, a sitting under the short one: no finding', () => {
    expect(digest(report('区政协十届三次会议开幕会', '中国人民政治协商会议江滨区第十届委员会第三次会议'))).toEqual([]);
    expect(digest(report('江滨区政协十届三次会议第一次全体会议', '政协江滨区第十届委员会第三次会议'))).toEqual([]);
  });

  test.each([
    ['区十八届人大五次会议第一次全体会议', 'another session (五次)'],
    ['区十七届人大六次会议第一次全体会议', 'another term (十七届)'],
    ['区十八届人大常委会第六次会议', 'the standing committee, another body'],
    ['区政协十届六次会议开幕会', 'the 政协, another body'],
    ['江北区十八届人大六次会议开幕会', 'another district\'s session'],
    ['市十八届人大六次会议开幕会', 'another level\'s session'],
    ['区十八届人大六次会议精神传达会', 'a meeting relaying it'],
    ['区十八届人大六次会议', 'the session itself, no sitting named'],
  ])('guard: %s (%s) during the session is judged as usual: a clash', (title) => {
    expect(digest(report(title))).toEqual(clash);
  });
});

describe('LE-6 guards: words before the short name that make another meeting', () => {
  test.each([
    '区委常委会传达学习区十八届人大六次会议精神',
    '组织收看区十八届人大六次会议开幕会',
    '关于区十八届人大六次会议第一次全体会议的服务保障',
    '组织收看江滨区十八届人大六次会议开幕会',
  ])('%s during the session is judged as usual: a clash', (title) => {
    expect(digest(report(title))).toEqual(clash);
  });
});
