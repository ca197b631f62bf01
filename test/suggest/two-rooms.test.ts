/**
 * suggestSlots for a meeting that books two rooms — its LOCATION and a room booked as
 * ATTENDEE;CUTYPE=ROOM (RFC 5545 §3.2.3), as Outlook writes a 主会场 with a 分会场 — must keep both
 * free (issue 6). The property's oracle does not use the rules: it reads the other meetings' rooms
 * by hand and walks every grid point.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { prepareCheck } from '../../src/check/check-proposal.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { proposalFromOccurrence } from '../../src/suggest/proposal-from-occurrence.js';
import { suggestSlots } from '../../src/suggest/suggest-slots.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { occurrence, SHANGHAI, type AttendeeSpec, type OccurrenceSpec } from '../helpers/occurrence.js';

const locations = [{ name: '区委大楼301会议室', aliases: ['301会议室', 'mailto:room301@qu.gov.cn'] }, { name: '区委大楼302会议室', aliases: ['302会议室'] }];
const rules: readonly RuleConfig[] = [{ id: 'rooms', kind: 'venue' }];
const config = { timezone: SHANGHAI, locations, rules };
const window = { from: '2022-05-09', to: '2022-05-13' };

/** The moved meeting: 301 as its LOCATION, 302 as a room attendee; nobody invited, so only rooms bind it. */
const meeting: OccurrenceSpec = {
  calendar: 'district',
  uid: 'video',
  summary: '全区视频调度会',
  start: '2022-05-09 09:00',
  end: '2022-05-09 10:00',
  location: '区委大楼301会议室',
  attendees: [{ name: '302会议室', cutype: 'room' }],
};

function search(others: readonly OccurrenceSpec[], options: Parameters<typeof suggestSlots>[2] = {}) {
  const occurrences = [occurrence(meeting), ...others.map((o) => occurrence(o))];
  const prepared = prepareCheck({ occurrences, config, window });
  return suggestSlots(proposalFromOccurrence(occurrences[0]!), prepared, { from: '2022-05-09', ...options });
}

