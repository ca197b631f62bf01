/**
 * QA 2026l (calendars that change): iTIP messages saved next to the office calendars — the .ics attachment of a
 * cancellation (METHOD:CANCEL, RFC 5546 §3.2.5), of an update (METHOD:REQUEST) and of a reply (METHOD:REPLY) — as a
 * 区政府办 clerk drops them into the check's folder. README "Saved cancellations", "Revisions and damage",
 * `no-double-booking` ("His own answer"). Bugs are `test.failing` pins named QL-n (/work/notes/qa-2026l.md).
 */
import { digest, run, vcalendar } from './harness.js';
import { people } from './qingshan-people.js';
import type { Report } from '../../src/index.js';

const calendars = [
  { id: 'qs-gov', file: 'qs-gov.ics', office: '青山区政府办', level: 'district' },
  { id: 'mail', file: 'mail.ics', office: '青山区政府办', level: 'district' },
  { id: 'li-diary', file: 'li-diary.ics', office: '青山区政府办', level: 'district', owner: 'li' },
];
const config = { timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' }, calendars, people, rules: [{ id: 'booking', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }] };

const event = (uid: string, summary: string, start: string, end: string, ...lines: string[]): string[] =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260601T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...lines, 'END:VEVENT'];
const li = (partstat = 'ACCEPTED'): string => `ATTENDEE;PARTSTAT=${partstat}:mailto:liming@qs.gov.example`;
const wang = (partstat = 'ACCEPTED'): string => `ATTENDEE;PARTSTAT=${partstat}:mailto:wangfang@qs.gov.example`;
const ORGANIZER = 'ORGANIZER;CN=青山区政府办:mailto:zfb@qs.gov.example';

const MEETING = 'meeting-0615@qs.gov.example';
/** 专题协调会, 15 June 09:00–11:30 in 区政府大楼第一会议室, 李明 and 王芳 invited. */
const meeting = (...lines: string[]): string[] => event(MEETING, '城市更新专题协调会', '20260615T090000', '20260615T113000', ORGANIZER, 'LOCATION:区政府大楼第一会议室', li(), wang(), ...lines);
const liBusy = event('li-visit@qs.gov.example', '接待市发改委调研组', '20260615T093000', '20260615T110000', 'LOCATION:青石镇', li());
const wangBusy = event('wang-visit@qs.gov.example', '东城街道现场办公', '20260615T093000', '20260615T110000', 'LOCATION:东城街道', wang());
const roomTaken = event('room-0615@qs.gov.example', '区住建局业务培训', '20260615T093000', '20260615T110000', 'LOCATION:区政府大楼第一会议室');

function files(gov: readonly string[][], mail: readonly string[][], method: string, diary: readonly string[][] = []): Record<string, string> {
  return {
    'qs-gov.ics': vcalendar(gov.flat(), ['X-WR-TIMEZONE:Asia/Shanghai']),
    'mail.ics': vcalendar(mail.flat(), ['X-WR-TIMEZONE:Asia/Shanghai', `METHOD:${method}`]),
    'li-diary.ics': vcalendar(diary.flat(), ['X-WR-TIMEZONE:Asia/Shanghai']),
  };
}
const codes = (report: Report): string[] => report.problems.map((p) => p.code);

describe('a cancellation e-mail saved as mail.ics', () => {
  test('guard: SEQUENCE raised and STATUS:CANCELLED: the meeting books nobody and no room', () => {
    expect(digest(run(config, files([meeting(), liBusy, wangBusy, roomTaken], [meeting('SEQUENCE:1', 'STATUS:CANCELLED')], 'CANCEL')))).toEqual([]);
  });

  test('guard: an older cancellation (SEQUENCE 1) of a meeting re-sent since (SEQUENCE 2): the meeting stands', () => {
    const report = run(config, files([meeting('SEQUENCE:2'), liBusy], [meeting('SEQUENCE:1', 'STATUS:CANCELLED')], 'CANCEL'));
    expect(digest(report)).toEqual([`double-booking booking li-visit@qs.gov.example ${MEETING}`]);
  });

  // QL-3 (major, fixed: a saved cancellation outranks same-SEQUENCE copies): a cancellation that keeps the invitation's SEQUENCE (Google and DingTalk send CANCEL at the SEQUENCE the
  // meeting had) takes nothing away: the 区政府办's own copy (same SEQUENCE, confirmed) still books 李明, 王芳 and the room.
  // README "Saved cancellations": "A file saved from a cancellation e-mail (METHOD:CANCEL, RFC 5546 §3.2.5) takes its
  // meetings away from those it lists: with STATUS:CANCELLED the whole meeting is cancelled".
  test('QL-3: STATUS:CANCELLED at the invitation\'s own SEQUENCE (0): the meeting books nobody and no room', () => {
    expect(digest(run(config, files([meeting(), liBusy, wangBusy, roomTaken], [meeting('STATUS:CANCELLED')], 'CANCEL')))).toEqual([]);
  });

  test('QL-3: an uninvitation of 李明 (no STATUS) at the invitation\'s SEQUENCE: 李明 is not booked, 王芳 is', () => {
    const uninvite = event(MEETING, '城市更新专题协调会', '20260615T090000', '20260615T113000', ORGANIZER, li('NEEDS-ACTION'));
    const report = run(config, files([meeting(), liBusy, wangBusy], [uninvite], 'CANCEL'));
    expect(digest(report)).toEqual([`double-booking booking ${MEETING} wang-visit@qs.gov.example`]);
  });

  test('guard: the uninvitation with SEQUENCE raised: 李明 is not booked, 王芳 is', () => {
    const uninvite = event(MEETING, '城市更新专题协调会', '20260615T090000', '20260615T113000', ORGANIZER, 'SEQUENCE:1', li('NEEDS-ACTION'));
    const report = run(config, files([meeting(), liBusy, wangBusy], [uninvite], 'CANCEL'));
    expect(digest(report)).toEqual([`double-booking booking ${MEETING} wang-visit@qs.gov.example`]);
  });
});

