/**
 * Links and rules between two recurring meetings: a monthly district meeting that names the monthly
 * city series in RELATED-TO, and a month where the city instance was cancelled.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const calendars = [
  { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
  { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
];
const cfg = (rules: unknown[]): Record<string, unknown> => ({ timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-06-30' }, calendars, rules });
const cityMonthly = (extra: string[] = []): string => vcalendar([
  'BEGIN:VEVENT', 'UID:city-m', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220520T090000', 'DTEND;TZID=Asia/Shanghai:20220520T110000',
  'RRULE:FREQ=MONTHLY;BYDAY=3FR', 'SUMMARY:全市经济调度会', 'END:VEVENT', ...extra]);
const districtMonthly = (byday: string, first: string, link: string[] = []): string => vcalendar([
  'BEGIN:VEVENT', 'UID:dist-m', 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${first}T090000`, `DTEND;TZID=Asia/Shanghai:${first}T110000`,
  `RRULE:FREQ=MONTHLY;BYDAY=${byday}`, 'SUMMARY:全区经济调度会', ...link, 'END:VEVENT']);

describe('RELATED-TO naming a recurring series', () => {
  test('each district instance after that month\'s city instance → nothing (not compared with next month\'s)', () => {
    const report = run(cfg([]), {
      'city.ics': cityMonthly(),
      'district.ics': districtMonthly('-1TH', '20220526', ['RELATED-TO;RELTYPE=FINISHTOSTART:city-m']),
    });
    expect(digest(report)).toEqual([]);
  });

  // Links carry no pairing cycle (README, related-to): each dependent pairs with the latest prerequisite it already
  // comes late enough after. So only 12 May (before any city instance) is out of order; 9 June follows 20 May.
  test('district 2nd Thursday against city 3rd Friday: only the first instance, which no city instance precedes, is an order', () => {
    const report = run(cfg([]), {
      'city.ics': cityMonthly(),
      'district.ics': districtMonthly('2TH', '20220512', ['RELATED-TO;RELTYPE=FINISHTOSTART:city-m']),
    });
    const order = ofKind(report, 'order');
    expect(order.map(refs)).toEqual([['city-m@2022-05-20T01:00:00Z', 'dist-m@2022-05-12T01:00:00Z']]);
    expect(digest(report)).toEqual(['order related-to city-m@2022-05-20T01:00:00Z dist-m@2022-05-12T01:00:00Z']);
  });
});

describe('a cancelled city instance under a monthly rule', () => {
  const rule = [{ id: 'dispatch', kind: 'follows', dependent: { level: 'district', summary: '调度会' }, prerequisite: { level: 'city', summary: '调度会' }, cycle: 'month' }];
  test('June city instance cancelled → June district instance order-missing with cancelled 1; May fine', () => {
    const cancelled = [
      'BEGIN:VEVENT', 'UID:city-m', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220617T090000',
      'DTSTART;TZID=Asia/Shanghai:20220617T090000', 'DTEND;TZID=Asia/Shanghai:20220617T110000', 'STATUS:CANCELLED', 'SUMMARY:全市经济调度会', 'END:VEVENT'];
    const report = run(cfg(rule), { 'city.ics': cityMonthly(cancelled), 'district.ics': districtMonthly('-1TH', '20220526') });
    expect(digest(report)).toEqual(['order-missing dispatch dist-m@2022-06-30T01:00:00Z']);
    const f = ofKind(report, 'order-missing')[0]!;
    expect(f.data.cancelled).toBe(1);
    expect(f.data.period).toBe('2022-06-01');
  });
});
