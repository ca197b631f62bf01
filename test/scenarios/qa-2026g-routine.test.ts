/**
 * QA 2026g (review of this session's fixes) — the weekly 区政府常务会议 through 2027, planned in November 2026 while the
 * bundled holiday data ends with 2026, after abf0547 (QF-1). `test.failing` ones pin open bugs under their QG id
 * (see /work/notes/qa-2026g.md).
 */
import { ics, ofKind, run, vcalendar } from './harness.js';

/** Thursdays through 2027; the office left out the weeks of 7 Jan, 11 Mar, 8 Apr, 6 May, 10 Jun and 16 Sep. */
const weekly = vcalendar([
  'BEGIN:VEVENT', 'UID:weekly@qg', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区政府常务会议',
  'DTSTART;TZID=Asia/Shanghai:20261203T090000', 'DTEND;TZID=Asia/Shanghai:20261203T113000',
  'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20271231T155959Z',
  'EXDATE;TZID=Asia/Shanghai:20270107T090000,20270311T090000,20270408T090000,20270506T090000,20270610T090000,20270916T090000',
  'END:VEVENT',
]);

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2027-01-04', to: '2027-09-30' },
  calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  rules: [{ id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1 }],
};

function missed(severity: 'warning' | 'info'): string[] {
  return ofKind(run(raw, { 'gov.ics': weekly }), 'cadence-missed').filter((f) => f.severity === severity).map((f) => f.data.periodStart.slice(0, 10)).sort();
}

describe('QG-8: over-correction of abf0547 (QF-1) — a week next to a one-day festival (元旦, 清明, 端午, 中秋) or 劳动节 of an unpublished year is “may hold no working day”: its missed meeting is only an info', () => {
  // abf0547 bounds an unknown year by the longest break ever (nine days) around *every* day the law fixes. That is right
  // for 春节 and 国庆 (and 中秋 joined to 国庆), but 元旦, 清明, 端午 and 中秋 are one legal day (a break of at most three
  // days with the weekend) and 劳动节 two (at most five): the weeks of 4 Jan, 5 Apr, 3 May, 7 Jun and 13 Sep 2027 hold
  // working days under any notice. Their missed 常务会议 becomes “无法判断…：2027年的节假日安排未知” (info), like the
  // 春节 week; the same miss in the week of 8 March is a warning.
  test('the missed weeks next to 元旦, 清明, 劳动节, 端午 and 中秋 2027 are warnings', () => {
    expect(missed('warning')).toEqual(['2027-01-04', '2027-03-08', '2027-04-05', '2027-05-03', '2027-06-07', '2027-09-13']);
  });

  test('guard: the week of 8 March 2027 (far from every holiday) is a warning', () => {
    expect(missed('warning')).toContain('2027-03-08');
  });
});

describe('QG-10: over-correction of e9c9797 (QF-16) — the duty roster exported for December makes every later missed 常务会议 on the fully exported office calendar a “cannot judge” info', () => {
  // The 总值班室 sends its roster for December from Outlook (X-CLIPSTART/X-CLIPEND, as in QF-16); the 区政府办's calendar is
  // exported whole. The weekly 常务会议 rule selects by title only, as the example's 四套班子联席会议 rule does, so
  // `couldHold` lets the roster "hold" a 常务会议: the missed week of 8 March 2027 on the office calendar becomes an info
  // “可能载有该会议的日历（总值班室）只导出了 2026年12月1日 至 2026年12月31日 的日程”. Without the range headers (or
  // without the roster) it is a warning. A calendar that holds no such meeting inside its range says nothing for
  // the others' days.
  const gov = vcalendar([
    'BEGIN:VEVENT', 'UID:weekly@qg', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区政府常务会议',
    'DTSTART;TZID=Asia/Shanghai:20261203T090000', 'DTEND;TZID=Asia/Shanghai:20261203T113000',
    'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270331T155959Z', 'EXDATE;TZID=Asia/Shanghai:20261217T090000,20270311T090000', 'END:VEVENT',
  ]);
  const roster = (range: readonly string[]) => {
    const shifts: string[] = [];
    for (let d = 1; d <= 31; d += 1) {
      const day = `202612${String(d).padStart(2, '0')}`;
      const next = d === 31 ? '20270101' : `202612${String(d + 1).padStart(2, '0')}`;
      shifts.push('BEGIN:VEVENT', `UID:s${d}@qg`, 'DTSTAMP:20261125T020000Z', 'SUMMARY:值班：王芳', `DTSTART;TZID=Asia/Shanghai:${day}T083000`, `DTEND;TZID=Asia/Shanghai:${next}T083000`, 'END:VEVENT');
    }
    return ics('BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', ...range, ...shifts, 'END:VCALENDAR');
  };
  const withRoster = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-03-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
    rules: [{ id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1 }],
  };
  const missedWeeks = (range: readonly string[]) =>
    ofKind(run(withRoster, { 'gov.ics': gov, 'duty.ics': roster(range) }), 'cadence-missed').map((f) => `${f.severity} ${f.data.periodStart.slice(0, 10)}`);

  test('with the roster exported for December: the missed week of 8 March is a warning', () => {
    expect(missedWeeks(['X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z'])).toEqual(['warning 2026-12-14', 'warning 2027-03-08']);
  });

  test('guard: the same roster without the range headers: both missed weeks are warnings', () => {
    expect(missedWeeks([])).toEqual(['warning 2026-12-14', 'warning 2027-03-08']);
  });
});
