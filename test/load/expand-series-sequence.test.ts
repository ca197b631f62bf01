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
