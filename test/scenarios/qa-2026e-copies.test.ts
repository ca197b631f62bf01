/**
 * QA 2026e (round 5) — the district office's own entries of the city's summons. `test.failing` ones pin open bugs under
 * their QE id (see /work/notes/qa-2026e.md).
 */
import { digest, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2025-03-10', to: '2025-03-16' },
  people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
  locations: [{ name: '市行政中心1号楼大会堂', aliases: ['市行政中心大会堂'] }, { name: '区政府大楼第一会议室' }],
  calendars: [
    { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
  ],
  rules: [
    { id: 'safety-district', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '安全生产' }, minGap: 'PT0S', maxGap: 'P10D', cycle: 'quarter' },
    { id: 'people', kind: 'no-double-booking' },
    { id: 'rooms', kind: 'venue' },
  ],
};

const city = vcalendar([...event('city@qe', '全市安全生产工作会议', '20250311T090000', '20250311T110000', ['LOCATION:市行政中心1号楼大会堂', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`])]);
// The district's own relay, in order (after the city's meeting).
const relay = event('relay@qe', '全区安全生产工作会议', '20250312T150000', '20250312T163000', ['LOCATION:区政府大楼第一会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`]);

describe('QE-9: the district office\'s record of the 区长 attending the city meeting, with the journey (参加… 08:30–11:00 for 09:00–11:00)', () => {
  // 区政府办 enters on its own calendar 参加全市安全生产工作会议 08:30–11:00 at 市行政中心大会堂 with 李明 — the city's meeting plus
  // the 30 minutes' drive. The README reads such an entry (attending verb, the meeting's name, an agreeing place, a time
  // holding the whole meeting) as his attendance only on his personal calendar; on the office's calendar it gives an
  // `order` error (a district 安全生产 meeting held before the city's ends), a `venue` error (the hall booked twice) and a
  // `double-booking` error (李明 at the meeting and at his attendance of it).
  test('guard: the same record at the meeting\'s very times is no finding', () => {
    const gov = vcalendar([...event('rec@qe', '参加全市安全生产工作会议', '20250311T090000', '20250311T110000', ['LOCATION:市行政中心大会堂', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`]), ...relay]);
    expect(digest(run(raw, { 'city.ics': city, 'gov.ics': gov }))).toEqual([]);
  });

  test('with the journey (08:30–11:00) it is no finding either', () => {
    const gov = vcalendar([...event('rec@qe', '参加全市安全生产工作会议', '20250311T083000', '20250311T110000', ['LOCATION:市行政中心大会堂', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`]), ...relay]);
    expect(digest(run(raw, { 'city.ics': city, 'gov.ics': gov }))).toEqual([]);
  });
});

describe('QE-10: the district\'s entry of the city\'s video conference at its own 分会场 (全市安全生产工作会议（视频）in 区政府大楼第一会议室)', () => {
  // The city meeting is held by video; the district books its own room as the 分会场 and enters the meeting under the
  // city's title plus （视频）, at the very times, with 李明. The check says “李明 同时被安排在“全市安全生产工作会议”和
  // “全市安全生产工作会议（视频）”” — double-booked with the same meeting — because the two places differ (README: two
  // offices' copies in other words must name the same place). A 视频 / 分会场 entry is the one meeting seen from the branch.
  test('no double booking of 李明 between the city\'s meeting and the district\'s 视频 branch entry of it', () => {
    const gov = vcalendar([...event('video@qe', '全市安全生产工作会议（视频）', '20250311T090000', '20250311T110000', ['LOCATION:区政府大楼第一会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`]), ...relay]);
    expect(digest(run(raw, { 'city.ics': city, 'gov.ics': gov }))).toEqual([]);
  });
});
