import fc from 'fast-check';
import { DateTime } from 'luxon';
import { dayOf, earliestPossibleDay, gapEnd, gapStart, gapText, latestPossibleDay, parseGap } from '../../../src/rules/internal/gap.js';
import { addWorkingDays } from '../../../src/time/add-working-days.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { dayInfo } from '../../../src/time/working-calendar.js';

const zone = 'Asia/Shanghai';
const at = (text: string, z = zone): DateTime => DateTime.fromISO(text, { zone: z });
const wd = (days: number) => ({ kind: 'working-days' as const, days });
const iso = (t: DateTime): string => t.setZone(zone).toISO({ suppressMilliseconds: true }) ?? '';

describe('parseGap', () => {
  test.each([
    ['P7D', { kind: 'duration' }],
    [{ workingDays: 3 }, { kind: 'working-days', days: 3 }],
    [{ workingDays: 0 }, { kind: 'working-days', days: 0 }],
  ] as const)('%j', (gap, expected) => {
    expect(parseGap(gap)).toMatchObject(expected);
  });

  test.each([['P1X'], [{ workingDays: -1 }], [{ workingDays: 1.5 }]] as const)('%j is not a gap', (gap) => {
    expect(parseGap(gap)).toBeNull();
  });

  test('finding data writes a duration as ISO and working days as empty (their count goes in its own field)', () => {
    expect(gapText(parseGap('P7D')!)).toBe('P7D');
    expect(gapText(wd(3))).toBe('');
  });
});

describe('dayOf: the day 0 of a working-day count', () => {
  test('an end at exactly 00:00 closes the day before (half-open); a start at 00:00 is its own day', () => {
    expect(dayOf(at('2022-09-30T00:00'), zone, true)).toBe('2022-09-29');
    expect(dayOf(at('2022-09-30T00:00'), zone, false)).toBe('2022-09-30');
    expect(dayOf(at('2022-09-29T11:30'), zone, true)).toBe('2022-09-29');
  });

  test('the day is read in the report zone, not the instant’s own zone (a UTC end at 17:00 is 01:00 the next day in Shanghai)', () => {
    expect(dayOf(at('2022-09-29T17:00', 'utc'), zone, true)).toBe('2022-09-30');
  });
});

describe('gapStart (minGap) and gapEnd (maxGap) in working days', () => {
  // 2022 国庆: 1–7 October off; Saturday 8 and Sunday 9 October are 调休 working days.
  const cityEnd = at('2022-09-29T11:30');

  test.each([
    [1, '2022-09-30T00:00:00+08:00'],
    [2, '2022-10-08T00:00:00+08:00'],
    [3, '2022-10-09T00:00:00+08:00'],
    [4, '2022-10-10T00:00:00+08:00'],
  ])('minGap %i working days after Thursday 29 September → from %s', (days, expected) => {
    const bound = gapStart(cityEnd, wd(days), { zone }, true);
    expect(bound.known && iso(bound.at)).toBe(expected);
  });

  test('minGap 0 working days is the prerequisite’s end itself', () => {
    const bound = gapStart(cityEnd, wd(0), { zone }, true);
    expect(bound.known && iso(bound.at)).toBe('2022-09-29T11:30:00+08:00');
  });

  test('maxGap 3 working days after Thursday 29 September → the whole of Sunday 9 October (a 调休 working day) is allowed', () => {
    const bound = gapEnd(cityEnd, wd(3), { zone }, true);
    expect(bound.known && [iso(bound.at), bound.lastDay]).toEqual(['2022-10-10T00:00:00+08:00', '2022-10-09']);
  });

  test('maxGap 0 working days: the day the prerequisite ends', () => {
    const bound = gapEnd(cityEnd, wd(0), { zone }, true);
    expect(bound.known && bound.lastDay).toBe('2022-09-29');
  });

  test('a count into a year with no known arrangement is unknown, never Monday–Friday', () => {
    const end = at('2026-12-30T11:00');
    // W1 31 December; 1 January is off by law (statutory-days.ts); 2 January is the first unknown day.
    // Two working days are still to count from there: W3 is 3 January at the earliest (2 and 3 January both
    // working, QH-2) and 15 January at the latest (two days each plus a ten-day break, QF-4).
    const start = gapStart(end, wd(3), { zone }, true);
    expect(start.known ? 'known' : [start.unknownFrom, start.left, iso(start.notBefore), iso(start.notAfter)])
      .toEqual(['2027-01-02', 2, '2027-01-03T00:00:00+08:00', '2027-01-15T00:00:00+08:00']);
    const late = gapEnd(end, wd(3), { zone }, true);
    // The deadline is the end of W3: from the end of 3 January to the end of 15 January.
    expect(late.known ? 'known' : [late.unknownFrom, iso(late.notBefore), iso(late.notAfter)])
      .toEqual(['2027-01-02', '2027-01-04T00:00:00+08:00', '2027-01-16T00:00:00+08:00']);
  });

  test('the config’s holidays decide a year the bundled data lacks', () => {
    const holidays = {
      dates: { '2027-01-01': 'holiday', '2027-01-02': 'holiday', '2027-01-03': 'holiday', '2027-01-04': 'workday' } as const,
      source: '国办发明电〔2026〕X号（测试）',
    };
    // 2026-12-31 (Thu) is W1; 2027-01-01 (Fri) off; 2–3 Jan weekend; 4 Jan (Mon) W2.
    const bound = gapStart(at('2026-12-30T11:00'), wd(2), { zone, holidays }, true);
    expect(bound.known && iso(bound.at)).toBe('2027-01-04T00:00:00+08:00');
  });

  test('counts are remembered per holiday data: the same bound asked with other data, or none, gets its own answer', () => {
    const end = at('2026-12-30T11:00');
    const unknown = gapStart(end, wd(2), { zone }, true);
    const dates = { '2027-01-01': 'holiday', '2027-01-04': 'workday' } as const;
    const told = gapStart(end, wd(2), { zone, holidays: { dates, source: 'A' } }, true);
    // Another notice: 4 January off too, so W2 is the 5th.
    const other = gapStart(end, wd(2), { zone, holidays: { dates: { ...dates, '2027-01-04': 'holiday', '2027-01-05': 'workday' }, source: 'B' } }, true);
    expect([unknown.known, told.known && iso(told.at), other.known && iso(other.at)]).toEqual([false, '2027-01-04T00:00:00+08:00', '2027-01-05T00:00:00+08:00']);
    expect(gapStart(end, wd(2), { zone }, true)).toEqual(unknown);
    // And per zone: the same instant is another day in another zone.
    const late = DateTime.fromISO('2022-09-29T20:00:00Z');
    expect([gapStart(late, wd(1), { zone }, true), gapStart(late, wd(1), { zone: 'UTC' }, true)].map((b) => b.known && iso(b.at))).toEqual([
      '2022-10-08T00:00:00+08:00',
      '2022-09-30T08:00:00+08:00', // 00:00 UTC
    ]);
  });

  test('a duration gap is plain arithmetic', () => {
    const bound = gapEnd(cityEnd, parseGap('P7D')!, { zone }, true);
    expect(bound.known && [iso(bound.at), bound.lastDay]).toEqual(['2022-10-06T11:30:00+08:00', '']);
  });

  test('properties: gapStart(n ≥ 1) is 00:00 of a working day, with exactly n working days from day 0 to it; gapEnd is the next midnight', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 12 }), (day, minute, n) => {
        const end = DateTime.fromISO('2022-01-01', { zone }).plus({ days: day, minutes: minute + 1 });
        const start = gapStart(end, wd(n), { zone }, true);
        const last = gapEnd(end, wd(n), { zone }, true);
        if (!start.known || !last.known) throw new Error('2022–2023 are covered');
        const date = start.at.setZone(zone).toISODate() ?? '';
        expect(start.at.setZone(zone).toFormat('HH:mm')).toBe('00:00');
        expect(dayInfo(date).kind).toBe('workday');
        expect(addWorkingDays(dayOf(end, zone, true), n)).toEqual({ ok: true, date });
        expect(last.lastDay).toBe(date);
        expect(last.at.toMillis()).toBe(start.at.plus({ days: 1 }).toMillis());
      }),
      { numRuns: 100 },
    );
  });
});

