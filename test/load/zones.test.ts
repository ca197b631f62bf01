import { calendar, codes, event, load, starts } from '../helpers/ics.js';
import { ianaZone, isIanaZone, wallToInstant } from '../../src/load/zones.js';
import { DateTime, IANAZone } from 'luxon';
import { windowsZoneToIana } from '../../src/load/windows-zones.js';

const wall = (year: number, month: number, day: number, hour: number, minute = 0) => ({ year, month, day, hour, minute, second: 0 });
const iso = (ms: number) => new Date(ms).toISOString();

describe('wallToInstant (RFC 5545 §3.3.5)', () => {
  const ny = ianaZone('America/New_York');
  test('a time skipped by the spring-forward gap is read with the offset before the gap: 02:30 → 03:30 EDT', () => {
    expect(iso(wallToInstant(ny, wall(2022, 3, 13, 2, 30)))).toBe('2022-03-13T07:30:00.000Z');
  });
  test('a time repeated by the fall-back overlap is the first occurrence (EDT), unlike luxon and ical.js', () => {
    expect(iso(wallToInstant(ny, wall(2022, 11, 6, 1, 30)))).toBe('2022-11-06T05:30:00.000Z');
  });
  test('Asia/Shanghai has no DST: 09:00 is 01:00 UTC all year', () => {
    expect(iso(wallToInstant(ianaZone('Asia/Shanghai'), wall(2022, 7, 1, 9)))).toBe('2022-07-01T01:00:00.000Z');
  });
});

