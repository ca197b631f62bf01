/**
 * `coverage`: a duty calendar (总值班室) must be staffed around the clock.
 */
import { DateTime } from 'luxon';
import type { Occurrence } from '../model/occurrence.js';
import { endMillis, startMillis } from '../load/occurrence-millis.js';
import { leadsDuty } from './internal/commitment.js';
import { compareOccurrences, isoInstant, meetingKey, supersededBy, toOccurrenceRef } from './internal/occurrence-ref.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * Takes the shifts — non-cancelled occurrences of the duty calendar(s) that are busy, or all-day
 * entries that are no notice (Apple, Google and Outlook write all-day items transparent or FREE by
 * default): on a calendar that has timed shifts, one naming a duty (值班：李明, 带班, 白班); on a roster
 * of days alone, any (李明, 王芳: QA26-51). A transparent banner such as 端午节假期（注意值班纪律） is no
 * shift (QA26-44), nor a transparent timed 交班提醒, nor a 带班 entry (带班领导：李明, the leader in charge of the
 * day above the shifts, QB-19) on a calendar that has other shifts. On a calendar with timed shifts a
 * whole-day shift runs from that day's morning changeover to the next (08:30 to 08:30 beside a 白班
 * 08:30–17:30 and a 夜班 17:30–08:30: `handoverMinutes`, QF-5), as an office means the 春节 duty it types
 * in as day events; on a roster of days alone, or of days with a timed swap, midnight to midnight. It then sweeps the window: every stretch no shift covers is a `coverage-gap`
 * (error), every stretch two or more shifts cover is a `coverage-overlap` (info; a handover that
 * overlaps is often deliberate). Instants are exact (a shift ending 08:00 and the next starting
 * 08:01 leave a one-minute gap), across midnight and DST changes, since the sweep works on
 * instants, not wall clocks — except for the inclusive ends OA rosters write (QC-1): an end at :59
 * seconds is the next minute, and a shift ending 23:59 (or 17:29) followed by one at 00:00 (17:30)
 * leaves no gap. A gap cites the shifts on either side of it; an overlap cites the
 * shifts in it.
 *
 * @example
 * // Shifts 08:00–20:00 and 20:30–08:00 the next day:
 * coverage.check({ ...ctx, params: { id: 'duty', kind: 'coverage', calendar: 'duty' } })[0]?.data.minutes
 * //=> 30
 */
/** An all-day entry naming who is on duty: 值班：李明, 带班领导 王芳, 白班, 夜班, on duty. */
const NAMES_DUTY = /值班|带班|值守|白班|夜班|早班|中班|晚班|\bduty\b|on[- ]call/iu;
/** Words of a notice rather than a roster entry: 注意值班纪律, 值班安排表, 提醒. */
const NOTE = /注意|纪律|提醒|通知|安排表|假期/u;

