/**
 * readCalendar + expandCalendar (src/load/load-calendar.ts): one reading expanded for several windows
 * gives exactly what loading the file for each window gives — occurrences, skipped components,
 * problems and counts — on every real-world calendar of the shared corpus (../shared/corpus/ics) and
 * on the files whose problems come from expansion (duplicates, caps, bad rules).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { expandCalendar, loadCalendar, readCalendar, startingBefore } from '../../src/load/load-calendar.js';
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

/**
 * startingBefore: the series that can have an occurrence starting before an instant. Expanding just
 * them over a window that ends at the instant must give exactly the occurrences the whole reading gives
 * there — check()'s look-back for links relies on it to read old series only. (Expansion problems of
 * the series left out, an invalid RRULE or an orphan override, are not repeated: the look-back takes
 * occurrences only.)
 */
const occurrencesOf = (result: LoadResult): unknown => (observed(result) as { occurrences: unknown }).occurrences;
const BEFORE = [utc('2022-01-01T00:00:00Z'), utc('2022-04-01T00:00:00Z'), utc('2023-01-01T00:00:00Z'), utc('2030-01-01T00:00:00Z')];

describeCorpus('series starting before an instant: the corpus', () => {
  test.each(files)('%s', (file) => {
    const read = readCalendar(readFileSync(join(CORPUS, file)), { meta: { id: 'corpus' }, file, defaultZone: 'Asia/Shanghai' });
    for (const to of BEFORE) {
      const window = { from: to.minus({ years: 1 }), to };
      const early = startingBefore(read, to.toMillis());
      expect(occurrencesOf(expandCalendar(early, window, 1_000))).toEqual(occurrencesOf(expandCalendar(read, window, 1_000)));
      expect(early.series.length).toBeLessThanOrEqual(read.series.length);
    }
  });
});

describe('series starting before an instant: what can reach back', () => {
  const ics = calendar([
    // Starts in the window, but an RDATE lies before it (RFC 5545 lets RDATE precede DTSTART).
    ...event('UID:rdate-before', 'DTSTART;TZID=Asia/Shanghai:20220412T090000', 'RDATE;TZID=Asia/Shanghai:20220325T090000', 'SUMMARY:补开'),
    // A weekly series from April whose first instance was moved back into March.
    ...event('UID:moved-back', 'DTSTART;TZID=Asia/Shanghai:20220405T090000', 'RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:周例会'),
    ...event('UID:moved-back', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220405T090000', 'DTSTART;TZID=Asia/Shanghai:20220329T090000', 'SUMMARY:周例会（提前）'),
    // This and future instances shifted a week earlier from the second one on.
    ...event('UID:shifted', 'DTSTART;TZID=Asia/Shanghai:20220406T090000', 'RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:调度会'),
    ...event('UID:shifted', 'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Asia/Shanghai:20220413T090000', 'DTSTART;TZID=Asia/Shanghai:20220330T090000', 'SUMMARY:调度会'),
    // An all-day day and a floating time on the instant's own local day: wider than any zone.
    ...event('UID:all-day', 'DTSTART;VALUE=DATE:20220331', 'SUMMARY:全天'),
    ...event('UID:floating', 'DTSTART:20220331T230000', 'DTEND:20220401T010000', 'SUMMARY:跨夜'),
    // An old series: starts years before.
    ...event('UID:old', 'DTSTART;TZID=Asia/Shanghai:20190107T090000', 'RRULE:FREQ=WEEKLY', 'SUMMARY:常委会'),
    // Only in the window: never reaches back.
    ...event('UID:late', 'DTSTART;TZID=Asia/Shanghai:20220420T090000', 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:晚'),
  ]);
  const read = readCalendar(ics, { meta: { id: 'c' }, file: 'c.ics', defaultZone: 'Asia/Shanghai' });
  const instant = DateTime.fromISO('2022-04-01T00:00:00', { zone: 'Asia/Shanghai' });

  test('keeps every series with a start before the instant, and drops the series that start after it', () => {
    const uids = startingBefore(read, instant.toMillis()).series.map((s) => (s.master ?? s.overrides[0]!).uid);
    expect(uids).toEqual(['rdate-before', 'moved-back', 'shifted', 'all-day', 'floating', 'old']);
  });

  test('the occurrences before the instant are the same from the part as from the whole', () => {
    for (const from of [instant.minus({ weeks: 1 }), instant.minus({ years: 5 })]) {
      const window = { from, to: instant };
      const whole = expandCalendar(read, window);
      expect(occurrencesOf(expandCalendar(startingBefore(read, instant.toMillis()), window))).toEqual(occurrencesOf(whole));
      expect(whole.occurrences.length).toBeGreaterThan(0);
    }
  });
});