describe('windowsZoneToIana', () => {
  test.each([
    ['China Standard Time', 'Asia/Shanghai'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['New Zealand Standard Time', 'Pacific/Auckland'],
    ['(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi', 'Asia/Shanghai'],
    ['Kuala Lumpur\\, Singapore', 'Asia/Singapore'],
    ['Canberra, Melbourne, Sydney', 'Australia/Sydney'],
  ])('%s → %s', (name, zone) => expect(windowsZoneToIana(name)).toBe(zone));
  test('a non-Windows name is not guessed', () => expect(windowsZoneToIana('Customized Time Zone')).toBeNull());
});

describe('TZID resolution while loading', () => {
  test('Outlook\'s "China Standard Time" maps to Asia/Shanghai, reported once as info', () => {
    const result = load(calendar([
      ...event('UID:a', 'DTSTART;TZID="China Standard Time":20220510T090000', 'DTEND;TZID="China Standard Time":20220510T100000'),
      ...event('UID:b', 'DTSTART;TZID="China Standard Time":20220511T090000'),
    ]));
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00', '2022-05-11T09:00:00+08:00']);
    expect(result.occurrences[0]!.start.zoneName).toBe('Asia/Shanghai');
    expect(codes(result)).toEqual(['windows-tzid-mapped']);
  });

  test('an unknown TZID without VTIMEZONE is read in the default zone and reported — never floating or UTC', () => {
    const result = load(calendar(event('DTSTART;TZID=LOLOLOL:20220510T090000')), { defaultZone: 'Asia/Shanghai' });
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00']);
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'unknown-tzid', severity: 'warning', source: { file: 'test.ics', line: 7 }, data: { tzid: 'LOLOLOL', zone: 'Asia/Shanghai' } }),
    ]);
  });

  test.each([
    ['"GMT+08:00"', '2022-05-10T01:00:00.000Z', 'UTC+8'],
    ['"GMT+0800"', '2022-05-10T01:00:00.000Z', 'UTC+8'],
    ['UTC+8', '2022-05-10T01:00:00.000Z', 'UTC+8'],
    ['"GMT-05:30"', '2022-05-10T14:30:00.000Z', 'UTC-5:30'],
    // Unquoted, against RFC 5545 §3.2 (a ':' in a parameter value must be quoted): read all the same.
    ['GMT+08:00', '2022-05-10T01:00:00.000Z', 'UTC+8'],
  ])('a TZID spelling an offset (%s) is that fixed offset, whatever the default zone (QB-4)', (tzid, instant, zone) => {
    const result = load(calendar(event(`DTSTART;TZID=${tzid}:20220510T090000`)), { defaultZone: 'Europe/Berlin' });
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe(instant);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'offset-tzid', severity: 'info', data: { tzid: tzid.replace(/"/gu, ''), zone } })]);
  });

  test.each([
    ['"(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐"', 'windows-tzid-mapped', 'Asia/Shanghai'],
    ['中国标准时间', 'windows-tzid-mapped', 'Asia/Shanghai'],
    ['"(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi (localised elsewhere)"', 'offset-tzid', 'UTC+5:30'],
  ])('Chinese Windows names, and an unknown display name by its offset: %s', (tzid, code, zone) => {
    const result = load(calendar(event(`DTSTART;TZID=${tzid}:20220510T090000`)), { defaultZone: 'Europe/Berlin' });
    expect(result.problems).toEqual([expect.objectContaining({ code, data: expect.objectContaining({ zone }) })]);
  });

  test('TZID=CST in a Beijing calendar is China Standard Time, with a warning naming US Central time (QB-28)', () => {
    const result = load(calendar(event('DTSTART;TZID=CST:20220510T090000')), { defaultZone: 'Asia/Shanghai' });
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T01:00:00.000Z');
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'ambiguous-tzid', severity: 'warning', data: { tzid: 'CST', zone: 'Asia/Shanghai', other: 'America/Chicago' } }),
    ]);
  });

  test('TZID=CST elsewhere is US Central time, still with the warning; EST keeps its database meaning with a warning', () => {
    const cst = load(calendar(event('DTSTART;TZID=CST:20220510T090000')), { defaultZone: 'Europe/Berlin' });
    expect(cst.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T14:00:00.000Z');
    expect(cst.problems).toEqual([expect.objectContaining({ code: 'ambiguous-tzid', data: { tzid: 'CST', zone: 'America/Chicago', other: 'Asia/Shanghai' } })]);
    const est = load(calendar(event('DTSTART;TZID=EST:20220510T090000')), { defaultZone: 'Asia/Shanghai' });
    expect(est.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T14:00:00.000Z');
    expect(codes(est)).toEqual(['ambiguous-tzid']);
  });

  test('X-WR-TIMEZONE:CST makes floating times China Standard Time in a Beijing calendar', () => {
    const text = calendar(event('DTSTART:20220510T090000')).replace('VERSION:2.0', 'VERSION:2.0\r\nX-WR-TIMEZONE:CST');
    const result = load(text, { defaultZone: 'Asia/Shanghai' });
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T01:00:00.000Z');
    expect(codes(result)).toEqual(['ambiguous-tzid']);
  });

  test('an offset beyond ±14:00 is no zone: unknown, read in the default zone', () => {
    const result = load(calendar(event('DTSTART;TZID="GMT+25:00":20220510T090000')), { defaultZone: 'Asia/Shanghai' });
    expect(codes(result)).toEqual(['unknown-tzid']);
  });

  test('a VTIMEZONE named like an offset is read from its own rules, not from its name', () => {
    const vtimezone = ['BEGIN:VTIMEZONE', 'TZID:GMT+0800', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'END:STANDARD', 'END:VTIMEZONE'];
    const result = load(calendar([...vtimezone, ...event('DTSTART;TZID=GMT+0800:20220510T090000')]));
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T00:00:00.000Z');
  });

  test('a custom VTIMEZONE (Exchange "Customized Time Zone") is used from its own rules', () => {
    const vtimezone = [
      'BEGIN:VTIMEZONE', 'TZID:Customized Time Zone',
      'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+0930', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+0930', 'TZOFFSETTO:+1000', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10', 'END:DAYLIGHT',
      'END:VTIMEZONE',
    ];
    const result = load(calendar([...vtimezone, ...event('DTSTART;TZID=Customized Time Zone:20220110T090000', 'DTEND;TZID=Customized Time Zone:20220110T100000')]));
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-01-09T23:00:00.000Z');
    expect(result.occurrences[0]!.start.zoneName).toBe('Customized Time Zone');
    expect(codes(result)).toEqual([]);
  });

  test('floating times use X-WR-TIMEZONE when the calendar states one', () => {
    const result = load(calendar(event('DTSTART:20220510T090000'), ['X-WR-TIMEZONE:Europe/Berlin']));
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+02:00']);
    expect(result.calendar.defaultZone).toBe('Europe/Berlin');
  });

  test('floating times use the caller\'s default zone (Asia/Shanghai by default), not the host zone', () => {
    expect(starts(load(calendar(event('DTSTART:20220510T090000'))))).toEqual(['2022-05-10T09:00:00+08:00']);
  });

  test('a stray TZID property inside a VEVENT (OA export) zones its floating times and is reported', () => {
    const result = load(calendar(event('TZID:Europe/Berlin', 'DTSTART:20220510T090000')));
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+02:00']);
    expect(codes(result)).toEqual(['stray-tzid-property']);
  });

  test('an empty TZID is reported and read in the default zone', () => {
    const result = load(calendar(event('DTSTART;TZID=:20220510T090000')));
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00']);
    expect(codes(result)).toEqual(['empty-tzid']);
  });

  test('a vendor-prefixed IANA TZID (/mozilla.org/…/Europe/Berlin) is the IANA zone', () => {
    expect(starts(load(calendar(event('DTSTART;TZID=/mozilla.org/20050126_1/Europe/Berlin:20220510T090000'))))).toEqual(['2022-05-10T09:00:00+02:00']);
  });
});

