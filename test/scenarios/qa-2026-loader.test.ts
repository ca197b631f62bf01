/**
 * QA 2026 (fresh-eyes QA): loader behaviour on real-world export mistakes. Each `test.failing` pins an
 * open bug listed in /work/notes/qa-2026.md under its QA26 id; flip it to `test` when the bug is fixed.
 */
import { configWindow, loadCalendar, renderProblem, type LoadResult } from '../../src/index.js';
import { vcalendar } from './harness.js';

/** Loads one calendar text over the given inclusive days in Asia/Shanghai. */
function load(text: string, from = '2022-05-01', to = '2022-06-30'): LoadResult {
  return loadCalendar(text, {
    meta: { id: 'oa', name: 'oa', office: '区政府办', level: 'district' },
    window: configWindow({ from, to }, 'Asia/Shanghai'),
    defaultZone: 'Asia/Shanghai',
    file: 'oa.ics',
  });
}

/** Local start days (Asia/Shanghai) of every occurrence, sorted. */
function days(result: LoadResult): string[] {
  return result.occurrences.map((o) => o.start.setZone('Asia/Shanghai').toISODate() ?? '').sort();
}

const weeklyUntil = (until: string): string =>
  vcalendar([
    'BEGIN:VEVENT', 'UID:oa-weekly-1@oa.example', 'DTSTAMP:20220401T000000Z',
    'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T110000',
    `RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=${until}`, 'SUMMARY:区政府专题会议', 'END:VEVENT',
  ]);

describe('RRULE UNTIL the loader cannot read (RFC 5545 §3.3.10: UNTIL is a DATE or DATE-TIME)', () => {
  test('control: a well-formed UNTIL=20220601 stops the series on 31 May', () => {
    const result = load(weeklyUntil('20220601'));
    expect(days(result)).toEqual(['2022-05-10', '2022-05-17', '2022-05-24', '2022-05-31']);
    expect(result.problems).toEqual([]);
  });

  test('control: a bad COUNT is reported and the series kept to DTSTART', () => {
    const text = weeklyUntil('20220601').replace('UNTIL=20220601', 'COUNT=abc');
    const result = load(text);
    expect(result.problems.map((p) => p.code)).toEqual(['invalid-rrule']);
    expect(days(result)).toEqual(['2022-05-10']);
  });

  // QA26-1: an unreadable UNTIL is dropped silently and the series runs on to the window's end,
  // inventing the meetings of 7, 14, 21 and 28 June. Either honour the plain intent (ISO extended
  // 2022-06-01) or report invalid-rrule, as for COUNT — never expand unbounded without a word.
  test.each(['2022-06-01', '2022-06-01T00:00:00Z', 'junk', ''])(
    'QA26-1: UNTIL=%s does not invent meetings after June 1 without a problem',
    (until) => {
      const result = load(weeklyUntil(until));
      const invented = days(result).filter((d) => d > '2022-06-01');
      const reported = result.problems.some((p) => p.code === 'invalid-rrule');
      // Honoured (nothing after 1 June) or reported: both acceptable; silent expansion is not.
      expect(invented.length === 0 || reported).toBe(true);
    },
  );
});

