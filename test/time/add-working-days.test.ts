import fc from 'fast-check';
import { addWorkingDays } from '../../src/time/add-working-days.js';
import { dayInfo } from '../../src/time/working-calendar.js';
import { DateTime } from 'luxon';

describe('addWorkingDays', () => {
  test.each([
    ['2022-04-29', 1, '2022-05-05', 'over 劳动节 30 April – 4 May'],
    ['2022-04-22', 1, '2022-04-24', 'the 调休 Sunday 24 April is a working day'],
    ['2022-06-02', 1, '2022-06-06', 'over 端午 3–5 June'],
    ['2022-05-10', 3, '2022-05-13', 'three ordinary weekdays'],
    ['2022-05-13', 1, '2022-05-16', 'over an ordinary weekend'],
    ['2022-06-03', 0, '2022-06-03', 'zero days is the day itself, holiday or not'],
  ])('%s + %i working days = %s (%s)', (date, count, expected) => {
    expect(addWorkingDays(date, count)).toEqual({ ok: true, date: expected });
  });

  test('a count that reaches an unpublished year is unknown, naming the first such date', () => {
    expect(addWorkingDays('2026-12-30', 3)).toEqual({ ok: false, unknown: '2027-01-02', left: 2 }); // 1 January is off by law (statutory-days.ts)
  });

  test('a count larger than the years of data ends at the first unknown date, never throws (config workingDays has no upper bound)', () => {
    expect(addWorkingDays('2022-01-01', 2000)).toMatchObject({ ok: false, unknown: '2027-01-02' });
    const r = addWorkingDays('2022-01-01', 1000);
    expect(r.ok && r.date.startsWith('2026-')).toBe(true);
  });

  test('the user’s holidays extend the data into that year', () => {
    const user = { dates: { '2027-01-01': 'holiday', '2027-01-02': 'holiday', '2027-01-03': 'holiday', '2027-01-04': 'workday' } as const, source: 'test' };
    expect(addWorkingDays('2026-12-31', 1, user)).toEqual({ ok: true, date: '2027-01-04' });
  });

  test('properties: the result is a working day, and exactly `count` working days lie in (date, result]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 15 }), (offset, count) => {
        const date = DateTime.fromISO('2022-01-01', { zone: 'utc' }).plus({ days: offset }).toISODate() ?? '';
        const result = addWorkingDays(date, count);
        if (!result.ok) throw new Error('2022–2023 are covered');
        let working = 0;
        for (let d = DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }); (d.toISODate() ?? '') <= result.date; d = d.plus({ days: 1 })) {
          if (dayInfo(d.toISODate() ?? '').kind === 'workday') working += 1;
        }
        expect(working).toBe(count);
        if (count > 0) expect(dayInfo(result.date).kind).toBe('workday');
      }),
      { numRuns: 100 },
    );
  });
});
