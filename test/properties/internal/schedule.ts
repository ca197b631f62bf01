/**
 * Turns generated meetings (test/helpers/arbitraries.ts `scheduleArb`) into Occurrence values for the
 * rules, and back: which meeting an occurrence key belongs to, so that a finding citing either copy of
 * a meeting compares equal to the reference's.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import { SCHEDULE_ORIGIN, SCHEDULE_PEOPLE, type ScheduledMeeting } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';

/** The owner of calendar `cal2` (a leader's personal schedule). */
export const SCHEDULE_OWNER = 'p1';

/** The summary of a generated meeting: unique per meeting (so that no two meetings look like copies), `出差` for absences. */
export const summaryOf = (m: ScheduledMeeting): string => (m.absence ? `出差${m.index}` : `会议${m.index}`);

/** The meeting's id, shared by its copies. */
export const meetingId = (m: ScheduledMeeting): string => `m${m.index}`;

/** The occurrences of a schedule (each meeting and its copies) and the meeting id of every occurrence key. */
export function toOccurrences(meetings: readonly ScheduledMeeting[]): { readonly occurrences: Occurrence[]; readonly meetingOf: ReadonlyMap<string, string> } {
  const occurrences: Occurrence[] = [];
  const meetingOf = new Map<string, string>();
  for (const m of meetings) {
    const start = m.allDay
      ? SCHEDULE_ORIGIN.setZone(m.zone, { keepLocalTime: true }).plus({ days: m.startDay })
      : SCHEDULE_ORIGIN.plus({ minutes: m.startMinutes }).setZone(m.zone);
    const end = m.allDay ? start.plus({ days: m.allDayDays }) : start.plus({ minutes: m.lengthMinutes });
    for (const [k, calendar] of [m.calendar, ...m.copies].entries()) {
      const detail = k === 0 ? null : (m.copyDetails[k - 1] ?? null);
      const attendees = detail?.attendees ?? m.attendees;
      const base = occurrence({
        calendar: { id: `cal${calendar}`, defaultZone: m.zone, owner: calendar === 2 ? SCHEDULE_OWNER : null },
        zone: m.zone,
        uid: `evt-${m.index}-7c1e5a@tongchou.test`,
        start: m.allDay ? start.toFormat('yyyy-MM-dd') : start.toFormat('yyyy-MM-dd HH:mm'),
        summary: summaryOf(m),
        location: m.location,
        attendees: [
          ...attendees.map((a) => ({ address: SCHEDULE_PEOPLE[a.person]!.aliases![0]!, name: SCHEDULE_PEOPLE[a.person]!.name, partstat: a.partstat, role: a.role ?? 'req-participant' })),
          ...m.rooms.map((room) => ({ name: room, address: null, cutype: 'room' })),
        ],
        organizer: m.organizer === null || attendees.length > 0 ? null : { address: SCHEDULE_PEOPLE[m.organizer]!.aliases![0]!, name: SCHEDULE_PEOPLE[m.organizer]!.name },
        status: detail === null ? m.status : detail.status,
        transparent: m.transparent,
        busy: m.busy,
      });
      const o: Occurrence = { ...base, start, end, allDay: m.allDay };
      occurrences.push(o);
      meetingOf.set(o.key, meetingId(m));
    }
  }
  return { occurrences, meetingOf };
}

/** Counts finding kinds over a property's runs, to check afterwards that the generator reached each kind. */
export function kindCounter(): { add(kinds: readonly { readonly kind: string }[]): void; count(kind: string): number } {
  const seen = new Map<string, number>();
  return {
    add: (findings) => {
      for (const f of findings) seen.set(f.kind, (seen.get(f.kind) ?? 0) + 1);
    },
    count: (kind) => seen.get(kind) ?? 0,
  };
}

/**
 * Prints how often a property's generator reached each situation, when `PROPERTY_COUNTS=1` (how the
 * counts in the notes were taken: `CI=1 PROPERTY_COUNTS=1 npx jest test/properties/rules`).
 */
export function reportCounts(property: string, counts: Readonly<Record<string, number>>): void {
  if (process.env.PROPERTY_COUNTS === '1') process.stdout.write(`COUNTS ${property} ${JSON.stringify(counts)}\n`);
}

/**
 * Asserts that a generator reached each situation at least once — only when the run is the CI one
 * (fixed seed, default number of runs), whose counts `reportCounts` prints: rarer situations may be
 * missed by a random local seed with few runs, which says nothing about the rule.
 */
export function expectReached(counts: Readonly<Record<string, number>>): void {
  const fixedSeed = process.env.CI !== undefined || (process.env.FC_SEED ?? '') !== '';
  if (!fixedSeed || (process.env.FC_RUNS ?? '') !== '') return;
  // The situation's name in the failure message: `{ situation: 'mixedRings', reached: false }`.
  for (const [situation, count] of Object.entries(counts)) expect({ situation, reached: count > 0 }).toEqual({ situation, reached: true });
}
