/**
 * A VEVENT series (master + overrides) → its occurrences inside a window.
 *
 * Instances are identified by their original start: the instant for DATE-TIME series, the date for
 * DATE series. EXDATE and RECURRENCE-ID are matched on that identity, so a value written in another
 * zone or in UTC still finds its instance (RFC 5545 §3.8.5.1, §3.8.4.4); a DATE written against a
 * DATE-TIME series (Exchange, iCloud) matches every instance on that local date.
 *
 * Choices where exporters and the RFC leave room (each has a test named for it):
 * - DTSTART is always the first instance, matching the rule or not (§3.8.5.3).
 * - An override is shown even when its original date is also in EXDATE: Apple iCal writes both for
 *   a moved instance; EXDATE removes the original slot only.
 * - An override without DTEND/DURATION keeps the series' duration.
 * - DTEND and DTSTART in the same zone give a wall-clock length (a 09:00–11:00 meeting stays
 *   09:00–11:00 across a DST change); in different zones, an exact length.
 */
import { DateTime, FixedOffsetZone, IANAZone, Settings, type Zone } from 'luxon';
import type { CalendarInfo } from '../model/calendar.js';
import type { Attendee, Occurrence } from '../model/occurrence.js';
import type { EventRecord, TimeValue } from './read-event.js';
import type { LoadIssue } from './internal/load-issue.js';
import { isoDate, localMillisToWall, MS_PER_DAY, wallToLocalMillis } from './internal/civil.js';
import { iterateRule, parseRule } from './internal/recur.js';
import { parseDateTimeText } from './internal/values.js';
import { detach } from './internal/detach.js';
import { localToInstant } from './zones.js';

export interface ExpandContext {
  readonly calendar: CalendarInfo;
  readonly defaultZone: Zone;
  /** Window as epoch milliseconds, half-open. */
  readonly from: number;
  readonly to: number;
  /** Occurrences still allowed for this calendar; decremented as occurrences are produced. */
  readonly budget: { remaining: number; hit: boolean };
  /** Upper bound on rule iterator steps per series. */
  readonly maxSteps: number;
}

/** Length of an instance: wall-clock part (added to the local time) and exact part. */
interface Span {
  readonly wall: number;
  readonly exact: number;
}

/** One instance before it becomes an Occurrence. */
interface Instance {
  /** Identity: instant (DATE-TIME series) or local midnight (DATE series). */
  readonly id: number;
  readonly start: TimeValue;
  readonly span: Span;
  /** The end from an RDATE PERIOD, which overrides the span. */
  readonly end: TimeValue | null;
}

const UTC = FixedOffsetZone.utcInstance;

/**
 * Expands one series.
 * @param master - the VEVENT without RECURRENCE-ID, or null when only overrides exist
 * @param overrides - the VEVENTs with the same UID and a RECURRENCE-ID
 * @param keyBase - `calendarId/uid` (made unique by the caller for duplicate UIDs)
 * @param ctx - window, calendar and budget
 * @param issues - where problems are collected
 * @returns the occurrences overlapping the window, unsorted
 */
