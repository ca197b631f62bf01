/**
 * The scheduling assistant behind an office tool's "find a time" button: the earliest times a
 * meeting could move to without breaking a rule — its prerequisites and gaps respected, its people
 * and its room free, travel buffers kept, working days and office hours respected.
 *
 * Candidates come from a grid (every 30 minutes inside office hours on working days, whole days for
 * all-day meetings); busy stretches of the meeting's people and room are jumped over without
 * checking, and every remaining candidate is judged by `checkProposal` — the same rules as a full
 * check, so a suggestion never breaks one. A failed candidate's findings say how far the next one
 * can jump (past the other meeting, to the earliest start after the prerequisite).
 */
import { DateTime } from 'luxon';
import { checkProposal, movingCopies, proposalOccurrence, routineFindings, type PreparedCheck, type ProposedMeeting } from '../check/check-proposal.js';
import type { Finding, FindingKind, OccurrenceRef } from '../model/finding.js';
import type { Occurrence } from '../model/occurrence.js';
import type { WorkingHours } from '../model/rule-config.js';
import type { NoSlotReason, SlotConstraint, SlotSearch, SuggestedSlot } from '../model/suggestion.js';
import { mayPairWithoutClash } from '../rules/internal/occurrence-ref.js';
import { compileSelector } from '../select/selector.js';
import { applicableConstraints } from './internal/applicable-constraints.js';
import { busyIntervals } from './internal/busy-intervals.js';
import { copyPoints } from './internal/copy-points.js';
import { orderingEdges, type OrderingEdges } from './internal/ordering-edges.js';
import { slotGrid, type MinuteRange } from './internal/slot-grid.js';

/** How to search. Every field is optional. */
export interface SuggestOptions {
  /** How many slots to find; default 3. */
  readonly count?: number | undefined;
  /** First and last day to search, `YYYY-MM-DD`, both inclusive, in the config's zone; default the prepared window. An office tool passes today as `from`. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Minutes between candidate starts, from the start of the office hours; default 30. */
  readonly stepMinutes?: number | undefined;
  /**
   * Office hours (`HH:mm`, wall clock in the config's zone) the whole meeting must fit in: one range
   * or several (`[{start: '08:30', end: '12:00'}, {start: '14:30', end: '17:30'}]` keeps lunch free);
   * null allows any start time. Default: the `hours` of a `working-days` rule that selects the
   * meeting (for its calendar's office), else 08:30–17:30.
   */
  readonly hours?: WorkingHours | readonly WorkingHours[] | null | undefined;
  /** Only working days of the Chinese working calendar (holidays and 调休 from the data); default true. */
  readonly workingDays?: boolean | undefined;
  /**
   * Days of years whose holiday arrangement is not published (chinese-days covers 2004–2026; add
   * later years under the config's `holidays`): `skip` (default) leaves them out and says so;
   * `weekdays` takes Monday–Friday as working days and marks those slots `assumedWorkday`.
   */
  readonly unknownDays?: 'skip' | 'weekdays' | undefined;
  /** Finding kinds that do not block a slot (e.g. `travel-time`, `outside-hours`); default none. */
  readonly ignore?: readonly FindingKind[] | undefined;
  /** Candidates judged by the rules before the search gives up; default 500. */
  readonly maxChecks?: number | undefined;
}

/** Office hours when neither the options nor a `working-days` rule give them (机关 working day). */
export const DEFAULT_HOURS: WorkingHours = { start: '08:30', end: '17:30' };

/**
 * Findings no move of the meeting clears, or that judge periods rather than a slot: they never
 * block a slot as such. `order-missing` is among them only when the meeting already has it (a
 * prerequisite not scheduled at all); a move into a period without one is blocked. A routine
 * meeting's move is still blocked when it leaves a `cadence` period short or crowds one that was
 * not (compared period by period with where the meeting stands, see `routineFindings`).
 */
const NEVER_BLOCKING: ReadonlySet<FindingKind> = new Set<FindingKind>([
  'required-missing',
  'order-cycle',
  'cadence-missed',
  'cadence-crowded',
  'coverage-gap',
  'coverage-overlap',
]);

/** Findings whose other occurrence keeps blocking every start until it ends. */
const OVERLAP_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>(['double-booking', 'tentative-overlap', 'venue', 'required-busy', 'quiet-period']);

