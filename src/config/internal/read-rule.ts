/**
 * Validates one `rules[]` entry: the fields every rule has, then the fields of its kind. Person
 * references of `required-attendance` are collected here and resolved once `people` is read.
 */
import { isValidDuration, parseDuration } from '../../time/duration.js';
import { DateTime } from 'luxon';
import type { DateSpan, Gap, PairingCycle, RuleConfig, RuleKind, WorkingDaysRuleConfig, WorkingHours } from '../../model/rule-config.js';
import { CADENCE_PERIODS, parseCadenceRule } from '../../time/cadence-periods.js';
import type { Severity } from '../../model/problem.js';
import type { Selector } from '../../model/selector.js';
import {
  checkKeys,
  expectObject,
  has,
  isObject,
  kindOf,
  missing,
  readBoolean,
  readNumber,
  readString,
  readStringArray,
  readStringOrArray,
  type Collector,
  type JsonObject,
  type Path,
} from './collector.js';
import { readSelector, type SelectorReferences } from './read-selector.js';

/** Fields every rule may have. */
const baseKeys = ['id', 'kind', 'severity', 'enabled'] as const;
type BaseKey = (typeof baseKeys)[number];

/**
 * The fields of each kind beyond the base ones. Typed against `RuleConfig`: a field listed here that
 * the type lacks fails to compile, and so does a field of the type missing here (see below).
 */
const kindKeys = {
  follows: ['dependent', 'prerequisite', 'minGap', 'maxGap', 'cycle'],
  'no-double-booking': ['absences', 'fieldWork'],
  'travel-time': ['defaultMinutes'],
  venue: [],
  'required-attendance': ['event', 'people'],
  'related-to': [],
  cadence: ['event', 'every', 'min', 'max'],
  coverage: ['calendar'],
  'working-days': ['event', 'hours'],
  'quiet-period': ['event', 'during'],
} as const satisfies { readonly [K in RuleKind]: readonly Exclude<keyof Extract<RuleConfig, { kind: K }>, BaseKey>[] };

type Unlisted = { [K in RuleKind]: Exclude<Exclude<keyof Extract<RuleConfig, { kind: K }>, BaseKey>, (typeof kindKeys)[K][number]> }[RuleKind];
const kindKeysComplete: [Unlisted] extends [never] ? true : false = true;
void kindKeysComplete;

/** The rule kinds this version knows, in the order the docs list them. */
export const RULE_KINDS = Object.keys(kindKeys) as readonly RuleKind[];

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const CYCLES: readonly PairingCycle[] = ['year', 'quarter', 'month', 'week', 'none'];

/** A `required-attendance` reference to resolve against `people`. */
export interface PersonReference {
  readonly value: string;
  readonly path: Path;
  /** References in disabled rules are only warnings: `tongchou init` writes examples that way. */
  readonly enabled: boolean;
}

export interface RuleReferences {
  readonly people: PersonReference[];
}

/**
 * Validates one rule entry; returns it when its kind and required fields are usable (other
 * mistakes are reported and the config is then rejected as a whole).
 */
