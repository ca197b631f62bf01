import fc from 'fast-check';
import { DateTime } from 'luxon';
import { citedStarts } from '../../../src/check/internal/cited-starts.js';
import { sortOccurrences } from '../../../src/check/internal/sort-occurrences.js';
import { startMillis } from '../../../src/load/occurrence-millis.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { toOccurrenceRef } from '../../../src/rules/internal/occurrence-ref.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { calendar, occurrence } from '../../helpers/occurrence.js';

const ZONES = ['Asia/Shanghai', 'America/New_York', 'Asia/Kolkata', 'UTC'];

/** An occurrence on calendar `id` (kept in `zone`) starting at `start` (wall clock there). */
function on(id: string, zone: string, uid: string, start: string, extraMs = 0): Occurrence {
  const base = occurrence({ calendar: { id, defaultZone: zone }, zone, uid, start });
  if (extraMs === 0) return base;
  const moved = base.start.plus({ milliseconds: extraMs });
  return { ...base, start: moved, end: moved.plus({ hours: 1 }) };
}

describe('citedStarts: the start of a cited occurrence, found in the sorted list', () => {
  test('timed, all-day, sub-second and local-mean-time starts; unknown keys are undefined', () => {
    const list = [
      on('shi', 'Asia/Shanghai', 'a', '2022-05-10 09:00'),
      on('qu', 'Asia/Shanghai', 'a', '2022-05-10 09:00'),
      on('ny', 'America/New_York', 'b', '2022-05-09 21:00'),
      on('qu', 'Asia/Shanghai', 'holiday', '2022-05-10'),
      on('ny', 'America/New_York', 'trip', '2022-05-10'),
      on('ms', 'Asia/Shanghai', 'c', '2022-05-10 09:00', 250),
      // Shanghai kept local mean time (+08:05:43) until 1901: finding data rounds the offset to +08:05.
      on('old', 'Asia/Shanghai', 'lmt', '1890-05-10 09:00'),
    ];
    const sorted = sortOccurrences([...list].reverse());
    const startOf = citedStarts(sorted);
    for (const o of list) expect(startOf(o.key, toOccurrenceRef(o))).toBe(startMillis(o));
    expect(toOccurrenceRef(list[6]!).start).toBe('1890-05-10T09:00:00+08:05');
    expect(startOf('shi/nowhere', { start: '2022-05-10T09:00:00+08:00', allDay: false, calendar: 'shi' })).toBeUndefined();
    // A citation whose text names another instant than its key's occurrence: the key decides.
    expect(startOf('shi/a', { start: '2022-05-10T10:00:00+08:00', allDay: false, calendar: 'shi' })).toBe(startMillis(list[0]!));
  });

  test('property: equals startMillis of the occurrence with the key, on sorted lists and on lists in any order', () => {
    const spec = fc.record({
      calendar: fc.integer({ min: 0, max: 5 }),
      zone: fc.integer({ min: 0, max: ZONES.length - 1 }),
      day: fc.integer({ min: 1, max: 3 }),
      minute: fc.option(fc.integer({ min: 0, max: 3 }).map((q) => q * 15)),
      ms: fc.constantFrom(0, 0, 0, 500),
      year: fc.constantFrom(2022, 2022, 1890),
    });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 40 }), fc.boolean(), (specs, keepOrder) => {
        const list = specs.map((s, i) => {
          const date = `${s.year}-03-${String(10 + s.day).padStart(2, '0')}`;
          const start = s.minute === null ? date : `${date} 09:${String(s.minute).padStart(2, '0')}`;
          // Calendars 0–2 share one id across zones (hand-built calendar objects may).
          const id = s.calendar < 3 ? 'shared' : `cal${s.calendar}`;
          return on(id, ZONES[s.zone]!, `u${i}`, start, s.minute === null ? 0 : s.ms);
        });
        const sorted = keepOrder ? list : sortOccurrences(list);
        const startOf = citedStarts(sorted);
        for (const o of list) expect(startOf(o.key, toOccurrenceRef(o))).toBe(startMillis(o));
      }),
      propertyParameters(200),
    );
  });

  test('a date read on the clock of every calendar with the cited id', () => {
    const ny = on('shared', 'America/New_York', 'x', '2022-05-10');
    const sh = { ...on('shared', 'Asia/Shanghai', 'y', '2022-05-10'), calendar: calendar({ id: 'shared', defaultZone: 'Asia/Shanghai' }) };
    const startOf = citedStarts(sortOccurrences([ny, sh]));
    expect(startOf(ny.key, toOccurrenceRef(ny))).toBe(DateTime.fromISO('2022-05-10', { zone: 'America/New_York' }).toMillis());
    expect(startOf(sh.key, toOccurrenceRef(sh))).toBe(DateTime.fromISO('2022-05-10', { zone: 'Asia/Shanghai' }).toMillis());
  });

  test('a citation whose text gives the instant reads a few keys of its calendar, not every key', () => {
    let reads = 0;
    const list = Array.from({ length: 512 }, (_, i) => {
      const o = on(`cal${i % 8}`, 'Asia/Shanghai', `u${i}`, `2022-05-10 ${String(8 + Math.floor(i / 128)).padStart(2, '0')}:00`);
      const key = o.key;
      return Object.defineProperty({ ...o }, 'key', { get: () => ((reads += 1), key), enumerable: true });
    });
    const sorted = sortOccurrences(list);
    const startOf = citedStarts(sorted);
    const cited = list.slice(0, 20).map((o) => ({ key: o.key, ref: toOccurrenceRef(o), start: startMillis(o) }));
    reads = 0;
    const found = cited.map(({ key, ref }) => startOf(key, ref));
    expect(found).toEqual(cited.map((c) => c.start));
    // Runs of 128 equal starts, 16 of each calendar: the calendar's stretch found by rank, then
    // log2(16) + 1 keys per lookup (by keys alone 8; the fallback map would read all 512).
    expect(reads).toBeLessThanOrEqual(20 * 5);
  });
});
