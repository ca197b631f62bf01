/**
 * One VEVENT component → an {@link EventRecord}: its times resolved to zones, its recurrence parts
 * read, and its descriptive properties decoded. Defects become problems; only a VEVENT whose start
 * cannot be known at all is rejected.
 */
import { Duration, FixedOffsetZone, type Zone } from 'luxon';
import type { Attendee, BusyStatus, EventStatus, Occurrence, Relation } from '../model/occurrence.js';
import type { ParsedComponent } from './parse.js';
import type { ContentLine } from './internal/content-line.js';
import { splitText, unescapeText } from './internal/content-line.js';
import { parseDateTimeText, parseDurationValue, readNonstandardDateTime, type DurationValue } from './internal/values.js';
import { MS_PER_DAY, wallToLocalMillis } from './internal/civil.js';
import { localToInstant, type ZoneResolver } from './zones.js';
import type { LoadIssue } from './internal/load-issue.js';
import { translateVcalendarRule } from './internal/vcalendar-rrule.js';
import { titleSaysCancelled } from './internal/title-says-cancelled.js';

/** A point in time as written: a DATE, or a DATE-TIME with the zone it is read in. */
export type TimeValue =
  | { readonly kind: 'date'; /** Midnight, as local milliseconds. */ readonly local: number }
  | {
      readonly kind: 'date-time';
      /** Wall time as local milliseconds in `zone`. */
      readonly local: number;
      readonly zone: Zone;
      /** Epoch milliseconds. */
      readonly instant: number;
      /** Written without TZID and without Z: read in the calendar's (or a stray TZID's) zone. */
      readonly floating: boolean;
    };

/** Descriptive fields shared by every occurrence of an event (one object per VEVENT, not per instance). */
export type EventDetails = Pick<
  Occurrence,
  | 'summary'
  | 'description'
  | 'location'
  | 'organizer'
  | 'attendees'
  | 'categories'
  | 'status'
  | 'transparent'
  | 'busy'
  | 'relations'
  | 'concepts'
  | 'refIds'
  | 'xProps'
>;

/** A VEVENT as the expander needs it. */
export interface EventRecord {
  readonly uid: string;
  readonly line: number;
  /** SEQUENCE (RFC 5545 §3.8.7.4), 0 when absent: the revision of the event. */
  readonly sequence: number;
  /**
   * LAST-MODIFIED (RFC 5545 §3.8.7.3, a UTC DATE-TIME) as epoch milliseconds; null when absent or
   * unreadable. Orders two copies of one event with the same SEQUENCE (RFC 5546 §2.1.5), within a
   * file (load-calendar.ts) and across calendars (the rules, QA26-39).
   */
  readonly lastModified: number | null;
  /** Read from a VCALENDAR with `METHOD:CANCEL` (set by load-calendar.ts): see `Occurrence.savedCancellation`. */
  readonly savedCancellation?: boolean;
  readonly start: TimeValue;
  /** From DTEND; null when absent (then `duration`, then the RFC 5545 §3.6.1 default). */
  readonly end: TimeValue | null;
  readonly duration: DurationValue | null;
  readonly recurrenceId: TimeValue | null;
  /** RANGE=THISANDFUTURE on the RECURRENCE-ID. */
  readonly thisAndFuture: boolean;
  readonly rrules: readonly ContentLine[];
  /** RDATE values: times, or PERIOD starts with their own ends. */
  readonly rdates: readonly { readonly start: TimeValue; readonly end: TimeValue | null; readonly duration: DurationValue | null }[];
  readonly exdates: readonly TimeValue[];
  readonly details: EventDetails;
}

const UTC = FixedOffsetZone.utcInstance;

/** Properties read into fields; everything else lands in `xProps`. */
const KNOWN = new Set([
  'UID', 'DTSTART', 'DTEND', 'DURATION', 'RECURRENCE-ID', 'RRULE', 'RDATE', 'EXDATE', 'EXRULE', 'SUMMARY',
  'DESCRIPTION', 'LOCATION', 'ORGANIZER', 'ATTENDEE', 'CATEGORIES', 'STATUS', 'TRANSP', 'RELATED-TO', 'CONCEPT',
  'REFID', 'DTSTAMP', 'CREATED', 'LAST-MODIFIED', 'SEQUENCE', 'CLASS', 'PRIORITY', 'GEO', 'URL', 'COMMENT',
  'CONTACT', 'RESOURCES', 'ATTACH', 'REQUEST-STATUS', 'TZID',
]);

