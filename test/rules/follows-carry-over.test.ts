/**
 * `follows` with a cycle: a prerequisite at the very end of its period is carried over to the next
 * period's first dependent (QB-2). 2022 国庆: 1–7 October off, Saturday 8 and Sunday 9 October 调休
 * working days; Friday 30 September is the last working day of Q3.
 */
import { follows } from '../../src/rules/follows.js';
import { occurrence as occ } from '../helpers/occurrence.js';
import { ruleTester } from '../helpers/rule-tester.js';

const city = { id: 'city-party', office: '市委办', level: 'city' as const };
const district = { id: 'district-party', office: '区委办', level: 'district' as const };
const districtGov = { id: 'district-gov', office: '区政府办', level: 'district' as const };
const relay = {
  dependent: { level: 'district' as const, summary: '安全生产' },
  prerequisite: { level: 'city' as const, summary: '安全生产' },
  cycle: 'quarter' as const,
};
const cityOn = (start: string, uid = 'c') => occ({ calendar: city, uid, start, summary: '全市安全生产工作会议' });
const districtOn = (start: string, uid = 'd') => occ({ calendar: district, uid, start, summary: '全区安全生产工作会议（传达）' });
const lastAfternoonOfQ3 = cityOn('2022-09-30 15:00');

ruleTester.run(follows, {
  valid: [
    {
      name: 'the city meeting on the last working afternoon of Q3, relayed on the first working day after 国庆 (Q4)',
      params: relay,
      occurrences: [lastAfternoonOfQ3, districtOn('2022-10-08 09:00')],
    },
    {
      name: 'a minimum gap that reaches into the next quarter: 1 working day after Thursday 29 September is Friday 30th (still Q3), 2 are 8 October',
      params: { ...relay, minGap: { workingDays: 2 } },
      occurrences: [cityOn('2022-09-29 09:00'), districtOn('2022-10-08 09:00')],
    },
    {
      name: 'cycle week: the city meets on Friday afternoon, the district relays on Monday',
      params: { ...relay, cycle: 'week' as const },
      occurrences: [cityOn('2022-05-13 15:00'), districtOn('2022-05-16 09:00')],
    },
    {
      name: 'without maxGap, the relays of the first working days pair with it too: 区委 relays on 8 October, 区政府 deploys on 9 October (QB-26)',
      params: relay,
      occurrences: [lastAfternoonOfQ3, districtOn('2022-10-08 09:00'), districtOn('2022-10-09 09:00', 'd2'), districtOn('2022-10-12 15:00', 'd3')],
    },
    {
      name: 'with maxGap, every relay its gap reaches pairs with the carried-over meeting',
      params: { ...relay, maxGap: { workingDays: 2 } },
      occurrences: [lastAfternoonOfQ3, districtOn('2022-10-08 09:00'), districtOn('2022-10-09 09:00', 'd2')],
    },
  ],
  invalid: [
    {
      name: 'not carried over when working days of its own quarter are left (Wednesday 28 September): the October relay finds no Q4 meeting',
      params: relay,
      occurrences: [cityOn('2022-09-28 09:00'), districtOn('2022-10-08 09:00')],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { period: '2022-10-01' } }],
    },
    {
      name: 'not carried over when it was relayed in its own quarter: the October meeting needs a Q4 city meeting',
      params: relay,
      occurrences: [lastAfternoonOfQ3, districtOn('2022-09-30 17:00', 'd0'), districtOn('2022-10-08 09:00')],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { period: '2022-10-01' } }],
    },
    {
      name: 'not to a relay weeks later: a December relay without a Q4 city meeting may be premature',
      params: relay,
      occurrences: [lastAfternoonOfQ3, districtOn('2022-10-08 09:00'), districtOn('2022-12-20 09:00', 'd2')],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d2'], data: { period: '2022-10-01' } }],
    },
    {
      name: 'the carried-over meeting keeps its gaps: a relay past maxGap is late',
      params: { ...relay, maxGap: { workingDays: 2 } },
      occurrences: [lastAfternoonOfQ3, districtOn('2022-10-10 09:00')],
      findings: [{ kind: 'order-late', occurrences: ['district-party/d', 'city-party/c'], data: { latestStart: '2022-10-09' } }],
    },
    {
      name: 'a Q4 city meeting before the relay is its prerequisite, not the carried-over one',
      params: { ...relay, minGap: 'PT2H' },
      occurrences: [lastAfternoonOfQ3, cityOn('2022-10-08 09:00', 'c4'), districtOn('2022-10-08 10:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c4'], data: { earliestStart: '2022-10-08T12:00:00+08:00' } }],
    },
    {
      name: 'a Q3 relay before the last afternoon is an order, and the October relay still takes the carried-over meeting',
      params: relay,
      occurrences: [lastAfternoonOfQ3, districtOn('2022-09-29 09:00', 'd0'), districtOn('2022-10-08 09:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d0', 'city-party/c'], data: { earliestStart: '2022-09-30T16:00:00+08:00' } }],
    },
  ],
});

