/**
 * A flight written as Outlook writes it: DTSTART in the departure zone, DTEND in the arrival zone.
 * Its length is the instants', not the wall clocks'.
 */
import { digest, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
  calendars: [{ id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const flight = ['BEGIN:VEVENT', 'UID:flight', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220510T100000',
  'DTEND;TZID=Europe/Berlin:20220510T150000', 'SUMMARY:航班 上海—法兰克福', 'END:VEVENT']; // lands 21:00 Beijing time
const call = (s: string, e: string): string[] => ['BEGIN:VEVENT', 'UID:call', 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${s}`,
  `DTEND;TZID=Asia/Shanghai:${e}`, 'SUMMARY:视频调度', 'END:VEVENT'];

test('a 20:00 Beijing call during the flight (lands 21:00 Beijing) → double booking', () => {
  expect(digest(run(cfg, { 'mayor.ics': vcalendar([...flight, ...call('20220510T200000', '20220510T203000')]) }))).toEqual(['double-booking people call flight']);
});
test('a 21:00 Beijing call right after landing → nothing (half-open)', () => {
  expect(digest(run(cfg, { 'mayor.ics': vcalendar([...flight, ...call('20220510T210000', '20220510T213000')]) }))).toEqual([]);
});
