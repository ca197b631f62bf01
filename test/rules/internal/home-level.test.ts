/**
 * The level of the meeting a copy stands for (QB-6): a district calendar's copy of the city meeting
 * (same UID and start) is the city's meeting, for the ordering rules.
 */
import { compileSelector } from '../../../src/select/selector.js';
import { displacedCopies, homeLevel, matchesAtHomeLevel, officeLevel } from '../../../src/rules/internal/home-level.js';
import { followsDependencies } from '../../../src/rules/internal/dependencies.js';
import { linkDependencies } from '../../../src/rules/internal/dependencies.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

const city = { id: 'city', level: 'city' as const };
const district = { id: 'district', level: 'district' as const };
const township = { id: 'township', level: 'township' as const };
const noLevel = { id: 'secretary' };

const cityMeeting = occ({ calendar: city, uid: 'c@city', start: '2022-04-20 09:00', end: '2022-04-20 11:00', summary: '全市河长制会议', refIds: ['2022-hzz'] });
const districtCopy = occ({ calendar: district, uid: 'c@city', start: '2022-04-20 09:00', end: '2022-04-20 11:00', summary: '全市河长制会议', refIds: ['2022-hzz'] });
const districtOwn = occ({ calendar: district, uid: 'd@dist', start: '2022-04-21 09:00', end: '2022-04-21 11:00', summary: '全区河长制会议', refIds: ['2022-hzz'] });
const townMeeting = occ({ calendar: township, uid: 't@town', start: '2022-04-20 14:00', end: '2022-04-20 16:00', summary: '全镇河长制会议', refIds: ['2022-hzz'] });

describe('homeLevel', () => {
  test('a copy with the UID and start of a city meeting is a city meeting; the calendar’s own meetings keep its level', () => {
    const levelOf = homeLevel([cityMeeting, districtCopy, districtOwn]);
    expect([cityMeeting, districtCopy, districtOwn].map(levelOf)).toEqual(['city', 'city', 'district']);
  });

  test('another instance of the same UID (another start) is not that copy', () => {
    const moved = occ({ calendar: district, uid: 'c@city', start: '2022-04-27 09:00', summary: '全市河长制会议' });
    expect(homeLevel([cityMeeting, moved])(moved)).toBe('district');
  });

  test('a lower level’s meeting also on a higher calendar does not lower the higher copy; a calendar without level takes the copy’s level', () => {
    const onSecretary = occ({ calendar: noLevel, uid: 'c@city', start: '2022-04-20 09:00', summary: '全市河长制会议' });
    const levelOf = homeLevel([cityMeeting, districtCopy, onSecretary]);
    expect(levelOf(cityMeeting)).toBe('city');
    expect(levelOf(onSecretary)).toBe('city');
  });

  test('a leader’s own calendar never lends its level: a 副市长’s copy of the district meeting stays district (QB-20)', () => {
    const cityLeader = { id: 'wang', level: 'city' as const, owner: 'wang' };
    const leadersCopy = occ({ calendar: cityLeader, uid: 'd@dist', start: '2022-04-21 09:00', end: '2022-04-21 11:00', summary: '全区河长制会议' });
    const levelOf = homeLevel([districtOwn, leadersCopy]);
    expect(levelOf(districtOwn)).toBe('district');
    expect(levelOf(leadersCopy)).toBe('district');
    // Alone on his calendar (no office holds it), an entry keeps his calendar's level.
    const own = occ({ calendar: cityLeader, uid: 'w@wang', start: '2022-04-22 09:00', summary: '调研' });
    expect(homeLevel([own])(own)).toBe('city');
  });

  test('the ORGANIZER decides between two office calendars: the district meeting a 市委办 calendar also lists stays district (QB-43)', () => {
    const cityOffice = { id: 'cityact', office: '市委办', level: 'city' as const };
    const organized = { organizer: { address: 'mailto:qwb@jb.gov.example', name: '区委办', role: 'chair', partstat: 'accepted', cutype: 'individual' } };
    const onDistrict = { ...occ({ calendar: { ...district, office: '区政府办' }, uid: 'd@dist', start: '2022-04-19 09:00', summary: '全区河长制会议' }), ...organized };
    const onCity = { ...occ({ calendar: cityOffice, uid: 'd@dist', start: '2022-04-19 09:00', summary: '全区河长制会议' }), ...organized };
    const levelOf = homeLevel([onDistrict, onCity]);
    expect([levelOf(onDistrict), levelOf(onCity)]).toEqual(['district', 'district']);
    // Without an organizer, the highest office level (a city meeting recorded by the 区委办, QB-6).
    const plain = [occ({ calendar: district, uid: 'x', start: '2022-04-19 09:00' }), occ({ calendar: cityOffice, uid: 'x', start: '2022-04-19 09:00' })];
    expect(homeLevel(plain)(plain[0]!)).toBe('city');
  });

  test.each([
    ['区委办', 'district'],
    ['县政府办公室', 'district'],
    ['市委办公厅', 'city'],
    ['省政府办公厅', 'province'],
    ['青石镇党政办', 'township'],
    ['江滨区城市管理局', 'district'],
    ['市场监管局', null],
    ['中共临江市委办公室', 'city'],
    ['江滨区青石镇政府', 'township'],
    ['镇党政办', 'township'],
    ['国务院办公厅', 'central'],
    ['李明', null],
    ['市长', null],
    [null, null],
  ])('officeLevel(%s) → %s', (name, level) => {
    expect(officeLevel(name)).toBe(level);
  });

  test('matchesAtHomeLevel: a level selector stops matching the copy; a calendar selector still does', () => {
    expect(matchesAtHomeLevel(compileSelector({ level: 'district' }), districtCopy, 'city')).toBe(false);
    expect(matchesAtHomeLevel(compileSelector({ calendar: 'district' }), districtCopy, 'city')).toBe(true);
    expect(matchesAtHomeLevel(compileSelector({ anyOf: [{ level: 'city' }, { summary: '全区' }] }), districtCopy, 'city')).toBe(true);
  });
});

