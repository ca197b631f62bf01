/**
 * QF-8: the city's one entry for the provincial teleconference and its own part right after it (连开) opens with
 * the provincial meeting: its own part begins when that ends.
 */
import { jointSession } from '../../../src/rules/internal/joint-session.js';
import { follows } from '../../../src/rules/follows.js';
import { occurrence as occ } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';

const province = { id: 'prov', level: 'province' as const };
const city = { id: 'city', level: 'city' as const };
const provincial = (summary = '全省安全生产电视电话会议') => occ({ calendar: province, uid: 'p', summary, start: '2026-12-22 09:00', end: '2026-12-22 10:30' });
const entry = (summary: string, start = '2026-12-22 09:00', end = '2026-12-22 11:30') => occ({ calendar: city, uid: 'c', summary, start, end });

describe('jointSession', () => {
  test.each([
    '全省、全市安全生产电视电话会议',
    '全省，全市安全生产电视电话会议（市分会场）',
    '全省安全生产电视电话会议暨全市安全生产工作会议',
    '全省全市安全生产电视电话会议',
    '全省、市安全生产电视电话会议',
    '全省及全市安全生产电视电话会议',
    '全省和全市安全生产电视电话会议',
    '收听收看全省安全生产电视电话会议并部署全市工作',
    '全省安全生产电视电话会议后召开全市安全生产工作会议',
  ])('“%s” from the provincial meeting\'s start to after its end opens with it', (summary) => {
    expect(jointSession(entry(summary), provincial())).toBe(true);
  });

  test('the same span as the meeting (nothing of its own after it) is still the joint entry', () => {
    expect(jointSession(entry('全省、全市安全生产电视电话会议', '2026-12-22 09:00', '2026-12-22 10:30'), provincial())).toBe(true);
  });

  test.each([
    ['全市、全省安全生产电视电话会议', 'its own scope first: the city part would open the session'],
    ['全市安全生产电视电话会议', 'no joined scopes'],
    ['全省、全市森林防火电视电话会议', 'another meeting\'s name'],
    ['全市安全生产工作会议暨全省安全生产电视电话会议', '暨 with the office\'s own meeting first'],
    ['全省安全生产电视电话会议暨', '暨 with nothing after it'],
    ['全省市安全生产电视电话会议', 'a second scope without 全 and without a joining mark'],
    ['传达全省安全生产电视电话会议并部署全市工作', 'a relay verb before the name, not an attending one'],
    ['收听收看全省安全生产电视电话会议（市分会场）', 'nothing of its own after the name (an attendance record, not a joint session)'],
  ])('“%s” is no joint entry (%s)', (summary) => {
    expect(jointSession(entry(summary), provincial())).toBe(false);
  });

  test('a later start, or an end before the meeting\'s, is no joint entry', () => {
    expect(jointSession(entry('全省、全市安全生产电视电话会议', '2026-12-22 09:30', '2026-12-22 11:30'), provincial())).toBe(false);
    expect(jointSession(entry('全省、全市安全生产电视电话会议', '2026-12-22 09:00', '2026-12-22 10:00'), provincial())).toBe(false);
  });
});

describe('follows reads a joint entry as in order when the rule has no minimum gap', () => {
  const params = { dependent: { level: 'city' as const, summary: '安全生产' }, prerequisite: { level: 'province' as const, summary: '安全生产' } };

  test('全省、全市安全生产电视电话会议 09:00–11:30 after the province\'s 09:00–10:30: nothing', () => {
    expect(runRule(follows, { params, occurrences: [provincial(), entry('全省、全市安全生产电视电话会议')] })).toEqual([]);
  });

  test('with a minimum gap of one day the city\'s part straight after is too soon: still an order error', () => {
    const findings = runRule(follows, { params: { ...params, minGap: 'P1D' }, occurrences: [provincial(), entry('全省、全市安全生产电视电话会议')] });
    expect(findings.map((f) => [f.kind, f.occurrences.map((o) => o.key)])).toEqual([['order', ['city/c', 'prov/p']]]);
  });

  test('guard: the city\'s own meeting starting with the province\'s is an order error', () => {
    const findings = runRule(follows, { params, occurrences: [provincial(), entry('全市安全生产工作会议')] });
    expect(findings.map((f) => f.kind)).toEqual(['order']);
  });
});