describe('earliestPossibleDay (QH-2)', () => {
  test('2 working days after Monday 1 March 2027, 2027 unknown: W2 is 3 March at the earliest', () => {
    const bound = gapStart(at('2027-03-01T11:30'), wd(2), { zone }, true);
    expect(bound).toMatchObject({ known: false, unknownFrom: '2027-03-02', left: 2 });
    expect(bound.known ? null : earliestPossibleDay(bound)).toBe('2027-03-03');
  });

  test('property: no real arrangement ends the count earlier — every bundled year, counted as if it were unknown', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 * 365 - 60 }), fc.integer({ min: 1, max: 20 }), (offset, n) => {
        const from = DateTime.fromISO('2020-01-01', { zone: 'utc' }).plus({ days: offset });
        const real = addWorkingDays(from.minus({ days: 1 }).toISODate()!, n);
        if (!real.ok) return;
        expect(real.date >= earliestPossibleDay({ unknownFrom: from.toISODate()!, left: n })).toBe(true);
      }),
      propertyParameters(300),
    );
  });
});

describe('latestPossibleDay (QF-4)', () => {
  test('3 working days after Wednesday 30 December 2026: W1 is 31 December, 2 left from 2 January 2027 → no later than 15 January', () => {
    const bound = gapEnd(at('2026-12-30T17:00'), wd(3), { zone }, true);
    expect(bound).toMatchObject({ known: false, unknownFrom: '2027-01-02', left: 2 });
    expect(bound.known ? null : latestPossibleDay(bound)).toBe('2027-01-15');
  });

  test('property: no real arrangement ends the count later — every bundled year, counted as if it were unknown', () => {
    // Each year 2020–2026 as it is known: from any day, W_n is no later than the bound taken from that day with n left.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 * 365 - 60 }), fc.integer({ min: 1, max: 20 }), (offset, n) => {
        const from = DateTime.fromISO('2020-01-01', { zone: 'utc' }).plus({ days: offset });
        const day0 = from.minus({ days: 1 }).toISODate()!;
        const real = addWorkingDays(day0, n);
        if (!real.ok) return;
        expect(real.date <= latestPossibleDay({ unknownFrom: from.toISODate()!, left: n })).toBe(true);
      }),
      propertyParameters(300),
    );
  });
});