export const coverage = defineRule({
  kind: 'coverage',
  docs: {
    'zh-CN': '值班日程（如总值班室）须全天候有人值守：逐分钟报告窗口内无人值班的空档和班次重叠（跨午夜、夏令时均按实际时刻计算）。',
    en: 'A duty calendar must be staffed around the clock: reports every stretch of the window with nobody on duty and every overlap of shifts, to the minute, across midnight and daylight-saving changes.',
  },
  messages: { 'coverage-gap': 'error', 'coverage-overlap': 'info' },
  check(ctx) {
    const calendars = new Set(typeof ctx.params.calendar === 'string' ? [ctx.params.calendar] : ctx.params.calendar);
    const from = ctx.window.from.toMillis();
    const to = ctx.window.to.toMillis();
    // A stale copy (lower SEQUENCE than the same shift on another calendar) staffs nothing at its old time.
    const stale = supersededBy(ctx.occurrences);
    const busy = (o: Occurrence): boolean => !o.transparent && o.busy !== 'free';
    // Calendars with timed shifts: there an all-day entry is a shift only when it names a duty.
    const timed = new Set<string>();
    for (const o of ctx.occurrences) if (calendars.has(o.calendar.id) && !o.allDay && busy(o) && o.status !== 'cancelled') timed.add(o.calendar.id);
    const allDayShift = (o: Occurrence): boolean => !NOTE.test(o.summary) && (!timed.has(o.calendar.id) || NAMES_DUTY.test(o.summary));
    const sorted = ctx.occurrences
      .filter(
        (o) =>
          calendars.has(o.calendar.id) &&
          o.status !== 'cancelled' &&
          (busy(o) || (o.allDay && allDayShift(o))) &&
          !stale.has(o) &&
          // A whole day may be handed over up to a day later (below): kept while it can reach the window.
          o.end.toMillis() + (o.allDay ? DAY_MS : 0) > from &&
          o.start.toMillis() < to &&
          o.end.toMillis() > o.start.toMillis(),
      )
      .sort(compareOccurrences);
    // 领导带班、干部值班 (QB-19): a calendar's 带班 entries (带班领导：李明, 24 hours) are the leader in
    // charge above the shifts, no second shift; they staff the calendar only where it has no other shift.
    const staffed = new Set<string>();
    for (const o of sorted) if (!leadsDuty(o)) staffed.add(o.calendar.id);
    // A shift copied onto two of the duty calendars (same UID and start) is one shift, not an overlap:
    // the copy with the smallest key stands for it (sorted by start, then key).
    const seenShifts = new Set<string>();
    const candidates = sorted.filter((o) => {
      if (staffed.has(o.calendar.id) && leadsDuty(o)) return false;
      const key = meetingKey(o);
      if (seenShifts.has(key)) return false;
      seenShifts.add(key);
      return true;
    });
    // QF-5: on a calendar with timed shifts, a whole-day entry (the 春节 duty typed into Outlook as day
    // events) is that day's 24 hours of duty in the calendar's own rhythm: taken over and handed back
    // at the hour the timed shifts change over in the morning (08:30 after a 17:30–08:30 night
    // shift), not 00:00–24:00 — nobody reads such a roster as leaving the night after the holiday's
    // last day unstaffed until the 白班 comes in.
    // Read from every shift of the calendar, not only those in the window, which cuts the rhythm anywhere.
    const handover = handoverMinutes(
      ctx.occurrences.filter(
        (o) => calendars.has(o.calendar.id) && timed.has(o.calendar.id) && o.status !== 'cancelled' && !stale.has(o) && !leadsDuty(o) && (o.allDay ? allDayShift(o) : busy(o)),
      ),
    );
    const starts = new Map<Occurrence, number>();
    const ends = new Map<Occurrence, number>();
    for (const s of candidates) {
      const minutes = s.allDay ? handover.get(s.calendar.id) : undefined;
      // Wall-clock hour of the day (the day may be 23 or 25 hours long across a DST change).
      const at = (t: DateTime): DateTime => (minutes === undefined ? t : t.setZone(s.calendar.defaultZone).set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }));
      const start = at(s.start);
      const end = at(s.end);
      starts.set(s, start.toMillis());
      // QC-1: OA rosters store the last second a shift includes (23:59:59, 17:29:59) where RFC 5545
      // §3.6.1 wants the first one it excludes; the duty room is staffed all the same. Such an end
      // is read as the next whole minute (no one writes a shift ending at :59 seconds on purpose).
      const endMs = end.toMillis();
      ends.set(s, endMs % 60_000 === 59_000 ? endMs + 1000 : endMs);
    }
    const startOf = (s: Occurrence): number => starts.get(s)!;
    const endOf = (s: Occurrence): number => ends.get(s)!;
    const shifts = candidates
      .filter((s) => endOf(s) > from && startOf(s) < to)
      .sort((a, b) => startOf(a) - startOf(b) || compareOccurrences(a, b));
    const name = [...calendars].sort().join('、');
    // The names office staff know the calendars by; a calendar with no shift at all keeps its id.
    const names = new Map<string, string>();
    for (const o of ctx.occurrences) if (calendars.has(o.calendar.id) && !names.has(o.calendar.id)) names.set(o.calendar.id, o.calendar.name);
    const calendarName = [...calendars].sort().map((id) => names.get(id) ?? id).join('、');
    const at = (ms: number): DateTime => DateTime.fromMillis(ms, { zone: ctx.zone });
    const span = (start: number, end: number): { calendar: string; calendarName: string; start: string; end: string; minutes: number } => ({
      calendar: name,
      calendarName,
      start: isoInstant(at(start)),
      end: isoInstant(at(end)),
      minutes: (end - start) / 60_000,
    });

    // Boundaries of the sweep: window edges and every shift edge inside the window.
    const edges = new Set<number>([from, to]);
    for (const s of shifts) {
      edges.add(Math.max(from, startOf(s)));
      edges.add(Math.min(to, endOf(s)));
    }
    const points = [...edges].sort((a, b) => a - b);
    const endingAt = new Map<number, Occurrence[]>();
    const startingAt = new Map<number, Occurrence[]>();
    for (const s of shifts) {
      endingAt.set(endOf(s), [...(endingAt.get(endOf(s)) ?? []), s]);
      startingAt.set(startOf(s), [...(startingAt.get(startOf(s)) ?? []), s]);
    }
    const findings: RuleFinding<'coverage-gap' | 'coverage-overlap'>[] = [];
    // Active shifts per elementary segment [points[i], points[i+1]); consecutive segments of the same
    // state (none / several) merge into one stretch.
    let next = 0;
    let active: Occurrence[] = [];
    let stretch: { state: 'gap' | 'overlap'; start: number; end: number; shifts: Set<Occurrence>; most: number } | null = null;
    const flush = (): void => {
      if (stretch === null) return;
      const identity = [`${stretch.state}:${stretch.start}`];
      if (stretch.state === 'gap') {
        const { start, end } = stretch;
        // The same convention to the minute (a shift written to 23:59 or 17:29 before the next one
        // at 00:00 or 17:30): a one-minute hole closing at a round time (a multiple of five minutes)
        // is the way the end was written, not an unstaffed minute. 08:00 → 08:01 stays a gap.
        if (end - start === 60_000 && end % 300_000 === 0 && endingAt.has(start)) {
          stretch = null;
          return;
        }
        const before = endingAt.get(start) ?? [];
        const after = startingAt.get(end) ?? [];
        findings.push({ kind: 'coverage-gap', data: span(start, end), occurrences: [...before, ...after].map(toOccurrenceRef), people: [], identity });
      } else {
        const cited = [...stretch.shifts].sort(compareOccurrences);
        findings.push({
          kind: 'coverage-overlap',
          data: { ...span(stretch.start, stretch.end), shifts: stretch.most },
          occurrences: cited.map(toOccurrenceRef),
          people: [],
          identity,
        });
      }
      stretch = null;
    };
    for (let i = 0; i + 1 < points.length; i += 1) {
      const start = points[i]!;
      const end = points[i + 1]!;
      // Every shift edge is a point, so a shift either covers the whole segment or none of it.
      active = active.filter((s) => endOf(s) > start);
      while (next < shifts.length && startOf(shifts[next]!) <= start) {
        if (endOf(shifts[next]!) > start) active.push(shifts[next]!);
        next += 1;
      }
      const state = active.length === 0 ? 'gap' : active.length > 1 ? 'overlap' : null;
      if (stretch !== null && (state !== stretch.state || stretch.end !== start)) flush();
      if (state === null) continue;
      if (stretch === null) stretch = { state, start, end, shifts: new Set(), most: 0 };
      stretch.end = end;
      for (const s of active) stretch.shifts.add(s);
      stretch.most = Math.max(stretch.most, active.length);
    }
    flush();
    return findings;
  },
});