/**
 * Reads a VEVENT.
 * @param component - the parsed VEVENT
 * @param zones - the calendar's zone resolver
 * @param issues - where problems are collected
 * @returns the record, or null when the event has no usable DTSTART (the caller skips it)
 */
export function readEvent(component: ParsedComponent, zones: ZoneResolver, issues: LoadIssue[]): EventRecord | null {
  const props = component.properties;
  const first = (name: string) => props.find((p) => p.name === name);
  const all = (name: string) => props.filter((p) => p.name === name);

  // An OA-export mistake: `TZID:Asia/Shanghai` as a property of the VEVENT. RFC 5545 has no such
  // property; it plainly means "my floating times are in this zone", so it is honoured and reported.
  let floatingZone = zones.defaultZone;
  const stray = first('TZID');
  if (stray && stray.value.trim() !== '') {
    const resolved = zones.resolve(stray.value);
    if (resolved.source !== 'unknown' && resolved.source !== 'empty') floatingZone = resolved.zone;
    issues.push({ code: 'stray-tzid-property', severity: 'warning', line: stray.line, data: { tzid: stray.value, zone: floatingZone.name } });
  }

  const time = (p: ContentLine, text: string = p.value): TimeValue | null => readTime(p, text, zones, floatingZone, issues);

  // A cancellation written as RECURRENCE-ID + STATUS:CANCELLED alone (CalDAV sync tools) has no
  // DTSTART: the instance it names starts at its RECURRENCE-ID, which is what an unmoved override says.
  const recurrenceLine = first('RECURRENCE-ID');
  let dtstart = first('DTSTART');
  if (!dtstart && recurrenceLine) {
    issues.push({ code: 'override-without-dtstart', severity: 'warning', line: component.line, data: { recurrenceId: recurrenceLine.value } });
    dtstart = { ...recurrenceLine, name: 'DTSTART' };
  }
  if (!dtstart) {
    issues.push({ code: 'missing-dtstart', severity: 'error', line: component.line, data: {} });
    return null;
  }
  let start = time(dtstart);
  if (start === null) {
    issues.push({ code: 'invalid-date-value', severity: 'error', line: dtstart.line, data: { property: 'DTSTART', value: dtstart.value } });
    return null;
  }

  let end: TimeValue | null = null;
  const dtend = first('DTEND');
  if (dtend) {
    end = time(dtend);
    if (end === null) issues.push({ code: 'invalid-date-value', severity: 'warning', line: dtend.line, data: { property: 'DTEND', value: dtend.value } });
  }
  // Outlook flags an all-day item X-MICROSOFT-CDO-ALLDAYEVENT:TRUE, and Exchange bridges (EWS,
  // DavMail, ActiveSync) write it as date-times from midnight to midnight — in UTC, 16:00Z the day
  // before for Beijing. Read as what Outlook shows, whole days, it is an all-day absence like any other.
  if ((first('X-MICROSOFT-CDO-ALLDAYEVENT')?.value ?? '').trim().toUpperCase() === 'TRUE') {
    const startDay = midnightOf(start, floatingZone);
    const endDay = end === null ? null : midnightOf(end, floatingZone);
    if (startDay !== null && (end === null || (endDay !== null && endDay > startDay))) {
      start = { kind: 'date', local: startDay };
      if (endDay !== null) end = { kind: 'date', local: endDay };
    }
  }
  let duration: DurationValue | null = null;
  const durationProp = first('DURATION');
  if (durationProp && end === null) {
    duration = parseDurationValue(durationProp.value);
    if (duration === null) issues.push({ code: 'invalid-duration-value', severity: 'warning', line: durationProp.line, data: { value: durationProp.value } });
  } else if (durationProp && end !== null) {
    // RFC 5545 §3.6.1: "'dtend' and 'duration' MUST NOT occur in the same 'eventprop'". DTEND is read
    // (what calendar programs show); the file is ambiguous, so it is said (QB-5).
    issues.push({ code: 'dtend-and-duration', severity: 'warning', line: durationProp.line, data: { dtend: dtend!.value.trim(), duration: durationProp.value.trim() } });
  }

  let recurrenceId: TimeValue | null = null;
  let thisAndFuture = false;
  const recurrenceProp = first('RECURRENCE-ID');
  if (recurrenceProp) {
    recurrenceId = time(recurrenceProp);
    if (recurrenceId === null) {
      issues.push({ code: 'invalid-date-value', severity: 'error', line: recurrenceProp.line, data: { property: 'RECURRENCE-ID', value: recurrenceProp.value } });
      return null;
    }
    thisAndFuture = (recurrenceProp.params.get('RANGE')?.[0] ?? '').toUpperCase() === 'THISANDFUTURE';
  }

  const rdates: EventRecord['rdates'][number][] = [];
  for (const p of all('RDATE')) {
    const isPeriod = (p.params.get('VALUE')?.[0] ?? '').toUpperCase() === 'PERIOD';
    for (const part of listItems(p.value)) {
      const text = part.trim();
      if (text === '') continue;
      const slash = text.indexOf('/');
      if (isPeriod || slash > 0) {
        const periodStart = time(p, text.slice(0, slash));
        const tail = text.slice(slash + 1);
        const periodDuration = /^[+-]?P/i.test(tail) ? parseDurationValue(tail) : null;
        const periodEnd = periodDuration === null ? time(p, tail) : null;
        if (periodStart === null || (periodDuration === null && periodEnd === null)) {
          issues.push({ code: 'invalid-date-value', severity: 'warning', line: p.line, data: { property: 'RDATE', value: text } });
          continue;
        }
        rdates.push({ start: periodStart, end: periodEnd, duration: periodDuration });
      } else {
        const value = time(p, text);
        if (value === null) issues.push({ code: 'invalid-date-value', severity: 'warning', line: p.line, data: { property: 'RDATE', value: text } });
        else rdates.push({ start: value, end: null, duration: null });
      }
    }
  }
  const exdates: TimeValue[] = [];
  for (const p of all('EXDATE')) {
    for (const part of listItems(p.value)) {
      const text = part.trim();
      if (text === '') continue; // `EXDATE:` with nothing (ics-parser's torture test) excludes nothing
      const value = time(p, text);
      if (value === null) issues.push({ code: 'invalid-date-value', severity: 'warning', line: p.line, data: { property: 'EXDATE', value: text } });
      else exdates.push(value);
    }
  }

  const details = readDetails(props, KNOWN);
  // No STATUS, and a title marking the meeting cancelled (QB-37): read as cancelled (readDetails did), said once here.
  if (details.status === 'cancelled' && !first('STATUS')) {
    issues.push({ code: 'title-says-cancelled', severity: 'info', line: first('SUMMARY')?.line ?? component.line, data: { summary: details.summary } });
  }
  const uidProp = first('UID');
  const uid = uidProp && uidProp.value.trim() !== '' ? uidProp.value.trim() : '';
  const sequence = Number.parseInt(first('SEQUENCE')?.value ?? '0', 10);
  return {
    uid,
    line: component.line,
    sequence: Number.isFinite(sequence) ? sequence : 0,
    lastModified: utcStamp(first('LAST-MODIFIED')),
    start,
    end,
    duration,
    recurrenceId,
    thisAndFuture,
    rrules: readRrules(all('RRULE'), issues),
    rdates,
    exdates,
    details,
  };
}

