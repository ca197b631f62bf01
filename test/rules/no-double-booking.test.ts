import fc from 'fast-check';

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;
import type { Person } from '../../src/model/person.js';
import { noDoubleBooking } from '../../src/rules/no-double-booking.js';
import { overlaps } from '../../src/time/interval.js';
import { occurrence as occ, weekly } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const people: Person[] = [
  { id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'], roles: ['区长'] },
  { id: 'wang', name: '王强', aliases: ['mailto:wang@qu.gov.cn'] },
];
const li = 'mailto:li@qu.gov.cn';
const wang = 'mailto:wang@qu.gov.cn';
const liPersonal = { id: 'li-personal', owner: 'li' };

ruleTester.run(noDoubleBooking, {
  valid: [
    {
      // QE-10: the district attends the city's video conference from its own room, entered under the city's title.
      name: 'an office\'s entry of a video conference it attends from its own 分会场 is that meeting, not a second one',
      people,
      occurrences: [
        occ({ calendar: 'city', uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '全市安全生产电视电话会议', location: '市行政中心大会堂', attendees: [li] }),
        occ({ calendar: 'gov', uid: 'g', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '组织收看全市安全生产电视电话会议', location: '区政府大楼第一会议室', attendees: [li] }),
      ],
    },
    {
      name: 'back-to-back meetings do not overlap (half-open)',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 11:00', attendees: [li] }),
      ],
    },
    {
      name: 'different people at the same time',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00', attendees: [wang] }),
      ],
    },
    {
      name: 'cancelled, transparent, FREE, working elsewhere, declined and delegated do not count',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 12:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'c', start: '2022-05-10 09:00', attendees: [li], status: 'cancelled' }),
        occ({ calendar: 'b', uid: 't', start: '2022-05-10 09:30', attendees: [li], transparent: true }),
        occ({ calendar: 'b', uid: 'f', start: '2022-05-10 10:00', attendees: [li], busy: 'free' }),
        occ({ calendar: 'b', uid: 'w', start: '2022-05-10 10:30', attendees: [li], busy: 'working-elsewhere' }),
        occ({ calendar: 'b', uid: 'd', start: '2022-05-10 11:00', attendees: [{ address: li, partstat: 'declined' }] }),
        occ({ calendar: 'b', uid: 'g', start: '2022-05-10 11:00', attendees: [{ address: li, partstat: 'delegated' }] }),
      ],
    },
    {
      name: 'the same meeting on the party and the government office calendars is one meeting',
      people,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'same', start: '2022-05-10 09:00', attendees: [li] }),
        occ({ calendar: 'district-gov', uid: 'same', start: '2022-05-10 09:00', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'same', start: '2022-05-10 09:00' }),
      ],
    },
    {
      name: 'a transparent all-day holiday banner is not an absence',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'h', start: '2022-05-02', summary: '劳动节', transparent: true }),
        occ({ calendar: 'a', uid: 'x', start: '2022-05-02 09:00', attendees: [li] }),
      ],
    },
    {
      name: 'two overlapping absences (出差 and 调研 for the same days) are no conflict',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'trip', start: '2022-05-10', end: '2022-05-13', summary: '赴省出差', transparent: true }),
        occ({ calendar: 'district-gov', uid: 'visit', start: '2022-05-11', summary: '外出调研', attendees: [li] }),
      ],
    },
    {
      name: 'the 办公室 director who sends the invitations is not booked by them (ORGANIZER without ATTENDEE line)',
      people,
      occurrences: [
        occ({ calendar: 'district-gov', uid: 'x', start: '2022-05-10 09:00', organizer: wang, attendees: [li] }),
        occ({ calendar: 'district-gov', uid: 'y', start: '2022-05-10 09:00', organizer: wang, attendees: [{ name: '陈静' }] }),
      ],
    },
    {
      name: 'a meeting typed by hand into the personal calendar (new UID, same summary and times) is the same meeting',
      people,
      occurrences: [
        occ({ calendar: 'city-party', uid: 'official', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市委常委会', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'typed', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: ' 市委常委会' }),
      ],
    },
    {
      name: "the leader's retyped copy ending 30 minutes later, same room, is the same meeting (QA26-18)",
      people,
      occurrences: [
        occ({ calendar: 'gov', uid: 'official@exchange.example', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '区政府专题会议（老旧小区改造）', location: '区政府大楼第一会议室', attendees: [li, wang] }),
        occ({ calendar: liPersonal, uid: 'typed@icloud.example', start: '2022-05-10 09:00', end: '2022-05-10 11:30', summary: '区政府专题会议（老旧小区改造）', location: '区政府大楼第一会议室' }),
      ],
    },
    {
      name: 'a retyped copy in the same room under another spelling, or with only an online link, is the same meeting',
      people,
      locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }],
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', summary: '专题会议', location: '区委大楼301会议室', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00', summary: '专题会议', location: '301会议室', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'z', start: '2022-05-10 09:00', summary: '专题会议', location: 'https://meeting.tencent.com/dm/abc' }),
      ],
    },
    {
      name: 'a newer revision that cancels the meeting frees the people of its stale copies',
      people,
      occurrences: [
        { ...occ({ calendar: 'a', uid: 'm@x', start: '2022-05-10 09:00', attendees: [li] }), sequence: 1 },
        { ...occ({ calendar: 'b', uid: 'm@x', start: '2022-05-10 09:00', status: 'cancelled' }), sequence: 2 },
        occ({ calendar: 'c', uid: 'visit', start: '2022-05-10 09:30', summary: '接访', attendees: [li] }),
      ],
    },
    {
      name: 'a NON-PARTICIPANT (抄送) is not booked',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:00', attendees: [{ address: li, role: 'non-participant' }] }),
      ],
    },
    {
      name: 'a timed 外出 entry is not an absence by default (absences are all-day) and transparent',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'o', start: '2022-05-10 09:00', summary: '外出', transparent: true }),
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [li] }),
      ],
    },
    {
      name: 'Shanghai 09:00–10:00 and New York 20:00–21:00 the evening before (EDT = 08:00–09:00 Shanghai) touch, do not overlap',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', zone: 'America/New_York', start: '2022-05-09 20:00', end: '2022-05-09 21:00', attendees: [li] }),
      ],
    },
    {
      name: 'a recurring meeting moved out of the way by an override no longer clashes',
      people,
      occurrences: [
        ...weekly({ calendar: 'a', uid: 'weekly', start: '2022-05-02 09:00', end: '2022-05-02 10:00', attendees: [li] }, 3, {
          1: { start: '2022-05-09 14:00', end: '2022-05-09 15:00' },
        }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-09 09:00', attendees: [li] }),
      ],
    },
    {
      name: 'his diary entry in other words at the office meeting\'s times is his copy (QB-15)',
      people,
      occurrences: [
        occ({ calendar: 'gov', uid: 'g@qu.gov.cn', start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary: '区政府第12次常务会议', location: '区政府大楼第一会议室', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'm@icloud.example', start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary: '主持召开区政府常务会议' }),
      ],
    },
    {
      name: 'his diary entry holding the meeting with the journey around it is his attendance (QB-13)',
      people,
      occurrences: [
        occ({ calendar: 'city', uid: 'c@city.example', start: '2022-05-16 09:00', end: '2022-05-16 11:30', summary: '全市重点项目调度会', location: '市行政中心', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'd@icloud.example', start: '2022-05-16 08:00', end: '2022-05-16 12:30', summary: '赴市行政中心参加全市重点项目调度会' }),
      ],
    },
    {
      name: 'a trip and the appointments inside it, all only on his own calendar (QB-12)',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'trip', start: '2022-05-16', end: '2022-05-17', summary: '出差：赴省城汇报工作', transparent: true }),
        occ({ calendar: liPersonal, uid: 'v1', start: '2022-05-16 10:00', end: '2022-05-16 11:30', summary: '向省发改委汇报重点项目', location: '省发改委' }),
        occ({ calendar: liPersonal, uid: 'out', start: '2022-05-17 13:30', end: '2022-05-17 18:00', summary: '外出：赴青石镇调研' }),
        occ({ calendar: liPersonal, uid: 'v2', start: '2022-05-17 14:30', end: '2022-05-17 16:00', summary: '青石镇防汛检查' }),
      ],
    },
    {
      // QE-6: the office keeps the 领导活动安排, the secretary the diary; the record books him as his own entry would.
      name: 'his trip on the office\'s 领导活动安排 (李明：赴青石镇…) and an appointment at its destination on his own diary (QE-6)',
      people,
      occurrences: [
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'rec', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '李明：赴青石镇调研河道整治', location: '青石镇' }),
        occ({ calendar: liPersonal, uid: 'appt', start: '2025-03-12 10:00', end: '2025-03-12 11:00', summary: '听取青石镇河长工作汇报', location: '青石镇河道' }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'rec2', start: '2025-03-13 13:30', end: '2025-03-13 18:00', summary: '【李明】外出：赴青石镇调研' }),
        occ({ calendar: liPersonal, uid: 'appt2', start: '2025-03-13 14:30', end: '2025-03-13 16:00', summary: '与青石镇党委座谈' }),
      ],
    },
    {
      name: 'his DECLINED on his own calendar overrules the office copy\'s NEEDS-ACTION (QB-16)',
      people,
      occurrences: [
        occ({ calendar: 'gov', uid: 'g@qu.gov.cn', start: '2022-05-17 15:00', end: '2022-05-17 17:00', attendees: [{ address: li, partstat: 'needs-action' }] }),
        occ({ calendar: liPersonal, uid: 'g@qu.gov.cn', start: '2022-05-17 15:00', end: '2022-05-17 17:00', attendees: [{ address: li, partstat: 'declined' }] }),
        occ({ calendar: 'party', uid: 'p@qu.gov.cn', start: '2022-05-17 15:00', end: '2022-05-17 17:00', attendees: [li] }),
      ],
    },
  ],
  invalid: [
    {
      // QE-10's limit: two offices' same-titled meetings at one hour in two rooms, not held at a distance, are two.
      name: 'two offices\' 党组会议 at one hour in two rooms are two meetings',
      people,
      occurrences: [
        occ({ calendar: 'party', uid: 'p', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '党组会议', location: '区委大楼301会议室', attendees: [li] }),
        occ({ calendar: 'gov', uid: 'g', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '党组会议', location: '区政府大楼第一会议室', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['gov/g', 'party/p'] }],
    },
    {
      name: 'a trip and, on his own calendar only, a meeting in a room back home or naming no place: clashes (QB-12 keeps them)',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'trip', start: '2022-05-16', end: '2022-05-18', summary: '出差（北京）', transparent: true }),
        occ({ calendar: liPersonal, uid: 'home', start: '2022-05-16 15:00', end: '2022-05-16 16:00', summary: '农业农村局工作例会', location: '区政府大楼第三会议室' }),
        occ({ calendar: liPersonal, uid: 'daily', start: '2022-05-17 08:30', end: '2022-05-17 09:00', summary: '晨间碰头会' }),
      ],
      findings: [
        { kind: 'double-booking', occurrences: ['li-personal/trip', 'li-personal/home'] },
        { kind: 'double-booking', occurrences: ['li-personal/trip', 'li-personal/daily'] },
      ],
    },
    {
      name: 'a start-only meeting (zero length) inside a meeting clashes (QB-34)',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 11:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 10:00', attendees: [li] }),
      ],
      findings: [
        { kind: 'double-booking', occurrences: ['a/x', 'b/y'], people: ['li'], data: { overlapStart: '2022-05-10T10:00:00+08:00', overlapEnd: '2022-05-10T10:00:00+08:00' } },
      ],
    },
    {
      name: 'a trip on his own calendar and an office meeting during it (its copy on his diary too): a clash (QB-12 keeps it)',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'trip', start: '2022-05-16', end: '2022-05-18', summary: '出差：赴省城汇报工作', transparent: true }),
        occ({ calendar: 'gov', uid: 'g@qu.gov.cn', start: '2022-05-16 15:00', end: '2022-05-16 17:00', summary: '区政府常务会议', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'g@qu.gov.cn', start: '2022-05-16 15:00', end: '2022-05-16 17:00', summary: '区政府常务会议' }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['li-personal/trip', 'gov/g@qu.gov.cn'] }],
    },
    {
      // QE-6's limits: the record makes the trip his, nothing more — an office meeting during it, one back in town,
      // one naming no place, leave recorded so, and a trip entry that lists him as an attendee (no record) still clash.
      name: 'his trip on the office\'s 领导活动安排: other calendars\' meetings, appointments elsewhere, leave, an invitation titled as a trip stay clashes (QE-6)',
      people,
      occurrences: [
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'rec', start: '2025-03-12 09:00', end: '2025-03-12 12:00', summary: '李明：赴青石镇调研河道整治', location: '青石镇' }),
        occ({ calendar: 'party', uid: 'p@qu.gov.cn', start: '2025-03-12 09:30', end: '2025-03-12 10:00', summary: '青石镇党委座谈会', location: '青石镇政府', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'home', start: '2025-03-12 10:00', end: '2025-03-12 10:30', summary: '听取农业农村局汇报', location: '区政府大楼第三会议室' }),
        occ({ calendar: liPersonal, uid: 'none', start: '2025-03-12 11:00', end: '2025-03-12 11:30', summary: '晨间碰头会' }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'leave', start: '2025-03-13 08:30', end: '2025-03-13 12:00', summary: '李明：请假' }),
        occ({ calendar: liPersonal, uid: 'v1', start: '2025-03-13 09:00', end: '2025-03-13 10:00', summary: '听取青石镇汇报', location: '青石镇' }),
        occ({ calendar: 'party', uid: 'inv@qu.gov.cn', start: '2025-03-14 09:00', end: '2025-03-14 12:00', summary: '赴青石镇调研', location: '青石镇', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'v2', start: '2025-03-14 10:00', end: '2025-03-14 11:00', summary: '听取青石镇汇报', location: '青石镇' }),
      ],
      findings: [
        { kind: 'double-booking', occurrences: ['gov/rec', 'party/p@qu.gov.cn'] },
        { kind: 'double-booking', occurrences: ['gov/rec', 'li-personal/home'] },
        { kind: 'double-booking', occurrences: ['gov/rec', 'li-personal/none'] },
        { kind: 'double-booking', occurrences: ['gov/leave', 'li-personal/v1'] },
        { kind: 'double-booking', occurrences: ['party/inv@qu.gov.cn', 'li-personal/v2'] },
      ],
    },
    {
      name: 'leave (请假) and an appointment of his own calendar during it: a clash (leave is no trip)',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'leave', start: '2022-05-16', end: '2022-05-18', summary: '请假', transparent: true }),
        occ({ calendar: liPersonal, uid: 'v1', start: '2022-05-16 10:00', end: '2022-05-16 11:30', summary: '听取汇报' }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['li-personal/leave', 'li-personal/v1'] }],
    },
    {
      name: 'an appointment of his own calendar running past the 外出 block: a clash',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'out', start: '2022-05-17 13:30', end: '2022-05-17 16:00', summary: '外出：赴青石镇调研' }),
        occ({ calendar: liPersonal, uid: 'v2', start: '2022-05-17 15:30', end: '2022-05-17 17:00', summary: '与青石镇党委座谈' }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['li-personal/out', 'li-personal/v2'] }],
    },
    {
      name: 'his diary entry holding the meeting still books him for the journey: a meeting then is a clash with the entry only (QB-13)',
      people,
      occurrences: [
        occ({ calendar: 'city', uid: 'c@city.example', start: '2022-05-16 09:00', end: '2022-05-16 11:30', summary: '全市重点项目调度会', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'd@icloud.example', start: '2022-05-16 08:00', end: '2022-05-16 12:30', summary: '参加全市重点项目调度会' }),
        occ({ calendar: 'gov', uid: 'x@qu.gov.cn', start: '2022-05-16 08:00', end: '2022-05-16 08:30', summary: '晨会', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['gov/x@qu.gov.cn', 'li-personal/d@icloud.example'] }],
    },
    {
      name: "only the leader's retyped copy with the later end reaches the next meeting: the finding cites that copy, whose times overlap (QA26-18)",
      people,
      occurrences: [
        occ({ calendar: 'gov', uid: 'official@exchange.example', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '专题会议', location: '区政府大楼第一会议室', attendees: [li, wang] }),
        occ({ calendar: liPersonal, uid: 'typed@icloud.example', start: '2022-05-10 09:00', end: '2022-05-10 11:30', summary: '专题会议', location: '区政府大楼第一会议室' }),
        occ({ calendar: 'gov', uid: 'visit@exchange.example', start: '2022-05-10 11:15', end: '2022-05-10 12:00', summary: '接待省考察组', attendees: [li, wang] }),
      ],
      findings: [
        {
          kind: 'double-booking',
          occurrences: ['li-personal/typed@icloud.example', 'gov/visit@exchange.example'],
          people: ['li'],
          severity: 'error',
          data: { firstEnd: '2022-05-10T11:30:00+08:00', overlapStart: '2022-05-10T11:15:00+08:00', overlapEnd: '2022-05-10T11:30:00+08:00' },
        },
      ],
    },
    {
      name: 'when the copy standing for the meeting clashes too, it is cited, once for everyone',
      people,
      occurrences: [
        occ({ calendar: 'gov', uid: 'official@exchange.example', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '专题会议', location: '区政府大楼第一会议室', attendees: [li, wang] }),
        occ({ calendar: liPersonal, uid: 'typed@icloud.example', start: '2022-05-10 09:00', end: '2022-05-10 11:30', summary: '专题会议', location: '区政府大楼第一会议室' }),
        occ({ calendar: 'gov', uid: 'visit@exchange.example', start: '2022-05-10 10:45', end: '2022-05-10 12:00', summary: '接待省考察组', attendees: [li, wang] }),
      ],
      findings: [
        {
          kind: 'double-booking',
          occurrences: ['gov/official@exchange.example', 'gov/visit@exchange.example'],
          people: ['li', 'wang'],
          severity: 'error',
          data: { firstEnd: '2022-05-10T11:00:00+08:00', overlapStart: '2022-05-10T10:45:00+08:00', overlapEnd: '2022-05-10T11:00:00+08:00' },
        },
      ],
    },
    {
      name: 'a leader in two overlapping meetings on two calendars',
      people,
      occurrences: [
        occ({ calendar: 'district-gov', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '区政府常务会议', attendees: [li] }),
        occ({ calendar: 'city-gov', uid: 'y', start: '2022-05-10 10:00', end: '2022-05-10 12:00', summary: '市防汛工作会议', attendees: [{ name: '李明' }] }),
      ],
      findings: [
        {
          kind: 'double-booking',
          occurrences: ['district-gov/x', 'city-gov/y'],
          people: ['li'],
          severity: 'error',
          data: {
            people: '李明',
            peopleCount: 1,
            first: '区政府常务会议',
            firstStart: '2022-05-10T09:00:00+08:00',
            firstEnd: '2022-05-10T11:00:00+08:00',
            second: '市防汛工作会议',
            overlapStart: '2022-05-10T10:00:00+08:00',
            overlapEnd: '2022-05-10T11:00:00+08:00',
          },
        },
      ],
    },
    {
      name: 'two people caught in the same pair make one finding',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 11:00', attendees: [li, wang] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 10:00', attendees: [wang, li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'b/y'], people: ['li', 'wang'], data: { people: '李明、王强', peopleCount: 2 } }],
    },
    {
      name: 'tentative on either side gives a warning (STATUS, busy status, PARTSTAT)',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 18:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 's', start: '2022-05-10 09:00', attendees: [li], status: 'tentative' }),
        occ({ calendar: 'b', uid: 'b', start: '2022-05-10 11:00', attendees: [li], busy: 'tentative' }),
        occ({ calendar: 'b', uid: 'p', start: '2022-05-10 14:00', attendees: [{ address: li, partstat: 'tentative' }] }),
      ],
      findings: [
        { kind: 'tentative-overlap', occurrences: ['a/x', 'b/s'], severity: 'warning' },
        { kind: 'tentative-overlap', occurrences: ['a/x', 'b/b'] },
        { kind: 'tentative-overlap', occurrences: ['a/x', 'b/p'] },
      ],
    },
    {
      name: 'a pair firm for one person and tentative for another is a double booking',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [li, wang] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:30', attendees: [li, { address: wang, partstat: 'tentative' }] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'b/y'], people: ['li', 'wang'] }],
    },
    {
      name: 'needs-action (not yet answered) counts as busy',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [{ address: li, partstat: 'needs-action' }] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:30', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'b/y'] }],
    },
    {
      name: 'an all-day 出差 on the personal calendar makes the owner busy even when transparent',
      people,
      occurrences: [
        occ({ calendar: liPersonal, uid: 'trip', start: '2022-05-10', summary: '赴省出差', transparent: true }),
        occ({ calendar: 'city-gov', uid: 'y', start: '2022-05-10 15:00', summary: '市防汛工作会议', attendees: [li] }),
      ],
      findings: [
        {
          kind: 'double-booking',
          occurrences: ['li-personal/trip', 'city-gov/y'],
          data: { firstStart: '2022-05-10', firstEnd: '2022-05-11', secondStart: '2022-05-10T15:00:00+08:00' },
        },
      ],
    },
    {
      name: 'a configured absences selector replaces the default',
      people,
      params: { absences: { categories: '外出' } },
      occurrences: [
        occ({ calendar: liPersonal, uid: 'out', start: '2022-05-10 08:00', end: '2022-05-10 12:00', summary: '某镇', categories: ['外出'], transparent: true }),
        occ({ calendar: liPersonal, uid: 'trip', start: '2022-05-11', summary: '出差', transparent: true }),
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [li] }),
        occ({ calendar: 'a', uid: 'y', start: '2022-05-11 09:00', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['li-personal/out', 'a/x'] }],
    },
    {
      name: 'unknown attendees are people too',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', attendees: [{ address: 'mailto:Chen@shi.gov.cn', name: '陈处长' }] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-05-10 09:30', attendees: [{ address: 'MAILTO:chen@SHI.gov.cn' }] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'b/y'], people: ['unknown:chen@shi.gov.cn'] }],
    },
    {
      name: 'the organizer of an appointment without attendees and the calendar owner are participants',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', organizer: li }),
        occ({ calendar: liPersonal, uid: 'y', start: '2022-05-10 09:30' }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['a/x', 'li-personal/y'], people: ['li'] }],
    },
    {
      name: 'copies of one meeting on two calendars clash once with a third meeting (cited by the smallest key)',
      people,
      occurrences: [
        occ({ calendar: 'district-party', uid: 'same', start: '2022-05-10 09:00', attendees: [li] }),
        occ({ calendar: 'district-gov', uid: 'same', start: '2022-05-10 09:00', attendees: [li] }),
        occ({ calendar: 'city', uid: 'other', start: '2022-05-10 09:30', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['district-gov/same', 'city/other'] }],
    },
    {
      name: 'same UID at a different start (another instance) is a different meeting',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'same', recurrenceId: '2022-05-10T01:00:00Z', start: '2022-05-10 09:00', end: '2022-05-10 11:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'same', start: '2022-05-10 10:00', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['a/same/2022-05-10T01:00:00Z', 'b/same'] }],
    },
    {
      name: 'Shanghai 09:00 vs New York 21:30 the evening before (EDT) overlap by 30 minutes',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', zone: 'America/New_York', start: '2022-05-09 21:30', end: '2022-05-09 22:30', attendees: [li] }),
      ],
      findings: [
        {
          kind: 'double-booking',
          occurrences: ['a/x', 'b/y'],
          data: { secondStart: '2022-05-09T21:30:00-04:00', overlapStart: '2022-05-09T21:30:00-04:00', overlapEnd: '2022-05-09T22:00:00-04:00' },
        },
      ],
    },
    {
      name: 'times written in UTC (Google export) are reported on the calendar’s own clock',
      people,
      occurrences: [
        occ({ calendar: { id: 'google', defaultZone: 'Asia/Shanghai' }, uid: 'x', zone: 'UTC', start: '2022-04-20 07:00', end: '2022-04-20 09:00', attendees: [li] }),
        occ({ calendar: 'b', uid: 'y', start: '2022-04-20 16:00', attendees: [li] }),
      ],
      findings: [
        {
          kind: 'double-booking',
          occurrences: ['google/x', 'b/y'],
          data: { firstStart: '2022-04-20T15:00:00+08:00', firstEnd: '2022-04-20T17:00:00+08:00', overlapStart: '2022-04-20T16:00:00+08:00' },
        },
      ],
    },
    {
      name: 'a weekly meeting clashes on every instance except the one moved by an override',
      people,
      occurrences: [
        ...weekly({ calendar: 'a', uid: 'weekly', start: '2022-05-02 09:00', end: '2022-05-02 10:00', attendees: [li] }, 3, {
          1: { start: '2022-05-09 14:00', end: '2022-05-09 15:00' },
        }),
        ...weekly({ calendar: 'b', uid: 'other', start: '2022-05-02 09:30', end: '2022-05-02 10:30', attendees: [li] }, 3),
      ],
      findings: [
        { kind: 'double-booking', occurrences: ['a/weekly/2022-05-02T01:00:00Z', 'b/other/2022-05-02T01:30:00Z'] },
        { kind: 'double-booking', occurrences: ['a/weekly/2022-05-16T01:00:00Z', 'b/other/2022-05-16T01:30:00Z'] },
      ],
    },
    {
      name: 'a hand copy with different times is not a copy: a real clash',
      people,
      occurrences: [
        occ({ calendar: 'city-party', uid: 'official', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市委常委会', attendees: [li] }),
        occ({ calendar: liPersonal, uid: 'typed', start: '2022-05-10 09:30', end: '2022-05-10 11:00', summary: '市委常委会' }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['city-party/official', 'li-personal/typed'] }],
    },
    {
      name: 'the same generic title and times in two buildings are two meetings (QA-6)',
      people,
      locations: [{ name: '区政府大楼第一会议室' }, { name: '区委大楼301会议室', aliases: ['301会议室'] }],
      occurrences: [
        occ({ calendar: 'congress', uid: 'oa-5531', start: '2022-05-18 09:00', end: '2022-05-18 11:00', summary: '专题会议', location: '区政府大楼第一会议室', attendees: [li] }),
        occ({ calendar: 'cppcc', uid: 'fs-0a9c', start: '2022-05-18 09:00', end: '2022-05-18 11:00', summary: '专题会议', location: '301会议室', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['congress/oa-5531', 'cppcc/fs-0a9c'] }],
    },
    {
      name: 'UID:1 with the same title at overlapping times on two calendars, neither revised, is two meetings (QA-16)',
      people,
      occurrences: [
        occ({ calendar: 'congress', uid: '1', start: '2022-05-18 09:00', end: '2022-05-18 11:00', summary: '专题会议', attendees: [li] }),
        occ({ calendar: 'cppcc', uid: '1', start: '2022-05-18 10:00', end: '2022-05-18 12:00', summary: '专题会议', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['congress/1', 'cppcc/1'] }],
    },
    {
      name: 'a stale copy books its people at the current revision\'s time, cited as the current copy (QA-15)',
      people,
      occurrences: [
        { ...occ({ calendar: liPersonal, uid: 'm', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '专题会' }), sequence: 0 },
        { ...occ({ calendar: 'gov', uid: 'm', start: '2022-05-10 14:00', end: '2022-05-10 16:00', summary: '专题会' }), sequence: 3 },
        occ({ calendar: 'city', uid: 'visit', start: '2022-05-10 09:30', end: '2022-05-10 10:00', attendees: [li] }),
        occ({ calendar: 'city', uid: 'survey', start: '2022-05-10 14:30', end: '2022-05-10 15:00', attendees: [li] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['gov/m', 'city/survey'], people: ['li'] }],
    },
    {
      name: 'two leaders each with a copy of one meeting on their own calendars: one finding naming both, citing the office copy',
      people,
      occurrences: [
        occ({ calendar: { id: 'a-li', owner: 'li' }, uid: 'm@qu', start: '2022-05-10 09:00', end: '2022-05-10 11:00' }),
        occ({ calendar: { id: 'a-wang', owner: 'wang' }, uid: 'm@qu', start: '2022-05-10 09:00', end: '2022-05-10 11:00' }),
        occ({ calendar: 'gov', uid: 'm@qu', start: '2022-05-10 09:00', end: '2022-05-10 11:00' }),
        occ({ calendar: 'city', uid: 'x@shi', start: '2022-05-10 10:00', summary: '市防汛会', attendees: [li, wang] }),
      ],
      findings: [{ kind: 'double-booking', occurrences: ['gov/m@qu', 'city/x@shi'], people: ['li', 'wang'] }],
    },
    {
      name: 'three mutually overlapping meetings give three pairs',
      people,
      occurrences: [
        occ({ calendar: 'a', uid: '1', start: '2022-05-10 09:00', end: '2022-05-10 12:00', attendees: [li] }),
        occ({ calendar: 'a', uid: '2', start: '2022-05-10 10:00', end: '2022-05-10 11:00', attendees: [li] }),
        occ({ calendar: 'a', uid: '3', start: '2022-05-10 10:30', end: '2022-05-10 13:00', attendees: [li] }),
      ],
      findings: [
        { kind: 'double-booking', occurrences: ['a/1', 'a/2'] },
        { kind: 'double-booking', occurrences: ['a/1', 'a/3'] },
        { kind: 'double-booking', occurrences: ['a/2', 'a/3'] },
      ],
    },
  ],
});

describe('properties', () => {
  const names = ['李明', '王强', '陈处长'];
  const schedule = fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 2 }),
      startSlot: fc.integer({ min: 0, max: 20 }),
      length: fc.integer({ min: 0, max: 6 }),
      who: fc.subarray(names, { minLength: 1 }),
      tentative: fc.boolean(),
      cancelled: fc.boolean(),
      zone: fc.constantFrom('Asia/Shanghai', 'America/New_York'),
    }),
    { maxLength: 14 },
  );
  const build = (items: Generated<typeof schedule>, shiftMinutes = 0) =>
    items.map((it, i) => {
      const start = occ({ start: '2022-03-12 08:00', zone: it.zone }).start.plus({ days: it.day, minutes: it.startSlot * 30 + shiftMinutes });
      return occ({
        calendar: `c${i % 3}`,
        uid: `u${i}`,
        summary: `会议${i}`,
        zone: it.zone,
        start: start.toFormat('yyyy-MM-dd HH:mm'),
        end: start.plus({ minutes: it.length * 30 }).toFormat('yyyy-MM-dd HH:mm'),
        attendees: it.who.map((name) => ({ name, partstat: it.tentative ? 'tentative' : 'accepted' })),
        status: it.cancelled ? 'cancelled' : null,
      });
    });
  const summary = (findings: ReturnType<typeof runRule>) =>
    findings.map((f) => `${f.kind} ${f.occurrences.map((o) => o.key).join(',')} ${f.people.join(',')}`).sort();

  test('symmetric in input order and deterministic', () => {
    fc.assert(
      fc.property(schedule, (items) => {
        const occurrences = build(items);
        const forward = runRule(noDoubleBooking, { name: 'p', occurrences });
        const backward = runRule(noDoubleBooking, { name: 'p', occurrences: [...occurrences].reverse() });
        expect(summary(backward)).toEqual(summary(forward));
        expect(runRule(noDoubleBooking, { name: 'p', occurrences })).toEqual(forward);
      }),
    );
  });

  test('shifting every occurrence by the same duration changes no finding (across a DST change)', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 1, max: 60 * 24 * 3 }), (items, minutes) => {
        // Shift instants, not wall clocks: build then move each occurrence by the same duration.
        const base = build(items);
        const shifted = base.map((o) => ({ ...o, start: o.start.plus({ minutes }), end: o.end.plus({ minutes }) }));
        const kinds = (list: ReturnType<typeof runRule>) => summary(list);
        expect(kinds(runRule(noDoubleBooking, { name: 'p', occurrences: shifted }))).toEqual(
          kinds(runRule(noDoubleBooking, { name: 'p', occurrences: base })),
        );
      }),
    );
  });

  test('the sweep finds exactly the pairs a brute-force pairwise check finds', () => {
    fc.assert(
      fc.property(schedule, (items) => {
        const occurrences = build(items);
        const expected = new Set<string>();
        for (let i = 0; i < occurrences.length; i += 1) {
          for (let j = 0; j < occurrences.length; j += 1) {
            const a = occurrences[i]!;
            const b = occurrences[j]!;
            if (i === j || a.status === 'cancelled' || b.status === 'cancelled') continue;
            const shared = a.attendees.some((x) => b.attendees.some((y) => x.name === y.name));
            const first = a.start.toMillis() < b.start.toMillis() || (a.start.toMillis() === b.start.toMillis() && a.key < b.key);
            if (shared && first && overlaps(a, b)) expected.add(`${a.key},${b.key}`);
          }
        }
        const found = runRule(noDoubleBooking, { name: 'p', occurrences }).map((f) => f.occurrences.map((o) => o.key).join(','));
        expect(new Set(found)).toEqual(expected);
        expect(found.length).toBe(expected.size);
      }),
    );
  });
});
