import { calendar, codes, event, load, starts, windowOf } from '../helpers/ics.js';

const SH = 'TZID=Asia/Shanghai';

describe('recurrence expansion', () => {
  test('a weekly meeting with an EXDATE written in UTC removes the Shanghai instance at that instant', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220502T090000`, `DTEND;${SH}:20220502T100000`, 'RRULE:FREQ=WEEKLY;COUNT=4', 'EXDATE:20220509T010000Z')));
    expect(starts(result)).toEqual(['2022-05-02T09:00:00+08:00', '2022-05-16T09:00:00+08:00', '2022-05-23T09:00:00+08:00']);
    expect(result.occurrences.map((o) => o.recurrenceId)).toEqual(['2022-05-02T01:00:00Z', '2022-05-16T01:00:00Z', '2022-05-23T01:00:00Z']);
  });

  test('an EXDATE given as a DATE against a DATE-TIME series removes the instance on that local date (Exchange)', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=DAILY;COUNT=3', 'EXDATE;VALUE=DATE:20220503')));
    expect(starts(result)).toEqual(['2022-05-02T09:00:00+08:00', '2022-05-04T09:00:00+08:00']);
  });

  test('a RECURRENCE-ID written in another zone finds its instance and moves it', () => {
    const result = load(calendar([
      ...event(`DTSTART;${SH}:20220502T090000`, `DTEND;${SH}:20220502T100000`, 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:区政府常务会议'),
      ...event('RECURRENCE-ID;TZID=Europe/Berlin:20220509T030000', `DTSTART;${SH}:20220510T140000`, `DTEND;${SH}:20220510T160000`, 'SUMMARY:区政府常务会议（改期）'),
    ]));
    expect(starts(result)).toEqual(['2022-05-02T09:00:00+08:00', '2022-05-10T14:00:00+08:00', '2022-05-16T09:00:00+08:00']);
    expect(result.occurrences[1]).toMatchObject({ summary: '区政府常务会议（改期）', recurrenceId: '2022-05-09T01:00:00Z' });
    expect(result.occurrences[1]!.end.toISO({ suppressMilliseconds: true })).toBe('2022-05-10T16:00:00+08:00');
  });

  test('a cancelled override is kept and flagged (status cancelled, busy free), not dropped', () => {
    const result = load(calendar([
      ...event(`DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=WEEKLY;COUNT=2'),
      ...event(`RECURRENCE-ID;${SH}:20220509T090000`, `DTSTART;${SH}:20220509T090000`, 'STATUS:CANCELLED'),
    ]));
    expect(result.occurrences.map((o) => [o.status, o.busy])).toEqual([[null, 'busy'], ['cancelled', 'free']]);
  });

  test('RANGE=THISANDFUTURE shifts that instance and every later one, with the override\'s fields', () => {
    const result = load(calendar([
      ...event(`DTSTART;${SH}:20220502T090000`, `DTEND;${SH}:20220502T100000`, 'RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:周例会'),
      ...event(`RECURRENCE-ID;RANGE=THISANDFUTURE;${SH}:20220516T090000`, `DTSTART;${SH}:20220516T150000`, `DTEND;${SH}:20220516T170000`, 'SUMMARY:周例会（下午）'),
    ]));
    expect(starts(result)).toEqual(['2022-05-02T09:00:00+08:00', '2022-05-09T09:00:00+08:00', '2022-05-16T15:00:00+08:00', '2022-05-23T15:00:00+08:00']);
    expect(result.occurrences.map((o) => o.summary)).toEqual(['周例会', '周例会', '周例会（下午）', '周例会（下午）']);
    expect(result.occurrences[3]!.end.diff(result.occurrences[3]!.start, 'hours').hours).toBe(2);
  });

  test('DTSTART always counts as the first instance, even when the rule would not produce it (RFC 5545 §3.8.5.3)', () => {
    // 10 May 2022 is a Tuesday; the rule names Mondays and Wednesdays.
    const result = load(calendar(event(`DTSTART;${SH}:20220510T090000`, 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4')));
    expect(starts(result).map((s) => s.slice(0, 10))).toEqual(['2022-05-10', '2022-05-11', '2022-05-16', '2022-05-18']);
  });

  test('several instances on one day are never collapsed', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220510T090000`, 'RRULE:FREQ=DAILY;BYHOUR=9,14;COUNT=4')));
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00', '2022-05-10T14:00:00+08:00', '2022-05-11T09:00:00+08:00', '2022-05-11T14:00:00+08:00']);
  });

  test('UNTIL as a DATE against a zoned DATE-TIME start includes that whole day (Google)', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=DAILY;UNTIL=20220504')));
    expect(starts(result).map((s) => s.slice(0, 10))).toEqual(['2022-05-02', '2022-05-03', '2022-05-04']);
  });

  test('UNTIL in UTC is compared as an instant: 20220504T010000Z includes the Shanghai 09:00 of 4 May', () => {
    expect(starts(load(calendar(event(`DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=DAILY;UNTIL=20220504T010000Z')))).length).toBe(3);
  });

  test('UNTIL without Z against a zoned start is read in the start\'s zone', () => {
    expect(starts(load(calendar(event('DTSTART;TZID=America/New_York:20220502T190000', 'RRULE:FREQ=DAILY;UNTIL=20220504T190000')))).length).toBe(3);
  });

  test('a daily 09:00 meeting in New York stays at 09:00 local across the DST change', () => {
    const result = load(calendar(event('DTSTART;TZID=America/New_York:20220311T090000', 'DTEND;TZID=America/New_York:20220311T100000', 'RRULE:FREQ=DAILY;COUNT=3')));
    expect(starts(result)).toEqual(['2022-03-11T09:00:00-05:00', '2022-03-12T09:00:00-05:00', '2022-03-13T09:00:00-04:00']);
    expect(result.occurrences.map((o) => o.end.diff(o.start, 'minutes').minutes)).toEqual([60, 60, 60]);
  });

  test('a missing DTEND: a DATE lasts one day, a DATE-TIME has zero length (RFC 5545 §3.6.1)', () => {
    const result = load(calendar([...event('UID:d', 'DTSTART;VALUE=DATE:20220510'), ...event('UID:t', `DTSTART;${SH}:20220510T090000`)]));
    const [allDay, timed] = [result.occurrences.find((o) => o.uid === 'd')!, result.occurrences.find((o) => o.uid === 't')!];
    expect([allDay.allDay, allDay.start.toISODate(), allDay.end.toISODate()]).toEqual([true, '2022-05-10', '2022-05-11']);
    expect(timed.end.equals(timed.start)).toBe(true);
  });

  test('DURATION sets the length; P1D on a date-time is a calendar day', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220510T090000`, 'DURATION:PT1H30M')));
    expect(result.occurrences[0]!.end.toISO({ suppressMilliseconds: true })).toBe('2022-05-10T10:30:00+08:00');
  });

  test('RDATE adds instances, including PERIODs with their own end', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220502T090000`, `DTEND;${SH}:20220502T100000`, `RDATE;VALUE=PERIOD;${SH}:20220503T140000/20220503T170000`, `RDATE;${SH}:20220504T090000`)));
    expect(starts(result)).toEqual(['2022-05-02T09:00:00+08:00', '2022-05-03T14:00:00+08:00', '2022-05-04T09:00:00+08:00']);
    expect(result.occurrences[1]!.end.toISO({ suppressMilliseconds: true })).toBe('2022-05-03T17:00:00+08:00');
  });

  test('an unbounded rule from 2010 stops at the window and gives the same instances as iterating from DTSTART', () => {
    const ics = calendar(event(`DTSTART;${SH}:20100104T090000`, 'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH'));
    const windowed = load(ics, { window: windowOf('2022-05-01', '2022-06-01') });
    const counted = load(ics.replace('BYDAY=MO,TH', 'BYDAY=MO,TH;COUNT=2000'), { window: windowOf('2022-05-01', '2022-06-01') });
    expect(starts(windowed).length).toBeGreaterThan(0);
    expect(starts(windowed)).toEqual(starts(counted));
  });

  test('the per-calendar cap stops expansion with a warning naming the cap', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220101T090000`, 'RRULE:FREQ=HOURLY')), { maxOccurrences: 50 });
    expect(result.occurrences).toHaveLength(50);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'occurrence-cap', data: { limit: 50 } }));
  });

  test('an invalid RRULE keeps the event as its first occurrence, with a warning at the RRULE line', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=FORTNIGHTLY;COUNT=3')));
    expect(starts(result)).toEqual(['2022-05-02T09:00:00+08:00']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'invalid-rrule', source: { file: 'test.ics', line: 8 } })]);
  });

  test('an override whose series is absent is loaded as a single event with a warning', () => {
    const result = load(calendar(event(`RECURRENCE-ID;${SH}:20220509T090000`, `DTSTART;${SH}:20220509T100000`)));
    expect(starts(result)).toEqual(['2022-05-09T10:00:00+08:00']);
    expect(codes(result)).toEqual(['orphan-override']);
  });

  test('an override that is also in EXDATE is still shown: EXDATE removes the original slot only (Apple iCal)', () => {
    const result = load(calendar([
      ...event('DTSTART;VALUE=DATE:20220502', 'RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE;VALUE=DATE:20220509'),
      ...event('RECURRENCE-ID;VALUE=DATE:20220509', 'DTSTART;VALUE=DATE:20220510', 'SUMMARY:moved'),
    ]));
    expect(starts(result)).toEqual(['2022-05-02', '2022-05-10', '2022-05-16']);
  });

  test('a monthly rule on the 31st skips months without one; BYMONTHDAY=30 in February never rolls into March', () => {
    expect(starts(load(calendar(event(`DTSTART;${SH}:20220131T090000`, 'RRULE:FREQ=MONTHLY;COUNT=3')))).map((s) => s.slice(0, 10))).toEqual(['2022-01-31', '2022-03-31', '2022-05-31']);
    expect(starts(load(calendar(event(`DTSTART;${SH}:20200130T090000`, 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3')), { window: windowOf('2020-01-01', '2026-01-01') }))).toEqual(['2020-01-30T09:00:00+08:00']);
  });
});

describe('regressions found by the differential test against recurring-ical-events', () => {
  test('29 February yearly is skipped in other years, not rolled into 1 March (RFC 5545 §3.3.10)', () => {
    const result = load(calendar(event('DTSTART;VALUE=DATE:20040229', 'RRULE:FREQ=YEARLY;UNTIL=20091231')), { window: windowOf('2000-01-01', '2030-01-01') });
    expect(starts(result)).toEqual(['2004-02-29', '2008-02-29']);
  });

  test('UNTIL in ISO 8601 extended form is read as meant, with an info (QA26-1)', () => {
    for (const until of ['2022-05-24', '2022-05-24T01:00:00Z', '2022-05-24T09:00:00']) {
      const result = load(calendar(event(`DTSTART;${SH}:20220510T090000`, `RRULE:FREQ=WEEKLY;UNTIL=${until}`)), { window: windowOf('2022-05-01', '2022-07-01') });
      expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00', '2022-05-17T09:00:00+08:00', '2022-05-24T09:00:00+08:00']);
      expect(result.problems).toEqual([expect.objectContaining({ code: 'nonstandard-until', severity: 'info', data: { until, read: until.replace(/[-:]/g, '') } })]);
    }
  });

  test('a zero in BYMONTHDAY, BYYEARDAY, BYWEEKNO or BYSETPOS makes the rule invalid: the first occurrence, reported (QA26-20)', () => {
    for (const rule of ['FREQ=MONTHLY;BYMONTHDAY=0', 'FREQ=MONTHLY;BYMONTHDAY=1,-0', 'FREQ=YEARLY;BYYEARDAY=0', 'FREQ=YEARLY;BYWEEKNO=0', 'FREQ=MONTHLY;BYSETPOS=0;BYDAY=MO']) {
      const result = load(calendar(event(`DTSTART;${SH}:20220502T090000`, `RRULE:${rule}`)), { window: windowOf('2022-05-01', '2023-01-01') });
      expect(starts(result)).toEqual(['2022-05-02T09:00:00+08:00']);
      expect(codes(result)).toEqual(['invalid-rrule']);
    }
    // 10, 20, -30 are values.
    expect(codes(load(calendar(event(`DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=MONTHLY;BYMONTHDAY=10,20,-30'))))).toEqual([]);
  });

  test('an UNTIL that cannot be read makes the rule invalid: the first occurrence only, never an unbounded series (QA26-1)', () => {
    for (const until of ['junk', '', '2022-13-01', '20220532']) {
      const result = load(calendar(event(`DTSTART;${SH}:20220510T090000`, `RRULE:FREQ=WEEKLY;UNTIL=${until}`)), { window: windowOf('2022-05-01', '2022-07-01') });
      expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00']);
      expect(codes(result)).toEqual(['invalid-rrule']);
    }
  });

  test('RSCALE=CHINESE (lunar) is not expanded as Gregorian: first occurrence only, reported', () => {
    const result = load(calendar(event('DTSTART;VALUE=DATE:20220201', 'SUMMARY:春节', 'RRULE:RSCALE=CHINESE;FREQ=YEARLY')));
    expect(starts(result)).toEqual(['2022-02-01']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'unsupported-rscale', data: expect.objectContaining({ rscale: 'CHINESE' }) })]);
  });

  test('two masters with one UID: the higher SEQUENCE wins and the other is skipped, so nothing is doubled', () => {
    const result = load(calendar([
      ...event('UID:u', 'SEQUENCE:2', `DTSTART;TZID=Asia/Shanghai:20220502T090000`, 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:new'),
      ...event('UID:u', 'SEQUENCE:1', `DTSTART;TZID=Asia/Shanghai:20220502T090000`, 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:old'),
    ]));
    expect(result.occurrences.map((o) => o.summary)).toEqual(['new', 'new']);
    expect(new Set(result.occurrences.map((o) => o.key)).size).toBe(2);
    expect(result.skipped).toEqual([expect.objectContaining({ code: 'duplicate-uid', uid: 'u', source: { file: 'test.ics', line: 12 } })]);
    expect(result.counts).toEqual({ components: 2, loaded: 1, skipped: 1 });
  });
});