/**
 * The earliest slots a meeting could move to without breaking a rule.
 * @param proposal - the meeting (for one already saved, `proposalFromOccurrence(occurrence)`, so
 *   that its saved version gives way); its length is kept
 * @param prepared - from `prepareCheck`, over the loaded calendars
 * @param options - count, days, grid step, office hours, working-day policy, ignored kinds
 * @returns JSON-able: the meeting, its conflicts now, up to `count` slots (each with the constraints
 *   it satisfied), and why there are fewer when there are
 * @throws Error for invalid options or a calendar `prepared` does not know (programming errors)
 * @example
 * suggestSlots(proposalFromOccurrence(districtRiverMeeting), prepared, { count: 1 }).slots[0]?.start
 * //=> '2022-04-21T14:00:00+08:00'
 */
export function suggestSlots(proposal: ProposedMeeting, prepared: PreparedCheck, options: SuggestOptions = {}): SlotSearch {
  const calendar = prepared.calendars.get(proposal.calendar);
  if (calendar === undefined) throw new Error(`suggestSlots: unknown calendar "${proposal.calendar}"`);
  const count = positiveInteger('count', options.count ?? 3);
  const step = positiveInteger('stepMinutes', options.stepMinutes ?? 30);
  const maxChecks = positiveInteger('maxChecks', options.maxChecks ?? 500);
  const workingDays = options.workingDays ?? true;
  const unknownDays = options.unknownDays ?? 'skip';
  const ignored = new Set(options.ignore ?? []);
  const zone = prepared.zone;
  const from = options.from ?? prepared.window.from.setZone(zone).toISODate() ?? '';
  const to = options.to ?? prepared.window.to.minus({ milliseconds: 1 }).setZone(zone).toISODate() ?? '';
  for (const [name, date] of [['from', from], ['to', to]] as const) {
    if (!DateTime.fromISO(date, { zone }).isValid || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) throw new Error(`suggestSlots: ${name} is not a date YYYY-MM-DD: ${date}`);
  }

  const proposed = proposalOccurrence(proposal, calendar);
  const allDay = proposed.allDay;
  // Times are shown on the calendar's clock, as findings show them (a file may have written UTC).
  const meetingZone = calendar.defaultZone;
  const days = allDay ? Math.max(1, Math.round(proposal.end.setZone(meetingZone).startOf('day').diff(proposal.start.setZone(meetingZone).startOf('day'), 'days').days)) : 0;
  const length = allDay ? 0 : Math.max(0, proposal.end.toMillis() - proposal.start.toMillis());
  const hours = allDay ? null : resolveHours(options.hours, prepared, proposed);

  const constraints = applicableConstraints(prepared, proposed);

  // Where the meeting is now: what to clear, and what no move clears.
  const now = checkProposal(prepared, proposal);
  const orderMissingNow = new Set(now.filter((f) => f.kind === 'order-missing').map((f) => f.rule));
  const blocks = (f: Finding): boolean => {
    if (ignored.has(f.kind) || NEVER_BLOCKING.has(f.kind)) return false;
    if (f.kind === 'order-missing') return !orderMissingNow.has(f.rule);
    if (f.kind === 'holiday-unknown') return unknownDays === 'skip';
    return true;
  };
  const conflicts = now.filter(blocks);
  const unresolved = now.filter((f) => !blocks(f) && !ignored.has(f.kind));
  // A routine meeting (`cadence`) must not leave its period short nor crowd another: findings that
  // need not cite the moved meeting, so each slot's are compared with those where it stands.
  const routine = constraints.some((c) => c.kind === 'cadence');
  const routineNow = new Set(routine ? routineFindings(prepared, proposal).map(periodKey) : []);
  const routineBroken = (moved: ProposedMeeting): Finding[] =>
    routine ? routineFindings(prepared, moved).filter((f) => !ignored.has(f.kind) && !routineNow.has(periodKey(f))) : [];

  // Office hours and days are those where the meeting is held: its calendar's clock (a delegation's
  // calendar kept in Europe/Berlin is searched 08:30–17:30 Berlin time, QB-42); for the offices of
  // the district that is the config's zone.
  const grid = slotGrid({
    zone: meetingZone,
    from,
    to,
    step,
    ranges: hours === null ? null : hours.map(minuteRange),
    length: allDay ? { allDay: true, days } : { allDay: false, ms: length },
    workingDays,
    unknownDays,
    holidays: prepared.holidays,
  });
  const windowFrom = DateTime.fromISO(from, { zone: meetingZone }).toMillis();
  const windowTo = DateTime.fromISO(to, { zone: meetingZone }).plus({ days: 1 }).toMillis();
  const span = allDay ? days * 86_400_000 : length;
  // Half-open stretches; a start-only meeting or booking is its instant, as the rules overlap it (QB-34).
  // The meeting's copies under other UIDs move with it (QE-5): no engagement where it stands now.
  const moving = movingCopies(prepared, proposal);
  const busy = busyIntervals(prepared, proposed, windowFrom - span - 86_400_000, windowTo + span + 86_400_000, moving);
  const edges = orderingEdges(prepared, proposed, span);
  const copies = copyPoints(prepared, proposed, allDay ? { allDay: true, size: days } : { allDay: false, size: length });
  const movingKeys = new Set([...moving].map((o) => o.key));
  const own: SlotConstraint[] = [
    ...(workingDays ? [{ kind: 'workday' as const, rule: null }] : []),
    ...(hours !== null ? [{ kind: 'office-hours' as const, rule: null }] : []),
  ];

  const slots: SuggestedSlot[] = [];
  let checks = 0;
  let lastChecked: string | null = null;
  let reason: NoSlotReason | null = null;
  // Years whose missing holiday arrangement left an order undetermined at a candidate (`unknownDays:
  // 'weekdays'` searches them, but a gap in working days cannot be counted there).
  const undeterminedYears = new Set<number>();
  let candidate = grid.firstAtOrAfter(windowFrom);
  while (slots.length < count) {
    if (candidate === null) {
      reason = grid.tooLong ? 'too-long' : grid.unknownYears.size > 0 || undeterminedYears.size > 0 ? 'unknown-holidays' : 'window-end';
      break;
    }
    const start = DateTime.fromMillis(candidate, { zone: meetingZone });
    const end = allDay ? start.plus({ days }) : start.plus({ milliseconds: length });
    // A start where the meeting would be a copy of another is judged by the rules, never skipped.
    const blockedUntil = copies.at(candidate) ? null : busy.blockedUntil(candidate, end.toMillis() - candidate);
    if (blockedUntil !== null) {
      candidate = grid.firstAtOrAfter(Math.min(blockedUntil, copies.after(candidate)));
      continue;
    }
    if (checks >= maxChecks) {
      reason = 'search-limit';
      break;
    }
    checks += 1;
    lastChecked = iso(start, allDay);
    const moved: ProposedMeeting = { ...proposal, start, end };
    const findings = checkProposal(prepared, moved);
    const blocking = findings.filter(blocks);
    const periods = blocking.length === 0 ? routineBroken(moved) : [];
    if (periods.length > 0) {
      const next = Math.max(candidate + 1, ...periods.map((f) => periodJump(f, candidate as number)));
      candidate = next === Infinity ? null : grid.firstAtOrAfter(next);
      continue;
    }
    if (blocking.length === 0) {
      const remaining = findings.filter((f) => !blocks(f));
      const broken = new Set(remaining.map((f) => f.rule));
      slots.push({
        start: iso(start, allDay),
        end: iso(end, allDay),
        satisfied: [...constraints.filter((c) => c.rule === null || !broken.has(c.rule)), ...own],
        assumedWorkday: grid.assumed(candidate),
        remaining,
      });
      candidate = grid.firstAtOrAfter(candidate + 1);
      continue;
    }
    for (const f of blocking) {
      if ((f.kind === 'order' || f.kind === 'order-late') && f.data.undetermined === true && f.data.unknownFrom !== undefined) {
        undeterminedYears.add(Number(f.data.unknownFrom.slice(0, 4)));
      }
    }
    const jump = { key: proposed.key, copies: movingKeys, proposed, length: end.toMillis() - candidate, prepared, edges, zone };
    // At a copy point the findings may be the copy's own (the rules merge the two): they say
    // nothing about the next start, which is judged afresh.
    const next = copies.at(candidate)
      ? candidate + 1
      : Math.min(Math.max(candidate + 1, ...blocking.map((f) => jumpTarget(f, candidate as number, jump))), copies.after(candidate));
    candidate = next === Infinity ? null : grid.firstAtOrAfter(next);
  }

  return {
    meeting: meetingRef(proposed, allDay, meetingZone),
    conflicts,
    unresolved,
    slots,
    reason,
    unknownYears: [...new Set([...grid.unknownYears, ...undeterminedYears])].sort((a, b) => a - b),
    searched: {
      from,
      to,
      zone: meetingZone,
      stepMinutes: allDay ? 1440 : step,
      hours,
      workingDays,
      checks,
      lastChecked,
    },
  };
}

