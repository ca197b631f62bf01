/**
 * QA 2026g (review of this session's fixes) — the `bookable` reading of configured places after 610b043 (the QG-3/QG-4
 * fix): sites a district lists for travel times that carry no room word and no town, organ or road word — a company,
 * an industrial park, a school, a building site, a wharf — are visited, not booked. `test.failing` ones pin open bugs
 * under their QG id (see /work/notes/qa-2026g.md).
 */
import { digest, run } from './harness.js';
import { entry, raw } from './two-visits.js';

describe('QG-14: over-correction of 610b043 (QG-3/QG-4 fix) — a configured company, industrial park, school, building site or wharf is a room again: two leaders\' visits at once are “被重复预订”', () => {
  // 610b043 reads a configured place as a room unless `namesSite` knows its ending (村/镇/河道, an organ, 大楼, a road).
  // The commonest travel destinations of a district's leaders — the companies, parks and sites they 调研/检查 — end in
  // none of those: 李明 到江滨化工有限公司调研 and 陈静 赴江滨化工有限公司检查安全生产 at 10:00 are a venue error, as all
  // configured sites were before bf57996 (QE-1). Passed at bf57996..dc5e5f7.
  test.each(['江滨化工有限公司', '青石工业园', '江滨中学', '滨江大桥项目工地', '临江港青石码头'])('%s', (place) => {
    const report = run(raw(place, 40), { 'li.ics': entry('a@qg', `到${place}调研`, place), 'chen.ics': entry('b@qg', `赴${place}检查安全生产`, place) });
    expect(digest(report)).toEqual([]);
  });
});
