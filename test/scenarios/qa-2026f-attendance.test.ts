/**
 * QA 2026f (round 6) — a leader's diary in the weeks before 春节 2027. `test.failing` ones pin open bugs under their
 * QF id (see /work/notes/qa-2026f.md).
 */
import { digest, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' },
  people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
  calendars: [
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};

/** The leader's whole-day field activity, as Apple/Google (transparent) and Outlook (FREE by default) write all-day items. */
function fieldDay(summary: string): string {
  return vcalendar(['BEGIN:VEVENT', 'UID:field@qf', 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, 'DTSTART;VALUE=DATE:20270126', 'DTEND;VALUE=DATE:20270127', 'TRANSP:TRANSPARENT', 'END:VEVENT']);
}

const meeting = vcalendar([
  'BEGIN:VEVENT', 'UID:meeting@qf', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区政府专题会议',
  'DTSTART;TZID=Asia/Shanghai:20270126T100000', 'DTEND;TZID=Asia/Shanghai:20270126T113000',
  `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`, 'LOCATION:区政府大楼第一会议室', 'END:VEVENT',
]);

describe('QF-7: the season\'s whole-day field activities on the leader\'s diary (走访慰问, 督导检查, 赴…检查) book nobody', () => {
  // README / rule-config: all-day absences (出差, 请假, 调研 …, and since QA26-26 病假, 出访 …) make the leader busy even
  // when transparent. Before 春节 the leaders' whole days are 走访慰问 (visiting families in need, the garrison) and
  // 节前安全生产督导检查 — out of the office as surely as 调研 (guard), yet the 区政府专题会议 at 10:00 that day, to
  // which 李明 is invited, is no double booking.
  test.each(['春节前走访慰问困难群众', '走访慰问驻区部队', '节前安全生产督导检查', '赴青石镇开展节前安全检查', '下乡走访慰问'])('%s (all day) and a meeting at 10:00: double booking', (summary) => {
    expect(digest(run(raw, { 'mayor.ics': fieldDay(summary), 'gov.ics': meeting }))).toEqual(['double-booking people field@qf meeting@qf']);
  });

  test('guard: 赴青石镇调研 (all day) and the meeting: double booking', () => {
    expect(digest(run(raw, { 'mayor.ics': fieldDay('赴青石镇调研'), 'gov.ics': meeting }))).toEqual(['double-booking people field@qf meeting@qf']);
  });
});

describe('QF-20: regression of the QF-7 fix (6e1b253): an all-day *meeting* whose title says 检查/督查/走访慰问 — with attendees and a room — is now an absence: its room clash and its weekend warning are gone', () => {
  // `全区冬春安全生产大检查动员部署会` on Saturday 19 December 2026, all day, in 区政府大楼第一会议室 with 李明; the 区委's
  // 理论学习中心组学习会 09:00–11:00 in the same room. Before 6e1b253: `venue` error and a `holiday` warning for the 部署会
  // (plus the double booking). Since: only the double booking — the 部署会 reads as a day of field work (检查), and
  // absences book no room and are no meetings for working-days. A title naming the *subject* of a meeting (大检查动员部署会,
  // 走访慰问工作部署会, 督查工作推进会) in a room with attendees is a meeting, not the leader out checking.
  const allDayRaw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    locations: [{ name: '区政府大楼第一会议室' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }, { id: 'wd', kind: 'working-days', event: { level: 'district' } }],
  };
  const study = vcalendar([
    'BEGIN:VEVENT', 'UID:study@qf', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区委理论学习中心组学习会',
    'DTSTART;TZID=Asia/Shanghai:20261219T090000', 'DTEND;TZID=Asia/Shanghai:20261219T110000',
    `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`, 'LOCATION:区政府大楼第一会议室', 'END:VEVENT',
  ]);
  const allDayMeeting = (summary: string) => vcalendar([
    'BEGIN:VEVENT', 'UID:allday@qf', 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, 'DTSTART;VALUE=DATE:20261219', 'DTEND;VALUE=DATE:20261220',
    `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`, 'LOCATION:区政府大楼第一会议室', 'END:VEVENT',
  ]);

  test.each(['全区冬春安全生产大检查动员部署会', '节前走访慰问工作部署会', '全区督查督办工作推进会'])('%s (all day, room, attendees): venue and holiday still reported', (summary) => {
    const kinds = digest(run(allDayRaw, { 'gov.ics': allDayMeeting(summary), 'party.ics': study }));
    expect(kinds).toEqual(expect.arrayContaining(['venue rooms allday@qf study@qf', 'holiday wd allday@qf']));
  });

  test('guard: 全区冬春安全生产动员部署会 (no field-work word) gives venue and holiday', () => {
    const kinds = digest(run(allDayRaw, { 'gov.ics': allDayMeeting('全区冬春安全生产动员部署会'), 'party.ics': study }));
    expect(kinds).toEqual(expect.arrayContaining(['venue rooms allday@qf study@qf', 'holiday wd allday@qf']));
  });
});
