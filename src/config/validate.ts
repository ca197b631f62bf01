/**
 * Validation of a whole check description (`tongchou.json`, or the object built with
 * {@link defineConfig}) into a {@link Config}. Like zod's `safeParse`, it never throws for bad data
 * and never stops at the first mistake: the whole document is walked and every problem is returned,
 * each with the JSON path of the offending value (`rules[2].minGap`).
 */
import { IANAZone } from 'luxon';
import { DateTime } from 'luxon';
import { LEVELS, type Level } from '../model/calendar.js';
import { levelOf } from './internal/level-synonym.js';
import type { CalendarSource, Config, LocationEntry, TravelEntry } from '../model/config.js';
import type { PlaceEntry } from '../places/places-types.js';
import type { Person } from '../model/person.js';
import type { Problem } from '../model/problem.js';
import type { RuleConfig } from '../model/rule-config.js';
import {
  checkKeys,
  createCollector,
  expectArray,
  expectObject,
  isObject,
  kindOf,
  missing,
  readBoolean,
  readNumber,
  readString,
  readStringArray,
  type Collector,
  type JsonObject,
  type Path,
} from './internal/collector.js';
import { formatJsonPath } from './json-path.js';
import { ambiguousZone } from './ambiguous-zone.js';
import { readHolidays } from './internal/read-holidays.js';
import { readEnum, readRule, type RuleReferences } from './internal/read-rule.js';
import type { SelectorReferences } from './internal/read-selector.js';
import { createDirectory } from '../people/directory.js';
import type { Directory } from '../people/directory-types.js';
import { personKey } from '../people/internal/person-key.js';
import { createPlaces } from '../places/places.js';
import { within } from '../places/within.js';