/**
 * A UTC DATE-TIME property (LAST-MODIFIED) as epoch milliseconds; null when absent or unreadable.
 * RFC 5545 §3.8.7.3 requires UTC; a value written without `Z` is read as UTC too (there is no zone it
 * could mean), so the copies of one exporter compare as they were written.
 */
function utcStamp(p: ContentLine | undefined): number | null {
  const parsed = p === undefined ? null : parseDateTimeText(p.value);
  return parsed === null ? null : wallToLocalMillis(parsed.wall);
}

/**
 * The RRULEs of a VEVENT, with vCalendar 1.0 rules (`W1 TU #4`) read as RFC 5545 ones (an old OA or
 * phone export renamed .ics): one meeting instead of the series would hide every clash after the
 * first. A vCalendar rule in a form not translated is reported and dropped, so the event is one
 * meeting with a problem that says why (not an `invalid-rrule` about a missing FREQ).
 */
function readRrules(lines: readonly ContentLine[], issues: LoadIssue[]): readonly ContentLine[] {
  if (lines.length === 0) return lines;
  const out: ContentLine[] = [];
  for (const line of lines) {
    // RFC 5545 rules have `=` in every part: the common case costs one search.
    if (line.value.includes('=')) {
      out.push(line);
      continue;
    }
    const read = translateVcalendarRule(line.value);
    switch (read.kind) {
      case 'not-vcalendar':
        out.push(line);
        break;
      case 'unsupported':
        issues.push({ code: 'unsupported-vcalendar-rrule', severity: 'warning', line: line.line, data: { value: line.value.trim() } });
        break;
      case 'translated':
        issues.push({
          code: 'vcalendar-rrule',
          severity: read.countDefaulted ? 'warning' : 'info',
          line: line.line,
          data: { value: line.value.trim(), rrule: read.rrule, countDefaulted: read.countDefaulted },
        });
        out.push({ ...line, value: read.rrule });
        break;
      default: {
        const never: never = read;
        throw new Error(`unhandled vCalendar rule ${JSON.stringify(never)}`);
      }
    }
  }
  return out;
}