/**
 * QF-2: with a `maxGap`, the last prerequisite of a period serves the next period's dependents that
 * come within that gap and within the period's first five working days, even when a working day of
 * its own period is left after it, or another office followed it in its own period already.
 * Q4 2022 opens with 8, 9, 10, 11 and 12 October as its first five working days.
 */
ruleTester.run(follows, {
  valid: [
    {
      name: 'Wednesday 28 September, maxGap 3 working days (29, 30 September, 8 October): the relay of 8 October pairs with it',
      params: { ...relay, maxGap: { workingDays: 3 } },
      occurrences: [cityOn('2022-09-28 09:00'), districtOn('2022-10-08 09:00')],
    },
    {
      name: 'followed in its own quarter already (the 区政府 the same evening): the 区委 relay of 8 October within maxGap still pairs with it',
      params: { ...relay, maxGap: { workingDays: 2 } },
      occurrences: [lastAfternoonOfQ3, occ({ calendar: districtGov, uid: 'g0', start: '2022-09-30 17:00', summary: '全区安全生产工作部署会' }), districtOn('2022-10-08 09:00')],
    },
    {
      name: 'a Q4 city meeting long after the carried one\'s maxGap (20 October) leaves the relay of 8 October to it (QG-12)',
      params: { ...relay, maxGap: { workingDays: 3 } },
      occurrences: [cityOn('2022-09-28 09:00'), cityOn('2022-10-20 09:00', 'c4'), districtOn('2022-10-08 09:00')],
    },
    {
      name: 'cycle year, maxGap P14D: the city\'s 2023 meeting on 28 December 2022, the district\'s on 6 January 2023',
      params: { ...relay, cycle: 'year' as const, maxGap: 'P14D' },
      occurrences: [cityOn('2022-12-28 09:00'), districtOn('2023-01-06 09:00')],
    },
  ],
  invalid: [
    {
      name: 'past its maxGap (W3 is 8 October): the relay of 11 October finds no Q4 meeting',
      params: { ...relay, maxGap: { workingDays: 3 } },
      occurrences: [cityOn('2022-09-28 09:00'), districtOn('2022-10-11 09:00')],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { period: '2022-10-01' } }],
    },
    {
      name: 'within a long maxGap but after the quarter\'s opening days: a district meeting on 17 October before the Q4 city meeting of 20 October is premature',
      params: { ...relay, maxGap: 'P30D' },
      occurrences: [cityOn('2022-09-28 09:00'), cityOn('2022-10-20 09:00', 'c4'), districtOn('2022-10-17 09:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c4'] }],
    },
    {
      name: 'followed by the same office in its own quarter: that office\'s October meeting is Q4\'s, not a relay of it (QF-21)',
      params: { ...relay, maxGap: { workingDays: 2 } },
      occurrences: [lastAfternoonOfQ3, districtOn('2022-09-30 17:00', 'd0'), districtOn('2022-10-08 09:00')],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { period: '2022-10-01' } }],
    },
    {
      name: 'a Q4 city meeting within the carried one\'s maxGap (W3 is 8 October) takes the relay from it: a relay before it is premature (QF-21)',
      params: { ...relay, maxGap: { workingDays: 3 } },
      occurrences: [cityOn('2022-09-28 09:00'), cityOn('2022-10-08 14:00', 'c4'), districtOn('2022-10-08 09:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c4'] }],
    },
    {
      name: 'without maxGap nothing but the very end of a period carries over (the rule says nothing of how soon relays come)',
      params: relay,
      occurrences: [cityOn('2022-09-28 09:00'), districtOn('2022-10-08 09:00')],
      findings: [{ kind: 'order-missing', occurrences: ['district-party/d'], data: { period: '2022-10-01' } }],
    },
  ],
});
