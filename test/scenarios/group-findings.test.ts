/**
 * Two leaders invited to the same two overlapping meetings: one finding naming both, not one per person.
 */
import { ofKind, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
  people: [
    { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
    { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记'] },
  ],
  calendars: [
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
    { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const both = ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example'];
const ev = (uid: string, s: string, e: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, `SUMMARY:${uid}`, ...both, 'END:VEVENT']);

test('both leaders in both overlapping meetings → one double-booking naming li and zhou', () => {
  const report = run(cfg, { 'city.ics': ev('city-m', '20220510T090000', '20220510T110000'), 'district.ics': ev('dist-m', '20220510T100000', '20220510T120000') });
  const f = ofKind(report, 'double-booking');
  expect(f).toHaveLength(1);
  expect([...f[0]!.people].sort()).toEqual(['li', 'zhou']);
  expect(f[0]!.data.peopleCount).toBe(2);
});
