/**
 * Loading one calendar: bytes or text in, occurrences inside a window out, with every component of
 * the input accounted for as loaded or skipped, and every defect reported with its line.
 */
import type { RevisionDecider } from '../model/load-problem.js';
import type { CalendarInfo, CalendarMeta } from '../model/calendar.js';
import type { ComponentCounts, LoadResult, SkippedComponent } from '../model/load-result.js';
import { DateTime, type Zone } from 'luxon';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import type { TimeWindow } from '../model/window.js';
import { decodeLines } from './decode.js';
import { parseDocument, type ParsedComponent } from './parse.js';
import type { ContentLine } from './internal/content-line.js';
import { readEvent, readTime, type EventRecord, type TimeValue } from './read-event.js';
import { expandSeries, type ExpandContext } from './expand.js';
import { abbreviationMeaning, ianaZone, isIanaZone, localToInstant, ZoneResolver } from './zones.js';
import { windowsZoneToIana } from './windows-zones.js';
import { BEIJING_TIME_ZONE, beijingTimeName } from './beijing-time-names.js';
import type { LoadIssue } from './internal/load-issue.js';
import { startMillis } from './occurrence-millis.js';
import { detach, detachAll } from './internal/detach.js';
import { MS_PER_DAY, wallToLocalMillis } from './internal/civil.js';
import { parseDateTimeText } from './internal/values.js';

export interface LoadOptions {
  /** Who publishes the calendar: id, office, level, owner. */
  readonly meta: CalendarMeta;
  /** Half-open window; occurrences overlapping it are returned. */
  readonly window: TimeWindow;
  /**
   * IANA zone for floating times and unknown TZIDs; default `Asia/Shanghai`. A valid
   * `X-WR-TIMEZONE` in the file takes precedence: it is the exporter's own statement.
   */
  readonly defaultZone?: string | undefined;
  /**
   * IANA zone that the caller states for this calendar's floating times (a calendar's `timezone`
   * in the config, `--tz` on the command line). Unlike `defaultZone` it wins over the file's
   * `X-WR-TIMEZONE`: the person who configured it knows the file better than the exporter did.
   */
  readonly floatingZone?: string | undefined;
  /** File name for problem locations; null or absent for in-memory input. */
  readonly file?: string | null | undefined;
  /** Occurrences per calendar before expansion stops with an `occurrence-cap` warning; default 100 000. */
  readonly maxOccurrences?: number | undefined;
}

/** Components that are not meetings; counted and skipped. VTIMEZONE and VALARM are not counted. */
const NOT_COUNTED = new Set(['VTIMEZONE', 'VALARM', 'STANDARD', 'DAYLIGHT']);

/** What {@link readCalendar} needs: everything of {@link LoadOptions} but the window and the cap. */
export type ReadOptions = Omit<LoadOptions, 'window' | 'maxOccurrences'>;

/** Series of one UID after superseded revisions are set aside: what expansion works on. */
interface Series {
  /** `calendarId/uid`, the start of every key of its occurrences. */
  readonly keyBase: string;
  readonly master: EventRecord | null;
  readonly overrides: readonly EventRecord[];
  /** The default zone of the series' VCALENDAR when it is not the calendar's (QB-8): its dates and UNTIL are read there. */
  readonly zone?: Zone;
}

/**
 * A calendar read and grouped into series, before expansion: {@link expandCalendar} turns it into the
 * occurrences of a window, as often as asked. Reading (decoding, parsing, reading VEVENTs) is most of
 * the cost of loading: a caller that needs two windows of one file (the check's look-back for links)
 * reads it once. Holds the file's decoded text until it is dropped.
 */
export interface CalendarRead {
  readonly calendar: CalendarInfo;
  /** Problems of reading: the same for every window. */
  readonly issues: readonly LoadIssue[];
  readonly skipped: readonly SkippedComponent[];
  readonly counts: ComponentCounts;
  readonly defaultZone: Zone;
  readonly series: readonly Series[];
  /** The exported date range (`CalendarInfo.exportRange`) in epoch ms, with the line stating its end. */
  readonly exportRange?: { readonly from: number; readonly to: number; readonly line: number };
}

/**
 * Loads a calendar.
 * @param input - the `.ics` content as text or bytes (any supported encoding)
 * @param options - metadata, window, default zone, cap
 * @returns occurrences, skipped components, problems and component counts
 * @throws Error only for programmer errors: an invalid window or default zone
 * @example
 * const r = loadCalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART:20220510T010000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
 *   { meta: { id: 'a' }, window: { from: DateTime.fromISO('2022-05-01T00:00Z'), to: DateTime.fromISO('2022-06-01T00:00Z') } });
 * r.occurrences.length //=> 1
 */
