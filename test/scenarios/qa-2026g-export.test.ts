/**
 * QA 2026g (review of this session's fixes) — routine meetings and calendars exported for a date range, after e44f830
 * (the QG-10 fix of e9c9797). `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { ics, ofKind, run, vcalendar } from './harness.js';

function event(uid: string, summary: string, day: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${day}T090000`, `DTEND;TZID=Asia/Shanghai:${day}T110000`, 'END:VEVENT'];
}

describe('QG-16: under-correction of e44f830 (QG-10 fix) — the 区委办\'s December export (X-CLIPEND) holds no quarterly 联席会议, so Q1 2027 is a “missed” warning again, though the file says nothing of January–March', () => {
  // The example's rule: `四套班子联席会议` at least once a quarter, selected by title alone. The 区委办 — whose calendar holds
  // the 联席会议 (October's, not in this export) — sends December only (Outlook X-CLIPSTART/X-CLIPEND); the 区政府办's
  // calendar is whole and holds none. e9c9797 made Q1 an info naming the 区委办's export (QF-16); e44f830, to keep a duty
  // roster from hiding every missed meeting (QG-10), counts a clipped calendar only when it holds a matching meeting in
  // its range — a quarterly meeting seldom falls in a one-month export — and Q1 is a warning “只安排了 0 次” again.
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-03-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'joint', kind: 'cadence', event: { summary: '^四套班子联席会议' }, every: 'quarter', min: 1 }],
  };
  const party = (range: readonly string[]) => ics('BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', ...range,
    ...event('sc@qg', '区委常委会会议', '20261208'), 'END:VCALENDAR');
  const gov = vcalendar(event('ex@qg', '区政府常务会议', '20261210'));
  const q1 = (range: readonly string[]) => ofKind(run(raw, { 'gov.ics': gov, 'party.ics': party(range) }), 'cadence-missed').map((f) => `${f.severity} ${f.data.periodStart.slice(0, 10)}`);

  test('the 区委办 exported December only: Q1 2027 is an info naming its export', () => {
    expect(q1(['X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z'])).toEqual(['info 2027-01-01']);
  });

  test('guard: both calendars exported whole: Q1 2027 is a warning', () => {
    expect(q1([])).toEqual(['warning 2027-01-01']);
  });
});

describe('QG-22: under-correction of 7b507d7 (QG-16/QG-10 fix) — a December roster of bare names (王芳, 张伟: a roster of days alone) is not recognised as a roster: March\'s missed 常务会议 is an info again', () => {
  // 7b507d7 leaves out of the possible holders a clipped calendar that is a coverage rule's or "holds only shifts". The
  // 总值班室's DingTalk 排班 export writes the person alone (王芳 / 张伟, whole days or 08:30–08:30) — README coverage: "on a
  // roster of days alone any (李明, 王芳: QA26-51)" is a shift — but without a coverage rule naming the calendar, bare
  // names are no shifts here, and the missed 常务会议 of 8 March 2027 on the whole-exported office calendar becomes
  // “可能载有该会议的日历（总值班室）只导出了…” again. With 值班：王芳 it is a warning (guard).
  const gov = vcalendar([
    'BEGIN:VEVENT', 'UID:weekly@qg', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区政府常务会议',
    'DTSTART;TZID=Asia/Shanghai:20261203T090000', 'DTEND;TZID=Asia/Shanghai:20261203T113000',
    'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270331T155959Z', 'EXDATE;TZID=Asia/Shanghai:20261217T090000,20270311T090000', 'END:VEVENT',
  ]);
  const roster = (prefix: string) => {
    const days: string[] = [];
    for (let d = 1; d <= 31; d += 1) {
      const day = `202612${String(d).padStart(2, '0')}`;
      const next = d === 31 ? '20270101' : `202612${String(d + 1).padStart(2, '0')}`;
      days.push('BEGIN:VEVENT', `UID:s${d}@qg`, 'DTSTAMP:20261125T020000Z', `SUMMARY:${prefix}${d % 2 === 1 ? '王芳' : '张伟'}`, `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'END:VEVENT');
    }
    return ics('BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z', ...days, 'END:VCALENDAR');
  };
  const weeklyRaw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-03-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
    rules: [{ id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1 }],
  };
  const missed = (prefix: string) => ofKind(run(weeklyRaw, { 'gov.ics': gov, 'duty.ics': roster(prefix) }), 'cadence-missed').map((f) => `${f.severity} ${f.data.periodStart.slice(0, 10)}`);

  test('roster of bare names: the missed week of 8 March is a warning', () => {
    expect(missed('')).toEqual(['warning 2026-12-14', 'warning 2027-03-08']);
  });

  test('guard: roster of 值班：王芳 entries: the missed week of 8 March is a warning', () => {
    expect(missed('值班：')).toEqual(['warning 2026-12-14', 'warning 2027-03-08']);
  });
});
