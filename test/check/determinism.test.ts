/**
 * Findings, their ids and their order depend only on the input, never on the order calendars or
 * occurrences arrive in.
 */
import fc from 'fast-check';
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { occurrence } from '../helpers/occurrence.js';
import { propertyParameters } from '../helpers/arbitraries.js';
import { calendars, settings, window } from './scenario.js';

const meeting = fc.record({
  calendar: fc.constantFrom(...Object.values(calendars)),
  day: fc.integer({ min: 9, max: 13 }),
  slot: fc.integer({ min: 16, max: 38 }),
  length: fc.integer({ min: 1, max: 6 }),
  summary: fc.constantFrom('区总河长会议', '市总河长会议', '常务会议', '调研'),
  location: fc.constantFrom('301会议室', '区委大楼301会议室', '某镇河道', null),
  attendees: fc.subarray(['li', 'wang', 'mailto:zhao@qu.gov.cn', '李明']),
  tentative: fc.boolean(),
});

describe('determinism', () => {
  test('the report is the same for any order of calendars and occurrences', () => {
    fc.assert(
      fc.property(
        fc.array(meeting, { maxLength: 30 }),
        fc.func(fc.integer()),
        (meetings, rank) => {
          const occurrences = meetings.map((m, i) => {
            const start = `2022-05-${String(m.day).padStart(2, '0')} ${String(Math.floor(m.slot / 2)).padStart(2, '0')}:${m.slot % 2 === 0 ? '00' : '30'}`;
            const first = occurrence({ calendar: m.calendar, uid: `m${i}`, summary: m.summary, start, location: m.location, attendees: m.attendees, status: m.tentative ? 'tentative' : null });
            return { ...first, end: first.start.plus({ minutes: 30 * m.length }) };
          });
          // A permutation chosen by the generated function; calendars move as blocks and within them.
          const shuffled = occurrences
            .map((o, i) => ({ o, by: [rank(o.calendar.id.length), rank(i)] as const }))
            .sort((a, b) => a.by[0] - b.by[0] || a.by[1] - b.by[1])
            .map(({ o }) => o);
          const one = checkOccurrences({ occurrences, config: settings, window });
          const two = checkOccurrences({ occurrences: shuffled, config: settings, window });
          expect(two.findings.map((f) => f.id)).toEqual(one.findings.map((f) => f.id));
          expect(two).toEqual(one);
          expect(new Set(one.findings.map((f) => f.id)).size).toBe(one.findings.length);
        },
      ),
      propertyParameters(100),
    );
  });
});
