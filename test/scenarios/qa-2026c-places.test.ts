/**
 * QA 2026c (fresh-eyes QA, round 3): rooms as district offices write them — hybrid meetings (room plus 腾讯会议 /
 * 飞书), shortened room names. Each `test.failing` pins an open bug listed in /work/notes/qa-2026c.md under its QC id;
 * flip it to `test` when the bug is fixed.
 */
import { ofKind, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';

function event(uid: string, summary: string, start: string, end: string, location: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, `LOCATION:${location}`, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  locations: [{ name: '区委大楼301会议室' }, { name: '区委大楼302会议室' }],
  calendars: [{ id: 'a', file: 'a.ics', office: '区委办', level: 'district' }, { id: 'b', file: 'b.ics', office: '区人大办', level: 'district' }],
  rules: [{ id: 'v', kind: 'venue' }],
};
const a = vcalendar(event('a@jb.gov.example', '区委专题会', '20261210T090000', '20261210T110000', '区委大楼301会议室'));
const places = (location: string) => ofKind(run(raw, { 'a.ics': a, 'b.ics': vcalendar(event('b@jb.gov.example', '人大主任会议', '20261210T100000', '20261210T113000', location)) }), 'venue').map((f) => f.data.location);

describe('QC-15: a hybrid meeting\'s LOCATION — the room plus the online part in everyday wording', () => {
  test.each(['区委大楼301会议室（腾讯会议：123 456 789）', '区委大楼301会议室；腾讯会议 123456789', '区委大楼301会议室 https://meeting.tencent.com/dm/abc', '区委大楼301会议室/线上'])(
    'control: “%s” books 区委大楼301会议室', (location) => {
      expect(places(location)).toEqual(['区委大楼301会议室']);
    });

  // QC-15: after 2020 most district meetings are hybrid, and the LOCATION says so in a handful of everyday ways. These
  // books no configured room (each stays one place of its own name): the clash with the 区委专题会 in the same room is
  // missed. The QA-3/QA-10 readers split on `；、,/` and brackets labelled 主会场/分会场, and drop URLs — not a space, a
  // plus sign, 线下：…线上：…, or a bracket that names the online service.
  test.each(['区委大楼301会议室 腾讯会议', '区委大楼301会议室+腾讯会议', '区委大楼301会议室 腾讯会议号：123-456-789', '线下：区委大楼301会议室 线上：腾讯会议', '区委大楼301会议室（线上同步：飞书视频会议）'])(
    'QC-15: “%s” books 区委大楼301会议室', (location) => {
      expect(places(location)).toEqual(['区委大楼301会议室']);
    });
});

describe('QC-16: a configured room written shorter — the building abbreviated (区委301会议室) or the 会议室 left out (区委大楼301)', () => {
  // QC-16: README (no-double-booking copies) already reads “an abbreviation — its characters in the full name, in order:
  // 区委301, 301会议室 for 区委大楼301会议室 — counts as the same room even without an alias” to decide that two entries are
  // one meeting; the venue rule does not, so two *different* meetings in 区委301会议室 and 区委大楼301会议室 at once are no clash.
  test.each(['区委301会议室', '区委大楼301', '区委大楼301室'])('QC-16: “%s” is 区委大楼301会议室 for the venue rule', (location) => {
    expect(places(location)).toEqual(['区委大楼301会议室']);
  });
});
