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
