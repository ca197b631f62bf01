/**
 * QA 2026c (fresh-eyes QA, round 3): the developer importing the library — an office tool's save button
 * (`checkProposal`), the scheduling assistant (`suggestSlots`), `loadCalendar`. Each `test.failing` pins an
 * open bug listed in /work/notes/qa-2026c.md under its QC id; flip it to `test` when the bug is fixed.
 */
import { DateTime } from 'luxon';
import { check, checkProposal, configWindow, loadCalendar, prepareCheck, prepareCheckFromSources, type Config, type Occurrence, type PreparedCheck } from '../../src/index.js';
import { config, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const zone = 'Asia/Shanghai';
const at = (iso: string) => DateTime.fromISO(iso, { zone });

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=${zone}:${start}`, `DTEND;TZID=${zone}:${end}`, ...extra, 'END:VEVENT'];
}

/** Loads the files the way the README's API tour does and prepares them for proposals. */
function prepare(c: Config, files: Readonly<Record<string, string>>): { prepared: PreparedCheck; occurrences: Occurrence[] } {
  const window = configWindow(c.window, c.timezone);
  const occurrences = c.calendars.flatMap((cal) => {
    const text = files[cal.file];
    if (text === undefined) return [];
    const meta = { id: cal.id, office: cal.office, level: cal.level, owner: cal.owner };
    return [...loadCalendar(text, { meta, window, defaultZone: cal.timezone ?? c.timezone, file: cal.file }).occurrences];
  });
  return { prepared: prepareCheck({ occurrences, config: c, window: c.window }), occurrences };
}

const office = () => config({
  timezone: zone, window: { from: '2026-12-01', to: '2026-12-31' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
  calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'room', kind: 'venue' }],
});
// gov holds a meeting in the window: prepareCheck knows only calendars with occurrences (QA26 note, not refiled here).
const officeFiles = { 'gov.ics': vcalendar(event('g0@jb.gov.example', '区政府专题会', '20261201T090000', '20261201T100000', [li])), 'party.ics': vcalendar(event('p1@jb.gov.example', '区委常委会', '20261215T140000', '20261215T160000', [li])) };

describe('QC-3: an all-day proposal written with end = start (one day, as a DATE DTSTART without DTEND)', () => {
  test('control: the all-day proposal ending the next day clashes with the leader\'s afternoon meeting', () => {
    const { prepared } = prepare(office(), officeFiles);
    const found = checkProposal(prepared, { calendar: 'gov', summary: '全区大会', start: at('2026-12-15'), end: at('2026-12-16'), allDay: true, attendees: ['li'] });
    expect(found.map((f) => f.kind)).toEqual(['double-booking']);
  });

  // QC-3: end = start with allDay is taken as a zero-length meeting and clashes with nothing: "no conflict" for a
  // day on which the leader is busy. RFC 5545 §3.6.1: an all-day event without an end lasts one day; the API
  // throws for an end before the start, so this silent answer is the odd one out.
  test('QC-3: the same proposal with end = start is one day (or is refused), never "no conflict"', () => {
    const { prepared } = prepare(office(), officeFiles);
    let found: readonly { kind: string }[] | 'refused';
    try {
      found = checkProposal(prepared, { calendar: 'gov', summary: '全区大会', start: at('2026-12-15'), end: at('2026-12-15'), allDay: true, attendees: ['li'] });
    } catch {
      found = 'refused';
    }
    expect(found === 'refused' || found.length === 1).toBe(true);
  });
});

describe('QC-13: the README API tour\'s loading (the config window only) for the save button — a relay whose city meeting was last week', () => {
  const c = () => config({
    timezone: zone, window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'dist', file: 'dist.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, maxGap: { workingDays: 5 } }],
  });
  const files = {
    'city.ics': vcalendar(event('c1@city.gov.example', '全市安全生产工作会议', '20261127T090000', '20261127T110000')),
    'dist.ics': vcalendar(event('d1@jb.gov.example', '全区安全生产工作会议（传达）', '20261202T090000', '20261202T110000')),
  };

  test('control: check() reads before the window and finds the relay in order', () => {
    expect(check({ config: c(), sources: new Map(Object.entries(files)), configFile: 'tongchou.json' }).findings).toEqual([]);
  });

  // QC-13: the README's API tour loads each calendar with `configWindow(config.window)` and prepares that. check() reads
  // before the window (the cycle period, a year for `none`), but that loading is private (src/check/load-sources.ts):
  // the tour's prepared check has no city meeting of 27 November, so moving the relay by a day — or suggestSlots for
  // it — reports order-missing “上级会议尚未安排…（只查看了 12月1日 起的日程）”, a false claim the save button shows staff.
  // Fixed by a public loading that reads as check() does (prepareCheckFromSources), which the README tour now uses.
  test('QC-13: checkProposal on the tour\'s prepared check agrees with check(): moving the relay to 3 December is fine', () => {
    const { prepared, occurrences } = prepareCheckFromSources({ config: c(), sources: new Map(Object.entries(files)), configFile: 'tongchou.json' });
    const relay = occurrences.find((o) => o.uid === 'd1@jb.gov.example')!;
    const found = checkProposal(prepared, { calendar: 'dist', uid: relay.uid, summary: relay.summary, start: at('2026-12-03T09:00'), end: at('2026-12-03T11:00') });
    expect(found.map((f) => f.kind)).toEqual([]);
  });
});

describe('QC-18: checkProposal with the UID of a recurring series and no recurrenceId (the save button for "edit the whole series")', () => {
  const c = () => config({
    timezone: zone, window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  });
  const files = { 'gov.ics': vcalendar(event('wk@jb.gov.example', '周例会', '20261207T090000', '20261207T100000', [li, 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=4'])) };

  test('control: with the instance\'s recurrenceId, moving the 7 December session by half an hour is no conflict', () => {
    const { prepared, occurrences } = prepare(c(), files);
    const first = occurrences.find((o) => o.uid === 'wk@jb.gov.example' && o.start.day === 7)!;
    const found = checkProposal(prepared, { calendar: 'gov', uid: first.uid, recurrenceId: first.recurrenceId, summary: '周例会', start: at('2026-12-07T09:30'), end: at('2026-12-07T10:30'), attendees: ['li'] });
    expect(found).toEqual([]);
  });

  // QC-18: README "give the existing uid when moving a meeting, so that the old version is left out". For a series UID
  // without recurrenceId nothing is left out: the proposal is a double booking of 李明 with the series' own session
  // (“李明 同时被安排在“周例会”（12月7日 09:00–10:00）和“周例会”（12月7日 09:30–10:30）”). Expected: the saved series gives
  // way (the proposal stands for the edited series, or at least for its instances that day), or the call is refused as
  // ambiguous — never a clash of the meeting with itself.
  test('QC-18: the series UID without recurrenceId is not a double booking of the meeting with itself', () => {
    const { prepared } = prepare(c(), files);
    let found: readonly { kind: string }[] | 'refused';
    try {
      found = checkProposal(prepared, { calendar: 'gov', uid: 'wk@jb.gov.example', summary: '周例会', start: at('2026-12-07T09:30'), end: at('2026-12-07T10:30'), attendees: ['li'] });
    } catch {
      found = 'refused';
    }
    expect(found === 'refused' || found.length === 0).toBe(true);
  });
});

describe('QC-23: finding ids for meetings without UID (OA exports) across two exports of the same calendar', () => {
  const c = () => ({
    timezone: zone, window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }],
    calendars: [{ id: 'oa', file: 'oa.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  });
  const exported = (dtstamp: string) => vcalendar([
    'BEGIN:VEVENT', `DTSTAMP:${dtstamp}`, 'SUMMARY:区政府专题会', `DTSTART;TZID=${zone}:20261214T090000`, `DTEND;TZID=${zone}:20261214T110000`, li, 'END:VEVENT',
    'BEGIN:VEVENT', `DTSTAMP:${dtstamp}`, 'SUMMARY:区委专题会', `DTSTART;TZID=${zone}:20261214T100000`, `DTEND;TZID=${zone}:20261214T120000`, li, 'END:VEVENT',
  ]);
  const ids = (dtstamp: string) => check({ config: config(c()), sources: new Map([['oa.ics', exported(dtstamp)]]), configFile: 'tongchou.json' }).findings.map((f) => f.id);

  test('control: the same file twice gives the same id', () => {
    expect(ids('20261201T080000Z')).toEqual(ids('20261201T080000Z'));
  });

  // QC-23: the UID generated for a VEVENT without one changes with DTSTAMP, which exporters set to the export time
  // (RFC 5545 §3.8.7.2: with METHOD absent/PUBLISH, "the date and time that the information associated with the
  // calendar component was last revised" — OA systems write now()). Tomorrow's export of the unchanged calendar gives
  // the same double booking a new id, so an office tool cannot keep "已处理" marks on findings across runs.
  test('QC-23: the next day\'s export of the unchanged meetings keeps the finding id', () => {
    const today = ids('20261201T080000Z');
    expect(today).toHaveLength(1);
    expect(ids('20261202T080000Z')).toEqual(today);
  });
});

describe('QC-24: a proposal\'s attendee given as the mail client shows it (`李明 <liming@jb.gov.example>`)', () => {
  const monday = () => config({
    timezone: zone, window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  });
  const files = { 'gov.ics': vcalendar(event('g1@jb.gov.example', '区政府专题会', '20261214T090000', '20261214T110000', [li])), 'party.ics': vcalendar([]) };

  test.each(['li', '李明', 'liming@jb.gov.example', 'mailto:liming@jb.gov.example'])('control: attendee “%s” is 李明 (double-booking)', (attendee) => {
    const { prepared } = prepare(monday(), files);
    expect(checkProposal(prepared, { calendar: 'gov', summary: '座谈会', start: at('2026-12-14T10:00'), end: at('2026-12-14T10:30'), attendees: [attendee] }).map((f) => f.kind)).toEqual(['double-booking']);
  });

  // QC-24: an office tool's attendee picker hands over what the address book shows, `李明 <liming@jb.gov.example>` (RFC 5322
  // name-addr). The config reads that very form as an alias (README: "An alias pasted from a mail client as 李明
  // <liming@jb.gov.example> counts as that address and that name"); a proposal's attendee in that form is an unknown person
  // and the save button answers "no conflict" for a leader who is busy — with nothing telling the tool the attendee was not
  // recognised.
  test('QC-24: attendee “李明 <liming@jb.gov.example>” is 李明', () => {
    const { prepared } = prepare(monday(), files);
    expect(checkProposal(prepared, { calendar: 'gov', summary: '座谈会', start: at('2026-12-14T10:00'), end: at('2026-12-14T10:30'), attendees: ['李明 <liming@jb.gov.example>'] }).map((f) => f.kind)).toEqual(['double-booking']);
  });
});

