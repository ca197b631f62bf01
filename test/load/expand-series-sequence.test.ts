/**
 * The loader tags every occurrence with the revision of its series (`seriesSequence`, the SEQUENCE of
 * the VEVENT without RECURRENCE-ID), which the rules compare across calendars to find an older copy
 * of a whole series (QA26-13). An override's own SEQUENCE stays in `sequence`.
 */
import { calendar, event, load } from '../helpers/ics.js';

const SH = 'TZID=Asia/Shanghai';

describe('seriesSequence', () => {
  test("every instance carries its master's SEQUENCE; an override keeps its own higher one in sequence", () => {
    const result = load(calendar([
      ...event('UID:s@x', 'SEQUENCE:1', `DTSTART;${SH}:20220503T150000`, `DTEND;${SH}:20220503T170000`, 'RRULE:FREQ=WEEKLY;COUNT=3'),
      ...event('UID:s@x', 'SEQUENCE:4', `RECURRENCE-ID;${SH}:20220510T150000`, `DTSTART;${SH}:20220511T150000`, `DTEND;${SH}:20220511T170000`),
    ]));
    expect(result.occurrences.map((o) => [o.recurrenceId, o.sequence, o.seriesSequence])).toEqual([
      ['2022-05-03T07:00:00Z', 1, 1],
      ['2022-05-10T07:00:00Z', 4, 1],
      ['2022-05-17T07:00:00Z', 1, 1],
    ]);
  });

  test('a single event is its own series: seriesSequence = SEQUENCE (0 when absent)', () => {
    const result = load(calendar([...event('UID:a@x', 'SEQUENCE:2', `DTSTART;${SH}:20220503T150000`), ...event('UID:b@x', `DTSTART;${SH}:20220504T150000`)]));
    expect(result.occurrences.map((o) => [o.uid, o.sequence, o.seriesSequence])).toEqual([['a@x', 2, 2], ['b@x', 0, 0]]);
  });

  test('an override without its master in the file (an attendee invited to one instance) has none', () => {
    const result = load(calendar(event('UID:s@x', 'SEQUENCE:3', `RECURRENCE-ID;${SH}:20220510T150000`, `DTSTART;${SH}:20220510T150000`)));
    expect(result.occurrences.map((o) => [o.sequence, o.seriesSequence])).toEqual([[3, undefined]]);
  });
});

// QA26-39: the rules order two calendars' copies with one SEQUENCE by LAST-MODIFIED, as the loader does within a file.
describe('lastModified', () => {
  test("LAST-MODIFIED as epoch milliseconds on every instance of its VEVENT; an override carries its own; absent when not written", () => {
    const result = load(calendar([
      ...event('UID:s@x', 'LAST-MODIFIED:20220508T020000Z', `DTSTART;${SH}:20220503T150000`, 'RRULE:FREQ=WEEKLY;COUNT=3'),
      ...event('UID:s@x', 'LAST-MODIFIED:20220509T103000Z', `RECURRENCE-ID;${SH}:20220510T150000`, `DTSTART;${SH}:20220511T150000`),
      ...event('UID:t@x', `DTSTART;${SH}:20220504T150000`),
    ]));
    expect(result.occurrences.map((o) => [o.uid, o.recurrenceId, o.lastModified])).toEqual([
      ['s@x', '2022-05-03T07:00:00Z', Date.UTC(2022, 4, 8, 2)],
      ['t@x', null, undefined],
      ['s@x', '2022-05-10T07:00:00Z', Date.UTC(2022, 4, 9, 10, 30)],
      ['s@x', '2022-05-17T07:00:00Z', Date.UTC(2022, 4, 8, 2)],
    ]);
  });

  test('an unreadable LAST-MODIFIED is absent, not a guess; one written without Z is read as UTC (RFC 5545 §3.8.7.3 allows only UTC)', () => {
    const result = load(calendar([
      ...event('UID:a@x', 'LAST-MODIFIED:yesterday', `DTSTART;${SH}:20220503T150000`),
      ...event('UID:b@x', 'LAST-MODIFIED:20220508T020000', `DTSTART;${SH}:20220504T150000`),
    ]));
    expect(result.occurrences.map((o) => [o.uid, o.lastModified])).toEqual([['a@x', undefined], ['b@x', Date.UTC(2022, 4, 8, 2)]]);
  });
});

// QD-9: one LAST-MODIFIED on every VEVENT of a file is the time of the export, not of each revision.
describe('lastModified: an export stamp is dropped', () => {
  const three = (stamps: readonly (string | null)[]) =>
    load(calendar(stamps.flatMap((s, i) => event(`UID:e${i}@x`, ...(s === null ? [] : [`LAST-MODIFIED:${s}`]), `DTSTART;${SH}:2022050${3 + i}T150000`))));
  const read = (r: ReturnType<typeof load>) => r.occurrences.map((o) => o.lastModified);

  test('three VEVENTs (or more) with one LAST-MODIFIED: none carried onto the occurrences', () => {
    expect(read(three(['20220508T020000Z', '20220508T020000Z', '20220508T020000Z']))).toEqual([undefined, undefined, undefined]);
  });

  test('two alike (a series and its override edited together) are kept; so are three when one differs or has none', () => {
    const t = Date.UTC(2022, 4, 8, 2);
    expect(read(three(['20220508T020000Z', '20220508T020000Z']))).toEqual([t, t]);
    expect(read(three(['20220508T020000Z', '20220508T020000Z', '20220509T020000Z']))).toEqual([t, t, Date.UTC(2022, 4, 9, 2)]);
    expect(read(three(['20220508T020000Z', null, '20220508T020000Z']))).toEqual([t, undefined, t]);
  });
});
