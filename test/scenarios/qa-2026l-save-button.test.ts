/**
 * QA 2026l (calendars that change), the save button: 青山区's office tool moves a saved meeting (same UID) or one
 * sitting of a series through `prepareCheckFromSources` + `checkProposal` (README "API tour"), and the findings must be
 * exactly those of a full `check` of the calendars as saved afterwards — the office's file rewritten with the move, the
 * other offices' and the leaders' copies left as they were (they have not taken the update yet). Each scenario states
 * the README-expected findings and asserts both. PR-1 (a move proposed without SEQUENCE) is the lead's and not repeated.
 */
import { DateTime } from 'luxon';
import { checkProposal, prepareCheckFromSources, type ProposedMeeting } from '../../src/index.js';
import type { Finding } from '../../src/index.js';
import { config as validConfig, digest, refs, run, vcalendar } from './harness.js';

const people = [
  { id: 'zhang', name: '张伟', roles: ['区委书记', '总河长'], office: '青山区委', aliases: ['zhangwei@qs.gov.example'] },
  { id: 'li', name: '李明', roles: ['区长'], office: '青山区政府', aliases: ['liming@qs.gov.example'] },
];
const calendars = [
  { id: 'city-party', file: 'city-party.ics', office: '江州市委办', level: 'city' },
  { id: 'qs-party', file: 'qs-party.ics', office: '青山区委办', level: 'district' },
  { id: 'qs-gov', file: 'qs-gov.ics', office: '青山区政府办', level: 'district' },
  { id: 'li-diary', file: 'li-diary.ics', office: '青山区政府办', level: 'district', owner: 'li' },
];
const river = { id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' };
const raw = { timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' }, calendars, people, rules: [river, { id: 'booking', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }] };
const at = (local: string): DateTime => DateTime.fromISO(local, { zone: 'Asia/Shanghai' });

type Events = Readonly<Record<string, readonly string[][]>>;
function files(events: Events): Record<string, string> {
  return Object.fromEntries(calendars.map((c) => [c.file, vcalendar((events[c.id] ?? []).flat(), ['X-WR-TIMEZONE:Asia/Shanghai'])]));
}
/** The save button's findings, as `digest` writes a report's. */
function atSaveButton(events: Events, proposal: ProposedMeeting): string[] {
  const { prepared } = prepareCheckFromSources({ config: validConfig(raw), sources: new Map(Object.entries(files(events))), configFile: 'tongchou.json' });
  return checkProposal(prepared, proposal).map((f: Finding) => `${f.kind} ${f.rule} ${refs(f).join(' ')}`);
}
/** The full check after saving, its findings that cite the given UID. */
function afterSaving(events: Events, uid: string): string[] {
  return digest(run(raw, files(events))).filter((line) => line.split(' ').slice(2).some((ref) => ref === uid || ref.startsWith(`${uid}@`)));
}

function event(uid: string, summary: string, start: string, end: string, ...lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260601T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...lines, 'END:VEVENT'];
}
const liming = 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:liming@qs.gov.example';
const STANDING = 'qs-gov-standing-12@qs.gov.example';
const standing = (start: string, end: string, ...lines: string[]): string[] =>
  event(STANDING, '区政府第12次常务会议', start, end, 'ORGANIZER;CN=青山区政府办:mailto:zfb@qs.gov.example', 'LOCATION:区政府大楼第一会议室', liming, ...lines);
const visit15 = event('visit-15@qs.gov.example', '接待市发改委调研组', '20260615T093000', '20260615T110000', 'LOCATION:区政府大楼第三会议室', liming);
const inspect16 = event('inspect-16@qs.gov.example', '安全生产督导检查', '20260616T093000', '20260616T110000', 'LOCATION:青石镇', liming);
const moveStanding: ProposedMeeting = {
  calendar: 'qs-gov', uid: STANDING, summary: '区政府第12次常务会议', start: at('2026-06-16T09:00'), end: at('2026-06-16T11:30'),
  location: '区政府大楼第一会议室', attendees: ['mailto:liming@qs.gov.example'], organizer: 'mailto:zfb@qs.gov.example',
};

describe('the 区政府办 moves its 常务会议 from Monday 15 to Tuesday 16 June; 李明\'s diary still has it on the 15th', () => {
  const clashOn16 = [`double-booking booking inspect-16@qs.gov.example ${STANDING}`];

  test.each([
    ['no SEQUENCE anywhere', [], [], 'SEQUENCE:1'],
    ['SEQUENCE 1 on both (the meeting was moved once before)', ['SEQUENCE:1'], ['SEQUENCE:1'], 'SEQUENCE:2'],
    ['OA copies with LAST-MODIFIED only', ['LAST-MODIFIED:20260601T020000Z'], ['LAST-MODIFIED:20260601T020000Z'], 'LAST-MODIFIED:20260612T020000Z'],
  ])('%s: the clash on the 16th, none on the 15th — at the save button and after saving', (_name, office, diary, saved) => {
    const before = { 'qs-gov': [standing('20260615T090000', '20260615T113000', ...office), visit15, inspect16], 'li-diary': [standing('20260615T090000', '20260615T113000', ...diary)] };
    const after = { 'qs-gov': [standing('20260616T090000', '20260616T113000', saved), visit15, inspect16], 'li-diary': before['li-diary'] };
    expect(afterSaving(after, STANDING)).toEqual(clashOn16);
    expect(atSaveButton(before, moveStanding)).toEqual(clashOn16);
  });

  test('the diary copy is ahead (SEQUENCE 2: the secretary took an update the office export lacks), the office moves it again: the move is the current revision', () => {
    const before = { 'qs-gov': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:1'), visit15, inspect16], 'li-diary': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:2')] };
    const after = { 'qs-gov': [standing('20260616T090000', '20260616T113000', 'SEQUENCE:3'), visit15, inspect16], 'li-diary': before['li-diary'] };
    expect(afterSaving(after, STANDING)).toEqual(clashOn16);
    expect(atSaveButton(before, moveStanding)).toEqual(clashOn16);
  });

  test('moved back to where the diary says (15th) after a first move to the 17th (office SEQUENCE 1, diary 0): the clash on the 15th', () => {
    const before = { 'qs-gov': [standing('20260617T090000', '20260617T113000', 'SEQUENCE:1'), visit15, inspect16], 'li-diary': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:0')] };
    const back = { ...moveStanding, start: at('2026-06-15T09:00'), end: at('2026-06-15T11:30') };
    const after = { 'qs-gov': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:2'), visit15, inspect16], 'li-diary': before['li-diary'] };
    const clashOn15 = [`double-booking booking ${STANDING} visit-15@qs.gov.example`];
    expect(afterSaving(after, STANDING)).toEqual(clashOn15);
    expect(atSaveButton(before, back)).toEqual(clashOn15);
  });

  test('cancelled at the save button (status cancelled) while the diary copy still says confirmed: nothing', () => {
    const before = { 'qs-gov': [standing('20260615T090000', '20260615T113000'), visit15], 'li-diary': [standing('20260615T090000', '20260615T113000')] };
    const cancel = { ...moveStanding, start: at('2026-06-15T09:00'), end: at('2026-06-15T11:30'), status: 'cancelled' as const };
    const after = { 'qs-gov': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'STATUS:CANCELLED'), visit15], 'li-diary': before['li-diary'] };
    expect(afterSaving(after, STANDING)).toEqual([]);
    expect(atSaveButton(before, cancel)).toEqual([]);
  });
});

