/**
 * The save button does not re-run the check: on a loaded year of 100 000 occurrences, one proposal
 * costs a small fraction of preparing (which costs about one full check), because it only looks at
 * what is near it in time and in its people's schedules. The figure in milliseconds is a bench
 * figure (`npm run bench`, issue 5's < 10 ms), not a timed test: on a shared CI machine both sides
 * of this ratio slow down together, an absolute budget does not (it failed at 22 ms under load).
 */
import { DateTime } from 'luxon';
import { checkProposal, prepareCheck, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { CalendarInfo } from '../../src/model/calendar.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import type { Person } from '../../src/model/person.js';
import type { RuleConfig } from '../../src/model/rule-config.js';

const ZONE = 'Asia/Shanghai';
const CALENDARS = 150;
const PER_CALENDAR = 667; // ≈ 100 000 in all
const PEOPLE = 300;
const ROOMS = 60;

/** A deterministic pseudo-random sequence (mulberry32), so the data set is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function year(): { occurrences: Occurrence[]; calendars: CalendarInfo[]; people: Person[] } {
  const next = random(20220510);
  const people: Person[] = Array.from({ length: PEOPLE }, (_, i) => ({ id: `p${i}`, name: `人员${i}`, aliases: [`mailto:p${i}@gov.cn`], roles: i % 50 === 0 ? ['总河长'] : [] }));
  const calendars: CalendarInfo[] = Array.from({ length: CALENDARS }, (_, i) => ({
    id: `c${i}`,
    name: `日历${i}`,
    office: `办公室${i % 20}`,
    level: i < 10 ? 'city' : 'district',
    owner: i < 40 ? `p${i}` : null,
    defaultZone: ZONE,
    file: `c${i}.ics`,
  }));
  const jan1 = DateTime.fromISO('2022-01-01T00:00', { zone: ZONE });
  const occurrences: Occurrence[] = [];
  for (const calendar of calendars) {
    for (let n = 0; n < PER_CALENDAR; n += 1) {
      // Shanghai keeps no daylight saving time, so days are 24 h and millisecond arithmetic is exact.
      const startMs = jan1.toMillis() + Math.floor(next() * 365) * 86_400_000 + (8 * 60 + Math.floor(next() * 20) * 30) * 60_000;
      const start = DateTime.fromMillis(startMs, { zone: ZONE });
      const attendees = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({
        address: `mailto:p${Math.floor(next() * PEOPLE)}@gov.cn`,
        name: null,
        role: 'req-participant',
        partstat: 'accepted',
        cutype: 'individual',
      }));
      const uid = `${calendar.id}-${n}`;
      occurrences.push({
        key: `${calendar.id}/${uid}`,
        calendar,
        uid,
        recurrenceId: null,
        start,
        end: DateTime.fromMillis(startMs + (30 + Math.floor(next() * 4) * 30) * 60_000, { zone: ZONE }),
        allDay: false,
        // About 20 总河长会议 a year across all calendars, as in a real district and its city.
        summary: next() < 0.0002 ? '区总河长会议' : '工作会议',
        description: null,
        location: `会议室${Math.floor(next() * ROOMS)}`,
        organizer: null,
        attendees,
        categories: [],
        status: null,
        transparent: false,
        busy: 'busy',
        relations: [],
        concepts: [],
        refIds: [],
        xProps: {},
        source: { file: calendar.file, line: 1 },
      });
    }
  }
  return { occurrences, calendars, people };
}

const rules: RuleConfig[] = [
  { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' },
  { id: 'people', kind: 'no-double-booking' },
  { id: 'travel', kind: 'travel-time' },
  { id: 'rooms', kind: 'venue' },
  { id: 'chiefs', kind: 'required-attendance', event: { summary: '区.*总河长会议' }, people: ['role:总河长'] },
];

test('checkProposal costs under 1 % of preparing (about one full check), median, on 100 000 occurrences', () => {
  const { occurrences, calendars, people } = year();
  expect(occurrences.length).toBeGreaterThanOrEqual(100_000);
  const p0 = performance.now();
  const prepared = prepareCheck({ occurrences, config: { timezone: ZONE, people, rules }, window: { from: '2022-01-01', to: '2022-12-31' }, calendars });
  const prepareMs = performance.now() - p0;
  const next = random(7);
  const times: number[] = [];
  let found = 0;
  // The first calls pay for JIT compilation, as in any long-running office tool: not measured.
  for (let i = 0; i < 110; i += 1) {
    const start = DateTime.fromISO('2022-01-01T08:00', { zone: ZONE }).plus({ days: Math.floor(next() * 365), minutes: Math.floor(next() * 16) * 30 });
    const proposal: ProposedMeeting = {
      calendar: `c${Math.floor(next() * CALENDARS)}`,
      // Every tenth proposal is a 总河长会议, so the ordering rules are exercised too.
      summary: i % 10 === 0 ? '区总河长会议' : '协调会',
      start,
      end: start.plus({ hours: 1 }),
      location: `会议室${Math.floor(next() * ROOMS)}`,
      attendees: [`p${Math.floor(next() * PEOPLE)}`, `mailto:p${Math.floor(next() * PEOPLE)}@gov.cn`],
    };
    const t0 = performance.now();
    found += checkProposal(prepared, proposal).length;
    if (i >= 10) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  // Printed for the record (jest shows it with --verbose); the assertion is the budget.
  console.log(`prepareCheck ${prepareMs.toFixed(0)} ms; checkProposal on ${occurrences.length} occurrences: median ${median.toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms, ${found} findings`);
  expect(found).toBeGreaterThan(0);
  expect(median).toBeLessThan(prepareMs / 100);
}, 120_000);
