/**
 * Cheap OA exporters number their events (UID:1, UID:2 …) per system, so two offices' different
 * meetings can share a UID. Same UID alone must not make two different meetings one.
 */
import { digest, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example', '李明'], roles: ['区长'] }];
const cfg = {
  timezone: 'Asia/Shanghai',
  window: { from: '2022-05-01', to: '2022-05-31' },
  calendars: [
    { id: 'congress', file: 'congress.ics', office: '区人大办', level: 'district' },
    { id: 'cppcc', file: 'cppcc.ics', office: '区政协办', level: 'district' },
  ],
  people,
  locations: [{ name: '区政府大楼第一会议室' }],
  rules: [
    { id: 'people', kind: 'no-double-booking' },
    { id: 'rooms', kind: 'venue' },
  ],
};
function oa(uid: string, start: string, end: string, summary: string): string {
  // Floating times, numbered UIDs, no DTSTAMP: what a homegrown OA writes.
  return vcalendar(['BEGIN:VEVENT', `UID:${uid}`, `DTSTART:${start}`, `DTEND:${end}`, `SUMMARY:${summary}`,
    'LOCATION:区政府大楼第一会议室', 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT']);
}

describe('numbered UIDs from two OA systems', () => {
  // Regression, qa-bugs.md QA-5 (fixed): a short, numbered UID names a meeting only together with its title.
  test('UID:1 on both, different meetings, same start → double booking and venue clash', () => {
    const report = run(cfg, {
      'congress.ics': oa('1', '20220518T090000', '20220518T110000', '区人大常委会执法检查汇报会'),
      'cppcc.ics': oa('1', '20220518T090000', '20220518T103000', '区政协专题协商会'),
    });
    expect(digest(report).sort()).toEqual(['double-booking people 1 1', 'venue rooms 1 1']);
  });

  // Regression, qa-bugs.md QA-5 (fixed): the QA-1 rule (same UID = one event) holds only for globally unique UIDs or equal titles.
  test('UID:1 on both, different meetings, overlapping at different starts → double booking and venue clash', () => {
    const report = run(cfg, {
      'congress.ics': oa('1', '20220518T090000', '20220518T110000', '区人大常委会执法检查汇报会'),
      'cppcc.ics': oa('1', '20220518T100000', '20220518T113000', '区政协专题协商会'),
    });
    expect(digest(report).sort()).toEqual(['double-booking people 1 1', 'venue rooms 1 1']);
  });
});

describe('generic titles', () => {
  const gov = (uid: string, summary: string, loc: string): string =>
    vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220518T090000',
      'DTEND;TZID=Asia/Shanghai:20220518T110000', `SUMMARY:${summary}`, `LOCATION:${loc}`, 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT']);
  const two = { ...cfg, locations: [{ name: '区政府大楼第一会议室' }, { name: '区委大楼301会议室' }] };

  // Regression, qa-bugs.md QA-6 (fixed): a "retyped copy" (same summary, start, end) must not be in another room.
  test('two offices each hold a "专题会议" 09:00–11:00 in different buildings, both with 李明 → double booking', () => {
    const report = run(two, {
      'congress.ics': gov('oa-5531', '专题会议', '区政府大楼第一会议室'),
      'cppcc.ics': gov('fs-0a9c', '专题会议', '区委大楼301会议室'),
    });
    expect(digest(report)).toEqual(['double-booking people fs-0a9c oa-5531']);
  });

  test('a retyped copy with the same title and times, one without a location → still one meeting', () => {
    const noLoc = gov('fs-0a9c', '专题会议', 'X').replace('LOCATION:X\r\n', '');
    const report = run(two, { 'congress.ics': gov('oa-5531', '专题会议', '区政府大楼第一会议室'), 'cppcc.ics': noLoc });
    expect(digest(report)).toEqual([]);
  });
});

describe('numbered UIDs on two levels', () => {
  const levels = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, people,
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' }],
  };
  const one = (start: string, end: string, summary: string): string =>
    vcalendar(['BEGIN:VEVENT', 'UID:1', `DTSTART:${start}`, `DTEND:${end}`, `SUMMARY:${summary}`, 'END:VEVENT']);

  // follows keeps them apart (different calendars and levels): guard against QA-5 spreading to ordering.
  test('city UID:1 on 21 April, district UID:1 on 20 April → order', () => {
    const report = run(levels, {
      'city.ics': one('20220421T090000', '20220421T113000', '临江市总河长会议'),
      'district.ics': one('20220420T150000', '20220420T170000', '江滨区总河长会议'),
    });
    expect(digest(report)).toEqual(['order river-chief 1 1']);
  });
});