export function loadCalendar(input: string | Uint8Array, options: LoadOptions): LoadResult {
  checkWindow(options.window);
  return expandCalendar(readCalendar(input, options), options.window, options.maxOccurrences);
}

function checkWindow(window: TimeWindow): void {
  if (!window.from.isValid || !window.to.isValid || window.to.toMillis() < window.from.toMillis()) {
    throw new Error('loadCalendar: window must be two valid DateTimes with from <= to');
  }
}

/**
 * Reads a calendar up to its series, without expanding them: the first half of {@link loadCalendar}.
 * @param input - the `.ics` content as text or bytes (any supported encoding)
 * @param options - metadata, default zone, file name
 * @returns the read calendar, for {@link expandCalendar}
 * @throws Error only for programmer errors: an invalid default zone
 * @example
 * const read = readCalendar(text, { meta: { id: 'a' } });
 * expandCalendar(read, q2).occurrences.length + expandCalendar(read, q3).occurrences.length
 * //=> 26
 */
export function readCalendar(input: string | Uint8Array, options: ReadOptions): CalendarRead {
  const requestedZone = options.floatingZone ?? options.defaultZone ?? 'Asia/Shanghai';
  if (!isIanaZone(requestedZone)) throw new Error(`loadCalendar: defaultZone or floatingZone ${requestedZone} is not an IANA zone`);
  const file = options.file ?? null;
  const issues: LoadIssue[] = [];

  const decoded = decodeLines(input);
  if (decoded.encoding === 'gb18030' || decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
    issues.push({ code: 'non-utf8-encoding', severity: 'info', line: 1, data: { encoding: decoded.encoding } });
  } else if (decoded.encoding === 'utf-8-lossy') {
    issues.push({ code: 'undecodable-input', severity: 'warning', line: decoded.firstBadLine ?? 1, data: { detail: 'UTF-8' } });
  } else if (decoded.encoding === 'mixed') {
    // Concatenated exports in different encodings (QF-11): said per VCALENDAR, where it begins.
    for (const part of decoded.parts ?? []) {
      if (part.encoding === 'gb18030') issues.push({ code: 'mixed-encoding', severity: 'info', line: part.line, data: { encoding: part.encoding } });
      else if (part.encoding === 'utf-8-lossy') issues.push({ code: 'undecodable-input', severity: 'warning', line: part.firstBadLine ?? part.line, data: { detail: 'UTF-8' } });
    }
  }
  const document = parseDocument(decoded.lines);
  let quotedPrintable: { line: number; count: number } | null = null;
  for (const issue of document.issues) {
    switch (issue.kind) {
      case 'malformed-line':
        issues.push({ code: 'malformed-line', severity: 'warning', line: issue.line, data: { text: issue.text } });
        break;
      case 'text-continuation':
        issues.push({ code: 'text-continuation', severity: 'info', line: issue.line, data: { property: issue.property } });
        break;
      case 'missing-end':
        issues.push({ code: 'missing-end', severity: 'warning', line: issue.line, data: { component: issue.component } });
        break;
      case 'unexpected-end':
        issues.push({ code: 'unexpected-end', severity: 'warning', line: issue.line, data: { component: issue.component } });
        break;
      case 'property-outside-component':
        issues.push({ code: 'property-outside-component', severity: 'warning', line: issue.line, data: { property: issue.property } });
        break;
      case 'quoted-printable':
        // One note per file: an old export encodes every title so.
        if (quotedPrintable === null) quotedPrintable = { line: issue.line, count: 0 };
        quotedPrintable.count += 1;
        break;
      default: {
        const never: never = issue;
        throw new Error(`unhandled parse issue ${JSON.stringify(never)}`);
      }
    }
  }
  if (quotedPrintable !== null) issues.push({ code: 'quoted-printable', severity: 'info', line: quotedPrintable.line, data: { count: quotedPrintable.count } });
  if (decoded.lines.length === 0) issues.push({ code: 'empty-input', severity: 'warning', line: 1, data: {} });
  else if (document.calendars.length === 0) issues.push({ code: 'not-icalendar', severity: 'error', line: 1, data: {} });

  // Calendar-level properties: the first VCALENDAR that states them wins.
  const calendarProp = (name: string) => {
    for (const c of document.calendars) {
      const p = c.properties.find((q) => q.name === name);
      if (p && p.value.trim() !== '') return p;
    }
    return undefined;
  };
  // RFC 5545 §3.7.4: VERSION:2.0. `1.0` is vCalendar, the older format (read as iCalendar, with its
  // quoted-printable values and recurrence rules translated where they are met); another number is
  // read as 2.0 with a warning. A missing VERSION is not reported: hand-made files and many tools
  // leave it out, and the content decides how it is read.
  const versionLine = calendarProp('VERSION');
  const version = versionLine?.value.trim() ?? '2.0';
  if (version === '1.0') issues.push({ code: 'vcalendar-version', severity: 'warning', line: versionLine!.line, data: { version } });
  else if (version !== '2.0') issues.push({ code: 'unknown-version', severity: 'warning', line: versionLine!.line, data: { version: version.slice(0, 40) } });
  // X-WR-TIMEZONE is a property of its VCALENDAR (RFC 5545 §3.4: the calendar object its properties
  // describe): in a file of concatenated exports each VCALENDAR's floating times are read in its own
  // zone, else in the requested one (QB-8). The calendar's shown zone is the first one stated.
  const calendarZones = new Map<ParsedComponent, string>();
  let defaultZone = requestedZone;
  let stated = false;
  for (const vcalendar of document.calendars) {
    const xwr = vcalendar.properties.find((p) => p.name === 'X-WR-TIMEZONE' && p.value.trim() !== '');
    let zone = requestedZone;
    if (xwr && options.floatingZone === undefined) {
      const name = xwr.value.trim();
      // `X-WR-TIMEZONE:CST` from a Chinese OA is China Standard Time, not Chicago (QB-28).
      const meant = isIanaZone(name) ? abbreviationMeaning(name, ianaZone(requestedZone)) : null;
      if (meant !== null) issues.push({ code: 'ambiguous-tzid', severity: 'warning', line: xwr.line, data: { tzid: name, zone: meant.zone, other: meant.other } });
      // `X-WR-TIMEZONE:北京时间` (an OA's name of Beijing time) means Asia/Shanghai, said as for a TZID.
      const beijing = meant === null && !isIanaZone(name) && windowsZoneToIana(name) === null && beijingTimeName(name);
      if (beijing) issues.push({ code: 'beijing-time-assumed', severity: 'info', line: xwr.line, data: { tzid: name, zone: BEIJING_TIME_ZONE } });
      const resolved = meant !== null ? meant.zone : isIanaZone(name) ? name : beijing ? BEIJING_TIME_ZONE : windowsZoneToIana(name);
      // Kept by the calendar info of every occurrence: a copy, not a view into the file's text.
      if (resolved !== null) zone = detach(resolved);
      else issues.push({ code: 'unknown-calendar-timezone', severity: 'warning', line: xwr.line, data: { tzid: name } });
      if (!stated) defaultZone = zone;
      stated = true;
    }
    calendarZones.set(vcalendar, zone);
  }
  for (const [vcalendar, zone] of calendarZones) {
    if (zone !== defaultZone) {
      const line = vcalendar.properties.find((p) => p.name === 'X-WR-TIMEZONE')?.line ?? vcalendar.line;
      issues.push({ code: 'calendar-zone-differs', severity: 'info', line, data: { zone, calendarZone: defaultZone } });
    }
  }
  const vtimezones = document.calendars.flatMap((c) => c.children.filter((k) => k.name === 'VTIMEZONE'));
  const zones = new ZoneResolver(vtimezones, defaultZone);
  // One resolver per zone: unknown TZIDs fall back to it, and its answers are cached per zone.
  const resolvers = new Map<string, ZoneResolver>([[defaultZone, zones]]);
  const resolverFor = (zone: string): ZoneResolver => {
    let resolver = resolvers.get(zone);
    if (resolver === undefined) {
      resolver = new ZoneResolver(vtimezones, zone);
      resolvers.set(zone, resolver);
    }
    return resolver;
  };
  const exportRange = exportedRange(document.calendars, (vcalendar) => resolverFor(calendarZones.get(vcalendar) ?? defaultZone), issues);

  const calendar: CalendarInfo = {
    id: options.meta.id,
    name: options.meta.name ?? detachOrUndefined(calendarProp('X-WR-CALNAME')?.value.trim()) ?? options.meta.id,
    office: options.meta.office ?? null,
    level: options.meta.level ?? null,
    owner: options.meta.owner ?? null,
    ...(options.meta.area !== undefined && { area: options.meta.area }),
    defaultZone,
    file,
    ...(exportRange !== null && {
      exportRange: { from: DateTime.fromMillis(exportRange.from, { zone: 'utc' }).toISO()!, to: DateTime.fromMillis(exportRange.to, { zone: 'utc' }).toISO()! },
    }),
  };

  // Read every component; group VEVENTs by UID into series.
  const skipped: SkippedComponent[] = [];
  let components = 0;
  const series = new Map<string, { masters: Versioned[]; overrides: Versioned[] }>();
  let startOnly: { line: number; events: number } | null = null;
  const uidOrder: string[] = [];
  for (const vcalendar of document.calendars) {
    // A saved iTIP cancellation (RFC 5546 §3.2.5, METHOD:CANCEL) takes its events away from those it
    // was sent to: STATUS:CANCELLED cancels the whole meeting (read as any cancelled event), and
    // without it the attendees it lists are removed ("uninvite"; CalDAV servers that delete a meeting
    // send it so too, listing everyone, nextcloud/server#43802). Those attendees are read as having
    // declined — the rest of the meeting stands — and that is reported.
    const methodLine = vcalendar.properties.find((p) => p.name === 'METHOD');
    const cancelling = methodLine !== undefined && methodLine.value.trim().toUpperCase() === 'CANCEL';
    let cancelledByMethod = 0;
    const vcalendarZones = resolverFor(calendarZones.get(vcalendar) ?? defaultZone);
    for (const component of vcalendar.children) {
      if (NOT_COUNTED.has(component.name)) continue;
      components += 1;
      if (component.name !== 'VEVENT') {
        issues.push({ code: 'unsupported-component', severity: 'info', line: component.line, data: { component: component.name } });
        skipped.push(skip(component, 'unsupported-component', file));
        continue;
      }
      const before = issues.length;
      const record = readEvent(component, vcalendarZones, issues);
      if (record === null) {
        const reason = issues.slice(before).find((i) => i.severity === 'error');
        skipped.push(skip(component, reason?.code ?? 'missing-dtstart', file));
        continue;
      }
      let event = record;
      // RFC 5545 §3.6.1: a DATE-TIME start with neither DTEND nor DURATION is an instant (QB-34). An
      // override keeps its series' length, so only masters count; and only meetings with attendees or a
      // place, whose clashes the attendance rules would look for (a bare reminder or deadline is an
      // instant on purpose).
      if (record.start.kind === 'date-time' && record.end === null && record.duration === null && record.recurrenceId === null &&
        (record.details.attendees.length > 0 || (record.details.location ?? '').trim() !== '')) {
        if (startOnly === null) startOnly = { line: record.line, events: 0 };
        startOnly.events += 1;
      }
      if (cancelling && event.details.status !== 'cancelled') {
        const attendees = event.details.attendees.map((a) => ({ ...a, partstat: 'declined' as const }));
        event = { ...event, details: { ...event.details, attendees } };
        cancelledByMethod += 1;
      }
      // The cancellation outranks the invitation's same-SEQUENCE copies on other calendars (QL-3): see
      // `Occurrence.savedCancellation`.
      if (cancelling) event = { ...event, savedCancellation: true };
      if (event.uid === '') {
        // From what the event says, not when it was exported: DTSTAMP (and LAST-MODIFIED, which some
        // exporters also set to the export time) would give tomorrow's export of the same meeting another
        // UID, and its findings other ids (QC-23).
        const stable = component.properties.filter((p) => p.name !== 'DTSTAMP' && p.name !== 'LAST-MODIFIED');
        const uid = `tongchou-generated-${fnv1a(stable.map((p) => `${p.name}:${p.value}`).join('\n'))}`;
        issues.push({ code: 'missing-uid', severity: 'warning', line: component.line, data: { uid } });
        event = { ...event, uid };
      }
      let group = series.get(event.uid);
      if (group === undefined) {
        group = { masters: [], overrides: [] };
        series.set(event.uid, group);
        uidOrder.push(event.uid);
      }
      (event.recurrenceId === null ? group.masters : group.overrides).push({ event, component, zone: vcalendarZones.defaultZone });
    }
    if (cancelledByMethod > 0) issues.push({ code: 'method-cancel', severity: 'info', line: methodLine!.line, data: { events: cancelledByMethod } });
  }

  // One note per calendar: an OA system that exports no end writes none for any meeting, and a
  // zero-length meeting overlaps nothing, so staff must know the attendance rules cannot see them.
  if (startOnly !== null) issues.push({ code: 'start-only-events', severity: 'warning', line: startOnly.line, data: { events: startOnly.events } });

  // RFC 5545 §3.8.4.7: a UID names one event, so two masters (or two overrides of one instance)
  // are two revisions of it. The current one has the highest SEQUENCE, then comes later in the
  // file (exporters append the newer copy); the other is skipped, so no meeting clashes with itself.
  // Two masters that nothing orders (same SEQUENCE, no LAST-MODIFIED/DTSTAMP saying which is newer)
  // and that differ in both title and day are not revisions but an exporter writing one UID on every
  // row (`UID:1`, QB-40): both are kept, as separate series, and the UID's reuse is reported.
  const superseded = (uid: string, versions: Versioned[]): Versioned[][] => {
    const byKey = new Map<string, Versioned>();
    // Masters only: further distinct events sharing the UID, each a list of its revisions' winner.
    const reused: Versioned[] = [];
    for (const v of versions) {
      const key = v.event.recurrenceId === null ? '' : recurrenceKey(v.event);
      const previous = byKey.get(key);
      if (previous === undefined) {
        byKey.set(key, v);
        continue;
      }
      if (key === '') {
        const candidates = [previous, ...reused];
        const sameEvent = candidates.findIndex((c) => !distinctEvents(v, c));
        if (sameEvent < 0) {
          issues.push({ code: 'reused-uid', severity: 'warning', line: v.event.line, data: { uid, firstLine: previous.event.line } });
          reused.push(v);
          continue;
        }
        if (sameEvent > 0) {
          const other = reused[sameEvent - 1]!;
          const [winner, loser] = newerOrSame(v, other) ? [v, other] : [other, v];
          reused[sameEvent - 1] = winner;
          issues.push({ code: 'duplicate-uid', severity: 'warning', line: loser.event.line, data: { uid, keptLine: winner.event.line, decidedBy: revisionDecider(v, other) } });
          skipped.push(skip(loser.component, 'duplicate-uid', file));
          continue;
        }
      }
      const [winner, loser] = newerOrSame(v, previous) ? [v, previous] : [previous, v];
      byKey.set(key, winner);
      issues.push({ code: 'duplicate-uid', severity: 'warning', line: loser.event.line, data: { uid, keptLine: winner.event.line, decidedBy: revisionDecider(v, previous) } });
      skipped.push(skip(loser.component, 'duplicate-uid', file));
    }
    const kept: Versioned[] = [];
    for (const v of versions) if (byKey.get(v.event.recurrenceId === null ? '' : recurrenceKey(v.event)) === v) kept.push(v);
    return [kept, ...reused.map((v) => [v])];
  };
  forgetExportStamps(series);
  const read: Series[] = [];
  for (const uid of uidOrder) {
    const group = series.get(uid)!;
    const [masters, ...reused] = superseded(uid, group.masters);
    const keptOverrides = superseded(uid, group.overrides)[0]!;
    const overrides = keptOverrides.map((v) => v.event);
    // Joined into one flat string: a template would keep the UID's view into the file's text.
    const keyBase = [calendar.id, '/', uid].join('');
    const zoneOf = (v: Versioned | undefined) => (v === undefined || v.zone === zones.defaultZone ? {} : { zone: v.zone });
    read.push({ keyBase, master: masters![0]?.event ?? null, overrides, ...zoneOf(masters![0] ?? keptOverrides[0]) });
    // A reused UID's further events get their own keys (`cal/1#L12`, the line of their BEGIN).
    for (const [other] of reused) read.push({ keyBase: [keyBase, '#L', String(other!.event.line)].join(''), master: other!.event, overrides: [], ...zoneOf(other) });
  }
  return {
    calendar,
    issues,
    skipped,
    counts: { components, loaded: components - skipped.length, skipped: skipped.length },
    defaultZone: zones.defaultZone,
    series: read,
    ...(exportRange !== null && { exportRange }),
  };
}