interface JumpContext {
  readonly key: string;
  /** Keys of the copies moved with the meeting: a finding citing one is about the meeting itself. */
  readonly copies: ReadonlySet<string>;
  readonly proposed: Occurrence;
  readonly length: number;
  readonly prepared: PreparedCheck;
  readonly edges: OrderingEdges;
  readonly zone: string;
}

/**
 * The earliest start that could clear a finding, given that it holds at `candidate`: every start
 * from `candidate` up to the returned instant gives the same finding. `candidate + 1` (the next
 * grid point) when the finding says nothing safer.
 */
function jumpTarget(f: Finding, candidate: number, ctx: JumpContext): number {
  const next = candidate + 1;
  if (OVERLAP_KINDS.has(f.kind)) {
    const others = f.occurrences.filter((r) => r.key !== ctx.key && !ctx.copies.has(r.key));
    if (others.length === 0) {
      // A fixed quiet span (dates in the report zone, end exclusive): every start inside it overlaps it.
      if (f.kind === 'quiet-period') {
        const end = DateTime.fromISO(f.data.duringEnd, { zone: ctx.zone });
        return end.isValid ? end.toMillis() : next;
      }
      return next;
    }
    let target = Infinity;
    for (const ref of others) {
      const o = occurrenceByKey(ctx.prepared).get(ref.key);
      if (o === undefined) return next;
      const start = o.start.toMillis();
      // An instant holds its point: [t, t + 1 ms) at this resolution (time/interval.ts).
      const end = Math.max(o.end.toMillis(), start + 1);
      // Still overlapping from here to its end — unless the slot becomes a copy of it (same UID, or
      // the same title and times), which the rules do not count as a clash.
      const copy = o.uid === ctx.proposed.uid || normalised(o.summary) === normalised(ctx.proposed.summary);
      if (!(start < candidate + Math.max(ctx.length, 1) && end > candidate)) return next;
      // A copy in other words, a diary entry of it with the journey around it, a trip and an appointment
      // inside it: which later starts clash depends on more than overlapping (see no-double-booking).
      // (A same-titled one too: a diary entry holding the meeting may start before it, QB-39.)
      if (o.uid !== ctx.proposed.uid && mayPairWithoutClash(ctx.proposed, o, ctx.proposed.allDay, o.allDay)) return next;
      target = Math.min(target, copy && start > candidate ? start : end);
    }
    return target;
  }
  switch (f.kind) {
    // Every start up to the end of that day still puts the meeting on it (an all-day meeting that
    // covers the day from `candidate` covers it from any later start up to it, too).
    case 'holiday':
    case 'holiday-unknown': {
      // A copy moving with the meeting lands on other days at other starts (a trip entry from the day before).
      if (f.occurrences[0]?.key !== ctx.key) return next;
      const zone = ctx.proposed.allDay ? ctx.proposed.calendar.defaultZone : ctx.zone;
      const after = DateTime.fromISO(f.data.date, { zone }).plus({ days: 1 });
      return after.isValid ? after.toMillis() : next;
    }
    case 'outside-hours': {
      // A copy moving with the meeting (a diary entry with the journey, starting half an hour before it) is
      // outside hours at other starts than the meeting is: only the meeting's own finding says where to jump.
      if (ctx.proposed.allDay || f.occurrences[0]?.key !== ctx.key) return next;
      const local = DateTime.fromMillis(candidate, { zone: ctx.zone });
      const [h, m] = f.data.hoursStart.split(':').map(Number);
      const opening = local.set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 });
      // Too early: nothing before the opening helps. Too late: a later start that day ends later.
      return opening.toMillis() > candidate ? opening.toMillis() : local.startOf('day').plus({ days: 1 }).toMillis();
    }
    case 'order':
      // Undetermined (no published holiday arrangement to count the working days in): so is every
      // later start, until the meeting pairs with other prerequisites.
      if (f.data.undetermined === true) return f.occurrences[0]?.key === ctx.key ? ctx.edges.nextPairingAfter(candidate) : next;
      if (f.suggestion?.occurrence === ctx.key) {
        const earliest = DateTime.fromISO(f.suggestion.earliestStart, { setZone: true });
        return Math.min(earliest.isValid ? earliest.toMillis() : next, ctx.edges.nextAfter(candidate));
      }
      return next;
    case 'order-late':
      if (f.occurrences[0]?.key !== ctx.key) return next;
      return f.data.undetermined === true ? ctx.edges.nextPairingAfter(candidate) : ctx.edges.nextAfter(candidate);
    case 'order-missing':
      return f.occurrences[0]?.key === ctx.key ? ctx.edges.nextAfter(candidate) : next;
    default:
      return next;
  }
}

