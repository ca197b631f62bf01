/**
 * The comparison machinery of the differential test, checked on its own so that a bug in it cannot
 * hide a disagreement between the loader and the references.
 */
import { before, cutInstant, difference, referenceRows } from './compare.js';
import { expandWithIcalJs } from './icaljs-reference.js';
import { canonical, expectedDefaultZone, instantOf } from './reference-types.js';

describe('reference value encoding', () => {
  test('floating values are read in the given zone, UTC values stay, dates stay dates', () => {
    expect(canonical('2022-05-10T09:00:00', 'Asia/Shanghai')).toBe('2022-05-10T01:00:00Z');
    expect(canonical('2022-05-10T09:00:00Z', 'Asia/Shanghai')).toBe('2022-05-10T09:00:00Z');
    expect(canonical('2022-05-10', 'Asia/Shanghai')).toBe('2022-05-10');
  });

  test('a TZID hint is ignored when reading as floating and honoured only when it is an IANA name', () => {
    const hinted = '2023-10-05T09:00:00[America/New_York]';
    expect(canonical(hinted, 'Asia/Shanghai')).toBe('2023-10-05T01:00:00Z');
    expect(canonical(hinted, 'Asia/Shanghai', 'tzid-hint')).toBe('2023-10-05T13:00:00Z');
    expect(canonical('2024-04-26T14:00:00[W. Europe Standard Time]', 'Asia/Shanghai', 'tzid-hint')).toBe(
      '2024-04-26T06:00:00Z',
    );
  });

  test('X-WR-TIMEZONE names the default zone only when it is a zone', () => {
    expect(expectedDefaultZone('BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Europe/Berlin\r\nEND:VCALENDAR')).toBe('Europe/Berlin');
    expect(expectedDefaultZone('BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Nowhere/Middle\r\nEND:VCALENDAR')).toBe(
      'Asia/Shanghai',
    );
    expect(expectedDefaultZone('BEGIN:VCALENDAR\r\nEND:VCALENDAR')).toBe('Asia/Shanghai');
  });
});

describe('difference', () => {
  const row = (key: string, startMs = 0) => ({ key, uid: null, status: null, startMs });

  test('is a multiset difference: a duplicated occurrence on one side is reported once', () => {
    expect(difference([row('a'), row('a'), row('b')], [row('a'), row('c')])).toEqual({
      missing: ['a', 'b'],
      extra: ['c'],
    });
  });

  test('the cut is the earliest of the references’ cuts and the loader’s own cap', () => {
    const loader = [row('x', 30), row('y', 10), row('z', 20)];
    expect(cutInstant([undefined, undefined], loader, 2)).toBe(30);
    expect(cutInstant(['1970-01-01T00:00:00Z'], loader, 5)).toBe(0);
    expect(cutInstant([undefined], loader, 5)).toBe(Number.POSITIVE_INFINITY);
    expect(before(loader, 20).map((r) => r.key)).toEqual(['y']);
  });
});

describe('ical.js reference', () => {
  const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n');

  test('expands a zoned weekly series with an override and an EXDATE, in UTC instants', () => {
    const entry = expandWithIcalJs(
      calendar(
        'BEGIN:VEVENT',
        'UID:s',
        'DTSTART;TZID=Etc/UTC:20220502T010000',
        'DTEND:20220502T020000Z',
        'RRULE:FREQ=WEEKLY;COUNT=3',
        'EXDATE:20220509T010000Z',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:s',
        'RECURRENCE-ID:20220516T010000Z',
        'DTSTART:20220516T030000Z',
        'DTEND:20220516T040000Z',
        'STATUS:CANCELLED',
        'END:VEVENT',
      ),
    );
    // Etc/UTC has no VTIMEZONE here: ical.js reads it as floating and keeps the TZID as a hint
    expect(entry.occurrences).toEqual([
      {
        uid: 's',
        recurrenceId: '2022-05-02T01:00:00[Etc/UTC]',
        start: '2022-05-02T01:00:00[Etc/UTC]',
        // ical.js computes the end as start + duration, so it is floating like the start
        end: '2022-05-02T02:00:00[Etc/UTC]',
        status: null,
      },
      { uid: 's', recurrenceId: '2022-05-16T01:00:00[Etc/UTC]', start: '2022-05-16T03:00:00Z', end: '2022-05-16T04:00:00Z', status: 'cancelled' },
    ]);
    expect(referenceRows(entry, 'Asia/Shanghai', 'tzid-hint').map((r) => r.key)).toEqual([
      's | 2022-05-02T01:00:00Z | 2022-05-02T01:00:00Z | 2022-05-02T02:00:00Z | -',
      's | 2022-05-16T01:00:00Z | 2022-05-16T03:00:00Z | 2022-05-16T04:00:00Z | cancelled',
    ]);
  });

  test('a series that makes ical.js throw is reported as failed, not half-listed', () => {
    // a DATE written without VALUE=DATE (Google, Calendar Labs): ical.js throws once it expands
    const entry = expandWithIcalJs(
      calendar('BEGIN:VEVENT', 'UID:bad', 'DTSTART:20220502', 'RRULE:FREQ=DAILY;COUNT=3', 'END:VEVENT'),
    );
    expect(entry.failedUids?.map((f) => f.uid)).toEqual(['bad']);
    expect(entry.occurrences).toEqual([]);
  });

  test('all-day values are dates and are counted from midnight in the default zone', () => {
    const entry = expandWithIcalJs(calendar('BEGIN:VEVENT', 'UID:d', 'DTSTART;VALUE=DATE:19700101', 'END:VEVENT'));
    expect(entry.occurrences).toEqual([{ uid: 'd', recurrenceId: null, start: '1970-01-01', end: '1970-01-02', status: null }]);
    expect(+instantOf('1970-01-01', 'Asia/Shanghai')).toBe(-8 * 3600 * 1000);
  });
});
