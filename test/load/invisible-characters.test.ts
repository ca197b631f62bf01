/**
 * Invisible format characters in pasted text (QC-33): titles, places and names copied from a WeChat
 * article or a Word notice carry zero-width spaces and soft hyphens that staff cannot see.
 */
import { calendar, event, load } from '../helpers/ics.js';

const SH = 'TZID=Asia/Shanghai';

describe('invisible characters are dropped from texts and names', () => {
  test('SUMMARY, LOCATION, DESCRIPTION and an attendee CN read as they look', () => {
    const result = load(
      calendar(
        event(
          'UID:z',
          `DTSTART;${SH}:20261210T090000`,
          `DTEND;${SH}:20261210T110000`,
          'SUMMARY:全区河\u200b长制工作会\u00ad议',
          'LOCATION:区政府大楼\u200d第一会议室',
          'DESCRIPTION:出席领导：李\u2060明',
          'ATTENDEE;CN=李\u200b明:mailto:liming@jb.gov.example',
        ),
      ),
    );
    const [o] = result.occurrences;
    expect([o!.summary, o!.location, o!.description, o!.attendees[0]!.name]).toEqual(['全区河长制工作会议', '区政府大楼第一会议室', '出席领导：李明', '李明']);
  });

  test('visible spaces and ordinary text are kept', () => {
    const result = load(calendar(event('UID:s', `DTSTART;${SH}:20261210T090000`, `DTEND;${SH}:20261210T110000`, 'SUMMARY:区政府 常务会议\u3000（第12次）')));
    expect(result.occurrences[0]!.summary).toBe('区政府 常务会议\u3000（第12次）');
  });
});
