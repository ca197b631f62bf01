/**
 * A start-only meeting (RFC 5545 §3.6.1: it ends at its start, QB-34) is cited by its time, not as a
 * span from 09:30 to 09:30.
 */
import { timeText, withClockMarks } from '../../../src/messages/internal/time-text.js';

const zh = timeText({ day: 'M月d日', dayWithYear: 'yyyy年M月d日', allDay: (d) => `${d}（全天）`, clock: (t, o) => `${t}（${o}）` });
const en = timeText({ locale: 'en-GB', day: 'd LLL', dayWithYear: 'd LLL yyyy', allDay: (d) => `${d} (all day)`, clock: (t, o) => `${t} (${o})` });
const at = '2022-05-17T09:30:00+08:00';

test('an instant prints as its time in both languages', () => {
  expect(zh.span(at, at)).toBe('5月17日 09:30');
  expect(en.span(at, at)).toBe('17 May 09:30');
});

test('with clock marks, the one time carries the mark once', () => {
  expect(withClockMarks({ a: at, b: '2022-05-16T21:30:00-04:00' }, () => zh.span(at, at))).toBe('5月17日 09:30（UTC+8）');
});

test('a one-minute meeting is still a span; an all-day date is still a day', () => {
  expect(zh.span(at, '2022-05-17T09:31:00+08:00')).toBe('5月17日 09:30–09:31');
  expect(zh.span('2022-05-17', '2022-05-17')).toBe('5月17日（全天）');
});
