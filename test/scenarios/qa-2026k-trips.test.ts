/**
 * QA 2026k (round 11: audit of a whole generated year, `node test/bench/generate.mjs 10k`) — a leader's diary holding
 * two whole-day trips at once. `test.failing` ones pin open bugs under their QK id (see /work/notes/qa-2026k.md).
 */
import { digest, run, vcalendar } from './harness.js';

const people = [{ id: 'deng', name: '邓磊海', roles: ['常务副区长'], aliases: ['mailto:dengleihai@jb.gov.example'] }];
const deng = 'ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN=邓磊海:mailto:dengleihai@jb.gov.example';
const zone = ['X-WR-TIMEZONE:Asia/Shanghai'];

/** A whole-day entry as the year's diaries write trips: his own ORGANIZER and CHAIR line, TRANSPARENT. */
const allDay = (uid: string, title: string, from: string, to: string) => ['BEGIN:VEVENT', `UID:${uid}`,
  'DTSTAMP:20241021T081500Z', `DTSTART;VALUE=DATE:${from}`, `DTEND;VALUE=DATE:${to}`, `SUMMARY:${title}`,
  'ORGANIZER;CN=邓磊海:mailto:dengleihai@jb.gov.example', deng, 'STATUS:CONFIRMED', 'TRANSP:TRANSPARENT', 'END:VEVENT'];

const config = (calendars: object[]) => ({
  timezone: 'Asia/Shanghai', window: { from: '2025-01-01', to: '2025-12-31' }, people, calendars,
  rules: [{ id: 'people', kind: 'no-double-booking' }],
});
const diary = { id: 'deng', file: 'deng.ics', owner: 'deng', office: '区政府办', level: 'district' };
const gov = { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' };

describe('QK-1: two whole-day trips to different cities at once (出差（北京） and 出差（省城） on 9 January) are no double booking', () => {
  // Seen in the 10k year: 邓磊海's diary holds 出差（北京） and 出差（省城） both on 9 January 2025 (and 出差（深圳） 10–11 November
  // over 出差（上海） 11 November; 杨文磊's 出差（北京） 27–29 April over 出差（深圳） 29 April–1 May). The check says nothing:
  // every meeting of those days is reported against each trip, but not that he is booked into two cities.
  // README, no-double-booking: “one person in two overlapping busy occurrences”; absences “make their people busy even
  // when written as transparent”; and its copies in other words name this very pair as two engagements: “two titles
  // each with a note the other lacks (`出差（上海）` / `出差（北京）`) … are two meetings”. Nothing exempts two absences.
  // Actual: src/rules/no-double-booking.ts skips every pair of absences (`if (a.absence && b.absence) continue`,
  // 1107ceb: “both only say the person is away”) — right for one trip written twice, wrong when they name two places.
  test('出差（北京） and 出差（省城） the same day on his diary: one double-booking', () => {
    const report = run(config([diary]), {
      'deng.ics': vcalendar([...allDay('trip-bj@jb', '出差（北京）', '20250109', '20250110'),
        ...allDay('trip-sc@jb', '出差（省城）', '20250109', '20250110')], zone),
    });
    expect(digest(report)).toEqual(['double-booking people trip-bj@jb trip-sc@jb']);
  });

  test('出差（深圳） 10–11 November and 出差（上海） 11 November: one double-booking', () => {
    const report = run(config([diary]), {
      'deng.ics': vcalendar([...allDay('trip-sz@jb', '出差（深圳）', '20251110', '20251112'),
        ...allDay('trip-sh@jb', '出差（上海）', '20251111', '20251112')], zone),
    });
    expect(digest(report)).toEqual(['double-booking people trip-sh@jb trip-sz@jb']);
  });

  test('guard: the same 出差（北京） on his diary and on the 区政府办 calendar (a copy under another UID) is one trip', () => {
    const report = run(config([diary, gov]), {
      'deng.ics': vcalendar(allDay('trip-bj@jb', '出差（北京）', '20250109', '20250110'), zone),
      'gov.ics': vcalendar(allDay('oa-trip-bj@gov.jb', '出差（北京）', '20250109', '20250110'), zone),
    });
    expect(digest(report)).toEqual([]);
  });

  test('leave (请假) on the 区政府办 calendar during 出差（对口帮扶县） on his diary: one double-booking (he cannot be on both)', () => {
    const leave = ['BEGIN:VEVENT', 'UID:oa-leave@gov.jb', 'DTSTAMP:20241021T081500Z', 'DTSTART;VALUE=DATE:20250310',
      'DTEND;VALUE=DATE:20250311', 'SUMMARY:邓磊海：请假', 'TRANSP:TRANSPARENT', 'END:VEVENT'];
    const report = run(config([diary, gov]), {
      'deng.ics': vcalendar(allDay('trip-fp@jb', '出差（对口帮扶县）', '20250310', '20250312'), zone),
      'gov.ics': vcalendar(leave, zone),
    });
    expect(digest(report)).toEqual(['double-booking people oa-leave@gov.jb trip-fp@jb']);
  });

  test('guard: 赴京出差 on his diary and 出差（北京）（已批） on the 区政府办 calendar name one city: one trip', () => {
    const report = run(config([diary, gov]), {
      'deng.ics': vcalendar(allDay('trip-bj@jb', '赴京出差', '20250109', '20250111'), zone),
      'gov.ics': vcalendar(allDay('oa-trip-bj@gov.jb', '出差（北京）（已批）', '20250109', '20250110'), zone),
    });
    expect(digest(report)).toEqual([]);
  });

  test('guard: each trip still clashes with the meeting of that day (a day of the year, as reported)', () => {
    const meeting = ['BEGIN:VEVENT', 'UID:weekly@jb', 'DTSTAMP:20241021T081500Z', 'DTSTART;TZID=Asia/Shanghai:20250109T133000',
      'DTEND;TZID=Asia/Shanghai:20250109T143000', 'SUMMARY:分管部门周例会（人力资源和社会保障局）', 'LOCATION:区政府大楼第三会议室', deng, 'END:VEVENT'];
    const report = run(config([diary]), {
      'deng.ics': vcalendar([...allDay('trip-sc@jb', '出差（省城）', '20250109', '20250110'), ...meeting], zone),
    });
    expect(digest(report)).toEqual(['double-booking people trip-sc@jb weekly@jb']);
  });
});
