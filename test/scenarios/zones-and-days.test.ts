/**
 * Day arithmetic in the office's own zone: an office outside Beijing time, a calendar's configured zone
 * against its file's X-WR-TIMEZONE, recurring all-day rest days, and all-day entries written with
 * DTEND equal to DTSTART, as some OA systems do.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const att = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const db = [{ id: 'people', kind: 'no-double-booking' }];

describe('an office in Asia/Urumqi (UTC+6) configures its own zone', () => {
  const cfg = (window: { from: string; to: string }): Record<string, unknown> => ({
    timezone: 'Asia/Urumqi', window, people, rules: db,
    calendars: [{ id: 'oa', file: 'oa.ics', office: '县政府办', level: 'district' }],
  });
  test('window days are read in Asia/Urumqi: a floating 23:30 on the last day is in, UTC 18:00 of the last day (00:00 +06 next day) is out', () => {
    const text = vcalendar([
      'BEGIN:VEVENT', 'UID:late', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220531T233000', 'DTEND:20220531T235900', 'SUMMARY:夜间调度', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:next', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220531T180000Z', 'DTEND:20220531T190000Z', 'SUMMARY:次日零点', 'END:VEVENT',
    ]);
    const report = run(cfg({ from: '2022-05-01', to: '2022-05-31' }), { 'oa.ics': text });
    expect(report.summary.occurrences).toBe(1);
    expect(report.window.timezone).toBe('Asia/Urumqi');
  });

  test('findings carry times in the office zone', () => {
    const text = vcalendar([
      'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220510T100000', 'DTEND:20220510T120000', 'SUMMARY:甲', att, 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:b', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220510T050000Z', 'DTEND:20220510T060000Z', 'SUMMARY:乙', att, 'END:VEVENT',
    ]);
    const report = run(cfg({ from: '2022-05-01', to: '2022-05-31' }), { 'oa.ics': text });
    const f = ofKind(report, 'double-booking');
    expect(f).toHaveLength(1);
    expect(f[0]!.data.overlapStart).toBe('2022-05-10T11:00:00+06:00');
  });
});

describe('a calendar\'s configured zone against its X-WR-TIMEZONE', () => {
  test('calendars[].timezone Asia/Shanghai beats a wrong X-WR-TIMEZONE:UTC on floating times', () => {
    const cfg = {
      timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people, rules: db,
      calendars: [
        { id: 'feishu', file: 'feishu.ics', office: '区政协办', level: 'district', timezone: 'Asia/Shanghai' },
        { id: 'ding', file: 'ding.ics', office: '区委办', level: 'district' },
      ],
    };
    const report = run(cfg, {
      'feishu.ics': vcalendar(['BEGIN:VEVENT', 'UID:f', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220510T093000', 'DTEND:20220510T103000', 'SUMMARY:协商会', att, 'END:VEVENT'], ['X-WR-TIMEZONE:UTC']),
      'ding.ics': vcalendar(['BEGIN:VEVENT', 'UID:d', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220510T010000Z', 'DTEND:20220510T020000Z', 'SUMMARY:常委会', att, 'END:VEVENT']),
    });
    expect(digest(report)).toEqual(['double-booking people d f']);
  });
});

describe('all-day entries', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people, rules: db,
    calendars: [
      { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
  };
  const saturdayMeeting = vcalendar(['BEGIN:VEVENT', 'UID:sat', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220514T090000', 'DTEND;TZID=Asia/Shanghai:20220514T110000', 'SUMMARY:周末加班调度会', att, 'END:VEVENT']);

  test('a weekly all-day 公休 series (VALUE=DATE RRULE) books him on the Saturday → finding names the date instance', () => {
    const rest = vcalendar(['BEGIN:VEVENT', 'UID:rest', 'DTSTAMP:20220401T000000Z', 'DTSTART;VALUE=DATE:20220507', 'DTEND;VALUE=DATE:20220508', 'RRULE:FREQ=WEEKLY;BYDAY=SA', 'SUMMARY:公休', 'TRANSP:TRANSPARENT', 'END:VEVENT']);
    const report = run(cfg, { 'mayor.ics': rest, 'gov.ics': saturdayMeeting });
    expect(ofKind(report, 'double-booking').map(refs)).toEqual([['rest@2022-05-14', 'sat']]);
  });

  test('请假 written with DTEND equal to DTSTART (an OA habit) is read as that one day → double-booking', () => {
    const leave = vcalendar(['BEGIN:VEVENT', 'UID:leave', 'DTSTAMP:20220401T000000Z', 'DTSTART;VALUE=DATE:20220514', 'DTEND;VALUE=DATE:20220514', 'SUMMARY:请假', 'END:VEVENT']);
    const report = run(cfg, { 'mayor.ics': leave, 'gov.ics': saturdayMeeting });
    expect(ofKind(report, 'double-booking').map(refs)).toEqual([['leave', 'sat']]);
  });
});