describe('the ordering rules read copies at their home level', () => {
  test('REFID: the township meeting follows the district’s own meeting, not the district calendar’s copy of the city meeting', () => {
    const { edges } = linkDependencies([cityMeeting, districtCopy, districtOwn, townMeeting], 'related-to');
    const town = edges.filter((e) => e.dependent === townMeeting);
    expect(town.map((e) => e.prerequisite.uid)).toEqual(['d@dist']);
    // The district's own meeting still follows the city meeting.
    expect(edges.filter((e) => e.dependent === districtOwn).map((e) => e.prerequisite.uid)).toEqual(['c@city']);
  });

  test('follows by level: the district calendar’s copy of the city meeting is no district prerequisite', () => {
    const rule = { id: 'town', kind: 'follows' as const, dependent: { level: 'township' as const }, prerequisite: { level: 'district' as const }, cycle: 'year' as const };
    const { edges } = followsDependencies([cityMeeting, districtCopy, districtOwn, townMeeting], rule, 'Asia/Shanghai');
    expect(edges.map((e) => [e.dependent.uid, e.prerequisite.uid])).toEqual([['t@town', 'd@dist']]);
  });

  test('REFID: a district meeting copied onto a city leader’s calendar is still ordered after the city meeting, and cited by the office copy', () => {
    const cityLeader = { id: 'wang', level: 'city' as const, owner: 'wang' };
    const early = occ({ calendar: district, uid: 'd@dist', start: '2022-04-19 09:00', end: '2022-04-19 11:00', summary: '全区河长制会议', refIds: ['2022-hzz'] });
    const leadersCopy = occ({ calendar: cityLeader, uid: 'd@dist', start: '2022-04-19 09:00', end: '2022-04-19 11:00', summary: '全区河长制会议', refIds: ['2022-hzz'] });
    const { edges } = linkDependencies([cityMeeting, early, leadersCopy], 'related-to');
    expect(edges.map((e) => [e.dependent.calendar.id, e.prerequisite.uid])).toEqual([['district', 'c@city']]);
  });

  test('follows by calendar: the copy is still on that calendar', () => {
    const rule = { id: 'town', kind: 'follows' as const, dependent: { level: 'township' as const }, prerequisite: { calendar: 'district' }, cycle: 'year' as const };
    const { edges } = followsDependencies([cityMeeting, districtCopy, districtOwn, townMeeting], rule, 'Asia/Shanghai');
    expect(edges.map((e) => [e.dependent.uid, e.prerequisite.uid])).toEqual([['t@town', 'c@city']]);
  });
});

