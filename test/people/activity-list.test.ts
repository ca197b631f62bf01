/**
 * An office's 领导活动安排 (one entry per leader and activity, titled with his name, no ATTENDEE) checked
 * end to end: his own activities book him (QC-11), the list's record of a meeting he attends does not
 * double-book him with that meeting (QC-29).
 */
import { ofKind, run, vcalendar } from '../scenarios/harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}
const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }], locations: [{ name: '区政府大楼第一会议室' }],
  calendars: [{ id: 'acts', file: 'acts.ics', office: '区委办', level: 'district', name: '区领导活动安排' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'v', kind: 'venue' }],
};
const gov = vcalendar(event('g@jb', '全区河长制工作会议', '20261210T090000', '20261210T110000', [li, 'LOCATION:区政府大楼第一会议室']));

describe('a 领导活动安排 calendar checked with the meetings its leaders attend', () => {
  test.each(['李明：赴青石镇调研', '【李明】接待省调研组'])('“%s” overlapping his meeting is a double booking (QC-11)', (summary) => {
    const acts = vcalendar(event('a@jb', summary, '20261210T100000', '20261210T120000'));
    expect(ofKind(run(raw, { 'acts.ics': acts, 'gov.ics': gov }), 'double-booking')).toHaveLength(1);
  });

  test.each([
    ['李明：全区河长制工作会议', []],
    ['李明：主持召开全区河长制工作会议', []],
    ['李明：出席全区河长制工作会议', ['LOCATION:区政府大楼第一会议室']],
  ] as const)('the list\'s record “%s” of the meeting he attends is no double booking (QC-29)', (summary, extra) => {
    const acts = vcalendar(event('a@jb', summary, '20261210T090000', '20261210T110000', extra));
    expect(run(raw, { 'acts.ics': acts, 'gov.ics': gov }).findings.map((f) => f.kind).filter((k) => k === 'double-booking')).toEqual([]);
  });
});