/** The outcome of {@link validateConfig}: a config with warnings, or every problem found. */
export type ConfigValidation =
  | { readonly ok: true; readonly config: Config; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** The zone assumed for floating times and reports when the config names none. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

const topKeys = [
  'timezone',
  'window',
  'calendars',
  'people',
  'locations',
  'travel',
  'rules',
  'maxOccurrencesPerCalendar',
  'holidays',
  // Editors read `$schema`; it is not ours to judge.
  '$schema',
] as const;
const calendarKeys = ['id', 'file', 'name', 'office', 'level', 'owner', 'area', 'timezone'] as const;
const personKeys = ['id', 'name', 'aliases', 'roles', 'office'] as const;

/**
 * Validates a config document and fills its defaults (`timezone` Asia/Shanghai; `people`,
 * `locations`, `travel` and `rules` empty).
 * @param raw - the parsed JSON (or a {@link defineConfig} object); anything at all is accepted
 * @param file - the config file's name, carried into each problem's location; null when in memory
 * @returns `{ ok: true, config, problems }` when nothing is an error (problems are then warnings),
 *   otherwise `{ ok: false, problems }` with every problem, in document order, cross-references last
 * @example
 * const result = validateConfig({ window: { from: '2022-04-01', to: '2022-06-30' }, calendars: [],
 *   rules: [{ id: 'gap', kind: 'follows', dependent: {}, prerequisite: {}, minGap: 'P1X' }] });
 * result.ok //=> false
 * result.problems.find((p) => p.code === 'invalid-duration')?.source
 * //=> { file: null, path: ['rules', 0, 'minGap'] }
 */
export function validateConfig(raw: unknown, file: string | null = null): ConfigValidation {
  const c = createCollector(file);
  const root = expectObject(c, raw, []);
  if (root === undefined) return { ok: false, problems: c.problems };
  checkKeys(c, root, [], topKeys, 'warning');

  const timezone = root['timezone'] === undefined ? DEFAULT_TIMEZONE : readZone(c, root['timezone'], ['timezone']);
  const window = readWindow(c, root);
  const calendars = readList(c, root, 'calendars', true, readCalendar);
  const people = readList(c, root, 'people', false, readPerson);
  const locations = readList(c, root, 'locations', false, readLocation);
  const travel = readList(c, root, 'travel', false, readTravel);
  const selectorRefs: SelectorReferences = { calendars: [], offices: [] };
  const ruleRefs: RuleReferences = { people: [] };
  const rules = readList(c, root, 'rules', false, (c2, object, path) => {
    if (object['enabled'] !== false) return readRule(c2, object, path, selectorRefs, ruleRefs);
    // A rule switched off is kept in the file, not run: staff switch off a rule they cannot fix yet to
    // get the others running (QA26-41). Its mistakes are warnings, and a rule with one is left out.
    let broken = false;
    const lenient: Collector = {
      file: c2.file,
      problems: c2.problems,
      report(code, severity, at, data) {
        if (severity === 'error') broken = true;
        c2.report(code, severity === 'error' ? 'warning' : severity, at, data);
      },
    };
    const rule = readRule(lenient, object, path, selectorRefs, ruleRefs);
    return broken ? undefined : rule;
  });
  const maxOccurrencesPerCalendar = readNumber(c, root, 'maxOccurrencesPerCalendar', [], { required: false, min: 1, integer: true });
  const holidays = readHolidays(c, root['holidays']);

  checkUnique(c, calendars);
  checkUnique(c, people);
  checkUnique(c, rules);
  checkFiles(c, calendars);
  // References are resolved against every entry with a usable id, even one with other mistakes:
  // a person missing a name is still the person an owner names, and one mistake is reported once.
  const everyone = lenientPeople(root['people']);
  const directory = createDirectory(everyone);
  checkAliases(c, people, directory);
  checkNames(c, people);
  checkPlaces(c, locations);
  checkTravel(c, travel, locations);
  checkReferences(c, { calendars: lenientCalendars(root['calendars']), directory, named: namedBy(everyone), selectorRefs, ruleRefs });

  const problems = c.problems;
  if (problems.some((p) => p.severity === 'error') || timezone === undefined || window === undefined) {
    return { ok: false, problems };
  }
  const config: Config = {
    timezone,
    window,
    // `participantsOf` knows an owner by id: one written as an alias or name is given as the id.
    calendars: calendars.map(({ value }) => (value.owner === undefined || value.owner.trim() === '' ? value : { ...value, owner: ownerId(directory, value.owner) ?? value.owner })),
    people: people.map((x) => x.value),
    locations: locations.map((x) => x.value),
    travel: travel.map((x) => x.value),
    rules: rules.map((x) => x.value),
    ...(maxOccurrencesPerCalendar !== undefined && { maxOccurrencesPerCalendar }),
    ...(holidays !== undefined && { holidays }),
  };
  return { ok: true, config, problems };
}

/**
 * The person id a calendar's `owner` names: an id as it is, else an alias or name of exactly one
 * directory person (staff write the leader's e-mail or name there as readily as rule `people` lists).
 */
function ownerId(directory: Directory, owner: string): string | undefined {
  if (directory.person(owner) !== undefined) return owner;
  const refs = directory.resolveReference(owner);
  return refs.length === 1 && refs[0]!.known ? refs[0]!.id : undefined;
}

/** An entry that was read well enough to keep, with where it came from. */
interface Read<T> {
  readonly value: T;
  readonly path: Path;
}

type EntryReader<T> = (c: Collector, object: JsonObject, path: Path) => T | undefined;

function readList<T>(c: Collector, root: JsonObject, key: string, required: boolean, read: EntryReader<T>): Read<T>[] {
  const value = root[key];
  if (value === undefined) {
    if (required) missing(c, [], key);
    return [];
  }
  const list = expectArray(c, value, [key]);
  if (list === undefined) return [];
  return list.flatMap((item, index) => {
    const path = [key, index];
    const object = expectObject(c, item, path);
    const entry = object === undefined ? undefined : read(c, object, path);
    return entry === undefined ? [] : [{ value: entry, path }];
  });
}

function readZone(c: Collector, value: unknown, path: Path): string | undefined {
  if (typeof value !== 'string') {
    c.report('invalid-type', 'error', path, { expected: 'string', received: kindOf(value) });
    return undefined;
  }
  if (!IANAZone.isValidZone(value)) {
    c.report('invalid-timezone', 'error', path, { zone: value });
    return undefined;
  }
  // Legacy abbreviations are valid IANA links but rarely mean what a Chinese office means by them:
  // `CST` is US Central time, not China Standard Time. A Chinese office writing `CST` means China, and
  // using it as Chicago would move every meeting 14 hours: refused, as `--tz CST` is (QC-38). Other
  // abbreviations are accepted with a warning naming the zone.
  const resolved = ambiguousZone(value);
  if (resolved !== null && value.trim().toUpperCase() === 'CST') {
    c.report('ambiguous-timezone', 'error', path, { zone: value, resolved });
    return undefined;
  }
  if (resolved !== null) c.report('ambiguous-timezone', 'warning', path, { zone: value, resolved });
  return value;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function readDate(c: Collector, object: JsonObject, key: string, path: Path): string | undefined {
  const value = readString(c, object, key, path, true);
  if (value === undefined) return undefined;
  // The zone does not matter for telling a real date (2022-02-30 is none); UTC keeps it host-free.
  if (isoDate.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid) return value;
  c.report('invalid-date', 'error', [...path, key], { value });
  return undefined;
}

function readWindow(c: Collector, root: JsonObject): Config['window'] | undefined {
  if (root['window'] === undefined) return missing(c, [], 'window');
  const object = expectObject(c, root['window'], ['window']);
  if (object === undefined) return undefined;
  checkKeys(c, object, ['window'], ['from', 'to'], 'error');
  const from = readDate(c, object, 'from', ['window']);
  const to = readDate(c, object, 'to', ['window']);
  if (from === undefined || to === undefined) return undefined;
  // Both are YYYY-MM-DD, so text order is date order.
  if (from > to) {
    c.report('window-reversed', 'error', ['window', 'to'], { from, to });
    return undefined;
  }
  return { from, to };
}

function readCalendar(c: Collector, object: JsonObject, path: Path): CalendarSource | undefined {
  checkKeys(c, object, path, calendarKeys, 'error');
  const id = readString(c, object, 'id', path, true);
  const file = readString(c, object, 'file', path, true);
  // A subscription address pasted as the file (QC-28) would be joined to the config's folder and
  // reported as a missing file: said plainly instead.
  if (file !== undefined && /^\s*(?:webcals?|https?|ftp|file):\/\//iu.test(file)) c.report('file-is-address', 'error', [...path, 'file'], { file });
  const name = readString(c, object, 'name', path, false);
  const office = readString(c, object, 'office', path, false);
  const level: Level | undefined = readLevel(c, object, path);
  const owner = readString(c, object, 'owner', path, false);
  // LE-4: the unit (青山区) of a calendar whose office name states none (区政府办); read by `calendarArea`.
  const area = readString(c, object, 'area', path, false);
  const timezone = object['timezone'] === undefined ? undefined : readZone(c, object['timezone'], [...path, 'timezone']);
  if (id === undefined || file === undefined) return undefined;
  return {
    id,
    file,
    ...(name !== undefined && { name }),
    ...(office !== undefined && { office }),
    ...(level !== undefined && { level }),
    ...(owner !== undefined && { owner }),
    ...(area !== undefined && { area }),
    ...(timezone !== undefined && { timezone }),
  };
}

function readPerson(c: Collector, object: JsonObject, path: Path): Person | undefined {
  checkKeys(c, object, path, personKeys, 'error');
  const id = readString(c, object, 'id', path, true);
  const name = readString(c, object, 'name', path, true);
  const aliases = readStringArray(c, object, 'aliases', path, false);
  const roles = readStringArray(c, object, 'roles', path, false);
  const office = readString(c, object, 'office', path, false);
  if (id === undefined || name === undefined) return undefined;
  return {
    id,
    name,
    ...(aliases !== undefined && { aliases }),
    ...(roles !== undefined && { roles }),
    ...(office !== undefined && { office }),
  };
}

function readLocation(c: Collector, object: JsonObject, path: Path): PlaceEntry | undefined {
  checkKeys(c, object, path, ['name', 'aliases', 'bookable', 'area'], 'error');
  const name = readString(c, object, 'name', path, true);
  const aliases = readStringArray(c, object, 'aliases', path, false);
  // QE-1: whether `venue` reads it as a room; default by its names (a site listed for travel is visited, not booked).
  const bookable = readBoolean(c, object, 'bookable', path);
  // QJ-1: the unit whose room it is (青山区): its names are read on that unit's calendars only.
  const area = readString(c, object, 'area', path, false);
  if (name === undefined) return undefined;
  return { name, ...(aliases !== undefined && { aliases }), ...(bookable !== undefined && { bookable }), ...(area !== undefined && { area }) };
}

function readTravel(c: Collector, object: JsonObject, path: Path): TravelEntry | undefined {
  checkKeys(c, object, path, ['from', 'to', 'minutes'], 'error');
  const from = readString(c, object, 'from', path, true);
  const to = readString(c, object, 'to', path, true);
  const minutes = readNumber(c, object, 'minutes', path, { required: true, min: 0, integer: false });
  if (from === undefined || to === undefined || minutes === undefined) return undefined;
  return { from, to, minutes };
}

function checkUnique(c: Collector, entries: readonly Read<{ readonly id: string }>[]): void {
  const first = new Map<string, Path>();
  for (const entry of entries) {
    // An entry whose id was itself invalid has already been reported.
    if (entry.value.id === '') continue;
    const seen = first.get(entry.value.id);
    if (seen === undefined) first.set(entry.value.id, entry.path);
    else c.report('duplicate-id', 'error', [...entry.path, 'id'], { id: entry.value.id, first: formatJsonPath(seen) });
  }
}

function checkFiles(c: Collector, calendars: readonly Read<CalendarSource>[]): void {
  const first = new Map<string, string>();
  for (const { value, path } of calendars) {
    const seen = first.get(value.file);
    if (seen === undefined) first.set(value.file, value.id);
    else c.report('duplicate-file', 'warning', [...path, 'file'], { file: value.file, first: seen });
  }
}

// The directory gives an alias to whoever claims it first (ids, then names, then aliases); an
// alias that resolves to someone else is one the directory will never attribute to this person.
function checkAliases(c: Collector, people: readonly Read<Person>[], directory: Directory): void {
  for (const { value, path } of people) {
    (value.aliases ?? []).forEach((alias, i) => {
      const owner = directory.resolve(alias);
      if (owner.known && owner.id !== value.id) {
        c.report('duplicate-alias', 'warning', [...path, 'aliases', i], { alias, first: owner.id, second: value.id });
      }
    });
  }
}

// 重名 (QA26-30): two people of one name are legitimate (张伟 is shared by hundreds of thousands),
// but every reference by that name alone goes to the first of them, as the directory gives a name
// to whoever claims it first. Compared as the directory compares (person key).
function checkNames(c: Collector, people: readonly Read<Person>[]): void {
  const first = new Map<string, string>();
  for (const { value, path } of people) {
    const key = personKey(value.name);
    const seen = first.get(key);
    if (seen === undefined) first.set(key, value.id);
    else if (seen !== value.id) c.report('duplicate-name', 'warning', [...path, 'name'], { name: value.name, first: seen, second: value.id });
  }
}

// One alias for two rooms (“第一会议室” in both buildings), or two names equal after normalisation
// (QA26-30): the place lookup gives the text to the entry that claimed it first, so every LOCATION
// written so is that place. Asked of the lookup itself, so the check cannot drift from it.
function checkPlaces(c: Collector, locations: readonly Read<PlaceEntry>[]): void {
  const places = createPlaces(locations.map((x) => x.value), []);
  for (const { value, path } of locations) {
    const texts: [string, Path, 'name' | 'alias'][] = [[value.name, [...path, 'name'], 'name']];
    (value.aliases ?? []).forEach((alias, i) => texts.push([alias, [...path, 'aliases', i], 'alias']));
    for (const [text, at, kind] of texts) {
      // Entries of two units (`area`) may share an alias (each district's 第一会议室, QJ-1): asked within the entry's unit.
      const claimed = places.known(text, value.area);
      if (claimed !== null && claimed !== value.name) c.report('duplicate-place', 'warning', at, { kind, text, first: claimed, second: value.name });
    }
  }
}

// QC-4: a travel endpoint naming a building (区政府大楼, 青石镇政府) serves the rooms within it; when it is
// no configured place and no configured place lies within it, it serves only LOCATIONs written so or
// naming a room in it — a typo (区政付大楼), or an outside site whose rooms are not listed (市委党校):
// an info, since the second is ordinary. A site that is no building (某镇河道, visited
// as such) is an unlisted place of its own and is not reported; without `locations` nothing can be said.
function checkTravel(c: Collector, travel: readonly Read<TravelEntry>[], locations: readonly Read<LocationEntry>[]): void {
  if (locations.length === 0) return;
  const places = createPlaces(locations.map((x) => x.value), []);
  const texts = locations.flatMap(({ value }) => [value.name, ...(value.aliases ?? [])]);
  for (const { value, path } of travel) {
    for (const end of ['from', 'to'] as const) {
      const place = value[end];
      if (!BUILDING.test(place.normalize('NFKC').trim()) || places.known(place) !== null || texts.some((text) => within(place, text))) continue;
      c.report('unknown-travel-place', 'info', [...path, end], { place });
    }
  }
}

/** A name ending in a building word: what a travel entry between buildings writes. */
const BUILDING = /(?:大楼|大厦|办公楼|综合楼|行政楼|号楼|[A-Za-z]座|中心|宾馆|酒店|饭店|党校|政府|[省市区县]委|人大|政协)$/u;

/**
 * Person key → ids of every person it names (by id, name or alias, as the directory claims them):
 * a reference that is no id and names several people is ambiguous (重名).
 */
function namedBy(people: readonly Person[]): ReadonlyMap<string, readonly string[]> {
  const named = new Map<string, string[]>();
  const add = (text: string, id: string): void => {
    const key = personKey(text);
    if (key === '') return;
    const ids = named.get(key) ?? [];
    if (!ids.includes(id)) ids.push(id);
    named.set(key, ids);
  };
  for (const person of people) {
    add(person.id, person.id);
    add(person.name, person.id);
    for (const alias of person.aliases ?? []) {
      // `李明 <liming@…>`: the address and the name are each an alias, as the directory reads them.
      const nameAddr = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/u.exec(alias);
      if (nameAddr === null) add(alias, person.id);
      else {
        add(nameAddr[2]!, person.id);
        add(nameAddr[1]!, person.id);
      }
    }
  }
  return named;
}

/** The ids a reference that is not itself an id names, when it names more than one person. */
function ambiguity(named: ReadonlyMap<string, readonly string[]>, directory: Directory, reference: string): readonly string[] | null {
  if (directory.person(reference) !== undefined) return null;
  const ids = named.get(personKey(reference)) ?? [];
  return ids.length > 1 ? ids : null;
}

function entries(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

function lenientPeople(value: unknown): Person[] {
  return entries(value).flatMap((entry) => {
    const id = text(entry['id']);
    return id === undefined ? [] : [{ id, name: text(entry['name']) ?? '', aliases: texts(entry['aliases']), roles: texts(entry['roles']) }];
  });
}

function lenientCalendars(value: unknown): { readonly id?: string; readonly office?: string; readonly owner?: string; readonly path: Path }[] {
  return entries(value).map((entry, index) => {
    const id = text(entry['id']);
    const office = text(entry['office']);
    const owner = text(entry['owner']);
    return { ...(id !== undefined && { id }), ...(office !== undefined && { office }), ...(owner !== undefined && { owner }), path: ['calendars', index] };
  });
}

function checkReferences(
  c: Collector,
  input: {
    readonly calendars: ReturnType<typeof lenientCalendars>;
    readonly directory: Directory;
    readonly named: ReadonlyMap<string, readonly string[]>;
    readonly selectorRefs: SelectorReferences;
    readonly ruleRefs: RuleReferences;
  },
): void {
  for (const { owner, path } of input.calendars) {
    if (owner === undefined || owner.trim() === '') continue;
    // An id, or an alias or name of one person (written in the config as the id, see ownerId). A
    // name two people share (重名) is an error: the owner decides who is booked by every entry.
    const ids = ambiguity(input.named, input.directory, owner);
    if (ids !== null) c.report('ambiguous-person', 'error', [...path, 'owner'], { reference: owner, ids: ids.join(', ') });
    else if (ownerId(input.directory, owner) === undefined) c.report('unknown-person', 'error', [...path, 'owner'], { reference: owner });
  }
  for (const ref of input.ruleRefs.people) {
    const severity = ref.enabled ? 'error' : 'warning';
    // Resolved exactly as the rule will resolve it at check time.
    const resolved = input.directory.resolveReference(ref.value);
    const role = roleOf(ref.value);
    const ids = role === null ? ambiguity(input.named, input.directory, ref.value) : null;
    if (ids !== null) c.report('ambiguous-person', severity, ref.path, { reference: ref.value, ids: ids.join(', ') });
    else if (role !== null && resolved.length === 0) c.report('unknown-role', severity, ref.path, { role });
    else if (role === null && !resolved.every((person) => person.known)) c.report('unknown-person', severity, ref.path, { reference: ref.value });
  }
  // A selector naming a calendar or office that is not configured matches nothing. A warning, not an
  // error: a calendar may be left out of one run on purpose while its rules stay.
  const calendarIds = new Set(input.calendars.map((x) => x.id));
  const offices = new Set(input.calendars.map((x) => x.office));
  for (const ref of input.selectorRefs.calendars) {
    if (!calendarIds.has(ref.value)) c.report('unknown-calendar', 'warning', ref.path, { reference: ref.value });
  }
  for (const ref of input.selectorRefs.offices) {
    if (!offices.has(ref.value)) c.report('unknown-office', 'warning', ref.path, { reference: ref.value });
  }
}

function roleOf(reference: string): string | null {
  // As the directory reads it: `role:` or a full-width `role：`, any case, spaces around the colon.
  const match = /^\s*role\s*[:：]\s*(.+)$/iu.exec(reference.normalize('NFKC'));
  return match?.[1]?.trim() ?? null;
}

/**
 * A calendar's `level`: one of {@link LEVELS}, or a name staff write for one (县, 区, `county`), read
 * as that level with a `level-synonym` info (QB-38).
 */
function readLevel(c: Collector, object: JsonObject, path: Path): Level | undefined {
  const value = object['level'];
  if (typeof value !== 'string') return readEnum(c, object, 'level', path, LEVELS);
  const level = levelOf(value);
  if (level === null) return readEnum(c, object, 'level', path, LEVELS);
  if (level.synonym) c.report('level-synonym', 'info', [...path, 'level'], { value, level: level.level });
  return level.level;
}
