/**
 * QA 2026c (fresh-eyes QA, round 3): room names as Feishu / DingTalk room resources and OA forms write them. Each
 * `test.failing` pins an open bug listed in /work/notes/qa-2026c.md under its QC id; flip it to `test` when fixed.
 */
import { ofKind, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';

function event(uid: string, summary: string, start: string, end: string, lines: readonly string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...lines, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  locations: [{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }],
  calendars: [{ id: 'a', file: 'a.ics', office: '区政府办', level: 'district' }, { id: 'b', file: 'b.ics', office: '区委办', level: 'district' }],
  rules: [{ id: 'v', kind: 'venue' }],
};
const a = vcalendar(event('a@jb.gov.example', '区政府专题会', '20261210T090000', '20261210T110000', ['LOCATION:区政府大楼第一会议室']));
const venues = (line: string) => ofKind(run(raw, { 'a.ics': a, 'b.ics': vcalendar(event('b@jb.gov.example', '区委专题会', '20261210T100000', '20261210T120000', [line])) }), 'venue').map((f) => f.data.location);

describe('QC-34: more spellings of a configured room (building and room joined by a hyphen, a Feishu floor prefix, a bracketed building)', () => {
  test.each(['LOCATION:区政府大楼/3F/第一会议室', 'LOCATION:区政府大楼-3F-第一会议室(20)', 'ATTENDEE;CUTYPE=RESOURCE;CN=区政府大楼-3F-第一会议室(20):mailto:r1@resource.example'])(
    'control: %s books 区政府大楼第一会议室', (line) => {
      expect(venues(line)).toEqual(['区政府大楼第一会议室']);
    });

  // QC-34: the QB-10/QB-35 readers know `楼宇-楼层-名称 (容量)` and a floor between building and room written without
  // separators, but not: building and room joined by a hyphen with no floor (区政府大楼-第一会议室), a floor prefix on the
  // room as Feishu and DingTalk name room resources (3F-第一会议室(20人), F3-第一会议室(10)) — though 第一会议室 is a configured
  // alias —, building, floor and room separated by spaces (区政府大楼 3楼 第一会议室), or the building in 【】, or the street address in brackets after the room (Apple Maps / OA address field).
  test.each([
    'LOCATION:区政府大楼-第一会议室',
    'ATTENDEE;CUTYPE=RESOURCE;CN=3F-第一会议室(20人):mailto:r1@resource.example',
    'ATTENDEE;CUTYPE=RESOURCE;CN=F3-第一会议室(10):mailto:r1@resource.example',
    'LOCATION:区政府大楼 3楼 第一会议室',
    'LOCATION:【区政府大楼】第一会议室',
    'LOCATION:区政府大楼第一会议室 (江滨区滨江路1号)',
  ])('QC-34: %s books 区政府大楼第一会议室', (line) => {
    expect(venues(line)).toEqual(['区政府大楼第一会议室']);
  });
});
