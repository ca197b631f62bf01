import { anyLevelSelector, followsPools, higherMeetingCandidates } from '../../../src/check/internal/ordering-pools.js';
import type { RuleConfig } from '../../../src/model/rule-config.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { compileSelector } from '../../../src/select/selector.js';
import { calendar, occurrence } from '../../helpers/occurrence.js';

const byUidOf = (list: readonly Occurrence[]) => {
  const map = new Map<string, Occurrence[]>();
  for (const o of list) map.set(o.uid, [...(map.get(o.uid) ?? []), o]);
  return map;
};

const cal = {
  province: { id: 'province', office: '省委办', level: 'province' },
  city: { id: 'city', office: '市委办', level: 'city' },
  district: { id: 'district', office: '区委办', level: 'district' },
} as const;

describe('anyLevelSelector', () => {
  test('drops level conditions, and a `not` that reads a level, keeping the rest', () => {
    expect(anyLevelSelector({ level: 'city', summary: '总河长会议', not: { level: 'district' } })).toEqual({ summary: '总河长会议' });
    expect(anyLevelSelector({ summary: '会议', not: { summary: '预备' } })).toEqual({ summary: '会议', not: { summary: '预备' } });
    expect(anyLevelSelector({ anyOf: [{ level: 'city', summary: 'a' }, { calendar: 'x' }] })).toEqual({ anyOf: [{ summary: 'a' }, { calendar: 'x' }] });
  });

  test('matches whatever level the calendar is given, where the selector matches at one', () => {
    const selector = { level: 'city', summary: '总河长会议', not: { anyOf: [{ level: 'district' }, { summary: '预备' }] } } as const;
    const loose = compileSelector(anyLevelSelector(selector));
    for (const level of ['central', 'province', 'city', 'district', 'township'] as const) {
      for (const summary of ['市总河长会议', '总河长会议预备会', '调研']) {
        const o = occurrence({ calendar: { id: level, level }, summary, start: '2027-01-05 09:00' });
        if (compileSelector(selector)(o)) expect(loose(o)).toBe(true);
      }
    }
    expect(loose(occurrence({ calendar: { id: 'd', level: 'district' }, summary: '区总河长会议', start: '2027-01-05 09:00' }))).toBe(true);
  });
});

describe('followsPools', () => {
  test('a rule reads its selectors\' matches at any level, with every copy of their UIDs', () => {
    const cityMeeting = occurrence({ calendar: cal.city, uid: 'c1', summary: '市总河长会议', start: '2027-01-05 09:00' });
    const diaryCopy = occurrence({ calendar: { id: 'li', level: 'district', owner: 'li' }, uid: 'c1', summary: '参加市里会议', start: '2027-01-05 09:00' });
    const other = occurrence({ calendar: cal.district, uid: 'x', summary: '调研', start: '2027-01-06 09:00' });
    const sorted = [cityMeeting, diaryCopy, other];
    const rules: RuleConfig[] = [{ id: 'r', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' } }];
    const [pool] = followsPools(rules, sorted, byUidOf(sorted));
    expect(pool!.pool.map((o) => o.key)).toEqual(['city/c1', 'li/c1']);
  });
});

describe('higherMeetingCandidates', () => {
  const provinceMeeting = occurrence({ calendar: cal.province, uid: 'p1', summary: '全省经济工作会议', start: '2027-01-05 09:00' });
  const itsCopy = occurrence({ calendar: cal.district, uid: 'p1', summary: '全省经济工作会议', start: '2027-01-05 09:00' });
  const cityMeeting = occurrence({ calendar: cal.city, uid: 'c1', summary: '全市经济工作会议', start: '2027-01-10 09:00' });
  const cancelled = occurrence({ calendar: cal.province, uid: 'p2', summary: '全省安全生产会议', start: '2027-01-06 09:00', status: 'cancelled' });
  const sorted = [provinceMeeting, itsCopy, cancelled, cityMeeting];
  const calendars = Object.values(cal).map((c) => calendar(c));

  test('the live meetings above the prerequisites\' level, with their copies on lower calendars', () => {
    const rules: RuleConfig[] = [{ id: 'r', kind: 'follows', dependent: { level: 'district' }, prerequisite: { level: 'city', summary: '经济工作会议' } }];
    expect(higherMeetingCandidates(rules, sorted, calendars, byUidOf(sorted)).map((o) => o.key)).toEqual(['district/p1', 'province/p1']);
  });

  test('none when the prerequisites are of the highest level loaded, or there is no follows rule', () => {
    const rules: RuleConfig[] = [{ id: 'r', kind: 'follows', dependent: { level: 'city' }, prerequisite: { level: 'province' } }];
    expect(higherMeetingCandidates(rules, sorted, calendars, byUidOf(sorted))).toEqual([]);
    expect(higherMeetingCandidates([{ id: 'v', kind: 'venue' }], sorted, calendars, byUidOf(sorted))).toEqual([]);
  });

  test('a rule of one level without a level in its selector: everything above the lowest level loaded', () => {
    const rules: RuleConfig[] = [{ id: 'r', kind: 'follows', dependent: { calendar: 'district' }, prerequisite: { calendar: 'district', summary: '常委会' } }];
    expect(higherMeetingCandidates(rules, sorted, calendars, byUidOf(sorted)).map((o) => o.key)).toEqual(['district/p1', 'province/p1', 'city/c1']);
  });
});
