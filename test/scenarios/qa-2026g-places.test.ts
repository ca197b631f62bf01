/**
 * QA 2026g (review of this session's fixes) — configured places after bf57996/c9745ea (`bookable`): sites listed for
 * travel times and rooms listed by their office shorthand. `test.failing` ones pin open bugs under their QG id
 * (see /work/notes/qa-2026g.md).
 */
import { digest, run } from './harness.js';
import { entry, raw } from './two-visits.js';

describe('QG-3: under-correction of bf57996 (QE-1) — a provincial department (…厅), a village (…堂村) or a road (省道S206) listed for travel times is still a room booked twice', () => {
  // The district lists the provincial departments its leaders report to, with the drive from 区政府大楼, as it lists
  // 青石镇河道. 区长 李明 goes to 省财政厅 to report (10:00–11:30) while 副区长 陈静 goes there about a project: two visits to
  // a building of hundreds of offices, not one room. bf57996 makes a configured site bookable only when a name "names a
  // room or hall" — and 厅 (a provincial department: 省财政厅, 省教育厅, 省政府办公厅) and 堂 (village names: 李家堂村) read
  // as a hall: “省财政厅 被重复预订” (error). So does a road a leader inspects, 省道S206, whose number reads as a
  // room number after a building (`ROOM_NUMBER_END`, 区委301). 省发展改革委 (no 厅) gets nothing (guard).
  test.each(['省财政厅', '省教育厅', '省政府办公厅', '李家堂村', '省道S206'])('two leaders\' visits to the configured %s at once: no venue finding', (place) => {
    const report = run(raw(place, 90), { 'li.ics': entry('a@qg', `赴${place}汇报工作`, place), 'chen.ics': entry('b@qg', `到${place}对接项目`, place) });
    expect(digest(report)).toEqual([]);
  });

  test('guard: the same visits to the configured 省发展改革委: no venue finding', () => {
    const report = run(raw('省发展改革委', 90), { 'li.ics': entry('a@qg', '赴省发展改革委汇报工作', '省发展改革委'), 'chen.ics': entry('b@qg', '到省发展改革委对接项目', '省发展改革委') });
    expect(digest(report)).toEqual([]);
  });
});

describe('QG-4: over-correction of bf57996 (QE-1) — a real meeting room configured by its office shorthand without 室 (三楼小会, 常委会议) or as Boardroom is no longer a room: its double booking is missed', () => {
  // Before bf57996 every configured place was bookable. Offices configure rooms as they write them: 三楼小会 (三楼小会议室, as
  // 区府一会 is 第一会议室 — which c9745ea reads), 常委会议 (the 常委会议室), an English config's Boardroom. Two meetings there at
  // 10:00–11:30 are a real clash; since bf57996 the report is empty unless `bookable: true` is added — which nothing prompts.
  test.each(['三楼小会', '常委会议', 'Boardroom'])('two meetings in the configured room %s at once: venue', (place) => {
    const report = run(raw(place, 90), { 'li.ics': entry('a@qg', '区政府专题会议', place), 'chen.ics': entry('b@qg', '区委专题会议', place) });
    expect(digest(report)).toEqual(['venue rooms a@qg b@qg']);
  });

  test('guard: 区府一会 (c9745ea\'s shorthand) is a room', () => {
    const report = run(raw('区府一会', 90), { 'li.ics': entry('a@qg', '区政府专题会议', '区府一会'), 'chen.ics': entry('b@qg', '区委专题会议', '区府一会') });
    expect(digest(report)).toEqual(['venue rooms a@qg b@qg']);
  });
});
