/**
 * The date range a file was exported for (X-CLIPSTART/X-CLIPEND, Outlook's 另存为日历 with a range,
 * MS-OXCICAL §2.1.3.1.1.6–7): kept on the calendar, and said as an info when the window reaches past it (QF-16).
 */
import { DateTime } from 'luxon';
import { loadCalendar } from '../../src/load/load-calendar.js';

const window = { from: DateTime.fromISO('2026-12-01T00:00:00+08:00'), to: DateTime.fromISO('2027-02-01T00:00:00+08:00') };

function file(head: string[], events = 1): string {
  const vevents = Array.from({ length: events }, (_, i) => [
    'BEGIN:VEVENT',
    `UID:e${i}@city`,
    'DTSTAMP:20261129T000000Z',
    `DTSTART;TZID=China Standard Time:2026121${i}T090000`,
    `DTEND;TZID=China Standard Time:2026121${i}T110000`,
    'SUMMARY:全市安全生产工作会议',
    'END:VEVENT',
  ]).flat();
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'METHOD:PUBLISH', ...head, ...vevents, 'END:VCALENDAR', ''].join('\r\n');
}

describe('export range (X-CLIPSTART/X-CLIPEND)', () => {
  test('a UTC range is kept as [from, to) and a window past it gets an info naming its days', () => {
    const r = loadCalendar(file(['X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z']), { meta: { id: 'city' }, window });
    expect(r.calendar.exportRange).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
    expect(r.problems.filter((p) => p.code === 'export-range')).toEqual([
      expect.objectContaining({ code: 'export-range', severity: 'info', data: { from: '2026-12-01', to: '2026-12-31' }, source: expect.objectContaining({ line: 6 }) }),
    ]);
    expect(r.occurrences).toHaveLength(1);
  });

  test('a window inside the range gets no info', () => {
    const inside = { from: DateTime.fromISO('2026-12-05T00:00:00+08:00'), to: DateTime.fromISO('2026-12-20T00:00:00+08:00') };
    const r = loadCalendar(file(['X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z']), { meta: { id: 'city' }, window: inside });
    expect(r.calendar.exportRange).toBeDefined();
    expect(r.problems.some((p) => p.code === 'export-range')).toBe(false);
  });

  test('floating and DATE values are read in the calendar zone', () => {
    const r = loadCalendar(file(['X-CLIPSTART;VALUE=DATE:20261201', 'X-CLIPEND:20270101T000000']), { meta: { id: 'city' }, window, defaultZone: 'Asia/Shanghai' });
    expect(r.calendar.exportRange).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
  });

  test.each([
    ['only X-CALSTART/X-CALEND (the first and last event, not a chosen range)', ['X-CALSTART:20261210T010000Z', 'X-CALEND:20261210T030000Z']],
    ['only X-CLIPSTART', ['X-CLIPSTART:20261130T160000Z']],
    ['an end before the start', ['X-CLIPSTART:20261231T160000Z', 'X-CLIPEND:20261130T160000Z']],
    ['an unreadable end', ['X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:next month']],
  ])('no range from %s', (_name, head) => {
    const r = loadCalendar(file(head), { meta: { id: 'city' }, window });
    expect(r.calendar.exportRange).toBeUndefined();
    expect(r.problems.some((p) => p.code === 'export-range')).toBe(false);
  });

  test('concatenated exports: their ranges together, and none when one VCALENDAR with events states none', () => {
    const december = file(['X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z']);
    const january = file(['X-CLIPSTART:20261231T160000Z', 'X-CLIPEND:20270131T160000Z']);
    expect(loadCalendar(december + january, { meta: { id: 'city' }, window }).calendar.exportRange).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2027-01-31T16:00:00.000Z' });
    expect(loadCalendar(december + file([]), { meta: { id: 'city' }, window }).calendar.exportRange).toBeUndefined();
  });
});