export function expandSeries(
  master: EventRecord | null,
  overrides: readonly EventRecord[],
  keyBase: string,
  ctx: ExpandContext,
  issues: LoadIssue[],
): Occurrence[] {
  const out: Occurrence[] = [];
  if (master === null) {
    for (const o of overrides) {
      const rid = recurrenceIdText(o.recurrenceId!, o.recurrenceId!.kind === 'date');
      issues.push({ code: 'orphan-override', severity: 'warning', line: o.line, data: { recurrenceId: isoLocal(o.recurrenceId!) } });
      emit(out, o, o.start, spanOf(o, null, issues), null, rid, keyBase, ctx, null);
    }
    return out;
  }
  const dateSeries = master.start.kind === 'date';
  const seriesZone = master.start.kind === 'date' ? ctx.defaultZone : master.start.zone;
  const recurring = master.rrules.length > 0 || master.rdates.length > 0 || overrides.length > 0;
  const baseSpan = spanOf(master, null, issues);

  // Identity of any time value against this series.
  const identity = (t: TimeValue): number => {
    if (dateSeries) {
      if (t.kind === 'date') return t.local;
      // A UTC DATE-TIME against a DATE series (RFC 5545 wants a DATE) is written two ways: Google
      // writes the day at 00:00Z (20021225T000000Z for Christmas), Exchange bridges write the local
      // midnight as an instant (20220509T160000Z for 10 May in Shanghai). Midnight UTC is read as
      // its UTC day, any other time as its day in the series' zone (as for UNTIL, untilLocal); where
      // only the other reading names an instance, `instanceOf` takes that one. Zoned and floating
      // values keep their wall date.
      return dayOf(isUtc(t) && t.local % MS_PER_DAY !== 0 ? toLocal(t.instant, seriesZone) : t.local);
    }
    if (t.kind === 'date') return Number.NaN; // matched by date, see dateMatches
    // A floating RECURRENCE-ID/EXDATE on a zoned series means the series' own wall clock.
    return t.floating ? localToInstant(seriesZone, t.local) : t.instant;
  };

  // Window in the series' wall clock, with room for the longest span and THISANDFUTURE shifts.
  const thisAndFuture = overrides.filter((o) => o.thisAndFuture).sort((a, b) => identity(a.recurrenceId!) - identity(b.recurrenceId!));
  let reach = baseSpan.wall + baseSpan.exact + 2 * MS_PER_DAY;
  for (const o of thisAndFuture) reach = Math.max(reach, Math.abs(o.start.local - o.recurrenceId!.local) + 2 * MS_PER_DAY + spanLength(spanOf(o, baseSpan, [])));
  const localFrom = toLocal(ctx.from, seriesZone) - reach;
  const localTo = toLocal(ctx.to, seriesZone) + reach;

  // Base instances: DTSTART, each RRULE, each RDATE.
  const instances = new Map<number, Instance>();
  const dateOnlyExcluded = new Set<number>();
  const add = (local: number, end: TimeValue | null = null, span: Span = baseSpan) => {
    const start: TimeValue = dateSeries
      ? { kind: 'date', local }
      : { kind: 'date-time', local, zone: seriesZone, instant: localToInstant(seriesZone, local), floating: master.start.kind === 'date-time' && master.start.floating };
    const id = identity(start);
    if (!instances.has(id)) instances.set(id, { id, start, span, end });
  };
  const masterLocal = master.start.local;
  if (masterLocal <= localTo) add(masterLocal);
  for (const rrule of master.rrules) {
    const spec = parseRule(rrule.value);
    if ('error' in spec) {
      issues.push(
        spec.code === 'unsupported-rscale'
          ? { code: 'unsupported-rscale', severity: 'warning', line: rrule.line, data: { value: rrule.value, rscale: spec.error.replace('RSCALE=', '') } }
          : { code: 'invalid-rrule', severity: 'warning', line: rrule.line, data: { value: rrule.value, detail: spec.error } },
      );
      continue;
    }
    if (spec.untilRepaired !== null) {
      issues.push({ code: 'nonstandard-until', severity: 'info', line: rrule.line, data: { until: spec.untilRepaired, read: spec.untilText! } });
    }
    const until = spec.untilText === null ? null : untilLocal(spec.untilText, dateSeries, seriesZone, ctx.defaultZone);
    const { starts, truncated, capped } = iterateRule(spec, {
      start: masterLocal,
      dateOnly: dateSeries,
      until,
      notBefore: localFrom,
      stopAfter: localTo,
      maxSteps: ctx.maxSteps,
      // No more starts inside the window than the calendar may still take (plus the overridden ones).
      maxStarts: ctx.budget.remaining + overrides.length + 1,
    });
    if (truncated) {
      ctx.budget.hit = true;
      issues.push({ code: 'occurrence-cap', severity: 'warning', line: rrule.line, data: { limit: ctx.maxSteps } });
    }
    for (const local of starts) if (local >= localFrom) add(local);
    // The budget stopped the series while it goes on: the calendar's cap is reached (reported once).
    if (capped) ctx.budget.hit = true;
  }
  for (const rdate of master.rdates) {
    const local = dateSeries ? dateLocalOf(rdate.start) : rdate.start.kind === 'date' ? rdate.start.local + timeOfDay(masterLocal) : toLocal(rdate.start.instant, seriesZone);
    if (local < localFrom || local > localTo) continue;
    const span = rdate.duration ? { wall: rdate.duration.sign * rdate.duration.days * MS_PER_DAY, exact: rdate.duration.sign * rdate.duration.millis } : baseSpan;
    add(local, rdate.end, span);
  }

  // The instance an EXDATE or RECURRENCE-ID names: its identity, or for a UTC time against a DATE
  // series the other day it can mean (see identity) when only that one is an instance.
  const instanceOf = (t: TimeValue): number => {
    const id = identity(t);
    if (!dateSeries || !isUtc(t) || instances.has(id)) return id;
    const other = t.local % MS_PER_DAY !== 0 ? dayOf(t.local) : dayOf(toLocal(t.instant, seriesZone));
    return instances.has(other) ? other : id;
  };

  // EXDATE removes base instances only.
  for (const ex of master.exdates) {
    if (!dateSeries && ex.kind === 'date') dateOnlyExcluded.add(ex.local);
    else instances.delete(instanceOf(ex));
  }
  if (dateOnlyExcluded.size > 0) {
    for (const [id, instance] of instances) if (dateOnlyExcluded.has(dayOf(instance.start.local))) instances.delete(id);
  }

  // Overrides replace their instance (by identity, or by local date for a DATE RECURRENCE-ID).
  const overridden = new Set<number>();
  for (const o of overrides) {
    const rid = o.recurrenceId!;
    if (!dateSeries && rid.kind === 'date') {
      for (const [id, instance] of instances) if (dayOf(instance.start.local) === rid.local) overridden.add(id);
      const match = [...instances.values()].find((i) => dayOf(i.start.local) === rid.local);
      const ridText = match ? recurrenceIdText(match.start, false) : isoDate(rid.local);
      emit(out, o, o.start, spanOf(o, baseSpan, issues), null, ridText, keyBase, ctx, master);
      continue;
    }
    const id = instanceOf(rid);
    overridden.add(id);
    emit(out, o, o.start, spanOf(o, baseSpan, issues), null, recurrenceIdText(idToTime(id, dateSeries), dateSeries), keyBase, ctx, master);
  }

  const ordered = [...instances.values()].sort((a, b) => a.id - b.id);
  for (const instance of ordered) {
    if (overridden.has(instance.id)) continue;
    const rid = recurring ? recurrenceIdText(instance.start, dateSeries) : null;
    // RANGE=THISANDFUTURE: the latest such override at or before this instance applies its
    // shift, length and fields (RFC 5545 §3.8.4.4).
    let source: EventRecord = master;
    let start = instance.start;
    let span = instance.span;
    for (let i = thisAndFuture.length - 1; i >= 0; i -= 1) {
      const o = thisAndFuture[i]!;
      if (identity(o.recurrenceId!) <= instance.id) {
        source = o;
        const shift = o.start.local - (o.recurrenceId!.kind === 'date' || dateSeries ? o.recurrenceId!.local : toLocal(identity(o.recurrenceId!), seriesZone));
        start = shifted(instance.start, shift, seriesZone);
        span = spanOf(o, baseSpan, []);
        break;
      }
    }
    emit(out, source, start, span, instance.end, rid, keyBase, ctx, master);
  }
  return out;
}

