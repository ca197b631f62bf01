/**
 * Hostile but valid (or nearly valid) input: each case returns, says which bound it hit (a problem
 * code with data), and still loads the ordinary meeting written next to it. These are behaviour
 * tests; how long each takes at scale is the bench's business (issue 5), here the caps keep them fast.
 */
import { DateTime } from 'luxon';
import { loadCalendar } from '../../src/load/load-calendar.js';
import type { LoadResult } from '../../src/model/load-result.js';

const crlf = (lines: readonly string[]) => lines.join('\r\n') + '\r\n';

/** An ordinary meeting that must survive whatever sits next to it. */
const ORDINARY = [
  'BEGIN:VEVENT',
  'UID:ordinary@qu.gov.cn',
  'DTSTAMP:20220101T000000Z',
  'DTSTART;TZID=Asia/Shanghai:20220510T090000',
  'DTEND;TZID=Asia/Shanghai:20220510T100000',
  'SUMMARY:区委常委会',
  'END:VEVENT',
];

function hostile(event: readonly string[], options: { maxOccurrences?: number } = {}): LoadResult {
  const text = crlf(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//tongchou//hostile//ZH', ...ORDINARY, ...event, 'END:VCALENDAR']);
  return loadCalendar(text, {
    meta: { id: 'hostile' },
    window: { from: DateTime.fromISO('2022-01-01T00:00:00', { zone: 'Asia/Shanghai' }), to: DateTime.fromISO('2023-01-01T00:00:00', { zone: 'Asia/Shanghai' }) },
    file: 'hostile.ics',
    ...options,
  });
}

const ordinaryLoaded = (r: LoadResult) => r.occurrences.some((o) => o.uid === 'ordinary@qu.gov.cn' && o.start.toISO() === '2022-05-10T09:00:00.000+08:00');
const codes = (r: LoadResult) => r.problems.map((p) => p.code);

function series(rrule: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', 'UID:hostile@x', 'DTSTAMP:20220101T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220101T000000', `RRULE:${rrule}`, 'SUMMARY:hostile', ...extra, 'END:VEVENT'];
}

describe('hostile input is bounded, reported, and loses nothing else', () => {
  test('FREQ=SECONDLY with no end stops at the occurrence cap with an occurrence-cap warning', () => {
    const r = hostile(series('FREQ=SECONDLY'), { maxOccurrences: 5_000 });
    expect(ordinaryLoaded(r)).toBe(true);
    const cap = r.problems.find((p) => p.code === 'occurrence-cap');
    expect(cap).toMatchObject({ code: 'occurrence-cap', severity: 'warning' });
    expect(r.occurrences.length).toBeLessThanOrEqual(5_000 + 1);
    expect(r.counts).toEqual({ components: 2, loaded: 2, skipped: 0 });
  });

  test('COUNT=1000000000 stops at the occurrence cap, not at COUNT', () => {
    const r = hostile(series('FREQ=MINUTELY;COUNT=1000000000'), { maxOccurrences: 2_000 });
    expect(ordinaryLoaded(r)).toBe(true);
    expect(codes(r)).toContain('occurrence-cap');
    expect(r.occurrences.filter((o) => o.uid === 'hostile@x').length).toBeLessThanOrEqual(2_000);
  });

  test('COUNT=1000000000 on a DAILY rule is bounded by the window alone (365 instances in 2022)', () => {
    const r = hostile(series('FREQ=DAILY;COUNT=1000000000'));
    expect(r.occurrences.filter((o) => o.uid === 'hostile@x')).toHaveLength(365);
    expect(codes(r)).not.toContain('occurrence-cap');
  });

  test('10 000 attendees load as 10 000 attendees', () => {
    const attendees = Array.from({ length: 10_000 }, (_, i) => `ATTENDEE;CN=人${i};ROLE=REQ-PARTICIPANT:mailto:p${i}@qu.gov.cn`);
    const r = hostile(['BEGIN:VEVENT', 'UID:crowd@x', 'DTSTAMP:20220101T000000Z', 'DTSTART:20220601T010000Z', 'SUMMARY:全区大会', ...attendees, 'END:VEVENT']);
    expect(ordinaryLoaded(r)).toBe(true);
    expect(r.occurrences.find((o) => o.uid === 'crowd@x')?.attendees).toHaveLength(10_000);
  });

  test('10 000 nested-looking BEGIN:VEVENT lines neither overflow the stack nor hide the ordinary meeting', () => {
    const nested = Array.from({ length: 10_000 }, () => 'BEGIN:VEVENT');
    const r = hostile([...nested, 'UID:deep@x', 'DTSTART:20220601T010000Z', 'END:VEVENT']);
    expect(ordinaryLoaded(r)).toBe(true);
    expect(r.counts.components).toBe(r.counts.loaded + r.counts.skipped);
    // Each unclosed BEGIN is a component of its own, skipped with missing-end at its line.
    expect(r.problems.filter((p) => p.code === 'missing-end').length).toBeGreaterThanOrEqual(9_999);
    expect(r.occurrences.some((o) => o.uid === 'deep@x')).toBe(true);
    for (const s of r.skipped) expect(s.source.line).toBeGreaterThanOrEqual(1);
  });

  test('an RRULE with 5 000 BYSETPOS values (beyond ±366) is invalid-rrule; DTSTART alone loads', () => {
    const positions = Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? i + 1 : -(i + 1))).join(',');
    const r = hostile(series(`FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${positions}`));
    expect(ordinaryLoaded(r)).toBe(true);
    expect(r.problems.find((p) => p.code === 'invalid-rrule')).toMatchObject({ severity: 'warning', source: { line: 15 } });
    expect(r.occurrences.filter((o) => o.uid === 'hostile@x')).toHaveLength(1);
  });

  test('an RRULE listing every BYSETPOS from -366 to 366 selects every weekday of 2022 once', () => {
    const positions = Array.from({ length: 366 }, (_, i) => `${i + 1},-${i + 1}`).join(',');
    const r = hostile(series(`FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=${positions}`));
    expect(ordinaryLoaded(r)).toBe(true);
    // 2022 has 260 weekdays; DTSTART (Saturday 1 January) is the first instance regardless (§3.8.5.3).
    expect(r.occurrences.filter((o) => o.uid === 'hostile@x')).toHaveLength(261);
  });
});
