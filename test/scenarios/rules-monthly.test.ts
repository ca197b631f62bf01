/**
 * Monthly rules offices really use: 每月最后一个工作日 (BYSETPOS=-1 over weekdays) and 每月15日
 * (BYMONTHDAY) — the clashes land on the right days.
 */
import { digest, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
  calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';

test('last weekday of the month (29 Apr Fri, 31 May Tue, 30 Jun Thu) clashes with a Tuesday-only series on 31 May only', () => {
  const report = run(cfg, {
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:month-end', 'DTSTAMP:20220301T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220429T150000', 'DTEND;TZID=Asia/Shanghai:20220429T170000',
      'RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', 'SUMMARY:月末经济运行分析会', li, 'END:VEVENT']),
    'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:tue', 'DTSTAMP:20220301T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220405T160000', 'DTEND;TZID=Asia/Shanghai:20220405T163000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU', 'SUMMARY:接访', 'END:VEVENT']),
  });
  expect(digest(report)).toEqual(['double-booking people month-end@2022-05-31T07:00:00Z tue@2022-05-31T08:00:00Z']);
});

test('每月15日 09:00 (BYMONTHDAY=15) against a one-off on 15 June', () => {
  const report = run(cfg, {
    'gov.ics': vcalendar(['BEGIN:VEVENT', 'UID:mid', 'DTSTAMP:20220301T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220415T090000', 'DTEND;TZID=Asia/Shanghai:20220415T100000',
      'RRULE:FREQ=MONTHLY;BYMONTHDAY=15', 'SUMMARY:信访接待日', li, 'END:VEVENT']),
    'mayor.ics': vcalendar(['BEGIN:VEVENT', 'UID:one', 'DTSTAMP:20220301T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220615T093000', 'DTEND;TZID=Asia/Shanghai:20220615T103000',
      'SUMMARY:调研', 'END:VEVENT']),
  });
  expect(digest(report)).toEqual(['double-booking people mid@2022-06-15T01:00:00Z one']);
});
