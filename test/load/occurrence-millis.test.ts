/**
 * src/load/occurrence-millis.ts and the loader's `startMillis`/`endMillis` getters: the instants
 * without DateTimes, equal to what `start`/`end` say, and never carried over into a moved copy.
 */
import { DateTime } from 'luxon';
import type { Occurrence } from '../../src/model/occurrence.js';
import { endMillis, startMillis } from '../../src/load/occurrence-millis.js';
import { calendar, event, load } from '../helpers/ics.js';

const mixed = calendar([
  ...event('UID:zoned', 'DTSTART;TZID=Asia/Shanghai:20220509T090000', 'DTEND;TZID=Asia/Shanghai:20220509T113000', 'RRULE:FREQ=DAILY;COUNT=2', 'SUMMARY:常委会'),
  ...event('UID:dst', 'DTSTART;TZID=America/New_York:20220313T013000', 'DTEND;TZID=America/New_York:20220313T033000', 'SUMMARY:夏令时之夜'),
  ...event('UID:utc', 'DTSTART:20220510T010000Z', 'SUMMARY:零时长'),
  ...event('UID:day', 'DTSTART;VALUE=DATE:20220510', 'SUMMARY:全天'),
]);

describe('instants of loaded occurrences', () => {
  const { occurrences } = load(mixed);

  test('equal start/end toMillis for zoned, DST-night, zero-length and all-day occurrences', () => {
    expect(occurrences).toHaveLength(5);
    for (const o of occurrences) {
      expect(o.startMillis).toBe(o.start.toMillis());
      expect(o.endMillis).toBe(o.end.toMillis());
      expect(startMillis(o)).toBe(o.start.toMillis());
      expect(endMillis(o)).toBe(o.end.toMillis());
    }
    // 01:30 EST is 06:30Z; 03:30 on the spring-forward night is EDT, 07:30Z: one hour of real time.
    const dst = occurrences.find((o) => o.uid === 'dst')!;
    expect(dst.endMillis! - dst.startMillis!).toBe(3_600_000);
  });

  test('a copy made by spread with another start does not keep the old instant', () => {
    const fresh = load(mixed).occurrences.find((o) => o.uid === 'zoned');
    const millis = startMillis(fresh!);
    expect(millis).toBe(Date.UTC(2022, 4, 9, 1));
    // The getters are on the prototype, which spread does not copy.
    const moved: Occurrence = { ...fresh!, start: fresh!.start.plus({ hours: 1 }), end: fresh!.end.plus({ hours: 1 }) };
    expect(moved.startMillis).toBeUndefined();
    expect(startMillis(moved)).toBe(millis + 3_600_000);
    expect(endMillis(moved)).toBe(fresh!.end.toMillis() + 3_600_000);
  });

  test('hand-built occurrences without the fields fall back to their DateTimes', () => {
    const start = DateTime.fromISO('2022-05-10T09:00', { zone: 'Asia/Shanghai' });
    const [template] = load(mixed).occurrences;
    const built: Occurrence = { ...template!, start, end: start.plus({ hours: 2 }) };
    expect(startMillis(built)).toBe(start.toMillis());
    expect(endMillis(built)).toBe(start.toMillis() + 7_200_000);
  });
});
