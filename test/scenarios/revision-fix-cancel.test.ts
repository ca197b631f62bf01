/**
 * Saved cancellations at the invitation's own SEQUENCE (QL-3, /work/notes/qa-2026l.md): README "Saved
 * cancellations" — a `METHOD:CANCEL` file takes its meetings away; at the same SEQUENCE it is the newer copy
 * (RFC 5546 §3.2.5: the organizer's later word) unless a LAST-MODIFIED says the other copy changed after it.
 */
import { digest, run, vcalendar } from './harness.js';
import { people } from './qingshan-people.js';

const calendars = [
  { id: 'qs-gov', file: 'qs-gov.ics', office: '青山区政府办', level: 'district' },
  { id: 'mail', file: 'mail.ics', office: '青山区政府办', level: 'district' },
];
const config = { timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' }, calendars, people, rules: [{ id: 'booking', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }] };

const event = (uid: string, summary: string, start: string, end: string, ...lines: string[]): string[] =>
  ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260601T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...lines, 'END:VEVENT'];
const li = 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:liming@qs.gov.example';
const wang = 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:wangfang@qs.gov.example';
const ORGANIZER = 'ORGANIZER;CN=青山区政府办:mailto:zfb@qs.gov.example';
const MEETING = 'meeting-0615@qs.gov.example';
const meeting = (...lines: string[]): string[] => event(MEETING, '城市更新专题协调会', '20260615T090000', '20260615T113000', ORGANIZER, 'LOCATION:区政府大楼第一会议室', li, wang, ...lines);
const liBusy = event('li-visit@qs.gov.example', '接待市发改委调研组', '20260615T093000', '20260615T110000', 'LOCATION:青石镇', li);

const files = (gov: readonly string[][], mail: readonly string[][], method = 'CANCEL'): Record<string, string> => ({
  'qs-gov.ics': vcalendar(gov.flat(), ['X-WR-TIMEZONE:Asia/Shanghai']),
  'mail.ics': vcalendar(mail.flat(), ['X-WR-TIMEZONE:Asia/Shanghai', `METHOD:${method}`]),
});

describe('QL-3: a METHOD:CANCEL at the invitation\'s SEQUENCE', () => {
  test('guard: both with LAST-MODIFIED, the cancellation\'s later: the meeting books nobody', () => {
    const report = run(config, files([meeting('LAST-MODIFIED:20260605T020000Z'), liBusy], [meeting('LAST-MODIFIED:20260610T020000Z', 'STATUS:CANCELLED')]));
    expect(digest(report)).toEqual([]);
  });

  test('guard: the office\'s copy modified after the cancellation (LAST-MODIFIED later: reinstated, OA raising no SEQUENCE): the meeting stands', () => {
    const report = run(config, files([meeting('LAST-MODIFIED:20260612T020000Z'), liBusy], [meeting('LAST-MODIFIED:20260610T020000Z', 'STATUS:CANCELLED')]));
    expect(digest(report)).toEqual([`double-booking booking li-visit@qs.gov.example ${MEETING}`]);
  });

  test('a weekly series cancelled whole (the master with its RRULE, SEQUENCE 0): no sitting books', () => {
    const weekly = (...lines: string[]): string[] => event('weekly@qs.gov.example', '区政府常务会议', '20260601T090000', '20260601T113000', ORGANIZER, 'RRULE:FREQ=WEEKLY;BYDAY=MO', li, ...lines);
    const report = run(config, files([weekly(), liBusy], [weekly('STATUS:CANCELLED')]));
    expect(digest(report)).toEqual([]);
  });

  test('guard: the same file saved from an update (METHOD:REQUEST) with STATUS:CANCELLED at the same SEQUENCE: nothing tells the copies apart, the office\'s still books', () => {
    // README no-double-booking: copies with the same SEQUENCE and nothing telling them apart both keep booking.
    const report = run(config, files([meeting(), liBusy], [meeting('STATUS:CANCELLED')], 'REQUEST'));
    expect(digest(report)).toEqual([`double-booking booking li-visit@qs.gov.example ${MEETING}`]);
  });
});
