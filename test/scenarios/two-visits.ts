/**
 * Two leaders' own diaries (李明, 陈静 of the 区政府办) each with one entry at the same hour, 14 December 2026 10:00–11:30,
 * in one configured place listed with a drive from 区政府大楼, under a `venue` rule: whether the place is booked twice.
 * Shared by qa-2026g-places and qa-2026g-sites (not a test file itself).
 */
import { vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';
const chen = 'mailto:chenjing@jiangbin.linjiang.example';

/** The config: the two diaries, 区政府大楼 and `place` configured, `minutes` of driving between them. */
export const raw = (place: string, minutes: number) => ({
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  people: [{ id: 'li', name: '李明', aliases: [li] }, { id: 'chen', name: '陈静', aliases: [chen] }],
  calendars: [
    { id: 'li', file: 'li.ics', office: '区政府办', level: 'district', owner: 'li' },
    { id: 'chen', file: 'chen.ics', office: '区政府办', level: 'district', owner: 'chen' },
  ],
  locations: [{ name: '区政府大楼' }, { name: place }],
  travel: [{ from: '区政府大楼', to: place, minutes }],
  rules: [{ id: 'rooms', kind: 'venue' }],
});

/** A diary's one entry at 10:00–11:30 on 14 December 2026. */
export function entry(uid: string, summary: string, location: string): string {
  return vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, 'DTSTART;TZID=Asia/Shanghai:20261214T100000',
    'DTEND;TZID=Asia/Shanghai:20261214T113000', `LOCATION:${location}`, 'END:VEVENT']);
}