/**
 * The date range a file was exported for: Outlook's 另存为日历 with a chosen range writes `X-CLIPSTART`
 * and `X-CLIPEND` on its VCALENDAR (MS-OXCICAL §2.1.3.1.1.6–7; `X-CALSTART`/`X-CALEND` are only its first
 * and last event, and say nothing of what was left out). The range is `[X-CLIPSTART, X-CLIPEND)`, read as
 * DTSTART is (UTC, TZID, floating in the VCALENDAR's zone; a DATE at its midnight). Concatenated exports
 * cover what their ranges together span, and only when every VCALENDAR holding events states a range:
 * one without says nothing of its extent. A range that ends before it starts is ignored.
 */
function exportedRange(
  vcalendars: readonly ParsedComponent[],
  zonesOf: (vcalendar: ParsedComponent) => ZoneResolver,
  issues: LoadIssue[],
): { from: number; to: number; line: number } | null {
  let range: { from: number; to: number; line: number } | null = null;
  for (const vcalendar of vcalendars) {
    if (!vcalendar.children.some((c) => c.name === 'VEVENT')) continue;
    const startLine = vcalendar.properties.find((p) => p.name === 'X-CLIPSTART');
    const endLine = vcalendar.properties.find((p) => p.name === 'X-CLIPEND');
    if (startLine === undefined || endLine === undefined) return null;
    const zones = zonesOf(vcalendar);
    const instant = (p: ContentLine): number | null => {
      const t = readTime(p, p.value, zones, zones.defaultZone, issues);
      if (t === null) return null;
      return t.kind === 'date' ? localToInstant(zones.defaultZone, t.local) : t.instant;
    };
    const from = instant(startLine);
    const to = instant(endLine);
    if (from === null || to === null || to <= from) return null;
    range = range === null ? { from, to, line: endLine.line } : { from: Math.min(range.from, from), to: Math.max(range.to, to), line: range.line };
  }
  return range;
}

