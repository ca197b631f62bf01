/**
 * An office tool asks before saving: "if I book this, what does it clash with?" — a new meeting in a
 * booked room, and moving one instance of a weekly meeting.
 */
import { DateTime } from 'luxon';
import { checkProposal, configWindow, loadCalendar, prepareCheck, type Occurrence } from '../../src/index.js';
import { config as validated, refs, vcalendar } from './harness.js';

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
  locations: [{ name: '区政府大楼第一会议室', aliases: ['区政府第一会议室'] }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'congress', file: 'congress.ics', office: '区人大办', level: 'district' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
};
const files: Record<string, string> = {
  'gov.ics': vcalendar([
    'BEGIN:VEVENT', 'UID:weekly', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220503T150000', 'DTEND;TZID=Asia/Shanghai:20220503T170000',
    'RRULE:FREQ=WEEKLY;BYDAY=TU', 'SUMMARY:区政府常务会议', 'LOCATION:区政府大楼第一会议室', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT',
  ]),
  'congress.ics': vcalendar([
    'BEGIN:VEVENT', 'UID:hearing', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220519T150000', 'DTEND;TZID=Asia/Shanghai:20220519T160000',
    'SUMMARY:执法检查汇报会', 'LOCATION:区政府第一会议室', 'END:VEVENT',
  ]),
};

function prepared(): { prep: ReturnType<typeof prepareCheck>; occurrences: Occurrence[] } {
  const config = validated(raw);
  const span = configWindow(config.window, config.timezone);
  const occurrences = config.calendars.flatMap((c) => [...loadCalendar(files[c.file]!, {
    meta: { id: c.id, office: c.office, level: c.level, owner: c.owner }, window: span, defaultZone: config.timezone, file: c.file,
  }).occurrences]);
  return { prep: prepareCheck({ occurrences, config, window: config.window }), occurrences };
}
const at = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' });

describe('checkProposal', () => {
  test('a new meeting in the room during a Tuesday 常务会议 → venue with that instance', () => {
    const { prep } = prepared();
    const found = checkProposal(prep, { calendar: 'congress', summary: '主任会议', start: at('2022-05-10T16:00'), end: at('2022-05-10T17:30'), location: '区政府第一会议室' });
    expect(found.map((f) => f.kind)).toEqual(['venue']);
    expect(refs(found[0]!)).toContain('weekly@2022-05-10T07:00:00Z');
    expect(found[0]!.occurrences).toHaveLength(2);
  });

  test('moving the 17 May instance to Thursday 19 May 15:00 → clashes with the hearing in the same room; its old slot is not counted', () => {
    const { prep } = prepared();
    const found = checkProposal(prep, {
      calendar: 'gov', uid: 'weekly', recurrenceId: '2022-05-17T07:00:00Z', summary: '区政府常务会议',
      start: at('2022-05-19T15:00'), end: at('2022-05-19T17:00'), location: '区政府大楼第一会议室', attendees: ['mailto:liming@jb.gov.example'],
    });
    expect(found.map((f) => f.kind)).toEqual(['venue']);
    expect(refs(found[0]!)).toContain('hearing');
  });

  test('moving it to a free slot → no findings, and not a clash with the instance it replaces', () => {
    const { prep } = prepared();
    const found = checkProposal(prep, {
      calendar: 'gov', uid: 'weekly', recurrenceId: '2022-05-17T07:00:00Z', summary: '区政府常务会议',
      start: at('2022-05-17T16:00'), end: at('2022-05-17T18:00'), location: '区政府大楼第一会议室', attendees: ['mailto:liming@jb.gov.example'],
    });
    expect(found).toEqual([]);
  });
});
