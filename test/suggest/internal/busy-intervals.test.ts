/**
 * busyIntervals: the stretches the search jumps over. A start-only booking (DTSTART with no end, an OA export's
 * 会议时间：下午5:30) holds its point, as `time/interval.ts` and the rules read an instant (QB-34), and a start-only
 * meeting runs into what holds its start.
 */
import { prepareCheck, proposalOccurrence } from '../../../src/check/check-proposal.js';
import { busyIntervals } from '../../../src/suggest/internal/busy-intervals.js';
import { suggestSlots } from '../../../src/suggest/suggest-slots.js';
import { at, occurrence } from '../../helpers/occurrence.js';
import { calendarInfos, calendars, settings } from '../../check/scenario.js';

const window = { from: '2022-05-09', to: '2022-05-13' };
const ms = (text: string) => at(text).toMillis();

describe('busyIntervals with instants', () => {
  // 李明 at a start-only 碰头会 at 10:00 and a meeting 14:00–15:00 (both on the district calendar, as attendee).
  const existing = [
    occurrence({ calendar: calendars.district, uid: 'point', summary: '碰头会', start: '2022-05-10 10:00', end: '2022-05-10 10:00', attendees: ['李明'] }),
    occurrence({ calendar: calendars.district, uid: 'hour', summary: '专题会', start: '2022-05-10 14:00', end: '2022-05-10 15:00', attendees: ['李明'] }),
  ];
  const prepared = prepareCheck({ occurrences: existing, config: settings, window, calendars: calendarInfos });
  const meeting = (start: string, end: string) =>
    proposalOccurrence({ calendar: 'city', summary: '市防汛会议', start: at(start), end: at(end), attendees: ['李明'] }, calendarInfos.find((c) => c.id === 'city')!);
  const from = ms('2022-05-09 00:00');
  const to = ms('2022-05-14 00:00');

  test('a start-only booking is a stretch of its point: a slot holding 10:00 runs into it, one ending at 10:00 does not', () => {
    const busy = busyIntervals(prepared, meeting('2022-05-10 09:00', '2022-05-10 09:30'), from, to);
    expect(busy.size).toBe(2);
    expect(busy.blockedUntil(ms('2022-05-10 09:30'), 30 * 60_000)).toBeNull();
    expect(busy.blockedUntil(ms('2022-05-10 09:45'), 30 * 60_000)).toBe(ms('2022-05-10 10:00') + 1);
    expect(busy.blockedUntil(ms('2022-05-10 10:00'), 30 * 60_000)).toBe(ms('2022-05-10 10:00') + 1);
    expect(busy.blockedUntil(ms('2022-05-10 10:00') + 1, 30 * 60_000)).toBeNull();
  });

  test('a start-only meeting runs into what holds its start: 14:00 and 14:30, not 15:00; and into the other instant', () => {
    const busy = busyIntervals(prepared, meeting('2022-05-10 09:00', '2022-05-10 09:00'), from, to);
    expect(busy.blockedUntil(ms('2022-05-10 13:59'), 0)).toBeNull();
    expect(busy.blockedUntil(ms('2022-05-10 14:00'), 0)).toBe(ms('2022-05-10 15:00'));
    expect(busy.blockedUntil(ms('2022-05-10 14:30'), 0)).toBe(ms('2022-05-10 15:00'));
    expect(busy.blockedUntil(ms('2022-05-10 15:00'), 0)).toBeNull();
    expect(busy.blockedUntil(ms('2022-05-10 10:00'), 0)).toBe(ms('2022-05-10 10:00') + 1);
  });

  test('suggestSlots never offers a slot at an instant\'s point, and offers the one ending at it', () => {
    const search = (start: string, end: string, hours: { start: string; end: string }) =>
      suggestSlots({ calendar: 'city', summary: '市防汛会议', start: at(start), end: at(end), attendees: ['李明'] }, prepared, { from: '2022-05-10', to: '2022-05-10', count: 3, hours })
        .slots.map((s) => s.start.slice(11, 16));
    // Half an hour between 09:00 and 11:00: 10:00 holds the 碰头会.
    expect(search('2022-05-09 09:00', '2022-05-09 09:30', { start: '09:00', end: '11:00' })).toEqual(['09:00', '09:30', '10:30']);
    // Start-only, between 09:30 and 11:00: not at 10:00.
    expect(search('2022-05-09 09:00', '2022-05-09 09:00', { start: '09:30', end: '11:00' })).toEqual(['09:30', '10:30']);
    // Start-only, from 13:30: 14:00 and 14:30 are inside 专题会.
    expect(search('2022-05-09 09:00', '2022-05-09 09:00', { start: '13:30', end: '16:00' })).toEqual(['13:30', '15:00', '15:30']);
  });
});
