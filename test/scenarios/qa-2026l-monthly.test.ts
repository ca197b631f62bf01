/**
 * QA 2026l (calendars that change): the city's monthly 河长制工作调度会 (a series on the 市委办's calendar, the
 * invitation's copy on 青山区委办's) and the district's monthly relay, `follows` with `cycle: month`, while the city moves
 * or cancels one month's sitting or the whole series. README `follows`: a stale copy takes no part in ordering; a copy of
 * a higher office's meeting at a time that office no longer holds is neither dependent nor prerequisite; a period with
 * only cancelled prerequisites gives order-missing. Bugs are `test.failing` pins named QL-n (/work/notes/qa-2026l.md).
 */
import { digest, run, vcalendar } from './harness.js';

const calendars = [
  { id: 'city-party', file: 'city-party.ics', office: '江州市委办', level: 'city' },
  { id: 'qs-party', file: 'qs-party.ics', office: '青山区委办', level: 'district' },
];
const relay = { id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '河长制工作调度会' }, prerequisite: { level: 'city', summary: '河长制工作调度会' }, cycle: 'month' };
const config = { timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-07-31' }, calendars, rules: [relay] };

const CITY = 'jz-river-monthly@jz.gov.example';
const cityHead = (...lines: string[]): string[] =>
  ['BEGIN:VEVENT', `UID:${CITY}`, 'DTSTAMP:20260520T000000Z', 'SUMMARY:全市河长制工作调度会', 'ORGANIZER;CN=江州市委办:mailto:swb@jz.gov.example', 'LOCATION:市行政中心1号楼大会堂', ...lines, 'END:VEVENT'];
/** The city's sitting: first Monday of the month, 09:00–11:00 (1 June, 6 July). */
const citySeries = (...lines: string[]): string[] => cityHead('DTSTART;TZID=Asia/Shanghai:20260601T090000', 'DTEND;TZID=Asia/Shanghai:20260601T110000', 'RRULE:FREQ=MONTHLY;BYDAY=1MO', ...lines);
const cityJune = (start: string, end: string, ...lines: string[]): string[] =>
  cityHead('RECURRENCE-ID;TZID=Asia/Shanghai:20260601T090000', `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...lines);
/** The district's relay: first Wednesday of the month, 15:00–16:30 (3 June, 1 July). */
const districtSeries = ['BEGIN:VEVENT', 'UID:qs-river-monthly@qs.gov.example', 'DTSTAMP:20260520T000000Z', 'SUMMARY:青山区河长制工作调度会', 'ORGANIZER;CN=青山区委办:mailto:qwb@qs.gov.example',
  'DTSTART;TZID=Asia/Shanghai:20260603T150000', 'DTEND;TZID=Asia/Shanghai:20260603T163000', 'RRULE:FREQ=MONTHLY;BYDAY=1WE', 'END:VEVENT'];

function files(city: readonly string[][], party: readonly string[][]): Record<string, string> {
  return { 'city-party.ics': vcalendar(city.flat(), ['X-WR-TIMEZONE:Asia/Shanghai']), 'qs-party.ics': vcalendar(party.flat(), ['X-WR-TIMEZONE:Asia/Shanghai']) };
}
const juneOrder = ['order relay jz-river-monthly@jz.gov.example@2026-06-01T01:00:00Z qs-river-monthly@qs.gov.example@2026-06-03T07:00:00Z'];
const july = 'qs-river-monthly@qs.gov.example@2026-07-01T07:00:00Z';

describe('as scheduled, July\'s relay (Wednesday 1 July) comes before the city\'s sitting of Monday 6 July', () => {
  test('guard: June in order, July premature', () => {
    expect(digest(run(config, files([citySeries()], [citySeries(), districtSeries])))).toEqual([`order relay jz-river-monthly@jz.gov.example@2026-07-06T01:00:00Z ${july}`]);
  });
});

describe('the city moves June\'s sitting from Monday 1 to Thursday 4 June, after the district\'s relay of the 3rd', () => {
  const julyOrder = `order relay jz-river-monthly@jz.gov.example@2026-07-06T01:00:00Z ${july}`;

  test('override with SEQUENCE 1 on the city calendar; the 区委办 copy of the series not updated: June\'s relay is premature', () => {
    const report = run(config, files([citySeries(), cityJune('20260604T090000', '20260604T110000', 'SEQUENCE:1')], [citySeries(), districtSeries]));
    expect(digest(report)).toEqual([...juneOrder, julyOrder]);
  });

  test('override without SEQUENCE (OA): the 区委办 copy of 1 June is at a time the city no longer holds — June\'s relay is premature', () => {
    const report = run(config, files([citySeries(), cityJune('20260604T090000', '20260604T110000')], [citySeries(), districtSeries]));
    expect(digest(report)).toEqual([...juneOrder, julyOrder]);
  });

  test('the 区委办 has taken the update (its copy holds the override too): the same', () => {
    const report = run(config, files([citySeries(), cityJune('20260604T090000', '20260604T110000', 'SEQUENCE:1')], [citySeries(), cityJune('20260604T090000', '20260604T110000', 'SEQUENCE:1'), districtSeries]));
    expect(digest(report)).toEqual([...juneOrder, julyOrder]);
  });

  test('June\'s sitting cancelled by a STATUS:CANCELLED override (SEQUENCE 1), the 区委办 copy not updated: June\'s relay has no prerequisite', () => {
    const report = run(config, files([citySeries(), cityJune('20260601T090000', '20260601T110000', 'SEQUENCE:1', 'STATUS:CANCELLED')], [citySeries(), districtSeries]));
    expect(digest(report)).toEqual([julyOrder, 'order-missing relay qs-river-monthly@qs.gov.example@2026-06-03T07:00:00Z']);
  });

  test('June\'s sitting excluded by an EXDATE on the city\'s series (SEQUENCE 1), the 区委办 copy at SEQUENCE 0: order-missing in June', () => {
    const report = run(config, files([citySeries('SEQUENCE:1', 'EXDATE;TZID=Asia/Shanghai:20260601T090000')], [citySeries(), districtSeries]));
    expect(digest(report)).toEqual([julyOrder, 'order-missing relay qs-river-monthly@qs.gov.example@2026-06-03T07:00:00Z']);
  });
});

describe('June\'s sitting excluded by an EXDATE the city\'s OA system writes without raising SEQUENCE', () => {
  const missing = [`order relay jz-river-monthly@jz.gov.example@2026-07-06T01:00:00Z ${july}`, 'order-missing relay qs-river-monthly@qs.gov.example@2026-06-03T07:00:00Z'];
  test.each([
    ['no LAST-MODIFIED', [], []],
    ['the city\'s series LAST-MODIFIED later', ['LAST-MODIFIED:20260525T020000Z'], ['LAST-MODIFIED:20260510T020000Z']],
  ])('%s: the 区委办\'s copy of 1 June is at a time the city no longer holds — order-missing in June', (_name, cityLines, copyLines) => {
    const report = run(config, files([citySeries(...cityLines, 'EXDATE;TZID=Asia/Shanghai:20260601T090000')], [citySeries(...copyLines), districtSeries]));
    expect(digest(report)).toEqual(missing);
  });
});

describe('the city moves the whole series from first Mondays to first Fridays (5 June, 3 July)', () => {
  const fridays = (...lines: string[]): string[] => cityHead('DTSTART;TZID=Asia/Shanghai:20260605T090000', 'DTEND;TZID=Asia/Shanghai:20260605T110000', 'RRULE:FREQ=MONTHLY;BYDAY=1FR', ...lines);
  const both = ['order relay jz-river-monthly@jz.gov.example@2026-06-05T01:00:00Z qs-river-monthly@qs.gov.example@2026-06-03T07:00:00Z', `order relay jz-river-monthly@jz.gov.example@2026-07-03T01:00:00Z ${july}`];

  test('SEQUENCE 1 on the city\'s series, the 区委办 keeps the Monday series: both relays are premature', () => {
    expect(digest(run(config, files([fridays('SEQUENCE:1')], [citySeries(), districtSeries])))).toEqual(both);
  });

  test('nothing raised (OA), no LAST-MODIFIED: the 区委办\'s Mondays are at times the city no longer holds — both relays premature', () => {
    expect(digest(run(config, files([fridays()], [citySeries(), districtSeries])))).toEqual(both);
  });

  test('nothing raised, the city\'s series LAST-MODIFIED later than the 区委办\'s copy: both relays premature', () => {
    expect(digest(run(config, files([fridays('LAST-MODIFIED:20260525T020000Z')], [citySeries('LAST-MODIFIED:20260510T020000Z'), districtSeries])))).toEqual(both);
  });
});