/**
 * The part of a read calendar that can have an occurrence starting before an instant: the series
 * with a DTSTART or an RDATE before it, on the master or on an override. An RRULE's instances never
 * start before its DTSTART (RFC 5545 §3.8.5.3), an override's instance starts at the override's own
 * DTSTART, and a RANGE=THISANDFUTURE shift moves later instances no earlier than the override's
 * start, so every other series' occurrences start at or after the instant. Dates and floating
 * times are compared two days wide, for any zone. Expanding the result over a window ending at the
 * instant gives exactly what expanding the whole reading gives there, at the cost of the few series
 * that reach back (a check's look-back before its window reads old series, not the year's meetings).
 * @param read - from {@link readCalendar}
 * @param instant - epoch milliseconds
 * @returns the same reading with only those series
 * @example
 * expandCalendar(startingBefore(read, q2.from.toMillis()), q1).occurrences.length
 * //=> expandCalendar(read, q1).occurrences.length
 */
export function startingBefore(read: CalendarRead, instant: number): CalendarRead {
  const limit = instant + 2 * MS_PER_DAY;
  const early = (t: TimeValue): boolean => (t.kind === 'date' ? t.local : t.instant) < limit;
  const reaches = (record: EventRecord | null): boolean => {
    if (record === null) return false;
    if (early(record.start)) return true;
    for (const rdate of record.rdates) if (early(rdate.start)) return true;
    return false;
  };
  return { ...read, series: read.series.filter((s) => reaches(s.master) || s.overrides.some(reaches)) };
}

