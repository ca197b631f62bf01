/**
 * A weekly 常务会议 with the overrides Exchange writes (moved, cancelled, EXDATE'd instances), and the
 * same meeting on two offices' calendars: the checker must name the instance, and not count copies twice.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const cfg = {
  timezone: 'Asia/Shanghai',
  window: { from: '2022-05-01', to: '2022-05-31' },
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
  people,
  rules: [
    { id: 'people', kind: 'no-double-booking' },
    { id: 'rooms', kind: 'venue' },
  ],
};

const att = 'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:liming@jb.gov.example';
/** Tuesdays 15:00–17:00 (3, 10, 17, 24, 31 May), with overrides given as extra VEVENTs. */
function weekly(seriesExtra: string[], overrides: string[][]): string {
  return vcalendar([
    'BEGIN:VEVENT',
    'UID:cwhy-weekly',
    'DTSTAMP:20220401T000000Z',
    'DTSTART;TZID=China Standard Time:20220503T150000',
    'DTEND;TZID=China Standard Time:20220503T170000',
    'RRULE:FREQ=WEEKLY;BYDAY=TU',
    'SUMMARY:区政府常务会议',
    'LOCATION:区政府大楼第一会议室',
    att,
    ...seriesExtra,
    'END:VEVENT',
    ...overrides.flatMap((o) => [
      'BEGIN:VEVENT',
      'UID:cwhy-weekly',
      'DTSTAMP:20220401T000000Z',
      'SUMMARY:区政府常务会议',
      'LOCATION:区政府大楼第一会议室',
      att,
      ...o,
      'END:VEVENT',
    ]),
  ]);
}

function mayor(start: string, end: string, uid = 'delegation'): string {
  return vcalendar([
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20220401T000000Z',
    `DTSTART;TZID=Asia/Shanghai:${start}`,
    `DTEND;TZID=Asia/Shanghai:${end}`,
    'SUMMARY:接待省考察团',
    'END:VEVENT',
  ]);
}

