import fc from 'fast-check';
import { DateTime, Duration } from 'luxon';
import { cycleKey, cycleStart } from '../../src/time/cycle.js';
import { formatDuration, isValidDuration, parseDuration } from '../../src/time/duration.js';
import { gapMinutes, intersection, overlaps } from '../../src/time/interval.js';
import { at } from '../helpers/occurrence.js';

const iv = (s: string, e: string, zone?: string) => ({ start: at(s, zone), end: at(e, zone) });

describe('interval', () => {
  test('back-to-back intervals do not overlap (half-open)', () => {
    expect(overlaps(iv('2022-05-10 09:00', '2022-05-10 10:00'), iv('2022-05-10 10:00', '2022-05-10 11:00'))).toBe(false);
  });
  test('one minute of overlap counts', () => {
    expect(overlaps(iv('2022-05-10 09:00', '2022-05-10 10:01'), iv('2022-05-10 10:00', '2022-05-10 11:00'))).toBe(true);
  });
  // QB-34: an empty interval (a start-only meeting, RFC 5545 §3.6.1) is its instant, not nothing.
  test('an empty interval is an instant: inside another or at its start it overlaps; at its end it does not', () => {
    const nineToEleven = iv('2022-05-10 09:00', '2022-05-10 11:00');
    expect(overlaps(iv('2022-05-10 10:00', '2022-05-10 10:00'), nineToEleven)).toBe(true);
    expect(overlaps(iv('2022-05-10 09:00', '2022-05-10 09:00'), nineToEleven)).toBe(true);
    expect(overlaps(iv('2022-05-10 11:00', '2022-05-10 11:00'), nineToEleven)).toBe(false);
    expect(intersection(iv('2022-05-10 10:00', '2022-05-10 10:00'), nineToEleven)?.end.toMillis()).toBe(at('2022-05-10 10:00').toMillis());
  });
  test('two instants overlap only at the same time; an interval ending before it starts overlaps nothing', () => {
    expect(overlaps(iv('2022-05-10 10:00', '2022-05-10 10:00'), iv('2022-05-10 10:00', '2022-05-10 10:00'))).toBe(true);
    expect(overlaps(iv('2022-05-10 10:00', '2022-05-10 10:00'), iv('2022-05-10 10:01', '2022-05-10 10:01'))).toBe(false);
    expect(overlaps(iv('2022-05-10 10:30', '2022-05-10 10:00'), iv('2022-05-10 09:00', '2022-05-10 11:00'))).toBe(false);
  });
  test('instants compare across zones: 09:00 Shanghai = 21:00 New York the day before (EDT)', () => {
    const shanghai = iv('2022-05-10 09:00', '2022-05-10 10:00');
    const newYork = iv('2022-05-09 21:30', '2022-05-09 22:30', 'America/New_York');
    expect(overlaps(shanghai, newYork)).toBe(true);
    expect(intersection(shanghai, newYork)?.start.toMillis()).toBe(newYork.start.toMillis());
  });
  test('gapMinutes', () => {
    expect(gapMinutes(iv('2022-05-10 09:00', '2022-05-10 10:00'), iv('2022-05-10 10:30', '2022-05-10 11:00'))).toBe(30);
  });
  test('properties: overlaps is symmetric and agrees with intersection', () => {
    const minute = fc.integer({ min: 0, max: 600 });
    const base = at('2022-05-10 00:00');
    fc.assert(
      fc.property(minute, minute, minute, minute, (a, b, c, d) => {
        const x = { start: base.plus({ minutes: Math.min(a, b) }), end: base.plus({ minutes: Math.max(a, b) }) };
        const y = { start: base.plus({ minutes: Math.min(c, d) }), end: base.plus({ minutes: Math.max(c, d) }) };
        expect(overlaps(x, y)).toBe(overlaps(y, x));
        expect(intersection(x, y) !== null).toBe(overlaps(x, y));
      }),
    );
  });
});

describe('cycle', () => {
  test('the quarter is read in the report zone: 31 Mar 17:00 UTC is Q2 in Shanghai', () => {
    const instant = at('2022-03-31 17:00', 'UTC');
    expect(cycleKey(instant, 'quarter', 'Asia/Shanghai')).toBe('2022-04-01');
    expect(cycleKey(instant, 'quarter', 'UTC')).toBe('2022-01-01');
  });
  test.each([
    ['year', '2022-01-01'],
    ['quarter', '2022-04-01'],
    ['month', '2022-05-01'],
    ['week', '2022-05-09'], // ISO week: Monday
    ['none', '*'],
  ] as const)('%s', (cycle, key) => {
    expect(cycleKey(at('2022-05-15 23:30'), cycle, 'Asia/Shanghai')).toBe(key);
  });
  test('properties: the memoised key equals the direct computation (zones with 30 and 45 minute offsets, DST)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.constantFrom('year' as const, 'quarter' as const, 'month' as const, 'week' as const),
        fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe'),
        (millis, cycle, zone) => {
          const instant = DateTime.fromMillis(millis, { zone: 'UTC' });
          expect(cycleKey(instant, cycle, zone)).toBe(cycleStart(instant, cycle, zone)?.toISODate());
          // And the instants just around a local midnight.
          const midnight = instant.setZone(zone).startOf('day');
          for (const delta of [-1, 0, 1]) {
            const near = midnight.plus({ milliseconds: delta });
            expect(cycleKey(near, cycle, zone)).toBe(cycleStart(near, cycle, zone)?.toISODate());
          }
        },
      ),
    );
  });

  test('cycleStart keeps the zone; none has no start', () => {
    expect(cycleStart(at('2022-05-15 23:30'), 'month', 'Asia/Shanghai')?.toISO()).toBe('2022-05-01T00:00:00.000+08:00');
    expect(cycleStart(at('2022-05-15 23:30'), 'none', 'Asia/Shanghai')).toBeNull();
  });
  test('a week across a New York DST change still starts on Monday midnight local', () => {
    expect(cycleStart(at('2022-03-14 12:00', 'America/New_York'), 'week', 'America/New_York')?.toISO()).toBe(
      '2022-03-14T00:00:00.000-04:00',
    );
    expect(cycleStart(at('2022-03-13 12:00', 'America/New_York'), 'week', 'America/New_York')?.toISO()).toBe(
      '2022-03-07T00:00:00.000-05:00',
    );
  });
});

describe('duration', () => {
  test.each([
    ['PT0S', 0],
    ['P7D', 7 * 24 * 60],
    ['PT1H30M', 90],
    [' P1D ', 24 * 60],
  ])('parses %s', (text, minutes) => {
    expect(parseDuration(text)?.as('minutes')).toBe(minutes);
  });
  test.each(['P1X', '', '7 days', 'PT'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
    expect(isValidDuration(text)).toBe(false);
  });
  test('formatDuration writes zero as PT0S', () => {
    expect(formatDuration(Duration.fromMillis(0))).toBe('PT0S');
    expect(formatDuration(Duration.fromObject({ days: 7 }))).toBe('P7D');
  });
});
