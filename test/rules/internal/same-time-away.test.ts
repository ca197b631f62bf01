import { sameTimeAway } from '../../../src/rules/internal/same-time-away.js';
import { occurrence } from '../../helpers/occurrence.js';

/** A whole-day absence on 9 January 2025 on the leader's diary, with an optional LOCATION. */
const day = (summary: string, location: string | null = null) =>
  occurrence({ calendar: { id: 'diary', owner: 'deng' }, start: '2025-01-09', summary, location, transparent: true });

describe('sameTimeAway (QK-1): two overlapping absences of one person', () => {
  test.each([
    ['出差（北京）', '出差（北京）', 'the trip written twice'],
    ['赴省出差', '外出调研', 'a journey naming no destination agrees with any'],
    ['出差', '出差（北京）', 'one names the destination'],
    ['赴京出差', '出差（北京）', '京 abbreviates 北京'],
    ['赴北京出差', '李明：出差（北京）', 'the office record headed by his name'],
    ['出差（省城）', '出差：赴省委党校参加专题培训', 'both open with the level word 省'],
    ['出差（北京）', '出差（全天）', '（全天） says when, not where'],
    ['出差（北京）（已批）', '出差（北京）', 'a note beside the destination'],
    ['请假', '休假', 'leave written two ways'],
    ['请假', '党校学习', '党校 is not compared'],
    ['挂职（青石镇）', '出差（北京）', 'a secondment holds trips of its own'],
    ['赴北京探亲', '出差（北京）', 'both leave and a journey: no kind'],
    ['李明（区长）：出差', '出差（北京）', 'a post in the record\'s head is no destination'],
  ])('%s and %s can be one time away (%s)', (a, b) => {
    expect(sameTimeAway(day(a), day(b))).toBe(true);
    expect(sameTimeAway(day(b), day(a))).toBe(true);
  });

  test.each([
    ['出差（北京）', '出差（省城）', 'two cities in the titles'],
    ['出差（深圳）', '出差（上海）', 'two cities in the titles'],
    ['赴北京汇报工作', '出差（省城）', 'the place after 赴'],
    ['出国（德国）', '出差（北京）', 'a journey abroad'],
    ['出差（对口帮扶县）', '请假', 'leave during a trip'],
    ['外出调研', '病假', 'sick leave during a visit'],
  ])('%s and %s cannot (%s)', (a, b) => {
    expect(sameTimeAway(day(a), day(b))).toBe(false);
    expect(sameTimeAway(day(b), day(a))).toBe(false);
  });

  test('destinations in LOCATION: 出差 at 北京 and 出差 at 上海 cannot, 出差 at 北京 and 出差（北京） can', () => {
    expect(sameTimeAway(day('出差', '北京'), day('出差', '上海'))).toBe(false);
    expect(sameTimeAway(day('出差', '北京市'), day('出差（北京）'))).toBe(true);
  });
});