/** A DATE-TIME written in UTC (`Z`, or a TZID naming UTC). */
function isUtc(t: TimeValue): t is Extract<TimeValue, { kind: 'date-time' }> {
  return t.kind === 'date-time' && !t.floating && t.zone.isUniversal && t.zone.offset(0) === 0;
}

function shifted(t: TimeValue, shift: number, zone: Zone): TimeValue {
  if (t.kind === 'date') return { kind: 'date', local: t.local + Math.round(shift / MS_PER_DAY) * MS_PER_DAY };
  const local = t.local + shift;
  return { ...t, local, instant: localToInstant(zone, local) };
}

function emit(
  out: Occurrence[],
  source: EventRecord,
  start: TimeValue,
  span: Span,
  explicitEnd: TimeValue | null,
  recurrenceId: string | null,
  keyBase: string,
  ctx: ExpandContext,
  series: EventRecord | null,
): void {
  const { startMs, endMs, zone } = bounds(start, span, explicitEnd, ctx.defaultZone);
  // [from, to) with from = to is empty: nothing overlaps it, not even an event spanning `from`.
  const inside = ctx.to > ctx.from && (endMs > startMs ? endMs > ctx.from && startMs < ctx.to : startMs >= ctx.from && startMs < ctx.to);
  if (!inside) return;
  if (ctx.budget.remaining <= 0) {
    ctx.budget.hit = true;
    return;
  }
  ctx.budget.remaining -= 1;
  // Keys and recurrence ids are joined, not concatenated: `join` makes one flat string, where `+` or a
  // template makes a tree of parts (~100 bytes more per occurrence) holding on to the file's text.
  out.push(new ExpandedOccurrence(source, recurrenceId === null ? keyBase : [keyBase, '/', recurrenceId].join(''), recurrenceId, startMs, endMs, zone, start.kind === 'date', ctx, series));
}

