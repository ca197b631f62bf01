/**
 * Overrides as different exporters write them: a cancelled instance written with only RECURRENCE-ID
 * and STATUS, an override that restates nothing but its new title, overrides listed before their series.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const att = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const series = ['BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220503T150000',
  'DTEND;TZID=Asia/Shanghai:20220503T170000', 'RRULE:FREQ=WEEKLY;COUNT=5', 'SUMMARY:常务会议', att, 'END:VEVENT'];
const clash24 = vcalendar(['BEGIN:VEVENT', 'UID:v', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220524T160000',
  'DTEND;TZID=Asia/Shanghai:20220524T163000', 'SUMMARY:接待来访', 'END:VEVENT']);

describe('override dialects', () => {
  // Regression, qa-bugs.md QA-7 (fixed): the override is skipped (missing-dtstart) and the cancelled instance stays booked.
  test('a cancelled instance written without DTSTART (RECURRENCE-ID and STATUS only) → that slot is free', () => {
    const text = vcalendar([...series,
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220524T150000', 'STATUS:CANCELLED', 'END:VEVENT']);
    const report = run(cfg, { 'gov.ics': text, 'mayor.ics': clash24 });
    expect(digest(report)).toEqual([]);
  });

  test('overrides listed before their series (as some servers write them) still apply', () => {
    const text = vcalendar([
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220524T150000',
      'DTSTART;TZID=Asia/Shanghai:20220524T150000', 'DTEND;TZID=Asia/Shanghai:20220524T170000', 'STATUS:CANCELLED', 'SUMMARY:常务会议', 'END:VEVENT',
      ...series]);
    const report = run(cfg, { 'gov.ics': text, 'mayor.ics': clash24 });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(6);
  });

  test('an override that only retitles the instance (no DTEND) keeps the series length → still clashes at 16:00', () => {
    const text = vcalendar([...series,
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220524T150000',
      'DTSTART;TZID=Asia/Shanghai:20220524T150000', 'SUMMARY:常务会议（专题：防汛）', att, 'END:VEVENT']);
    const report = run(cfg, { 'gov.ics': text, 'mayor.ics': clash24 });
    expect(ofKind(report, 'double-booking').map(refs)).toEqual([['v', 'w@2022-05-24T07:00:00Z']]);
  });

  test('a whole series cancelled (STATUS:CANCELLED on the master) → no instance books him', () => {
    const text = vcalendar(series.map((l) => (l === 'SUMMARY:常务会议' ? 'STATUS:CANCELLED\r\nSUMMARY:常务会议' : l)));
    const report = run(cfg, { 'gov.ics': text, 'mayor.ics': clash24 });
    expect(digest(report)).toEqual([]);
  });
});