const DAY_MS = 86_400_000;
/** The shortest shift that sets a roster's changeover: a third of a day (白班 08:30–17:30, 8-hour shifts). */
const RHYTHM_SHIFT_MS = 8 * 3_600_000;

/**
 * The hour, in minutes after midnight, at which each calendar with timed shifts changes over in the
 * morning: the earliest time of day at which its timed shifts start about as often (at least half as
 * often) as at the commonest, read in the calendar's own zone (where its whole days are midnights):
 * 白班 08:30 and 夜班 17:30 → 08:30; 00:00/08:00/16:00 → 00:00, leaving whole days as they are; a
 * one-off 06:00 shift does not move it. A rhythm recurs: none unless shifts start at that time on
 * two days or more, so a half-day swap on a roster of whole days moves no day (QG-11), while a 春节
 * of nine whole days between two working days keeps the working days' changeover (QG-18); and only shifts
 * of eight hours and more make it, so afternoons of cover on two days move nothing either (QG-23).
 */
function handoverMinutes(shifts: readonly Occurrence[]): ReadonlyMap<string, number> {
  // Per calendar and time of day, the days on which a timed shift starts then.
  const days = new Map<string, Map<number, Set<string>>>();
  for (const s of shifts) {
    // A shift of a few hours is cover (a colleague's afternoon, 替班 14:00–18:00, QG-23), not the roster's
    // rhythm: a rhythm is made of shifts that share a day between them, eight hours and more each.
    if (s.allDay || endMillis(s) - startMillis(s) < RHYTHM_SHIFT_MS) continue;
    const local = DateTime.fromMillis(startMillis(s), { zone: s.calendar.defaultZone });
    const minutes = local.hour * 60 + local.minute;
    let byMinute = days.get(s.calendar.id);
    if (byMinute === undefined) days.set(s.calendar.id, (byMinute = new Map()));
    let on = byMinute.get(minutes);
    if (on === undefined) byMinute.set(minutes, (on = new Set()));
    on.add(local.toISODate()!);
  }
  const result = new Map<string, number>();
  for (const [calendar, byMinute] of days) {
    // A rhythm recurs: shifts starting at one time on two days or more (a working day's 白班/夜班 pair
    // before and after a holiday, QG-18) — a half-day swap on one day is none (QG-11). A roster's edges
    // cut the rhythm anywhere (one more 夜班 than 白班): every time at which shifts start on about as
    // many days as at the commonest is a changeover, and the day's begins first.
    const most = Math.max(...[...byMinute.values()].map((on) => on.size));
    const changeovers = [...byMinute].filter(([, on]) => on.size >= 2 && on.size * 2 >= most).map(([minutes]) => minutes);
    if (changeovers.length === 0) continue;
    const morning = Math.min(...changeovers);
    if (morning > 0) result.set(calendar, morning);
  }
  return result;
}
