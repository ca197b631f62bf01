/**
 * The data the HTML report's page script draws from: the report's findings and problems as
 * sentences in one language, and every occurrence reduced to a compact row (numbers and indices
 * into tables), so that a year of a district's calendars (100 000 occurrences) stays a few
 * megabytes of JSON and the page can lay it out in any of its lane modes without the server.
 *
 * Times are minutes from the start of the window (its first day's midnight in the report zone),
 * plus each occurrence's own UTC offset, so that the page shows "09:00" on the clock of the
 * calendar that wrote the meeting without knowing any time zone rules itself.
 */
import { DateTime } from 'luxon';
import type { Report, ReportSummary } from '../../check/report.js';
import { configWindow } from '../../check/config-window.js';
import type { Lang } from '../../messages/catalog.js';
import { renderFinding, renderProblem } from '../../messages/render.js';
import { reportMessages, type ReportMessages } from '../../messages/report-catalog.js';
import { formatJsonPath } from '../../config/json-path.js';
import { LEVELS, type Level } from '../../model/calendar.js';
import type { LocationEntry } from '../../model/config.js';
import type { Finding, OccurrenceRef } from '../../model/finding.js';
import type { Occurrence } from '../../model/occurrence.js';
import type { Person } from '../../model/person.js';
import type { Severity } from '../../model/problem.js';
import type { RuleConfig, RuleKind } from '../../model/rule-config.js';
import { createDirectory } from '../../people/directory.js';
import { displayNames } from '../../people/display-name.js';
import { createPlaces } from '../../places/places.js';
import { ruleKindOf } from './internal/rule-kind-of.js';

/** What the HTML report is made from. */
export interface HtmlReportInput {
  /** The report of `check` or `checkOccurrences`. */
  readonly report: Report;
  /**
   * The occurrences that were checked, for the timeline. Without them the timeline shows only the
   * occurrences the findings cite.
   */
  readonly occurrences?: readonly Occurrence[] | undefined;
  /** The config's people, for the person lanes (names, aliases, calendar owners). */
  readonly people?: readonly Person[] | undefined;
  /** The config's places, so that aliases of one room share a lane. */
  readonly locations?: readonly LocationEntry[] | undefined;
  /** The config's rules, so that each finding is filtered by the kind of rule that made it. */
  readonly rules?: readonly RuleConfig[] | undefined;
}

/** Bits of {@link OccurrenceRow}'s `flags`. */
export const FLAG = { allDay: 1, tentative: 2, cancelled: 4, free: 8 } as const;

/**
 * One occurrence: `[calendar, start, end, startOffset, endOffset, summary, location, attendees,
 * flags, zone, group, people, rooms]` — calendar an index into `calendars`; start and end minutes
 * from the window start; offsets the UTC offsets (minutes) of its own zone at start and end;
 * summary, location, attendees and zone indices into `strings` (-1 for none); group the index of
 * the first copy of the same meeting (same UID and start on several calendars); people and rooms
 * indices into `people` and `rooms`.
 */
export type OccurrenceRow = readonly [
  calendar: number,
  start: number,
  end: number,
  startOffset: number,
  endOffset: number,
  summary: number,
  location: number,
  attendees: number,
  flags: number,
  zone: number,
  group: number,
  people: readonly number[],
  rooms: readonly number[],
];

/** One finding, ready to list and draw. */
export interface FindingRow {
  readonly id: string;
  readonly rule: string;
  readonly kind: Finding['kind'];
  readonly ruleKind: RuleKind;
  readonly severity: Severity;
  readonly message: string;
  /** Indices into `occurrences`. */
  readonly occurrences: readonly number[];
  /** Indices into `people`. */
  readonly people: readonly number[];
  /** For `order`: the prerequisite, the dependent and the earliest compliant start (minutes). */
  readonly order: readonly [prerequisite: number, dependent: number, earliest: number] | null;
}

/** A calendar of the page. */
export interface CalendarRow {
  readonly id: string;
  readonly name: string;
  readonly office: string | null;
  readonly level: Level | null;
}

/** Everything the page script reads, embedded as JSON. */
export interface PageData {
  readonly lang: Lang;
  readonly text: ReportMessages;
  readonly window: { readonly from: string; readonly to: string; readonly timezone: string; readonly minutes: number };
  /** The window's first instant in milliseconds since the epoch: minute 0 of every time in the data. */
  readonly origin: number;
  /** Each day of the window: `[start minute, year, month, day, ISO weekday]` in the report zone. */
  readonly days: readonly (readonly [number, number, number, number, number])[];
  readonly strings: readonly string[];
  readonly calendars: readonly CalendarRow[];
  /** Display names of the people, directory order first. */
  readonly people: readonly string[];
  readonly rooms: readonly string[];
  /** Sorted by start. */
  readonly occurrences: readonly OccurrenceRow[];
  readonly findings: readonly FindingRow[];
  readonly problems: readonly { readonly severity: Severity; readonly where: string; readonly message: string }[];
  readonly summary: ReportSummary;
}

