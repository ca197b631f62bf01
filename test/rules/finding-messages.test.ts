/**
 * The finding messages of both locales, rendered from data that the rules really produce. Rule
 * tests assert data only; this file checks that the data reads well to office staff.
 */
import { findings as en } from '../../src/messages/en/findings.js';
import { findings as zh } from '../../src/messages/zh-CN/findings.js';
import type { Person } from '../../src/model/person.js';
import { follows } from '../../src/rules/follows.js';
import { noDoubleBooking } from '../../src/rules/no-double-booking.js';
import { relatedTo } from '../../src/rules/related-to.js';
import { requiredAttendance } from '../../src/rules/required-attendance.js';
import { travelTime } from '../../src/rules/travel-time.js';
import { venue } from '../../src/rules/venue.js';
import type { RuleFinding } from '../../src/rules/rule.js';
import { occurrence as occ } from '../helpers/occurrence.js';
import { runRule } from '../helpers/rule-tester.js';

const people: Person[] = [{ id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'], roles: ['总河长'] }];
const li = 'mailto:li@qu.gov.cn';
const city = { id: 'city', level: 'city' as const };
const district = { id: 'district', level: 'district' as const };

function render(f: RuleFinding): { zh: string; en: string } {
  const zhTable = zh as Record<string, (d: unknown) => string>;
  const enTable = en as Record<string, (d: unknown) => string>;
  return { zh: zhTable[f.kind]!(f.data), en: enTable[f.kind]!(f.data) };
}

function only(list: readonly RuleFinding[]): RuleFinding {
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('finding messages', () => {
  test('double-booking reads as in the brief', () => {
    const f = only(
      runRule(noDoubleBooking, {
        name: 'm',
        people,
        occurrences: [
          occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '区政府常务会议', attendees: [li] }),
          occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 12:00', summary: '市防汛工作会议', attendees: [li] }),
        ],
      }),
    );
    expect(render(f).zh).toBe('李明 同时被安排在“区政府常务会议”（5月10日 09:00–11:00）和“市防汛工作会议”（5月10日 10:00–12:00）。');
    expect(render(f).en).toBe('李明 double-booked: "区政府常务会议" (10 May 09:00–11:00) and "市防汛工作会议" (10 May 10:00–12:00).');
  });

  test('order gives the earliest start; all-day spans show the inclusive last day', () => {
    const f = only(
      runRule(follows, {
        name: 'm',
        params: { id: 'river-chief', dependent: { level: 'district' }, prerequisite: { level: 'city' }, minGap: 'P1D' },
        occurrences: [
          occ({ calendar: city, uid: 'c', start: '2022-04-21 09:00', end: '2022-04-21 11:30', summary: '市总河长会议' }),
          occ({ calendar: district, uid: 'd', start: '2022-04-20', end: '2022-04-22', summary: '区总河长会议' }),
        ],
      }),
    );
    expect(render(f).zh).toBe(
      '“区总河长会议”（4月20日–4月21日（全天））安排在上级会议“市总河长会议”（4月21日 09:00–11:30）之前：本级会议须在上级会议结束后才能开始（至少间隔1天），最早可安排在 4月23日。配对依据：规则“river-chief”。',
    );
    // An all-day meeting takes a day: 22 April 11:30 is the bound, 23 April the first day it can take (QA26-28).
    expect(render(f).en).toContain('earliest compliant start 23 Apr');
    expect(render(f).en).toContain('(gap 1 day)');
  });

  test('order-missing names the period', () => {
    const f = only(
      runRule(follows, {
        name: 'm',
        params: { id: 'flood', dependent: { level: 'district' }, prerequisite: { level: 'city' }, cycle: 'quarter' },
        occurrences: [occ({ calendar: district, uid: 'd', start: '2022-05-13 09:00', summary: '区防汛抗旱工作会议' })],
      }),
    );
    expect(render(f).zh).toBe('上级会议尚未安排，本级会议可能过早：“区防汛抗旱工作会议”（5月13日 09:00–10:00）2022年第2季度内没有找到对应的上级会议。配对依据：规则“flood”。');
    expect(render(f).en).toContain('in Q2 2022');
  });

  test('order-missing tells when the period began before the window', () => {
    const f = only(
      runRule(follows, {
        name: 'm',
        window: { from: '2022-04-01', to: '2022-06-30' },
        params: { id: 'flood', dependent: { level: 'district' }, prerequisite: { level: 'city' }, cycle: 'year' },
        occurrences: [occ({ calendar: district, uid: 'd', start: '2022-05-13 09:00', summary: '区防汛抗旱工作会议' })],
      }),
    );
    expect(render(f).zh).toContain('2022年内没有找到对应的上级会议（只查看了 4月1日 起的日程）。');
    expect(render(f).en).toContain('(calendars searched from 1 Apr)');
  });

  test('order-late, order-cycle and a RELATED-TO pairing', () => {
    const late = only(
      runRule(follows, {
        name: 'm',
        params: { id: 'r', dependent: { level: 'district' }, prerequisite: { level: 'city' }, maxGap: 'PT36H' },
        occurrences: [
          occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市会议' }),
          occ({ calendar: district, uid: 'd', start: '2022-05-12 09:00', summary: '区会议' }),
        ],
      }),
    );
    expect(render(late).zh).toContain('结束超过1天12小时');
    expect(render(late).zh).toContain('应不晚于 5月11日 22:00 召开');
    const ring = only(
      runRule(relatedTo, {
        name: 'm',
        occurrences: [
          occ({ calendar: city, uid: 'a', start: '2022-05-10 09:00', summary: 'A', relations: [{ target: 'b', relType: 'FINISHTOSTART' }] }),
          occ({ calendar: district, uid: 'b', start: '2022-05-11 09:00', summary: 'B', relations: [{ target: 'a', relType: 'FINISHTOSTART' }] }),
        ],
      }),
    );
    expect(render(ring).zh).toBe('会议先后关系互相矛盾（2 个会议循环依赖）：A → B → A。无法同时满足，请检查规则或日程关联：RELATED-TO:a、RELATED-TO:b。');
    expect(render(ring).en).toContain('RELATED-TO:a, RELATED-TO:b');
    const linked = only(
      runRule(relatedTo, {
        name: 'm',
        occurrences: [
          occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', summary: '市会议' }),
          occ({ calendar: district, uid: 'd', start: '2022-05-10 08:00', summary: '区会议', relations: [{ target: 'c', relType: 'STARTTOSTART', gap: '-PT15M' }] }),
        ],
      }),
    );
    expect(render(linked).zh).toContain('上级会议开始后才能开始（可提前15分钟）');
    expect(render(linked).zh).toContain('日程中的关联（RELATED-TO c）');
    expect(render(linked).en).toContain('(a lead of 15 min allowed)');
  });

  test('travel-time, venue, required-missing and required-busy', () => {
    const trip = only(
      runRule(travelTime, {
        name: 'm',
        people,
        occurrences: [
          occ({ calendar: 'a', uid: 'x', start: '2022-06-07 08:30', end: '2022-06-07 10:00', summary: '理论学习中心组学习', location: '区委大楼301会议室', attendees: [li] }),
          occ({ calendar: 'b', uid: 'y', start: '2022-06-07 10:15', summary: '全市城市工作会议', location: '市行政中心1号楼大会堂', attendees: [li] }),
        ],
        travel: [{ from: '区委大楼301会议室', to: '市行政中心1号楼大会堂', minutes: 40 }],
      }),
    );
    expect(render(trip).zh).toBe(
      '李明 在“理论学习中心组学习”（区委大楼301会议室，6月7日 10:00 结束）后，仅隔 15 分钟就要到“全市城市工作会议”（市行政中心1号楼大会堂，6月7日 10:15 开始），路上至少需要 40 分钟。',
    );
    const backToBack = only(
      runRule(travelTime, {
        name: 'm',
        people,
        occurrences: [
          occ({ calendar: 'a', uid: 'x', start: '2022-06-07 09:00', end: '2022-06-07 10:00', summary: '甲', location: '区政府', attendees: [li] }),
          occ({ calendar: 'b', uid: 'y', start: '2022-06-07 10:00', summary: '乙', location: '市政府', attendees: [li] }),
        ],
      }),
    );
    expect(render(backToBack).zh).toContain('后，紧接着就要到“乙”');
    expect(render(backToBack).en).toContain(': no time between "甲"');
    const room = only(
      runRule(venue, {
        name: 'm',
        occurrences: [
          occ({ calendar: 'a', uid: 'x', start: '2022-05-18 09:00', end: '2022-05-18 11:00', summary: '视察', location: '第一会议室' }),
          occ({ calendar: 'b', uid: 'y', start: '2022-05-18 10:00', summary: '专题会', location: '第一会议室' }),
        ],
      }),
    );
    expect(render(room).zh).toBe('第一会议室 被重复预订：“视察”（5月18日 09:00–11:00）与“专题会”（5月18日 10:00–11:00）时间重叠。');
    const required = runRule(requiredAttendance, {
      name: 'm',
      people,
      params: { event: { summary: '河湖长制' }, people: ['role:总河长'] },
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-06-15 09:00', summary: '全区河湖长制工作推进会', attendees: [li] }),
        occ({ calendar: { id: 'li-personal', owner: 'li' }, uid: 't', start: '2022-06-14', end: '2022-06-17', summary: '省委党校学习' }),
        occ({ calendar: 'a', uid: 'z', start: '2022-06-20 09:00', summary: '河湖长制督导会' }),
      ],
    });
    expect(required.map((f) => render(f).zh)).toEqual([
      '李明 应出席“全区河湖长制工作推进会”（6月15日 09:00–10:00），但同一时间已安排“省委党校学习”（6月14日–6月16日（全天））。',
      '李明 应出席“河湖长制督导会”（6月20日 09:00–10:00），但不在参会人员中（要求：role:总河长）。',
    ]);
  });

  test('times are shown in the zone the calendar wrote them in (offset kept in the data)', () => {
    const f = only(
      runRule(noDoubleBooking, {
        name: 'm',
        people,
        occurrences: [
          occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '上海', attendees: [li] }),
          occ({ calendar: 'b', uid: 'y', zone: 'America/New_York', start: '2022-05-09 21:30', end: '2022-05-09 22:30', summary: '纽约', attendees: [li] }),
        ],
      }),
    );
    // 21:30 EDT is 09:30 in Shanghai: the Shanghai meeting comes first, each in its own clock.
    expect(render(f).zh).toBe('李明 同时被安排在“上海”（5月10日 09:00–11:00）和“纽约”（5月9日 21:30–22:30）。');
  });
});