describe('suggestSlots: a meeting in two rooms', () => {
  test('the second room (CUTYPE=ROOM) taken 09:00–11:00 and the LOCATION 11:00–12:00 → the first slot is 12:00', () => {
    const result = search([
      { calendar: 'party', uid: 'a', summary: '党组会', start: '2022-05-09 08:30', end: '2022-05-09 11:00', location: '302会议室' },
      { calendar: 'gov', uid: 'b', summary: '常务会', start: '2022-05-09 11:00', end: '2022-05-09 12:00', location: '301会议室' },
    ]);
    expect(result.conflicts.map((f) => [f.kind, f.kind === 'venue' ? f.data.location : null])).toEqual([['venue', '区委大楼302会议室']]);
    expect(result.slots.map((s) => s.start)).toEqual(['2022-05-09T12:00:00+08:00', '2022-05-09T12:30:00+08:00', '2022-05-09T13:00:00+08:00']);
    expect(result.slots[0]!.satisfied).toContainEqual({ kind: 'venue', rule: 'rooms' });
  });

  test('a room booked elsewhere by its address (an alias of 301) blocks too', () => {
    const result = search(
      [{ calendar: 'party', uid: 'a', summary: '党组会', start: '2022-05-09 08:30', end: '2022-05-09 10:30', attendees: [{ name: '三楼会议室', address: 'mailto:room301@qu.gov.cn', cutype: 'room' }] }],
      { count: 1 },
    );
    expect(result.slots.map((s) => s.start)).toEqual(['2022-05-09T10:30:00+08:00']);
  });

  test('the second room taken all of the search → no slot (window-end), never a slot in a taken room', () => {
    const result = search([{ calendar: 'party', uid: 'a', summary: '封闭培训', start: '2022-05-09 00:00', end: '2022-05-14 00:00', location: '302会议室' }]);
    expect(result.slots).toEqual([]);
    expect(result.reason).toBe('window-end');
  });

  describe('properties', () => {
    const rooms = ['区委大楼301会议室', '301会议室', 'mailto:room301@qu.gov.cn', '302会议室', '大会堂'];
    /** Canonical room of a name, as the config's aliases say (the oracle's own reading). */
    const canonical = (name: string): string => (name === '301会议室' || name === 'mailto:room301@qu.gov.cn' ? '区委大楼301会议室' : name === '302会议室' ? '区委大楼302会议室' : name);
    const booking = fc.record({
      day: fc.integer({ min: 9, max: 13 }),
      slot: fc.integer({ min: 16, max: 23 }),
      length: fc.integer({ min: 1, max: 6 }),
      room: fc.constantFrom(...rooms),
      asAttendee: fc.boolean(),
      free: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    });

    test('every suggested slot leaves both rooms free, and no earlier grid slot with both free is skipped (mornings 09:00–12:00, rooms booked 08:00–14:30)', () => {
      fc.assert(
        fc.property(fc.array(booking, { maxLength: 14 }), fc.integer({ min: 1, max: 4 }), (bookings, length) => {
          const others: OccurrenceSpec[] = bookings.map((b, i) => {
            const start = DateTime.fromISO(`2022-05-${String(b.day).padStart(2, '0')}`, { zone: SHANGHAI }).plus({ minutes: b.slot * 30 });
            const room: AttendeeSpec = b.room.startsWith('mailto:') ? { address: b.room, cutype: 'room' } : { name: b.room, cutype: 'room' };
            return {
              calendar: `c${i % 3}`,
              uid: `b${i}`,
              summary: `会议${i}`,
              start: start.toFormat('yyyy-MM-dd HH:mm'),
              end: start.plus({ minutes: b.length * 30 }).toFormat('yyyy-MM-dd HH:mm'),
              ...(b.asAttendee ? { attendees: [room] } : { location: b.room }),
              ...(b.free && { busy: 'free' as const }),
            };
          });
          const taken = others
            .map((o, i) => ({ o: occurrence(o), b: bookings[i]! }))
            .filter(({ o, b }) => !b.free && ['区委大楼301会议室', '区委大楼302会议室'].includes(canonical(b.room)) && o.end > o.start);
          const busy = (start: number, end: number): boolean => taken.some(({ o }: { o: Occurrence }) => o.start.toMillis() < end && o.end.toMillis() > start);
          const ms = length * 30 * 60_000;
          const moved: OccurrenceSpec = { ...meeting, end: DateTime.fromISO('2022-05-09T09:00', { zone: SHANGHAI }).plus({ milliseconds: ms }).toFormat('yyyy-MM-dd HH:mm') };
          const occurrences = [occurrence(moved), ...others.map((o) => occurrence(o))];
          const prepared = prepareCheck({ occurrences, config, window });
          const result = suggestSlots(proposalFromOccurrence(occurrences[0]!), prepared, { from: '2022-05-09', to: '2022-05-13', hours: { start: '09:00', end: '12:00' }, workingDays: false, count: 3 });

          const got = result.slots.map((s) => DateTime.fromISO(s.start).toMillis());
          for (const start of got) expect(busy(start, start + ms)).toBe(false);
          // Brute force over the whole grid: every 30 minutes from 09:00, the meeting over by 12:00, each day.
          const expected: number[] = [];
          for (let day = 9; day <= 13; day += 1) {
            const morning = DateTime.fromISO(`2022-05-${String(day).padStart(2, '0')}T09:00`, { zone: SHANGHAI }).toMillis();
            for (let t = morning; t + ms <= morning + 3 * 3_600_000; t += 30 * 60_000) if (expected.length < 3 && !busy(t, t + ms)) expected.push(t);
          }
          expect(got).toEqual(expected);
        }),
        propertyParameters(60),
      );
    });
  });
});
