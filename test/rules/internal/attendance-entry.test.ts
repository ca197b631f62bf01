/**
 * QB-33: a district calendar's record of attending the city meeting, in its own words at the city
 * meeting's very times, is the attendance — never a relay held before the city meeting ends.
 */
import { isAttendanceEntry } from '../../../src/rules/internal/attendance-entry.js';
import { follows } from '../../../src/rules/follows.js';
import { relatedTo } from '../../../src/rules/related-to.js';
import { occurrence as occ } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';

const city = { id: 'city', level: 'city' as const };
const district = { id: 'dist', level: 'district' as const };
const cityMeeting = (summary = '全市安全生产电视电话会议') => occ({ calendar: city, uid: 'c', summary, start: '2022-05-10 09:00', end: '2022-05-10 11:00' });
const entry = (summary: string, start = '2022-05-10 09:00', end = '2022-05-10 11:00') => occ({ calendar: district, uid: 'd', summary, start, end });

describe('isAttendanceEntry', () => {
  test.each([
    '区长参加全市安全生产电视电话会议（视频）',
    '组织收看全市安全生产电视电话会议',
    '收听收看全市安全生产电视电话会议（电视电话）',
    '区四套班子领导出席全市安全生产电视电话会议',
    '赴市行政中心参加全市安全生产电视电话会议',
    '参加：全市安全生产电视电话会议',
    '全市安全生产电视电话会议（区分会场）',
    '全市 安全生产电视电话会议',
  ])('“%s” at the same times records attending', (summary) => {
    expect(isAttendanceEntry(entry(summary), cityMeeting())).toBe(true);
  });

  test('the meeting\'s own verb and notes are no part of its name: 召开全市…（主会场） is attended by 组织收看全市…', () => {
    expect(isAttendanceEntry(entry('组织收看全市安全生产电视电话会议'), cityMeeting('召开全市安全生产电视电话会议（主会场）'))).toBe(true);
  });

  test('a start-only entry (no end of its own, QB-34) at the meeting\'s start records attending', () => {
    expect(isAttendanceEntry(entry('组织收看全市安全生产电视电话会议', '2022-05-10 09:00', '2022-05-10 09:00'), cityMeeting())).toBe(true);
  });

  test.each([
    ['传达全市安全生产电视电话会议精神', 'a relay titled as one, at the same times'],
    ['学习贯彻全市安全生产电视电话会议', 'a study session'],
    ['区长参加全区安全生产电视电话会议', 'another level\'s meeting'],
    ['全区安全生产工作会议', 'the district\'s own meeting'],
    ['组织收看全市安全生产电视电话会议后召开全区会议', 'text after the name that is no note'],
    ['参加全市安全生产会议', 'a part of the name only'],
  ])('“%s” (%s) is no attendance record', (summary) => {
    expect(isAttendanceEntry(entry(summary), cityMeeting())).toBe(false);
  });

  test.each([
    ['2022-05-10 09:00', '2022-05-10 10:00', 'an earlier end'],
    ['2022-05-10 09:30', '2022-05-10 11:00', 'a later start'],
    ['2022-05-12 09:00', '2022-05-12 11:00', 'another day'],
  ])('the right words at other times (%s–%s, %s) are judged as usual', (start, end) => {
    expect(isAttendanceEntry(entry('组织收看全市安全生产电视电话会议', start, end), cityMeeting())).toBe(false);
  });

  test('with an attending verb, an entry holding the meeting with the journey records attending; without one it does not (QE-9)', () => {
    expect(isAttendanceEntry(entry('参加全市安全生产电视电话会议', '2022-05-10 08:30', '2022-05-10 11:30'), cityMeeting())).toBe(true);
    expect(isAttendanceEntry(entry('全市安全生产电视电话会议（区分会场）', '2022-05-10 08:30', '2022-05-10 11:30'), cityMeeting())).toBe(false);
    expect(isAttendanceEntry(entry('传达全市安全生产电视电话会议精神', '2022-05-10 08:30', '2022-05-10 11:30'), cityMeeting())).toBe(false);
  });

  test('a name shorter than four characters identifies nothing', () => {
    expect(isAttendanceEntry(entry('参加会议'), cityMeeting('会议'))).toBe(false);
  });
});

describe('follows with attendance entries (QB-33)', () => {
  const params = { id: 'relay', kind: 'follows' as const, dependent: { level: 'district' as const, summary: '安全生产' }, prerequisite: { level: 'city' as const, summary: '全市安全生产' }, cycle: 'month' as const };
  const relay = occ({ calendar: district, uid: 'r', summary: '全区安全生产工作会议', start: '2022-05-12 09:00', end: '2022-05-12 11:00' });

  test('the attendance entry is no dependent; the relay two days later is in order', () => {
    expect(runRule(follows, { params, occurrences: [cityMeeting(), entry('区长参加全市安全生产电视电话会议（视频）'), relay] })).toEqual([]);
  });

  test('a relay titled 传达…精神 at the city meeting\'s very times is still an order error', () => {
    const findings = runRule(follows, { params, occurrences: [cityMeeting(), entry('传达全市安全生产电视电话会议精神')] });
    expect(findings.map((f) => [f.kind, f.occurrences.map((o) => o.key)])).toEqual([['order', ['dist/d', 'city/c']]]);
  });

  test('the attendance words at another time (an hour later) are still judged', () => {
    const findings = runRule(follows, { params, occurrences: [cityMeeting(), entry('组织收看全市安全生产电视电话会议', '2022-05-10 10:00', '2022-05-10 12:00')] });
    expect(findings.map((f) => f.kind)).toEqual(['order']);
  });
});

describe('related-to with attendance entries (QB-33)', () => {
  const params = { id: 'related-to', kind: 'related-to' as const };
  const city2 = occ({ calendar: city, uid: 'c', summary: '全市河长制工作会议', start: '2022-05-10 09:00', end: '2022-05-10 11:00', refIds: ['2022-hzz'] });
  const kinds = (occurrences: Parameters<typeof runRule>[1]['occurrences']) => runRule(relatedTo, { params, occurrences }).map((f) => [f.kind, f.occurrences.map((o) => o.key)]);

  test('the district\'s 组织收看 entry carrying the city meeting\'s REFID at its times is no relay of it', () => {
    const watch = occ({ calendar: district, uid: 'd', summary: '组织收看全市河长制工作会议', start: '2022-05-10 09:00', end: '2022-05-10 11:00', refIds: ['2022-hzz'] });
    expect(kinds([city2, watch])).toEqual([]);
  });

  test('a relay with the REFID held while the city meeting runs is still an order error', () => {
    const relay = occ({ calendar: district, uid: 'd', summary: '全区河长制工作会议', start: '2022-05-10 10:00', end: '2022-05-10 11:00', refIds: ['2022-hzz'] });
    expect(kinds([city2, relay])).toEqual([['order', ['dist/d', 'city/c']]]);
  });

  test('an explicit RELATED-TO on the attendance entry is taken at its word (the calendar says it depends)', () => {
    const watch = occ({
      calendar: district, uid: 'd', summary: '组织收看全市河长制工作会议', start: '2022-05-10 09:00', end: '2022-05-10 11:00',
      relations: [{ target: 'c', relType: 'FINISHTOSTART' }],
    });
    expect(kinds([city2, watch])).toEqual([['order', ['dist/d', 'city/c']]]);
  });
});
