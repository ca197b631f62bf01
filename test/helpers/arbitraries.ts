/**
 * fast-check set-up shared by every property test, and arbitraries for realistic schedules.
 *
 * Runs are reproducible: under CI (`process.env.CI`) the seed is `FC_SEED` or a constant; locally it
 * is random unless `FC_SEED` is set. fast-check prints the seed and the shrunk counterexample on a
 * failure, so `FC_SEED=<seed> npx jest <file>` replays it. `FC_RUNS` sets the number of runs for every
 * property (more for a local soak: `FC_RUNS=2000 npx jest test/properties`).
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Level } from '../../src/model/calendar.js';
import type { Person } from '../../src/model/person.js';
import type { WrittenAttendee, WrittenEvent } from './ics-writer.js';

/** The seed used under CI when `FC_SEED` is not set. */
export const CI_SEED = 20220510;

/**
 * fast-check parameters for one property.
 * @param defaultRuns - runs when `FC_RUNS` is not set; keep it small enough for the 60 s budget
 * @returns `numRuns`, and `seed` under CI or when `FC_SEED` is set
 * @example
 * fc.assert(fc.property(fc.nat(), (n) => n >= 0), propertyParameters(50));
 */
export function propertyParameters<T = unknown>(defaultRuns: number): fc.Parameters<T> {
  const runs = Number.parseInt(process.env.FC_RUNS ?? '', 10);
  const seedText = process.env.FC_SEED;
  const seed =
    seedText !== undefined && seedText !== '' ? Number.parseInt(seedText, 10) : process.env.CI ? CI_SEED : undefined;
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? runs : defaultRuns,
    ...(seed !== undefined && Number.isFinite(seed) ? { seed } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Realistic schedules


/** Zones of generated events: the users' zone and one with DST. */
export const GENERATED_ZONES = ['Asia/Shanghai', 'America/New_York'] as const;

const NAME_CHARS = ['李', '王', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '明', '华', '强', '军', '平'];
const TEXT_PIECES = ['会议', '总河长', '区委', '常委会', '专题', '调研', '，', '、', ',', ';', '\n', '\\', ':', ' ', 'Q2', '301会议室', '“落实”', '😀'];

/** Free text as office staff write it: Chinese, full- and half-width punctuation, commas, semicolons, newlines, backslashes. */
export const officeTextArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...TEXT_PIECES), { minLength: 1, maxLength: 12 })
  .map((pieces) => `${pieces.join('')}会`.replace(/^[\s\n]+/, ''));

/** A Chinese personal name (two or three characters). */
export const chineseNameArb: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...NAME_CHARS), { minLength: 2, maxLength: 3 })
  .map((chars) => chars.join(''));

/** Levels of government. */
export const levelArb: fc.Arbitrary<Level> = fc.constantFrom('central', 'province', 'city', 'district', 'township');

/** A directory of people with distinct ids, aliases (mailto and name) and roles. */
export const peopleArb: fc.Arbitrary<Person[]> = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 1, max: 999 }), chineseNameArb), { minLength: 1, maxLength: 8, selector: ([n]) => n })
  .chain((entries) =>
    fc.tuple(
      ...entries.map(([n, name]) =>
        fc.subarray(['区长', '区委书记', '总河长', '副总河长', '常务副区长'], { maxLength: 2 }).map(
          (roles): Person => ({ id: `p${n}`, name, aliases: [`mailto:p${n}@qu.gov.cn`, name], roles, office: '区政府办' }),
        ),
      ),
    ),
  );

/** An attendee as written in a file. */
export const attendeeArb: fc.Arbitrary<WrittenAttendee> = fc.record({
  name: chineseNameArb,
  address: fc.integer({ min: 1, max: 999 }).map((n) => `mailto:p${n}@qu.gov.cn`),
  role: fc.constantFrom('REQ-PARTICIPANT', 'OPT-PARTICIPANT', 'CHAIR'),
  partstat: fc.constantFrom('ACCEPTED', 'TENTATIVE', 'DECLINED', 'NEEDS-ACTION'),
});

/** What loading a generated event must give, per occurrence. */
export interface ExpectedOccurrence {
  readonly uid: string;
  /** `null`, an ISO date (all-day series) or a UTC instant `2022-05-10T01:00:00Z`. */
  readonly recurrenceId: string | null;
  /** UTC instant `…Z`, or an ISO date for all-day occurrences. */
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  readonly summary: string;
  readonly attendees: readonly string[];
}

