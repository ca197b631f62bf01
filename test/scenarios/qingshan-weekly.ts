/**
 * 青山区政府办's weekly 区政府常务会议 (Mondays 09:00–11:30 from 1 June 2026, Beijing time, 李明 attending): the series
 * the scenarios about edited instances (qa-2026l-series, revision-fix-this-and-future) move, cancel and copy.
 */

/** The series' UID, shared by every copy and override of it. */
export const UID = 'qs-gov-weekly@qs.gov.example';

/** A VEVENT of the series with the given lines (times, RRULE, RECURRENCE-ID, SEQUENCE …). */
export const head = (...lines: string[]): string[] => ['BEGIN:VEVENT', `UID:${UID}`, 'DTSTAMP:20260601T000000Z', 'SUMMARY:区政府常务会议', 'LOCATION:区政府大楼第一会议室', 'ATTENDEE;PARTSTAT=ACCEPTED:mailto:liming@qs.gov.example', ...lines, 'END:VEVENT'];

/** Every Monday 09:00–11:30 from 1 June, in Beijing time. */
export const series = (...lines: string[]): string[] => head('DTSTART;TZID=Asia/Shanghai:20260601T090000', 'DTEND;TZID=Asia/Shanghai:20260601T113000', 'RRULE:FREQ=WEEKLY;BYDAY=MO', ...lines);

/** An override: `recurrenceId` is the property's text after its name (`;TZID=Asia/Shanghai:20260615T090000`). */
export const override = (recurrenceId: string, start: string, end: string, ...lines: string[]): string[] =>
  head(`RECURRENCE-ID${recurrenceId}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...lines);
