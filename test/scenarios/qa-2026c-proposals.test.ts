/**
 * QA 2026c (fresh-eyes QA, round 3): the save button (`checkProposal`) on series held by several calendars. Each
 * `test.failing` pins an open bug listed in /work/notes/qa-2026c.md under its QC id; flip it to `test` when fixed.
 */
import { DateTime } from 'luxon';
import { checkProposal, configWindow, loadCalendar, prepareCheck, type Occurrence } from '../../src/index.js';
import { config, vcalendar } from './harness.js';

const zone = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone });
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const series = vcalendar(['BEGIN:VEVENT', 'UID:wk@jb.gov.example', 'DTSTAMP:20261101T000000Z', 'SUMMARY:周例会', `DTSTART;TZID=${zone}:20261207T090000`,
  `DTEND;TZID=${zone}:20261207T100000`, 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4', li, 'END:VEVENT']);

function prepared() {
  const c = config({
    timezone: zone, window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  });
  const window = configWindow(c.window, c.timezone);
  const occurrences: Occurrence[] = c.calendars.flatMap((cal) => [...loadCalendar(series, { meta: { id: cal.id, office: cal.office, level: cal.level, owner: cal.owner }, window, defaultZone: c.timezone, file: cal.file }).occurrences]);
  return { prepared: prepareCheck({ occurrences, config: c, window: c.window }), occurrences };
}

describe('QC-30: incomplete QC-18 fix — the series is on the office calendar and, as the invitation, on the leader\'s own calendar', () => {
  test('control: moving one instance (recurrenceId) — the leader\'s copy of that instance gives way too', () => {
    const { prepared: p, occurrences } = prepared();
    const instance = occurrences.find((o) => o.calendar.id === 'gov' && o.start.day === 14)!;
    expect(checkProposal(p, { calendar: 'gov', uid: instance.uid, recurrenceId: instance.recurrenceId, summary: '周例会', start: at('2026-12-14T09:30'), end: at('2026-12-14T10:30'), attendees: ['li'] })).toEqual([]);
  });

  // QC-30: since 1d613b5 a series UID without recurrenceId "edits the series as a whole — its saved instances on that
  // calendar give way"; the same series on the leader's own calendar (same UID: his copy of the invitation) does not, so
  // the edit is still a double booking of 李明 with the meeting itself: “…“周例会”（12月7日 09:00–10:00）和“周例会”（12月7日 09:30–10:30）”.
  // For a single event and for one instance every copy of the UID gives way (control).
  test('QC-30: editing the series as a whole (UID, no recurrenceId) clashes with no copy of the series', () => {
    const { prepared: p } = prepared();
    expect(checkProposal(p, { calendar: 'gov', uid: 'wk@jb.gov.example', summary: '周例会', start: at('2026-12-07T09:30'), end: at('2026-12-07T10:30'), attendees: ['li'] })).toEqual([]);
  });
});
