/**
 * Validates a selector (config `dependent`, `prerequisite`, `event`, `absences`). Every field is
 * checked and unknown keys are errors: a misspelt `summery` would otherwise leave a selector that
 * matches every occurrence.
 */
import { LEVELS, type Level } from '../../model/calendar.js';
import { levelOf } from './level-synonym.js';
import type { Selector } from '../../model/selector.js';
import { checkKeys, expectArray, expectObject, kindOf, readStringOrArray, type Collector, type JsonObject, type Path } from './collector.js';
import { regexError } from './regex-error.js';

/** Calendar ids and offices named by selectors, checked against `calendars` once it is read. */
export interface SelectorReferences {
  readonly calendars: { readonly value: string; readonly path: Path }[];
  readonly offices: { readonly value: string; readonly path: Path }[];
}

const selectorKeys = ['calendar', 'office', 'level', 'summary', 'categories', 'location', 'property', 'anyOf', 'not'] as const;

// Compile-time check that the list above names every field of `Selector` and nothing else.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const selectorKeysComplete: Same<(typeof selectorKeys)[number], keyof Selector> = true;
void selectorKeysComplete;

/** Validates a selector and collects the calendar ids and offices it names into `refs`. */
export function readSelector(c: Collector, value: unknown, path: Path, refs: SelectorReferences): Selector | undefined {
  const object = expectObject(c, value, path);
  if (object === undefined) return undefined;
  checkKeys(c, object, path, selectorKeys, 'error');
  if (!selectorKeys.some((key) => object[key] !== undefined)) c.report('empty-selector', 'warning', path, {});

  const calendar = readStringOrArray(c, object, 'calendar', path);
  calendar?.items.forEach((item) => refs.calendars.push(item));
  const office = readStringOrArray(c, object, 'office', path);
  office?.items.forEach((item) => refs.offices.push(item));
  const level = readLevels(c, object, path);
  const summary = readPattern(c, object, 'summary', path);
  const categories = readStringOrArray(c, object, 'categories', path);
  const location = readPattern(c, object, 'location', path);
  const property = readProperty(c, object, path);
  const anyOf = readAnyOf(c, object, path, refs);
  const not = object['not'] === undefined ? undefined : readSelector(c, object['not'], [...path, 'not'], refs);

  return {
    ...(calendar && { calendar: calendar.value }),
    ...(office && { office: office.value }),
    ...(level !== undefined && { level }),
    ...(summary !== undefined && { summary }),
    ...(categories && { categories: categories.value }),
    ...(location !== undefined && { location }),
    ...(property !== undefined && { property }),
    ...(anyOf !== undefined && { anyOf }),
    ...(not !== undefined && { not }),
  };
}

function readLevels(c: Collector, object: JsonObject, path: Path): Level | Level[] | undefined {
  const read = readStringOrArray(c, object, 'level', path);
  if (read === undefined) return undefined;
  const levels: Level[] = [];
  for (const item of read.items) {
    const level = levelOf(item.value);
    if (level === null) c.report('invalid-enum', 'error', item.path, { value: item.value, allowed: LEVELS.join(', ') });
    else {
      // 县, 区, county…: read as the level they rank with, and said (QB-38).
      if (level.synonym) c.report('level-synonym', 'info', item.path, { value: item.value, level: level.level });
      levels.push(level.level);
    }
  }
  return typeof read.value === 'string' ? levels[0] : levels;
}

/** A regular expression as selectors use it: JavaScript syntax with the `u` flag. */
export function readPattern(c: Collector, object: JsonObject, key: string, path: Path): string | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  return checkPattern(c, value, [...path, key]);
}

function checkPattern(c: Collector, value: unknown, path: Path): string | undefined {
  if (typeof value !== 'string') {
    c.report('invalid-type', 'error', path, { expected: 'string', received: kindOf(value) });
    return undefined;
  }
  const error = regexError(value);
  if (error === null) return value;
  c.report('invalid-regex', 'error', path, { pattern: value, detail: error });
  return undefined;
}

function readProperty(c: Collector, object: JsonObject, path: Path): Record<string, string> | undefined {
  if (object['property'] === undefined) return undefined;
  const at = [...path, 'property'];
  const properties = expectObject(c, object['property'], at);
  if (properties === undefined) return undefined;
  const out: Record<string, string> = {};
  for (const [name, pattern] of Object.entries(properties)) {
    const checked = checkPattern(c, pattern, [...at, name]);
    if (checked !== undefined) out[name] = checked;
  }
  if (Object.keys(properties).length === 0) c.report('empty-selector', 'warning', at, {});
  return out;
}

function readAnyOf(c: Collector, object: JsonObject, path: Path, refs: SelectorReferences): Selector[] | undefined {
  if (object['anyOf'] === undefined) return undefined;
  const at = [...path, 'anyOf'];
  const list = expectArray(c, object['anyOf'], at);
  if (list === undefined) return undefined;
  // An empty anyOf matches nothing, which is never what someone writing it meant.
  if (list.length === 0) c.report('empty-list', 'warning', at, { field: 'anyOf' });
  return list.flatMap((item, index) => readSelector(c, item, [...at, index], refs) ?? []);
}
