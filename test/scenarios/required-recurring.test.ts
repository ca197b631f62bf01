/**
 * A weekly required meeting (区委常委会 needs the 区委书记) whose one instance is moved onto his trip:
 * the finding names the moved instance; instances outside the trip are fine.
 */
import { ofKind, refs, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' },
  people: [{ id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记'] }],
  calendars: [
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    { id: 'secretary', file: 'secretary.ics', office: '区委办', level: 'district', owner: 'zhou' },
  ],
  rules: [{ id: 'standing', kind: 'required-attendance', event: { summary: '常委会' }, people: ['role:区委书记'] }],
};
const zhou = 'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example';

test('the 14 June instance moved to 15 June lands on his 出差 → required-busy on that instance only', () => {
  const report = run(cfg, {
    'party.ics': vcalendar([
      'BEGIN:VEVENT', 'UID:cwh', 'DTSTAMP:20220501T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220607T090000', 'DTEND;TZID=Asia/Shanghai:20220607T110000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU', 'SUMMARY:区委常委会会议', zhou, 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:cwh', 'DTSTAMP:20220501T000000Z', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220614T090000',
      'DTSTART;TZID=Asia/Shanghai:20220615T090000', 'DTEND;TZID=Asia/Shanghai:20220615T110000', 'SUMMARY:区委常委会会议', zhou, 'END:VEVENT',
    ]),
    'secretary.ics': vcalendar(['BEGIN:VEVENT', 'UID:trip', 'DTSTAMP:20220501T000000Z', 'DTSTART;VALUE=DATE:20220615', 'DTEND;VALUE=DATE:20220617',
      'SUMMARY:出差：赴省委党校', 'TRANSP:TRANSPARENT', 'END:VEVENT']),
  });
  const busy = ofKind(report, 'required-busy');
  expect(busy.map(refs)).toEqual([['cwh@2022-06-14T01:00:00Z', 'trip']]);
  expect(busy[0]!.people).toEqual(['zhou']);
  expect(ofKind(report, 'required-missing')).toEqual([]);
});

test('busy elsewhere only in a meeting he declined, or a cancelled one → not required-busy', () => {
  const report = run(cfg, {
    'party.ics': vcalendar([
      'BEGIN:VEVENT', 'UID:cwh', 'DTSTAMP:20220501T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220607T090000', 'DTEND;TZID=Asia/Shanghai:20220607T110000',
      'SUMMARY:区委常委会会议', zhou, 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:other', 'DTSTAMP:20220501T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220607T100000', 'DTEND;TZID=Asia/Shanghai:20220607T120000',
      'SUMMARY:调研', 'ATTENDEE;CN=周海涛;PARTSTAT=DECLINED:mailto:zhou@jb.gov.example', 'END:VEVENT',
    ]),
    'secretary.ics': vcalendar(['BEGIN:VEVENT', 'UID:gone', 'DTSTAMP:20220501T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220607T093000', 'DTEND;TZID=Asia/Shanghai:20220607T103000',
      'SUMMARY:接待', 'STATUS:CANCELLED', 'END:VEVENT']),
  });
  expect(report.findings).toEqual([]);
});
