/**
 * QA 2026g (review of this session's fixes) — the leader's whole days before 春节 2027 after 6e1b253 (QF-7) and
 * b24c919 (QF-20). `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
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

/** The leader's whole-day field activity, transparent as Apple/Google write all-day items. */
function fieldDay(summary: string, location: string | null): string {
  return vcalendar(['BEGIN:VEVENT', 'UID:field@qg', 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, 'DTSTART;VALUE=DATE:20270126', 'DTEND;VALUE=DATE:20270127',
    'TRANSP:TRANSPARENT', ...(location === null ? [] : [`LOCATION:${location}`]), 'END:VEVENT']);
}

const meeting = vcalendar([
  'BEGIN:VEVENT', 'UID:meeting@qg', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区政府专题会议',
  'DTSTART;TZID=Asia/Shanghai:20270126T100000', 'DTEND;TZID=Asia/Shanghai:20270126T113000',
  `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`, 'LOCATION:区政府大楼第一会议室', 'END:VEVENT',
]);

describe('QG-7: over-correction of b24c919 (QF-20) — a whole day inspecting a fair or festival (…博览会, 灯会, 庙会) or visiting a village clinic (…卫生室) is read as a meeting, not field work: the double booking is missed again', () => {
  // b24c919 keeps a field-work word from making an absence when the title ends in 会 (a 部署会) or the place ends in 室 (a
  // room). But 会 also ends the events leaders inspect before 春节 — 灯会, 庙会, 博览会 — and 室 ends the village clinic
  // (卫生室) a 走访慰问 goes to. 李明's whole day out and the 区政府专题会议 at 10:00 he is invited to: double booking at
  // 6e1b253 (QF-7 fixed), nothing since b24c919.
  test.each([
    ['考察中国国际进口博览会', null],
    ['检查全区迎春灯会', null],
    ['督查春节庙会', null],
    ['走访慰问困难群众', '青石镇卫生室'],
  ])('%s (all day, at %s) and the meeting at 10:00: double booking', (summary, location) => {
    expect(digest(run(raw, { 'mayor.ics': fieldDay(summary, location), 'gov.ics': meeting }))).toEqual(['double-booking people field@qg meeting@qg']);
  });

  test.each([
    ['检查迎春灯会安保', null],
    ['走访慰问困难群众', null],
    ['下乡走访慰问', '青石镇村委会'],
  ])('guard: %s (all day, at %s) and the meeting: double booking', (summary, location) => {
    expect(digest(run(raw, { 'mayor.ics': fieldDay(summary, location), 'gov.ics': meeting }))).toEqual(['double-booking people field@qg meeting@qg']);
  });
});

describe('QG-9: under-correction of 2160ea6 (QE-6) — the office\'s trip entry that invites the leader (ATTENDEE 李明) instead of naming him in the title does not hold his trip: the appointment at its destination is a double booking', () => {
  // 区政府办 enters the 区长's trip on its own calendar as DingTalk/Outlook do when the secretary adds the leader as a
  // participant: `赴青石镇调研河道整治` 09:00–12:00 at 青石镇, ATTENDEE 李明. His diary has 听取青石镇河长工作汇报 10:00–11:00
  // at 青石镇河道 — the appointment the trip is for. The record `李明：赴青石镇调研河道整治` (and 李明同志赴…, 【李明】赴…,
  // 赴…（李明）) holds his trip since 2160ea6 (guard); the same trip with him as attendee is still “李明 同时段有两项安排”.
  const tripRaw = {
    timezone: 'Asia/Shanghai', window: { from: '2025-03-10', to: '2025-03-16' },
    people: [{ id: 'li', name: '李明', aliases: [li, '李区长'], roles: ['区长'] }],
    locations: [{ name: '区政府大楼第一会议室' }, { name: '青石镇河道', aliases: ['青石河段'] }],
    calendars: [
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    ],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const files = (summary: string, extra: readonly string[]) => ({
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:rec@qg', 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, 'DTSTART;TZID=Asia/Shanghai:20250312T090000',
      'DTEND;TZID=Asia/Shanghai:20250312T120000', 'LOCATION:青石镇', ...extra, 'END:VEVENT']),
    'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:appt@qg', 'DTSTAMP:20250301T000000Z', 'SUMMARY:听取青石镇河长工作汇报', 'DTSTART;TZID=Asia/Shanghai:20250312T100000',
      'DTEND;TZID=Asia/Shanghai:20250312T110000', 'LOCATION:青石镇河道', 'END:VEVENT']),
  });

  test('赴青石镇调研河道整治 with ATTENDEE 李明 on the office calendar: no double booking', () => {
    expect(digest(run(tripRaw, files('赴青石镇调研河道整治', [`ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`])))).toEqual([]);
  });

  test('guard: the same entry with 李明 DECLINED holds no trip of his: the appointment stands alone, no finding', () => {
    expect(digest(run(tripRaw, files('赴青石镇调研河道整治', [`ATTENDEE;PARTSTAT=DECLINED;CN=李明:${li}`])))).toEqual([]);
  });

  test('guard: 区委办\'s trip that invites 李明 is an invitation, not his office\'s record: double booking (QE-6)', () => {
    const raw = { ...tripRaw, calendars: [{ ...tripRaw.calendars[0]!, office: '区委办' }, tripRaw.calendars[1]!] };
    expect(digest(run(raw, files('赴青石镇调研河道整治', [`ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`])))).toEqual(['double-booking people appt@qg rec@qg']);
  });

  test.each(['李明：赴青石镇调研河道整治', '【李明】赴青石镇调研河道整治', '赴青石镇调研河道整治（李明）'])('guard: the record %s: no double booking', (summary) => {
    expect(digest(run(tripRaw, files(summary, [])))).toEqual([]);
  });
});