describe('one sitting of the weekly 区政府常务会议 moved at the save button (recurrenceId)', () => {
  const WEEKLY = 'qs-gov-weekly@qs.gov.example';
  const weekly = (...lines: string[]): string[] => event(WEEKLY, '区政府常务会议', '20260601T090000', '20260601T113000', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'LOCATION:区政府大楼第一会议室', liming, ...lines);
  const sitting = (start: string, end: string, ...lines: string[]): string[] =>
    event(WEEKLY, '区政府常务会议', start, end, 'RECURRENCE-ID;TZID=Asia/Shanghai:20260615T090000', 'LOCATION:区政府大楼第一会议室', liming, ...lines);
  const moveSitting: ProposedMeeting = { calendar: 'qs-gov', uid: WEEKLY, recurrenceId: '2026-06-15T01:00:00Z', summary: '区政府常务会议', start: at('2026-06-16T09:00'), end: at('2026-06-16T11:30'), location: '区政府大楼第一会议室', attendees: ['mailto:liming@qs.gov.example'] };
  const clash = [`double-booking booking inspect-16@qs.gov.example ${WEEKLY}@2026-06-15T01:00:00Z`];

  test.each([
    ['the series on the office calendar only', { 'qs-gov': [weekly(), visit15, inspect16] }],
    ['the series on the diary as well (SEQUENCE 0)', { 'qs-gov': [weekly(), visit15, inspect16], 'li-diary': [weekly()] }],
    ['the series edited twice (SEQUENCE 3) on the office, the diary\'s copy at 3 too', { 'qs-gov': [weekly('SEQUENCE:3'), visit15, inspect16], 'li-diary': [weekly('SEQUENCE:3')] }],
  ])('%s: the clash on the 16th, none on the 15th', (_name, before) => {
    const saved = (before as Events)['qs-gov']!.flatMap((e) => e) as string[];
    const sequence = saved.includes('SEQUENCE:3') ? 'SEQUENCE:4' : 'SEQUENCE:1';
    const after = { ...before, 'qs-gov': [...(before as Events)['qs-gov']!, sitting('20260616T090000', '20260616T113000', sequence)] };
    expect(afterSaving(after, WEEKLY)).toEqual(clash);
    expect(atSaveButton(before, moveSitting)).toEqual(clash);
  });

  test('the sitting already moved once to the 17th on the diary (override SEQUENCE 1), the office moves it to the 16th: the clash on the 16th only', () => {
    const wed17 = event('wed17@qs.gov.example', '信访接待日', '20260617T093000', '20260617T110000', 'LOCATION:区信访局', liming);
    const before = { 'qs-gov': [weekly(), visit15, inspect16, wed17], 'li-diary': [weekly(), sitting('20260617T090000', '20260617T113000', 'SEQUENCE:1')] };
    const after = { ...before, 'qs-gov': [...before['qs-gov'], sitting('20260616T090000', '20260616T113000', 'SEQUENCE:2')] };
    expect(afterSaving(after, WEEKLY)).toEqual(clash);
    expect(atSaveButton(before, moveSitting)).toEqual(clash);
  });
});

