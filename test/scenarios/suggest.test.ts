/**
 * The scheduling assistant end to end, from .ics text as offices export it: "find a time" for a
 * meeting with a conflict, through validateConfig, loadCalendar, prepareCheck and suggestSlots.
 */
import { configWindow, loadCalendar, prepareCheck, proposalFromOccurrence, suggestSlots, type Occurrence } from '../../src/index.js';
import { config as validated, vcalendar } from './harness.js';

const base = {
  timezone: 'Asia/Shanghai',
  window: { from: '2022-05-09', to: '2022-05-20' },
  people: [
    { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
    { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记'] },
  ],
  locations: [{ name: '区政府大楼第一会议室', aliases: ['区政府第一会议室'] }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
};

function ev(uid: string, start: string, end: string, summary: string, extra: readonly string[] = [], zone = 'TZID=Asia/Shanghai'): string[] {
  const when = (v: string) => (v.endsWith('Z') ? `:${v}` : `;${zone}:${v}`);
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART${when(start)}`, `DTEND${when(end)}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
}

function load(raw: unknown, files: Readonly<Record<string, string>>) {
  const config = validated(raw);
  const span = configWindow(config.window, config.timezone);
  const occurrences: Occurrence[] = config.calendars.flatMap((c) => [
    ...loadCalendar(files[c.file] ?? vcalendar([]), { meta: { id: c.id, office: c.office, level: c.level, owner: c.owner }, window: span, defaultZone: config.timezone, file: c.file }).occurrences,
  ]);
  return { prepared: prepareCheck({ occurrences, config, window: config.window }), occurrences };
}

describe('suggest, end to end', () => {
  test('one instance of the weekly 常务会议 clashes with a room booking: only that instance moves, to the free morning of the same day', () => {
    const { prepared, occurrences } = load(base, {
      'gov.ics': vcalendar(ev('weekly@jb.gov.example', '20220503T150000', '20220503T170000', '区政府常务会议', ['RRULE:FREQ=WEEKLY;BYDAY=TU', 'LOCATION:区政府大楼第一会议室'])),
      'party.ics': vcalendar(ev('party-1@jb.gov.example', '20220510T140000', '20220510T160000', '区委专题会', ['LOCATION:区政府第一会议室'])),
    });
    const instance = occurrences.find((o) => o.uid === 'weekly@jb.gov.example' && o.recurrenceId === '2022-05-10T07:00:00Z')!;
    const result = suggestSlots(proposalFromOccurrence(instance), prepared, { count: 2, from: '2022-05-10' });
    expect(result.meeting.recurrenceId).toBe('2022-05-10T07:00:00Z');
    expect(result.conflicts.map((f) => f.kind)).toEqual(['venue']);
    // Same day: 08:30–10:30 and 09:00–11:00 are free (the other instances of the series are other days).
    expect(result.slots.map((s) => s.start)).toEqual(['2022-05-10T08:30:00+08:00', '2022-05-10T09:00:00+08:00']);
  });

  test('a Google export in UTC: the suggestions are on the calendar\'s clock (+08:00), like the findings', () => {
    const { prepared, occurrences } = load(base, {
      'gov.ics': vcalendar(ev('standing@jb.gov.example', '20220509T010000Z', '20220509T030000Z', '区长办公会', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])),
      'party.ics': vcalendar(ev('talk@jb.gov.example', '20220509T013000Z', '20220509T023000Z', '座谈会', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])),
    });
    const talk = occurrences.find((o) => o.uid === 'talk@jb.gov.example')!;
    const result = suggestSlots(proposalFromOccurrence(talk), prepared, { count: 1, from: '2022-05-09' });
    expect(result.meeting.start).toBe('2022-05-09T09:30:00+08:00');
    expect(result.slots.map((s) => [s.start, s.end])).toEqual([['2022-05-09T11:00:00+08:00', '2022-05-09T12:00:00+08:00']]);
  });

  test('RELATED-TO;RELTYPE=FINISHTOSTART;GAP=PT1H (RFC 9253): the earliest slot is an hour after the city meeting ends', () => {
    const { prepared, occurrences } = load(base, {
      'city.ics': vcalendar(ev('city-safety@city.example', '20220512T090000', '20220512T103000', '全市安全生产工作会议')),
      'gov.ics': vcalendar(ev('district-safety@jb.gov.example', '20220511T090000', '20220511T100000', '全区安全生产工作会议', ['RELATED-TO;RELTYPE=FINISHTOSTART;GAP=PT1H:city-safety@city.example'])),
    });
    const district = occurrences.find((o) => o.uid === 'district-safety@jb.gov.example')!;
    const result = suggestSlots(proposalFromOccurrence(district), prepared, { count: 1 });
    expect(result.conflicts.map((f) => [f.rule, f.kind])).toEqual([['related-to', 'order']]);
    expect(result.slots.map((s) => s.start)).toEqual(['2022-05-12T11:30:00+08:00']);
    expect(result.slots[0]!.satisfied).toContainEqual({ kind: 'related-to', rule: 'related-to' });
  });

  test('a leader who declined is not waited for; a room booked only as ATTENDEE;CUTYPE=ROOM is', () => {
    const { prepared, occurrences } = load(base, {
      'gov.ics': vcalendar([
        ...ev('busy@jb.gov.example', '20220509T083000', '20220509T120000', '区政府党组会', ['ATTENDEE;CN=周海涛:mailto:zhou@jb.gov.example']),
        ...ev('room@jb.gov.example', '20220509T083000', '20220509T100000', '预订', ['ATTENDEE;CUTYPE=ROOM;CN=区政府第一会议室:mailto:room1@jb.gov.example']),
      ]),
      'party.ics': vcalendar(
        ev('meet@jb.gov.example', '20220509T090000', '20220509T100000', '专题会', [
          'LOCATION:区政府大楼第一会议室',
          'ATTENDEE;PARTSTAT=DECLINED;CN=周海涛:mailto:zhou@jb.gov.example',
          'ATTENDEE;CN=李明:mailto:liming@jb.gov.example',
        ]),
      ),
    });
    const meet = occurrences.find((o) => o.uid === 'meet@jb.gov.example')!;
    const result = suggestSlots(proposalFromOccurrence(meet), prepared, { count: 1, from: '2022-05-09' });
    expect(result.conflicts.map((f) => f.kind)).toEqual(['venue']);
    // 周海涛 declined: his 党组会 until 12:00 does not hold the meeting back; the room is free at 10:00.
    expect(result.slots.map((s) => s.start)).toEqual(['2022-05-09T10:00:00+08:00']);
  });
});