export function readRule(
  c: Collector,
  object: JsonObject,
  path: Path,
  selectorRefs: SelectorReferences,
  refs: RuleReferences,
): RuleConfig | undefined {
  const id = readString(c, object, 'id', path, true);
  const severity = readEnum(c, object, 'severity', path, SEVERITIES);
  const enabled = readBoolean(c, object, 'enabled', path);
  const rawKind = object['kind'];
  let kind: RuleKind | undefined;
  if (rawKind === undefined) missing(c, path, 'kind');
  else if (typeof rawKind !== 'string') c.report('invalid-type', 'error', [...path, 'kind'], { expected: 'string', received: kindOf(rawKind) });
  else {
    kind = RULE_KINDS.find((k) => k === rawKind);
    if (kind === undefined) c.report('unknown-rule-kind', 'error', [...path, 'kind'], { kind: rawKind, known: RULE_KINDS.join(', ') });
  }
  // Without a known kind the other keys cannot be judged; only the base fields were checked.
  if (kind === undefined) return undefined;
  checkKeys(c, object, path, [...baseKeys, ...kindKeys[kind]], 'error');

  const base = {
    id: id ?? '',
    ...(severity !== undefined && { severity }),
    ...(enabled !== undefined && { enabled }),
  };
  const selector = (key: string, required: boolean): Selector | undefined => {
    if (!has(object, key)) return required ? missing(c, path, key) : undefined;
    return readSelector(c, object[key], [...path, key], selectorRefs);
  };

  switch (kind) {
    case 'follows': {
      const dependent = selector('dependent', true);
      const prerequisite = selector('prerequisite', true);
      const minGap = readGap(c, object, 'minGap', path);
      const maxGap = readGap(c, object, 'maxGap', path);
      const cycle = readEnum(c, object, 'cycle', path, CYCLES);
      if (minGap !== undefined && maxGap !== undefined && gapsReversed(minGap, maxGap)) {
        c.report('gap-reversed', 'error', [...path, 'maxGap'], { minGap: gapData(minGap), maxGap: gapData(maxGap) });
      }
      if (dependent === undefined || prerequisite === undefined) return undefined;
      return {
        ...base,
        kind,
        dependent,
        prerequisite,
        ...(minGap !== undefined && { minGap }),
        ...(maxGap !== undefined && { maxGap }),
        ...(cycle !== undefined && { cycle }),
      };
    }
    case 'no-double-booking': {
      const absences = selector('absences', false);
      const fieldWork = selector('fieldWork', false);
      return { ...base, kind, ...(absences !== undefined && { absences }), ...(fieldWork !== undefined && { fieldWork }) };
    }
    case 'travel-time': {
      const defaultMinutes = readNumber(c, object, 'defaultMinutes', path, { required: false, min: 0, integer: false });
      return { ...base, kind, ...(defaultMinutes !== undefined && { defaultMinutes }) };
    }
    case 'venue':
    case 'related-to':
      return { ...base, kind };
    case 'required-attendance': {
      const event = selector('event', true);
      const people = readStringArray(c, object, 'people', path, true);
      if (people !== undefined) {
        const list = object['people'] as readonly unknown[];
        if (list.length === 0) c.report('empty-list', 'warning', [...path, 'people'], { field: 'people' });
        list.forEach((value, index) => {
          if (typeof value === 'string' && value.trim() !== '') {
            refs.people.push({ value, path: [...path, 'people', index], enabled: enabled !== false });
          }
        });
      }
      if (event === undefined || people === undefined) return undefined;
      return { ...base, kind, event, people };
    }
    case 'cadence': {
      const event = selector('event', true);
      const every = readString(c, object, 'every', path, true);
      if (every !== undefined && !CADENCE_PERIODS.some((p) => p === every) && !parseCadenceRule(every).ok) {
        c.report('invalid-enum', 'error', [...path, 'every'], { value: every, allowed: `${CADENCE_PERIODS.join(', ')}, RRULE (FREQ=…)` });
      }
      const min = readNumber(c, object, 'min', path, { required: false, min: 0, integer: true });
      const max = readNumber(c, object, 'max', path, { required: false, min: 0, integer: true });
      if (min !== undefined && max !== undefined && min > max) c.report('out-of-range', 'error', [...path, 'max'], { value: max, min });
      if (event === undefined || every === undefined) return undefined;
      return { ...base, kind, event, every, ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
    }
    case 'coverage': {
      const calendar = readStringOrArray(c, object, 'calendar', path);
      if (calendar === undefined) return missing(c, path, 'calendar');
      // Checked against `calendars` like a selector's calendar: a misspelt id would report the whole window as a gap.
      calendar.items.forEach((item) => selectorRefs.calendars.push(item));
      return { ...base, kind, calendar: calendar.value };
    }
    case 'working-days': {
      const event = selector('event', true);
      const hours = readHours(c, object['hours'], [...path, 'hours'], selectorRefs);
      if (event === undefined) return undefined;
      return { ...base, kind, event, ...(hours !== undefined && { hours }) };
    }
    case 'quiet-period': {
      const event = selector('event', true);
      const raw = object['during'];
      let during: Selector | DateSpan | undefined;
      if (raw === undefined) missing(c, path, 'during');
      else if (isObject(raw) && (has(raw, 'from') || has(raw, 'to'))) {
        const at = [...path, 'during'];
        checkKeys(c, raw, at, ['from', 'to'], 'error');
        const from = readDay(c, raw, 'from', at);
        const to = readDay(c, raw, 'to', at);
        if (from !== undefined && to !== undefined) {
          if (from > to) c.report('span-reversed', 'error', at, { from, to });
          during = { from, to };
        }
      } else during = selector('during', true);
      if (event === undefined || during === undefined) return undefined;
      return { ...base, kind, event, during };
    }
    default: {
      const exhaustive: never = kind;
      throw new Error(`unhandled rule kind ${String(exhaustive)}`);
    }
  }
}

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/u;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** A required `YYYY-MM-DD` field. */
function readDay(c: Collector, object: JsonObject, key: string, path: Path): string | undefined {
  const value = readString(c, object, key, path, true);
  if (value === undefined) return undefined;
  if (DAY.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid) return value;
  c.report('invalid-date', 'error', [...path, key], { value });
  return undefined;
}

/**
 * `{ start, end }` in `HH:mm`, or a table of them by office name. The office names are checked against
 * `calendars` like a selector's office: a misspelt one would silently fall back to `*`.
 */
function readHours(c: Collector, value: unknown, path: Path, refs: SelectorReferences): WorkingDaysRuleConfig['hours'] {
  if (value === undefined) return undefined;
  const object = expectObject(c, value, path);
  if (object === undefined) return undefined;
  const one = (o: JsonObject, at: Path): WorkingHours | undefined => {
    checkKeys(c, o, at, ['start', 'end'], 'error');
    const times = (['start', 'end'] as const).map((k) => {
      const t = readString(c, o, k, at, true);
      if (t !== undefined && !HHMM.test(t)) c.report('invalid-enum', 'error', [...at, k], { value: t, allowed: 'HH:mm' });
      return t !== undefined && HHMM.test(t) ? t : undefined;
    });
    const [start, end] = times;
    if (start === undefined || end === undefined) return undefined;
    if (start >= end) c.report('hours-reversed', 'error', at, { start, end });
    return { start, end };
  };
  if (has(object, 'start') || has(object, 'end')) return one(object, path);
  const table: Record<string, WorkingHours> = {};
  for (const [office, entry] of Object.entries(object)) {
    const o = expectObject(c, entry, [...path, office]);
    const hours = o === undefined ? undefined : one(o, [...path, office]);
    if (office !== '*') refs.offices.push({ value: office, path: [...path, office] });
    if (hours !== undefined) table[office] = hours;
  }
  return table;
}

/** An optional string field that must be one of `allowed`. */
export function readEnum<T extends string>(c: Collector, object: JsonObject, key: string, path: Path, allowed: readonly T[]): T | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  const at = [...path, key];
  if (typeof value !== 'string') {
    c.report('invalid-type', 'error', at, { expected: 'string', received: kindOf(value) });
    return undefined;
  }
  const found = allowed.find((a) => a === value);
  if (found === undefined) c.report('invalid-enum', 'error', at, { value, allowed: allowed.join(', ') });
  return found;
}