describe('the ordering cascade at the save button', () => {
  const CITY = 'jz-river-2026@jz.gov.example';
  const DISTRICT = 'qs-river-2026@qs.gov.example';
  const city = (start: string, end: string, ...lines: string[]): string[] => event(CITY, '2026年全市总河长会议', start, end, 'ORGANIZER;CN=江州市委办:mailto:swb@jz.gov.example', 'LOCATION:市行政中心1号楼大会堂', ...lines);
  const district = (start: string, end: string, ...lines: string[]): string[] => event(DISTRICT, '青山区2026年总河长会议', start, end, 'ORGANIZER;CN=青山区委办:mailto:qwb@qs.gov.example', 'LOCATION:区委大楼301会议室', liming, ...lines);
  const order = [`order river ${CITY} ${DISTRICT}`];

  test('the 市委办 moves its meeting from 8 to 15 June, after the district\'s of the 10th (区委办 copy of the 8th, SEQUENCE 0): order', () => {
    const before = { 'city-party': [city('20260608T090000', '20260608T113000')], 'qs-party': [city('20260608T090000', '20260608T113000'), district('20260610T090000', '20260610T113000')] };
    const after = { ...before, 'city-party': [city('20260615T090000', '20260615T113000', 'SEQUENCE:1')] };
    const move: ProposedMeeting = { calendar: 'city-party', uid: CITY, summary: '2026年全市总河长会议', start: at('2026-06-15T09:00'), end: at('2026-06-15T11:30'), location: '市行政中心1号楼大会堂', organizer: 'mailto:swb@jz.gov.example' };
    expect(afterSaving(after, CITY)).toEqual(order);
    expect(atSaveButton(before, move)).toEqual(order);
  });

  test('the 区委办 moves its meeting from the 10th to the 5th, before the city\'s of the 8th (李明\'s diary copy of the 10th, SEQUENCE 0): order', () => {
    const before = { 'city-party': [city('20260608T090000', '20260608T113000')], 'qs-party': [district('20260610T090000', '20260610T113000')], 'li-diary': [district('20260610T090000', '20260610T113000')] };
    const after = { ...before, 'qs-party': [district('20260605T090000', '20260605T113000', 'SEQUENCE:1')] };
    const move: ProposedMeeting = { calendar: 'qs-party', uid: DISTRICT, summary: '青山区2026年总河长会议', start: at('2026-06-05T09:00'), end: at('2026-06-05T11:30'), location: '区委大楼301会议室', attendees: ['mailto:liming@qs.gov.example'], organizer: 'mailto:qwb@qs.gov.example' };
    expect(afterSaving(after, DISTRICT)).toEqual(order);
    expect(atSaveButton(before, move)).toEqual(order);
  });

  test('the 区委办 moves its early meeting (5th) after the city\'s (12th), its diary copy of the 5th not updated: nothing', () => {
    const before = { 'city-party': [city('20260608T090000', '20260608T113000')], 'qs-party': [district('20260605T090000', '20260605T113000')], 'li-diary': [district('20260605T090000', '20260605T113000')] };
    const after = { ...before, 'qs-party': [district('20260612T090000', '20260612T113000', 'SEQUENCE:1')] };
    const move: ProposedMeeting = { calendar: 'qs-party', uid: DISTRICT, summary: '青山区2026年总河长会议', start: at('2026-06-12T09:00'), end: at('2026-06-12T11:30'), location: '区委大楼301会议室', attendees: ['mailto:liming@qs.gov.example'], organizer: 'mailto:qwb@qs.gov.example' };
    expect(afterSaving(after, DISTRICT)).toEqual([]);
    expect(atSaveButton(before, move)).toEqual([]);
  });

  // Observation O-1 (/work/notes/qa-2026l.md, not a README bug): the save button returns [] for this cancellation —
  // the order-missing cites the district meeting alone (data.cancelled counts the city's), and checkProposal returns
  // only findings that involve the meeting saved. Only the full check is asserted here.
  test('the 市委办 cancels its meeting: after saving, the district meeting has lost its prerequisite (order-missing)', () => {
    const before = { 'city-party': [city('20260608T090000', '20260608T113000')], 'qs-party': [city('20260608T090000', '20260608T113000'), district('20260610T090000', '20260610T113000')] };
    const after = { ...before, 'city-party': [city('20260608T090000', '20260608T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')] };
    const cancel: ProposedMeeting = { calendar: 'city-party', uid: CITY, summary: '2026年全市总河长会议', start: at('2026-06-08T09:00'), end: at('2026-06-08T11:30'), location: '市行政中心1号楼大会堂', organizer: 'mailto:swb@jz.gov.example', status: 'cancelled' };
    expect(digest(run(raw, files(after)))).toEqual([`order-missing river ${DISTRICT}`]);
    expect(atSaveButton(before, cancel).filter((line) => !line.startsWith('order-missing'))).toEqual([]);
  });
});

