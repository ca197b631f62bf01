/**
 * `working-days`: meetings on weekends or Chinese statutory holidays, honouring make-up working
 * days (调休), and meetings outside office hours.
 */
import { DateTime, IANAZone } from 'luxon';
import type { Occurrence } from '../model/occurrence.js';
import type { WorkingHours, WorkingDaysRuleConfig } from '../model/rule-config.js';
import type { OccurrencePredicate } from '../select/selector.js';
import { CHINESE_DAYS_YEARS, dayInfo, userYears, type DayInfo } from '../time/working-calendar.js';
import { defaultAbsence, namesAbsence } from './internal/commitment.js';
import { dutyShift } from './internal/duty-shift.js';
import { eventData, meetings, oncePerMeeting } from './internal/event-data.js';
import { copyRepresentative, disagreeingCopy } from './internal/meeting-copies.js';
import { meetingKey, supersededBy, toOccurrenceRef } from './internal/occurrence-ref.js';
import { selectorAtHomeLevel } from './internal/selector-at-home-level.js';
import { defineRule, type RuleFinding } from './rule.js';

/** A meeting longer than this is not walked day by day (a year-long placeholder). */
const MAX_DAYS = 366;

/**
 * For every non-cancelled, busy occurrence matching `event` (one per meeting; transparent or FREE
 * entries such as a calendar's own 春节假期 markers book nobody and are skipped, and so are absences —
 * all-day 出差/请假/休假…, out-of-office and working-elsewhere entries — and duty shifts: those of the duty
 * calendars a `coverage` rule checks, and a leader's own duty entries on his diary, `dutyShift`), looks up each date it
 * touches in the report zone — an all-day occurrence its dates, a timed one the dates from its
 * start to the instant before its end — in the Chinese working calendar (chinese-days data for
 * 2004–2026, overridden date by date by the config's `holidays`: its dates, then its holiday
 * calendars; each verdict carries its provenance — notice and year, JSON path, or `.ics` file and
 * line — into the finding's data):
 *
 * - `holiday` (warning) for the first date that is a statutory holiday or an ordinary weekend day
 *   (a Saturday or Sunday that is a 调休 working day is a working day);
 * - `holiday-unknown` (info) for the first date whose year no data covers: the arrangement is
 *   published a year at a time, so it is not guessed from the weekday;
 * - `outside-hours` (info), when `hours` are configured and every date is a working day, for a
 *   timed meeting starting before or ending after the office's hours (or spanning days); a meeting
 *   on several offices' calendars is judged by each office's hours, the first office it breaks
 *   them for is named.
 *
 * @example
 * // A meeting on 2022-06-03 (端午):
 * workingDays.check({ ...ctx, params: { id: 'wd', kind: 'working-days', event: {} } })[0]?.data.holiday
 * //=> '端午'
 */
