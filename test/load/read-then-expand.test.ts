/**
 * readCalendar + expandCalendar (src/load/load-calendar.ts): one reading expanded for several windows
 * gives exactly what loading the file for each window gives — occurrences, skipped components,
 * problems and counts — on every real-world calendar of the shared corpus (../shared/corpus/ics) and
 * on the files whose problems come from expansion (duplicates, caps, bad rules).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { expandCalendar, loadCalendar, readCalendar } from '../../src/load/load-calendar.js';
import type { LoadResult } from '../../src/model/load-result.js';
import { calendar, event } from '../helpers/ics.js';

const CORPUS = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'ics');
const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.ics')).sort() : [];

const utc = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
/** The look-back year and the checked year, as check() uses them, and a wide span. */
const WINDOWS = [
  { from: utc('2021-01-01T00:00:00Z'), to: utc('2022-01-01T00:00:00Z') },
  { from: utc('2022-01-01T00:00:00Z'), to: utc('2023-01-01T00:00:00Z') },
  { from: utc('2010-01-01T00:00:00Z'), to: utc('2030-01-01T00:00:00Z') },
];

/** What a caller can observe of a result: every occurrence field, start and end included. */
function observed(result: LoadResult): unknown {
  return {
    calendar: result.calendar,
    occurrences: result.occurrences.map((o) => ({ ...o, start: o.start.toMillis(), end: o.end.toMillis(), zone: o.start.zoneName })),
    skipped: result.skipped,
    problems: result.problems,
    counts: result.counts,
  };
}

const describeCorpus = files.length > 0 ? describe : describe.skip;

describeCorpus('one reading, several windows: the corpus', () => {
  test.each(files)('%s', (file) => {
    const bytes = readFileSync(join(CORPUS, file));
    const options = { meta: { id: 'corpus' }, file, defaultZone: 'Asia/Shanghai' };
    const read = readCalendar(bytes, options);
    for (const window of WINDOWS.slice(0, 2)) {
      const alone = loadCalendar(bytes, { ...options, window, maxOccurrences: 1_000 });
      expect(observed(expandCalendar(read, window, 1_000))).toEqual(observed(alone));
    }
  });
});

describe('one reading, several windows: problems that come from expansion', () => {
  const ics = calendar([
    ...event('UID:dup', 'SEQUENCE:1', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'SUMMARY:新版'),
    ...event('UID:dup', 'SEQUENCE:0', 'DTSTART;TZID=Asia/Shanghai:20220510T100000', 'SUMMARY:旧版'),
    ...event('UID:daily', 'DTSTART;TZID=Asia/Shanghai:20210101T080000', 'RRULE:FREQ=DAILY', 'SUMMARY:早班'),
    ...event('UID:bad-rule', 'DTSTART;TZID=Asia/Shanghai:20220101T080000', 'RRULE:FREQ=SOMETIMES', 'SUMMARY:坏规则'),
    ...event('UID:orphan', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220301T090000', 'DTSTART;TZID=Asia/Shanghai:20220302T090000', 'SUMMARY:孤儿'),
  ]);

  test('duplicates, an invalid rule, an orphan override and the occurrence cap, window by window', () => {
    const read = readCalendar(ics, { meta: { id: 'c' }, file: 'c.ics' });
    for (const window of WINDOWS) {
      for (const cap of [10, 100_000]) {
        const alone = loadCalendar(ics, { meta: { id: 'c' }, file: 'c.ics', window, maxOccurrences: cap });
        const again = expandCalendar(read, window, cap);
        expect(observed(again)).toEqual(observed(alone));
      }
    }
    // The cap is per expansion: the first window's budget does not use up the second's.
    const [first, second] = [expandCalendar(read, WINDOWS[0]!, 10), expandCalendar(read, WINDOWS[1]!, 10)];
    expect(first.occurrences).toHaveLength(10);
    expect(second.occurrences).toHaveLength(10);
    expect(second.problems.map((p) => p.code).sort()).toEqual(['duplicate-uid', 'invalid-rrule', 'occurrence-cap', 'orphan-override']);
  });

  test('a window that is not from ≤ to is a programmer error, as for loadCalendar', () => {
    const read = readCalendar(ics, { meta: { id: 'c' } });
    expect(() => expandCalendar(read, { from: WINDOWS[1]!.to, to: WINDOWS[1]!.from })).toThrow(/window/);
  });
});
