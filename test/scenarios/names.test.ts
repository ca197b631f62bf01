/**
 * Names as Chinese office systems print them: two-character names padded with a full-width space to
 * line up with three-character ones (李　明), and names carried only in CN without an address.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example', '李明'], roles: ['区长'] }];
const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people,
  calendars: [
    { id: 'oa', file: 'oa.ics', office: '区人大办', level: 'district' },
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const ev = (uid: string, start: string, end: string, attendee: string): string =>
  vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`,
    `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:会议${uid}`, attendee, 'END:VEVENT']);

describe('names', () => {
  test('CN=李明 without an address matches the directory by name', () => {
    const report = run(cfg, {
      'oa.ics': ev('a', '20220510T090000', '20220510T110000', 'ATTENDEE;CN=李明:invalid:nomail'),
      'gov.ics': ev('b', '20220510T100000', '20220510T120000', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'),
    });
    expect(digest(report)).toEqual(['double-booking people a b']);
    expect(ofKind(report, 'double-booking')[0]!.people).toEqual(['li']);
  });

  // OA systems pad two-character names with U+3000 to align them with three-character ones.
  test('CN=李　明 (full-width space padding) is 李明', () => {
    const report = run(cfg, {
      'oa.ics': ev('a', '20220510T090000', '20220510T110000', 'ATTENDEE;CN=李　明:invalid:nomail'),
      'gov.ics': ev('b', '20220510T100000', '20220510T120000', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'),
    });
    expect(digest(report)).toEqual(['double-booking people a b']);
    expect(ofKind(report, 'double-booking')[0]!.people).toEqual(['li']);
  });

  test('CN with surrounding spaces " 李明 " is 李明', () => {
    const report = run(cfg, {
      'oa.ics': ev('a', '20220510T090000', '20220510T110000', 'ATTENDEE;CN=" 李明 ":invalid:nomail'),
      'gov.ics': ev('b', '20220510T100000', '20220510T120000', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example'),
    });
    expect(ofKind(report, 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });
});