test('an override with RECURRENCE-ID and STATUS:CANCELLED but no DTSTART cancels that instance (read at its original time)', () => {
  const result = load(calendar([
    ...event('DTSTART;TZID=Asia/Shanghai:20220502T090000', 'DTEND;TZID=Asia/Shanghai:20220502T100000', 'RRULE:FREQ=WEEKLY;COUNT=2'),
    ...event('RECURRENCE-ID;TZID=Asia/Shanghai:20220509T090000', 'STATUS:CANCELLED'),
  ]));
  expect(result.occurrences.map((o) => [o.start.toISO({ suppressMilliseconds: true }), o.status])).toEqual([
    ['2022-05-02T09:00:00+08:00', null],
    ['2022-05-09T09:00:00+08:00', 'cancelled'],
  ]);
  expect(result.occurrences[1]!.end.diff(result.occurrences[1]!.start, 'minutes').minutes).toBe(60);
  expect(result.problems.map((p) => p.code)).toEqual(['override-without-dtstart']);
});

describe('rules ical.js gets wrong are generated by rrule (RFC 5545 §3.8.5.3 examples)', () => {
  test('Monday of week number 20, yearly: 12 May 1997, 11 May 1998, 17 May 1999', () => {
    const result = load(calendar(event('DTSTART;TZID=America/New_York:19970512T090000', 'RRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO')), {
      window: windowOf('1997-01-01', '2000-01-01'),
    });
    expect(starts(result)).toEqual(['1997-05-12T09:00:00-04:00', '1998-05-11T09:00:00-04:00', '1999-05-17T09:00:00-04:00']);
    expect(codes(result)).toEqual([]);
  });

  test('every 20th Monday of the year: 19 May 1997, 18 May 1998, 17 May 1999', () => {
    const result = load(calendar(event('DTSTART;TZID=America/New_York:19970519T090000', 'RRULE:FREQ=YEARLY;BYDAY=20MO')), {
      window: windowOf('1997-01-01', '2000-01-01'),
    });
    expect(starts(result)).toEqual(['1997-05-19T09:00:00-04:00', '1998-05-18T09:00:00-04:00', '1999-05-17T09:00:00-04:00']);
  });

  test('a BYWEEKNO rule with COUNT counts DTSTART first and stops', () => {
    const result = load(calendar(event('DTSTART;TZID=Asia/Shanghai:20220103T090000', 'RRULE:FREQ=YEARLY;BYWEEKNO=1,27;BYDAY=MO;COUNT=3')), {
      window: windowOf('2022-01-01', '2026-01-01'),
    });
    expect(starts(result)).toEqual(['2022-01-03T09:00:00+08:00', '2022-07-04T09:00:00+08:00', '2023-01-02T09:00:00+08:00']);
  });
});