/** What all instances of one VEVENT share, made once per VEVENT. */
interface SharedFields {
  readonly uid: string;
  readonly details: EventRecord['details'];
  readonly location: Occurrence['source'];
}

const sharedFields = new WeakMap<EventRecord, SharedFields>();

function sharedOf(source: EventRecord, ctx: ExpandContext): SharedFields {
  let shared = sharedFields.get(source);
  if (shared === undefined) {
    shared = { uid: detach(source.uid), details: detachDetails(source.details), location: { file: ctx.calendar.file, line: source.line } };
    sharedFields.set(source, shared);
  }
  return shared;
}

/**
 * The details with every string {@link detach}ed, field by field: a generic walk over the object
 * (`Object.entries`, prototype checks, recursion) cost more than the rest of `emit` at 100 000
 * occurrences. Values that hold no text (status, luxon Durations) are kept as they are.
 */
function detachDetails(d: EventRecord['details']): EventRecord['details'] {
  const xProps: Record<string, string[]> = {};
  for (const name in d.xProps) xProps[detach(name)] = d.xProps[name]!.map(detach);
  return {
    summary: detach(d.summary),
    description: d.description === null ? null : detach(d.description),
    location: d.location === null ? null : detach(d.location),
    organizer: d.organizer === null ? null : detachAttendee(d.organizer),
    attendees: d.attendees.map(detachAttendee),
    categories: d.categories.map(detach),
    status: d.status,
    transparent: d.transparent,
    busy: d.busy,
    relations: d.relations.map((r) => ({ target: detach(r.target), valueType: r.valueType, relType: detach(r.relType), gap: r.gap })),
    concepts: d.concepts.map(detach),
    refIds: d.refIds.map(detach),
    xProps,
  };
}

/**
 * One shared copy per distinct attendee: a district's year names a few hundred people in 140 000
 * ATTENDEE lines (the 100k bench: 527 distinct values), and a copy each was ~100 bytes an occurrence's
 * series kept. Attendees are read-only values; who they are is decided by their fields, never by
 * object identity (the rules remember answers per attendees array, which stays one per VEVENT).
 */
function detachAttendee(a: Attendee): Attendee {
  // Looked up by address, then among that address's few variants (name, role, PARTSTAT, CUTYPE):
  // a joined key string per ATTENDEE line cost more than the rest of sharing (110 ms at 100k).
  // Attendees written with a CN only (OA exports) are looked up by name, marked so as not to meet an address.
  const by = a.address ?? `\u0000${a.name ?? ''}`;
  let variants = attendees.get(by);
  if (variants === undefined) {
    if (attendees.size >= 50_000) attendees.clear();
    attendees.set(detach(by), (variants = []));
  }
  for (const v of variants) {
    if (v.name === a.name && v.role === a.role && v.partstat === a.partstat && v.cutype === a.cutype && v.email === a.email && v.sentBy === a.sentBy) return v;
  }
  const fields: Attendee = {
    address: a.address === null ? null : detach(a.address),
    name: a.name === null ? null : detach(a.name),
    role: detach(a.role),
    partstat: detach(a.partstat),
    cutype: detach(a.cutype),
  };
  // EMAIL and SENT-BY only when written: the common shape stays the same.
  const copy: Attendee =
    (a.email ?? null) === null && (a.sentBy ?? null) === null
      ? fields
      : { ...fields, ...(a.email != null && { email: detach(a.email) }), ...(a.sentBy != null && { sentBy: detach(a.sentBy) }) };
  // Variants of one address are few (its PARTSTATs and ROLEs); a hostile file could vary them without bound.
  if (variants.length >= 64) variants.length = 0;
  variants.push(copy);
  return copy;
}

/** Shared attendees by address, each with its variants (bounded: a city's people are a few thousand). */
const attendees = new Map<string, Attendee[]>();