describe('displacedCopies (QF-17)', () => {
  // The 市政府办 moved 全市经济工作会议 from 12 to 15 January without a SEQUENCE bump; the 区政府办 still holds it at 12 January.
  const cityOffice = { id: 'city', office: '市政府办', level: 'city' as const };
  const districtOffice = { id: 'gov', office: '区政府办', level: 'district' as const };
  const byCity = { organizer: { address: 'mailto:szfb@linjiang.example', name: '市政府办', role: 'chair', partstat: 'accepted', cutype: 'individual' } };
  const atCity = { ...occ({ calendar: cityOffice, uid: 'econ', start: '2027-01-15 09:00', end: '2027-01-15 12:00', summary: '全市经济工作会议' }), ...byCity };
  const oldCopy = { ...occ({ calendar: districtOffice, uid: 'econ', start: '2027-01-12 09:00', end: '2027-01-12 12:00', summary: '全市经济工作会议' }), ...byCity };
  const relay = occ({ calendar: districtOffice, uid: 'relay', start: '2027-01-13 09:00', summary: '传达学习全市经济工作会议精神' });
  const rule = { id: 'econ', kind: 'follows' as const, dependent: { level: 'district' as const, summary: '经济工作' }, prerequisite: { level: 'city' as const, summary: '经济工作' } };

  test('the copy the organizer\'s office no longer holds at its start is displaced; the city\'s own is not', () => {
    const displaced = displacedCopies([atCity, oldCopy, relay]);
    expect([atCity, oldCopy, relay].map(displaced)).toEqual([false, true, false]);
  });

  test('follows: the old copy is no dependent of its own new time, and no prerequisite for a relay between the two times', () => {
    const { edges, missing } = followsDependencies([atCity, oldCopy, relay], rule, 'Asia/Shanghai');
    expect(edges.map((e) => [e.dependent.uid, e.prerequisite.uid])).toEqual([['relay', 'econ']]);
    expect(edges[0]!.prerequisite.start.toISODate()).toBe('2027-01-15');
    expect(missing).toEqual([]);
  });

  test('guards: without an ORGANIZER, or with the city holding it at that start too, nothing is displaced', () => {
    const { organizer: _, ...bare } = oldCopy;
    const plain = { ...bare, organizer: null };
    expect([atCity, plain].map(displacedCopies([atCity, plain]))).toEqual([false, false]);
    const alsoAtCity = { ...occ({ calendar: cityOffice, uid: 'econ', start: '2027-01-12 09:00', end: '2027-01-12 12:00', summary: '全市经济工作会议' }), ...byCity };
    expect([atCity, alsoAtCity, oldCopy].map(displacedCopies([atCity, alsoAtCity, oldCopy]))).toEqual([false, false, false]);
  });

  test('the district took the update (SEQUENCE:1), the city\'s copy is stale: the district\'s copy is the city\'s meeting and the relay before it an order (QG-15)', () => {
    const staleAtCity = { ...occ({ calendar: cityOffice, uid: 'econ', start: '2027-01-12 09:00', end: '2027-01-12 12:00', summary: '全市经济工作会议' }), ...byCity };
    const newer = { ...occ({ calendar: districtOffice, uid: 'econ', start: '2027-01-15 09:00', end: '2027-01-15 12:00', summary: '全市经济工作会议' }), ...byCity, sequence: 1 };
    const all = [staleAtCity, newer, relay];
    expect([displacedCopies(all)(newer), homeLevel(all)(newer)]).toEqual([false, 'city']);
    const { edges } = followsDependencies(all, rule, 'Asia/Shanghai');
    expect(edges.map((e) => [e.dependent.uid, e.prerequisite.key])).toEqual([['relay', 'gov/econ']]);
  });

  test('guard: an organizer naming an office of the copy\'s own level displaces nothing', () => {
    const byDistrict = { organizer: { ...byCity.organizer, name: '区政府办', address: 'mailto:qzfb@jb.example' } };
    const both = [{ ...atCity, ...byDistrict }, { ...oldCopy, ...byDistrict }];
    expect(both.map(displacedCopies(both))).toEqual([false, false]);
  });
});
