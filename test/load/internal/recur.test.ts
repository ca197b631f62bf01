/**
 * The loader's native sub-daily RRULE generator (src/load/internal/recur.ts), through loadCalendar, on
 * rules where ical.js 2.2.1 departs from RFC 5545 §3.3.10. Every expected list was checked against
 * Debian's python recurring-ical-events (python3-recurring-ical-events, on python-dateutil) on
 * 2026-11-29, except where a comment names a documented difference.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { loadCalendar } from '../../../src/load/load-calendar.js';
import { iterateRule, parseRule } from '../../../src/load/internal/recur.js';
import { wallToLocalMillis } from '../../../src/load/internal/civil.js';

function starts(dtstart: string, rule: string, zone = 'Asia/Shanghai'): string[] {
  const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20220101T000000Z', `DTSTART;TZID=${zone}:${dtstart}`, `RRULE:${rule}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const window = { from: DateTime.fromISO('2020-01-01T00:00:00Z'), to: DateTime.fromISO('2029-01-01T00:00:00Z') };
  const result = loadCalendar(text, { meta: { id: 'c' }, window });
  expect(result.problems).toEqual([]);
  return result.occurrences.map((o) => o.start.toFormat("yyyyMMdd'T'HHmmss"));
}

describe('sub-daily rules follow RFC 5545 §3.3.10', () => {
  test('HOURLY;INTERVAL=2;BYHOUR=0,15 stays on the two-hour grid (15:00 is never a period)', () => {
    expect(starts('20210301T000000', 'FREQ=HOURLY;INTERVAL=2;COUNT=3;BYHOUR=0,15')).toEqual(['20210301T000000', '20210302T000000', '20210303T000000']);
  });

  test('MINUTELY;INTERVAL=4;BYMINUTE=0,30 never yields 30 (off the four-minute grid)', () => {
    expect(starts('20210301T000000', 'FREQ=MINUTELY;INTERVAL=4;COUNT=5;BYMINUTE=0,30')).toEqual([
      '20210301T000000',
      '20210301T010000',
      '20210301T020000',
      '20210301T030000',
      '20210301T040000',
    ]);
  });

  test('HOURLY;BYHOUR=0,1;BYMINUTE=0,45 from 01:00 yields nothing before DTSTART (ical.js gives 00:00 of the same day)', () => {
    expect(starts('20210301T010000', 'FREQ=HOURLY;COUNT=3;BYHOUR=0,1;BYMINUTE=0,45')).toEqual(['20210301T010000', '20210301T014500', '20210302T000000']);
  });

  test('MINUTELY;BYMINUTE=0,30;BYSECOND=0,15 from 00:30 expands each allowed minute by BYSECOND', () => {
    expect(starts('20210301T003000', 'FREQ=MINUTELY;COUNT=4;BYMINUTE=0,30;BYSECOND=0,15')).toEqual(['20210301T003000', '20210301T003015', '20210301T010000', '20210301T010015']);
  });

  test('SECONDLY;INTERVAL=7 with BYMINUTE and BYSECOND limits keeps the seven-second grid across hours', () => {
    expect(starts('20210101T010000', 'FREQ=SECONDLY;INTERVAL=7;COUNT=4;BYMINUTE=0,1;BYSECOND=0,14,28')).toEqual([
      '20210101T010000',
      '20210101T010014',
      '20210101T010028',
      '20210101T060100',
    ]);
  });

  test('MINUTELY;INTERVAL=2;BYDAY=MO from a Friday keeps the grid over the skipped days; DTSTART counts toward COUNT', () => {
    // recurring-ical-events gives 08T02:00 as a fourth instance: like dateutil it does not count an
    // unsynchronised DTSTART; RFC 5545 §3.8.5.3 says DTSTART is the first instance, so it counts (README).
    expect(starts('20210305T010000', 'FREQ=MINUTELY;INTERVAL=2;COUNT=3;BYDAY=MO;BYMINUTE=0,59')).toEqual(['20210305T010000', '20210308T000000', '20210308T010000']);
  });

  test('HOURLY;BYMONTHDAY=-1 limits to the last day of each month', () => {
    expect(starts('20210131T220000', 'FREQ=HOURLY;INTERVAL=1;COUNT=4;BYMONTHDAY=-1;BYHOUR=22,23')).toEqual([
      '20210131T220000',
      '20210131T230000',
      '20210228T220000',
      '20210228T230000',
    ]);
  });

  test('HOURLY;BYMINUTE=0,30;BYSETPOS=-1 picks the last of each hour\'s set', () => {
    expect(starts('20210301T093000', 'FREQ=HOURLY;COUNT=3;BYMINUTE=0,30;BYSETPOS=-1')).toEqual(['20210301T093000', '20210301T103000', '20210301T113000']);
  });

  test('a BYSETPOS pair naming one instance twice counts it once toward COUNT', () => {
    // rrule 2.8.1 yields 01:45 twice per day (-2 and 1 both name it); the loader used to count both.
    expect(starts('20210301T014500', 'FREQ=DAILY;COUNT=3;BYMINUTE=45,59;BYSETPOS=-2,1')).toEqual(['20210301T014500', '20210302T014500', '20210303T014500']);
  });
});

describe('bounds of the native generator', () => {
  const at = (iso: string) => {
    const [date, time] = iso.split('T') as [string, string];
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return wallToLocalMillis({ year, month, day, hour, minute, second: 0 });
  };

  test('SECONDLY;BYMONTH=12 from January jumps the rejected days instead of walking every second', () => {
    const spec = parseRule('FREQ=SECONDLY;BYMONTH=12;BYHOUR=9;BYMINUTE=0;BYSECOND=0');
    if ('error' in spec) throw new Error(spec.error);
    const r = iterateRule(spec, { start: at('2022-01-01T09:00'), dateOnly: false, until: null, notBefore: at('2022-01-01T00:00'), stopAfter: at('2023-01-01T00:00'), maxSteps: 5_000, maxStarts: 100 });
    expect(r.truncated).toBe(false);
    // DTSTART, then 09:00:00 on each of December's 31 days.
    expect(r.starts).toHaveLength(32);
  });

  test('an unreachable rule (HOURLY;INTERVAL=2;BYHOUR=3 from 00:00) ends at the window without instances', () => {
    const spec = parseRule('FREQ=HOURLY;INTERVAL=2;BYHOUR=3');
    if ('error' in spec) throw new Error(spec.error);
    const r = iterateRule(spec, { start: at('2022-01-01T00:00'), dateOnly: false, until: null, notBefore: at('2022-01-01T00:00'), stopAfter: at('2023-01-01T00:00'), maxSteps: 100_000, maxStarts: 100 });
    expect(r).toEqual({ starts: [at('2022-01-01T00:00')], truncated: false, capped: false });
  });

  test('the calendar\'s budget cuts a rule short and says so only when the set goes on (QC-14)', () => {
    const daily = parseRule('FREQ=DAILY');
    if ('error' in daily) throw new Error(daily.error);
    const bounds = { start: at('2022-01-01T00:00'), dateOnly: false, until: null, notBefore: at('2022-01-01T00:00'), stopAfter: at('2023-01-01T00:00'), maxSteps: 100_000 };
    expect(iterateRule(daily, { ...bounds, maxStarts: 10 }).capped).toBe(true);
    const ten = parseRule('FREQ=DAILY;COUNT=10');
    if ('error' in ten) throw new Error(ten.error);
    expect(iterateRule(ten, { ...bounds, maxStarts: 10 }).capped).toBe(false);
    expect(iterateRule(daily, { ...bounds, stopAfter: at('2022-01-10T00:00'), maxStarts: 10 }).capped).toBe(false);
  });

  test('the step bound cuts a rule short and says so', () => {
    const spec = parseRule('FREQ=SECONDLY');
    if ('error' in spec) throw new Error(spec.error);
    const r = iterateRule(spec, { start: at('2022-01-01T00:00'), dateOnly: false, until: null, notBefore: at('2022-01-01T00:00'), stopAfter: at('2023-01-01T00:00'), maxSteps: 1_000, maxStarts: 1_000_000 });
    expect(r.truncated).toBe(true);
    expect(r.starts.length).toBeLessThanOrEqual(1_001);
  });
});

describe('RFC 7529 SKIP moves a month day a month lacks (QC-7)', () => {
  const days = (dtstart: string, rule: string) => starts(dtstart, `RSCALE=GREGORIAN;${rule}`).map((t) => t.slice(0, 8));
  test('FORWARD: the 30th and 31st of February are one 1 March; BACKWARD: both are 28 February', () => {
    expect(days('20220130T090000', 'FREQ=MONTHLY;BYMONTHDAY=30,31;SKIP=FORWARD;COUNT=5')).toEqual(['20220130', '20220131', '20220301', '20220330', '20220331']);
    expect(days('20220130T090000', 'FREQ=MONTHLY;BYMONTHDAY=30,31;SKIP=BACKWARD;COUNT=5')).toEqual(['20220130', '20220131', '20220228', '20220330', '20220331']);
  });
  test('YEARLY with BYMONTH: 31 April and 31 June move, 31 March stays; OMIT (the default) drops them', () => {
    expect(days('20220331T090000', 'FREQ=YEARLY;BYMONTH=3,4,6;BYMONTHDAY=31;SKIP=BACKWARD;COUNT=3')).toEqual(['20220331', '20220430', '20220630']);
    expect(days('20220331T090000', 'FREQ=YEARLY;BYMONTH=3,4,6;BYMONTHDAY=31;SKIP=FORWARD;COUNT=3')).toEqual(['20220331', '20220501', '20220701']);
    expect(days('20220331T090000', 'FREQ=YEARLY;BYMONTH=3,4,6;BYMONTHDAY=31;COUNT=3')).toEqual(['20220331', '20230331', '20240331']);
  });
  test('MONTHLY with INTERVAL and the time of DTSTART kept', () => {
    expect(starts('20220131T143000', 'RSCALE=GREGORIAN;FREQ=MONTHLY;INTERVAL=3;SKIP=BACKWARD;COUNT=4')).toEqual(['20220131T143000', '20220430T143000', '20220731T143000', '20221031T143000']);
  });
});

describe('BYSETPOS that can pick nothing is reported, never searched for (QC-8)', () => {
  test.each([
    ['FREQ=MONTHLY;BYSETPOS=2', 'BYSETPOS without another BYxxx part'],
    ['FREQ=DAILY;BYSETPOS=2;COUNT=5', 'BYSETPOS without another BYxxx part'],
    ['FREQ=WEEKLY;BYDAY=MO;BYSETPOS=3', 'BYSETPOS=3 names no member of a set of at most 1'],
    ['FREQ=WEEKLY;BYDAY=MO,WE;BYSETPOS=-3,4', 'BYSETPOS=-3,4 names no member of a set of at most 2'],
    ['FREQ=DAILY;BYHOUR=9,14;BYSETPOS=3', 'BYSETPOS=3 names no member of a set of at most 2'],
    ['FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6', 'BYSETPOS=6 names no member of a set of at most 5'],
    ['FREQ=MONTHLY;BYDAY=1MO,-1FR;BYSETPOS=3', 'BYSETPOS=3 names no member of a set of at most 2'],
    ['FREQ=YEARLY;BYMONTH=3,9;BYMONTHDAY=1;BYSETPOS=-3', 'BYSETPOS=-3 names no member of a set of at most 2'],
  ])('%s', (rule, error) => {
    expect(parseRule(rule)).toEqual({ error, code: 'invalid-rrule' });
  });

  test('positions a month or year can hold stay rules', () => {
    expect('error' in parseRule('FREQ=MONTHLY;BYDAY=MO;BYSETPOS=5')).toBe(false);
    expect('error' in parseRule('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toBe(false);
    expect('error' in parseRule('FREQ=YEARLY;BYDAY=MO;BYSETPOS=53')).toBe(false);
  });

  test('a position inside the set stays a rule: the last of Monday and Wednesday, the second hour of two', () => {
    expect(starts('20220105T090000', 'FREQ=WEEKLY;BYDAY=MO,WE;BYSETPOS=-1;COUNT=2')).toEqual(['20220105T090000', '20220112T090000']);
    expect(starts('20220103T140000', 'FREQ=DAILY;BYHOUR=9,14;BYSETPOS=2;COUNT=2')).toEqual(['20220103T140000', '20220104T140000']);
  });
});

describe('parseRule remembers each rule text', () => {
  test('the same text gives the same spec object (ical.js validates it once), errors included', () => {
    const text = ['FREQ=WEEKLY', 'BYDAY=MO,WE', 'INTERVAL=2'].join(';');
    const spec = parseRule(text);
    expect('error' in spec).toBe(false);
    expect(parseRule(`${text}`)).toBe(spec);
    const bad = parseRule('FREQ=FORTNIGHTLY');
    expect(bad).toEqual({ error: 'unknown FREQ FORTNIGHTLY', code: 'invalid-rrule' });
    expect(parseRule('FREQ=FORTNIGHTLY')).toBe(bad);
  });

  test('a remembered spec iterates the same for every DTSTART that shares it', () => {
    const spec = parseRule('FREQ=WEEKLY;BYDAY=MO,WE');
    if ('error' in spec) throw new Error(spec.error);
    const run = (start: number) =>
      iterateRule(spec, { start, dateOnly: false, until: null, notBefore: start, stopAfter: start + 14 * 86_400_000, maxSteps: 100, maxStarts: 100 }).starts.length;
    const monday = wallToLocalMillis({ year: 2022, month: 5, day: 9, hour: 9, minute: 0, second: 0 });
    const wednesday = wallToLocalMillis({ year: 2022, month: 5, day: 11, hour: 9, minute: 0, second: 0 });
    expect([run(monday), run(wednesday), run(monday)]).toEqual([5, 5, 5]);
  });
});

describe('the native generator of the common shapes equals rrule, which it replaces there', () => {
  const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
  const plainDays = fc.uniqueArray(fc.constantFrom(...DAYS), { maxLength: 7 });
  const ordinalDays = fc.uniqueArray(
    fc.tuple(fc.constantFrom('', '1', '2', '3', '4', '5', '-1', '-2', '+1', '-5'), fc.constantFrom(...DAYS)).map(([n, d]) => `${n}${d}`),
    { minLength: 1, maxLength: 4 },
  );
  const rule = fc.oneof(
    fc.record({ freq: fc.constantFrom('DAILY', 'WEEKLY'), days: plainDays }),
    fc.record({ freq: fc.constant('MONTHLY'), days: ordinalDays }),
  );
  const arbitrary = fc.record({
    rule,
    interval: fc.integer({ min: 1, max: 4 }),
    wkst: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
    bound: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 40 }).map((n) => `COUNT=${n}`), fc.constant('UNTIL=20260301T000000Z')),
    startDay: fc.integer({ min: daysOf(2019, 1, 1), max: daysOf(2026, 12, 31) }),
    minutes: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    dateOnly: fc.boolean(),
    lateBy: fc.integer({ min: 0, max: 900 }),
  });

  test('same starts, DTSTART first, with COUNT, UNTIL, skip-ahead and DATE series', () => {
    fc.assert(
      fc.property(arbitrary, ({ rule: { freq, days }, interval, wkst, bound, startDay, minutes, dateOnly, lateBy }) => {
        const text = [`FREQ=${freq}`, interval > 1 ? `INTERVAL=${interval}` : '', days.length > 0 ? `BYDAY=${days.join(',')}` : '', wkst ? `WKST=${wkst}` : '', bound]
          .filter((p) => p !== '')
          .join(';');
        const spec = parseRule(text);
        // ical.js refuses some rules while validating (5WE,5FR from a month without them): no generator runs.
        if ('error' in spec) return;
        expect(spec.native).not.toBeNull();
        const start = startDay * 86_400_000 + (dateOnly ? 0 : minutes * 60_000);
        const until = bound.startsWith('UNTIL') ? wallToLocalMillis({ year: 2026, month: 3, day: 1, hour: 8, minute: 0, second: 0 }) : null;
        const options = { start, dateOnly, until, notBefore: start + lateBy * 86_400_000, stopAfter: start + (lateBy + 400) * 86_400_000, maxSteps: 10_000, maxStarts: 10_000 };
        const plain = days.filter((d) => /^[A-Z]{2}$/.test(d));
        if (freq === 'MONTHLY' && plain.length > 0 && plain.length < days.length) {
          // Plain and ordinal weekdays mixed: rrule 2.8.1 yields nothing, so the reference is the union
          // of its plain-only and ordinal-only expansions (right in rrule), counted from DTSTART as
          // RFC 5545 §3.3.10 counts the set's instances for COUNT.
          const ordinal = days.filter((d) => !/^[A-Z]{2}$/.test(d));
          const fullRun = { ...options, notBefore: start };
          const part = (list: readonly string[]) => {
            const partText = [`FREQ=${freq}`, interval > 1 ? `INTERVAL=${interval}` : '', `BYDAY=${list.join(',')}`, wkst ? `WKST=${wkst}` : '', bound.startsWith('UNTIL') ? bound : '']
              .filter((p) => p !== '')
              .join(';');
            const partSpec = parseRule(partText);
            return 'error' in partSpec ? null : iterateRule({ ...partSpec, native: null }, fullRun).starts;
          };
          const plainStarts = part(plain);
          const ordinalStarts = part(ordinal);
          if (plainStarts === null || ordinalStarts === null) return;
          const union = [...new Set([...plainStarts, ...ordinalStarts])].sort((a, b) => a - b);
          const count = bound.startsWith('COUNT=') ? Number(bound.slice(6)) : Infinity;
          const expected = union.slice(0, count).filter((ms) => ms >= options.notBefore);
          expect({ text, starts: iterateRule(spec, options).starts.filter((ms) => ms >= options.notBefore) }).toEqual({ text, starts: expected });
          return;
        }
        expect({ text, ...iterateRule(spec, options) }).toEqual({ text, ...iterateRule({ ...spec, native: null }, options) });
      }),
      { numRuns: 400 },
    );
  });
});

function daysOf(year: number, month: number, day: number): number {
  return Math.floor(wallToLocalMillis({ year, month, day, hour: 0, minute: 0, second: 0 }) / 86_400_000);
}

describe('rrule 2.8.1 loses MONTHLY rules with plain and ordinal weekdays mixed; the native generator takes them', () => {
  // RFC 5545 §3.3.10: BYDAY=SU,5TU in a MONTHLY rule is every Sunday and the fifth Tuesday of each
  // month. rrule yields none of them, so a meeting written that way lost every instance but DTSTART.
  test('FREQ=MONTHLY;BYDAY=SU,5TU;COUNT=3 from Tuesday 1 January 2019 gives 1, 6 and 13 January', () => {
    const spec = parseRule('FREQ=MONTHLY;BYDAY=SU,5TU;COUNT=3');
    if ('error' in spec) throw new Error(spec.error);
    const start = wallToLocalMillis({ year: 2019, month: 1, day: 1, hour: 9, minute: 0, second: 0 });
    const { starts } = iterateRule(spec, { start, dateOnly: false, until: null, notBefore: start, stopAfter: start + 100 * 86_400_000, maxSteps: 1000, maxStarts: 1000 });
    expect(starts.map((ms) => new Date(ms).toISOString().slice(0, 10))).toEqual(['2019-01-01', '2019-01-06', '2019-01-13']);
  });
});