/**
 * The occurrences of a read calendar inside a window: the second half of {@link loadCalendar}.
 * @param read - from {@link readCalendar}
 * @param window - half-open; occurrences overlapping it are returned
 * @param maxOccurrences - occurrences before expansion stops with an `occurrence-cap` warning; default 100 000
 * @returns what {@link loadCalendar} returns for that window: reading problems included
 * @throws Error only for programmer errors: an invalid window
 * @example
 * expandCalendar(readCalendar(text, { meta: { id: 'a' } }), q2).occurrences.length
 * //=> 13
 */
export function expandCalendar(read: CalendarRead, window: TimeWindow, maxOccurrences?: number): LoadResult {
  checkWindow(window);
  const { calendar } = read;
  const issues: LoadIssue[] = [...read.issues];
  const budget = { remaining: maxOccurrences ?? 100_000, hit: false };
  const ctx: ExpandContext = {
    calendar,
    defaultZone: read.defaultZone,
    from: window.from.toMillis(),
    to: window.to.toMillis(),
    budget,
    maxSteps: 2_000_000,
  };
  const occurrences: Occurrence[] = [];
  for (const { keyBase, master, overrides, zone } of read.series) {
    const seriesCtx = zone === undefined ? ctx : { ...ctx, defaultZone: zone };
    for (const o of expandSeries(master, overrides, keyBase, seriesCtx, issues)) occurrences.push(o);
  }
  // A window reaching past the exported range: say what the file cannot tell (QF-16).
  const range = read.exportRange;
  if (range !== undefined && (ctx.from < range.from || ctx.to > range.to)) {
    const day = (ms: number): string => DateTime.fromMillis(ms, { zone: read.defaultZone }).toISODate()!;
    issues.push({ code: 'export-range', severity: 'info', line: range.line, data: { from: day(range.from), to: day(range.to - 1) } });
  }
  if (budget.hit && !issues.some((i) => i.code === 'occurrence-cap')) {
    issues.push({ code: 'occurrence-cap', severity: 'warning', line: 1, data: { limit: maxOccurrences ?? 100_000 } });
  }
  occurrences.sort(compareOccurrences);

  return {
    calendar,
    occurrences,
    skipped: read.skipped,
    problems: toProblems(issues, read.calendar.file),
    counts: read.counts,
  };
}