/** The items of an RDATE or EXDATE list: `,`-separated (RFC 5545), or `;` as vCalendar 1.0 writes them. */
function listItems(value: string): string[] {
  return value.includes(';') ? value.split(/[,;]/u) : value.split(',');
}

/**
 * The local midnight a date-time falls on, as a DATE's local milliseconds; null when it is not a
 * midnight. A UTC time is read on the calendar's clock, a zoned or floating one on its own.
 */
function midnightOf(t: TimeValue, calendarZone: Zone): number | null {
  if (t.kind === 'date') return t.local;
  const local = t.zone === UTC ? t.instant + calendarZone.offset(t.instant) * 60_000 : t.local;
  return local % MS_PER_DAY === 0 ? local : null;
}

/**
 * Reads a DATE or DATE-TIME property value as the file means it: UTC, a TZID (resolved and reported
 * as for DTSTART), floating in `floatingZone`, or a DATE; ISO 8601's extended form and offset suffixes
 * are read too and reported (QB-11).
 * @param p - the property line (its TZID and VALUE parameters, its line for problems)
 * @param text - the value to read (one of a list, or the property's value)
 * @param zones - the calendar's zone resolver
 * @param floatingZone - where floating times are read
 * @param issues - where zone problems are collected
 * @returns the time, or null when the value is no date or date-time
 * @example
 * readTime(line('X-CLIPEND:20261231T160000Z'), '20261231T160000Z', zones, shanghai, [])?.kind //=> 'date-time'
 */
