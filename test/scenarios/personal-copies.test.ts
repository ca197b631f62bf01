/**
 * A leader's secretary retypes the meetings he goes to into his personal calendar (new UID, same
 * title and times). The copy is his attendance, not a conflict with the meeting itself.
 */
import { digest, run, vcalendar } from './harness.js';

const people = [{ id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记', '总河长'] }];
const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' }, people,
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'secretary', file: 'secretary.ics', office: '区委办', level: 'district', owner: 'zhou' },
  ],
  locations: [{ name: '区政府大楼第一会议室' }],
  rules: [
    { id: 'people', kind: 'no-double-booking' },
    { id: 'rooms', kind: 'venue' },
    { id: 'travel', kind: 'travel-time' },
    { id: 'chiefs', kind: 'required-attendance', event: { summary: '河湖长制' }, people: ['role:总河长'] },
  ],
};
const ev = (uid: string, summary: string, loc: string | null, extra: string[] = []): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  'DTSTART;TZID=Asia/Shanghai:20220615T090000', 'DTEND;TZID=Asia/Shanghai:20220615T110000', `SUMMARY:${summary}`, ...(loc === null ? [] : [`LOCATION:${loc}`]), ...extra, 'END:VEVENT']);

describe('a retyped copy in the leader\'s own calendar', () => {
  // Regression, qa-bugs.md QA-11 (fixed): the leader's retyped copy (same title and times) on his calendar is his attendance.
  test('the office copy does not list him; his retyped copy → present, not busy, no room clash', () => {
    const report = run(cfg, {
      'gov.ics': ev('exch-001', '全区河湖长制工作推进会', '区政府大楼第一会议室'),
      'secretary.ics': ev('apple-77', '全区河湖长制工作推进会', '区政府大楼第一会议室'),
    });
    expect(digest(report)).toEqual([]);
  });

  // Regression, qa-bugs.md QA-11 (fixed).
  test('his copy without a location → the same', () => {
    const report = run(cfg, {
      'gov.ics': ev('exch-001', '全区河湖长制工作推进会', '区政府大楼第一会议室'),
      'secretary.ics': ev('apple-77', '全区河湖长制工作推进会', null),
    });
    expect(digest(report)).toEqual([]);
  });

  // Not a recognised copy (titles differ): the office meeting does not list him → required-missing on it; his own
  // entry also matches the selector and he attends it as owner, so nothing on it.
  test('his entry with another title is not a copy → required-missing on the office meeting only', () => {
    const report = run(cfg, {
      'gov.ics': ev('exch-001', '全区河湖长制工作推进会', '区政府大楼第一会议室'),
      'secretary.ics': ev('apple-77', '参加全区河湖长制会议', null),
    });
    expect(digest(report)).toEqual(['required-missing chiefs exch-001']);
  });
});

describe('copies that differ in status', () => {
  const dbOnly = { ...cfg, rules: [{ id: 'people', kind: 'no-double-booking' }] };
  test('office copy confirmed with him, his retyped copy tentative → no tentative-overlap with itself', () => {
    const report = run(dbOnly, {
      'gov.ics': ev('exch-001', '全区河湖长制工作推进会', '区政府大楼第一会议室', ['ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example']),
      'secretary.ics': ev('apple-77', '全区河湖长制工作推进会', null, ['STATUS:TENTATIVE']),
    });
    expect(digest(report)).toEqual([]);
  });

  test('same UID: his copy tentative, the office copy confirmed → nothing', () => {
    const report = run(dbOnly, {
      'gov.ics': ev('exch-001', '全区河湖长制工作推进会', '区政府大楼第一会议室', ['ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example']),
      'secretary.ics': ev('exch-001', '全区河湖长制工作推进会', null, ['STATUS:TENTATIVE']),
    });
    expect(digest(report)).toEqual([]);
  });
});