export const workingDays = defineRule({
  kind: 'working-days',
  docs: {
    'zh-CN': '会议不应安排在周末或法定节假日（调休上班日视为工作日），也不应超出办公时间；尚未公布放假安排的年份报告为“未知”，不按周一至周五推测。',
    en: 'Meetings should not fall on weekends or statutory holidays (make-up working days count as working days) nor outside office hours; dates in years whose arrangement is not published are reported as unknown, never guessed from the weekday.',
  },
  messages: { holiday: 'warning', 'holiday-unknown': 'info', 'outside-hours': 'info' },
  check(ctx) {
    const findings: RuleFinding<'holiday' | 'holiday-unknown' | 'outside-hours'>[] = [];
    const memo = new Map<string, DayInfo>();
    const info = (date: string): DayInfo => {
      let known = memo.get(date);
      if (known === undefined) {
        known = dayInfo(date, ctx.holidays);
        memo.set(date, known);
      }
      return known;
    };
    const clock = localClock(ctx.zone);
    const covered = userYears(ctx.holidays).join('、');
    // Only a table of hours by office needs to know which offices hold copies of a meeting.
    const hoursConfig = ctx.params.hours;
    // `level` is the meeting's (README, levels), read over the whole check: the city's meeting on a
    // district leader's diary is no district meeting (QK-2).
    const isEvent = selectorAtHomeLevel(ctx.params.event, ctx.occurrences, ctx.places);
    const offices = hoursConfig !== undefined && !isHours(hoursConfig) ? officesByMeeting(ctx.occurrences, isEvent) : new Map<string, (string | null)[]>();
    // Calendars carry the holidays themselves as free all-day entries (春节假期, 调休上班): they book
    // nobody, so they are no meeting on a holiday. Nor is an absence: a business trip or leave over a
    // weekend (all-day 出差, 请假 …, or Outlook's out-of-office and working-elsewhere markers). Such
    // entries are set aside copy by copy before copies are merged, so a leader's own FREE copy of an
    // office's busy meeting does not hide the meeting (whichever calendar id sorts first); stale copies
    // are found on the whole check first (their current revision may be one of the entries set aside).
    const stale = supersededBy(ctx.occurrences);
    // A duty roster is staffed around the clock and on holidays by design (QC-10): the calendars a
    // `coverage` rule checks hold shifts, not meetings to move to a working day, and so do a leader's
    // own duty entries on his diary (QF-15). A 部署会 the 总值班室 convenes with attendees in a room on a
    // Saturday is a meeting like any other (QD-6).
    const shift = dutyShift(ctx.rules);
    const held = ctx.occurrences.filter(
      (o) =>
        !shift(o) &&
        !stale.has(o) &&
        !o.transparent &&
        o.busy !== 'free' &&
        o.busy !== 'oof' &&
        o.busy !== 'working-elsewhere' &&
        !defaultAbsence(o) &&
        // A timed absence on a leader's own diary (half-day 请假, 外出：赴青石镇调研, a Saturday 出差（北京）) is time
        // away, not a meeting held at the wrong time (QE-3); an office's timed 调研 with attendees is still judged.
        !(o.calendar.owner !== null && !o.allDay && namesAbsence(o.summary)),
    );
    // Judged copy by copy (one per UID and start), then one finding per meeting however many offices
    // wrote it — retyped (new UID, same title and start, QC-17) or at two times under one UID. Only the
    // meetings with a finding are asked for their copies: asking every meeting cost 0.3 s at 100k.
    const flagged: Occurrence[] = [];
    const findingsOf = new Map<Occurrence, RuleFinding<'holiday' | 'holiday-unknown' | 'outside-hours'>[]>();
    for (const o of meetings(held, isEvent)) {
      const own: RuleFinding<'holiday' | 'holiday-unknown' | 'outside-hours'>[] = [];
      judge(o, own);
      if (own.length === 0) continue;
      flagged.push(o);
      findingsOf.set(o, own);
    }
    const meeting = copyRepresentative(ctx.occurrences, ctx.places);
    for (const o of oncePerMeeting(flagged, meeting, disagreeingCopy(ctx.occurrences))) findings.push(...findingsOf.get(o)!);
    return findings;

    function judge(o: Occurrence, findings: RuleFinding<'holiday' | 'holiday-unknown' | 'outside-hours'>[]): void {
      const span = localSpan(o, clock);
      const days: DayInfo[] = [];
      for (let d = span.firstDay; d <= span.lastDay && days.length < MAX_DAYS; d += 1) days.push(info(clock.isoDate(d)));
      const refs = [toOccurrenceRef(o)];
      const holiday = days.find((d) => d.kind === 'holiday');
      const unknown = days.find((d) => d.kind === 'unknown');
      if (holiday !== undefined && holiday.provenance !== null) {
        findings.push({
          kind: 'holiday',
          data: {
            ...eventData(o),
            date: holiday.date,
            dayType: holiday.dayType ?? 'statutory',
            holiday: holiday.name,
            source: holiday.source,
            ...holiday.provenance,
          },
          occurrences: refs,
          people: [],
        });
      }
      if (unknown !== undefined) {
        findings.push({
          kind: 'holiday-unknown',
          data: {
            ...eventData(o),
            date: unknown.date,
            year: Number(unknown.date.slice(0, 4)),
            source: unknown.source,
            bundledFrom: CHINESE_DAYS_YEARS.from,
            bundledTo: CHINESE_DAYS_YEARS.to,
            userYears: covered,
          },
          occurrences: refs,
          people: [],
        });
      }
      if (holiday !== undefined || unknown !== undefined || o.allDay) return;
      // A meeting copied onto several offices' calendars is judged by each office's hours: a 08:00
      // start within 区委办's 08:00–18:00 is still before 区政府办's 08:30. The first office (by
      // name, `*` for calendars without one) whose hours it breaks is reported.
      for (const office of offices.get(meetingKey(o)) ?? [o.calendar.office]) {
        const hours = hoursFor(ctx.params.hours, office);
        if (hours === null) continue;
        // A meeting ending at midnight ends at 24:00 of its day (hours may end at `24:00`).
        const endsAtMidnight = span.endDay === span.firstDay + 1 && span.endMinute === 0;
        const endMinute = endsAtMidnight ? 24 * 60 : span.endMinute;
        // A start-only meeting (an instant, QB-34) starting when the office closes is outside its hours (QE-7).
        const closesAtStart = o.end.toMillis() === o.start.toMillis() && span.startMinute >= minutes(hours.hours.end);
        if ((span.firstDay !== span.endDay && !endsAtMidnight) || span.startMinute < minutes(hours.hours.start) || endMinute > minutes(hours.hours.end) || closesAtStart) {
          findings.push({
            kind: 'outside-hours',
            data: { ...eventData(o), office: hours.office, hoursStart: hours.hours.start, hoursEnd: hours.hours.end },
            occurrences: refs,
            people: [],
          });
          break;
        }
      }
    }
  },
});