/** What identifies a period finding across moves: its rule, kind and period (its citations change). */
function periodKey(f: Finding): string {
  return f.kind === 'cadence-missed' || f.kind === 'cadence-crowded' ? `${f.rule}\u0000${f.kind}\u0000${f.data.periodStart}` : f.id;
}

/**
 * The earliest start that could clear a period finding a move at `candidate` creates. A period left
 * short (`cadence-missed`) is refilled only by a start inside it: before it, jump to it; after it,
 * no later start helps. A period crowded (`cadence-crowded`) is cleared by starting after it.
 */
function periodJump(f: Finding, candidate: number): number {
  if (f.kind !== 'cadence-missed' && f.kind !== 'cadence-crowded') return candidate + 1;
  const start = DateTime.fromISO(f.data.periodStart, { setZone: true });
  const end = DateTime.fromISO(f.data.periodEnd, { setZone: true });
  if (!start.isValid || !end.isValid) return candidate + 1;
  if (f.kind === 'cadence-crowded') return candidate >= start.toMillis() && candidate < end.toMillis() ? end.toMillis() : candidate + 1;
  if (candidate < start.toMillis()) return start.toMillis();
  return candidate >= end.toMillis() ? Infinity : candidate + 1;
}

const byKeyCache = new WeakMap<PreparedCheck, ReadonlyMap<string, Occurrence>>();

