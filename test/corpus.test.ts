/**
 * Every real-world calendar of the shared corpus (../shared/corpus/ics, see SOURCES.md there) goes
 * through `loadCalendar` over a wide window: nothing throws, every component is accounted for as
 * loaded or skipped (checked against an independent scan of the raw text), every location points
 * into the file, the deliberately broken files report what is wrong with them, and a few files
 * whose answer can be worked out by hand from RFC 5545 give exactly those instants.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { loadCalendar, type LoadOptions } from '../src/load/load-calendar.js';
import type { LoadResult } from '../src/model/load-result.js';

const CORPUS = resolve(__dirname, '..', '..', 'shared', 'corpus', 'ics');
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => f.endsWith('.ics')).sort() : [];

const WINDOW: LoadOptions['window'] = {
  from: DateTime.fromISO('1990-01-01T00:00:00Z', { zone: 'utc' }),
  to: DateTime.fromISO('2035-01-01T00:00:00Z', { zone: 'utc' }),
};

const cache = new Map<string, { bytes: Uint8Array; result: LoadResult }>();

/** Loads a corpus file once per run (the invariants and the spot checks share the result). */
function loaded(file: string, options: Partial<LoadOptions> = {}): LoadResult {
  const custom = Object.keys(options).length > 0;
  const hit = custom ? undefined : cache.get(file);
  if (hit) return hit.result;
  const bytes = readFileSync(join(CORPUS, file));
  const result = loadCalendar(bytes, { meta: { id: 'corpus' }, window: WINDOW, file, maxOccurrences: 20_000, ...options });
  if (!custom) cache.set(file, { bytes, result });
  return result;
}

/** The raw file split into physical lines exactly as an editor numbers them (CRLF, LF or CR). */
function physicalLines(file: string): string[] {
  return new TextDecoder('utf-8').decode(readFileSync(join(CORPUS, file))).split(/\r\n|\n|\r/);
}

/** Components that are part of a zone or an event, not calendar entries: not counted by the loader. */
const NOT_COUNTED = new Set(['VTIMEZONE', 'VALARM', 'STANDARD', 'DAYLIGHT', 'VCALENDAR']);

/**
 * Independent of src/load/parse.ts: counts the `BEGIN:` lines of top-level components, i.e. at
 * nesting depth 1 inside a VCALENDAR or depth 0 for components written without one. An `END:` closes
 * the component it names when that one is open (closing anything opened inside it), otherwise the
 * innermost open one (a misspelled `END:VTOOD`); a `BEGIN:VCALENDAR` starts afresh.
 */
