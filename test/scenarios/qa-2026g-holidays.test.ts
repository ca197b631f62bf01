/**
 * QA 2026g (review of this session's fixes) — a district office types part of the State Council's 2027 notice into
 * holidays.dates, after 4e08bcc (QF-9). `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

const meeting = vcalendar(['BEGIN:VEVENT', 'UID:m@qg', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区政府专题会议', 'DTSTART;TZID=Asia/Shanghai:20271006T090000',
  'DTEND;TZID=Asia/Shanghai:20271006T110000', 'END:VEVENT']);

const spring = { '2027-02-05': 'holiday', '2027-02-06': 'holiday', '2027-02-07': 'holiday', '2027-02-08': 'holiday', '2027-02-09': 'holiday', '2027-02-10': 'holiday',
  '2027-02-11': 'holiday', '2027-02-12': 'holiday', '2027-02-13': 'holiday' };

function report(dates: Record<string, string>, years?: number[]) {
  return run({
    timezone: 'Asia/Shanghai', window: { from: '2027-10-01', to: '2027-10-31' },
    holidays: { source: '国办发明电〔2026〕X号（春节部分）', dates, ...(years !== undefined && { years }) },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'wd', kind: 'working-days', event: { level: 'district' } }],
  }, { 'gov.ics': meeting });
}

describe('QG-21: under-correction of 4e08bcc (QF-9) — the 春节 part of the 2027 notice typed in *with* its make-up working day makes all of 2027 known: a meeting on 6 October 2027 (国庆) gets nothing', () => {
  // QF-9: a few 2027 dates silently made the year known. 4e08bcc counts a year as supplied only with a make-up working
  // day — but the part an office types first is 春节's (the one its December–February planning needs), and that part
  // has its 调休 Saturday (20 February). Then 4–7 October 2027, days off under any notice, are working days and the
  // 区政府专题会议 on 6 October is fine. With the 春节 days alone it is `holiday-unknown` (guard).
  test('春节 days and 20 Feb as a workday: the 6 October meeting is at least holiday-unknown', () => {
    expect(report({ ...spring, '2027-02-20': 'workday' }).findings.map((f) => f.kind)).toEqual(['holiday-unknown']);
  });

  test('guard: the 春节 days alone: holiday-unknown', () => {
    expect(digest(report(spring))).toEqual(['holiday-unknown wd m@qg']);
  });

  // The fix (80cf13e): a year is known festival by festival; `years` still vouches for a whole year.
  test('the 国庆 part typed in as well (4–7 October off, 26 September and 9 October worked): the 6 October meeting is on a holiday', () => {
    const national = { '2027-10-04': 'holiday', '2027-10-05': 'holiday', '2027-10-06': 'holiday', '2027-10-07': 'holiday', '2027-09-26': 'workday', '2027-10-09': 'workday' };
    expect(digest(report({ ...spring, '2027-02-20': 'workday', ...national }))).toEqual(['holiday wd m@qg']);
  });

  test('guard: `years: [2027]` says the 春节 part is the whole year: 6 October is a working day, no finding', () => {
    expect(digest(report({ ...spring, '2027-02-20': 'workday' }, [2027]))).toEqual([]);
  });
});