/**
 * An occurrence as the loader makes it: its `start` and `end` DateTimes are built on first use from
 * the instants and zone, and kept. A luxon DateTime costs ~700 bytes; a year of 1 000 000
 * occurrences held two each eagerly (1.4 GB of a 4 GB budget), though the rules read instants
 * (`toMillis`) and most occurrences never appear in a finding. Everything else is a plain own
 * property, as in any other Occurrence; per-VEVENT values (attendees, categories …) are shared by
 * all instances of a series.
 */
class ExpandedOccurrence implements Occurrence {
  readonly key: string;
  readonly calendar: CalendarInfo;
  readonly uid: string;
  readonly recurrenceId: string | null;
  readonly allDay: boolean;
  readonly summary: string;
  readonly description: string | null;
  readonly location: string | null;
  readonly organizer: Occurrence['organizer'];
  readonly attendees: Occurrence['attendees'];
  readonly categories: Occurrence['categories'];
  readonly status: Occurrence['status'];
  readonly transparent: boolean;
  readonly busy: Occurrence['busy'];
  readonly relations: Occurrence['relations'];
  readonly concepts: Occurrence['concepts'];
  readonly refIds: Occurrence['refIds'];
  readonly xProps: Occurrence['xProps'];
  readonly sequence: number;
  readonly seriesSequence: number | undefined;
  readonly seriesLastModified: number | undefined;
  readonly lastModified: number | undefined;
  readonly savedCancellation: true | undefined;
  readonly thisAndFuture: true | undefined;
  readonly source: Occurrence['source'];
  readonly #startMs: number;
  readonly #endMs: number;
  readonly #zone: Zone;
  #start: DateTime | undefined;
  #end: DateTime | undefined;

  constructor(source: EventRecord, key: string, recurrenceId: string | null, startMs: number, endMs: number, zone: Zone, allDay: boolean, ctx: ExpandContext, series: EventRecord | null) {
    const { uid, details: d, location: where } = sharedOf(source, ctx);
    // Flat: the caller joins it from a flat keyBase (see load-calendar.ts), so it holds no file text.
    this.key = key;
    this.calendar = ctx.calendar;
    this.uid = uid;
    this.recurrenceId = recurrenceId;
    this.allDay = allDay;
    this.summary = d.summary;
    this.description = d.description;
    this.location = d.location;
    this.organizer = d.organizer;
    this.attendees = d.attendees;
    this.categories = d.categories;
    this.status = d.status;
    this.transparent = d.transparent;
    this.busy = d.busy;
    this.relations = d.relations;
    this.concepts = d.concepts;
    this.refIds = d.refIds;
    this.xProps = d.xProps;
    this.sequence = source.sequence;
    // The master's SEQUENCE on every instance, overridden or not: the revision of the series (see Occurrence).
    this.seriesSequence = series?.sequence;
    // And the master's LAST-MODIFIED: the series' revision time when SEQUENCE is never raised (QL-1).
    this.seriesLastModified = series?.lastModified ?? undefined;
    // The VEVENT's own (an override's, not its master's): which copy of this instance is newer (QA26-39).
    this.lastModified = source.lastModified ?? undefined;
    this.savedCancellation = source.savedCancellation === true ? true : undefined;
    this.thisAndFuture = source.thisAndFuture ? true : undefined;
    this.source = where;
    this.#startMs = startMs;
    this.#endMs = endMs;
    this.#zone = zone;
  }

  /** The start instant, without building `start` (see occurrence-millis.ts). */
  get startMillis(): number {
    return this.#startMs;
  }

  /** The end instant, without building `end`. */
  get endMillis(): number {
    return this.#endMs;
  }

