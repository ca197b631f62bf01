/**
 * Builds Occurrence values for rule tests without going through the .ics loader.
 *
 * Times are wall clock in `zone` (default Asia/Shanghai): `at('2022-05-10 09:00')`.
 * Attendees are given as `'li'` (CN name/address text), or objects.
 */
import { DateTime, Duration } from 'luxon';
import type { CalendarInfo, Level } from '../../src/model/calendar.js';
import type { Attendee, BusyStatus, EventStatus, Occurrence, Relation } from '../../src/model/occurrence.js';

export const SHANGHAI = 'Asia/Shanghai';

export interface CalendarSpec {
  readonly id: string;
  readonly name?: string;
  readonly office?: string | null;
  readonly level?: Level | null;
  readonly owner?: string | null;
  readonly defaultZone?: string;
}

export type AttendeeSpec =
  | string
  | {
      readonly address?: string | null;
      readonly name?: string | null;
      readonly partstat?: string;
      readonly cutype?: string;
      readonly role?: string;
    };

export interface RelationSpec {
  readonly target: string;
  readonly relType?: string;
  readonly gap?: string;
  readonly valueType?: Relation['valueType'];
}

export interface OccurrenceSpec {
  readonly calendar?: string | CalendarSpec;
  readonly uid?: string;
  readonly recurrenceId?: string | null;
  /** `YYYY-MM-DD HH:mm` (timed) or `YYYY-MM-DD` (all-day) wall clock in `zone`. */
  readonly start: string;
  /** As `start`; default one hour after a timed start, one day after an all-day one. Exclusive. */
  readonly end?: string;
  readonly zone?: string;
  readonly summary?: string;
  readonly location?: string | null;
  readonly organizer?: AttendeeSpec | null;
  readonly attendees?: readonly AttendeeSpec[];
  readonly categories?: readonly string[];
  readonly status?: EventStatus | null;
  readonly transparent?: boolean;
  readonly busy?: BusyStatus;
  readonly relations?: readonly RelationSpec[];
  readonly concepts?: readonly string[];
  readonly refIds?: readonly string[];
  readonly xProps?: Readonly<Record<string, readonly string[]>>;
}

let counter = 0;

/** A CalendarInfo with defaults (no office/level/owner; default zone `zone`, else Asia/Shanghai). */
export function calendar(spec: string | CalendarSpec, zone: string = SHANGHAI): CalendarInfo {
  const s: CalendarSpec = typeof spec === 'string' ? { id: spec } : spec;
  return {
    id: s.id,
    name: s.name ?? s.id,
    office: s.office ?? null,
    level: s.level ?? null,
    owner: s.owner ?? null,
    defaultZone: s.defaultZone ?? zone,
    file: `${s.id}.ics`,
  };
}

/** Parses `YYYY-MM-DD HH:mm` or `YYYY-MM-DD` as wall clock in `zone`. */
export function at(text: string, zone: string = SHANGHAI): DateTime {
  const dt = DateTime.fromISO(text.trim().replace(' ', 'T'), { zone });
  if (!dt.isValid) throw new Error(`bad test time ${text}`);
  return dt;
}

function attendee(spec: AttendeeSpec): Attendee {
  if (typeof spec === 'string') {
    const isAddress = spec.includes('@');
    return {
      address: isAddress ? (spec.startsWith('mailto:') ? spec : `mailto:${spec}`) : null,
      name: isAddress ? null : spec,
      role: 'req-participant',
      partstat: 'accepted',
      cutype: 'individual',
    };
  }
  return {
    address: spec.address ?? null,
    name: spec.name ?? null,
    role: spec.role ?? 'req-participant',
    partstat: spec.partstat ?? 'accepted',
    cutype: spec.cutype ?? 'individual',
  };
}

/** Builds one occurrence. The key is `calendar/uid` (+ `/recurrenceId`). */
export function occurrence(spec: OccurrenceSpec): Occurrence {
  // An occurrence written in another zone belongs to a calendar kept in that zone, unless the
  // calendar spec says otherwise.
  const cal = calendar(spec.calendar ?? 'cal', spec.zone ?? SHANGHAI);
  const zone = spec.zone ?? cal.defaultZone;
  const allDay = !spec.start.includes(':');
  const start = at(spec.start, zone);
  const end =
    spec.end !== undefined ? at(spec.end, zone) : allDay ? start.plus({ days: 1 }) : start.plus({ hours: 1 });
  counter += 1;
  const uid = spec.uid ?? `uid-${counter}`;
  const recurrenceId = spec.recurrenceId ?? null;
  return {
    key: recurrenceId === null ? `${cal.id}/${uid}` : `${cal.id}/${uid}/${recurrenceId}`,
    calendar: cal,
    uid,
    recurrenceId,
    start,
    end,
    allDay,
    summary: spec.summary ?? '会议',
    description: null,
    location: spec.location ?? null,
    organizer: spec.organizer === undefined || spec.organizer === null ? null : attendee(spec.organizer),
    attendees: (spec.attendees ?? []).map(attendee),
    categories: spec.categories ?? [],
    status: spec.status ?? null,
    transparent: spec.transparent ?? false,
    busy: spec.busy ?? (spec.transparent === true ? 'free' : 'busy'),
    relations: (spec.relations ?? []).map((r) => ({
      target: r.target,
      valueType: r.valueType ?? 'uid',
      relType: r.relType ?? 'PARENT',
      gap: r.gap === undefined ? null : Duration.fromISO(r.gap),
    })),
    concepts: spec.concepts ?? [],
    refIds: spec.refIds ?? [],
    xProps: spec.xProps ?? {},
    source: { file: `${cal.id}.ics`, line: 1 },
  };
}

/** Expands a weekly series into instances (keys carry the recurrence id), with per-date overrides. */
export function weekly(
  spec: OccurrenceSpec & { readonly uid: string },
  count: number,
  overrides: Readonly<Record<number, Partial<OccurrenceSpec> | 'exdate'>> = {},
): Occurrence[] {
  const zone = spec.zone ?? SHANGHAI;
  const first = at(spec.start, zone);
  const length = spec.end !== undefined ? at(spec.end, zone).diff(first) : Duration.fromObject({ hours: 1 });
  const result: Occurrence[] = [];
  for (let i = 0; i < count; i += 1) {
    const original = first.plus({ weeks: i });
    const override = overrides[i];
    if (override === 'exdate') continue;
    const recurrenceId = original.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
    const start = original.toFormat('yyyy-MM-dd HH:mm');
    const end = original.plus(length).toFormat('yyyy-MM-dd HH:mm');
    result.push(occurrence({ ...spec, start, end, recurrenceId, ...(override ?? {}) }));
  }
  return result;
}