const MS_PER_DAY = 86_400_000;

/**
 * Local civil time in one zone by arithmetic: luxon's `setZone` costs an Intl call per instant, too
 * slow for a year of a district's meetings. The zone's offset is asked once per quarter hour (every
 * offset in use is a multiple of 15 minutes, so it is constant inside one) and days are numbered
 * from 1970-01-01.
 */
interface LocalClock {
  /** Local milliseconds (instant + offset) of an instant. */
  local(ms: number): number;
  isoDate(day: number): string;
}

function localClock(zone: string): LocalClock {
  const tz = IANAZone.create(zone);
  const offsets = new Map<number, number>();
  const dates = new Map<number, string>();
  return {
    local(ms) {
      const bucket = Math.floor(ms / 900_000);
      let offset = offsets.get(bucket);
      if (offset === undefined) {
        offset = tz.offset(ms);
        offsets.set(bucket, offset);
      }
      return ms + offset * 60_000;
    },
    isoDate(day) {
      let date = dates.get(day);
      if (date === undefined) {
        date = DateTime.fromMillis(day * MS_PER_DAY, { zone: 'utc' }).toISODate() ?? '';
        dates.set(day, date);
      }
      return date;
    },
  };
}

/**
 * The days an occurrence touches in the report zone (all-day ones: their own dates, RFC 5545
 * §3.6.1 end exclusive), the day its end falls on, and its start and end as minutes of the day.
 */
function localSpan(o: Occurrence, clock: LocalClock): { firstDay: number; lastDay: number; endDay: number; startMinute: number; endMinute: number } {
  // All-day dates stay dates: read them on their own calendar's clock, not the report zone's.
  const start = o.allDay ? o.start.toMillis() + o.start.offset * 60_000 : clock.local(o.start.toMillis());
  const end = o.allDay ? o.end.toMillis() + o.end.offset * 60_000 : clock.local(o.end.toMillis());
  const firstDay = Math.floor(start / MS_PER_DAY);
  // The instant before the end: a meeting ending at midnight does not touch the next day.
  const lastDay = Math.max(firstDay, Math.floor((end - (end > start ? 1 : 0)) / MS_PER_DAY));
  const endDay = Math.floor(end / MS_PER_DAY);
  return {
    firstDay,
    lastDay,
    endDay,
    startMinute: Math.floor((start - firstDay * MS_PER_DAY) / 60_000),
    endMinute: Math.ceil((end - endDay * MS_PER_DAY) / 60_000),
  };
}

/**
 * The offices whose calendars hold a copy of each meeting (by {@link meetingKey}), sorted with the
 * calendars without an office (null) last.
 */
function officesByMeeting(occurrences: readonly Occurrence[], matches: OccurrencePredicate): Map<string, (string | null)[]> {
  const byMeeting = new Map<string, Set<string | null>>();
  for (const o of occurrences) {
    if (o.status === 'cancelled' || !matches(o)) continue;
    const key = meetingKey(o);
    const set = byMeeting.get(key) ?? new Set<string | null>();
    set.add(o.calendar.office);
    byMeeting.set(key, set);
  }
  const sorted = new Map<string, (string | null)[]>();
  for (const [key, set] of byMeeting) {
    sorted.set(
      key,
      [...set].sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1)),
    );
  }
  return sorted;
}

/** `08:30` → 510. */
function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The hours that apply to an office: one range for all, or the office's entry, else `*`. */
function hoursFor(config: WorkingDaysRuleConfig['hours'], office: string | null): { office: string; hours: WorkingHours } | null {
  if (config === undefined) return null;
  if (isHours(config)) return { office: '*', hours: config };
  const table = config as Readonly<Record<string, WorkingHours>>;
  if (office !== null && table[office] !== undefined) return { office, hours: table[office] };
  const fallback = table['*'];
  return fallback === undefined ? null : { office: '*', hours: fallback };
}

/**
 * Whether a `hours` value is one range rather than a table by office.
 * @param value - the config value
 * @returns true for `{ start, end }` with string values
 * @example isHours({ start: '08:30', end: '17:30' }) //=> true
 */
export function isHours(value: unknown): value is WorkingHours {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['start'] === 'string' && typeof v['end'] === 'string';
}
