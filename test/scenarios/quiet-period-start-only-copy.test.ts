/**
 * LE-7 (property seed 1422570673): a start-only entry is a meeting when it names people or a place (QB-34) and a
 * reminder when it names neither. Two offices' copies of one start-only meeting (same UID and start) — the 区委办's
 * bare, the 区政府办's listing 李明 — are one meeting held at its start; in a quiet period it is reported. Before,
 * the bare copy (the smaller key) stood for the meeting and was skipped as a reminder: no finding.
 */
import { digest, run, vcalendar } from './harness.js';

const entry = (extra: readonly string[]) => vcalendar(['BEGIN:VEVENT', 'UID:cwh@qu', 'DTSTAMP:20260101T000000Z', 'SUMMARY:区委常委会会议', 'DTSTART:20270119T090000', ...extra, 'END:VEVENT'], ['X-WR-TIMEZONE:Asia/Shanghai']);
const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@qu.gov.example'] }],
  calendars: [
    { id: 'a-party', file: 'a.ics', office: '区委办', level: 'district' },
    { id: 'b-gov', file: 'b.ics', office: '区政府办', level: 'district' },
  ],
  rules: [{ id: 'congress', kind: 'quiet-period', event: { level: 'district' }, during: { from: '2027-01-18', to: '2027-01-20' } }],
};

test('LE-7: the start-only meeting with a bare copy and a copy naming 李明 is held in the quiet period', () => {
  expect(digest(run(raw, { 'a.ics': entry([]), 'b.ics': entry(['ATTENDEE;CN=李明:mailto:liming@qu.gov.example']) }))).toHaveLength(1);
});

test('guard: both copies bare — a reminder, no meeting held', () => {
  expect(digest(run(raw, { 'a.ics': entry([]), 'b.ics': entry([]) }))).toEqual([]);
});
