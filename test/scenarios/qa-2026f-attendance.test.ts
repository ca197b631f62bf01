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
