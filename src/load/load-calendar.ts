/**
 * Loading one calendar: bytes or text in, occurrences inside a window out, with every component of
 * the input accounted for as loaded or skipped, and every defect reported with its line.
 */
import { IANAZone } from 'luxon';
import type { CalendarInfo, CalendarMeta } from '../model/calendar.js';
import type { LoadResult, SkippedComponent } from '../model/load-result.js';
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import type { TimeWindow } from '../model/window.js';
import { decodeLines } from './decode.js';
import { parseDocument, type ParsedComponent } from './parse.js';
import { readEvent, type EventRecord } from './read-event.js';
import { expandSeries, type ExpandContext } from './expand.js';
import { ZoneResolver } from './zones.js';
import { windowsZoneToIana } from './windows-zones.js';
import type { LoadIssue } from './internal/load-issue.js';

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
  /** File name for problem locations; null or absent for in-memory input. */
  readonly file?: string | null | undefined;
  /** Occurrences per calendar before expansion stops with an `occurrence-cap` warning; default 100 000. */
  readonly maxOccurrences?: number | undefined;
}

/** Components that are not meetings; counted and skipped. VTIMEZONE and VALARM are not counted. */
const NOT_COUNTED = new Set(['VTIMEZONE', 'VALARM', 'STANDARD', 'DAYLIGHT']);

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
  const { window } = options;
  if (!window.from.isValid || !window.to.isValid || window.to.toMillis() < window.from.toMillis()) {
    throw new Error('loadCalendar: window must be two valid DateTimes with from <= to');
  }
  const requestedZone = options.defaultZone ?? 'Asia/Shanghai';
  if (!IANAZone.isValidZone(requestedZone)) throw new Error(`loadCalendar: defaultZone ${requestedZone} is not an IANA zone`);
  const file = options.file ?? null;
  const issues: LoadIssue[] = [];

  const decoded = decodeLines(input);
  if (decoded.encoding === 'gb18030' || decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be') {
    issues.push({ code: 'non-utf8-encoding', severity: 'info', line: 1, data: { encoding: decoded.encoding } });
  } else if (decoded.encoding === 'utf-8-lossy') {
    issues.push({ code: 'undecodable-input', severity: 'warning', line: decoded.firstBadLine ?? 1, data: { detail: 'UTF-8' } });
  }
  const document = parseDocument(decoded.lines);
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
      default: {
        const never: never = issue;
        throw new Error(`unhandled parse issue ${JSON.stringify(never)}`);
      }
    }
  }
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
  let defaultZone = requestedZone;
  const xwr = calendarProp('X-WR-TIMEZONE');
  if (xwr) {
    const name = xwr.value.trim();
    const resolved = IANAZone.isValidZone(name) ? name : windowsZoneToIana(name);
    if (resolved !== null) defaultZone = resolved;
    else issues.push({ code: 'unknown-calendar-timezone', severity: 'warning', line: xwr.line, data: { tzid: name } });
  }
  const calendar: CalendarInfo = {
    id: options.meta.id,
    name: options.meta.name ?? calendarProp('X-WR-CALNAME')?.value.trim() ?? options.meta.id,
    office: options.meta.office ?? null,
    level: options.meta.level ?? null,
    owner: options.meta.owner ?? null,
    defaultZone,
    file,
  };

  const vtimezones = document.calendars.flatMap((c) => c.children.filter((k) => k.name === 'VTIMEZONE'));
  const zones = new ZoneResolver(vtimezones, defaultZone);

  // Read every component; group VEVENTs by UID into series.
  const skipped: SkippedComponent[] = [];
  let components = 0;
  const series = new Map<string, { masters: EventRecord[]; overrides: EventRecord[] }>();
  const uidOrder: string[] = [];
  for (const component of document.calendars.flatMap((c) => c.children)) {
    if (NOT_COUNTED.has(component.name)) continue;
    components += 1;
    if (component.name !== 'VEVENT') {
      issues.push({ code: 'unsupported-component', severity: 'info', line: component.line, data: { component: component.name } });
      skipped.push(skip(component, 'unsupported-component', file));
      continue;
    }
    const before = issues.length;
    const record = readEvent(component, zones, issues);
    if (record === null) {
      const reason = issues.slice(before).find((i) => i.severity === 'error');
      skipped.push(skip(component, reason?.code ?? 'missing-dtstart', file));
      continue;
    }
    let event = record;
    if (event.uid === '') {
      const uid = `tongchou-generated-${fnv1a(component.properties.map((p) => `${p.name}:${p.value}`).join('\n'))}`;
      issues.push({ code: 'missing-uid', severity: 'warning', line: component.line, data: { uid } });
      event = { ...event, uid };
    }
    let group = series.get(event.uid);
    if (group === undefined) {
      group = { masters: [], overrides: [] };
      series.set(event.uid, group);
      uidOrder.push(event.uid);
    }
    (event.recurrenceId === null ? group.masters : group.overrides).push(event);
  }

  const budget = { remaining: options.maxOccurrences ?? 100_000, hit: false };
  const ctx: ExpandContext = {
    calendar,
    defaultZone: zones.defaultZone,
    from: window.from.toMillis(),
    to: window.to.toMillis(),
    budget,
    maxSteps: 2_000_000,
  };
  const occurrences: Occurrence[] = [];
  for (const uid of uidOrder) {
    const group = series.get(uid)!;
    const keyBase = `${calendar.id}/${uid}`;
    if (group.masters.length === 0) {
      occurrences.push(...expandSeries(null, group.overrides, keyBase, ctx, issues));
      continue;
    }
    group.masters.forEach((master, index) => {
      if (index > 0) issues.push({ code: 'duplicate-uid', severity: 'warning', line: master.line, data: { uid } });
      // Overrides belong to the first master; later duplicates are loaded as they stand, with a
      // key made unique by their line so that findings can tell them apart.
      const key = index === 0 ? keyBase : `${keyBase}#L${master.line}`;
      occurrences.push(...expandSeries(master, index === 0 ? group.overrides : [], key, ctx, issues));
    });
  }
  if (budget.hit && !issues.some((i) => i.code === 'occurrence-cap')) {
    issues.push({ code: 'occurrence-cap', severity: 'warning', line: 1, data: { limit: options.maxOccurrences ?? 100_000 } });
  }
  occurrences.sort(compareOccurrences);

  return {
    calendar,
    occurrences,
    skipped,
    problems: toProblems(issues, file),
    counts: { components, loaded: components - skipped.length, skipped: skipped.length },
  };
}

function skip(component: ParsedComponent, code: SkippedComponent['code'], file: string | null): SkippedComponent {
  const prop = (name: string) => component.properties.find((p) => p.name === name)?.value.trim() ?? null;
  return { component: component.name, uid: prop('UID'), recurrenceId: prop('RECURRENCE-ID'), code, source: { file, line: component.line } };
}

function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return (
    a.start.toMillis() - b.start.toMillis() ||
    (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0) ||
    (a.recurrenceId ?? '').localeCompare(b.recurrenceId ?? '') ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Zone notes repeat on every property that uses the zone: one problem per zone per calendar is enough. */
const ONCE_PER_VALUE = new Set(['unknown-tzid', 'windows-tzid-mapped', 'empty-tzid', 'date-with-tzid']);

function toProblems(issues: readonly LoadIssue[], file: string | null): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (ONCE_PER_VALUE.has(issue.code)) {
      const key = `${issue.code}\u0000${JSON.stringify(issue.data)}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    problems.push({ code: issue.code, severity: issue.severity, source: { file, line: issue.line }, data: issue.data } as Problem);
  }
  return problems.sort((a, b) => ('line' in a.source ? a.source.line : 0) - ('line' in b.source ? b.source.line : 0));
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
