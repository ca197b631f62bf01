/**
 * Ordering with copies: the district meeting on both district offices' calendars (same UID, or retyped),
 * the city meeting on two city calendars — one finding per meeting, not per copy.
 */
import { digest, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
  calendars: [
    { id: 'city-party', file: 'cp.ics', office: '市委办', level: 'city' },
    { id: 'city-gov', file: 'cg.ics', office: '市政府办', level: 'city' },
    { id: 'district-party', file: 'dp.ics', office: '区委办', level: 'district' },
    { id: 'district-gov', file: 'dg.ics', office: '区政府办', level: 'district' },
  ],
  rules: [{ id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' }],
};
const ev = (uid: string, start: string, end: string, summary: string, utc = false): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  utc ? `DTSTART:${start}` : `DTSTART;TZID=Asia/Shanghai:${start}`, utc ? `DTEND:${end}` : `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, 'END:VEVENT']);

describe('copies under an ordering rule', () => {
  test('district meeting on both district calendars (same UID, UTC and TZID) → one order', () => {
    const report = run(cfg, {
      'cp.ics': ev('city', '20220421T090000', '20220421T113000', '临江市总河长会议'),
      'cg.ics': ev('city', '20220421T090000', '20220421T113000', '临江市总河长会议'),
      'dp.ics': ev('dist', '20220420T070000Z', '20220420T090000Z', '江滨区总河长会议', true),
      'dg.ics': ev('dist', '20220420T150000', '20220420T170000', '江滨区总河长会议'),
    });
    expect(digest(report)).toEqual(['order river-chief city dist']);
  });

  // Regression, qa-bugs.md QA-12 (fixed): retyped copies (new UID, same summary and times) count once, as same-UID ones.
  test('district meeting retyped on the second district calendar (new UID) → one order', () => {
    const report = run(cfg, {
      'cp.ics': ev('city', '20220421T090000', '20220421T113000', '临江市总河长会议'),
      'cg.ics': vcalendar([]),
      'dp.ics': ev('dist', '20220420T150000', '20220420T170000', '江滨区总河长会议'),
      'dg.ics': ev('oa-991', '20220420T150000', '20220420T170000', '江滨区总河长会议'),
    });
    expect(report.findings.filter((f) => f.kind === 'order')).toHaveLength(1);
  });

  test('district meeting not yet matched by any city one, on both calendars → one order-missing', () => {
    const report = run(cfg, {
      'cp.ics': vcalendar([]),
      'cg.ics': vcalendar([]),
      'dp.ics': ev('dist', '20220420T150000', '20220420T170000', '江滨区总河长会议'),
      'dg.ics': ev('dist', '20220420T150000', '20220420T170000', '江滨区总河长会议'),
    });
    expect(report.findings.filter((f) => f.kind === 'order-missing')).toHaveLength(1);
  });
});