describe('SEQUENCE on occurrences (RFC 5545 §3.8.7.4)', () => {
  test('each occurrence carries the SEQUENCE of the component that produced it: the master\'s, or its override\'s', () => {
    const result = load(calendar([
      ...event('UID:s', 'SEQUENCE:2', `DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=WEEKLY;COUNT=3'),
      ...event('UID:s', `RECURRENCE-ID;${SH}:20220509T090000`, 'SEQUENCE:5', `DTSTART;${SH}:20220509T140000`),
    ]));
    expect(result.occurrences.map((o) => o.sequence)).toEqual([2, 5, 2]);
  });

  test('an absent SEQUENCE reads as 0, the value of a component never revised', () => {
    const result = load(calendar(event('UID:n', `DTSTART;${SH}:20220502T090000`)));
    expect(result.occurrences.map((o) => o.sequence)).toEqual([0]);
  });
});

describe('UTC DATE-TIME EXDATE and RECURRENCE-ID against an all-day series (QA26-6)', () => {
  const series = (...extra: string[]) => calendar(event('DTSTART;VALUE=DATE:20220503', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:学习日', ...extra));

  test('local midnight written in UTC (Exchange bridges) names the day in the calendar zone', () => {
    expect(starts(load(series('EXDATE:20220509T160000Z')))).toEqual(['2022-05-03', '2022-05-17']);
  });

  test('00:00Z (Google) names its UTC day', () => {
    expect(starts(load(series('EXDATE:20220510T000000Z')))).toEqual(['2022-05-03', '2022-05-17']);
  });

  test('the other reading is taken when only it names an instance', () => {
    // 20220510T100000Z is 10 May 18:00 in Shanghai either way; 20220516T200000Z is 17 May in Shanghai but 16 May in UTC.
    expect(starts(load(series('EXDATE:20220516T200000Z')))).toEqual(['2022-05-03', '2022-05-10']);
    // An instant whose Shanghai day is not an instance, while its UTC day is: 20220502T170000Z is 3 May 01:00 in Shanghai.
    const utcDay = load(calendar(event('DTSTART;VALUE=DATE:20220502', 'RRULE:FREQ=WEEKLY;COUNT=2', 'EXDATE:20220502T170000Z')));
    expect(starts(utcDay)).toEqual(['2022-05-09']);
  });

  test('an override named the Exchange way moves its day instead of adding one', () => {
    const result = load(calendar([
      ...event('UID:s', 'DTSTART;VALUE=DATE:20220503', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:学习日'),
      ...event('UID:s', 'RECURRENCE-ID:20220509T160000Z', 'DTSTART;VALUE=DATE:20220511', 'SUMMARY:学习日（调整）'),
    ]));
    expect(starts(result)).toEqual(['2022-05-03', '2022-05-11', '2022-05-17']);
    expect(result.occurrences[1]!.recurrenceId).toBe('2022-05-10');
  });
});

describe('problem data quote times on the clock they were written on (QA26-12)', () => {
  test('end-before-start and orphan-override', () => {
    const backwards = load(calendar(event(`DTSTART;${SH}:20220510T090000`, `DTEND;${SH}:20220510T080000`)));
    expect(backwards.problems.map((p) => p.data)).toEqual([{ start: '2022-05-10T09:00:00+08:00', end: '2022-05-10T08:00:00+08:00' }]);
    const utc = load(calendar(event('DTSTART:20220510T090000Z', 'DTEND:20220510T080000Z')));
    expect(utc.problems.map((p) => p.data)).toEqual([{ start: '2022-05-10T09:00:00Z', end: '2022-05-10T08:00:00Z' }]);
    const orphan = load(calendar(event(`RECURRENCE-ID;TZID=America/New_York:20220517T150000`, `DTSTART;${SH}:20220519T150000`)));
    expect(orphan.problems.map((p) => p.data)).toEqual([{ recurrenceId: '2022-05-17T15:00:00-04:00' }]);
    // The occurrence's own recurrence id stays the canonical UTC form used in keys.
    expect(orphan.occurrences[0]!.recurrenceId).toBe('2022-05-17T19:00:00Z');
  });
});

describe('DTEND and DURATION corners (RFC 5545 §3.6.1, §3.8.2.5; QB-5)', () => {
  const SH = 'TZID=Asia/Shanghai';

  test('a negative DURATION: zero length, and the problem names the end it implies (08:00), not the start', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220502T090000`, 'DURATION:-PT1H')));
    expect(result.occurrences.map((o) => o.end.toMillis() - o.start.toMillis())).toEqual([0]);
    expect(result.problems.map((p) => [p.code, p.data])).toEqual([
      ['end-before-start', { start: '2022-05-02T09:00:00+08:00', end: '2022-05-02T08:00:00+08:00' }],
    ]);
  });

  test('a negative DURATION of days on a DATE names the earlier date', () => {
    const result = load(calendar(event('DTSTART;VALUE=DATE:20220502', 'DURATION:-P2D')));
    expect(result.problems.map((p) => [p.code, p.data])).toEqual([['end-before-start', { start: '2022-05-02', end: '2022-04-30' }]]);
  });

  test('DTEND and DURATION together: DTEND is used, the DURATION reported on its line', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220504T090000`, `DTEND;${SH}:20220504T100000`, 'DURATION:PT3H')));
    expect(result.occurrences.map((o) => o.end.toISO({ suppressMilliseconds: true }))).toEqual(['2022-05-04T10:00:00+08:00']);
    expect(result.problems.map((p) => [p.code, p.severity, 'line' in p.source ? p.source.line : 0, p.data])).toEqual([
      ['dtend-and-duration', 'warning', 9, { dtend: '20220504T100000', duration: 'PT3H' }],
    ]);
  });

  test('an unreadable DTEND with a DURATION: the DURATION is used, only the bad DTEND is reported', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220504T090000`, 'DTEND:sometime', 'DURATION:PT3H')));
    expect(result.occurrences.map((o) => o.end.hour)).toEqual([12]);
    expect(codes(result)).toEqual(['invalid-date-value']);
  });
});
