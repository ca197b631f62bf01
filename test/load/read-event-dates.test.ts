/**
 * Dates written another way than RFC 5545's basic form (src/load/read-event.ts, internal/values.ts):
 * ISO 8601's extended form and offset suffixes as homegrown OA exports write them (QB-11).
 */
import { readNonstandardDateTime } from '../../src/load/internal/values.js';
import { calendar, codes, event, load } from '../helpers/ics.js';

const utc = (r: ReturnType<typeof load>) =>
  r.occurrences.map((o) => `${o.start.toUTC().toISO({ suppressMilliseconds: true })}/${o.end.toUTC().toISO({ suppressMilliseconds: true })}`);

describe('readNonstandardDateTime', () => {
  test.each([
    ['2022-05-12T09:00:00', '20220512T090000', null],
    ['2022-05-12T09:00', '20220512T090000', null],
    ['2022-05-12T09:00:00.000', '20220512T090000', null],
    ['2022-05-12T01:00:00Z', '20220512T010000Z', null],
    ['2022-05-12T09:00:00+08:00', '20220512T090000', 480],
    ['2022-05-16', '20220516', null],
    ['20220514T090000+0800', '20220514T090000', 480],
    ['20220514T0900-05', '20220514T090000', -300],
  ])('%s → %s, offset %s', (text, basic, offset) => {
    expect(readNonstandardDateTime(text)).toMatchObject({ basic, offsetMinutes: offset });
  });

  test.each(['2022-13-01T09:00', '2022-05-10  09:30', '2022-05-16+08:00', '下周一 09:00', '2022/05/12 09:00', '20220514T090000+2500', ''])('%s is refused', (text) => {
    expect(readNonstandardDateTime(text)).toBeNull();
  });
});

describe('loading ISO-form dates', () => {
  const oa = (...props: string[]) => load(calendar(event('UID:oa-1', 'SUMMARY:区长办公会', ...props)));

  test('floating ISO DTSTART/DTEND are read in the default zone, one info per property', () => {
    const result = oa('DTSTART:2022-05-12T09:00:00', 'DTEND:2022-05-12T10:00');
    expect(utc(result)).toEqual(['2022-05-12T01:00:00Z/2022-05-12T02:00:00Z']);
    expect(result.problems.map((p) => [p.code, p.severity, p.data])).toEqual([
      ['nonstandard-date-value', 'info', { property: 'DTSTART', value: '2022-05-12T09:00:00', read: '20220512T090000' }],
      ['nonstandard-date-value', 'info', { property: 'DTEND', value: '2022-05-12T10:00', read: '20220512T100000' }],
    ]);
  });

  test('an offset suffix is that instant, whatever the TZID', () => {
    expect(utc(oa('DTSTART:20220514T090000+0800', 'DURATION:PT1H'))).toEqual(['2022-05-14T01:00:00Z/2022-05-14T02:00:00Z']);
    expect(utc(oa('DTSTART;TZID=Europe/Berlin:2022-05-14T09:00+08:00', 'DURATION:PT1H'))).toEqual(['2022-05-14T01:00:00Z/2022-05-14T02:00:00Z']);
  });

  test('an ISO DATE is an all-day event', () => {
    const result = oa('DTSTART;VALUE=DATE:2022-05-16', 'DTEND;VALUE=DATE:2022-05-17');
    expect(result.occurrences.map((o) => [o.allDay, o.start.toISODate()])).toEqual([[true, '2022-05-16']]);
  });

  test('many events so written: one note per property for the file', () => {
    const rows = ['10', '11', '12'].flatMap((d) => event(`UID:oa-${d}`, `DTSTART:2022-05-${d}T09:00:00`, `DTEND:2022-05-${d}T10:00:00`));
    const result = load(calendar(rows));
    expect(result.occurrences).toHaveLength(3);
    expect(codes(result)).toEqual(['nonstandard-date-value', 'nonstandard-date-value']);
  });

  // A space for the T is ISO 8601 only "by mutual agreement" (RFC 3339 §5.6): a date typed by hand, not an exporter's.
  test('a value that is no date at all is still an invalid-date-value error', () => {
    const result = oa('DTSTART:2022-05-12 上午9点');
    expect(result.occurrences).toEqual([]);
    expect(codes(result)).toEqual(['invalid-date-value']);
  });
});