  get start(): DateTime {
    return (this.#start ??= dateTimeAt(this.#startMs, this.#zone));
  }

  get end(): DateTime {
    return (this.#end ??= dateTimeAt(this.#endMs, this.#zone));
  }
}

/**
 * `DateTime.fromMillis(ms, { zone })`, sharing one luxon Locale among all of them. fromMillis gives
 * every DateTime a Locale of its own with eight small cache objects: ~470 of its ~690 bytes, a
 * gigabyte at a year of 1 000 000 occurrences. luxon's DateTime constructor takes the Locale to use
 * (it is how `plus` and `setZone` share theirs) but is not public API, so it is used only when a
 * probe at start-up shows it builds the same DateTime as fromMillis (luxon is pinned; a change
 * there falls back to fromMillis, never to a wrong time).
 */
function dateTimeAt(ms: number, zone: Zone): DateTime {
  if (construct === null || !(Math.abs(ms) <= MAX_MILLIS)) return DateTime.fromMillis(ms, { zone });
  return construct({ ts: ms, zone, loc: sharedLocale() });
}

/** luxon's accepted range of epoch milliseconds (±100 000 000 days); fromMillis makes anything else invalid. */
const MAX_MILLIS = 8.64e15;

type Construct = (config: { ts: number; zone: Zone; loc: unknown }) => DateTime;

/** The Locale fromMillis would make now (it follows luxon `Settings` defaults, read when made). */
function sharedLocale(): unknown {
  // Compared by identity, once per DateTime: building a text of them (JSON of the week settings)
  // was a tenth of the time spent making DateTimes. luxon's setters replace these values, never
  // change them in place.
  const { defaultLocale, defaultNumberingSystem, defaultOutputCalendar, defaultWeekSettings } = Settings;
  const made = localeFor;
  if (
    made === undefined ||
    made.locale !== defaultLocale ||
    made.numbering !== defaultNumberingSystem ||
    made.calendar !== defaultOutputCalendar ||
    made.week !== defaultWeekSettings
  ) {
    locale = (DateTime.fromMillis(0) as unknown as { loc: unknown }).loc;
    localeFor = { locale: defaultLocale, numbering: defaultNumberingSystem, calendar: defaultOutputCalendar, week: defaultWeekSettings };
  }
  return locale;
}

let locale: unknown;
let localeFor: { locale: unknown; numbering: unknown; calendar: unknown; week: unknown } | undefined;

const construct: Construct | null = (() => {
  const Constructor = DateTime as unknown as new (config: { ts: number; zone: Zone; loc: unknown }) => DateTime;
  const make: Construct = (config) => new Constructor(config);
  try {
    const zone = IANAZone.create('Asia/Shanghai');
    for (const ms of [0, 1_652_144_400_000, -2_208_988_800_000]) {
      const made = make({ ts: ms, zone, loc: sharedLocale() });
      const reference = DateTime.fromMillis(ms, { zone });
      if (!(made instanceof DateTime) || !made.isValid || made.toMillis() !== ms || made.offset !== reference.offset || made.toISO() !== reference.toISO() || made.zoneName !== reference.zoneName) return null;
    }
    return make;
  } catch {
    return null;
  }
})();

function bounds(start: TimeValue, span: Span, explicitEnd: TimeValue | null, defaultZone: Zone): { startMs: number; endMs: number; zone: Zone } {
  if (start.kind === 'date') {
    const startMs = localToInstant(defaultZone, start.local);
    let endLocal = start.local + Math.max(MS_PER_DAY, Math.ceil((span.wall + span.exact) / MS_PER_DAY) * MS_PER_DAY);
    if (explicitEnd !== null && explicitEnd.kind === 'date' && explicitEnd.local > start.local) endLocal = explicitEnd.local;
    return { startMs, endMs: localToInstant(defaultZone, endLocal), zone: defaultZone };
  }
  const startMs = start.instant;
  let endMs = span.wall === 0 ? startMs + span.exact : localToInstant(start.zone, start.local + span.wall) + span.exact;
  if (explicitEnd !== null && explicitEnd.kind === 'date-time') endMs = explicitEnd.instant;
  return { startMs, endMs: Math.max(startMs, endMs), zone: start.zone };
}

/**
 * The length of an event from DTEND or DURATION; the RFC 5545 §3.6.1 default without either
 * (one day for a DATE, zero for a DATE-TIME), or `fallback` (the series' length, for overrides).
 */
function spanOf(e: EventRecord, fallback: Span | null, issues: LoadIssue[]): Span {
  const start = e.start;
  if (e.end !== null) {
    let span: Span;
    if (start.kind === 'date') {
      const endLocal = e.end.kind === 'date' ? e.end.local : dayOf(e.end.local);
      span = { wall: endLocal - start.local, exact: 0 };
      // An all-day event whose DTEND equals DTSTART (Calendar Labs) is shown as one day.
      if (span.wall <= 0) span = { wall: MS_PER_DAY, exact: 0 };
      return span;
    }
    if (e.end.kind === 'date') span = { wall: 0, exact: localToInstant(start.zone, e.end.local) - start.instant };
    else if (e.end.zone === start.zone || e.end.zone.equals(start.zone)) span = { wall: e.end.local - start.local, exact: 0 };
    else span = { wall: 0, exact: e.end.instant - start.instant };
    const endInstant = e.end.kind === 'date' ? localToInstant(start.zone, e.end.local) : e.end.instant;
    if (endInstant < start.instant) {
      issues.push({ code: 'end-before-start', severity: 'warning', line: e.line, data: { start: isoLocal(start), end: isoLocal(e.end) } });
      return { wall: 0, exact: 0 };
    }
    return span;
  }
  if (e.duration !== null) {
    if (e.duration.sign < 0) {
      // The end the file implies (`-PT1H` from 09:00 is 08:00), so the problem names what was written (QB-5).
      const endLocal = start.local - e.duration.days * MS_PER_DAY - e.duration.millis;
      const implied: TimeValue = start.kind === 'date' ? { kind: 'date', local: dayOf(endLocal) } : { ...start, local: endLocal, instant: localToInstant(start.zone, endLocal) };
      issues.push({ code: 'end-before-start', severity: 'warning', line: e.line, data: { start: isoLocal(start), end: isoLocal(implied) } });
      return { wall: 0, exact: 0 };
    }
    return { wall: e.duration.days * MS_PER_DAY, exact: e.duration.millis };
  }
  if (fallback !== null) return fallback;
  return start.kind === 'date' ? { wall: MS_PER_DAY, exact: 0 } : { wall: 0, exact: 0 };
}

function spanLength(span: Span): number {
  return span.wall + span.exact;
}

function dayOf(local: number): number {
  return Math.floor(local / MS_PER_DAY) * MS_PER_DAY;
}

function timeOfDay(local: number): number {
  return local - dayOf(local);
}

function dateLocalOf(t: TimeValue): number {
  return dayOf(t.local);
}

function toLocal(instant: number, zone: Zone): number {
  return instant + zone.offset(instant) * 60_000;
}

function idToTime(id: number, dateSeries: boolean): TimeValue {
  return dateSeries ? { kind: 'date', local: id } : { kind: 'date-time', local: id, zone: UTC, instant: id, floating: false };
}

/** RECURRENCE-ID as reported: an ISO date for DATE series, else the UTC instant. */
function recurrenceIdText(t: TimeValue, dateSeries: boolean): string {
  if (dateSeries || t.kind === 'date') return isoDate(t.kind === 'date' ? t.local : dayOf(t.local));
  return isoInstant(t.instant);
}

function isoInstant(ms: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const date = isoDate(ms);
  const rest = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const h = Math.floor(rest / 3_600_000);
  const m = Math.floor((rest % 3_600_000) / 60_000);
  const sec = Math.floor((rest % 60_000) / 1000);
  // Joined: one flat string per occurrence's recurrence id, not a tree of its parts.
  return [date, 'T', two(h), ':', two(m), ':', two(sec), 'Z'].join('');
}

/**
 * A time value for a message, on the clock it was written on: `2022-05-10T09:00:00+08:00` for
 * `DTSTART;TZID=Asia/Shanghai:20220510T090000`, a date as a date. Staff compare it with their file,
 * where the UTC instant (01:00Z) appears nowhere.
 */
function isoLocal(t: TimeValue): string {
  if (t.kind === 'date') return isoDate(t.local);
  const wall = localMillisToWall(t.local);
  const two = (n: number) => String(n).padStart(2, '0');
  const offset = Math.round((t.local - t.instant) / 60_000);
  const zone = offset === 0 && !t.floating ? 'Z' : `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  return `${isoDate(t.local)}T${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)}${zone}`;
}

/**
 * UNTIL in the series' wall clock (see internal/recur.ts for why it is converted here):
 * UTC → the series zone's wall time; DATE against a DATE-TIME series → the end of that day
 * (Google writes it so, meaning "through that date"); DATE-TIME against a DATE series → its date.
 */
function untilLocal(text: string, dateSeries: boolean, seriesZone: Zone, defaultZone: Zone): number | null {
  const parsed = parseDateTimeText(text);
  if (parsed === null) return null;
  const local = wallToLocalMillis(parsed.wall);
  if (dateSeries) {
    if (parsed.dateOnly) return local;
    return dayOf(parsed.utc ? toLocal(local, defaultZone) : local);
  }
  if (parsed.dateOnly) return local + MS_PER_DAY - 1000;
  if (parsed.utc) return toLocal(local, seriesZone);
  return local;
}