function occurrenceByKey(prepared: PreparedCheck): ReadonlyMap<string, Occurrence> {
  let map = byKeyCache.get(prepared);
  if (map === undefined) {
    map = new Map(prepared.occurrences.map((o) => [o.key, o]));
    byKeyCache.set(prepared, map);
  }
  return map;
}

function normalised(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

/** The office hours that apply: the options', else a `working-days` rule's for the meeting, else the default. */
function resolveHours(given: SuggestOptions['hours'], prepared: PreparedCheck, proposed: Occurrence): readonly WorkingHours[] | null {
  if (given === null) return null;
  if (given !== undefined) {
    const list = isHours(given) ? [given] : [...given];
    if (list.length === 0) throw new Error('suggestSlots: hours is an empty list');
    for (const h of list) if (!(minutes(h.start) < minutes(h.end))) throw new Error(`suggestSlots: hours ${h.start}–${h.end} is not a range of the day`);
    return list;
  }
  for (const rule of prepared.rules) {
    if (rule.kind !== 'working-days' || rule.hours === undefined || !compileSelector(rule.event)(proposed)) continue;
    if (isHours(rule.hours)) return [rule.hours];
    const table = rule.hours as Readonly<Record<string, WorkingHours>>;
    const office = proposed.calendar.office;
    const hours = (office !== null ? table[office] : undefined) ?? table['*'];
    if (hours !== undefined) return [hours];
  }
  return [DEFAULT_HOURS];
}

function isHours(value: unknown): value is WorkingHours {
  return typeof value === 'object' && value !== null && typeof (value as WorkingHours).start === 'string' && typeof (value as WorkingHours).end === 'string';
}

/** `HH:mm` → minutes of the day; NaN when malformed. `24:00` is the end of the day. */
function minutes(hhmm: string): number {
  const match = /^(\d{1,2}):(\d{2})$/u.exec(hhmm);
  if (match === null) return Number.NaN;
  const value = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && value <= 24 * 60 ? value : Number.NaN;
}

function minuteRange(h: WorkingHours): MinuteRange {
  return { start: minutes(h.start), end: minutes(h.end) };
}

function positiveInteger(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) throw new Error(`suggestSlots: ${name} must be a whole number ≥ 1, got ${value}`);
  return value;
}

function iso(instant: DateTime, allDay: boolean): string {
  return (allDay ? instant.toISODate() : instant.toISO({ suppressMilliseconds: true })) ?? instant.toString();
}

/** The meeting as findings cite occurrences (times on its calendar's clock). */
function meetingRef(o: Occurrence, allDay: boolean, zone: string): OccurrenceRef {
  return {
    key: o.key,
    calendar: o.calendar.id,
    office: o.calendar.office,
    uid: o.uid,
    recurrenceId: o.recurrenceId,
    start: iso(allDay ? o.start : o.start.setZone(zone), allDay),
    end: iso(allDay ? o.end : o.end.setZone(zone), allDay),
    allDay,
    summary: o.summary,
  };
}