/** A generated event (a single one, or a series with its overrides) and the occurrences it means. */
export interface GeneratedEvent {
  readonly written: readonly WrittenEvent[];
  readonly expected: readonly ExpectedOccurrence[];
}

const utc = (dt: DateTime) => dt.toUTC().toISO({ suppressMilliseconds: true }) ?? 'invalid';

/**
 * A realistic event: timed (in Asia/Shanghai or New York, including the DST-switch months, at office
 * hours so no local time is ambiguous) or all-day; single, or a DAILY/WEEKLY series with COUNT, EXDATEs
 * and one moved, retitled override; zero-length, touching (durations are whole half-hours) and long.
 * @param uid - the UID to give it
 * @returns the VEVENTs to write and the occurrences the loader must return for them
 */
export function generatedEventArb(uid: string): fc.Arbitrary<GeneratedEvent> {
  return fc
    .record({
      zone: fc.constantFrom(...GENERATED_ZONES),
      month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constantFrom(3, 11)),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 7, max: 20 }),
      minute: fc.constantFrom(0, 30),
      halfHours: fc.constantFrom(0, 1, 2, 3, 4, 48),
      allDayDays: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 4, nil: null }),
      summary: officeTextArb,
      location: fc.option(officeTextArb, { nil: null }),
      attendees: fc.uniqueArray(attendeeArb, { maxLength: 4, selector: (a) => a.address }),
      series: fc.option(
        fc.record({
          freq: fc.constantFrom('DAILY', 'WEEKLY'),
          interval: fc.integer({ min: 1, max: 2 }),
          count: fc.integer({ min: 2, max: 6 }),
          excluded: fc.uniqueArray(fc.integer({ min: 1, max: 5 }), { maxLength: 2 }),
          override: fc.option(fc.record({ index: fc.integer({ min: 1, max: 5 }), shiftHours: fc.integer({ min: -3, max: 5 }), summary: officeTextArb }), { nil: null }),
        }),
        { nil: null },
      ),
    })
    .map((g): GeneratedEvent => {
      const start = DateTime.fromObject({ year: 2022, month: g.month, day: g.day, hour: g.hour, minute: g.minute }, { zone: g.zone });
      const allDay = g.allDayDays !== null;
      const startDate = start.toISODate()!;
      const instance = (k: number) =>
        g.series === null ? start : start.plus({ days: k * g.series.interval * (g.series.freq === 'WEEKLY' ? 7 : 1) });
      const timeOf = (s: DateTime): { start: string; end: string } =>
        allDay
          ? { start: s.toISODate()!, end: s.plus({ days: g.allDayDays! }).toISODate()! }
          : { start: utc(s), end: utc(s.plus(length)) };
      // A day-long meeting is written as the same wall-clock time next day: the loader keeps a wall-clock
      // length when DTSTART and DTEND share a zone (its documented choice; RFC 5545 §3.8.5.3 would apply
      // the exact duration), so such a length stays unambiguous across DST switches.
      const length = g.halfHours === 48 ? { days: 1 } : { minutes: 30 * g.halfHours };
      const idOf = (s: DateTime) => (allDay ? s.toISODate()! : utc(s));
      const attendees = g.attendees.map((a) => a.address);
      const master: WrittenEvent = {
        uid,
        summary: g.summary,
        location: g.location,
        time: allDay
          ? { kind: 'all-day', startDate, endDate: start.plus({ days: g.allDayDays! }).toISODate()! }
          : { kind: 'timed', start, end: start.plus(length) },
        attendees: g.attendees,
        rrule: g.series === null ? null : `FREQ=${g.series.freq};INTERVAL=${g.series.interval};COUNT=${g.series.count}`,
        exdates: [],
        recurrenceId: null,
      };
      if (g.series === null) {
        return { written: [master], expected: [{ uid, recurrenceId: null, ...timeOf(start), allDay, summary: g.summary, attendees }] };
      }
      const series = g.series;
      const excluded = series.excluded.filter((k) => k < series.count);
      const override = series.override !== null && series.override.index < series.count && !excluded.includes(series.override.index) ? series.override : null;
      const expected: ExpectedOccurrence[] = [];
      const written: WrittenEvent[] = [{ ...master, exdates: excluded.map((k) => (allDay ? instance(k).toISODate()! : instance(k))) }];
      for (let k = 0; k < series.count; k++) {
        if (excluded.includes(k)) continue;
        const original = instance(k);
        if (override !== null && override.index === k) {
          // Moved by whole hours (all-day: by whole days), retitled.
          const moved = allDay ? original.plus({ days: override.shiftHours }) : original.plus({ hours: override.shiftHours });
          written.push({
            ...master,
            summary: override.summary,
            rrule: null,
            recurrenceId: allDay ? original.toISODate()! : original,
            time: allDay
              ? { kind: 'all-day', startDate: moved.toISODate()!, endDate: moved.plus({ days: g.allDayDays! }).toISODate()! }
              : { kind: 'timed', start: moved, end: moved.plus(length) },
          });
          expected.push({ uid, recurrenceId: idOf(original), ...timeOf(moved), allDay, summary: override.summary, attendees });
        } else {
          expected.push({ uid, recurrenceId: idOf(original), ...timeOf(original), allDay, summary: g.summary, attendees });
        }
      }
      return { written, expected };
    });
}