export function readTime(p: ContentLine, text: string, zones: ZoneResolver, floatingZone: Zone, issues: LoadIssue[]): TimeValue | null {
  let parsed = parseDateTimeText(text);
  if (parsed === null) {
    // ISO 8601 extended form or an offset suffix (homegrown OA exports): read as meant, reported (QB-11).
    const lenient = readNonstandardDateTime(text);
    if (lenient === null) return null;
    parsed = lenient.parsed;
    const offset = lenient.offsetMinutes;
    const read = offset === null ? lenient.basic : `${lenient.basic} UTC${offset < 0 ? '-' : '+'}${String(Math.trunc(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
    issues.push({ code: 'nonstandard-date-value', severity: 'info', line: p.line, data: { property: p.name, value: text.trim(), read } });
    if (offset !== null && !parsed.dateOnly) {
      // The offset is the writer's own statement of the instant: it wins over a TZID (none should be there).
      const local = wallToLocalMillis(parsed.wall);
      return { kind: 'date-time', local, zone: FixedOffsetZone.instance(offset), instant: local - offset * 60_000, floating: false };
    }
  }
  const valueType = (p.params.get('VALUE')?.[0] ?? '').toUpperCase();
  const tzid = p.params.get('TZID')?.[0];
  // `DTSTART;TZID=Japan;VALUE=DATE:20100101` or a bare 8-digit value: a DATE. RFC 5545 forbids TZID
  // on DATE values, so the zone is dropped — an all-day event has no zone.
  if (parsed.dateOnly || valueType === 'DATE') {
    if (tzid !== undefined) issues.push({ code: 'date-with-tzid', severity: 'info', line: p.line, data: { property: p.name } });
    return { kind: 'date', local: wallToLocalMillis({ ...parsed.wall, hour: 0, minute: 0, second: 0 }) };
  }
  const local = wallToLocalMillis(parsed.wall);
  if (parsed.utc) return { kind: 'date-time', local, zone: UTC, instant: local, floating: false };
  if (tzid === undefined) {
    return { kind: 'date-time', local, zone: floatingZone, instant: localToInstant(floatingZone, local), floating: true };
  }
  const resolved = zones.resolve(tzid);
  switch (resolved.source) {
    case 'unknown':
      issues.push({ code: 'unknown-tzid', severity: 'warning', line: p.line, data: { tzid, zone: resolved.zone.name } });
      break;
    case 'empty':
      issues.push({ code: 'empty-tzid', severity: 'warning', line: p.line, data: { zone: resolved.zone.name } });
      break;
    case 'windows':
      issues.push({ code: 'windows-tzid-mapped', severity: 'info', line: p.line, data: { tzid, zone: resolved.zone.name } });
      break;
    case 'beijing-name':
      issues.push({ code: 'beijing-time-assumed', severity: 'info', line: p.line, data: { tzid, zone: resolved.zone.name } });
      break;
    case 'offset':
      issues.push({ code: 'offset-tzid', severity: 'info', line: p.line, data: { tzid, zone: resolved.zone.name } });
      break;
    case 'ambiguous':
      issues.push({ code: 'ambiguous-tzid', severity: 'warning', line: p.line, data: { tzid, zone: resolved.zone.name, other: resolved.other ?? '' } });
      break;
    case 'iana':
    case 'vtimezone':
      break;
    default: {
      const never: never = resolved.source;
      throw new Error(`unhandled zone source ${String(never)}`);
    }
  }
  return { kind: 'date-time', local, zone: resolved.zone, instant: localToInstant(resolved.zone, local), floating: false };
}

/**
 * Reads the descriptive properties of a VEVENT (also used for overrides, which carry their own).
 * @param props - the component's properties
 * @param known - names not to copy into `xProps`
 * @returns the details
 */
function readDetails(props: readonly ContentLine[], known: ReadonlySet<string>): EventDetails {
  const first = (name: string) => props.find((p) => p.name === name);
  const text = (name: string) => {
    const p = first(name);
    return p === undefined ? null : visible(unescapeText(p.value));
  };
  const statusProp = first('STATUS');
  const statusText = (statusProp?.value ?? '').trim().toUpperCase();
  const status: EventStatus | null =
    statusText === 'CANCELLED' || statusText === 'CANCELED'
      ? 'cancelled'
      : statusText === 'TENTATIVE'
        ? 'tentative'
        : statusText === 'CONFIRMED'
          ? 'confirmed'
          : statusProp === undefined && titleSaysCancelled(text('SUMMARY') ?? '')
            ? 'cancelled'
            : null;
  // vCalendar 1.0 writes TRANSP as a number: 0 blocks time, 1 (or more) does not.
  const transpText = (first('TRANSP')?.value ?? '').trim().toUpperCase();
  const transparent = transpText === 'TRANSPARENT' || /^[1-9]$/u.test(transpText);
  const cdo = (first('X-MICROSOFT-CDO-BUSYSTATUS')?.value ?? first('X-MICROSOFT-CDO-INTENDEDSTATUS')?.value ?? '').trim().toUpperCase();
  const busy: BusyStatus =
    status === 'cancelled'
      ? 'free'
      : cdo === 'FREE'
        ? 'free'
        : cdo === 'TENTATIVE'
          ? 'tentative'
          : cdo === 'OOF'
            ? 'oof'
            : cdo === 'WORKINGELSEWHERE'
              ? 'working-elsewhere'
              : cdo === 'BUSY'
                ? 'busy'
                : transparent
                  ? 'free'
                  : status === 'tentative'
                    ? 'tentative'
                    : 'busy';
  const xProps: Record<string, string[]> = {};
  for (const p of props) {
    if (known.has(p.name)) continue;
    (xProps[p.name] ??= []).push(unescapeText(p.value));
  }
  const organizerProp = first('ORGANIZER');
  return {
    summary: (text('SUMMARY') ?? '').trim(),
    description: text('DESCRIPTION'),
    location: nonEmpty(text('LOCATION')),
    organizer: organizerProp ? readAttendee(organizerProp) : null,
    attendees: props.filter((p) => p.name === 'ATTENDEE').map(readAttendee),
    categories: props.filter((p) => p.name === 'CATEGORIES').flatMap((p) => splitText(p.value)),
    status,
    transparent,
    busy,
    relations: props.filter((p) => p.name === 'RELATED-TO').map(readRelation),
    concepts: props.filter((p) => p.name === 'CONCEPT').map((p) => p.value.trim()),
    refIds: props.filter((p) => p.name === 'REFID').map((p) => unescapeText(p.value).trim()),
    xProps,
  };
}

/**
 * Text without the invisible format characters that titles, rooms and names pasted from a WeChat
 * article or a Word notice carry (U+200B–U+200D zero-width spaces and joiners, U+2060 word joiner,
 * U+FEFF, U+00AD soft hyphen): `全区河\u200b长制工作会议` looks like 全区河长制工作会议 to staff, and must
 * be it to selectors, copies, rooms and people (QC-33).
 */
function visible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;
const INVISIBLE_ALL = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

function nonEmpty(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value.trim();
}

function readAttendee(p: ContentLine): Attendee {
  const param = (name: string) => p.params.get(name)?.[0];
  // vCalendar 1.0 (and some OA exports) write the attendee as `张伟 <zhangwei@x>`: the name is the CN.
  let cn = param('CN');
  let value = p.value;
  if (value.includes('<')) {
    const nameAddr = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/u.exec(value);
    if (nameAddr !== null) {
      value = /^mailto:/iu.test(nameAddr[2]!) ? nameAddr[2]! : `mailto:${nameAddr[2]!}`;
      if (cn === undefined && nameAddr[1]!.trim() !== '') cn = nameAddr[1]!;
    }
  }
  if (cn !== undefined) cn = visible(cn);
  // GroupWise writes `mailto: someone@x` with spaces; an address never contains any.
  const address = value.replace(/\s+/g, '');
  const email = nonEmpty(param('EMAIL')?.replace(/^\s*mailto:/iu, '') ?? null);
  const sentBy = nonEmpty(param('SENT-BY') ?? null);
  const attendee: Attendee = {
    address: address === '' ? null : address,
    name: nonEmpty(cn ?? null),
    // vCalendar 1.0 EXPECT=FYI: sent for information only, RFC 5545's NON-PARTICIPANT (its ROLE says
    // attendee, owner or organizer, not whether attendance is expected).
    role: ((param('EXPECT') ?? '').trim().toUpperCase() === 'FYI' ? 'NON-PARTICIPANT' : (param('ROLE') ?? 'REQ-PARTICIPANT')).toLowerCase(),
    partstat: (param('PARTSTAT') ?? vcalendarStatus(param('STATUS')) ?? 'NEEDS-ACTION').toLowerCase(),
    cutype: (param('CUTYPE') ?? 'INDIVIDUAL').toLowerCase(),
  };
  // RFC 7986 §6.2 EMAIL (CalDAV principals `urn:uuid:…`, QC-9) and RFC 5545 §3.2.18 SENT-BY (a
  // secretary sending for the leader, QC-21): who the line is, for the directory to read. Only when
  // written (almost no line has them), so the common shape stays the same.
  if (email === null && sentBy === null) return attendee;
  return { ...attendee, ...(email !== null && { email }), ...(sentBy !== null && { sentBy }) };
}

/** vCalendar 1.0's attendee STATUS as an RFC 5545 PARTSTAT (CONFIRMED is an acceptance; SENT awaits one). */
function vcalendarStatus(status: string | undefined): string | undefined {
  if (status === undefined) return undefined;
  const s = status.trim().toUpperCase();
  if (s === 'ACCEPTED' || s === 'CONFIRMED' || s === 'COMPLETED') return 'ACCEPTED';
  if (s === 'DECLINED' || s === 'TENTATIVE' || s === 'DELEGATED') return s;
  return 'NEEDS-ACTION';
}

function readRelation(p: ContentLine): Relation {
  const valueType = (p.params.get('VALUE')?.[0] ?? '').toUpperCase();
  const gapText = p.params.get('GAP')?.[0];
  const gap = gapText === undefined ? null : parseDurationValue(gapText);
  return {
    target: p.value.trim(),
    valueType: valueType === 'URI' ? 'uri' : valueType === 'TEXT' ? 'text' : 'uid',
    relType: (p.params.get('RELTYPE')?.[0] ?? 'PARENT').toUpperCase(),
    gap: gap === null ? null : Duration.fromObject({ days: gap.sign * gap.days, milliseconds: gap.sign * gap.millis }),
  };
}

export { readDetails as readEventDetails };