describe('the move as other offices see it at the save button', () => {
  const zhang = 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:zhangwei@qs.gov.example';
  const zhang16 = event('zhang-16@qs.gov.example', '区委常委会会议', '20260616T093000', '20260616T110000', 'LOCATION:区委大楼301会议室', zhang);
  const clashes = [`double-booking booking inspect-16@qs.gov.example ${STANDING}`, `double-booking booking ${STANDING} zhang-16@qs.gov.example`];

  test('an OA tool saves with SEQUENCE 0 (its system never raises it) where the copies carry LAST-MODIFIED: the clash on the 16th only', () => {
    const before = { 'qs-gov': [standing('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260601T020000Z'), visit15, inspect16], 'li-diary': [standing('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260601T020000Z')] };
    const after = { 'qs-gov': [standing('20260616T090000', '20260616T113000', 'LAST-MODIFIED:20260612T020000Z'), visit15, inspect16], 'li-diary': before['li-diary'] };
    expect(afterSaving(after, STANDING)).toEqual([clashes[0]]);
    expect(atSaveButton(before, { ...moveStanding, sequence: 0 })).toEqual([clashes[0]]);
  });

  test('the 区委办\'s stale copy lists 张伟: he is booked at the new time (README: a stale copy books its people at the current revision\'s time)', () => {
    const before = { 'qs-gov': [standing('20260615T090000', '20260615T113000'), visit15, inspect16], 'qs-party': [standing('20260615T090000', '20260615T113000', zhang), zhang16] };
    const after = { ...before, 'qs-gov': [standing('20260616T090000', '20260616T113000', 'SEQUENCE:1'), visit15, inspect16] };
    expect(afterSaving(after, STANDING)).toEqual(clashes);
    expect(atSaveButton(before, moveStanding)).toEqual(clashes);
  });

  test('the same with LAST-MODIFIED instead of SEQUENCE', () => {
    const before = { 'qs-gov': [standing('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260601T020000Z'), visit15, inspect16], 'qs-party': [standing('20260615T090000', '20260615T113000', zhang, 'LAST-MODIFIED:20260601T020000Z'), zhang16] };
    const after = { ...before, 'qs-gov': [standing('20260616T090000', '20260616T113000', 'LAST-MODIFIED:20260612T020000Z'), visit15, inspect16] };
    expect(afterSaving(after, STANDING)).toEqual(clashes);
    expect(atSaveButton(before, moveStanding)).toEqual(clashes);
  });
});

