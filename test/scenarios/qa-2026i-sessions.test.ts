/**
 * QA 2026i (review of this session's fixes, round 9) — the district's 人代会 after 9f25355 (QH-5: a session's
 * whole-day entry and its own sittings are one engagement). `test.failing` ones pin open bugs under their QI id
 * (see /work/notes/qa-2026i.md).
 */
import { digest, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', roles: ['区委书记'], aliases: ['liming@jb.gov.example'] },
  { id: 'zhao', name: '赵刚', roles: ['区人大常委会主任'], aliases: ['zhaogang@jb.gov.example'] },
];
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const zhao = 'ATTENDEE;CN=赵刚:mailto:zhaogang@jb.gov.example';
const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];
const session = '江滨区第十八届人民代表大会第六次会议';

/** The 区人大办's whole-session entry (23–25 February 2027, 区人民会堂, 李明 and 赵刚 invited). */
const sessionEntry = ['BEGIN:VEVENT', 'UID:session-2027@npc.jb.gov.example', 'DTSTAMP:20261120T000000Z', `SUMMARY:${session}`,
  'DTSTART;VALUE=DATE:20270223', 'DTEND;VALUE=DATE:20270226', 'LOCATION:区人民会堂', li, zhao, 'END:VEVENT'];
/** One sitting, 23 February 09:00–11:30 at 区人民会堂, titled `title`, with `extra` lines. */
const sitting = (uid: string, title: string, extra: string[] = []) => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${title}`,
  'DTSTART:20270223T090000', 'DTEND:20270223T113000', 'LOCATION:区人民会堂', ...extra, 'END:VEVENT'];

const config = (calendars: object[]) => ({
  timezone: 'Asia/Shanghai', window: { from: '2027-02-01', to: '2027-02-28' }, people, calendars,
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
});
const npc = { id: 'npc', file: 'npc.ics', office: '区人大办', level: 'district' };

/** The session on the 区人大办's calendar; the opening sitting as the secretary types it on 李明's diary. */
function diaryReport(title: string) {
  return run(config([npc, { id: 'li', file: 'li.ics', owner: 'li' }]), {
    'npc.ics': vcalendar(sessionEntry, zone),
    'li.ics': vcalendar(sitting('040000008200E00074C5B7101A82E008@outlook', title), zone),
  });
}

/** The session and one sitting titled `title` (李明 and 赵刚 invited), both on the 区人大办's calendar. */
function officeReport(title: string) {
  return run(config([npc]), { 'npc.ics': vcalendar([...sessionEntry, ...sitting('plenary-1@npc.jb.gov.example', title, [li, zhao])], zone) });
}

describe('QI-7: under-correction of 9f25355 (QH-5) — a sitting written with a leading attending verb (出席…开幕会 on the leader\'s diary) or with the sitting in brackets is not part of its session: hall booked twice, leader double-booked', () => {
  // 9f25355 makes a sitting one engagement with its session when the sitting's title is the session's whole name then the
  // sitting (`…第六次会议开幕会`, guard), leaving out the session's own leading verb 召开. The secretary types the opening
  // sitting on 李明's diary as 出席江滨区第十八届人民代表大会第六次会议开幕会 — the README's copies in other words drop a
  // leading attending verb (参加, 出席, 主持召开 …) for the very same reason — and the 人大办's OA may write the sitting as a
  // bracketed part, 江滨区第十八届人民代表大会第六次会议（第一次全体会议）. Either way the user sees what QH-5 fixed:
  // “李明 同时被安排在“江滨区第十八届人民代表大会第六次会议”……和“出席……开幕会”……” and “区人民会堂 被重复预订……”.
  // Suspected: sittingTitle in src/rules/internal/meeting-name.ts (meetingName strips 召开 only; a bracketed sitting
  // is dropped as a closing note, leaving nothing after the name).
  test.each([`出席${session}开幕会`, `参加${session}第一次全体会议`])('diary %s: no finding', (title) => {
    expect(digest(diaryReport(title))).toEqual([]);
  });

  test(`office ${session}（第一次全体会议）: no finding`, () => {
    expect(digest(officeReport(`${session}（第一次全体会议）`))).toEqual([]);
  });

  test.each([`${session}开幕会`, `${session}第一次全体会议`])('guard: diary %s (the fix\'s form): no finding', (title) => {
    expect(digest(diaryReport(title))).toEqual([]);
  });

  test(`guard: office ${session}：第一次全体会议 (a colon): no finding`, () => {
    expect(digest(officeReport(`${session}：第一次全体会议`))).toEqual([]);
  });

  test('guard: the session\'s name then 精神传达会 on the diary is a meeting about it: still a clash', () => {
    expect(digest(diaryReport(`${session}精神传达会`))).toEqual([
      'double-booking people 040000008200E00074C5B7101A82E008@outlook session-2027@npc.jb.gov.example',
      'venue rooms 040000008200E00074C5B7101A82E008@outlook session-2027@npc.jb.gov.example',
    ]);
  });
});

describe('QI-10: under-correction of 9f25355 (QH-5) — a sitting of the session held at the delegations\' hotel (分组审议 at 江滨宾馆) is no part of the session: the leader attending his delegation is double-booked', () => {
  // The 人代会's group deliberations sit where the delegations stay: `江滨区第十八届人民代表大会第六次会议青石镇代表团分组审议
  // 政府工作报告`, 24 February 15:00–17:30, at 江滨宾馆三楼会议室, 李明 invited (he joins the delegation that elected him).
  // 9f25355 makes a sitting one engagement with the session only in the session's hall, a room of it or no place;
  // the title here is the session's whole name then the sitting, inside the session's days. The user sees “李明 同时被
  // 安排在“江滨区第十八届人民代表大会第六次会议”（2月23日–2月25日（全天））和“……青石镇代表团分组审议政府工作报告”……” for
  // each delegation's deliberation he attends. The same entry in 区人民会堂第三会议室 gives nothing (guard). Minor: the
  // place condition guards against unrelated meetings elsewhere, but a title naming the session whole already says
  // the sitting is the session's. Suspected: sessionSitting in src/rules/internal/session-sitting.ts (placesAgree).
  const group = (place: string) => run(config([npc]), {
    'npc.ics': vcalendar([...sessionEntry, 'BEGIN:VEVENT', 'UID:group@npc.jb.gov.example', 'DTSTAMP:20261120T000000Z',
      `SUMMARY:${session}青石镇代表团分组审议政府工作报告`, 'DTSTART:20270224T150000', 'DTEND:20270224T173000', `LOCATION:${place}`, li, 'END:VEVENT'], zone),
  });

  test('分组审议 at 江滨宾馆三楼会议室: no finding', () => {
    expect(digest(group('江滨宾馆三楼会议室'))).toEqual([]);
  });

  test('guard: the same 分组审议 in 区人民会堂第三会议室: no finding', () => {
    expect(digest(group('区人民会堂第三会议室'))).toEqual([]);
  });
});