/**
 * A `follows` gap: an ISO-8601 duration text, or `{ "workingDays": n }` with n a whole number ≥ 0.
 * Every mistake is reported at its own path (`rules[0].minGap.workingDays`).
 */
function readGap(c: Collector, object: JsonObject, key: string, path: Path): Gap | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  const at = [...path, key];
  if (typeof value === 'string') {
    if (isValidDuration(value)) return value;
    c.report('invalid-duration', 'error', at, { value });
    return undefined;
  }
  if (!isObject(value)) {
    c.report('invalid-type', 'error', at, { expected: 'duration-or-working-days', received: kindOf(value) });
    return undefined;
  }
  checkKeys(c, value, at, ['workingDays'], 'error');
  const workingDays = readNumber(c, value, 'workingDays', at, { required: true, min: 0, integer: true });
  return workingDays === undefined ? undefined : { workingDays };
}

/**
 * Whether no start can satisfy both gaps, when that is certain: two durations compared as before;
 * two working-day counts by count (from W_min to W_max); a minimum of n ≥ 1 working days against a
 * maximum duration shorter than n − 1 days (less an hour for a daylight-saving night). The minimum
 * lets the dependent start from 00:00 of W_n, at least n days after the start of day 0, and the
 * prerequisite may end as late as the midnight closing day 0: a meeting ending at 18:00 is followed
 * "at least 1 working day after, within 23 hours" by one at 00:00 of the next working day. (A day
 * is taken as at least 23 hours: zones that skipped a whole date, as Samoa did in 2011, are ignored.)
 * A duration minimum against a working-day maximum depends on the holidays in between and is not judged.
 */
function gapsReversed(minGap: Gap, maxGap: Gap): boolean {
  if (typeof minGap === 'string' && typeof maxGap === 'string') return millis(minGap) > millis(maxGap);
  if (typeof minGap !== 'string' && typeof maxGap !== 'string') return minGap.workingDays > maxGap.workingDays;
  if (typeof minGap !== 'string' && typeof maxGap === 'string') {
    const n = minGap.workingDays;
    // n = 0 lets the dependent start at the prerequisite's end: only a negative maximum contradicts it.
    return n === 0 ? millis(maxGap) < 0 : millis(maxGap) < (n - 1) * DAY_MS - HOUR_MS;
  }
  return false;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A gap as `gap-reversed` data shows it: the ISO text, or the object as JSON. */
function gapData(gap: Gap): string {
  return typeof gap === 'string' ? gap : JSON.stringify(gap);
}

// Months and years have no fixed length; luxon's casual conversion (30-day month, 365-day year) is
// close enough to tell whether a minimum exceeds a maximum.
function millis(iso: string): number {
  return parseDuration(iso)?.toMillis() ?? 0;
}