describe('a new district 总河长会议 proposed while the city\'s meeting has moved (the 区委办 still holds the invitation of the 8th)', () => {
  const CITY = 'jz-river-2026@jz.gov.example';
  const zhang = 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:zhangwei@qs.gov.example';
  const city = (start: string, end: string, ...lines: string[]): string[] => event(CITY, '2026年全市总河长会议', start, end, 'ORGANIZER;CN=江州市委办:mailto:swb@jz.gov.example', 'LOCATION:市行政中心1号楼大会堂', zhang, ...lines);
  const proposal = (start: string, end: string): ProposedMeeting => ({ calendar: 'qs-party', summary: '青山区2026年总河长会议', start: at(start), end: at(end), location: '区委大楼301会议室', attendees: ['mailto:zhangwei@qs.gov.example'], organizer: 'mailto:qwb@qs.gov.example' });
  const saved = (start: string, end: string): string[] => event('tongchou-proposal', '青山区2026年总河长会议', start, end, 'ORGANIZER;CN=青山区委办:mailto:qwb@qs.gov.example', 'LOCATION:区委大楼301会议室', zhang);
  const moves: Record<string, Events> = {
    'SEQUENCE 1 on the 市委办 (15 June)': { 'city-party': [city('20260615T090000', '20260615T113000', 'SEQUENCE:1')], 'qs-party': [city('20260608T090000', '20260608T113000')] },
    'LAST-MODIFIED later on the 市委办 (15 June)': { 'city-party': [city('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260605T000000Z')], 'qs-party': [city('20260608T090000', '20260608T113000', 'LAST-MODIFIED:20260520T000000Z')] },
    'SEQUENCE 1, moved out of the window (6 July)': { 'city-party': [city('20260706T090000', '20260706T113000', 'SEQUENCE:1')], 'qs-party': [city('20260608T090000', '20260608T113000')] },
    'LAST-MODIFIED later, moved out of the window (6 July)': { 'city-party': [city('20260706T090000', '20260706T113000', 'LAST-MODIFIED:20260605T000000Z')], 'qs-party': [city('20260608T090000', '20260608T113000', 'LAST-MODIFIED:20260520T000000Z')] },
  };
  const order = [`order river ${CITY} tongchou-proposal`];
  const cases = Object.entries(moves).flatMap(([name, before]) => [
    [name, before, '10 June', '2026-06-10T09:00', '2026-06-10T11:30', '20260610T090000', '20260610T113000', order],
    // at the old time of the city's meeting: 张伟 is no longer booked there (the 区委办's copy is stale), still premature
    [name, before, '8 June 09:30 (the old slot)', '2026-06-08T09:30', '2026-06-08T11:00', '20260608T093000', '20260608T110000', order],
    [name, before, '15 June 14:00', '2026-06-15T14:00', '2026-06-15T16:00', '20260615T140000', '20260615T160000', name.includes('July') || name.includes('6 July') ? order : []],
  ] as const);

  test.each(cases)('%s, proposed on %s: as the full check after saving', (_name, before, _day, start, end, savedStart, savedEnd, expected) => {
    const after = { ...before, 'qs-party': [...(before['qs-party'] ?? []), saved(savedStart, savedEnd)] };
    expect(afterSaving(after, 'tongchou-proposal')).toEqual(expected);
    expect(atSaveButton(before, proposal(start, end))).toEqual(expected);
  });
});

