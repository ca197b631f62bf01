/**
 * checkProposal and the ordering rules: a proposal that a `follows` rule or a link pairs with meetings
 * months away must get exactly the ordering findings a full check gives it once saved — also when the
 * answer depends on a meeting no selector picks (a higher level's meeting its title relays), on rings
 * across rules, or on links.
 */
import type { CheckSettings } from '../../src/check/check-occurrences.js';
import { checkProposal, prepareCheck, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { CalendarInfo } from '../../src/model/calendar.js';
import type { Finding } from '../../src/model/finding.js';
import { at, calendar, occurrence } from '../helpers/occurrence.js';
import { fullCheckFor } from './full-check-for.js';

const cal = {
  province: { id: 'province', office: '省委办', level: 'province' },
  city: { id: 'city', office: '市委办', level: 'city' },
  district: { id: 'district', office: '区委办', level: 'district' },
  government: { id: 'government', office: '区政府办', level: 'district' },
} as const;
const calendars: readonly CalendarInfo[] = Object.values(cal).map((c) => calendar(c));
const window = { from: '2027-01-01', to: '2027-12-31' } as const;

const economy = {
  id: 'economy',
  kind: 'follows',
  dependent: { level: 'district', summary: '经济工作会议' },
  prerequisite: { level: 'city', summary: '经济工作会议' },
  maxGap: 'P10D',
  cycle: 'year',
} as const;
const safety = {
  id: 'safety',
  kind: 'follows',
  dependent: { level: 'district', summary: '安全生产' },
  prerequisite: { level: 'city', summary: '安全生产' },
  cycle: 'quarter',
} as const;

const brief = (findings: readonly Finding[]) => findings.map((f) => [f.kind, f.occurrences.map((o) => o.key)]);

describe('checkProposal: ordering findings as the full check gives them', () => {
  test('a relay of the province meeting that no selector picks is about that meeting, not premature for the city one', () => {
    const existing = [
      occurrence({ calendar: cal.province, uid: 'prov-econ', summary: '全省经济工作会议', start: '2027-01-08 09:00', end: '2027-01-08 12:00' }),
      occurrence({ calendar: cal.city, uid: 'city-econ', summary: '全市经济工作会议', start: '2027-01-20 09:00', end: '2027-01-20 12:00' }),
    ];
    const config = { timezone: 'Asia/Shanghai', rules: [economy] } as const satisfies CheckSettings;
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
    // Between the two: it relays the province's meeting (QF-3), so it needs no city one before it.
    const relay: ProposedMeeting = { calendar: 'district', summary: '传达学习全省经济工作会议精神', start: at('2027-01-12 09:00'), end: at('2027-01-12 10:00') };
    expect(checkProposal(prepared, relay)).toEqual(fullCheckFor(existing, config, relay, calendars, window));
    expect(checkProposal(prepared, relay)).toEqual([]);
    // The district's own 经济工作会议 at that date is premature all the same.
    const own: ProposedMeeting = { ...relay, summary: '全区经济工作会议' };
    expect(brief(checkProposal(prepared, own))).toEqual([['order', ['district/tongchou-proposal', 'city/city-econ']]]);
    expect(checkProposal(prepared, own)).toEqual(fullCheckFor(existing, config, own, calendars, window));
  });

  describe('a proposal that two rules or a link order both ways', () => {
    // 区政府办's 安全生产 meeting must follow the 区委's (a rule of one level), and the 区委's must follow the city's.
    const partyFirst = {
      id: 'party-first',
      kind: 'follows',
      dependent: { calendar: 'government', summary: '安全生产' },
      prerequisite: { calendar: 'district', summary: '安全生产' },
      cycle: 'quarter',
    } as const;
    const governmentFirst = {
      id: 'government-first',
      kind: 'follows',
      dependent: { calendar: 'district', summary: '安全生产' },
      prerequisite: { calendar: 'government', summary: '安全生产' },
      cycle: 'quarter',
    } as const;
    const existing = [
      occurrence({ calendar: cal.city, uid: 'city-safety', summary: '全市安全生产工作会议', start: '2027-04-06 09:00', end: '2027-04-06 11:00' }),
      occurrence({ calendar: cal.government, uid: 'gov-safety', summary: '全区安全生产工作部署会', start: '2027-04-08 09:00', end: '2027-04-08 10:00' }),
      occurrence({ calendar: cal.district, uid: 'linked', summary: '区委常委会', start: '2027-04-09 15:00', end: '2027-04-09 16:00', relations: [{ target: 'gov-safety', relType: 'FINISHTOSTART' }] }),
    ];

    test.each([
      ['the 区委 meeting closes a ring of two rules', [safety, partyFirst, governmentFirst], { calendar: 'district', summary: '区委安全生产专题会', start: at('2027-04-07 09:00'), end: at('2027-04-07 10:00') }],
      ['the 区委 meeting a rule of one level orders before the 区政府 one', [safety, partyFirst], { calendar: 'district', summary: '区委安全生产专题会', start: at('2027-04-10 09:00'), end: at('2027-04-10 10:00') }],
      ['a meeting carrying a link to the 区政府 one', [safety], { calendar: 'district', summary: '区委常委会（安全生产）', start: at('2027-04-07 09:00'), end: at('2027-04-07 10:00'), relations: [{ target: 'gov-safety', valueType: 'uid', relType: 'FINISHTOSTART', gap: null }] }],
      ['the target of a saved link, moved before what it must follow', [safety], { calendar: 'government', uid: 'gov-safety', summary: '全区安全生产工作部署会', start: at('2027-04-10 09:00'), end: at('2027-04-10 10:00') }],
    ] as const)('%s', (_name, rules, proposal) => {
      const config = { timezone: 'Asia/Shanghai', rules } as const satisfies CheckSettings;
      const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
      const found = checkProposal(prepared, proposal as ProposedMeeting);
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(fullCheckFor(existing, config, proposal as ProposedMeeting, calendars, window));
    });
  });
});