describe('QA26-6: an all-day series whose EXDATE / RECURRENCE-ID is the UTC instant of local midnight', () => {
  const series = (...more: readonly string[]): string =>
    vcalendar([
      'BEGIN:VEVENT', 'UID:study-day@exchange.example', 'DTSTAMP:20220401T000000Z', 'SUMMARY:学习日',
      'DTSTART;VALUE=DATE:20220503', 'RRULE:FREQ=WEEKLY;COUNT=3', ...more, 'END:VEVENT',
    ]);
  const moved = (recurrenceId: string): string =>
    series().replace('END:VCALENDAR', ['BEGIN:VEVENT', 'UID:study-day@exchange.example', 'DTSTAMP:20220401T000000Z',
      'SUMMARY:学习日（调整）', recurrenceId, 'DTSTART;VALUE=DATE:20220511', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'));

  test('control: a floating T000000 RECURRENCE-ID finds the 10 May instance', () => {
    expect(days(load(moved('RECURRENCE-ID:20220510T000000')))).toEqual(['2022-05-03', '2022-05-11', '2022-05-17']);
  });

  // QA26-6 (fixed): 20220509T160000Z is 10 May 00:00 in Asia/Shanghai; its UTC date (9 May) was used.
  test('QA26-6: EXDATE:20220509T160000Z removes the 10 May instance', () => {
    expect(days(load(series('EXDATE:20220509T160000Z')))).toEqual(['2022-05-03', '2022-05-17']);
  });

  test('QA26-6: RECURRENCE-ID:20220509T160000Z moves the 10 May instance instead of adding a day', () => {
    expect(days(load(moved('RECURRENCE-ID:20220509T160000Z')))).toEqual(['2022-05-03', '2022-05-11', '2022-05-17']);
  });
});

describe('QA26-10: two revisions with the same SEQUENCE, the newer written first (RFC 5546 §2.1.5)', () => {
  const revision = (stamp: string, summary: string, from: string, to: string): string[] => [
    'BEGIN:VEVENT', 'UID:oa-1001@oa.example', `DTSTAMP:${stamp}`, `LAST-MODIFIED:${stamp}`, `SUMMARY:${summary}`,
    `DTSTART;TZID=Asia/Shanghai:20220510T${from}00`, `DTEND;TZID=Asia/Shanghai:20220510T${to}00`, 'END:VEVENT',
  ];
  const newer = revision('20220508T020000Z', '专题会（改期）', '1400', '1600');
  const older = revision('20220401T020000Z', '专题会', '0900', '1100');
  const kept = (result: LoadResult): string[] => result.occurrences.map((o) => o.summary);

  test('control: written oldest first, the newer revision is kept', () => {
    expect(kept(load(vcalendar([...older, ...newer])))).toEqual(['专题会（改期）']);
  });

  // QA26-10 (fixed): file order decided over DTSTAMP / LAST-MODIFIED.
  test('QA26-10: written newest first, the newer revision (later DTSTAMP) is still kept', () => {
    expect(kept(load(vcalendar([...newer, ...older])))).toEqual(['专题会（改期）']);
  });
});

describe('QA26-12: the end-before-start problem quotes the times the office wrote', () => {
  const text = vcalendar([
    'BEGIN:VEVENT', 'UID:oa-typo@oa.example', 'DTSTAMP:20220401T000000Z', 'SUMMARY:专题会',
    'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T080000', 'END:VEVENT',
  ]);

  test('control: the problem is reported, the meeting kept with zero length', () => {
    const result = load(text);
    expect(result.problems.map((p) => p.code)).toEqual(['end-before-start']);
    expect(result.occurrences).toHaveLength(1);
  });

  // QA26-12 (fixed): the sentence showed 2022-05-10T00:00:00Z / 01:00:00Z, times that appear nowhere in the file.
  test.each(['zh-CN', 'en'] as const)('QA26-12: the %s message shows 09:00 and 08:00, not UTC', (lang) => {
    const message = renderProblem(load(text).problems[0]!, lang);
    expect(message).toMatch(/09:00|T090000/u);
    expect(message).toMatch(/08:00|T080000/u);
  });
});

describe('QA26-12 (second case): the orphan-override problem quotes the RECURRENCE-ID in UTC', () => {
  const text = vcalendar([
    'BEGIN:VEVENT', 'UID:X@exchange.example', 'DTSTAMP:20220401T000000Z', 'SUMMARY:区政府常务会议（单次邀请）',
    'RECURRENCE-ID;TZID=Asia/Shanghai:20220517T150000',
    'DTSTART;TZID=Asia/Shanghai:20220519T150000', 'DTEND;TZID=Asia/Shanghai:20220519T170000', 'END:VEVENT',
  ]);

  test('control: the instance is loaded as a single event, with orphan-override', () => {
    const result = load(text);
    expect(result.problems.map((p) => p.code)).toEqual(['orphan-override']);
    expect(days(result)).toEqual(['2022-05-19']);
  });

  // QA26-12 (fixed): “RECURRENCE-ID 2022-05-17T07:00:00Z” — 07:00 appears nowhere in the file (15:00 Beijing).
  test.each(['zh-CN', 'en'] as const)('QA26-12: orphan-override in %s shows 15:00 of 17 May, not 07:00Z', (lang) => {
    expect(renderProblem(load(text).problems[0]!, lang)).toMatch(/15:00|T150000/u);
  });
});

describe('QA26-16: a vCalendar 1.0 file renamed .ics', () => {
  const text = [
    'BEGIN:VCALENDAR', 'VERSION:1.0', 'PRODID:-//OA//vCal 1.0//CN', 'BEGIN:VEVENT', 'UID:v1@oa.example',
    'DTSTART:20220510T010000Z', 'DTEND:20220510T020000Z',
    'SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=8C=BA=E5=A7=94=E5=B8=B8=E5=A7=94=E4=BC=9A',
    'RRULE:W1 TU #4', 'END:VEVENT', 'END:VCALENDAR',
  ].join('\r\n');

  // QA26-16 (fixed): the rule was `invalid-rrule` and the series one meeting; now read as weekly, 4 times.
  test('the meeting is loaded and the vCalendar rule read: Tuesdays 10–31 May', () => {
    const result = load(text);
    expect(days(result)).toEqual(['2022-05-10', '2022-05-17', '2022-05-24', '2022-05-31']);
    expect(result.problems.map((p) => p.code)).not.toContain('invalid-rrule');
  });

  // QA26-16 (fixed): nothing named the format; the title stayed quoted-printable.
  test('QA26-16: the title is decoded, or a problem says the file is vCalendar 1.0', () => {
    const result = load(text);
    const decoded = result.occurrences[0]?.summary === '区委常委会';
    const named = result.problems.some((p) => p.code !== 'invalid-rrule');
    expect(decoded || named).toBe(true);
    expect(decoded && named).toBe(true);
  });
});

describe('QA26-20: a zero BYMONTHDAY or BYSETPOS (RFC 5545 §3.3.10 has no 0)', () => {
  const monthly = (rule: string): string => vcalendar([
    'BEGIN:VEVENT', 'UID:oa-monthly@oa.example', 'DTSTAMP:20220401T000000Z', 'SUMMARY:月度党组会',
    'DTSTART;TZID=Asia/Shanghai:20220502T090000', 'DTEND;TZID=Asia/Shanghai:20220502T100000', `RRULE:${rule}`, 'END:VEVENT',
  ]);

  test('control: BYMONTHDAY=32 is reported as invalid-rrule', () => {
    expect(load(monthly('FREQ=MONTHLY;BYMONTHDAY=32'), '2022-05-01', '2022-12-31').problems.map((p) => p.code)).toEqual(['invalid-rrule']);
  });

  // QA26-20 (fixed): 0 gave one occurrence and no problem.
  test.each(['FREQ=MONTHLY;BYMONTHDAY=0', 'FREQ=MONTHLY;BYSETPOS=0;BYDAY=MO'])('QA26-20: %s is reported, not silently cut to one meeting', (rule) => {
    const result = load(monthly(rule), '2022-05-01', '2022-12-31');
    expect(result.occurrences.length > 1 || result.problems.some((p) => p.code === 'invalid-rrule')).toBe(true);
  });
});
