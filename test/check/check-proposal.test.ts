import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { CheckSettings } from '../../src/check/check-occurrences.js';
import { checkProposal, prepareCheck, proposalOccurrence, routineFindings, type PreparedCheck, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { Finding } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import { at, calendar, occurrence } from '../helpers/occurrence.js';
import { fullCheckFor } from './full-check-for.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { calendarInfos, scenario, settings, window } from './scenario.js';

/** The scenario's settings plus one rule of every routine kind. */
const everyRule = {
  ...settings,
  rules: [
    ...settings.rules,
    // A session on any calendar: district meetings held during it (sharing nobody with it) are in a quiet period.
    { id: 'congress', kind: 'quiet-period', event: { level: 'district' }, during: { summary: '人民代表大会' } },
    { id: 'may-day', kind: 'quiet-period', event: { summary: '调研' }, during: { from: '2022-05-12', to: '2022-05-12' } },
    { id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1, max: 1 },
    // The city calendar stands for a duty calendar: its meetings are the shifts.
    { id: 'duty', kind: 'coverage', calendar: 'city' },
    { id: 'workdays', kind: 'working-days', event: {}, hours: { start: '08:30', end: '17:30' } },
  ],
} as const satisfies CheckSettings;

/** The scenario's settings with more ordering rules: two that order the same meetings both ways (rings), and one of one level. */
const orderingRules = {
  ...settings,
  rules: [
    ...settings.rules,
    { id: 'office-first', kind: 'follows', dependent: { calendar: 'mayor', summary: '总河长会议|常务会议' }, prerequisite: { calendar: 'district', summary: '总河长会议' }, maxGap: 'P1D', cycle: 'none' },
    { id: 'reverse', kind: 'follows', dependent: { calendar: 'district', summary: '总河长会议' }, prerequisite: { calendar: 'mayor', summary: '总河长会议' }, cycle: 'none' },
    { id: 'study-first', kind: 'follows', dependent: { level: 'district', summary: '调研' }, prerequisite: { level: 'district', summary: '常务会议' }, cycle: 'week' },
  ],
} as const satisfies CheckSettings;

const brief = (findings: readonly Finding[]) => findings.map((f) => [f.kind, f.occurrences.map((o) => o.key)]);

describe('checkProposal', () => {
  const existing = scenario();
  const prepared = prepareCheck({ occurrences: existing, config: settings, window, calendars: calendarInfos });

  const proposals: readonly [string, ProposedMeeting][] = [
    ['李区长 summoned while at the river site', { calendar: 'city', summary: '市防汛会议', start: at('2022-05-10 15:30'), end: at('2022-05-10 16:00'), attendees: ['李明'] }],
    ['a second district 总河长会议 before the city one', { calendar: 'district', summary: '区总河长会议（二）', start: at('2022-05-11 14:00'), end: at('2022-05-11 15:00'), location: '区委大楼301会议室', attendees: ['mailto:wang@qu.gov.cn'] }],
    ['the room booked again', { calendar: 'district', summary: '区委常委会', start: at('2022-05-10 16:15'), end: at('2022-05-10 17:15'), location: '301会议室' }],
    ['too close to a meeting across town', { calendar: 'mayor', summary: '河道巡查', start: at('2022-05-09 11:10'), end: at('2022-05-09 12:00'), location: '某镇河道' }],
    ['a city 总河长会议 moved after the district one', { calendar: 'city', uid: 'river-city', summary: '市总河长会议', start: at('2022-05-11 08:00'), end: at('2022-05-11 12:00') }],
    ['an all-day trip of the mayor', { calendar: 'mayor', summary: '出差', start: at('2022-05-13'), end: at('2022-05-14'), allDay: true }],
  ];

  test.each(proposals)('gives exactly the findings a full check gives for it: %s', (_name, proposal) => {
    const found = checkProposal(prepared, proposal);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(fullCheckFor(existing, settings, proposal));
  });

  test('what it finds, by kind', () => {
    expect(brief(checkProposal(prepared, proposals[0]![1]))).toEqual([
      ['double-booking', ['mayor/visit', 'city/tongchou-proposal']],
      ['double-booking', ['district/summon', 'city/tongchou-proposal']],
    ]);
  });

  test('editing a meeting: its saved version gives way, so moving it out of the clash clears it', () => {
    const moved: ProposedMeeting = { calendar: 'district', uid: 'summon', summary: '区政府常务会议', start: at('2022-05-10 19:00'), end: at('2022-05-10 20:00'), location: '区委大楼301会议室', attendees: ['li'] };
    expect(checkProposal(prepared, moved)).toEqual([]);
    expect(fullCheckFor(existing, settings, moved)).toEqual([]);
    // Without its uid the same meeting is a new one, and clashes with nothing either at 19:00.
    const stays: ProposedMeeting = { ...moved, start: at('2022-05-10 15:00'), end: at('2022-05-10 16:30') };
    expect(brief(checkProposal(prepared, stays))).toEqual([
      ['double-booking', ['mayor/visit', 'district/summon']],
      ['venue', ['district/summon', 'district/office-meeting']],
    ]);
  });

  test('a proposal with no conflict returns []', () => {
    const quiet: ProposedMeeting = { calendar: 'mayor', summary: '学习', start: at('2022-05-20 09:00'), end: at('2022-05-20 10:00'), location: '区委大楼301会议室' };
    expect(checkProposal(prepared, quiet)).toEqual([]);
    expect(fullCheckFor(existing, settings, quiet)).toEqual([]);
  });

  test('back-to-back with a meeting in the same room is no conflict (half-open intervals)', () => {
    const after: ProposedMeeting = { calendar: 'district', summary: '碰头会', start: at('2022-05-10 17:00'), end: at('2022-05-10 18:00'), location: '301会议室' };
    expect(checkProposal(prepared, after)).toEqual([]);
  });

  test('rooms beside the LOCATION (ATTENDEE;CUTYPE=ROOM): a taken second room is a venue finding, a free one is none', () => {
    // 区委办公会 holds 301会议室 16:00–17:00; the proposal is in 大会堂 and also books a room.
    const second: ProposedMeeting = { calendar: 'city', summary: '视频调度会', start: at('2022-05-10 16:30'), end: at('2022-05-10 17:30'), location: '大会堂', rooms: ['区委大楼301会议室'] };
    expect(brief(checkProposal(prepared, second))).toEqual([['venue', ['district/office-meeting', 'city/tongchou-proposal']]]);
    expect(checkProposal(prepared, second)[0]!.data).toMatchObject({ location: '区委大楼301会议室' });
    expect(checkProposal(prepared, second)).toEqual(fullCheckFor(existing, settings, second));
    expect(checkProposal(prepared, { ...second, rooms: ['302会议室'] })).toEqual([]);
    // The rooms are booked, not invited: a room is nobody's double booking.
    expect(proposalOccurrence(second, calendarInfos.find((c) => c.id === 'city')!).attendees).toEqual([
      { address: null, name: '区委大楼301会议室', role: 'non-participant', partstat: 'needs-action', cutype: 'room' },
    ]);
  });

  test('a room given by address only is booked under that address; without a LOCATION travel is measured to the first room', () => {
    const placed: ProposedMeeting = { calendar: 'mayor', summary: '河道巡查', start: at('2022-05-09 11:10'), end: at('2022-05-09 12:00'), rooms: ['某镇河道'] };
    // 接访 ends 11:00 in 区委大楼301会议室; the river site is 30 minutes away (as with LOCATION 某镇河道).
    expect(brief(checkProposal(prepared, placed))).toEqual(brief(checkProposal(prepared, { ...placed, rooms: [], location: '某镇河道' })));
    expect(brief(checkProposal(prepared, placed)).map(([kind]) => kind)).toEqual(['travel-time']);
    const byAddress: ProposedMeeting = { calendar: 'mayor', summary: 'x', start: at('2022-05-20 09:00'), end: at('2022-05-20 10:00'), rooms: ['mailto:room302@qu.gov.cn'] };
    expect(proposalOccurrence(byAddress, calendarInfos.find((c) => c.id === 'mayor')!).attendees[0]).toMatchObject({ address: 'mailto:room302@qu.gov.cn', name: null, cutype: 'room' });
  });

  test('a quiet period during a session is found both ways, though the session and the meeting share nobody', () => {
    const config = { ...settings, rules: [{ id: 'congress', kind: 'quiet-period', event: { level: 'district' }, during: { summary: '人民代表大会' } }] } as const satisfies CheckSettings;
    const session = occurrence({ calendar: { id: 'city', office: '市委办', level: 'city' }, uid: 'npc', summary: '市人民代表大会', start: '2022-05-18 08:30', end: '2022-05-18 17:30', attendees: ['mailto:zhao@qu.gov.cn'] });
    const withSession = prepareCheck({ occurrences: [...existing, session], config, window, calendars: calendarInfos });
    const meeting: ProposedMeeting = { calendar: 'district', summary: '专题会', start: at('2022-05-18 09:00'), end: at('2022-05-18 10:00'), attendees: ['wang'] };
    expect(brief(checkProposal(withSession, meeting))).toEqual([['quiet-period', ['district/tongchou-proposal', 'city/npc']]]);
    // The session proposed onto an afternoon of district-level meetings: each is in its quiet period.
    const without = prepareCheck({ occurrences: existing, config, window, calendars: calendarInfos });
    const proposedSession: ProposedMeeting = { calendar: 'city', summary: '市人民代表大会', start: at('2022-05-10 14:30'), end: at('2022-05-10 17:30') };
    expect(brief(checkProposal(without, proposedSession))).toEqual([
      ['quiet-period', ['mayor/visit', 'city/tongchou-proposal']],
      ['quiet-period', ['district/summon', 'city/tongchou-proposal']],
      ['quiet-period', ['district/office-meeting', 'city/tongchou-proposal']],
    ]);
    expect(checkProposal(without, proposedSession)).toEqual(fullCheckFor(existing, config, proposedSession));
  });

  test('a routine meeting is counted with its rule\'s other meetings of the period, however far from the proposal', () => {
    const config = { ...settings, rules: [{ id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', max: 1 }] } as const satisfies CheckSettings;
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars: calendarInfos });
    // 区政府常务会议 is on Tuesday 10 May; a second one that week, on Friday, crowds it.
    const second: ProposedMeeting = { calendar: 'city', summary: '常务会议', start: at('2022-05-13 15:00'), end: at('2022-05-13 16:00') };
    expect(brief(checkProposal(prepared, second))).toEqual([['cadence-crowded', ['district/summon', 'city/tongchou-proposal']]]);
    expect(checkProposal(prepared, { ...second, start: at('2022-05-20 15:00'), end: at('2022-05-20 16:00') })).toEqual([]);
  });

  test('routineFindings: every cadence finding with the meeting moved, also the period it leaves short (which cites nothing of it)', () => {
    const config = { ...settings, rules: [{ id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1 }] } as const satisfies CheckSettings;
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars: calendarInfos });
    const summon = existing.find((o) => o.uid === 'summon')!;
    const where = (start: string): ProposedMeeting => ({ calendar: 'district', uid: 'summon', summary: summon.summary, start: at(start), end: at(start).plus({ hours: 1 }) });
    const periods = (findings: readonly Finding[]) => findings.map((f) => [f.kind, f.kind === 'cadence-missed' ? f.data.periodStart : null]).sort();
    // Whole ISO weeks of May 2022: 2, 9, 16, 23 May; the meeting is in the week of 9 May.
    expect(periods(routineFindings(prepared, where('2022-05-10 15:00')))).toEqual([
      ['cadence-missed', '2022-05-02T00:00:00+08:00'],
      ['cadence-missed', '2022-05-16T00:00:00+08:00'],
      ['cadence-missed', '2022-05-23T00:00:00+08:00'],
    ]);
    expect(periods(routineFindings(prepared, where('2022-05-17 15:00')))).toEqual([
      ['cadence-missed', '2022-05-02T00:00:00+08:00'],
      ['cadence-missed', '2022-05-09T00:00:00+08:00'],
      ['cadence-missed', '2022-05-23T00:00:00+08:00'],
    ]);
    // A meeting no cadence rule selects has none.
    expect(routineFindings(prepared, { calendar: 'city', summary: '学习', start: at('2022-05-20 09:00'), end: at('2022-05-20 10:00') })).toEqual([]);
  });

  test('copies are seen together: a retyped copy of the proposal, or of a meeting it clashes with, is cited as the full check cites it, and lends its people', () => {
    const city = { id: 'city', office: '市委办', level: 'city' } as const;
    // The proposal is a retyped copy (same title and day) of m0, which the rules cite for the meeting.
    const own = [occurrence({ calendar: city, uid: 'm0', summary: '市总河长会议', start: '2022-05-09' }), occurrence({ calendar: city, uid: 'm1', summary: '区总河长会议', start: '2022-05-09', location: '301会议室' })];
    const copyOfM0: ProposedMeeting = { calendar: 'city', summary: '市总河长会议', start: at('2022-05-09'), end: at('2022-05-10'), allDay: true, location: '301会议室' };
    const first = prepareCheck({ occurrences: own, config: settings, window, calendars: calendarInfos });
    expect(checkProposal(first, copyOfM0)).toEqual(fullCheckFor(own, settings, copyOfM0));
    // The room is booked by m1, whose placeless copy m0 shares nothing with the proposal.
    const theirs = [occurrence({ calendar: city, uid: 'm0', summary: '常务会议', start: '2022-05-10' }), occurrence({ calendar: city, uid: 'm1', summary: '常务会议', start: '2022-05-10', location: '301会议室' })];
    const inTheRoom: ProposedMeeting = { calendar: 'city', summary: '区总河长会议', start: at('2022-05-10'), end: at('2022-05-11'), allDay: true, location: '301会议室' };
    const second = prepareCheck({ occurrences: theirs, config: settings, window, calendars: calendarInfos });
    expect(checkProposal(second, inTheRoom)).toEqual(fullCheckFor(theirs, settings, inTheRoom));
    // A copy lends the proposal its people: 李明 is on m2 (a retyped copy of the moved trip), and busy at 08:00.
    const lent = [
      occurrence({ calendar: city, uid: 'm0', summary: '区总河长会议', start: '2022-05-09', location: '301会议室' }),
      occurrence({ calendar: city, uid: 'm1', summary: '调研', start: '2022-05-12 08:00', end: '2022-05-12 08:30', location: '市政府大楼', attendees: ['李明'] }),
      occurrence({ calendar: city, uid: 'm2', summary: '出差', start: '2022-05-12', location: '301会议室', attendees: ['李明'] }),
    ];
    const trip: ProposedMeeting = { calendar: 'city', uid: 'm0', summary: '出差', start: at('2022-05-12'), end: at('2022-05-13'), allDay: true, location: '301会议室' };
    const third = prepareCheck({ occurrences: lent, config: settings, window, calendars: calendarInfos });
    expect(checkProposal(third, trip).map((f) => f.kind)).toContain('double-booking');
    expect(checkProposal(third, trip)).toEqual(fullCheckFor(lent, settings, trip));
  });

  test('a copy of a start-only meeting that books one more room: the clash is the meeting\'s, cited as the full check cites it (seed -517960069)', () => {
    const city = { id: 'city', office: '市委办', level: 'city' } as const;
    // 301会议室 is taken all day; 市总河长会议 is written start-only (17:30, no end) at the river site.
    const existing = [
      occurrence({ calendar: city, uid: 'm0', summary: '区总河长会议', start: '2022-05-09', location: '301会议室' }),
      occurrence({ calendar: city, uid: 'm1', summary: '市总河长会议', start: '2022-05-09 17:30', end: '2022-05-09 17:30', location: '某镇河道' }),
    ];
    // Its entry with an end is a copy of it (a start-only copy has an unknown end, not another one), and books 301会议室 too.
    const copy: ProposedMeeting = { calendar: 'city', summary: '市总河长会议', start: at('2022-05-09 17:30'), end: at('2022-05-09 18:00'), location: '某镇河道', rooms: ['301会议室'] };
    const prepared = prepareCheck({ occurrences: existing, config: settings, window, calendars: calendarInfos });
    // One meeting, cited by its copy with the smaller key: the room clash is still the proposal's to hear about.
    expect(brief(checkProposal(prepared, copy))).toEqual([['venue', ['city/m0', 'city/m1']]]);
    expect(checkProposal(prepared, copy)).toEqual(fullCheckFor(existing, settings, copy));
    // Without the extra room the meeting clashes with nothing.
    expect(checkProposal(prepared, { ...copy, rooms: [] })).toEqual([]);
  });

  // SOAK-1 (found while fixing seed -517960069): the meeting's entry written to 18:30 at the river site — a site, not
  // a room, so it shares no booked place with the proposal — is a retyped copy all the same (copies in one place may
  // end differently, QA26-18): the full check cites it (m1) for the meeting. checkProposal indexed copies by start,
  // end and title and did not gather it; it now indexes them by start and title.
  test('SOAK-1: a retyped copy of the proposal with another end at a site is cited as the full check cites it', () => {
    const city = { id: 'city', office: '市委办', level: 'city' } as const;
    const existing = [
      occurrence({ calendar: city, uid: 'm0', summary: '区总河长会议', start: '2022-05-09', location: '301会议室' }),
      occurrence({ calendar: city, uid: 'm1', summary: '市总河长会议', start: '2022-05-09 17:30', end: '2022-05-09 18:30', location: '某镇河道' }),
    ];
    const copy: ProposedMeeting = { calendar: 'city', summary: '市总河长会议', start: at('2022-05-09 17:30'), end: at('2022-05-09 18:00'), location: '某镇河道', rooms: ['301会议室'] };
    const prepared = prepareCheck({ occurrences: existing, config: settings, window, calendars: calendarInfos });
    expect(brief(fullCheckFor(existing, settings, copy))).toEqual([['venue', ['city/m0', 'city/m1']]]);
    expect(checkProposal(prepared, copy)).toEqual(fullCheckFor(existing, settings, copy));
  });

  test('its read-only views: settings, every occurrence sorted, ordering candidates, schedules, participants and places', () => {
    expect([...prepared.calendars.keys()].sort()).toEqual(['city', 'district', 'mayor']);
    expect(prepared.zone).toBe('Asia/Shanghai');
    expect([prepared.window.from.toISO(), prepared.window.to.toISO()]).toEqual(['2022-05-01T00:00:00.000+08:00', '2022-06-01T00:00:00.000+08:00']);
    expect(prepared.rules.map((r) => r.id)).toEqual(['river-chief', 'people', 'travel', 'rooms', 'chiefs', 'related-to']);
    expect(prepared.holidays).toBeUndefined();
    expect(prepared.occurrences.map((o) => o.key)).toEqual([...existing].sort((a, b) => a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : 1)).map((o) => o.key));
    // The two 总河长会议 match the follows rule's selectors.
    expect(prepared.orderingCandidates.map((o) => o.key)).toEqual(['district/river-district', 'city/river-city']);
    // 李区长 owns the mayor calendar and is invited to 区政府常务会议 and 专题会 (as 李明).
    expect(prepared.scheduleOf('li').map((o) => o.key)).toEqual(['mayor/site', 'mayor/next', 'mayor/visit', 'district/summon', 'mayor/maybe', 'district/meet13']);
    expect(prepared.scheduleOf('nobody')).toEqual([]);
    const summon = existing.find((o) => o.uid === 'summon')!;
    expect(prepared.participantsOf(summon).map((p) => [p.person.id, p.via])).toEqual([['li', 'attendee']]);
    expect(prepared.placesOf(summon)).toEqual(['区委大楼301会议室']);
    const proposal = proposalOccurrence({ calendar: 'city', summary: 'x', start: at('2022-05-20 09:00'), end: at('2022-05-20 10:00'), location: '301会议室', rooms: ['302会议室'] }, calendarInfos[0]!);
    expect(prepared.placesOf(proposal)).toEqual(['区委大楼301会议室', '302会议室']);
    expect(Object.isFrozen(prepared)).toBe(true);
  });

  test('only the object prepareCheck returned is a prepared check: a copy is a programming error', () => {
    const copy = { ...prepared };
    expect(() => checkProposal(copy, { calendar: 'city', summary: 'x', start: at('2022-05-20 09:00'), end: at('2022-05-20 10:00') })).toThrow(/not a PreparedCheck/);
  });

  test('a calendar that is not prepared is a programming error', () => {
    expect(() => checkProposal(prepared, { calendar: 'nope', summary: 'x', start: at('2022-05-20 09:00'), end: at('2022-05-20 10:00') })).toThrow(/unknown calendar/);
  });

  test('a recurrenceId names its instance by instant, whatever ISO form the caller writes (QA26-27)', () => {
    const base = { calendar: 'city', summary: 'x', start: at('2022-05-20 09:00'), end: at('2022-05-20 10:00') };
    const forms = ['2022-05-12T01:00:00Z', '2022-05-12T01:00:00.000Z', '2022-05-12T09:00:00+08:00', '2022-05-12T09:00:00', ' 2022-05-12T01:00:00Z '];
    const keys = forms.map((recurrenceId) => proposalOccurrence({ ...base, uid: 'weekly', recurrenceId }, prepared.calendars.get('city')!).key);
    expect(new Set(keys)).toEqual(new Set(['city/weekly/2022-05-12T01:00:00Z']));
    expect(proposalOccurrence({ ...base, uid: 'day', recurrenceId: '2022-05-12' }, prepared.calendars.get('city')!).recurrenceId).toBe('2022-05-12');
  });

  test('a proposal ending before it starts, or with an invalid time, is a programming error, never "no conflict" (QA26-8)', () => {
    expect(() => checkProposal(prepared, { calendar: 'city', summary: 'x', start: at('2022-05-20 11:30'), end: at('2022-05-20 10:30') })).toThrow(/ends .* before it starts/);
    expect(() => checkProposal(prepared, { calendar: 'city', summary: 'x', start: at('2022-05-20 09:00'), end: DateTime.invalid('form left empty') })).toThrow(/valid DateTimes/);
    // A zero-length proposal (a deadline, a reminder) is allowed.
    expect(() => checkProposal(prepared, { calendar: 'city', summary: 'x', start: at('2022-05-20 09:00'), end: at('2022-05-20 09:00') })).not.toThrow();
  });

  describe('properties', () => {
    const places = ['301会议室', '区委大楼301会议室', '某镇河道', '市政府大楼', null];
    const who = ['li', 'wang', 'mailto:zhao@qu.gov.cn', '李明'];
    // Rooms booked as ATTENDEE;CUTYPE=ROOM, by CN or address (the first is an alias of the LOCATIONs above).
    const rooms = ['301会议室', '302会议室', 'mailto:room302@qu.gov.cn'];
    const meeting = fc.record({
      calendar: fc.constantFrom('city', 'district', 'mayor'),
      day: fc.integer({ min: 9, max: 12 }),
      slot: fc.integer({ min: 16, max: 38 }),
      length: fc.integer({ min: 0, max: 8 }),
      allDay: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
      dependsOn: fc.constantFrom(null, null, 'm0', 'm1', 'new'),
      refId: fc.constantFrom(null, null, '2022-河长制-1'),
      summary: fc.constantFrom('区总河长会议', '市总河长会议', '常务会议', '出差', '调研', '市人民代表大会'),
      location: fc.constantFrom(...places),
      attendees: fc.subarray(who),
      rooms: fc.subarray(rooms),
      tentative: fc.boolean(),
      // A copy of an earlier meeting (its times) retyped in other words, a record of it, or its free/busy block.
      copyOf: fc.option(fc.nat({ max: 24 }), { freq: 2 }),
      retitle: fc.constantFrom('主持召开', '参加', '李明：', '区政府', '忙碌', '（扩大）', ''),
    });
    type Meeting = Omit<typeof meeting extends fc.Arbitrary<infer T> ? T : never, 'summary'> & { readonly summary: string };
    /** A meeting as generated, or as a copy of `base` (its day and times) under a title in other words. */
    const copied = (m: Meeting, base: Meeting | undefined): Meeting => {
      if (m.copyOf === null || base === undefined) return m;
      const summary =
        m.retitle === '忙碌' ? '忙碌' : m.retitle === '（扩大）' ? `${base.summary}（扩大）` : m.retitle === '' ? base.summary : `${m.retitle}${base.summary}`;
      return { ...m, day: base.day, slot: base.slot, length: base.length, allDay: base.allDay, summary };
    };
    const toSpec = (m: Meeting, uid: string) => {
      const day = `2022-05-${String(m.day).padStart(2, '0')}`;
      const start = DateTime.fromISO(day, { zone: 'Asia/Shanghai' }).plus({ minutes: m.slot * 30 });
      const end = start.plus({ minutes: m.length * 30 });
      const fmt = (d: DateTime) => d.toFormat('yyyy-MM-dd HH:mm');
      const cal = calendarInfos.find((c) => c.id === m.calendar)!;
      return { cal, uid, day, start, end, fmt };
    };

    /**
     * A copy of another meeting's event kept by this calendar (its UID, at its own times and title: an office that did
     * not take a move, a diary entry saved from the invitation), and the revision each copy carries; for the proposal,
     * the SEQUENCE the office tool gives, and which saved meeting it edits or copies.
     */
    const revision = fc.record({
      uidOf: fc.option(fc.nat({ max: 24 }), { freq: 2 }),
      sequence: fc.constantFrom(0, 0, 1, 2),
      lastModified: fc.option(fc.nat({ max: 3 }), { freq: 2 }),
    });
    const proposalRevision = fc.record({ sequence: fc.option(fc.nat({ max: 2 }), { freq: 2 }), edits: fc.nat({ max: 24 }) });
    type Revision = typeof revision extends fc.Arbitrary<infer T> ? T : never;
    type ProposalRevision = typeof proposalRevision extends fc.Arbitrary<infer T> ? T : never;
    const unrevised: Revision = { uidOf: null, sequence: 0, lastModified: null };
    const globalUid = (i: number): string => `m${i}@qu.gov.cn`;

    /**
     * checkProposal against the full check after saving. With `revisions`, meetings also carry copies of other meetings'
     * events (by UID, on other calendars, at other times) with SEQUENCE and LAST-MODIFIED, and the proposal edits or
     * copies any of them with a SEQUENCE of its own or the default (proposalAsSaved); UIDs are then global
     * (`m3@qu.gov.cn`) so that copies at other times are one event. Without, the generated values are as before
     * `revisions` existed, so that the replays below still replay their cases.
     */
    const agreesWithFullCheck = (config: CheckSettings, runs: number, replay?: { seed: number; path: string }, revisions = false) => {
      const meetings = fc.array(revisions ? fc.tuple(meeting, revision) : meeting.map((m) => [m, unrevised] as const), { maxLength: 25 });
      const proposalMeeting = revisions ? fc.tuple(meeting, proposalRevision) : meeting.map((m) => [m, null] as const);
      fc.assert(
        fc.property(meetings, proposalMeeting, fc.boolean(), (generatedWithRevisions, [generatedProposal, proposalEdit], replace) => {
          const generated = generatedWithRevisions.map(([m]) => m);
          const revised = generatedWithRevisions.map(([, r]) => r);
          // One UID per calendar: a calendar holds one copy of an event (the loader keeps one revision per file).
          const bases: number[] = [];
          for (const [i, m] of generated.entries()) {
            const shared = revised[i]!.uidOf;
            const base = shared !== null && shared < i ? bases[shared]! : i;
            const taken = generated.some((other, j) => j < i && bases[j] === base && other.calendar === m.calendar);
            bases.push(taken ? i : base);
          }
          const uidOf = (i: number): string => (revisions ? globalUid(bases[i]!) : `m${i}`);
          const meetings: Meeting[] = [];
          for (const [i, m] of generated.entries()) meetings.push(copied(m, m.copyOf !== null && m.copyOf < i ? meetings[m.copyOf] : undefined));
          const proposed = copied(generatedProposal, generatedProposal.copyOf === null ? undefined : meetings[generatedProposal.copyOf]);
          const existing = meetings.map((m, i) => {
            const s = toSpec(m, uidOf(i));
            const r = revised[i]!;
            const stamped = (o: Occurrence): Occurrence =>
              r === unrevised ? o : { ...o, sequence: r.sequence, seriesSequence: r.sequence, ...(r.lastModified !== null && { lastModified: at('2022-04-01').plus({ days: r.lastModified }).toMillis() }) };
            return stamped(occurrence({
              calendar: { id: s.cal.id, office: s.cal.office, level: s.cal.level, owner: s.cal.owner },
              uid: s.uid,
              summary: m.summary,
              start: m.allDay ? s.day : s.fmt(s.start),
              ...(m.allDay ? {} : { end: s.fmt(s.end) }),
              location: m.location,
              attendees: [...m.attendees, ...m.rooms.map((r) => (r.startsWith('mailto:') ? { address: r, cutype: 'room' } : { name: r, cutype: 'room' }))],
              status: m.tentative ? 'tentative' : null,
              relations: m.dependsOn === null ? [] : [{ target: m.dependsOn, relType: 'DEPENDS-ON' }],
              refIds: m.refId === null ? [] : [m.refId],
            }));
          });
          const p = toSpec(proposed, replace && meetings.length > 0 ? 'm0' : 'new');
          // With revisions: the proposal edits the saved meeting it names on its own calendar, or adds its calendar's
          // copy of that meeting's event (an invitation saved to another office's calendar).
          const edited = proposalEdit === null || meetings.length === 0 ? null : proposalEdit.edits % meetings.length;
          const proposal: ProposedMeeting = {
            calendar: p.cal.id,
            uid:
              edited !== null
                ? replace ? existing[edited]!.uid : undefined
                : replace && meetings.length > 0 && meetings[0]!.calendar === proposed.calendar ? 'm0' : undefined,
            ...(proposalEdit?.sequence !== null && proposalEdit?.sequence !== undefined && { sequence: proposalEdit.sequence }),
            summary: proposed.summary,
            start: proposed.allDay ? at(p.day) : p.start,
            end: proposed.allDay ? at(p.day).plus({ days: 1 }) : p.end,
            allDay: proposed.allDay,
            location: proposed.location,
            attendees: proposed.attendees,
            rooms: proposed.rooms,
            refIds: proposed.refId === null ? [] : [proposed.refId],
            relations: proposed.dependsOn === null ? [] : [{ target: proposed.dependsOn, valueType: 'uid', relType: 'DEPENDS-ON', gap: null }],
          };
          const prepared: PreparedCheck = prepareCheck({ occurrences: existing, config, window, calendars: calendarInfos });
          expect(checkProposal(prepared, proposal)).toEqual(fullCheckFor(existing, config, proposal));
        }),
        replay === undefined ? propertyParameters(runs) : { ...replay, endOnFailure: true },
      );
    };

    test('for random schedules and proposals, checkProposal equals the full check restricted to the proposal', () => {
      agreesWithFullCheck(settings, 150);
    });

    test('the same with every rule kind: quiet periods during a session, a weekly routine meeting, a duty calendar, working days and hours', () => {
      agreesWithFullCheck(everyRule, 150);
    });

    test('the same with ordering rules that close rings, order offices of one level, and make the city\'s meetings higher ones', () => {
      agreesWithFullCheck(orderingRules, 150);
    });

    test('the same with copies of one event on several calendars at several times, revised (SEQUENCE, LAST-MODIFIED) or not, and edits of any of them', () => {
      agreesWithFullCheck(orderingRules, 150, undefined, true);
    });

    // Found 2026-11-29 by a random seed: an all-day meeting in 301会议室, a start-only 市总河长会议 at 17:30 elsewhere,
    // and a proposal of that title at 17:30–18:00 there that also books 301会议室. The full check reads the proposal as
    // a copy of the start-only meeting and reports the room clash citing that copy (m1); checkProposal did not
    // gather m1 (indexed by start, end and title, it has another end) and cited the proposal, and both sides
    // dropped findings citing a copy other than the proposal, so the clash could also be lost altogether.
    // Found 2026-11-29 by random seeds in qa-2026j's runs, both fixed by 0a56ad0 (SOAK-1's index by start and title):
    // a retitled copy of a saved meeting (主持召开市总河长会议 08:00–08:30 for 市总河长会议 08:00–09:00) lends it the
    // all-day 出差's clash; a start-only proposal in 301会议室 inside two same-titled 调研 of different lengths there.
    test.each([
      [1070287297, '1:5:4:4:4:7:6:7:7:10:10:12:13:13:14:15:15:15:15:15:15:13:7:14:14:15:15:15:15'],
      [-1054848795, '33:2:0:6:6:8:8:8:8:9:9:9:14:14:14:15:15:15:15:14:18:11:17:18:18:18:18:18:18'],
    ])('replay: copies with another end than the proposal (seed %i)', (seed, path) => {
      agreesWithFullCheck(settings, 1, { seed, path });
    });

    // Found 2026-11-30 by a random seed: a district 区总河长会议 all day and the city's 市人民代表大会 all day, and the
    // proposal, the district meeting's entry 主持召开区总河长会议 on the city's (duty) calendar. The quiet-period rule
    // selects district meetings: the proposal is one through its copy, but checkProposal asked the proposal alone
    // whether it is such a meeting, so the session was not gathered (7fe0737 had let the duty pool bring it).
    test('replay: a meeting that is a district meeting through its copy, during a session (seed -1518569456)', () => {
      agreesWithFullCheck(everyRule, 1, { seed: -1518569456, path: '275:2:4:5:5:5:5:5:5:5:5:6:6:5:5:7:7:7:7:9:9:9:9:9:9:9:9:9:9:9:9:9:10' });
    });

    // Open (PO-2, found 2026-11-30 by a random seed, already at 053a329): three entries of one 区总河长会议 at 17:00 — the
    // city's 17:00–17:30, the mayor's start-only one, and the proposal, start-only on the city's calendar — double-book
    // li and zhao with an all-day meeting. The full check cites the mayor's start-only entry for the meeting,
    // checkProposal the proposal: the same clash, cited by another entry of the meeting.
    test.failing('replay: which start-only entry of a meeting is cited (PO-2, seed 770898103)', () => {
      agreesWithFullCheck(settings, 1, { seed: 770898103, path: '220:4:4:4:4:7:7:7:11:11:11:11:13:6:10:10:10:10:21:22:22:22:22:22:33:34:34:34:34:34:34:37:37:38:37:38:38:39:40:40:40:43:47:46:50:45:45:45:45:45:45:45:46:47:47:47:48:47:47:47:47:48:48:48:49:48:49:49:49:49:49:46:46:46:46:46:46:46:47:47:47:51' });
    });

    // Open (PO-3, found 2026-11-30 by a random seed in area-fix's run; passes at 674b6da, fails since 2397439, QJ-5): the
    // mayor's all-day 区总河长会议 in 301会议室 holds the city's 区总河长会议 at 09:00 there, so the full check reads it as
    // li's entry of attending that meeting (QJ-5), not as a meeting needing the 总河长. checkProposal of a 市总河长会议 at
    // 08:00 with 李明 gathers the all-day entry (it shares li) but not the 09:00 meeting it holds (it shares nobody and
    // starts after the margin), so the entry is a required meeting of its own: a false required-busy at the save button.
    test('replay: an all-day entry of attending a meeting the proposal does not reach (PO-3, seed 123711444)', () => {
      agreesWithFullCheck(settings, 1, { seed: 123711444, path: '98:4:6:6:5:6:7:6:7:7:7:7:7:9:8:9:9:9:9:9:9:9:9:9:9:9:15:15:15:15:15:15:15:15:6:11:3:5:11:3:13:13:14:15:15:15' });
    });

    // Found 2026-11-30 (seed 819181936; passes at 053a329, fails since 2397439, QJ-5): the mayor's all-day 区总河长会议
    // in 301会议室 is li's entry of attending the proposed 区总河长会议 at 08:00 there, so the full check counts him present
    // and busy elsewhere (his all-day 市总河长会议: required-busy); checkProposal did not lend the proposal his people.
    test('replay: a leader present through his entry of attending the proposal (seed 819181936)', () => {
      agreesWithFullCheck(settings, 1, { seed: 819181936, path: '294:7:6:6:6:6:6:7:14:11:11:11:13:13:13:13:10:12:12:13:13:13:13:13' });
    });

    // Found 2026-11-30 (seed -904216117, pre-existing at 41ba2dc): the 市委办's record 李明：区总河长会议 beside the
    // proposed 区总河长会议 that 李明 attends is the list's record of it (QC-41: a loaded meeting books him), so the full
    // check after saving finds no clash; the save button read the record over the calendars without the proposal,
    // where no meeting booked him, and reported required-busy.
    test('replay: a 领导活动安排 record of the proposed meeting is no engagement of his (seed -904216117)', () => {
      agreesWithFullCheck(settings, 1, { seed: -904216117, path: '27:4:3:3:3:3:3:3:3:3:3:3:8:8:8:12:11:11:11:14:14:14:14:14:14:14:14:14:14:14:18:18:18:19:19:20:20:23:23:23:23:23:23:7:7:7:7:13:13:13:17:17:17:12:12:12:12:12:12:0:0:4:6:5:5:5' });
    });

    // The same seed, once that was fixed: 主持召开市总河长会议 proposed at the 市政府大楼 is a copy of the 市总河长会议 there,
    // which the rules merge with the same-titled entry in 301会议室 (both book 302会议室); that entry's clash in 301会议室
    // is the meeting's. The save button gathered only by the proposal's direct copies' places.
    test('replay: a copy of a copy of the proposal lends it its room (seed -904216117, second case)', () => {
      agreesWithFullCheck(settings, 1, { seed: -904216117, path: '27:4:3:3:3:3:3:3:3:3:3:3:8:8:8:12:11:11:11:14:14:14:14:14:14:14:14:14:14:14:18:18:18:19:19:20:20:23:23:23:23:23:23:25:25:25:20:20:20:20:20:20:21:24:10:18:1:12:13:13:13' });
    });

    test('replay: a copy that books one more room (seed -517960069)', () => {
      agreesWithFullCheck(settings, 1, { seed: -517960069, path: '502:4:11:10:11:11:10:3:3:3:4:3:4:4:4:4:7:3:11:12:11:14:14:14:10:16:15:15:17:16:17:20:20:20' });
    });
  });
});