/** A calendar of 1–8 generated events with distinct UIDs. */
export const generatedCalendarArb: fc.Arbitrary<readonly GeneratedEvent[]> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => generatedEventArb(`e${i}-${'总'.repeat(i % 2)}@tongchou.test`))));

// ---------------------------------------------------------------------------------------------
// Schedules of occurrences for the rules' brute-force references (test/properties/rules)

/**
 * People of generated schedules: directory ids `p1`…`p5`, written on calendars as `mailto:pN@qu.gov.cn`.
 * Calendar `cal2` of a generated schedule is `p1`'s personal schedule (its owner).
 */
export const SCHEDULE_PEOPLE: readonly Person[] = [1, 2, 3, 4, 5].map((n) => ({
  id: `p${n}`,
  name: NAME_CHARS[n]! + NAME_CHARS[n + 5]!,
  aliases: [`mailto:p${n}@qu.gov.cn`],
  roles: n <= 2 ? ['总河长'] : n === 3 ? ['区长'] : [],
  office: n % 2 === 0 ? '区委办' : '区政府办',
}));

/** Places of generated schedules; `３０１会议室` (full-width digits) is the same room as `301会议室` (NFKC). */
export const SCHEDULE_PLACES = ['301会议室', '３０１会议室', '302会议室', '区政府大楼第一会议室', '市行政中心大会堂'] as const;

/** The canonical place of a generated place name (what the reference compares). */
export const canonicalPlace = (name: string): string => name.normalize('NFKC');

/** One generated meeting, before it becomes one or more Occurrence values. */
export interface ScheduledMeeting {
  readonly index: number;
  /** Calendar index (0 … calendars − 1). */
  readonly calendar: number;
  /** The zone its times are written in (a DST zone included); instants are what matter. */
  readonly zone: (typeof GENERATED_ZONES)[number];
  /** Start as minutes after the schedule's origin (timed), or day offset (all-day). */
  readonly startMinutes: number;
  readonly lengthMinutes: number;
  /** All-day: a date-valued occurrence of `allDayDays` days starting `startDay` days after the origin date. */
  readonly allDay: boolean;
  readonly startDay: number;
  readonly allDayDays: number;
  readonly absence: boolean;
  readonly attendees: readonly { readonly person: number; readonly partstat: string; readonly role?: string }[];
  /** ORGANIZER (a person index), written only on meetings with no ATTENDEE line at all (README: it then takes part). */
  readonly organizer: number | null;
  readonly status: 'tentative' | 'confirmed' | 'cancelled' | null;
  readonly transparent: boolean;
  readonly busy: 'busy' | 'tentative' | 'free' | 'oof' | 'working-elsewhere';
  readonly location: string | null;
  readonly rooms: readonly string[];
  /** Other calendars holding a copy (same UID, start, end, summary). */
  readonly copies: readonly number[];
  /**
   * Per copy, what it says differently (a leader's own calendar lists only the leader; one copy was
   * cancelled, the other not yet); `null` = the same as the original.
   */
  readonly copyDetails: readonly ({ readonly attendees: readonly { readonly person: number; readonly partstat: string; readonly role?: string }[]; readonly status: 'tentative' | 'confirmed' | 'cancelled' | null } | null)[];
}

/** Options of {@link scheduleArb}. */
export interface ScheduleOptions {
  readonly calendars?: number;
  readonly maxMeetings?: number;
  /** Days the meetings spread over (timed ones on a 30-minute grid from 07:00 to 21:00 Shanghai time). */
  readonly days?: number;
  /** Share of all-day occurrences (0…1). */
  readonly allDayShare?: number;
  /** Whether copies may list other attendees and another STATUS than the original. */
  readonly copiesDiffer?: boolean;
}

