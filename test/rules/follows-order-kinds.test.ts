/**
 * What an `order` says about the dependent: before the prerequisite, or after it but too soon (QB-1);
 * and a prerequisite written as a whole day (RFC 5545 DATE), whose time is not known (QB-3).
 */
import { renderFinding } from '../../src/messages/render.js';
import type { Finding } from '../../src/model/finding.js';
import { follows } from '../../src/rules/follows.js';
import { occurrence as occ } from '../helpers/occurrence.js';
import { contextFor, ruleTester } from '../helpers/rule-tester.js';

const city = { id: 'city-party', office: '市委办', level: 'city' as const };
const district = { id: 'district-party', office: '区委办', level: 'district' as const };
const relay = { dependent: { level: 'district' as const, summary: '传达' }, prerequisite: { level: 'city' as const, summary: '全市' }, cycle: 'month' as const };
const cityMorning = occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '全市河长制工作会议' });
const cityDay = occ({ calendar: city, uid: 'c', start: '2022-05-10', summary: '全市河长制工作会议' });
const districtAt = (start: string, end?: string) => occ({ calendar: district, uid: 'd', start, ...(end !== undefined && { end }), summary: '传达全市会议精神' });

ruleTester.run(follows, {
  valid: [
    { name: 'a whole-day prerequisite: the relay the next morning is in order', params: relay, occurrences: [cityDay, districtAt('2022-05-11 09:00')] },
  ],
  invalid: [
    {
      name: 'after the city meeting but within minGap: too soon',
      params: { ...relay, minGap: 'PT2H' },
      occurrences: [cityMorning, districtAt('2022-05-10 12:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], severity: 'error', data: { tooSoon: true, earliestStart: '2022-05-10T13:00:00+08:00' } }],
    },
    {
      name: 'before the city meeting ends: not "too soon" but before',
      params: { ...relay, minGap: 'PT2H' },
      occurrences: [cityMorning, districtAt('2022-05-10 10:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], data: { earliestStart: '2022-05-10T13:00:00+08:00' } }],
    },
    {
      name: 'working days: the day after the city meeting is too soon for 2 working days',
      params: { ...relay, minGap: { workingDays: 2 } },
      occurrences: [cityMorning, districtAt('2022-05-11 15:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], data: { tooSoon: true, minWorkingDays: 2, earliestStart: '2022-05-12T00:00:00+08:00' } }],
    },
    {
      name: 'a whole-day prerequisite: the relay the same afternoon cannot be judged (info, no suggestion)',
      params: relay,
      occurrences: [cityDay, districtAt('2022-05-10 15:00', '2022-05-10 17:00')],
      findings: [
        {
          kind: 'order',
          occurrences: ['district-party/d', 'city-party/c'],
          severity: 'info',
          data: { undetermined: true, prerequisiteDateOnly: true, earliestStart: '2022-05-11T00:00:00+08:00', prerequisiteStart: '2022-05-10' },
          suggestion: null,
        },
      ],
    },
    {
      name: 'a whole-day prerequisite: a relay the day before is an order error, earliest the next day',
      params: relay,
      occurrences: [cityDay, districtAt('2022-05-09 15:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], severity: 'error', data: { earliestStart: '2022-05-11T00:00:00+08:00' }, suggestion: { earliestStart: '2022-05-11T00:00:00+08:00', occurrence: 'district-party/d' } }],
    },
    {
      name: 'a whole-day prerequisite with a 1-day minGap: the next morning is still too soon (the city meeting may have ended late on the 10th)',
      params: { ...relay, minGap: 'P1D' },
      occurrences: [cityDay, districtAt('2022-05-11 09:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], severity: 'info', data: { undetermined: true, prerequisiteDateOnly: true, earliestStart: '2022-05-12T00:00:00+08:00' } }],
    },
    {
      name: 'a relay written as the whole day of the timed city meeting cannot be judged (it may be that afternoon) (QB-27)',
      params: relay,
      occurrences: [cityMorning, occ({ calendar: district, uid: 'd', start: '2022-05-10', summary: '传达全市会议精神' })],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], severity: 'info', data: { undetermined: true, dependentDateOnly: true, earliestStart: '2022-05-11T00:00:00+08:00' }, suggestion: null }],
    },
    {
      name: 'both written as the same day: undetermined; the day before is still an error',
      params: relay,
      occurrences: [cityDay, occ({ calendar: district, uid: 'd', start: '2022-05-10', summary: '传达全市会议精神' })],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], severity: 'info', data: { undetermined: true, dependentDateOnly: true, prerequisiteDateOnly: true } }],
    },
    {
      name: 'a relay during the city’s two-day session starts before its end',
      params: relay,
      occurrences: [occ({ calendar: city, uid: 'c', start: '2022-05-09', end: '2022-05-11', summary: '全市两会' }), districtAt('2022-05-09 15:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], severity: 'error', data: { duringPrerequisite: true } }],
    },
    {
      name: 'a same-level rule (先党委后政府) pairs as a peer: 前置会议, not 上级会议 (QB-22)',
      params: { dependent: { office: '区政府办' }, prerequisite: { office: '区委办' }, cycle: 'week' as const },
      occurrences: [
        occ({ calendar: { id: 'party', office: '区委办', level: 'district' as const }, uid: 'p', start: '2022-05-19 09:00', summary: '区委常委会会议' }),
        occ({ calendar: { id: 'gov', office: '区政府办', level: 'district' as const }, uid: 'g', start: '2022-05-17 15:00', summary: '区政府常务会议' }),
      ],
      findings: [{ kind: 'order', occurrences: ['gov/g', 'party/p'], data: { peer: true } }],
    },
  ],
});

test('before the city meeting ends, the data do not say "too soon"', () => {
  const [finding] = follows.check(contextFor(follows, { params: { ...relay, minGap: 'PT2H' }, occurrences: [cityMorning, districtAt('2022-05-10 10:00')] }));
  expect(finding?.kind === 'order' && 'tooSoon' in finding.data).toBe(false);
});

describe('order messages', () => {
  const one = (params: Record<string, unknown>, occurrences: ReturnType<typeof occ>[]): Finding =>
    ({ ...follows.check(contextFor(follows, { params: { ...relay, ...params }, occurrences }))[0]!, rule: 'r', id: 'x' }) as Finding;

  test.each([
    ['zh-CN', /间隔不足/u, /之前/u],
    ['en', /too soon after/u, /scheduled before/u],
  ] as const)('%s: too soon is not said to be before', (lang, says, not) => {
    const text = renderFinding(one({ minGap: 'PT2H' }, [cityMorning, districtAt('2022-05-10 12:00')]), lang);
    expect(text).toMatch(says);
    expect(text).not.toMatch(not);
  });

  test.each([
    ['zh-CN', /只登记了日期/u, /5月11日起/u],
    ['en', /day without a time/u, /from 11 May/u],
  ] as const)('%s: a whole-day prerequisite is said to have no time, and the day from which the relay is certainly in order', (lang, why, from) => {
    const text = renderFinding(one({}, [cityDay, districtAt('2022-05-10 15:00', '2022-05-10 17:00')]), lang);
    expect(text).toMatch(why);
    expect(text).toMatch(from);
    expect(text).not.toMatch(/00:00/u);
  });

  test.each([
    ['zh-CN', /前置会议/u, /上级会议/u],
    ['en', /the meeting it must follow/u, /higher-level/u],
  ] as const)('%s: a same-level prerequisite is no higher-level meeting (QB-22)', (lang, says, not) => {
    const party = occ({ calendar: { id: 'party', office: '区委办', level: 'district' as const }, uid: 'p', start: '2022-05-19 09:00', summary: '区委常委会会议' });
    const gov = occ({ calendar: { id: 'gov', office: '区政府办', level: 'district' as const }, uid: 'g', start: '2022-05-17 15:00', summary: '区政府常务会议' });
    const text = renderFinding(one({ dependent: { office: '区政府办' }, prerequisite: { office: '区委办' }, cycle: 'week' }, [party, gov]), lang);
    expect(text).toMatch(says);
    expect(text).not.toMatch(not);
  });

  test('a higher-level prerequisite keeps 上级会议', () => {
    expect(renderFinding(one({ minGap: 'PT2H' }, [cityMorning, districtAt('2022-05-10 12:00')]), 'zh-CN')).toMatch(/上级会议/u);
  });

  test('zh-CN: an order against a whole-day prerequisite advises a day, not 00:00', () => {
    const text = renderFinding(one({}, [cityDay, districtAt('2022-05-09 15:00')]), 'zh-CN');
    expect(text).toMatch(/最早可安排在 5月11日/u);
    expect(text).not.toMatch(/00:00/u);
  });
});

test('order-missing of a same-level rule (by its selector’s level) says 前置会议尚未安排 (QB-22)', () => {
  const gov = occ({ calendar: { id: 'gov', office: '区政府办', level: 'district' as const }, uid: 'g', start: '2022-05-17 15:00', summary: '区政府常务会议' });
  const [missing] = follows.check(contextFor(follows, {
    params: { dependent: { office: '区政府办' }, prerequisite: { level: 'district', office: '区委办' }, cycle: 'week' },
    occurrences: [gov],
  }));
  expect(missing?.kind).toBe('order-missing');
  expect(renderFinding({ ...missing!, rule: 'r', id: 'x' } as Finding, 'zh-CN')).toMatch(/^前置会议尚未安排/u);
});
