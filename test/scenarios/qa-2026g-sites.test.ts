/**
 * QA 2026g (review of this session's fixes) — guards for the `bookable` reading of configured places (bf57996 and its
 * follow-ups for QG-3/QG-4): sites a district lists for travel times that carry no room word and no town, organ or
 * road word — a company, an industrial park, a school, a building site — are visited, not booked. Two leaders'
 * visits there at once are no room clash (QE-1's own reasoning; README venue: "a place to travel to, not a room").
 */
import { digest, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';
const chen = 'mailto:chenjing@jiangbin.linjiang.example';

const raw = (place: string) => ({
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  people: [{ id: 'li', name: '李明', aliases: [li] }, { id: 'chen', name: '陈静', aliases: [chen] }],
  calendars: [
    { id: 'li', file: 'li.ics', office: '区政府办', level: 'district', owner: 'li' },
    { id: 'chen', file: 'chen.ics', office: '区政府办', level: 'district', owner: 'chen' },
  ],
  locations: [{ name: '区政府大楼' }, { name: place }],
  travel: [{ from: '区政府大楼', to: place, minutes: 40 }],
  rules: [{ id: 'rooms', kind: 'venue' }],
});

function entry(uid: string, summary: string, location: string): string {
  return vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, 'DTSTART;TZID=Asia/Shanghai:20261214T100000',
    'DTEND;TZID=Asia/Shanghai:20261214T113000', `LOCATION:${location}`, 'END:VEVENT']);
}

describe('guard: two leaders\' visits to a configured company, park, school or building site at once are no venue clash', () => {
  test.each(['江滨化工有限公司', '青石工业园', '江滨中学', '滨江大桥项目工地', '临江港青石码头'])('%s', (place) => {
    const report = run(raw(place), { 'li.ics': entry('a@qg', `到${place}调研`, place), 'chen.ics': entry('b@qg', `赴${place}检查安全生产`, place) });
    expect(digest(report)).toEqual([]);
  });
});
