/**
 * A copy of a series behind another calendar's newer series revision (QA26-13), through the whole
 * check: the newer series may lie outside the window (load-sources' look-up of unseen revisions must
 * still bring it in), the stale copy's people keep the instances the newer series still has, and an
 * override the stale calendar rescheduled later than the newer series stays where it is.
 */
import { digest, run, vcalendar } from '../../scenarios/harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }];
const stamp = 'DTSTAMP:20220401T000000Z';
const uid = 'UID:040000008200E00074C5B7101A82E00800000000S13@exchange.example';
const sh = (prop: string, date: string, time: string): string => `${prop};TZID=Asia/Shanghai:${date}T${time}00`;
const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
  rules: [{ id: 'people', kind: 'no-double-booking' }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
};
const series = (sequence: number, date: string, rule: string, extra: readonly string[] = []): string[] => [
  'BEGIN:VEVENT', uid, stamp, `SEQUENCE:${sequence}`, 'SUMMARY:区政府常务会议', sh('DTSTART', date, '1500'), sh('DTEND', date, '1700'),
  `RRULE:${rule}`, 'ATTENDEE:mailto:liming@jb.gov.example', ...extra, 'END:VEVENT',
];
const other = (date: string, time: string, end: string): string[] => [
  'BEGIN:VEVENT', `UID:visit-${date}@jb.example`, stamp, 'SUMMARY:接待省考察组', sh('DTSTART', date, time), sh('DTEND', date, end), 'END:VEVENT',
];

describe('a stale copy of a series, judged against the newer series across the whole check (QA26-13)', () => {
  test('the newer series moved wholly past the window (to July): none of the old May Tuesdays books 李明', () => {
    const report = run(raw, {
      'gov.ics': vcalendar(series(1, '20220705', 'FREQ=WEEKLY;COUNT=4')),
      'mayor.ics': vcalendar([...series(0, '20220503', 'FREQ=WEEKLY;COUNT=4'), ...other('20220517', '1530', '1630')]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('an instance the newer series still has keeps booking him at its (new) time', () => {
    // The newer series runs 15:00–17:00 on Wednesdays; the stale Tuesday copy is gone, the Wednesday clash stays.
    const report = run(raw, {
      'gov.ics': vcalendar(series(1, '20220504', 'FREQ=WEEKLY;COUNT=4')),
      'mayor.ics': vcalendar([...series(0, '20220503', 'FREQ=WEEKLY;COUNT=4'), ...other('20220518', '1530', '1630')]),
    });
    expect(digest(report)).toHaveLength(1);
  });

  test('an override the stale calendar rescheduled later (higher SEQUENCE than the newer series) still books him', () => {
    const moved = ['BEGIN:VEVENT', uid, stamp, 'SEQUENCE:3', 'SUMMARY:区政府常务会议', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220517T150000',
      sh('DTSTART', '20220519', '1500'), sh('DTEND', '20220519', '1700'), 'ATTENDEE:mailto:liming@jb.gov.example', 'END:VEVENT'];
    const report = run(raw, {
      'gov.ics': vcalendar(series(1, '20220503', 'FREQ=WEEKLY;COUNT=4')),
      'mayor.ics': vcalendar([...series(0, '20220503', 'FREQ=WEEKLY;COUNT=4'), ...moved, ...other('20220519', '1530', '1630'), ...other('20220517', '1530', '1630')]),
    });
    // 19 May: the override (SEQUENCE 3) is current and clashes; 17 May: the newer series' copy of that
    // instance (SEQUENCE 1) is older than the override, so nothing is held on the 17th.
    expect(digest(report)).toHaveLength(1);
    expect(report.findings[0]!.occurrences.map((o) => o.start)).toEqual(['2022-05-19T15:00:00+08:00', '2022-05-19T15:30:00+08:00']);
  });
});