describe('weekly meeting with overrides', () => {
  test('an instance moved to Thursday 19 May lands on another meeting → the finding names its RECURRENCE-ID', () => {
    const report = run(cfg, {
      'gov.ics': weekly([], [[
        'RECURRENCE-ID;TZID=China Standard Time:20220517T150000',
        'DTSTART;TZID=China Standard Time:20220519T150000',
        'DTEND;TZID=China Standard Time:20220519T170000',
      ]]),
      'mayor.ics': mayor('20220519T160000', '20220519T170000'),
    });
    const db = ofKind(report, 'double-booking');
    expect(db).toHaveLength(1);
    expect(db[0]!.people).toEqual(['li']);
    const moved = db[0]!.occurrences.find((o) => o.uid === 'cwhy-weekly')!;
    // recurrenceId is the original start as a UTC instant (model/occurrence.ts): 17 May 15:00 +08:00.
    expect(moved.recurrenceId).toBe('2022-05-17T07:00:00Z');
    expect(moved.start).toMatch(/^2022-05-19T15:00:00/);
    expect(report.summary.occurrences).toBe(6); // 5 Tuesdays (one moved) + the delegation
  });

  test('the old slot of a moved instance is free → a meeting there is no conflict', () => {
    const report = run(cfg, {
      'gov.ics': weekly([], [[
        'RECURRENCE-ID;TZID=China Standard Time:20220517T150000',
        'DTSTART;TZID=China Standard Time:20220519T150000',
        'DTEND;TZID=China Standard Time:20220519T170000',
      ]]),
      'mayor.ics': mayor('20220517T150000', '20220517T170000'),
    });
    expect(digest(report)).toEqual([]);
  });

  test('the overlapping instance is removed by EXDATE (in UTC, as Exchange writes it) → nothing', () => {
    const report = run(cfg, {
      'gov.ics': weekly(['EXDATE:20220510T070000Z'], []),
      'mayor.ics': mayor('20220510T150000', '20220510T160000'),
    });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(5);
  });

  test('the overlapping instance is removed by EXDATE with TZID → nothing', () => {
    const report = run(cfg, {
      'gov.ics': weekly(['EXDATE;TZID=China Standard Time:20220510T150000'], []),
      'mayor.ics': mayor('20220510T150000', '20220510T160000'),
    });
    expect(digest(report)).toEqual([]);
  });

  test('the overlapping instance is cancelled by a STATUS:CANCELLED override → nothing', () => {
    const report = run(cfg, {
      'gov.ics': weekly([], [[
        'RECURRENCE-ID;TZID=China Standard Time:20220524T150000',
        'DTSTART;TZID=China Standard Time:20220524T150000',
        'DTEND;TZID=China Standard Time:20220524T170000',
        'STATUS:CANCELLED',
      ]]),
      'mayor.ics': mayor('20220524T150000', '20220524T170000'),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a non-moved instance still overlaps → finding names that instance (24 May)', () => {
    const report = run(cfg, {
      'gov.ics': weekly([], []),
      'mayor.ics': mayor('20220524T163000', '20220524T173000'),
    });
    const db = ofKind(report, 'double-booking');
    expect(db.map(refs)).toEqual([['cwhy-weekly@2022-05-24T07:00:00Z', 'delegation']]);
  });

  test('an override whose RECURRENCE-ID is in UTC still replaces the series instance (no ghost at the old slot)', () => {
    const report = run(cfg, {
      'gov.ics': weekly([], [[
        'RECURRENCE-ID:20220517T070000Z',
        'DTSTART;TZID=China Standard Time:20220519T150000',
        'DTEND;TZID=China Standard Time:20220519T170000',
      ]]),
      'mayor.ics': mayor('20220517T150000', '20220517T170000'),
    });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(6);
  });
});

describe('one meeting on two offices\' calendars', () => {
  const two = {
    ...cfg,
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const copy = (uid: string, start: string, end: string, summary = '区委常委会会议（扩大）', loc = '区委大楼301会议室'): string =>
    vcalendar([
      'BEGIN:VEVENT',
      `UID:${uid}`,
      'DTSTAMP:20220401T000000Z',
      `DTSTART${start}`,
      `DTEND${end}`,
      `SUMMARY:${summary}`,
      `LOCATION:${loc}`,
      att,
      'END:VEVENT',
    ]);

  test('same UID, one in UTC, one with TZID → not a double booking, not a venue clash', () => {
    const report = run(two, {
      'party.ics': copy('cwh-0512@jb', ':20220512T010000Z', ':20220512T030000Z'),
      'gov.ics': copy('cwh-0512@jb', ';TZID=China Standard Time:20220512T090000', ';TZID=China Standard Time:20220512T110000'),
    });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(2);
  });

  test('a retyped copy (new UID, same summary and times) → one meeting', () => {
    const report = run(two, {
      'party.ics': copy('cwh-0512@jb', ':20220512T010000Z', ':20220512T030000Z'),
      'gov.ics': copy('OA-88231', ';TZID=Asia/Shanghai:20220512T090000', ';TZID=Asia/Shanghai:20220512T110000'),
    });
    expect(digest(report)).toEqual([]);
  });

  // Regression, qa-bugs.md QA-1 (fixed): across calendars, a stale copy of a rescheduled meeting (same UID and summary,
  // lower SEQUENCE) double-books the leader with the meeting itself; within one file it is a revision.
  test('same UID, the stale copy (lower SEQUENCE) at the old time → one meeting (a revision), not a self-conflict', () => {
    // Same UID = same meeting (RFC 5545 §3.8.4.7, SEQUENCE §3.8.7.4); a stale copy must not make the leader "double-booked" with himself.
    const report = run(two, {
      'party.ics': copy('cwh-0512@jb', ':20220512T010000Z', ':20220512T030000Z'),
      'gov.ics': copy('cwh-0512@jb', ';TZID=China Standard Time:20220512T100000', ';TZID=China Standard Time:20220512T120000').replace('SUMMARY:', 'SEQUENCE:2\r\nSUMMARY:'),
    });
    expect(ofKind(report, 'double-booking')).toEqual([]);
    expect(ofKind(report, 'venue')).toEqual([]);
  });

  test('a different meeting in the same room at the same time (different summary) → venue clash', () => {
    const report = run(two, {
      'party.ics': copy('cwh-0512@jb', ':20220512T010000Z', ':20220512T030000Z'),
      'gov.ics': copy('gov-77', ';TZID=Asia/Shanghai:20220512T100000', ';TZID=Asia/Shanghai:20220512T110000', '区政府专题会议', '区委大楼301会议室').replace(att + '\r\n', ''),
    });
    expect(digest(report)).toEqual(['venue rooms cwh-0512@jb gov-77']);
  });
});
