/**
 * QF-3, QF-13: a district entry about a loaded meeting above the prerequisites' level — watching the national
 * teleconference at its times, relaying the central meeting — is no relay of the city meeting.
 */
import { aboutHigherMeeting } from '../../../src/rules/internal/higher-meeting.js';
import { homeLevel } from '../../../src/rules/internal/home-level.js';
import { follows } from '../../../src/rules/follows.js';
import type { Level } from '../../../src/model/calendar.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { occurrence as occ } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';

const central = { id: 'central', level: 'central' as const };
const province = { id: 'prov', level: 'province' as const };
const city = { id: 'city', level: 'city' as const };
const district = { id: 'dist', level: 'district' as const };
const national = occ({ calendar: central, uid: 'n', summary: '全国安全生产电视电话会议', start: '2026-12-10 15:00', end: '2026-12-10 17:00' });
const econ = occ({ calendar: central, uid: 'e', summary: '中央经济工作会议', start: '2026-12-10 09:00', end: '2026-12-12 12:00' });
const cityMeeting = occ({ calendar: city, uid: 'c', summary: '全市安全生产工作会议', start: '2026-12-15 09:00', end: '2026-12-15 11:00' });
const cityEcon = occ({ calendar: city, uid: 'ce', summary: '全市经济工作会议', start: '2026-12-29 09:00', end: '2026-12-29 12:00' });
const entry = (summary: string, start = '2026-12-10 15:00', end = '2026-12-10 17:00', calendar: { readonly id: string; readonly level: Level } = district) => occ({ calendar, uid: 'd', summary, start, end });

function about(all: readonly Occurrence[], e: Occurrence, levels: readonly ('city' | 'province' | 'central')[] = ['city']): boolean {
  return aboutHigherMeeting(all, homeLevel(all), levels, all.filter((o) => o.calendar.level === 'city'))(e);
}

describe('aboutHigherMeeting', () => {
  test.each([
    ['收听收看全国安全生产电视电话会议', 'watching it at its times'],
    ['区长参加全国安全生产电视电话会议（视频）', 'a leader attending it'],
    ['全国安全生产电视电话会议（区分会场）', 'the district\'s 分会场'],
    ['赴市行政中心参加全国安全生产电视电话会议', 'where it is watched, a city word in an attendance record'],
  ])('“%s” at the national conference\'s times is about it (%s)', (summary) => {
    const e = entry(summary);
    expect(about([national, cityMeeting, e], e)).toBe(true);
  });

  test('a relay of the central meeting after it ends is about it: 区委常委会（扩大）会议传达学习中央经济工作会议精神', () => {
    const e = entry('区委常委会（扩大）会议传达学习中央经济工作会议精神', '2026-12-15 09:00', '2026-12-15 11:00');
    expect(about([econ, cityEcon, e], e)).toBe(true);
  });

  test.each([
    ['传达学习中央经济工作会议和全市经济工作会议精神', '2026-12-30 09:00', 'it names the city meeting too'],
    ['传达学习中央经济工作会议精神', '2026-12-11 09:00', 'it starts before the central meeting ends'],
    ['区委常委会传达学习全市经济工作会议精神', '2026-12-15 09:00', 'it names only the city meeting'],
  ])('“%s” at %s is not (%s)', (summary, start) => {
    const e = entry(summary, start, start.replace('09:00', '11:00'));
    expect(about([econ, cityEcon, e], e)).toBe(false);
  });

  test.each([
    '区委常委会传达学习中央经济工作会议和市委经济工作会议精神',
    '传达学习中央经济工作会议和省委、市委经济工作会议精神',
    '传达学习中央经济工作会议精神和全市经济工作会议精神',
  ])('“%s” mentions a city meeting in its own words: not about the central meeting alone (QG-1)', (summary) => {
    const e = entry(summary, '2026-12-20 09:00', '2026-12-20 11:00');
    expect(about([econ, cityEcon, e], e)).toBe(false);
  });

  test.each([
    '临江市江滨区委常委会传达学习中央经济工作会议精神',
    '传达学习中央经济工作会议精神（市委常委、区委书记王强主持）',
    '传达学习中央经济工作会议精神（市委宣讲团宣讲）',
    '区委常委会传达学习中央经济工作会议精神并研究落实市委要求',
  ])('“%s” names the city only as the organ, in notes or without a meeting: about the central meeting (QG-13)', (summary) => {
    const e = entry(summary, '2026-12-15 09:00', '2026-12-15 11:00');
    expect(about([econ, cityEcon, e], e)).toBe(true);
  });

  test('a mention of a level above the prerequisites\' (省委) keeps it about the higher meetings: 传达学习中央经济工作会议和省委经济工作会议精神', () => {
    const e = entry('传达学习中央经济工作会议和省委经济工作会议精神', '2026-12-20 09:00', '2026-12-20 11:00');
    expect(about([econ, cityEcon, e], e)).toBe(true);
  });

  test('a meeting not loaded is no reason: the title alone proves nothing', () => {
    const e = entry('收听收看全国安全生产电视电话会议');
    expect(about([cityMeeting, e], e)).toBe(false);
  });

  test('a meeting of the prerequisites\' own level is judged as usual (only a level above it counts)', () => {
    const provincial = occ({ calendar: province, uid: 'p', summary: '全省安全生产电视电话会议', start: '2026-12-10 15:00', end: '2026-12-10 17:00' });
    const e = entry('组织收看全省安全生产电视电话会议');
    expect(about([provincial, cityMeeting, e], e, ['city'])).toBe(true);
    expect(about([provincial, cityMeeting, e], e, ['province'])).toBe(false);
  });

  test('an entry of the prerequisites\' own level (a rule of one level, 先党委后政府) is judged as usual', () => {
    const e = entry('收听收看全国安全生产电视电话会议', '2026-12-10 15:00', '2026-12-10 17:00', city);
    expect(about([national, cityMeeting, e], e)).toBe(false);
  });

  test('a prerequisite of the top level leaves nothing above it', () => {
    const e = entry('收听收看全国安全生产电视电话会议');
    expect(about([national, e], e, ['central'])).toBe(false);
  });
});

describe('follows leaves entries about a higher meeting out of its dependents', () => {
  const params = { dependent: { level: 'district' as const, summary: '安全生产' }, prerequisite: { level: 'city' as const, summary: '安全生产' }, maxGap: 'P10D' };

  test('收听收看全国安全生产电视电话会议 on 10 December, before the city meeting of the 15th: nothing', () => {
    expect(runRule(follows, { params, occurrences: [national, cityMeeting, entry('收听收看全国安全生产电视电话会议')] })).toEqual([]);
  });

  test('guard: 传达学习全国安全生产电视电话会议精神 the same afternoon as the conference (before it ends) is an order error against the city meeting', () => {
    const findings = runRule(follows, { params, occurrences: [national, cityMeeting, entry('传达学习全国安全生产电视电话会议精神', '2026-12-10 16:00', '2026-12-10 17:30')] });
    expect(findings.map((f) => [f.kind, f.occurrences.map((o) => o.key)])).toEqual([['order', ['dist/d', 'city/c']]]);
  });

  test('guard: without the national conference loaded, the same entry is an order error', () => {
    const findings = runRule(follows, { params, occurrences: [cityMeeting, entry('收听收看全国安全生产电视电话会议')] });
    expect(findings.map((f) => f.kind)).toEqual(['order']);
  });
});
