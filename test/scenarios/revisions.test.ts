/**
 * A file that holds two revisions of one meeting (an office re-exported after moving it and pasted
 * both into one file): the higher SEQUENCE wins, the old time books nobody, and both are accounted.
 */
import { digest, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
  calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const rev = (seq: number, start: string, end: string): string[] => ['BEGIN:VEVENT', 'UID:m', 'DTSTAMP:20220401T000000Z', `SEQUENCE:${seq}`,
  `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'SUMMARY:专题会', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT'];
const other = vcalendar(['BEGIN:VEVENT', 'UID:o', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000', 'SUMMARY:接访', 'END:VEVENT']);

describe('two revisions in one file', () => {
  test('new revision (SEQUENCE 2) first, old (SEQUENCE 1) after it → the new time counts; the old one is skipped as duplicate-uid', () => {
    const report = run(cfg, { 'gov.ics': vcalendar([...rev(2, '20220510T140000', '20220510T160000'), ...rev(1, '20220510T090000', '20220510T110000')]), 'mayor.ics': other });
    expect(digest(report)).toEqual([]);
    expect(report.problems.filter((p) => p.code === 'duplicate-uid').map((p) => p.source)).toEqual([{ file: 'gov.ics', line: 13 }]);
    expect(report.summary).toMatchObject({ events: 2, skipped: 1, occurrences: 2 });
  });

  test('old first, new after → the new time clashes with 接访 at 09:00', () => {
    const report = run(cfg, { 'gov.ics': vcalendar([...rev(1, '20220510T140000', '20220510T160000'), ...rev(2, '20220510T090000', '20220510T110000')]), 'mayor.ics': other });
    expect(digest(report)).toEqual(['double-booking people m o']);
  });
});