describe('the office tool gives the SEQUENCE it saves with (its system never raises it): sequence 0 for the move', () => {
  // README "How loading treats …"/no-double-booking: "Copies with the same SEQUENCE and nothing telling them apart that
  // disagree on the time … both keep booking their people". After saving the move at SEQUENCE 0, 李明's diary copy of
  // the 15th (SEQUENCE 0) still books him then: the full check reports the clash with 接待市发改委调研组 too.
  const cases = [
    ['no LAST-MODIFIED anywhere', []],
    ['a LAST-MODIFIED on the diary copy only (nothing to compare it with)', ['LAST-MODIFIED:20260601T020000Z']],
  ] as const;
  const before = (diary: readonly string[]): Events => ({ 'qs-gov': [standing('20260615T090000', '20260615T113000'), visit15, inspect16], 'li-diary': [standing('20260615T090000', '20260615T113000', ...diary)] });
  const after = (diary: readonly string[]): Events => ({ 'qs-gov': [standing('20260616T090000', '20260616T113000'), visit15, inspect16], 'li-diary': [standing('20260615T090000', '20260615T113000', ...diary)] });
  const both = [`double-booking booking inspect-16@qs.gov.example ${STANDING}`, `double-booking booking ${STANDING} visit-15@qs.gov.example`];

  test.each(cases)('%s: after saving, both the 16th and the diary\'s 15th clash', (_name, diary) => {
    expect([...afterSaving(after(diary), STANDING)].sort()).toEqual(both);
  });

  // QL-5 (major, a neighbour of PR-1; fixed by the lead): with the SEQUENCE the tool gives kept (0), checkProposal left the diary's same-UID
  // copy of the 15th out as if it moved with the proposal, and reports only the 16th — the clash at the 15th that the
  // full check after saving reports is missing. README "API tour": "Everything else checkProposal returns is exactly what
  // a full check would give about the meeting after saving it so". Suspected: src/check/check-proposal.ts (the saved
  // copies with the proposal's UID are all dropped from the index, whatever their SEQUENCE against the proposal's).
  test.each(cases)('QL-5: %s: the save button gives the same two clashes', (_name, diary) => {
    expect([...atSaveButton(before(diary), { ...moveStanding, sequence: 0 })].sort()).toEqual(both);
  });
});

describe('a sitting of a series already moved "this and following" (RANGE=THISANDFUTURE to 14:00) moved again at the save button', () => {
  const WEEKLY = 'qs-gov-weekly@qs.gov.example';
  const weekly = event(WEEKLY, '区政府常务会议', '20260601T090000', '20260601T113000', 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'LOCATION:区政府大楼第一会议室', liming);
  const afternoons = event(WEEKLY, '区政府常务会议', '20260615T140000', '20260615T163000', 'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Asia/Shanghai:20260615T090000', 'SEQUENCE:1', 'LOCATION:区政府大楼第一会议室', liming);
  const tue23 = event('tue23@qs.gov.example', '防汛检查', '20260623T143000', '20260623T160000', 'LOCATION:青石镇', liming);
  const mon22 = event('mon22@qs.gov.example', '信访接待日', '20260622T143000', '20260622T160000', 'LOCATION:区信访局', liming);

  test('the 22nd (14:00 since the 15th) moved to Tuesday 23 14:00: the clash on the 23rd, none on the 22nd', () => {
    const before = { 'qs-gov': [weekly, afternoons, tue23, mon22] };
    const after = { 'qs-gov': [...before['qs-gov'], event(WEEKLY, '区政府常务会议', '20260623T140000', '20260623T163000', 'RECURRENCE-ID;TZID=Asia/Shanghai:20260622T090000', 'SEQUENCE:2', 'LOCATION:区政府大楼第一会议室', liming)] };
    const move: ProposedMeeting = { calendar: 'qs-gov', uid: WEEKLY, recurrenceId: '2026-06-22T01:00:00Z', summary: '区政府常务会议', start: at('2026-06-23T14:00'), end: at('2026-06-23T16:30'), location: '区政府大楼第一会议室', attendees: ['mailto:liming@qs.gov.example'] };
    const clash = [`double-booking booking ${WEEKLY}@2026-06-22T01:00:00Z tue23@qs.gov.example`];
    expect(afterSaving(after, WEEKLY)).toEqual(clash);
    expect(atSaveButton(before, move)).toEqual(clash);
  });
});
