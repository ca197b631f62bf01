/**
 * After the QA-5 fix a short numbered UID names one meeting only together with its title. Two OA
 * systems numbering from 1 and both calling their meetings "专题会议" must still be told apart by time.
 */
import { digest, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
  calendars: [
    { id: 'congress', file: 'congress.ics', office: '区人大办', level: 'district' },
    { id: 'cppcc', file: 'cppcc.ics', office: '区政协办', level: 'district' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const oa = (s: string, e: string): string => vcalendar(['BEGIN:VEVENT', 'UID:1', `DTSTART:${s}`, `DTEND:${e}`, 'SUMMARY:专题会议',
  'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT']);

// Regression, qa-bugs.md QA-16 (fixed): short UID + same generic title + different times, no SEQUENCE → two meetings.
test('UID:1 专题会议 09:00–11:00 on one, UID:1 专题会议 10:00–12:00 on the other → double booking', () => {
  const report = run(cfg, { 'congress.ics': oa('20220518T090000', '20220518T110000'), 'cppcc.ics': oa('20220518T100000', '20220518T120000') });
  expect(digest(report)).toEqual(['double-booking people 1 1']);
});

// A row number with a host name appended is still a row number.
test('UID:1@localhost 专题会议 at two times on two OA exports → double booking', () => {
  const at = (s: string, e: string): string => oa(s, e).replace('UID:1\r\n', 'UID:1@localhost\r\n');
  const report = run(cfg, { 'congress.ics': at('20220518T090000', '20220518T110000'), 'cppcc.ics': at('20220518T100000', '20220518T120000') });
  expect(digest(report)).toEqual(['double-booking people 1@localhost 1@localhost']);
});

// The mirror: one SEQUENCE says the later copy is a revision of the earlier one → one meeting, moved.
test('UID:1 专题会议 09:00 with SEQUENCE 0 and 10:00 with SEQUENCE 1 → one meeting, nothing', () => {
  const rev = (s: string, e: string, seq: number): string => oa(s, e).replace('UID:1\r\n', `UID:1\r\nSEQUENCE:${seq}\r\n`);
  const report = run(cfg, { 'congress.ics': rev('20220518T090000', '20220518T110000', 0), 'cppcc.ics': rev('20220518T100000', '20220518T120000', 1) });
  expect(digest(report)).toEqual([]);
});
