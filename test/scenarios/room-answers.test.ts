/**
 * Exchange room mailboxes answer bookings. A room that DECLINED did so because it is taken: the second
 * meeting still names a room it will not get, so the clash is real and reported (staff must move it).
 */
import { digest, run, vcalendar } from './harness.js';

const cfg = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'congress', file: 'congress.ics', office: '区人大办', level: 'district' },
  ],
  locations: [{ name: '区政府大楼第一会议室', aliases: ['room1@jb.gov.example'] }],
  rules: [{ id: 'rooms', kind: 'venue' }],
};
const ev = (uid: string, s: string, e: string, room: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
  `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, `SUMMARY:会议${uid}`, room, 'END:VEVENT']);

describe('room answers', () => {
  test('the room DECLINED the second booking → still a venue finding (the meeting counts on a room it will not get)', () => {
    const report = run(cfg, {
      'gov.ics': ev('a', '20220518T090000', '20220518T110000', 'ATTENDEE;CUTYPE=ROOM;PARTSTAT=ACCEPTED;CN=区政府大楼第一会议室:mailto:room1@jb.gov.example'),
      'congress.ics': ev('b', '20220518T100000', '20220518T113000', 'ATTENDEE;CUTYPE=ROOM;PARTSTAT=DECLINED;CN=区政府大楼第一会议室:mailto:room1@jb.gov.example'),
    });
    expect(digest(report)).toEqual(['venue rooms a b']);
  });

  test('both bookings ACCEPTED (a room mailbox that allows conflicts) → venue clash', () => {
    const report = run(cfg, {
      'gov.ics': ev('a', '20220518T090000', '20220518T110000', 'ATTENDEE;CUTYPE=ROOM;PARTSTAT=ACCEPTED;CN=区政府大楼第一会议室:mailto:room1@jb.gov.example'),
      'congress.ics': ev('b', '20220518T100000', '20220518T113000', 'ATTENDEE;CUTYPE=ROOM;PARTSTAT=ACCEPTED;CN=区政府大楼第一会议室:mailto:room1@jb.gov.example'),
    });
    expect(digest(report)).toEqual(['venue rooms a b']);
  });
});