describe('one sitting of a weekly series cancelled or moved by a saved e-mail', () => {
  const WEEKLY = 'weekly@qs.gov.example';
  const weekly = event(WEEKLY, '区政府常务会议', '20260601T090000', '20260601T113000', ORGANIZER, 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'LOCATION:区政府大楼第一会议室', li(), wang());
  const sitting = (start: string, end: string, ...lines: string[]): string[] =>
    event(WEEKLY, '区政府常务会议', start, end, ORGANIZER, 'RECURRENCE-ID;TZID=Asia/Shanghai:20260615T090000', li(), wang(), ...lines);

  test('the CANCEL for the 15th (RECURRENCE-ID, SEQUENCE 1): that sitting books nobody', () => {
    expect(digest(run(config, files([weekly, liBusy], [sitting('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')], 'CANCEL')))).toEqual([]);
  });

  test('the REQUEST moving the 15th to the 16th (SEQUENCE 1): the clash moves with it', () => {
    const liTuesday = event('li-tue@qs.gov.example', '安全生产督导检查', '20260616T093000', '20260616T110000', 'LOCATION:青石镇', li());
    const report = run(config, files([weekly, liBusy, liTuesday], [sitting('20260616T090000', '20260616T113000', 'SEQUENCE:1')], 'REQUEST'));
    expect(digest(report)).toEqual([`double-booking booking li-tue@qs.gov.example ${WEEKLY}@2026-06-15T01:00:00Z`]);
  });

  // QL-4 (minor, fixed: the check drops the warning when another calendar holds the series): the saved e-mail of one sitting holds its override alone, and its series is on the 区政府办's calendar
  // (where it is applied: tests above); still each such file gets an `orphan-override` warning, "找不到此例外…所属的重复日程，
  // 已作为单次日程载入" — neither true (the series is loaded, the sitting is not read as a single event) nor something
  // the clerk can fix. README does not mention orphan-override; "How loading treats real-world calendars" says an
  // override in another file is judged against the series' other copies.
  test('QL-4: no orphan-override warning for a sitting whose series another calendar holds', () => {
    const report = run(config, files([weekly, liBusy], [sitting('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')], 'CANCEL'));
    expect(codes(report)).not.toContain('orphan-override');
  });

  test('guard: an override whose series is nowhere is orphan-override (warning) and one meeting', () => {
    const report = run(config, files([liBusy], [sitting('20260616T090000', '20260616T113000', 'SEQUENCE:1')], 'REQUEST'));
    expect(codes(report)).toContain('orphan-override');
  });
});

describe('answers', () => {
  test('李明 declined on his diary (SEQUENCE 0) while the office moved nothing but raised SEQUENCE to 1: his old answer no longer counts — booked', () => {
    // README: "A stale copy (lower SEQUENCE) is no answer to the current revision."
    const report = run(config, files([meeting('SEQUENCE:1'), liBusy], [], 'REQUEST', [meeting('SEQUENCE:0').map((l) => l.replace(li(), li('DECLINED')))]));
    expect(digest(report)).toEqual([`double-booking booking li-visit@qs.gov.example ${MEETING}`]);
  });

  test('the office copy says 李明 DECLINED (SEQUENCE 1), his diary still ACCEPTED at SEQUENCE 0: not booked', () => {
    const report = run(config, files([meeting('SEQUENCE:1').map((l) => l.replace(li(), li('DECLINED'))), liBusy], [], 'REQUEST', [meeting('SEQUENCE:0')]));
    expect(digest(report)).toEqual([]);
  });

  test('one sitting declined on his diary by an override with PARTSTAT=DECLINED: not booked that Monday', () => {
    const WEEKLY = 'weekly@qs.gov.example';
    const weekly = event(WEEKLY, '区政府常务会议', '20260601T090000', '20260601T113000', ORGANIZER, 'RRULE:FREQ=WEEKLY;BYDAY=MO', 'LOCATION:区政府大楼第一会议室', li(), wang());
    const declined = event(WEEKLY, '区政府常务会议', '20260615T090000', '20260615T113000', ORGANIZER, 'RECURRENCE-ID;TZID=Asia/Shanghai:20260615T090000', 'LOCATION:区政府大楼第一会议室', li('DECLINED'), wang());
    const report = run(config, files([weekly, liBusy], [], 'REQUEST', [weekly, declined]));
    expect(digest(report)).toEqual([]);
  });
});
