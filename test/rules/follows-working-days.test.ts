/**
 * `follows` with gaps in working days (`{ workingDays: n }`), counted in the Chinese working
 * calendar. 2022 国庆: 1–7 October off, Saturday 8 and Sunday 9 October 调休 working days;
 * 2022 劳动节: 30 April – 4 May off, Sunday 24 April and Saturday 7 May working days.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { renderFinding } from '../../src/messages/render.js';
import type { Finding } from '../../src/model/finding.js';
import { follows } from '../../src/rules/follows.js';
import { dayOf } from '../../src/rules/internal/gap.js';
import { dayInfo } from '../../src/time/working-calendar.js';
import { occurrence as occ } from '../helpers/occurrence.js';
import { contextFor, ruleTester } from '../helpers/rule-tester.js';

const city = { id: 'city-party', office: '市委办', level: 'city' as const };
const district = { id: 'district-party', office: '区委办', level: 'district' as const };
const river = {
  dependent: { level: 'district' as const, summary: '总河长会议' },
  prerequisite: { level: 'city' as const, summary: '总河长会议' },
};
const cityThu = occ({ calendar: city, uid: 'c', start: '2022-09-29 09:00', end: '2022-09-29 11:30', summary: '市总河长会议' });
const districtOn = (start: string, uid = 'd') => occ({ calendar: district, uid, start, summary: '区总河长会议' });
const within3 = { ...river, maxGap: { workingDays: 3 } };
const after2 = { ...river, minGap: { workingDays: 2 } };

ruleTester.run(follows, {
  valid: [
    { name: 'within 3 working days: Friday 30 September (W1)', params: within3, occurrences: [cityThu, districtOn('2022-09-30 09:00')] },
    { name: 'within 3 working days: Sunday 9 October 23:00 (W3, a 调休 working day, any time that day)', params: within3, occurrences: [cityThu, districtOn('2022-10-09 23:00')] },
    { name: 'within 3 working days: during the holiday (4 October) is not late', params: within3, occurrences: [cityThu, districtOn('2022-10-04 09:00')] },
    { name: 'within 0 working days: later the same day', params: { ...river, maxGap: { workingDays: 0 } }, occurrences: [cityThu, districtOn('2022-09-29 15:00')] },
    { name: 'at least 2 working days: Saturday 8 October 00:00 (W2) exactly', params: after2, occurrences: [cityThu, districtOn('2022-10-08 00:00')] },
    { name: 'at least 0 working days: right at the end of the prerequisite', params: { ...river, minGap: { workingDays: 0 } }, occurrences: [cityThu, districtOn('2022-09-29 11:30')] },
    {
      name: 'the pairing takes the latest prerequisite the dependent satisfies in working days',
      params: { ...after2, cycle: 'year' },
      occurrences: [
        occ({ calendar: city, uid: 'c0', start: '2022-09-20 09:00', summary: '市总河长会议' }),
        cityThu,
        districtOn('2022-09-30 09:00'),
      ],
    },
  ],
  invalid: [
    {
      name: 'within 3 working days: Monday 10 October is late; the last day allowed is Sunday 9 October',
      params: within3,
      occurrences: [cityThu, districtOn('2022-10-10 09:00')],
      findings: [
        {
          kind: 'order-late',
          severity: 'warning',
          occurrences: ['district-party/d', 'city-party/c'],
          data: { maxGap: '', maxWorkingDays: 3, latestStart: '2022-10-09' },
        },
      ],
    },
    {
      name: 'within 3 working days: Monday 10 October 00:00 is already late (half-open day)',
      params: within3,
      occurrences: [cityThu, districtOn('2022-10-10 00:00')],
      findings: [{ kind: 'order-late', occurrences: ['district-party/d', 'city-party/c'] }],
    },
    {
      name: 'at least 2 working days: Friday 30 September is too early; earliest start Saturday 8 October 00:00 (调休)',
      params: after2,
      occurrences: [cityThu, districtOn('2022-09-30 15:00')],
      findings: [
        {
          kind: 'order',
          severity: 'error',
          occurrences: ['district-party/d', 'city-party/c'],
          data: { minGap: '', minWorkingDays: 2, earliestStart: '2022-10-08T00:00:00+08:00' },
          suggestion: { earliestStart: '2022-10-08T00:00:00+08:00', occurrence: 'district-party/d' },
        },
      ],
    },
    {
      name: 'at least 2 working days: a holiday in between counts for nothing (3 October is still early)',
      params: after2,
      occurrences: [cityThu, districtOn('2022-10-03 09:00')],
      findings: [{ kind: 'order', occurrences: ['district-party/d', 'city-party/c'], data: { earliestStart: '2022-10-08T00:00:00+08:00' } }],
    },
    {
      name: 'a year with no known arrangement: a dependent after its first unknown day cannot be judged (info, no suggestion)',
      params: within3,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2026-12-30 09:00', summary: '市总河长会议' }),
        districtOn('2027-01-06 09:00'),
      ],
      findings: [
        {
          kind: 'order-late',
          severity: 'info',
          occurrences: ['district-party/d', 'city-party/c'],
          data: { latestStart: '', maxWorkingDays: 3, unknownFrom: '2027-01-02', undetermined: true },
        },
      ],
    },
    {
      name: 'a year with no known arrangement: after the latest day W3 could fall on (15 January: 2 working days left from 2 January, plus a break of ten days) it is late whatever the arrangement (QF-4)',
      params: within3,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2026-12-30 09:00', summary: '市总河长会议' }),
        districtOn('2027-01-20 09:00'),
      ],
      findings: [
        {
          kind: 'order-late',
          severity: 'warning',
          occurrences: ['district-party/d', 'city-party/c'],
          data: { latestStart: '2027-01-15', maxWorkingDays: 3, unknownFrom: '2027-01-02' },
        },
      ],
    },
    {
      name: 'a year with no known arrangement: on the latest day W3 could fall on it may still be in time (info, undetermined)',
      params: within3,
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2026-12-30 09:00', summary: '市总河长会议' }),
        districtOn('2027-01-15 16:00'),
      ],
      findings: [
        {
          kind: 'order-late',
          severity: 'info',
          occurrences: ['district-party/d', 'city-party/c'],
          data: { latestStart: '', unknownFrom: '2027-01-02', undetermined: true },
        },
      ],
    },
    {
      name: 'a year with no known arrangement: a minGap count that cannot end before the dependent is still an order error, without a suggestion',
      params: { ...river, minGap: { workingDays: 3 } },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2026-12-30 09:00', summary: '市总河长会议' }),
        districtOn('2026-12-31 09:00'),
      ],
      findings: [
        {
          kind: 'order',
          severity: 'error',
          occurrences: ['district-party/d', 'city-party/c'],
          data: { earliestStart: '', unknownFrom: '2027-01-02', minWorkingDays: 3 },
          suggestion: null,
        },
      ],
    },
    {
      name: 'a year with no known arrangement: a minGap the dependent may or may not meet is info, undetermined',
      params: { ...river, minGap: { workingDays: 3 } },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2026-12-30 09:00', summary: '市总河长会议' }),
        districtOn('2027-01-05 09:00'),
      ],
      findings: [{ kind: 'order', severity: 'info', occurrences: ['district-party/d', 'city-party/c'], data: { undetermined: true, unknownFrom: '2027-01-02' }, suggestion: null }],
    },
  ],
});

describe('follows with working days: the config’s holidays', () => {
  test('the user’s arrangement for 2027 decides a gap the bundled data cannot (no finding, and late the day after)', () => {
    const holidays = {
      dates: { '2027-01-01': 'holiday', '2027-01-02': 'holiday', '2027-01-03': 'holiday', '2027-01-04': 'workday', '2027-01-05': 'workday' } as const,
      source: '国办发明电〔2026〕X号（测试）',
    };
    const c = occ({ calendar: city, uid: 'c', start: '2026-12-30 09:00', summary: '市总河长会议' });
    const run = (start: string) => follows.check({ ...contextFor(follows, { params: within3, occurrences: [c, districtOn(start)] }), holidays });
    // W1 31 Dec, W2 4 Jan, W3 5 Jan.
    expect(run('2027-01-05 16:00')).toEqual([]);
    expect(run('2027-01-06 09:00').map((f) => [f.kind, f.data])).toEqual([
      ['order-late', expect.objectContaining({ latestStart: '2027-01-05', maxWorkingDays: 3 })],
    ]);
  });

  test('a user holiday on an ordinary weekday moves the deadline (local holiday on Friday 30 September)', () => {
    const holidays = { dates: { '2022-09-30': 'holiday' } as const, source: '区政府通知（测试）' };
    const ctx = { ...contextFor(follows, { params: { ...river, maxGap: { workingDays: 1 } }, occurrences: [cityThu, districtOn('2022-10-08 09:00')] }), holidays };
    expect(follows.check(ctx)).toEqual([]);
    expect(follows.check({ ...ctx, holidays: undefined }).map((f) => f.kind)).toEqual(['order-late']);
  });
});

describe('follows with working days: properties', () => {
  // A naive reference that walks the calendar day by day with dayInfo, apart from gap.ts.
  const next = (date: string): string => DateTime.fromISO(date, { zone: 'utc' }).plus({ days: 1 }).toISODate() ?? '';
  const workingIn = (after: string, upTo: string): number => {
    let n = 0;
    for (let d = next(after); d <= upTo; d = next(d)) if (dayInfo(d).kind === 'workday') n += 1;
    return n;
  };
  const meeting = fc.record({ day: fc.integer({ min: 0, max: 330 }), minute: fc.integer({ min: 0, max: 23 * 60 }), length: fc.integer({ min: 30, max: 180 }) });
  const build = (m: { day: number; minute: number; length: number }, calendar: typeof city | typeof district, uid: string, summary: string) => {
    const start = DateTime.fromISO('2022-01-01', { zone: 'Asia/Shanghai' }).plus({ days: m.day, minutes: m.minute });
    return occ({ calendar, uid, start: start.toFormat('yyyy-MM-dd HH:mm'), end: start.plus({ minutes: m.length }).toFormat('yyyy-MM-dd HH:mm'), summary });
  };

  test('maxGap n working days: late exactly when the dependent’s day is after day 0 and n working days lie strictly between', () => {
    fc.assert(
      fc.property(meeting, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 }), (c, ahead, n) => {
        const p = build(c, city, 'c', '市总河长会议');
        const d = build({ ...c, day: c.day, minute: c.minute + c.length + ahead * 720 }, district, 'd', '区总河长会议');
        const day0 = dayOf(p.end, 'Asia/Shanghai', true);
        const dDay = d.start.setZone('Asia/Shanghai').toISODate() ?? '';
        const late = dDay > day0 && workingIn(day0, dDay) - (dayInfo(dDay).kind === 'workday' ? 1 : 0) >= n;
        const kinds = follows.check(contextFor(follows, { params: { ...river, maxGap: { workingDays: n } }, occurrences: [p, d] })).map((f) => f.kind);
        expect(kinds).toEqual(late ? ['order-late'] : []);
      }),
      { numRuns: 150 },
    );
  });

  test('minGap n ≥ 1 working days: too early exactly when fewer than n working days lie in (day 0, the dependent’s day]', () => {
    fc.assert(
      fc.property(meeting, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 6 }), (c, ahead, n) => {
        const p = build(c, city, 'c', '市总河长会议');
        const d = build({ ...c, minute: c.minute + c.length + ahead * 720 }, district, 'd', '区总河长会议');
        const day0 = dayOf(p.end, 'Asia/Shanghai', true);
        const dDay = d.start.setZone('Asia/Shanghai').toISODate() ?? '';
        const early = workingIn(day0, dDay) < n;
        const kinds = follows.check(contextFor(follows, { params: { ...river, minGap: { workingDays: n } }, occurrences: [p, d] })).map((f) => f.kind);
        expect(kinds).toEqual(early ? ['order'] : []);
      }),
      { numRuns: 150 },
    );
  });
});

describe('follows with working days: messages', () => {
  const render = (f: { kind: string; data: unknown }, lang: 'zh-CN' | 'en') => renderFinding({ id: 'x', rule: 'relay', severity: 'error', occurrences: [], people: [], suggestion: null, ...f } as Finding, lang);
  const findingsFor = (params: Record<string, unknown>, start: string, cityStart = '2022-09-29 09:00') =>
    follows.check(contextFor(follows, { params: { ...river, ...params }, occurrences: [occ({ calendar: city, uid: 'c', start: cityStart, end: cityStart.replace(/09:00$/u, '11:30'), summary: '市总河长会议' }), districtOn(start)] }));

  test.each([
    ['order, earliest day known', { minGap: { workingDays: 2 } }, '2022-09-30 15:00', undefined, ['至少间隔2个工作日', '最早可安排在 10月8日。'], ['at least 2 working days', 'earliest compliant day 8 Oct']],
    ['order, earliest day unknown', { minGap: { workingDays: 3 } }, '2026-12-31 09:00', '2026-12-30 09:00', ['无法算出最早日期', '2027年的节假日安排未知'], ['cannot be computed', 'for 2027 is not known']],
    ['order, undetermined', { minGap: { workingDays: 3 } }, '2027-01-05 09:00', '2026-12-30 09:00', ['无法判断', '至少3个工作日'], ['Cannot tell', 'at least 3 working days']],
    ['order-late', within3, '2022-10-10 09:00', undefined, ['超过3个工作日', '应不晚于 10月9日 召开'], ['more than 3 working days', 'on or before 9 Oct']],
    ['order-late, undetermined', within3, '2027-01-06 09:00', '2026-12-30 09:00', ['无法判断', '3个工作日内', '2027年'], ['Cannot tell', 'within 3 working days', '2027']],
    ['order-late, late under any arrangement', within3, '2027-01-20 09:00', '2026-12-30 09:00', ['超过3个工作日', '2027年的节假日安排未知', '不晚于 2027年1月15日'], ['more than 3 working days', 'for 2027 is not known', 'on or before 15 Jan 2027']],
  ])('%s', (_name, params, start, cityStart, zh, en) => {
    const [f] = findingsFor(params, start, cityStart);
    const zhText = render(f!, 'zh-CN');
    const enText = render(f!, 'en');
    for (const part of zh) expect(zhText).toContain(part);
    for (const part of en) expect(enText).toContain(part);
    for (const text of [zhText, enText]) expect(text).not.toMatch(/undefined|NaN|Invalid/u);
  });

  test('a dependent calendar on another clock (UTC) shows the bound in full: 00:00 Shanghai is 16:00 the day before there', () => {
    const utcDistrict = { ...district, defaultZone: 'UTC' };
    const d = occ({ calendar: utcDistrict, uid: 'd', start: '2022-09-30 15:00', summary: '区总河长会议' });
    const [f] = follows.check(contextFor(follows, { params: after2, occurrences: [cityThu, d] }));
    expect(f!.data).toMatchObject({ earliestStart: '2022-10-07T16:00:00Z' });
    // The finding cites two clocks (the city meeting on Beijing time), so each time names its clock.
    expect(render(f!, 'zh-CN')).toContain('最早可安排在 10月7日 16:00（UTC）。');
    expect(render(f!, 'zh-CN')).toContain('（9月29日 09:00–11:30（UTC+8））');
  });
});
