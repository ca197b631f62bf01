/**
 * Invariants of the page's data on generated schedules (two days around New York's spring-forward
 * night, meetings written in Shanghai and New York, all-day absences, copies on several calendars,
 * every PARTSTAT, rooms written full-width): whatever the input, what the page draws for a finding is
 * what the finding says.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { checkOccurrences } from '../../../src/check/check-occurrences.js';
import { buildPageData, type OccurrenceRow } from '../../../src/report/html/page-data.js';
import { renderHtmlReport } from '../../../src/report/html/render-html-report.js';
import { propertyParameters, SCHEDULE_PEOPLE, scheduleArb } from '../../helpers/arbitraries.js';
import { kindCounter, toOccurrences } from '../../properties/internal/schedule.js';

const WINDOW = { from: '2022-03-13', to: '2022-03-14' };
const settings = {
  timezone: 'Asia/Shanghai',
  people: SCHEDULE_PEOPLE,
  rules: [
    { id: 'people', kind: 'no-double-booking' as const },
    { id: 'rooms', kind: 'venue' as const },
  ],
};

describe('buildPageData on generated schedules', () => {
  test('each finding’s meetings are rows with its summaries and starts; its people are in their lanes (or a copy’s); a room clash shares a room lane', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(scheduleArb({ maxMeetings: 12 }), (schedule) => {
        const { occurrences } = toOccurrences(schedule);
        const report = checkOccurrences({ occurrences, config: settings, window: WINDOW });
        const data = buildPageData({ report, occurrences, people: SCHEDULE_PEOPLE }, 'en');
        const origin = DateTime.fromISO(`${WINDOW.from}T00:00`, { zone: settings.timezone }).toMillis();
        expect(data.occurrences).toHaveLength(occurrences.length);
        const starts = data.occurrences.map((r) => r[1]);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        report.findings.forEach((finding, i) => {
          const drawn = data.findings[i];
          expect(drawn?.id).toBe(finding.id);
          const rows = (drawn?.occurrences ?? []).map((r) => data.occurrences[r] as OccurrenceRow);
          expect(rows.map((r) => data.strings[r[5]])).toEqual(finding.occurrences.map((o) => o.summary));
          const byKey = new Map(occurrences.map((o) => [o.key, o] as const));
          expect(rows.map((r) => r[1])).toEqual(
            finding.occurrences.map((o) => Math.round(((byKey.get(o.key)?.start.toMillis() ?? Number.NaN) - origin) / 60_000)),
          );
          if (finding.kind === 'double-booking' || finding.kind === 'tentative-overlap') {
            // The person takes part in each meeting through the cited occurrence or a copy of it
            // (same group) on another calendar — their own schedule, say — which their lane shows.
            const peopleOfGroup = (row: OccurrenceRow) => data.occurrences.filter((r) => r[10] === row[10]).flatMap((r) => r[11]);
            for (const person of drawn?.people ?? []) for (const row of rows) expect(peopleOfGroup(row)).toContain(person);
          }
          if (finding.kind === 'venue') {
            const roomsOfGroup = (row: OccurrenceRow | undefined) => data.occurrences.filter((r) => r[10] === row?.[10]).flatMap((r) => r[12]);
            const [a, b] = rows;
            expect(roomsOfGroup(a).some((room) => roomsOfGroup(b).includes(room))).toBe(true);
          }
        });
        seen.add(report.findings);
      }),
      propertyParameters(150),
    );
    expect(seen.count('double-booking')).toBeGreaterThan(0);
    expect(seen.count('venue')).toBeGreaterThan(0);
  });

  test('the page does not depend on the order the occurrences come in', () => {
    fc.assert(
      fc.property(scheduleArb({ maxMeetings: 10 }), fc.func(fc.integer()), (schedule, key) => {
        const { occurrences } = toOccurrences(schedule);
        const report = checkOccurrences({ occurrences, config: settings, window: WINDOW });
        // Calendars keep the caller's order (the config's): occurrences are shuffled within it.
        const calendars = [...new Set(occurrences.map((o) => o.calendar.id))];
        const shuffled = occurrences
          .map((o, i) => ({ o, k: key(i) }))
          .sort((a, b) => a.k - b.k)
          .map(({ o }) => o)
          .sort((a, b) => calendars.indexOf(a.calendar.id) - calendars.indexOf(b.calendar.id));
        expect(renderHtmlReport({ report, occurrences: shuffled, people: SCHEDULE_PEOPLE })).toBe(
          renderHtmlReport({ report, occurrences, people: SCHEDULE_PEOPLE }),
        );
      }),
      propertyParameters(60),
    );
  });
});