/** The fewest VEVENTs whose one shared LAST-MODIFIED is read as the time of the export. */
const EXPORT_STAMP_EVENTS = 3;

/**
 * Drops LAST-MODIFIED from every VEVENT of a calendar that gives all of them (three or more) the same
 * one: that is the time of the export (Google's birthday calendar, OA exports), not of each event's
 * last revision, and across calendars it would make every copy in the file exported last the current
 * one (QD-9; RFC 5545 §3.8.7.3 means the revision's time). Within the file nothing changes: equal
 * stamps never ordered two revisions (see {@link newerOrSame}).
 */
function forgetExportStamps(series: ReadonlyMap<string, { masters: Versioned[]; overrides: Versioned[] }>): void {
  let stamp: number | null | undefined;
  let events = 0;
  for (const group of series.values()) {
    for (const list of [group.masters, group.overrides]) {
      for (const v of list) {
        if (v.event.lastModified === null || (stamp !== undefined && v.event.lastModified !== stamp)) return;
        stamp = v.event.lastModified;
        events += 1;
      }
    }
  }
  if (events < EXPORT_STAMP_EVENTS) return;
  const forget = (v: Versioned): Versioned => ({ ...v, event: { ...v.event, lastModified: null } });
  for (const group of series.values()) {
    group.masters = group.masters.map(forget);
    group.overrides = group.overrides.map(forget);
  }
}

