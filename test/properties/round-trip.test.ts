/**
 * Round trip: a generated schedule written as `.ics` (test/helpers/ics-writer.ts) and loaded back with
 * `loadCalendar` gives the same occurrences — start and end instants, all-day dates, summaries with
 * Chinese text, commas, semicolons, newlines and backslashes (RFC 5545 §3.3.11), attendees and
 * recurrence ids, in zones with and without DST, across folded lines (§3.1).
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { loadCalendar } from '../../src/load/load-calendar.js';
import type { LoadResult } from '../../src/model/load-result.js';
import { generatedCalendarArb, propertyParameters, type ExpectedOccurrence } from '../helpers/arbitraries.js';
import { escapeText, foldLine, writeCalendar } from '../helpers/ics-writer.js';

const window = {
  from: DateTime.fromISO('2021-06-01T00:00:00Z', { zone: 'utc' }),
  to: DateTime.fromISO('2023-06-01T00:00:00Z', { zone: 'utc' }),
};

function loaded(result: LoadResult): ExpectedOccurrence[] {
  return result.occurrences.map((o) => ({
    uid: o.uid,
    recurrenceId: o.recurrenceId,
    start: o.allDay ? o.start.toISODate()! : o.start.toUTC().toISO({ suppressMilliseconds: true })!,
    end: o.allDay ? o.end.toISODate()! : o.end.toUTC().toISO({ suppressMilliseconds: true })!,
    allDay: o.allDay,
    summary: o.summary,
    attendees: o.attendees.map((a) => a.address ?? ''),
  }));
}

const key = (o: ExpectedOccurrence) => `${o.uid} ${o.recurrenceId ?? ''}`;
const byKey = (list: readonly ExpectedOccurrence[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe('round trip through the .ics writer and loadCalendar', () => {
  test('a generated schedule loads back as the same occurrences', () => {
    fc.assert(
      fc.property(generatedCalendarArb, (events) => {
        const text = writeCalendar(events.flatMap((e) => e.written), '区政府领导日程');
        const result = loadCalendar(text, { meta: { id: 'generated' }, window, file: 'generated.ics' });
        expect(result.skipped).toEqual([]);
        expect(byKey(loaded(result))).toEqual(byKey(events.flatMap((e) => e.expected)));
        expect(result.calendar.name).toBe('区政府领导日程');
      }),
      propertyParameters(100),
    );
  });

  test('folding keeps every line within 75 octets and never splits a UTF-8 character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const folded = foldLine(`SUMMARY:${escapeText(text)}`);
        const lines = folded.split('\r\n');
        for (const line of lines) {
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
          // A split surrogate pair or UTF-8 sequence would not survive encode → decode.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
        }
        expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${escapeText(text)}`);
      }),
      propertyParameters(200),
    );
  });

  test('TEXT escaping per RFC 5545 §3.3.11', () => {
    expect(escapeText('会议;一,二\n三\\四')).toBe('会议\\;一\\,二\\n三\\\\四');
  });
});
