import fc from 'fast-check';
import { DateTime } from 'luxon';
import { civilDate } from '../../../src/time/internal/civil-date.js';

describe('civilDate', () => {
  test.each([
    ['1970-01-01', 0, 4],
    ['2022-06-03', 19146, 5],
    ['2000-02-29', 11016, 2],
    ['1900-03-01', -25508, 4],
  ])('%s is day %i, weekday %i', (date, epochDay, weekday) => {
    expect([civilDate(date)?.epochDay, civilDate(date)?.weekday]).toEqual([epochDay, weekday]);
  });

  test.each(['2022-02-29', '1900-02-29', '2022-13-01', '2022-00-10', '2022-04-31', '2022-6-3', '20220603', ''])('%s is no date', (text) => {
    expect(civilDate(text)).toBeNull();
  });

  test('agrees with luxon on every day from 1899 to 2201', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const d = DateTime.fromMillis(n * 86_400_000, { zone: 'utc' });
        expect(civilDate(d.toISODate() ?? '')).toEqual({ year: d.year, month: d.month, day: d.day, epochDay: n, weekday: d.weekday });
      }),
      { numRuns: 2000 },
    );
  });
});
