import fc from 'fast-check';
import { Duration } from 'luxon';

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;
import type { FollowsRuleConfig, RuleConfig } from '../../src/model/rule-config.js';
import { follows } from '../../src/rules/follows.js';
import { occurrence as occ, weekly } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const city = { id: 'city-party', office: '市委办', level: 'city' as const };
const district = { id: 'district-party', office: '区委办', level: 'district' as const };
const districtGov = { id: 'district-gov', office: '区政府办', level: 'district' as const };
const province = { id: 'province', office: '省委办', level: 'province' as const };

const river = {
  dependent: { level: 'district' as const, summary: '总河长会议' },
  prerequisite: { level: 'city' as const, summary: '总河长会议' },
};

ruleTester.run(follows, {
  valid: [
    {
      // QA26-17: district offices enter the city meetings their leaders go to; that copy is the city meeting.
      name: 'a district calendar holding a copy of the city meeting (same UID, or retyped) is no dependent of it',
      params: { ...river, cycle: 'year' },
      occurrences: [
        occ({ calendar: city, uid: 'c@google.com', start: '2022-04-21 09:00', end: '2022-04-21 11:30', summary: '临江市2022年总河长会议' }),
        occ({ calendar: district, uid: 'c@google.com', start: '2022-04-21 09:00', end: '2022-04-21 11:30', summary: '临江市2022年总河长会议' }),
        occ({ calendar: { ...district, id: 'district-gov' }, uid: 'oa-77', start: '2022-04-21 09:00', end: '2022-04-21 11:30', summary: '临江市2022年总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-04-25 09:00', end: '2022-04-25 11:00', summary: '江滨区2022年总河长会议' }),
      ],
    },
    {
      name: 'district meeting the day after the city one',
      params: { ...river, cycle: 'year' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'starting exactly when the prerequisite ends is in order (half-open, minGap PT0S)',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 11:00', summary: '区总河长会议' }),
      ],
    },
    {
      // Config validation does not call these gaps reversed (test/config/validate.test.ts): here is a pair in order.
      name: 'at least 1 working day after, within 23 hours: met by an evening prerequisite and a start at 00:00 of the next working day',
      params: { ...river, minGap: { workingDays: 1 }, maxGap: 'PT23H' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 17:00', end: '2022-05-10 18:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 00:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'at least 3 working days after, within 2 days: met when the prerequisite ends at midnight (00:00 closes day 0)',
      params: { ...river, minGap: { workingDays: 3 }, maxGap: 'P2D' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 22:00', end: '2022-05-11 00:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-13 00:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'minGap met exactly',
      params: { ...river, minGap: 'P1D' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 11:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'maxGap met exactly',
      params: { ...river, maxGap: 'P7D' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-17 11:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'a cancelled dependent is not checked',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', summary: '区总河长会议', status: 'cancelled' }),
      ],
    },
    {
      name: 'any earlier prerequisite of the cycle satisfies it, even if a later one exists',
      params: { ...river, cycle: 'year' },
      occurrences: [
        occ({ calendar: city, uid: 'c1', start: '2022-03-01 09:00', summary: '市总河长会议' }),
        occ({ calendar: city, uid: 'c2', start: '2022-09-01 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'the same district meeting on the party and government calendars counts once (and is fine)',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
        occ({ calendar: districtGov, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'a stale copy (lower SEQUENCE) of a moved district meeting is not ordered; the current revision is in order (QA-15)',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        { ...occ({ calendar: district, uid: 'd', start: '2022-05-12 09:00', summary: '区总河长会议' }), sequence: 1 },
        occ({ calendar: districtGov, uid: 'd', start: '2022-05-09 09:00', summary: '区总河长会议' }),
      ],
    },
    {
      name: 'cycle is counted in the report zone: 1 April 07:00 Shanghai is Q2 although 31 March in UTC',
      params: { ...river, cycle: 'quarter' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-04-01 07:00', end: '2022-04-01 08:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-04-02 09:00', summary: '区总河长会议' }),
      ],
    },
  ],
  invalid: [
    {
      name: 'a district meeting retyped on a second district calendar (new UID, same summary and times) gives one order (QA-12)',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', end: '2022-05-09 11:00', summary: '区总河长会议' }),
        occ({ calendar: districtGov, uid: 'oa-991', start: '2022-05-09 09:00', end: '2022-05-09 11:00', summary: '区 总河长会议' }),
      ],
      // One finding, citing the copy with the smallest key.
      findings: [{ kind: 'order', occurrences: ['district-gov/oa-991', 'city-party/c'] }],
    },
    {
      name: 'a retyped copy with another end time is another meeting: two orders',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', end: '2022-05-09 11:00', summary: '区总河长会议' }),
        occ({ calendar: districtGov, uid: 'oa-991', start: '2022-05-09 09:00', end: '2022-05-09 12:00', summary: '区总河长会议' }),
      ],
      findings: [
        { kind: 'order', occurrences: ['district-gov/oa-991', 'city-party/c'] },
        { kind: 'order', occurrences: ['district-party/d', 'city-party/c'] },
      ],
    },
    {
      name: 'a meeting matching both selectors is not its own prerequisite, nor its retyped copy’s',
      params: { dependent: { summary: '河长' }, prerequisite: { summary: '河长' } },
      occurrences: [
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', end: '2022-05-09 11:00', summary: '总河长会议' }),
        occ({ calendar: districtGov, uid: 'oa-991', start: '2022-05-09 09:00', end: '2022-05-09 11:00', summary: '总河长会议' }),
      ],
      findings: [{ kind: 'order-missing', occurrences: ['district-gov/oa-991'] }],
    },
    {
      name: 'the real story: the district meeting the day before the city one → order with suggestion',
      params: { ...river, cycle: 'year', minGap: 'PT0S', maxGap: 'P7D', id: 'river-chief' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', end: '2022-05-09 11:00', summary: '区总河长会议' }),
      ],
      findings: [
        {
          kind: 'order',
          occurrences: ['district-party/d', 'city-party/c'],
          severity: 'error',
          suggestion: { earliestStart: '2022-05-10T11:00:00+08:00', occurrence: 'district-party/d' },
          data: {
            dependent: '区总河长会议',
            prerequisite: '市总河长会议',
            relation: 'FINISHTOSTART',
            minGap: 'PT0S',
            earliestStart: '2022-05-10T11:00:00+08:00',
            pairedBy: 'rule',
            link: 'river-chief',
          },
        },
      ],
    },
    {
      name: 'overlapping: the district starts while the city meeting is still running',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 10:59', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'] }],
    },
    {
      name: 'minGap missed by a minute',
      params: { ...river, minGap: 'P1D' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 10:59', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], data: { minGap: 'P1D', earliestStart: '2022-05-11T11:00:00+08:00' } }],
    },
    {
      name: 'more than maxGap after → order-late',
      params: { ...river, maxGap: 'P7D' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-17 11:01', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order-late', severity: 'warning', occurrences: ['district-party/d', 'city-party/c'], data: { maxGap: 'P7D', latestStart: '2022-05-17T11:00:00+08:00' } }],
    },
    {
      name: 'no prerequisite in the cycle → order-missing',
      params: { ...river, cycle: 'quarter' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-03-30 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-04-11 09:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order-missing', severity: 'warning', occurrences: ['district-party/d'], data: { cycle: 'quarter', period: '2022-04-01', cancelled: 0 } }],
    },
    {
      name: 'order-missing says from when it searched when the cycle began before the window (Q2 window, yearly cycle)',
      params: { ...river, cycle: 'year' },
      window: { from: '2022-04-01', to: '2022-06-30' },
      occurrences: [occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' })],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { period: '2022-01-01', checkedFrom: '2022-04-01' } }],
    },
    {
      name: 'order-missing for a period wholly inside the window searched all of it',
      params: { ...river, cycle: 'month' },
      window: { from: '2022-04-01', to: '2022-06-30' },
      occurrences: [occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' })],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { period: '2022-05-01', checkedFrom: '2022-05-01' } }],
    },
    {
      name: 'a prerequisite that exists only as cancelled counts as missing',
      params: { ...river, cycle: 'year' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议', status: 'cancelled' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { cancelled: 1, period: '2022-01-01' } }],
    },
    {
      name: 'a meeting matching both selectors is not its own prerequisite → missing',
      params: { dependent: { summary: '总河长会议' }, prerequisite: { summary: '总河长会议' } },
      occurrences: [occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' })],
      findings: [{ kind: 'order-missing', occurrences: ['city-party/c'], data: { cycle: 'none', period: '*' } }],
    },
    {
      name: 'pairing picks the latest prerequisite starting before the dependent when none is satisfied',
      params: { ...river, cycle: 'none' },
      occurrences: [
        occ({ calendar: city, uid: 'c1', start: '2022-05-10 08:00', end: '2022-05-10 12:00', summary: '市总河长会议' }),
        occ({ calendar: city, uid: 'c2', start: '2022-05-10 09:30', end: '2022-05-10 12:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 10:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c2'] }],
    },
    {
      name: 'pairing falls back to the earliest prerequisite of the cycle when all start later',
      params: { ...river, cycle: 'month' },
      occurrences: [
        occ({ calendar: city, uid: 'c1', start: '2022-05-20 09:00', summary: '市总河长会议' }),
        occ({ calendar: city, uid: 'c2', start: '2022-05-25 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 09:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c1'] }],
    },
    {
      name: 'all-day dependent on the same day as the prerequisite is too early; the earliest day it can take is the next (QA26-28)',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], data: { dependentStart: '2022-05-10', dependentEnd: '2022-05-11', earliestStart: '2022-05-11T00:00:00+08:00' } }],
    },
    {
      name: 'time zones: a New York prerequisite ending 21:00 EDT = 09:00 Shanghai next day',
      params: river,
      occurrences: [
        occ({ calendar: city, uid: 'c', zone: 'America/New_York', start: '2022-05-09 20:00', end: '2022-05-09 21:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 08:59', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], data: { earliestStart: '2022-05-10T09:00:00+08:00', prerequisiteEnd: '2022-05-09T21:00:00-04:00' } }],
    },
    {
      name: 'recurring: a monthly district meeting with one instance moved before the city meeting',
      params: { ...river, cycle: 'month' },
      occurrences: [
        occ({ calendar: city, uid: 'c5', start: '2022-05-03 09:00', summary: '市总河长会议' }),
        occ({ calendar: city, uid: 'c6', start: '2022-06-03 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'series', recurrenceId: '2022-05-05T01:00:00Z', start: '2022-05-05 09:00', summary: '区总河长会议' }),
        // The June instance was moved (RECURRENCE-ID 5 June) to 2 June: before the city meeting.
        occ({ calendar: district, uid: 'series', recurrenceId: '2022-06-05T01:00:00Z', start: '2022-06-02 09:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['district-party/series/2022-06-05T01:00:00Z', 'city-party/c6'] }],
    },
    {
      name: 'weekly cycle across a New York DST change pairs by local ISO week',
      zone: 'America/New_York',
      params: { ...river, cycle: 'week' },
      occurrences: [
        occ({ calendar: city, uid: 'c', zone: 'America/New_York', start: '2022-03-10 09:00', summary: '市总河长会议' }),
        // Sunday 13 March (DST starts) is still the week of Monday 7 March.
        occ({ calendar: district, uid: 'd1', zone: 'America/New_York', start: '2022-03-13 09:00', summary: '区总河长会议' }),
        occ({ calendar: district, uid: 'd2', zone: 'America/New_York', start: '2022-03-14 09:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d2'], data: { cycle: 'week', period: '2022-03-14' } }],
    },
    {
      name: 'chains: province → city rule reports its own pair; the city → district rule is separate',
      params: { dependent: { level: 'city', summary: '总河长会议' }, prerequisite: { level: 'province', summary: '总河长会议' } },
      occurrences: [
        occ({ calendar: province, uid: 'p', start: '2022-05-12 09:00', summary: '省总河长会议' }),
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['city-party/c', 'province/p'] }],
    },
    {
      name: 'two rules that contradict each other make one ring, reported once by the smaller rule id',
      params: { ...river, id: 'a-district-after-city' },
      rules: [
        {
          id: 'b-city-after-district',
          kind: 'follows',
          dependent: { level: 'city', summary: '总河长会议' },
          prerequisite: { level: 'district', summary: '总河长会议' },
        },
      ],
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
      ],
      findings: [
        {
          kind: 'order-cycle',
          occurrences: ['city-party/c', 'district-party/d'],
          data: { size: 2, meetings: '市总河长会议 → 区总河长会议 → 市总河长会议', links: 'a-district-after-city、b-city-after-district' },
        },
      ],
    },
    {
      name: 'a ring through a RELATED-TO link is found by the follows rule too',
      params: { ...river, id: 'a-river' },
      rules: [{ id: 'related-to', kind: 'related-to' }],
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-12 09:00', summary: '市总河长会议', relations: [{ target: 'd', relType: 'FINISHTOSTART' }] }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', summary: '区总河长会议' }),
      ],
      findings: [{ kind: 'order-cycle', occurrences: ['district-party/d', 'city-party/c'], data: { links: 'RELATED-TO:d、a-river' } }],
    },
  ],
});

describe('follows: rings reported by another rule', () => {
  test('the rule with the larger id reports no ring and no order for the ring edges', () => {
    const other: RuleConfig = { id: 'a', kind: 'follows', dependent: river.prerequisite, prerequisite: river.dependent };
    const findings = runRule(follows, {
      name: 'b',
      params: { ...river, id: 'b' },
      rules: [other],
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', summary: '区总河长会议' }),
      ],
    });
    expect(findings).toEqual([]);
  });

  test('a disabled sibling rule closes no ring', () => {
    const other: RuleConfig = { id: 'a', kind: 'follows', enabled: false, dependent: river.prerequisite, prerequisite: river.dependent };
    const findings = runRule(follows, {
      name: 'b',
      params: { ...river, id: 'b' },
      rules: [other],
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市总河长会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', summary: '区总河长会议' }),
      ],
    });
    expect(findings.map((f) => f.kind)).toEqual(['order']);
  });
});

describe('properties', () => {
  const meeting = fc.record({
    level: fc.constantFrom('city' as const, 'district' as const),
    day: fc.integer({ min: 0, max: 120 }),
    hour: fc.integer({ min: 7, max: 18 }),
    length: fc.integer({ min: 1, max: 4 }),
    cancelled: fc.boolean(),
  });
  const params = fc.record({
    cycle: fc.constantFrom('year' as const, 'quarter' as const, 'month' as const, 'week' as const, 'none' as const),
    minGap: fc.constantFrom('PT0S', 'PT2H', 'P1D'),
    maxGap: fc.constantFrom(undefined, 'P7D', 'P30D'),
  });
  const build = (list: Generated<typeof meeting>[]) =>
    list.map((m, i) => {
      const start = occ({ start: '2022-03-01 00:00' }).start.plus({ days: m.day, hours: m.hour });
      return occ({
        calendar: m.level === 'city' ? city : district,
        uid: `u${i}`,
        start: start.toFormat('yyyy-MM-dd HH:mm'),
        end: start.plus({ hours: m.length }).toFormat('yyyy-MM-dd HH:mm'),
        summary: m.level === 'city' ? '市总河长会议' : '区总河长会议',
        status: m.cancelled ? 'cancelled' : null,
      });
    });
  const summarise = (findings: ReturnType<typeof runRule>) =>
    findings.map((f) => `${f.kind} ${f.occurrences.map((o) => o.key).join(',')}`).sort();

  test('output is deterministic and independent of input order', () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 12 }), params, (list, p) => {
        const occurrences = build(list);
        const a = runRule(follows, { name: 'p', params: { ...river, ...p }, occurrences });
        const b = runRule(follows, { name: 'p', params: { ...river, ...p }, occurrences: [...occurrences].reverse() });
        expect(summarise(b)).toEqual(summarise(a));
        expect(runRule(follows, { name: 'p', params: { ...river, ...p }, occurrences })).toEqual(a);
      }),
    );
  });

  test('every non-cancelled dependent gets at most one verdict, and only dependents are judged', () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 12 }), params, (list, p) => {
        const occurrences = build(list);
        const findings = runRule(follows, { name: 'p', params: { ...river, ...p }, occurrences });
        const judged = findings.map((f) => f.occurrences[0]!.key);
        expect(new Set(judged).size).toBe(judged.length);
        for (const key of judged) expect(key.startsWith('district-party/')).toBe(true);
      }),
    );
  });

  test('with cycle none, shifting every meeting by whole weeks changes no finding', () => {
    fc.assert(
      fc.property(fc.array(meeting, { maxLength: 10 }), fc.integer({ min: 1, max: 20 }), (list, weeks) => {
        const config: Partial<FollowsRuleConfig> = { cycle: 'none', minGap: 'PT1H', maxGap: 'P7D' };
        const base = build(list);
        const shifted = base.map((o) => ({ ...o, start: o.start.plus({ weeks }), end: o.end.plus({ weeks }) }));
        const a = runRule(follows, { name: 'p', params: { ...river, ...config }, occurrences: base });
        const b = runRule(follows, { name: 'p', params: { ...river, ...config }, occurrences: shifted });
        expect(summarise(b)).toEqual(summarise(a));
      }),
    );
  });

  test('when the order is met, moving the dependent before the prerequisite end gives an order finding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), (minutes) => {
        const c = occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市总河长会议' });
        const d = occ({ calendar: district, uid: 'd', start: '2022-05-10 11:00', summary: '区总河长会议' });
        const early = { ...d, start: d.start.minus({ minutes: minutes + 1 }), end: d.end.minus({ minutes: minutes + 1 }) };
        expect(runRule(follows, { name: 'p', params: river, occurrences: [c, d] })).toEqual([]);
        expect(runRule(follows, { name: 'p', params: river, occurrences: [c, early] }).map((f) => f.kind)).toEqual(['order']);
      }),
    );
  });

  test('verdicts equal a naive reference of the pairing rule (cycle none)', () => {
    // Two entries on one calendar with the same title and times are one meeting entered twice
    // (a duplicate import), which the rule merges as copies; this naive reference counts entries,
    // so it only sees distinct meetings (copies have their own tests and properties).
    const distinct = fc.uniqueArray(meeting, { maxLength: 12, selector: (m) => `${m.level} ${m.day} ${m.hour} ${m.length}` });
    fc.assert(
      fc.property(distinct, fc.constantFrom('PT0S', 'PT90M', 'P1D'), fc.constantFrom(undefined, 'PT36H', 'P5D'), (list, minGap, maxGap) => {
        const occurrences = build(list);
        const gap = Duration.fromISO(minGap).toMillis();
        const late = maxGap === undefined ? null : Duration.fromISO(maxGap).toMillis();
        const byStart = (a: (typeof occurrences)[number], b: (typeof occurrences)[number]) => a.start.toMillis() - b.start.toMillis() || (a.key < b.key ? -1 : 1);
        const prerequisites = occurrences.filter((o) => o.calendar.level === 'city' && o.status !== 'cancelled').sort(byStart);
        const expected: string[] = [];
        for (const d of occurrences.filter((o) => o.calendar.level === 'district' && o.status !== 'cancelled')) {
          if (prerequisites.length === 0) {
            expected.push(`order-missing ${d.key}`);
            continue;
          }
          const satisfied = prerequisites.filter((p) => p.end.toMillis() + gap <= d.start.toMillis());
          const before = prerequisites.filter((p) => p.start.toMillis() < d.start.toMillis());
          const paired = satisfied[satisfied.length - 1] ?? before[before.length - 1] ?? prerequisites[0]!;
          if (satisfied.length === 0) expected.push(`order ${d.key},${paired.key}`);
          else if (late !== null && d.start.toMillis() > paired.end.toMillis() + late) expected.push(`order-late ${d.key},${paired.key}`);
        }
        const findings = runRule(follows, { name: 'p', params: { ...river, minGap, maxGap }, occurrences });
        expect(summarise(findings)).toEqual(expected.sort());
      }),
    );
  });

  test('weekly series: each instance is paired on its own', () => {
    const cityWeekly = weekly({ calendar: city, uid: 'cw', start: '2022-05-02 09:00', summary: '市总河长会议' }, 4);
    const districtWeekly = weekly({ calendar: district, uid: 'dw', start: '2022-05-03 09:00', summary: '区总河长会议' }, 4, {
      2: { start: '2022-05-16 08:00', end: '2022-05-16 09:00' },
    });
    const findings = runRule(follows, { name: 'p', params: { ...river, cycle: 'week' }, occurrences: [...cityWeekly, ...districtWeekly] });
    expect(findings.map((f) => [f.kind, f.occurrences.map((o) => o.key)])).toEqual([
      ['order', ['district-party/dw/2022-05-17T01:00:00Z', 'city-party/cw/2022-05-16T01:00:00Z']],
    ]);
  });
});