/** A VEVENT read into a record, with the component it came from (to report it if superseded). */
interface Versioned {
  readonly event: EventRecord;
  readonly component: ParsedComponent;
  /** The default zone of the VCALENDAR it is in (QB-8). */
  readonly zone: Zone;
}

/**
 * Whether `later` (read after `earlier` in the file) is the current revision of the two: the higher
 * SEQUENCE; with equal SEQUENCEs (OA systems never raise it), the later LAST-MODIFIED, then the later
 * DTSTAMP (RFC 5546 §2.1.5 orders revisions by SEQUENCE, then DTSTAMP; RFC 5545 §3.8.7.2 makes DTSTAMP
 * the last revision without a METHOD) when both copies have it; then the one later in the file
 * (exporters append the newer copy).
 */
function newerOrSame(later: Versioned, earlier: Versioned): boolean {
  switch (revisionDecider(later, earlier)) {
    case 'sequence':
      return later.event.sequence > earlier.event.sequence;
    case 'last-modified':
      return later.event.lastModified! > earlier.event.lastModified!;
    case 'dtstamp':
      return stampOf(later.component, 'DTSTAMP')! > stampOf(earlier.component, 'DTSTAMP')!;
    case 'file-order':
      return true;
  }
}

/**
 * What tells two revisions of one VEVENT apart ({@link newerOrSame}): the first of SEQUENCE,
 * LAST-MODIFIED, DTSTAMP that differs (the stamps only when both copies have one), else their order
 * in the file. The duplicate-uid note says which, so that staff know why that copy was kept (QL-6:
 * "SEQUENCE 较小或在文件中较前" was false when LAST-MODIFIED decided for the copy earlier in the file).
 */
function revisionDecider(later: Versioned, earlier: Versioned): RevisionDecider {
  if (later.event.sequence !== earlier.event.sequence) return 'sequence';
  const a = later.event.lastModified;
  const b = earlier.event.lastModified;
  if (a !== null && b !== null && a !== b) return 'last-modified';
  const x = stampOf(later.component, 'DTSTAMP');
  const y = stampOf(earlier.component, 'DTSTAMP');
  if (x !== null && y !== null && x !== y) return 'dtstamp';
  return 'file-order';
}

