/**
 * The window's inclusive dates against all-day entries and overnight duty: the last day is in, the
 * day before and the day after are out; an overnight travel gap across midnight still counts.
 */
import { digest, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const cfg = (rules: unknown[] = []): Record<string, unknown> => ({
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people, rules,
  calendars: [{ id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
  locations: [{ name: '区防汛指挥部' }, { name: '青石镇堤防' }],
  travel: [{ from: '区防汛指挥部', to: '青石镇堤防', minutes: 50 }],
});
const day = (uid: string, d: string, next: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  `DTSTART;VALUE=DATE:${d}`, `DTEND;VALUE=DATE:${next}`, `SUMMARY:${uid}`, 'END:VEVENT'];

describe('window days', () => {
  test('all-day on 30 April and 1 June are out; on 1 May and 31 May are in', () => {
    const report = run(cfg(), { 'mayor.ics': vcalendar([
      ...day('apr30', '20220430', '20220501'), ...day('may1', '20220501', '20220502'),
      ...day('may31', '20220531', '20220601'), ...day('jun1', '20220601', '20220602'),
    ]) });
    expect(report.summary.occurrences).toBe(2);
  });

  test('duty until 23:40 at the command post, dike inspection at 00:10 → travel-time across midnight', () => {
    const ev = (uid: string, s: string, e: string, loc: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
      `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, `SUMMARY:${uid}`, `LOCATION:${loc}`, 'END:VEVENT'];
    const report = run(cfg([{ id: 'travel', kind: 'travel-time' }]), { 'mayor.ics': vcalendar([
      ...ev('duty', '20220520T200000', '20220520T234000', '区防汛指挥部'),
      ...ev('dike', '20220521T001000', '20220521T020000', '青石镇堤防'),
    ]) });
    expect(digest(report)).toEqual(['travel-time travel dike duty']);
  });
});
