/**
 * An office's 领导活动安排 (one entry per leader and activity, titled with his name, no ATTENDEE) checked
 * end to end: his own activities book him (QC-11), the list's record of a meeting he attends does not
 * double-book him with that meeting (QC-29).
 */
import { createDirectory } from '../../src/people/directory.js';
import { occurrence } from '../helpers/occurrence.js';
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

describe('a record of a meeting books him when the meetings of the check hold no such meeting (QC-41)', () => {
  const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }];
  const acts = { id: 'acts', office: '区委办' };
  const gov = { id: 'gov', office: '区政府办' };
  const meeting = occurrence({ calendar: gov, uid: 'g', start: '2026-12-10 09:00', end: '2026-12-10 11:00', summary: '全区河长制工作会议', attendees: ['mailto:liming@jb.gov.example'] });
  const record = (summary: string, start = '2026-12-10 09:00', end = '2026-12-10 11:00') => occurrence({ calendar: acts, uid: 'a', start, end, summary });
  const booked = (o: ReturnType<typeof record>, meetings: readonly ReturnType<typeof record>[]) => createDirectory(people, [o, ...meetings]).participantsOf(o).map((p) => p.person.id);

  test.each([
    ['李明：出席全区河长制工作会议', [meeting], []],
    ['李明：全区河长制工作会议', [meeting], []],
    ['李明：主持召开全区河长制工作会议（扩大）', [meeting], []],
    // No such meeting loaded: the province's summons.
    ['李明：出席全省经济工作会议', [meeting], ['li']],
    ['李明：出席全区河长制工作会议', [], ['li']],
    // The meeting at another time is another day's.
    ['李明：出席全区河长制工作会议', [occurrence({ calendar: gov, uid: 'g2', start: '2026-12-11 09:00', summary: '全区河长制工作会议' })], ['li']],
    // Another list's record of it is no meeting.
    ['李明：出席全区河长制工作会议', [occurrence({ calendar: { id: 'acts2', office: '区政府办' }, uid: 'b', start: '2026-12-10 09:00', end: '2026-12-10 11:00', summary: '李明：出席全区河长制工作会议' })], ['li']],
    // A cancelled meeting is no meeting.
    ['李明：出席全区河长制工作会议', [{ ...meeting, status: 'cancelled' as const }], ['li']],
    // QD-10: the loaded meeting does not list him (the city's calendar lists the city's people), or he declined it there.
    ['李明：出席全区河长制工作会议', [{ ...meeting, attendees: [{ address: 'mailto:mayor@city.gov.example', name: '张市长', role: 'req-participant', partstat: 'accepted' as const, cutype: 'individual' }] }], ['li']],
    ['李明：出席全区河长制工作会议', [{ ...meeting, attendees: [{ address: 'mailto:liming@jb.gov.example', name: '李明', role: 'req-participant', partstat: 'declined' as const, cutype: 'individual' }] }], ['li']],
  ] as const)('%s with %j', (summary, meetings, expected) => {
    expect(booked(record(summary), meetings)).toEqual(expected);
  });

  test('without the meetings (createDirectory(people) alone) a record books nobody (QC-29)', () => {
    expect(createDirectory(people).participantsOf(record('李明：出席全省经济工作会议')).map((p) => p.person.id)).toEqual([]);
  });

  test('withMeetings: the proposal at the save button may be the record\'s meeting, and what it replaces no longer is', () => {
    const r = record('李明：出席全区河长制工作会议');
    const before = createDirectory(people, [r]);
    expect(before.participantsOf(r).map((p) => p.person.id)).toEqual(['li']);
    expect(before.withMeetings([meeting], () => false).participantsOf(r).map((p) => p.person.id)).toEqual([]);
    // A proposal at another hour is no meeting of the record's.
    const later = { ...meeting, start: meeting.start.plus({ hours: 3 }), end: meeting.end.plus({ hours: 3 }) };
    expect(before.withMeetings([later], () => false).participantsOf(r).map((p) => p.person.id)).toEqual(['li']);
    const loaded = createDirectory(people, [r, meeting]);
    expect(loaded.participantsOf(r).map((p) => p.person.id)).toEqual([]);
    expect(loaded.withMeetings([], (o) => o === meeting).participantsOf(r).map((p) => p.person.id)).toEqual(['li']);
    // The directory it came from is unchanged.
    expect(loaded.participantsOf(r).map((p) => p.person.id)).toEqual([]);
  });

  test('the answer is per occurrence, not per VEVENT: two instances of one record series', () => {
    const first = record('李明：出席全区河长制工作会议');
    const second = { ...first, key: 'acts/a#2', start: first.start.plus({ days: 1 }), end: first.end.plus({ days: 1 }) };
    const d = createDirectory(people, [first, second, meeting]);
    expect(d.participantsOf(first).map((p) => p.person.id)).toEqual([]);
    expect(d.participantsOf(second).map((p) => p.person.id)).toEqual(['li']);
  });
});

test('QD-10: a record naming two leaders gives way only for the one the meeting books', () => {
  const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }, { id: 'wang', name: '王芳' }];
  const meeting = occurrence({ calendar: { id: 'city', office: '市政府办' }, uid: 'c', start: '2026-12-10 09:00', end: '2026-12-10 12:00', summary: '全市经济工作会议', attendees: ['mailto:liming@jb.gov.example'] });
  const record = occurrence({ calendar: { id: 'acts', office: '区委办' }, uid: 'a', start: '2026-12-10 09:00', end: '2026-12-10 12:00', summary: '李明、王芳：出席全市经济工作会议' });
  expect(createDirectory(people, [meeting, record]).participantsOf(record).map((p) => p.person.id)).toEqual(['wang']);
});
