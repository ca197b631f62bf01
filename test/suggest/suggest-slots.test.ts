/**
 * suggestSlots by table of situations: one conflict kind each (order, double booking, travel, room,
 * required leader busy), the search's own limits (working days with 调休, office hours, an unknown
 * holiday year, all-day meetings, nothing fitting) and the shape of the result.
 */
import { DateTime } from 'luxon';
import { checkProposal, prepareCheck, type PreparedCheck } from '../../src/check/check-proposal.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { proposalFromOccurrence } from '../../src/suggest/proposal-from-occurrence.js';
import { suggestSlots, type SuggestOptions } from '../../src/suggest/suggest-slots.js';
import { occurrence, type OccurrenceSpec } from '../helpers/occurrence.js';

const city = { id: 'city', office: '市委办', level: 'city' } as const;
const district = { id: 'district', office: '区委办', level: 'district' } as const;
const mayor = { id: 'mayor', office: '区政府办', level: 'district', owner: 'li' } as const;

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'], roles: ['区长', '总河长'] },
  { id: 'wang', name: '王强', aliases: ['mailto:wang@qu.gov.cn'], roles: ['区委书记'] },
];
const locations = [{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '市行政中心大会堂' }];
const travel = [{ from: '区委大楼301会议室', to: '市行政中心大会堂', minutes: 40 }];
const allRules: readonly RuleConfig[] = [
  { id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' } },
  { id: 'people', kind: 'no-double-booking' },
  { id: 'travel', kind: 'travel-time' },
  { id: 'rooms', kind: 'venue' },
  { id: 'chiefs', kind: 'required-attendance', event: { summary: '区.*总河长会议' }, people: ['role:总河长'] },
];

function setup(specs: readonly OccurrenceSpec[], window = { from: '2022-05-09', to: '2022-05-13' }, rules = allRules): { prepared: PreparedCheck; occurrences: Occurrence[] } {
  const occurrences = specs.map((s) => occurrence(s));
  const calendars = [city, district, mayor].map((c) => occurrence({ calendar: c, start: '2000-01-01' }).calendar);
  return { prepared: prepareCheck({ occurrences, config: { timezone: 'Asia/Shanghai', people, locations, travel, rules }, window, calendars }), occurrences };
}

function suggest(specs: readonly OccurrenceSpec[], uid: string, options: SuggestOptions = {}, window?: { from: string; to: string }, rules?: readonly RuleConfig[]) {
  const { prepared, occurrences } = setup(specs, window, rules);
  const meeting = occurrences.find((o) => o.uid === uid)!;
  return { result: suggestSlots(proposalFromOccurrence(meeting), prepared, options), prepared, meeting };
}

const starts = (r: { slots: readonly { start: string }[] }) => r.slots.map((s) => s.start);

describe('suggestSlots: one conflict kind at a time', () => {
  test('order: the district 总河长会议 before the city one → the earliest slots after the city meeting ends (plus the travel back)', () => {
    const { result } = suggest(
      [
        { calendar: city, uid: 'city-river', summary: '市总河长会议', start: '2022-05-11 09:00', end: '2022-05-11 11:30', location: '市行政中心大会堂', attendees: ['wang@qu.gov.cn'] },
        { calendar: district, uid: 'district-river', summary: '区总河长会议', start: '2022-05-10 09:00', end: '2022-05-10 10:30', location: '301会议室', attendees: ['wang@qu.gov.cn', 'li@qu.gov.cn'] },
      ],
      'district-river',
    );
    expect(result.conflicts.map((f) => f.kind)).toEqual(['order']);
    // 11:30 + 40 minutes from the city hall = 12:10 → the 12:30 grid point.
    expect(starts(result)).toEqual(['2022-05-11T12:30:00+08:00', '2022-05-11T13:00:00+08:00', '2022-05-11T13:30:00+08:00']);
    expect(result.slots[0]!.end).toBe('2022-05-11T14:00:00+08:00');
    expect(result.slots[0]!.satisfied).toEqual([
      { kind: 'follows', rule: 'river' },
      { kind: 'no-double-booking', rule: 'people' },
      { kind: 'travel-time', rule: 'travel' },
      { kind: 'venue', rule: 'rooms' },
      { kind: 'required-attendance', rule: 'chiefs' },
      { kind: 'workday', rule: null },
      { kind: 'office-hours', rule: null },
    ]);
    expect(result.reason).toBeNull();
  });

  test('double booking: the leader is busy 09:00–11:00 → the first start after it, without testing the busy grid points', () => {
    const { result } = suggest(
      [
        { calendar: mayor, uid: 'standing', summary: '区政府常务会议', start: '2022-05-09 09:00', end: '2022-05-09 11:00' },
        { calendar: district, uid: 'talk', summary: '专题会', start: '2022-05-09 09:30', end: '2022-05-09 10:30', attendees: ['li@qu.gov.cn'] },
      ],
      'talk',
      { from: '2022-05-09', count: 2 },
    );
    expect(result.conflicts.map((f) => f.kind)).toEqual(['double-booking']);
    expect(starts(result)).toEqual(['2022-05-09T11:00:00+08:00', '2022-05-09T11:30:00+08:00']);
    // 11:00 and 11:30 are the only candidates judged: 08:30–10:30 overlap the busy stretch and are jumped over.
    expect(result.searched.checks).toBe(2);
  });

  test('travel time: after a meeting 40 minutes away ending at 10:00, the first slot is 11:00 (10:40 rounded up to the grid)', () => {
    const { result } = suggest(
      [
        { calendar: city, uid: 'cityhall', summary: '市委城市工作会议', start: '2022-05-09 08:30', end: '2022-05-09 10:00', location: '市行政中心大会堂', attendees: ['wang@qu.gov.cn'] },
        { calendar: district, uid: 'study', summary: '学习会', start: '2022-05-09 10:15', end: '2022-05-09 11:00', location: '301会议室', attendees: ['wang@qu.gov.cn'] },
      ],
      'study',
      { count: 1 },
    );
    expect(result.conflicts.map((f) => f.kind)).toEqual(['travel-time']);
    expect(starts(result)).toEqual(['2022-05-09T11:00:00+08:00']);
  });

  test('venue: the room is booked 09:00–11:00 by another office → 11:00 (back to back is fine, half-open)', () => {
    const { result } = suggest(
      [
        { calendar: city, uid: 'booked', summary: '市委办会议', start: '2022-05-09 08:30', end: '2022-05-09 11:00', location: '区委大楼301会议室' },
        { calendar: district, uid: 'mine', summary: '区委办会议', start: '2022-05-09 10:00', end: '2022-05-09 11:00', location: '301会议室' },
      ],
      'mine',
      { count: 1 },
    );
    expect(result.conflicts.map((f) => f.kind)).toEqual(['venue']);
    expect(starts(result)).toEqual(['2022-05-09T11:00:00+08:00']);
  });

  test('required attendance: the 总河长 is away on a two-day trip (written as free, counted as an absence) → the first slot after it', () => {
    const { result } = suggest(
      [
        { calendar: mayor, uid: 'trip', summary: '赴省出差', start: '2022-05-09', end: '2022-05-11', transparent: true },
        { calendar: district, uid: 'river', summary: '区总河长会议', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: ['li@qu.gov.cn'] },
      ],
      'river',
      { count: 1 },
      undefined,
      allRules.filter((r) => r.kind !== 'follows'),
    );
    expect(result.conflicts.map((f) => f.kind).sort()).toEqual(['double-booking', 'required-busy']);
    expect(starts(result)).toEqual(['2022-05-11T08:30:00+08:00']);
  });

  test('every suggestion, applied with checkProposal, leaves the meeting without findings', () => {
    const { result, prepared, meeting } = suggest(
      [
        { calendar: mayor, uid: 'standing', summary: '区政府常务会议', start: '2022-05-09 08:30', end: '2022-05-09 12:00', location: '市行政中心大会堂' },
        { calendar: district, uid: 'talk', summary: '专题会', start: '2022-05-09 09:30', end: '2022-05-09 10:30', location: '301会议室', attendees: ['li@qu.gov.cn'] },
      ],
      'talk',
    );
    expect(result.slots).toHaveLength(3);
    for (const slot of result.slots) {
      const start = DateTime.fromISO(slot.start, { setZone: true });
      expect(checkProposal(prepared, { ...proposalFromOccurrence(meeting), start, end: start.plus({ hours: 1 }) })).toEqual([]);
    }
    // 12:00 at the city hall + 40 minutes = 12:40 → the 13:00 grid point.
    expect(starts(result)[0]).toBe('2022-05-09T13:00:00+08:00');
  });
});

describe('suggestSlots: days and hours', () => {
  test('a statutory holiday (端午, 3 June 2022) and the weekend are skipped', () => {
    const { result } = suggest(
      [{ calendar: district, uid: 'm', summary: '专题会', start: '2022-06-02 17:00', end: '2022-06-02 18:00' }],
      'm',
      { from: '2022-06-02', count: 1, hours: { start: '17:00', end: '18:00' } },
      { from: '2022-06-01', to: '2022-06-30' },
    );
    expect(starts(result)).toEqual(['2022-06-02T17:00:00+08:00']);
    const next = suggest(
      [{ calendar: district, uid: 'm', summary: '专题会', start: '2022-06-02 17:00', end: '2022-06-02 18:00', attendees: ['li@qu.gov.cn'] }, { calendar: mayor, uid: 'busy', summary: '接访', start: '2022-06-02 17:00', end: '2022-06-02 18:00' }],
      'm',
      { from: '2022-06-02', count: 1, hours: { start: '17:00', end: '18:00' } },
      { from: '2022-06-01', to: '2022-06-30' },
    ).result;
    expect(starts(next)).toEqual(['2022-06-06T17:00:00+08:00']);
  });

  test('a make-up working day (调休: Sunday 24 April 2022) is a working day', () => {
    const { result } = suggest(
      [{ calendar: district, uid: 'm', summary: '专题会', start: '2022-04-22 09:00', end: '2022-04-22 10:00' }],
      'm',
      { from: '2022-04-23', count: 1 },
      { from: '2022-04-01', to: '2022-04-30' },
    );
    expect(starts(result)).toEqual(['2022-04-24T08:30:00+08:00']);
  });

  test('office hours of a working-days rule for the meeting\'s office are used, and several ranges keep lunch free', () => {
    const rules: RuleConfig[] = [...allRules, { id: 'wd', kind: 'working-days', event: {}, hours: { 区委办: { start: '09:00', end: '17:00' }, '*': { start: '08:00', end: '18:00' } } }];
    const specs: OccurrenceSpec[] = [{ calendar: district, uid: 'm', summary: '专题会', start: '2022-05-09 07:00', end: '2022-05-09 10:00' }];
    const byRule = suggest(specs, 'm', { count: 1 }, undefined, rules).result;
    expect(byRule.searched.hours).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(byRule.conflicts.map((f) => f.kind)).toEqual(['outside-hours']);
    expect(starts(byRule)).toEqual(['2022-05-09T09:00:00+08:00']);
    const lunch = suggest(specs, 'm', { from: '2022-05-09', count: 3, hours: [{ start: '08:30', end: '12:00' }, { start: '14:30', end: '17:30' }] }).result;
    // Three hours: 08:30 and 09:00 fit the morning, 14:30 the afternoon; 09:30 would run into lunch.
    expect(starts(lunch)).toEqual(['2022-05-09T08:30:00+08:00', '2022-05-09T09:00:00+08:00', '2022-05-09T14:30:00+08:00']);
  });

  test('a year with no published holiday arrangement: no slot and the reason, unless Monday–Friday is accepted as an assumption', () => {
    const specs: OccurrenceSpec[] = [{ calendar: district, uid: 'm', summary: '专题会', start: '2027-01-04 09:00', end: '2027-01-04 10:00' }];
    const window = { from: '2027-01-01', to: '2027-01-10' };
    const skipped = suggest(specs, 'm', {}, window).result;
    expect(skipped.slots).toEqual([]);
    expect(skipped.reason).toBe('unknown-holidays');
    expect(skipped.unknownYears).toEqual([2027]);
    const weekdays = suggest(specs, 'm', { count: 2, unknownDays: 'weekdays' }, window).result;
    // 1–3 January 2027 are Friday to Sunday: Friday is 元旦, a day off by law (QB-30), so Monday 4 January is
    // the first day assumed a working day (the real arrangement may still say otherwise).
    expect(starts(weekdays)).toEqual(['2027-01-04T08:30:00+08:00', '2027-01-04T09:00:00+08:00']);
    expect(weekdays.slots.every((s) => s.assumedWorkday)).toBe(true);
    expect(weekdays.unknownYears).toEqual([]);
  });

  test('an all-day trip moves by whole days, all its days working days, and shows dates', () => {
    const { result } = suggest(
      [
        { calendar: mayor, uid: 'trip', summary: '赴省出差', start: '2022-05-11', end: '2022-05-13' },
        { calendar: district, uid: 'meeting', summary: '常务会议', start: '2022-05-12 09:00', end: '2022-05-12 10:00', attendees: ['li@qu.gov.cn'] },
      ],
      'trip',
      { count: 3 },
      { from: '2022-05-09', to: '2022-05-20' },
    );
    expect(result.meeting).toMatchObject({ start: '2022-05-11', end: '2022-05-13', allDay: true });
    expect(result.searched).toMatchObject({ stepMinutes: 1440, hours: null });
    // 9–10 and 10–11 May are free; 11–12 and 12–13 take the leader from the meeting on the 12th;
    // 13–14 May would take a Saturday; 16–17 May is the next.
    expect(result.slots.map((s) => [s.start, s.end])).toEqual([
      ['2022-05-09', '2022-05-11'],
      ['2022-05-10', '2022-05-12'],
      ['2022-05-16', '2022-05-18'],
    ]);
  });
});

describe('suggestSlots: when nothing fits', () => {
  test('the window ends first → no slot, reason window-end', () => {
    const { result } = suggest(
      [
        { calendar: mayor, uid: 'week', summary: '集中学习', start: '2022-05-09 08:00', end: '2022-05-13 18:00' },
        { calendar: district, uid: 'talk', summary: '专题会', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: ['li@qu.gov.cn'] },
      ],
      'talk',
    );
    expect(result.slots).toEqual([]);
    expect(result.reason).toBe('window-end');
    expect(result.searched.checks).toBe(0);
  });

  test('a meeting longer than the office hours → reason too-long; without hours it finds a start', () => {
    const specs: OccurrenceSpec[] = [{ calendar: district, uid: 'long', summary: '全天会议', start: '2022-05-09 08:00', end: '2022-05-09 20:00' }];
    expect(suggest(specs, 'long').result.reason).toBe('too-long');
    expect(starts(suggest(specs, 'long', { hours: null, count: 1 }).result)).toEqual(['2022-05-09T00:00:00+08:00']);
  });

  test('the search stops after maxChecks candidates and says where', () => {
    const specs: OccurrenceSpec[] = [{ calendar: city, uid: 'city-river', summary: '市总河长会议', start: '2022-05-13 09:00', end: '2022-05-13 17:30' }, { calendar: district, uid: 'r', summary: '区总河长会议', start: '2022-05-09 09:00', end: '2022-05-09 10:00' }];
    const { result } = suggest(specs, 'r', { maxChecks: 1, ignore: ['order'] });
    expect(result.reason).toBe('search-limit');
    expect(result.searched.lastChecked).toBe('2022-05-09T08:30:00+08:00');
  });

  test('a required leader not invited is unresolved: it blocks no slot, stays in each slot\'s remaining, and its rule is not listed as satisfied', () => {
    const { result } = suggest([{ calendar: district, uid: 'r', summary: '区总河长会议', start: '2022-05-09 09:00', end: '2022-05-09 10:00', attendees: ['wang@qu.gov.cn'] }], 'r', { count: 1 }, undefined, allRules.filter((r) => r.kind !== 'follows'));
    expect(result.conflicts).toEqual([]);
    expect(result.unresolved.map((f) => f.kind)).toEqual(['required-missing']);
    expect(result.slots[0]!.remaining.map((f) => f.kind)).toEqual(['required-missing']);
    expect(result.slots[0]!.satisfied.map((c) => c.rule)).not.toContain('chiefs');
  });
});

describe('suggestSlots: the result', () => {
  test('is plain JSON: it survives JSON.stringify and parse unchanged', () => {
    const { result } = suggest([{ calendar: district, uid: 'm', summary: '专题会', start: '2022-05-09 09:00', end: '2022-05-09 10:00' }], 'm');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('invalid options are programming errors', () => {
    const { prepared, occurrences } = setup([{ calendar: district, uid: 'm', summary: '专题会', start: '2022-05-09 09:00' }]);
    const p = proposalFromOccurrence(occurrences[0]!);
    expect(() => suggestSlots(p, prepared, { count: 0 })).toThrow(/count/);
    expect(() => suggestSlots(p, prepared, { hours: { start: '18:00', end: '09:00' } })).toThrow(/hours/);
    expect(() => suggestSlots(p, prepared, { from: '2022-5-1' })).toThrow(/from/);
    expect(() => suggestSlots({ ...p, calendar: 'nowhere' }, prepared)).toThrow(/nowhere/);
  });
});