const ROOM_TYPES: ReadonlySet<string> = new Set(['room', 'resource']);

/**
 * Builds the page's data from a report and the occurrences behind it.
 * @param input - report, occurrences and the config's people, places and rules
 * @param lang - language of every sentence and label
 * @returns the data, ready for `JSON.stringify`
 * @example
 * buildPageData({ report }, 'zh-CN').summary.findings.error
 * //=> 4
 */
export function buildPageData(input: HtmlReportInput, lang: Lang): PageData {
  const { report } = input;
  const text = reportMessages(lang);
  const zone = report.window.timezone;
  const span = configWindow(report.window, zone);
  const origin = span.from.toMillis();
  const minute = (ms: number) => Math.round((ms - origin) / 60_000);
  const directory = createDirectory(input.people ?? []);
  const places = createPlaces(input.locations ?? [], []);

  const strings = new Table<string>();
  const calendars = new Map<string, CalendarRow & { index: number }>();
  const calendarIndex = (id: string, info: Omit<CalendarRow, 'id'>): number => {
    const known = calendars.get(id);
    if (known !== undefined) return known.index;
    const row = { id, ...info, index: calendars.size };
    calendars.set(id, row);
    return row.index;
  };
  const people = new Map<string, { name: string; rank: number; index: number }>();
  // A finding's person by id: as the directory names him to the rules (a namesake with his post, QJ-6).
  const shown = displayNames(input.people ?? []);
  const nameOf = (id: string): string => shown.get(id) ?? directory.person(id)?.name ?? id.replace(/^unknown:/u, '');
  const directoryRank = new Map((input.people ?? []).map((p, i) => [p.id, i] as const));
  const personIndex = (id: string, name: string): number => {
    const known = people.get(id);
    if (known !== undefined) return known.index;
    const row = { name, rank: directoryRank.get(id) ?? Number.MAX_SAFE_INTEGER, index: people.size };
    people.set(id, row);
    return row.index;
  };
  const rooms = new Map<string, { name: string; rank: number; index: number }>();
  const placeRank = new Map((input.locations ?? []).map((l, i) => [l.name, i] as const));
  const roomIndex = (written: string): number | null => {
    const key = places.canonical(written);
    if (key === null) return null;
    const known = rooms.get(key);
    if (known !== undefined) return known.index;
    // An unlisted place is its own normalised (lower-cased) key; show it as first written instead.
    const rank = placeRank.get(key);
    const row = { name: rank === undefined ? written.trim() : key, rank: rank ?? Number.MAX_SAFE_INTEGER, index: rooms.size };
    rooms.set(key, row);
    return row.index;
  };

  const rows: Mutable<OccurrenceRow>[] = [];
  const byKey = new Map<string, number>();
  const groups = new Map<string, number>();
  const addRow = (key: string, row: Mutable<OccurrenceRow>, group: string): void => {
    const first = groups.get(group);
    row[10] = first ?? rows.length;
    if (first === undefined) groups.set(group, rows.length);
    byKey.set(key, rows.length);
    rows.push(row);
  };

  // Calendars in the caller's order (the config's), before sorting the occurrences by time.
  for (const o of input.occurrences ?? []) {
    calendarIndex(o.calendar.id, { name: o.calendar.name, office: o.calendar.office, level: o.calendar.level });
  }
  const occurrences = (input.occurrences ?? [])
    .map((o) => ({ o, ms: o.start.toMillis() }))
    .sort((a, b) => a.ms - b.ms || (a.o.key < b.o.key ? -1 : 1));

  // Instances of one VEVENT share their attendee list (the loader hands out one array per event):
  // who takes part and which rooms are booked are worked out once per list, not per instance —
  // a year of a district's calendars has 100 000 occurrences but 31 000 events.
  const taking = new WeakMap<object, Map<string, { readonly names: number; readonly people: readonly number[] }>>();
  const participantsOf = (o: Occurrence) => {
    const key = `${o.calendar.owner ?? ''}\u0000${o.organizer?.address ?? ''}\u0000${o.organizer?.name ?? ''}`;
    let byKey = taking.get(o.attendees);
    if (byKey === undefined) taking.set(o.attendees, (byKey = new Map()));
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const names: string[] = [];
    const indices: number[] = [];
    for (const p of directory.participantsOf(o)) {
      const label = p.partstat === 'accepted' ? '' : partstatLabel(text, p.partstat);
      names.push(label === '' ? p.person.name : `${p.person.name}（${label}）`);
      // A declined invitation does not book the person (README: who takes part in a meeting).
      if (p.partstat !== 'declined') indices.push(personIndex(p.person.id, p.person.name));
    }
    const result = { names: names.length === 0 ? -1 : strings.index(names.join('、')), people: indices };
    byKey.set(key, result);
    return result;
  };
  const booking = new WeakMap<object, Map<string, readonly number[]>>();
  const roomsOf = (o: Occurrence): readonly number[] => {
    let byLocation = booking.get(o.attendees);
    if (byLocation === undefined) booking.set(o.attendees, (byLocation = new Map()));
    const known = byLocation.get(o.location ?? '');
    if (known !== undefined) return known;
    const found = new Set<number>();
    const location = o.location === null ? null : roomIndex(o.location);
    if (location !== null) found.add(location);
    for (const a of o.attendees) {
      if (!ROOM_TYPES.has(a.cutype)) continue;
      const room = roomIndex(a.name ?? (a.address ?? '').replace(/^mailto:/iu, ''));
      if (room !== null) found.add(room);
    }
    const result = [...found];
    byLocation.set(o.location ?? '', result);
    return result;
  };
  // UTC offsets of a zone, remembered per quarter hour: every zone's transitions fall on a quarter
  // hour, and luxon asks Intl for each offset otherwise (the slowest step for UTC-written files).
  const offsets = new Map<string, number>();
  const offsetIn = (zoneName: string, ms: number): number => {
    const key = `${zoneName}\u0000${Math.floor(ms / 900_000)}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      offset = DateTime.fromMillis(ms, { zone: zoneName }).offset;
      offsets.set(key, offset);
    }
    return offset;
  };

  for (const { o, ms } of occurrences) {
    // Shown on the clock of the occurrence's calendar, as finding messages and the text report show
    // it: what the office sees in its own calendar, also when the file wrote UTC.
    const shownZone = o.calendar.defaultZone;
    const asWritten = o.allDay || o.start.zoneName === shownZone;
    const endMs = o.end.toMillis();
    const cal = calendarIndex(o.calendar.id, { name: o.calendar.name, office: o.calendar.office, level: o.calendar.level });
    const part = participantsOf(o);
    const flags =
      (o.allDay ? FLAG.allDay : 0) |
      (o.status === 'tentative' || o.busy === 'tentative' ? FLAG.tentative : 0) |
      (o.status === 'cancelled' ? FLAG.cancelled : 0) |
      (o.transparent || o.busy === 'free' || o.busy === 'working-elsewhere' ? FLAG.free : 0);
    addRow(
      o.key,
      [
        cal,
        minute(ms),
        minute(endMs),
        asWritten ? o.start.offset : offsetIn(shownZone, ms),
        asWritten ? o.end.offset : offsetIn(shownZone, endMs),
        strings.index(o.summary),
        o.location === null || o.location.trim() === '' ? -1 : strings.index(o.location),
        part.names,
        flags,
        strings.index(asWritten ? (o.start.zoneName ?? zone) : shownZone),
        0,
        part.people,
        roomsOf(o),
      ],
      `${o.uid}\u0000${ms}`,
    );
  }

  // Findings may cite occurrences that were not handed over (a library caller without them, or a
  // prerequisite before the window): they are drawn from the finding's own reference.
  const refIndex = (ref: OccurrenceRef, finding: Finding): number => {
    const known = byKey.get(ref.key);
    if (known !== undefined) return known;
    const cal = calendarIndex(ref.calendar, { name: ref.calendar, office: ref.office, level: null });
    const start = DateTime.fromISO(ref.start, { setZone: true, zone });
    const end = DateTime.fromISO(ref.end, { setZone: true, zone });
    const peopleOf = finding.people.map((id) => personIndex(id, nameOf(id)));
    addRow(
      ref.key,
      [
        cal,
        minute(start.toMillis()),
        minute(end.toMillis()),
        start.offset,
        end.offset,
        strings.index(ref.summary),
        -1,
        -1,
        ref.allDay ? FLAG.allDay : 0,
        strings.index(start.zoneName ?? zone),
        0,
        peopleOf,
        [],
      ],
      `${ref.uid}\u0000${start.toMillis()}`,
    );
    return rows.length - 1;
  };

  const findings = report.findings.map((finding): FindingRow => {
    const occ = finding.occurrences.map((ref) => refIndex(ref, finding));
    const peopleOf = finding.people.map((id) => personIndex(id, nameOf(id)));
    return {
      id: finding.id,
      rule: finding.rule,
      kind: finding.kind,
      ruleKind: ruleKindOf(finding, input.rules ?? []),
      severity: finding.severity,
      message: renderFinding(finding, lang),
      occurrences: occ,
      people: peopleOf,
      order: finding.kind === 'order' ? orderOf(finding, occ, minute) : null,
    };
  });

  // Lanes follow the directory and the config's places, then everyone else by name.
  const peopleOrder = sortedIndices(people, lang);
  const roomOrder = sortedIndices(rooms, lang);
  // Calendar lanes from the highest level down (省 → 市 → 区), in the caller's order within a level.
  const calendarRows = [...calendars.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.index - b.index);
  const calendarRemap: number[] = [];
  calendarRows.forEach((c, i) => (calendarRemap[c.index] = i));
  for (const row of rows) {
    row[0] = calendarRemap[row[0]] as number;
    row[11] = row[11].map((i) => peopleOrder.remap[i] as number);
    row[12] = row[12].map((i) => roomOrder.remap[i] as number);
  }
  // Rows appended for findings are out of start order; sorting renumbers them.
  const order = rows.map((_, i) => i).sort((a, b) => (rows[a] as OccurrenceRow)[1] - (rows[b] as OccurrenceRow)[1] || a - b);
  const renumber: number[] = [];
  order.forEach((old, i) => (renumber[old] = i));
  const sorted = order.map((old) => {
    const row = rows[old] as Mutable<OccurrenceRow>;
    row[10] = renumber[row[10]] as number;
    return row as OccurrenceRow;
  });

  return {
    lang,
    text,
    window: { ...report.window, minutes: minute(span.to.toMillis()) },
    origin,
    days: days(span.from, span.to, origin),
    strings: strings.values,
    calendars: calendarRows.map(({ id, name, office, level }) => ({ id, name, office, level })),
    people: peopleOrder.names,
    rooms: roomOrder.names,
    occurrences: sorted,
    findings: findings.map((f) => ({
      ...f,
      occurrences: f.occurrences.map((i) => renumber[i] as number),
      people: f.people.map((i) => peopleOrder.remap[i] as number),
      order: f.order === null ? null : [renumber[f.order[0]] as number, renumber[f.order[1]] as number, f.order[2]],
    })),
    problems: report.problems.map((p) => ({
      severity: p.severity,
      where: 'line' in p.source ? `${p.source.file ?? ''}:${p.source.line}` : `${p.source.file ?? ''}: ${formatJsonPath(p.source.path)}`,
      message: renderProblem(p, lang),
    })),
    summary: report.summary,
  };
}

function levelRank(level: Level | null): number {
  return level === null ? LEVELS.length : LEVELS.indexOf(level);
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Distinct values with stable indices (the page's string table). */
class Table<T> {
  readonly values: T[] = [];
  private readonly seen = new Map<T, number>();
  index(value: T): number {
    let i = this.seen.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.seen.set(value, i);
    }
    return i;
  }
}

function partstatLabel(text: ReportMessages, partstat: string): string {
  return Object.prototype.hasOwnProperty.call(text.partstat, partstat) ? text.partstat[partstat as keyof ReportMessages['partstat']] : partstat;
}

/**
 * Which of the cited occurrences is the prerequisite and which the dependent, and the earliest start.
 * The suggestion names the dependent by key; the data names both by summary and start (its
 * `…Calendar` fields are display names, not ids).
 */
function orderOf(finding: Finding<'order'>, occ: readonly number[], minute: (ms: number) => number): readonly [number, number, number] {
  const { data, occurrences } = finding;
  const ms = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
  const find = (summary: string, start: string, not: number) =>
    occurrences.findIndex((r, i) => i !== not && r.summary === summary && ms(r.start) === ms(start));
  let dep = finding.suggestion === null ? -1 : occurrences.findIndex((r) => r.key === finding.suggestion?.occurrence);
  if (dep < 0) dep = find(data.dependent, data.dependentStart, -1);
  if (dep < 0) dep = occurrences.length - 1;
  let pre = find(data.prerequisite, data.prerequisiteStart, dep);
  if (pre < 0) pre = dep === 0 ? 1 : 0;
  return [occ[pre] as number, occ[dep] as number, minute(ms(data.earliestStart))];
}

function sortedIndices(
  table: ReadonlyMap<string, { name: string; rank: number; index: number }>,
  lang: Lang,
): { readonly names: string[]; readonly remap: number[] } {
  const collator = new Intl.Collator(lang === 'zh-CN' ? 'zh-CN-u-co-pinyin' : 'en');
  const entries = [...table.values()].sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name) || a.index - b.index);
  const remap: number[] = [];
  entries.forEach((e, i) => (remap[e.index] = i));
  return { names: entries.map((e) => e.name), remap };
}

/** The window's days in the report zone (each day's midnight from luxon, so 23- and 25-hour days stay whole). */
function days(from: DateTime, to: DateTime, origin: number): [number, number, number, number, number][] {
  const out: [number, number, number, number, number][] = [];
  for (let day = from; day < to; day = day.plus({ days: 1 })) {
    out.push([Math.round((day.toMillis() - origin) / 60_000), day.year, day.month, day.day, day.weekday]);
  }
  return out;
}
