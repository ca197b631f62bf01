/**
 * QA 2026f (round 6) — rooms as map pickers write them (DingTalk/Feishu/Apple: place chosen from 高德/Apple Maps).
 * `test.failing` ones pin open bugs under their QF id (see /work/notes/qa-2026f.md).
 */
import { digest, run, vcalendar } from './harness.js';

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
  locations: [{ name: '区政府大楼第一会议室', aliases: ['区政府第一会议室'] }],
  rules: [{ id: 'rooms', kind: 'venue' }],
};

function meeting(uid: string, summary: string, start: string, end: string, location: string): string {
  return vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, `LOCATION:${location}`, 'END:VEVENT']);
}

describe('QF-14: a configured room written with its street address in front (map-picker style) or after a dash is not that room: the clash is missed', () => {
  // Picking the place from the map in DingTalk/Feishu writes the full address before the building and room
  // (`江滨区滨江路1号区政府大楼第一会议室`); an OA form joins room and address with a dash (`区政府第一会议室 - 江滨区滨江路1号`).
  // Apple's two-line form (`区政府大楼第一会议室\n江滨区滨江路1号`, guard) is read. Both meet the 区委办's meeting in the same
  // room at 09:30: the room is booked twice, and nothing says so. (QB-10/QB-35/QC-34 family, spellings not covered.)
  const other = meeting('other@qf', '区委专题会议', '20261214T093000', '20261214T103000', '区政府大楼第一会议室');

  test.each(['江滨区滨江路1号区政府大楼第一会议室', '区政府第一会议室 - 江滨区滨江路1号'])('%s and 区政府大楼第一会议室 at overlapping times: venue', (location) => {
    const gov = meeting('gov@qf', '区政府专题会议', '20261214T090000', '20261214T100000', location);
    expect(digest(run(raw, { 'gov.ics': gov, 'party.ics': other }))).toEqual(['venue rooms gov@qf other@qf']);
  });

  test('guard: Apple\'s two-line room and address is the room', () => {
    const gov = meeting('gov@qf', '区政府专题会议', '20261214T090000', '20261214T100000', '区政府大楼第一会议室\\n江滨区滨江路1号');
    expect(digest(run(raw, { 'gov.ics': gov, 'party.ics': other }))).toEqual(['venue rooms gov@qf other@qf']);
  });
});
