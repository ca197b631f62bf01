/**
 * A small district/city scenario for the checker tests: every rule kind finds something in it.
 */
import type { Person } from '../../src/model/person.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import type { LocationEntry, TravelEntry } from '../../src/model/config.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { CalendarInfo } from '../../src/model/calendar.js';
import { calendar, occurrence, type OccurrenceSpec } from '../helpers/occurrence.js';

export const calendars = {
  city: { id: 'city', office: '市委办', level: 'city' },
  district: { id: 'district', office: '区委办', level: 'district' },
  mayor: { id: 'mayor', office: '区政府办', level: 'district', owner: 'li' },
} as const;

export const calendarInfos: readonly CalendarInfo[] = Object.values(calendars).map((c) => calendar(c));

export const people: readonly Person[] = [
  { id: 'li', name: '李区长', aliases: ['mailto:li@qu.gov.cn', '李明'], roles: ['区长', '总河长'] },
  { id: 'wang', name: '王书记', aliases: ['mailto:wang@qu.gov.cn'], roles: ['区委书记'] },
];

export const locations: readonly LocationEntry[] = [{ name: '区委大楼301会议室', aliases: ['301会议室'] }];
export const travel: readonly TravelEntry[] = [{ from: '区委大楼301会议室', to: '某镇河道', minutes: 40 }];

export const rules: readonly RuleConfig[] = [
  {
    id: 'river-chief',
    kind: 'follows',
    dependent: { level: 'district', summary: '总河长会议' },
    prerequisite: { level: 'city', summary: '总河长会议' },
    cycle: 'year',
  },
  { id: 'people', kind: 'no-double-booking' },
  { id: 'travel', kind: 'travel-time' },
  { id: 'rooms', kind: 'venue' },
  { id: 'chiefs', kind: 'required-attendance', event: { summary: '区.*总河长会议' }, people: ['role:总河长'] },
];

export const settings = { timezone: 'Asia/Shanghai', people, locations, travel, rules } as const;
export const window = { from: '2022-05-01', to: '2022-05-31' } as const;

type Spec = OccurrenceSpec & { readonly uid: string; readonly calendar: (typeof calendars)[keyof typeof calendars] };

const specs: readonly Spec[] = [
  { calendar: calendars.city, uid: 'river-city', summary: '市总河长会议', start: '2022-05-12 09:00', end: '2022-05-12 11:00', attendees: ['wang@qu.gov.cn'] },
  // The story: the district meeting the day before the city one, without the 总河长.
  { calendar: calendars.district, uid: 'river-district', summary: '区总河长会议', start: '2022-05-11 09:00', end: '2022-05-11 10:30', location: '301会议室', attendees: ['wang@qu.gov.cn'] },
  { calendar: calendars.mayor, uid: 'visit', summary: '某镇河道调研', start: '2022-05-10 14:00', end: '2022-05-10 16:00', location: '某镇河道' },
  { calendar: calendars.district, uid: 'summon', summary: '区政府常务会议', start: '2022-05-10 15:00', end: '2022-05-10 16:30', location: '区委大楼301会议室', attendees: ['li@qu.gov.cn'] },
  { calendar: calendars.district, uid: 'office-meeting', summary: '区委办公会', start: '2022-05-10 16:00', end: '2022-05-10 17:00', location: '301会议室', attendees: ['wang@qu.gov.cn'] },
  { calendar: calendars.mayor, uid: 'site', summary: '现场办公', start: '2022-05-09 09:00', end: '2022-05-09 10:00', location: '某镇河道' },
  { calendar: calendars.mayor, uid: 'next', summary: '接访', start: '2022-05-09 10:15', end: '2022-05-09 11:00', location: '区委大楼301会议室' },
  { calendar: calendars.mayor, uid: 'maybe', summary: '座谈（待定）', start: '2022-05-13 09:00', end: '2022-05-13 10:00', status: 'tentative' },
  { calendar: calendars.district, uid: 'meet13', summary: '专题会', start: '2022-05-13 09:30', end: '2022-05-13 10:30', attendees: ['李明'] },
  { calendar: calendars.district, uid: 'calm', summary: '学习会', start: '2022-05-16 09:00', end: '2022-05-16 10:00', attendees: ['wang@qu.gov.cn'] },
];

/** Fresh occurrences of the scenario (keys `calendar/uid`). */
export function scenario(): Occurrence[] {
  return specs.map((spec) => occurrence(spec));
}
