/**
 * QA 2026i (review of this session's fixes, round 9) — the 区长's trip kept by his own office after 51ffe39 (QG-9).
 * `test.failing` ones pin open bugs under their QI id (see /work/notes/qa-2026i.md).
 */
import { digest, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2025-03-10', to: '2025-03-16' },
  people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }, { id: 'chen', name: '陈静', roles: ['副区长'] }],
  locations: [{ name: '区政府大楼第一会议室' }, { name: '青石镇河道', aliases: ['青石河段'] }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};

/** The office's trip entry 09:00–12:00 to 青石镇 (with `extra` lines) and the diary's appointment there 10:00–11:00. */
const files = (extra: readonly string[]) => ({
  'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:rec@qi', 'DTSTAMP:20250301T000000Z', 'SUMMARY:赴青石镇调研河道整治', 'DTSTART;TZID=Asia/Shanghai:20250312T090000',
    'DTEND;TZID=Asia/Shanghai:20250312T120000', 'LOCATION:青石镇', ...extra, 'END:VEVENT']),
  'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:appt@qi', 'DTSTAMP:20250301T000000Z', 'SUMMARY:听取青石镇河长工作汇报', 'DTSTART;TZID=Asia/Shanghai:20250312T100000',
    'DTEND;TZID=Asia/Shanghai:20250312T110000', 'LOCATION:青石镇河道', 'END:VEVENT']),
});

describe('QI-5: under-correction of 51ffe39 (QG-9) — the 区政府办\'s OA trip entry naming the 区长 in its 出席领导 / 参加人员 line (no ATTENDEE) does not hold his trip: the appointment it is for is a double booking', () => {
  // 区政府办's OA exports the trip 赴青石镇调研河道整治 09:00–12:00 as it exports its 会议通知: no ATTENDEE line, the people in
  // DESCRIPTION (出席领导：李明, 参加人员：李明、陈静). README (people): such a line "makes each directory person it names a
  // participant", as an ATTENDEE line does; README (no-double-booking, trips, 51ffe39): "On the calendar of the office
  // that keeps his diary, a trip entry listing him as an ATTENDEE who has not declined is such a record too" — the
  // record that holds his trip, so 听取青石镇河长工作汇报 10:00–11:00 at 青石镇河道 on his diary is inside it. With the
  // ATTENDEE line: no finding (guard). With the 出席领导 line the user sees “李明 同时被安排在“赴青石镇调研河道整治”……和
  // “听取青石镇河长工作汇报”……” — an error for the one trip. Suspected: recordedFor in src/rules/internal/trip-envelope.ts
  // (accepts `via === 'attendee'` only, not the description-line participation).
  test.each(['DESCRIPTION:出席领导：李明', 'DESCRIPTION:参加人员：李明、陈静'])('%s: no finding', (line) => {
    expect(digest(run(raw, files([line])))).toEqual([]);
  });

  test('guard: ATTENDEE 李明 (51ffe39): no finding', () => {
    expect(digest(run(raw, files([`ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`])))).toEqual([]);
  });

  test('guard: 区委办\'s entry naming him in 出席领导 is an invitation, not his office\'s record: double booking (QE-6)', () => {
    const other = { ...raw, calendars: [{ ...raw.calendars[0]!, office: '区委办' }, raw.calendars[1]!] };
    expect(digest(run(other, files(['DESCRIPTION:出席领导：李明'])))).toEqual(['double-booking people appt@qi rec@qi']);
  });
});
