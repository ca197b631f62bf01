/**
 * time-text (src/messages/internal/time-text.ts): a finding that cites times on two clocks names the
 * clock of each time (QA26-3); a finding on one clock prints bare times, as before.
 */
import { timeText, withClockMarks } from '../../../src/messages/internal/time-text.js';

const zh = timeText({ day: 'M月d日', dayWithYear: 'yyyy年M月d日', allDay: (d) => `${d}（全天）`, clock: (t, o) => `${t}（${o}）` });
const en = timeText({ locale: 'en-GB', day: 'd LLL', dayWithYear: 'd LLL yyyy', allDay: (d) => `${d} (all day)`, clock: (t, o) => `${t} (${o})` });

const beijing = { start: '2022-05-11T09:00:00+08:00', end: '2022-05-11T11:00:00+08:00' };
const newYork = { start: '2022-05-10T21:00:00-04:00', end: '2022-05-10T23:00:00-04:00' };

describe('clock marks', () => {
  test('two clocks in one finding: every time and span says its clock, in both languages', () => {
    const data = { firstStart: beijing.start, firstEnd: beijing.end, secondStart: newYork.start, secondEnd: newYork.end };
    expect(withClockMarks(data, () => [zh.span(beijing.start, beijing.end), zh.span(newYork.start, newYork.end), zh.when(newYork.start)])).toEqual([
      '5月11日 09:00–11:00（UTC+8）',
      '5月10日 21:00–23:00（UTC−4）',
      '5月10日 21:00（UTC−4）',
    ]);
    expect(withClockMarks(data, () => en.span(newYork.start, newYork.end))).toBe('10 May 21:00–23:00 (UTC−4)');
  });

  test('one clock (or dates only): bare times, and no mark outside the call', () => {
    expect(withClockMarks({ a: beijing.start, b: '2022-05-12T10:00:00+08:00', day: '2022-05-13' }, () => zh.span(beijing.start, beijing.end))).toBe('5月11日 09:00–11:00');
    expect(zh.span(newYork.start, newYork.end)).toBe('5月10日 21:00–23:00');
    // All-day spans carry no clock even when marking.
    expect(withClockMarks({ a: beijing.start, b: newYork.start }, () => zh.span('2022-05-05', '2022-05-06'))).toBe('5月5日（全天）');
  });

  test('nested data, UTC and half-hour offsets', () => {
    const data = { copies: [{ start: '2022-05-10T03:30:00Z' }], other: { start: '2022-05-10T09:00:00+05:30' } };
    expect(withClockMarks(data, () => [zh.when('2022-05-10T03:30:00Z'), zh.when('2022-05-10T09:00:00+05:30')])).toEqual([
      '5月10日 03:30（UTC）',
      '5月10日 09:00（UTC+5:30）',
    ]);
  });

  test('dates of two years in one finding: every date says its year (QA26-47)', () => {
    const data = { dependentStart: '2022-05-10T09:00:00+08:00', prerequisiteStart: '2023-04-10T09:00:00+08:00', day: '2023-04-11' };
    expect(withClockMarks(data, () => [zh.when('2022-05-10T09:00:00+08:00'), zh.span('2023-04-10T09:00:00+08:00', '2023-04-10T11:30:00+08:00'), en.when('2023-04-10T09:00:00+08:00'), zh.span('2023-04-11', '2023-04-12')])).toEqual([
      '2022年5月10日 09:00',
      '2023年4月10日 09:00–11:30',
      '10 Apr 2023 09:00',
      '2023年4月11日（全天）',
    ]);
    // One year: no year, as before.
    expect(withClockMarks({ a: '2022-05-10T09:00:00+08:00', b: '2022-06-01' }, () => zh.when('2022-05-10T09:00:00+08:00'))).toBe('5月10日 09:00');
  });
});
