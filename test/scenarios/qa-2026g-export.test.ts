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