/**
 * A schedule of meetings on a 30-minute grid of instants, so that touching (end = next start), nested,
 * equal and zero-length intervals are common; written in Asia/Shanghai or America/New_York (the origin
 * is the night New York springs forward, 2022-03-13); all-day absences (出差, 请假) and meetings;
 * cancelled, tentative, transparent, FREE and WORKINGELSEWHERE occurrences; attendees with every
 * PARTSTAT; LOCATION and CUTYPE=ROOM rooms (one written with full-width digits); copies of a meeting
 * on other calendars.
 */
export function scheduleArb(options: ScheduleOptions = {}): fc.Arbitrary<readonly ScheduledMeeting[]> {
  const calendars = options.calendars ?? 3;
  const days = options.days ?? 2;
  const allDayShare = options.allDayShare ?? 0.12;
  const attendeesArb = fc.uniqueArray(
    fc.record({
      person: fc.integer({ min: 0, max: SCHEDULE_PEOPLE.length - 1 }),
      partstat: fc.constantFrom('accepted', 'accepted', 'accepted', 'needs-action', 'tentative', 'declined', 'delegated'),
      role: fc.constantFrom('req-participant', 'req-participant', 'opt-participant', 'chair', 'non-participant'),
    }),
    { maxLength: 3, selector: (a) => a.person },
  );
  const statusArb = fc.constantFrom<'tentative' | 'confirmed' | 'cancelled' | null>(null, null, null, 'confirmed', 'tentative', 'cancelled');
  const meeting = fc.record({
    calendar: fc.integer({ min: 0, max: calendars - 1 }),
    zone: fc.constantFrom(...GENERATED_ZONES),
    slot: fc.integer({ min: 0, max: days * 28 - 1 }),
    lengthSlots: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom(1, 2, 2, 4)),
    allDayRoll: fc.integer({ min: 0, max: 99 }),
    startDay: fc.integer({ min: 0, max: days - 1 }),
    allDayDays: fc.integer({ min: 1, max: 2 }),
    absence: fc.boolean(),
    attendees: attendeesArb,
    status: statusArb,
    transparent: fc.constantFrom(false, false, false, false, false, true),
    busy: fc.constantFrom('busy', 'busy', 'busy', 'busy', 'busy', 'busy', 'tentative', 'free', 'oof', 'working-elsewhere'),
    location: fc.option(fc.constantFrom(...SCHEDULE_PLACES), { freq: 3, nil: null }),
    rooms: fc.subarray([...SCHEDULE_PLACES], { maxLength: 1 }),
    copies: fc.subarray(Array.from({ length: calendars }, (_, i) => i), { maxLength: 1 }),
    organizer: fc.option(fc.integer({ min: 0, max: SCHEDULE_PEOPLE.length - 1 }), { nil: null }),
    longRoll: fc.integer({ min: 0, max: 19 }),
    copyDetail: options.copiesDiffer === true ? fc.option(fc.record({ attendees: attendeesArb, status: statusArb }), { nil: null }) : fc.constant(null),
  });
  return fc.array(meeting, { maxLength: options.maxMeetings ?? 12 }).map((list) =>
    list.map((m, index): ScheduledMeeting => {
      const allDay = m.allDayRoll < allDayShare * 100;
      const startMinutes = Math.floor(m.slot / 28) * 1440 + 7 * 60 + (m.slot % 28) * 30;
      // A transparent or FREE timed meeting is consistent with its own TRANSP (the loader derives busy from it).
      const busy = m.transparent ? 'free' : m.busy;
      return {
        index,
        calendar: m.calendar,
        zone: m.zone,
        startMinutes,
        // One in twenty timed meetings runs across midnight (and New York's DST change).
        lengthMinutes: m.longRoll === 0 ? 1440 + m.lengthSlots * 30 : m.lengthSlots * 30,
        allDay,
        startDay: m.startDay,
        allDayDays: m.allDayDays,
        absence: allDay && m.absence,
        attendees: m.attendees,
        organizer: m.attendees.length === 0 && m.rooms.length === 0 ? m.organizer : null,
        status: m.status,
        transparent: m.transparent,
        busy,
        location: m.location,
        rooms: m.rooms,
        copies: m.copies.filter((c) => c !== m.calendar),
        copyDetails: m.copies.filter((c) => c !== m.calendar).map(() => m.copyDetail),
      };
    }),
  );
}

/** The origin of generated schedules: midnight, 2022-03-13, Asia/Shanghai (New York springs forward that day at 15:00 Shanghai time). */
export const SCHEDULE_ORIGIN = DateTime.fromISO('2022-03-13T00:00:00', { zone: 'Asia/Shanghai' });