/**
 * Whether two masters with one UID are different events, not revisions of one (QB-40): nothing orders
 * them as revisions (the same SEQUENCE, and LAST-MODIFIED and DTSTAMP equal or absent on one of them),
 * and they differ in both title and start day. A revision that moves a meeting to another day keeps
 * its title, and one that retitles it keeps its day; an exporter reusing one UID for every row (an
 * RFC 5545 §3.8.4.7 violation) changes both.
 */
function distinctEvents(a: Versioned, b: Versioned): boolean {
  if (a.event.sequence !== b.event.sequence) return false;
  const m = a.event.lastModified;
  const n = b.event.lastModified;
  if (m !== null && n !== null && m !== n) return false;
  const x = stampOf(a.component, 'DTSTAMP');
  const y = stampOf(b.component, 'DTSTAMP');
  if (x !== null && y !== null && x !== y) return false;
  if ((a.event.details.summary ?? '').trim() === (b.event.details.summary ?? '').trim()) return false;
  return dayOf(a.event.start) !== dayOf(b.event.start);
}

/** The local day a start falls on (its written wall clock), as a day number. */
function dayOf(t: TimeValue): number {
  return Math.floor(t.local / MS_PER_DAY);
}

/** A UTC DATE-TIME property (DTSTAMP) as comparable milliseconds; null when absent or unreadable (read as read-event.ts reads LAST-MODIFIED). */
function stampOf(component: ParsedComponent, name: string): number | null {
  const value = component.properties.find((p) => p.name === name)?.value;
  const parsed = value === undefined ? null : parseDateTimeText(value);
  return parsed === null ? null : wallToLocalMillis(parsed.wall);
}

/** Identity of an override's RECURRENCE-ID for de-duplication (the written value and its zone). */
function recurrenceKey(event: EventRecord): string {
  const rid = event.recurrenceId!;
  return rid.kind === 'date' ? `d${rid.local}` : `t${rid.floating ? `f${rid.local}` : rid.instant}`;
}

function skip(component: ParsedComponent, code: SkippedComponent['code'], file: string | null): SkippedComponent {
  const prop = (name: string) => {
    const value = component.properties.find((p) => p.name === name)?.value.trim();
    return value === undefined ? null : detach(value);
  };
  return { component: component.name, uid: prop('UID'), recurrenceId: prop('RECURRENCE-ID'), code, source: { file, line: component.line } };
}

/**
 * The order of {@link LoadResult.occurrences}: start instant, then UID, then RECURRENCE-ID, then key.
 * @param a - an occurrence
 * @param b - another
 * @returns negative, zero or positive, as for `Array.prototype.sort`
 * @example
 * [...result.occurrences].sort(compareOccurrences) //=> the same order as result.occurrences
 */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return (
    startMillis(a) - startMillis(b) ||
    (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) ||
    (a.recurrenceId ?? '').localeCompare(b.recurrenceId ?? '') ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Zone notes repeat on every property that uses the zone: one problem per zone per calendar is enough. */
const ONCE_PER_VALUE = new Set(['unknown-tzid', 'ambiguous-tzid', 'windows-tzid-mapped', 'beijing-time-assumed', 'offset-tzid', 'empty-tzid', 'date-with-tzid', 'unknown-calendar-timezone', 'calendar-zone-differs']);

function toProblems(issues: readonly LoadIssue[], file: string | null): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (ONCE_PER_VALUE.has(issue.code) || issue.code === 'nonstandard-date-value') {
      // An OA export writes every date its own way: the first value per property says it for all.
      const key = issue.code === 'nonstandard-date-value' ? `${issue.code}\u0000${issue.data.property}` : `${issue.code}\u0000${JSON.stringify(issue.data)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    // Problem data quote the file (a TZID, a malformed line): copies, so the report does not hold its text.
    problems.push({ code: issue.code, severity: issue.severity, source: { file, line: issue.line }, data: detachAll(issue.data) } as Problem);
  }
  return problems.sort((a, b) => ('line' in a.source ? a.source.line : 0) - ('line' in b.source ? b.source.line : 0));
}

function detachOrUndefined(text: string | undefined): string | undefined {
  return text === undefined ? undefined : detach(text);
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Alias kept for callers that name the options after the function. */
export type LoadCalendarOptions = LoadOptions;