test('OWA\'s "(UTC-05:00) Eastern Time (US and Canada)" is the same zone as "(US & Canada)"', () => {
  expect(windowsZoneToIana('(UTC-05:00) Eastern Time (US and Canada)')).toBe('America/New_York');
});

test('a floatingZone stated by the caller wins over the file\'s X-WR-TIMEZONE; defaultZone does not', () => {
  const ics = calendar(event('DTSTART:20220510T090000'), ['X-WR-TIMEZONE:Europe/Berlin']);
  expect(starts(load(ics, { defaultZone: 'Asia/Shanghai' }))).toEqual(['2022-05-10T09:00:00+02:00']);
  expect(starts(load(ics, { floatingZone: 'Asia/Shanghai' }))).toEqual(['2022-05-10T09:00:00+08:00']);
});

describe('isIanaZone (remembered per name)', () => {
  test.each([
    ['Asia/Shanghai', true],
    ['America/New_York', true],
    ['China Standard Time', false],
    ['', false],
    ['Asia/Shanghai ', false],
  ])('%j → %s, the same when asked again', (name, valid) => {
    expect(isIanaZone(name)).toBe(valid);
    expect(isIanaZone(name)).toBe(valid);
  });
});

describe('ianaZone offsets (remembered per day without a transition, per minute with one)', () => {
  // Transition days and their neighbours: DST both ways, a 30-minute DST, a skipped calendar day,
  // China's DST of 1986–1991, a base-offset change, and transitions at local midnight.
  const cases: readonly [string, string][] = [
    ['America/New_York', '2022-03-12'],
    ['America/New_York', '2022-11-05'],
    ['Europe/London', '2022-03-26'],
    ['Australia/Lord_Howe', '2022-04-02'],
    ['Pacific/Apia', '2011-12-28'],
    ['Asia/Shanghai', '1991-04-13'],
    ['Asia/Shanghai', '1991-09-14'],
    ['Europe/Moscow', '2014-10-25'],
    ['America/Santiago', '2022-09-10'],
    ['Asia/Tehran', '2022-03-20'],
  ];

  test.each(cases)('%s around %s: every 5 minutes over four days, as luxon computes them', (name, day) => {
    const zone = ianaZone(name);
    const reference = IANAZone.create(name);
    const from = DateTime.fromISO(`${day}T00:00:00Z`).toMillis() - 86_400_000;
    const differences: string[] = [];
    let transitions = 0;
    for (let ts = from; ts < from + 4 * 86_400_000; ts += 5 * 60_000) {
      if (reference.offset(ts) !== reference.offset(ts - 5 * 60_000)) transitions += 1;
      if (zone.offset(ts) !== reference.offset(ts)) differences.push(new Date(ts).toISOString());
    }
    expect(differences).toEqual([]);
    expect(transitions).toBeGreaterThan(0);
  });
});