function scanComponents(lines: readonly string[]): { count: number; beginLines: Set<number> } {
  const stack: string[] = [];
  const beginLines = new Set<number>();
  let count = 0;
  let logical = '';
  let logicalLine = 0;
  const handle = (text: string, line: number) => {
    const m = /^\s*(BEGIN|END)\s*:\s*([A-Za-z0-9-]+)\s*$/i.exec(text);
    if (!m) return;
    const name = m[2]!.toUpperCase();
    if (m[1]!.toUpperCase() === 'BEGIN') {
      beginLines.add(line);
      if (name === 'VCALENDAR') stack.length = 0;
      const topLevel = stack.length === 0 || (stack.length === 1 && stack[0] === 'VCALENDAR');
      if (topLevel && !NOT_COUNTED.has(name)) count += 1;
      stack.push(name);
      return;
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
    else if (stack.length > 0 && stack[stack.length - 1] !== 'VCALENDAR') stack.pop();
  };
  lines.forEach((text, index) => {
    if ((text.startsWith(' ') || text.startsWith('\t')) && logical !== '') {
      logical += text.slice(1);
      return;
    }
    if (logical !== '') handle(logical, logicalLine);
    logical = text;
    logicalLine = index + 1;
  });
  if (logical !== '') handle(logical, logicalLine);
  return { count, beginLines };
}

/**
 * The deliberately broken files of the corpus (SOURCES.md, "bad input") and the problems they must
 * raise, as `code@line`. An empty list is a deliberate tolerance, explained next to it.
 */
const BAD_INPUT: Readonly<Record<string, readonly string[]>> = {
  // A blank line inside VCALENDAR carries nothing: dropped silently, as every reader does.
  'icaljs__blank_line_mid.ics': [],
  // 400 good events, then VEVENTs whose DTSTART is not a date: only those are skipped.
  'nodeical__large-file-with-late-error.ics': ['invalid-date-value@360', 'invalid-date-value@366', 'invalid-date-value@738', 'invalid-date-value@1110', 'invalid-date-value@1668', 'invalid-date-value@2040'],
  // Leading spaces before BEGIN:VCALENDAR are trimmed like spaces around any name.
  'nodeical__dst-transition-rules.ics': [],
  // A lone VTIMEZONE with control characters in its TZID: no event, nothing to report.
  'icalendar__fuzz_testcase_vtimezone_lone_cr.ics': [],
  'icalendar__issue_1081_invalid_rrule_freq.ics': ['invalid-rrule@7'],
  // `DTSTART;;VALUE=DATE-TIME:` — the empty parameter is skipped, the value is read.
  'icalendar__broken_ical.ics': [],
  // VERSION:0.3 is no iCalendar version (RFC 5545 §3.7.4): read as 2.0, with a warning (QA26-16).
  'libical__zday.ics': ['unknown-version@2', 'unexpected-end@11', 'unexpected-end@35', 'override-without-dtstart@36', 'orphan-override@36', 'orphan-override@82', 'malformed-line@99', 'malformed-line@101', 'unsupported-component@127', 'unsupported-component@129'],
  // The bad offset +5328 is in a VTIMEZONE for Europe/Berlin, which the tz database answers instead.
  'khal__invalid_tzoffset.ics': [],
  // The negative year is in a VTODO, which is skipped without reading its dates.
  'ical4j__invalid_twinkle.ics': ['unsupported-component@29', 'unsupported-component@42', 'unsupported-component@98'],
  'allenporter-ical__invalid_missing_colon.ics': ['missing-dtstart@1', 'malformed-line@2'],
  'allenporter-ical__empty.ics': ['empty-input@1'],
};

const where = (p: LoadResult['problems'][number]) => ('line' in p.source ? p.source.line : -1);

(present ? describe : describe.skip)(`corpus: every file of ${present ? CORPUS : '../shared/corpus/ics (absent: skipped)'}`, () => {
  test('the corpus is there and holds the files SOURCES.md lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(145);
    for (const name of Object.keys(BAD_INPUT)) expect(files).toContain(name);
  });

  // An empty table is an error in jest even under describe.skip: without the corpus, one placeholder row (skipped).
  describe.each(files.length > 0 ? files : ['(corpus absent)'])('%s', (file) => {
    test('loads without throwing; loaded + skipped = the components an independent scan counts', () => {
      const result = loaded(file);
      const { count } = scanComponents(physicalLines(file));
      expect(result.counts.loaded + result.counts.skipped).toBe(result.counts.components);
      expect(result.counts.skipped).toBe(result.skipped.length);
      expect(result.counts.components).toBe(count);
    });

    test('every skipped component points at a BEGIN line and every problem at a line of the file', () => {
      const result = loaded(file);
      const lines = physicalLines(file);
      const { beginLines } = scanComponents(lines);
      for (const s of result.skipped) {
        expect({ file: s.source.file, begin: beginLines.has(s.source.line), text: lines[s.source.line - 1]?.trim().slice(0, 6).toUpperCase() }).toEqual({ file, begin: true, text: 'BEGIN:' });
      }
      const outside = result.problems.filter((p) => where(p) < 1 || where(p) > Math.max(1, lines.length));
      expect(outside).toEqual([]);
      for (const o of result.occurrences) expect(beginLines.has(o.source.line)).toBe(true);
    });
  });

  test.each(Object.entries(BAD_INPUT))('bad input %s reports %j', (file, expected) => {
    const result = loaded(file);
    expect(result.problems.map((p) => `${p.code}@${where(p)}`)).toEqual(expected);
  });

  describe('spot checks worked out by hand from RFC 5545', () => {
    const utc = (r: LoadResult) => r.occurrences.map((o) => o.start.toUTC().toISO({ suppressMilliseconds: true }));

    test('ical4j EXDATE.ics: daily COUNT=7 at 12:00 Brisbane (+10, no DST) minus the EXDATEs of 3 and 4 January 2006', () => {
      const r = loaded('ical4j__EXDATE.ics');
      expect(r.occurrences.map((o) => o.start.toISO({ suppressMilliseconds: true }))).toEqual(
        ['01', '02', '05', '06', '07'].map((d) => `2006-01-${d}T12:00:00+10:00`),
      );
      // DURATION:PT1H, and the instances keep their series identity.
      expect(r.occurrences.every((o) => o.end.diff(o.start, 'minutes').minutes === 60)).toBe(true);
      expect(r.occurrences[0]!.recurrenceId).toBe('2006-01-01T02:00:00Z');
    });

    test('sabre UntilRespectsTimezone: UNTIL without Z is New York wall time, so 18 November 2013 18:30 EST is the last', () => {
      const r = loaded('sabre-vobject__UntilRespectsTimezoneTest.ics');
      const local = r.occurrences.map((o) => o.start.toISO({ suppressMilliseconds: true }));
      expect(local).toHaveLength(9);
      expect(local[0]).toBe('2013-09-23T18:30:00-04:00');
      // Across the 3 November DST end the wall clock stays 18:30.
      expect(local.slice(-3)).toEqual(['2013-11-04T18:30:00-05:00', '2013-11-11T18:30:00-05:00', '2013-11-18T18:30:00-05:00']);
      expect(r.occurrences.every((o) => o.end.diff(o.start, 'hours').hours === 2)).toBe(true);
    });

    test('allenporter recurring_with_single_change: the override listed before its master retitles 2 February only', () => {
      const r = loaded('allenporter-ical__recurring_with_single_change.ics');
      expect(r.occurrences.map((o) => [o.start.toISO({ suppressMilliseconds: true }), o.summary, o.recurrenceId])).toEqual([
        ['2026-02-01T10:00:00-05:00', 'Initial Title', '2026-02-01T15:00:00Z'],
        ['2026-02-02T10:00:00-05:00', 'Edited Title', '2026-02-02T15:00:00Z'],
        ['2026-02-03T10:00:00-05:00', 'Initial Title', '2026-02-03T15:00:00Z'],
      ]);
      expect(r.counts).toEqual({ components: 2, loaded: 2, skipped: 0 });
    });

    test('khal event_dtr_no_tz_exdatez: unknown TZID LOLOLOL is read in the default zone, never floating, and the UTC EXDATE is matched as an instant', () => {
      // In Asia/Shanghai 10:00 is 02:00Z: the EXDATE 08:00Z of 3 June matches nothing.
      const shanghai = loaded('khal__event_dtr_no_tz_exdatez.ics');
      expect(utc(shanghai)).toEqual(['04', '05', '06', '07', '08', '09'].map((m) => `2012-${m}-03T02:00:00Z`));
      expect(shanghai.problems).toEqual([expect.objectContaining({ code: 'unknown-tzid', source: { file: 'khal__event_dtr_no_tz_exdatez.ics', line: 8 }, data: { tzid: 'LOLOLOL', zone: 'Asia/Shanghai' } })]);
      // With Europe/Berlin as the default zone, 10:00 CEST on 3 June is 08:00Z: excluded.
      const berlin = loaded('khal__event_dtr_no_tz_exdatez.ics', { defaultZone: 'Europe/Berlin' });
      expect(utc(berlin)).toEqual(['2012-04-03T08:00:00Z', '2012-05-03T08:00:00Z', '2012-07-03T08:00:00Z', '2012-08-03T08:00:00Z', '2012-09-03T08:00:00Z']);
    });

    test('icalendar issue 722: a time repeated by a VTIMEZONE falling from +12 to +10 is the first of the two; one after the repeat is +10', () => {
      const r = loaded('icalendar__issue_722_timezone_transition_ambiguity.ics');
      const byUid = Object.fromEntries(r.occurrences.map((o) => [o.uid, o.start.toUTC().toISO({ suppressMilliseconds: true })]));
      expect(byUid).toEqual({
        '0': '2024-03-02T20:00:00Z', // 08:00 at +12
        '1': '2024-08-02T22:00:00Z', // 08:00 at +10
        '2': '2024-05-04T22:00:01Z', // 08:00:01 exists once, after the fall-back, at +10
        '3': '2024-05-04T19:00:01Z', // 07:00:01 happens twice: RFC 5545 §3.3.5 takes the first (+12)
      });
      expect(r.occurrences.find((o) => o.uid === '3')!.start.offset).toBe(12 * 60);
    });

    test('node-ical windows-quoted-tz-rrule: the OWA display name "(UTC-05:00) Eastern Time (US and Canada)" is New York; LA EXDATEs at 12:00 PDT match no 12:00 EDT instance', () => {
      const r = loaded('nodeical__windows-quoted-tz-rrule.ics');
      expect(r.occurrences.map((o) => o.start.toISO({ suppressMilliseconds: true }))).toEqual(
        ['06', '07', '08', '09', '10', '11', '12', '13', '14', '15'].map((d) => `2015-07-${d}T12:00:00-04:00`),
      );
      // DTEND in another zone: an exact length, 12:00 EDT → 13:00 PDT = 4 hours.
      expect(r.occurrences[0]!.end.toUTC().toISO({ suppressMilliseconds: true })).toBe('2015-07-06T20:00:00Z');
      expect(r.problems.map((p) => p.code)).toEqual(['windows-tzid-mapped']);
    });

    test('ics-parser issue-343: Exchange\'s raw DESCRIPTION lines, URL and "Passcode: …" included, stay text', () => {
      const r = loaded('ics-parser__issue-343.ics');
      const o = r.occurrences.find((x) => x.summary === 'Team Meeting')!;
      expect(o.description).toContain('\nJoin Zoom Meeting\nhttps://zoom.us/j/XXXXXXXXXXXX?pwd=XXXXXXXXXXXXX\nMeeting ID: XXXXXXXXX\nPasscode: XXXXXXX\n');
      expect(o.description!.endsWith('Find your local number: https://zoom.us/u/XXXXXXX')).toBe(true);
      expect(Object.keys(o.xProps).filter((k) => !k.startsWith('X-'))).toEqual([]);
      expect(r.problems.filter((p) => p.code === 'malformed-line')).toEqual([]);
    });

    test('holiday-cn: Chinese summaries and all-day dates kept as dates (end exclusive), calendar name from X-WR-CALNAME', () => {
      const r = loaded('holiday-cn__holiday-cn.ics');
      expect(r.calendar.name).toBe('中国法定节假日');
      expect(r.occurrences.every((o) => o.allDay)).toBe(true);
      const spring = r.occurrences.find((o) => o.uid === '2022-01-31/2022-02-07/NateScarlet/holiday-cn')!;
      expect([spring.summary, spring.start.toISODate(), spring.end.toISODate(), spring.start.zoneName, spring.start.hour]).toEqual(['春节假期', '2022-01-31', '2022-02-07', 'Asia/Shanghai', 0]);
      const makeUp = r.occurrences.find((o) => o.summary === '上班(补春节假期)' && o.start.year === 2022)!;
      expect([makeUp.start.toISODate(), makeUp.end.toISODate(), makeUp.recurrenceId]).toEqual(['2022-01-29', '2022-01-31', null]);
      // Every event of the file loads; none is recurring.
      expect(r.occurrences).toHaveLength(r.counts.components);
    });
  });
});
