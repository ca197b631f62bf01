/**
 * QH-3: a district relay of the province's or the nation's 两会 is named as everyone names it (传达学习省两会精神,
 * 全国两会精神), never by the session's formal name: the level's word right before 两会 / 人代会 / 人大会议 /
 * 政协会议 names that level's congress, when a plenary session of it is loaded and over when the relay starts.
 */
import { aboutHigherMeeting } from '../../../src/rules/internal/higher-meeting.js';
import { homeLevel } from '../../../src/rules/internal/home-level.js';
import type { Level } from '../../../src/model/calendar.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

const central = { id: 'central', level: 'central' as const };
const province = { id: 'prov', level: 'province' as const };
const city = { id: 'city', level: 'city' as const };
const district = { id: 'dist', level: 'district' as const };
const npc = occ({ calendar: central, uid: 'npc', summary: '十四届全国人大五次会议', start: '2027-03-05 09:00', end: '2027-03-11 12:00' });
const cppcc = occ({ calendar: central, uid: 'cppcc', summary: '全国政协十四届五次会议', start: '2027-03-04 15:00', end: '2027-03-10 12:00' });
const provNpc = occ({ calendar: province, uid: 'pnpc', summary: '省十四届人民代表大会第五次会议', start: '2027-01-25 09:00', end: '2027-01-29 12:00' });
const provStanding = occ({ calendar: province, uid: 'pstc', summary: '省十四届人大常委会第二十次会议', start: '2027-02-20 09:00', end: '2027-02-21 12:00' });
const cityNpc = occ({ calendar: city, uid: 'cnpc', summary: '市十七届人大四次会议', start: '2027-01-18 09:00', end: '2027-01-20 12:00' });
const entry = (summary: string, day: string, calendar: { readonly id: string; readonly level: Level } = district) =>
  occ({ calendar, uid: `d-${summary}`, summary, start: `${day} 09:00`, end: `${day} 11:30` });

function about(all: readonly Occurrence[], e: Occurrence): boolean {
  return aboutHigherMeeting([...all, e], homeLevel([...all, e]), ['city'], all.filter((o) => o.calendar.level === 'city'))(e);
}

const loaded = [npc, cppcc, provNpc, provStanding, cityNpc];

describe('aboutHigherMeeting: a higher congress in everyday words (QH-3)', () => {
  test.each([
    ['区委常委会传达学习全国两会精神', '2027-03-15'],
    ['区委常委会传达学习省两会精神', '2027-02-02'],
    ['区政府党组会议传达学习全省两会精神', '2027-02-02'],
    ['传达学习省人代会精神', '2027-02-02'],
    ['学习贯彻全国政协会议精神', '2027-03-12'],
    ['传达学习全国两会精神（区委宣讲团宣讲）', '2027-03-15'],
    ['区委常委会传达学习全国“两会”精神', '2027-03-15'],
    ['区委常委会传达学习省「两会」精神', '2027-02-02'],
  ])('“%s” on %s relays the loaded higher session', (summary, day) => {
    expect(about(loaded, entry(summary, day))).toBe(true);
  });

  test.each([
    ['传达学习省两会精神', '2027-01-26', 'the province\'s congress still sits'],
    ['传达学习全国两会精神', '2027-03-08', 'neither national session is over'],
    ['传达学习省政协会议精神', '2027-02-02', 'only the province\'s 人大 session is loaded, no 政协 one'],
    ['传达学习省两会和市两会精神', '2027-02-02', 'it relays the city\'s 两会 too'],
    ['传达学习省“两会”和市“两会”精神', '2027-02-02', 'it relays the city\'s “两会” too'],
    ['传达学习市两会精神', '2027-03-15', 'the city\'s congress is the prerequisites\' level'],
    ['传达学习省人大常委会会议精神', '2027-02-25', 'a standing committee meeting is no session'],
    ['区委常委会会议', '2027-03-15', 'no congress named'],
  ])('“%s” on %s is not (%s)', (summary, day) => {
    expect(about(loaded, entry(summary, day))).toBe(false);
  });

  test('without a loaded national session, 传达学习全国两会精神 is judged as usual', () => {
    expect(about([provNpc, cityNpc], entry('传达学习全国两会精神', '2027-03-15'))).toBe(false);
  });

  test('an entry of the prerequisites\' level (the city relaying the nation\'s 两会) is judged as usual', () => {
    expect(about(loaded, entry('市委常委会传达学习全国两会精神', '2027-03-15', city))).toBe(false);
  });
});
