/**
 * A delegation abroad (a DST zone written by Outlook's Windows names and by IANA TZIDs) against Beijing
 * meetings, retyped copies in one room, and the JSON report an office tool imports.
 */
import { toJsonReport } from '../../src/index.js';
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const att = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const gov = { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' };
const party = { id: 'party', file: 'party.ics', office: '区委办', level: 'district' };

function cfg(rules: unknown[], window: { from: string; to: string }): Record<string, unknown> {
  return { timezone: 'Asia/Shanghai', window, calendars: [gov, party], people, locations: [{ name: '区政府大楼第一会议室', aliases: ['区政府第一会议室'] }], rules };
}
const db = [{ id: 'people', kind: 'no-double-booking' }];

/** Weekly Sunday 20:00 New York video call with a sister city, across the 13 March 2022 DST change. */
function nyCall(tzid: string): string {
  return vcalendar([
    'BEGIN:VEVENT', 'UID:sister-city', 'DTSTAMP:20220201T000000Z',
    `DTSTART;TZID=${tzid}:20220306T200000`, `DTEND;TZID=${tzid}:20220306T210000`,
    'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:友好城市视频会谈', att, 'END:VEVENT',
  ]);
}
// Beijing Monday 08:30–09:00: before DST the call is 09:00–10:00 Beijing (touching, no overlap);
// after DST (13 and 20 March) it is 08:00–09:00 Beijing → overlaps.
const mondays = vcalendar([
  'BEGIN:VEVENT', 'UID:monday', 'DTSTAMP:20220201T000000Z',
  'DTSTART;TZID=Asia/Shanghai:20220307T083000', 'DTEND;TZID=Asia/Shanghai:20220307T090000',
  'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:周一早班会', att, 'END:VEVENT',
]);

describe('a DST zone against Beijing', () => {
  test.each(['America/New_York', 'Eastern Standard Time', '"Eastern Standard Time"'])('TZID=%s: only the two weeks after the DST change clash', (tzid) => {
    const report = run(cfg(db, { from: '2022-03-01', to: '2022-03-31' }), { 'gov.ics': nyCall(tzid), 'party.ics': mondays });
    expect(digest(report)).toEqual([
      'double-booking people monday@2022-03-14T00:30:00Z sister-city@2022-03-14T00:00:00Z',
      'double-booking people monday@2022-03-21T00:30:00Z sister-city@2022-03-21T00:00:00Z',
    ]);
  });
});

describe('one room, a retyped copy', () => {
  test('the same meeting retyped on the other office\'s calendar with the room\'s alias → one booking, no venue clash', () => {
    const mk = (uid: string, loc: string): string => vcalendar([
      'BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220518T090000',
      'DTEND;TZID=Asia/Shanghai:20220518T110000', 'SUMMARY:区政府专题会议（老旧小区改造）', `LOCATION:${loc}`, 'END:VEVENT',
    ]);
    const report = run(cfg([{ id: 'rooms', kind: 'venue' }], { from: '2022-05-01', to: '2022-05-31' }), {
      'gov.ics': mk('exch-1', '区政府大楼第一会议室'),
      'party.ics': mk('oa-77', '区政府第一会议室'),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('the JSON report', () => {
  test('a double booking of an overridden instance: kinds, occurrences with recurrenceId and office, both languages, summary counts', () => {
    const series = vcalendar([
      'BEGIN:VEVENT', 'UID:weekly', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=China Standard Time:20220503T150000',
      'DTEND;TZID=China Standard Time:20220503T170000', 'RRULE:FREQ=WEEKLY;COUNT=4', 'SUMMARY:区政府常务会议', att, 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:weekly', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;TZID=China Standard Time:20220517T150000',
      'DTSTART;TZID=China Standard Time:20220519T150000', 'DTEND;TZID=China Standard Time:20220519T170000', 'SUMMARY:区政府常务会议', att, 'END:VEVENT',
    ]);
    const other = vcalendar([
      'BEGIN:VEVENT', 'UID:visit', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220519T080000Z', 'DTEND:20220519T090000Z', 'SUMMARY:接待省考察团', att, 'END:VEVENT',
    ]);
    const report = run(cfg(db, { from: '2022-05-01', to: '2022-05-31' }), { 'gov.ics': series, 'party.ics': other });
    const json = JSON.parse(JSON.stringify(toJsonReport(report))) as ReturnType<typeof toJsonReport>;
    expect(json.version).toBe(1);
    expect(json.findings).toHaveLength(1);
    const f = json.findings[0]!;
    expect(f.kind).toBe('double-booking');
    expect(f.rule).toBe('people');
    expect(f.severity).toBe('error');
    expect(f.people).toEqual(['li']);
    expect(Object.keys(f.message).sort()).toEqual(['en', 'zh-CN']);
    expect(f.message['zh-CN']).toContain('李明');
    expect(f.occurrences.map((o) => [o.calendar, o.uid, o.recurrenceId, o.start, o.end, o.office])).toEqual([
      ['gov', 'weekly', '2022-05-17T07:00:00Z', '2022-05-19T15:00:00+08:00', '2022-05-19T17:00:00+08:00', '区政府办'],
      ['party', 'visit', null, '2022-05-19T16:00:00+08:00', '2022-05-19T17:00:00+08:00', '区委办'],
    ]);
    expect(json.summary).toMatchObject({ calendars: 2, events: 3, occurrences: 5, skipped: 0 });
    expect(json.summary.findings.byKind['double-booking']).toBe(1);
    expect(json.summary.findings.total).toBe(1);
    expect(ofKind(report, 'double-booking')[0]!.id).toBe(f.id);
  });
});
