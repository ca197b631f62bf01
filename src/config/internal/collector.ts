/**
 * The problem list a validation run appends to, and the small readers that check one value each and
 * report what is wrong instead of stopping (zod's "collect every issue").
 */
import type { ConfigProblemCode, ConfigProblemDataMap, ValueKind } from '../../model/config-problem.js';
import type { Problem, Severity } from '../../model/problem.js';
import { closestKey } from './closest-key.js';

/** Keys and indexes from the document root, as in `JsonLocation.path`. */
export type Path = readonly (string | number)[];
/** A JSON object (or a builder object) being read. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** The problems of one validation run, and how to add one at a path. */
export interface Collector {
  readonly file: string | null;
  readonly problems: Problem[];
  report<C extends ConfigProblemCode>(code: C, severity: Severity, path: Path, data: ConfigProblemDataMap[C]): void;
}

/**
 * A fresh problem list whose problems all name `file`.
 * @example createCollector('tongchou.json').problems //=> []
 */
export function createCollector(file: string | null): Collector {
  const problems: Problem[] = [];
  return {
    file,
    problems,
    report(code, severity, path, data) {
      problems.push({ code, severity, source: { file, path: [...path] }, data } as Problem);
    },
  };
}

/**
 * The kind of a value, for `invalid-type` data.
 * @example kindOf([]) //=> 'array'
 */
export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return value === '' ? 'empty-string' : 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    case 'undefined':
      return 'undefined';
    default:
      return 'other';
  }
}

/** True for a non-null, non-array object. @example isObject([]) //=> false */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value as an object, or undefined after reporting `invalid-type`. */
export function expectObject(c: Collector, value: unknown, path: Path): JsonObject | undefined {
  if (isObject(value)) return value;
  c.report('invalid-type', 'error', path, { expected: 'object', received: kindOf(value) });
  return undefined;
}

/** The value as an array, or undefined after reporting `invalid-type`. */
export function expectArray(c: Collector, value: unknown, path: Path): readonly unknown[] | undefined {
  if (Array.isArray(value)) return value;
  c.report('invalid-type', 'error', path, { expected: 'array', received: kindOf(value) });
  return undefined;
}

/** Reports every key of `object` outside `allowed`, with the closest known key as a suggestion. */
export function checkKeys(c: Collector, object: JsonObject, path: Path, allowed: readonly string[], severity: Severity): void {
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    c.report('unknown-key', severity, [...path, key], {
      key,
      allowed: allowed.join(', '),
      suggestion: closestKey(key, allowed) ?? '',
    });
  }
}

/** A field is absent when the key is missing or (TypeScript builder) holds `undefined`. */
export function has(object: JsonObject, key: string): boolean {
  return object[key] !== undefined;
}

/** Reports `missing-field` for `key` under `path`; returns undefined for use as a value. */
export function missing(c: Collector, path: Path, key: string): undefined {
  c.report('missing-field', 'error', [...path, key], { field: key });
  return undefined;
}

/** A non-empty string (ids, names, files). */
export function readString(c: Collector, object: JsonObject, key: string, path: Path, required: boolean): string | undefined {
  const value = object[key];
  if (value === undefined) return required ? missing(c, path, key) : undefined;
  if (typeof value === 'string' && value.trim() !== '') return value;
  c.report('invalid-type', 'error', [...path, key], { expected: 'non-empty-string', received: kindOf(value) });
  return undefined;
}

/** An optional boolean field. */
export function readBoolean(c: Collector, object: JsonObject, key: string, path: Path): boolean | undefined {
  const value = object[key];
  if (value === undefined || typeof value === 'boolean') return value;
  c.report('invalid-type', 'error', [...path, key], { expected: 'boolean', received: kindOf(value) });
  return undefined;
}

/** A finite number at least `min`; `integer` also rejects fractions. */
/** A number field, checked for finiteness, integrality and minimum. */
export function readNumber(
  c: Collector,
  object: JsonObject,
  key: string,
  path: Path,
  options: { readonly required: boolean; readonly min: number; readonly integer: boolean },
): number | undefined {
  const value = object[key];
  if (value === undefined) return options.required ? missing(c, path, key) : undefined;
  const at = [...path, key];
  if (typeof value !== 'number' || !Number.isFinite(value) || (options.integer && !Number.isInteger(value))) {
    c.report('invalid-type', 'error', at, { expected: options.integer ? 'integer' : 'number', received: kindOf(value) });
    return undefined;
  }
  if (value < options.min) {
    c.report('out-of-range', 'error', at, { value, min: options.min });
    return undefined;
  }
  return value;
}

/** An array of non-empty strings; bad elements are reported and left out. */
export function readStringArray(c: Collector, object: JsonObject, key: string, path: Path, required: boolean): string[] | undefined {
  const value = object[key];
  if (value === undefined) return required ? missing(c, path, key) : undefined;
  const list = expectArray(c, value, [...path, key]);
  if (list === undefined) return undefined;
  return elementsAsStrings(c, list, [...path, key]);
}

function elementsAsStrings(c: Collector, list: readonly unknown[], path: Path): string[] {
  const out: string[] = [];
  list.forEach((item, index) => {
    if (typeof item === 'string' && item.trim() !== '') out.push(item);
    else c.report('invalid-type', 'error', [...path, index], { expected: 'non-empty-string', received: kindOf(item) });
  });
  return out;
}

/** `"x"` or `["x", "y"]`, as selectors accept; returned as a list with the path of each element. */
export function readStringOrArray(
  c: Collector,
  object: JsonObject,
  key: string,
  path: Path,
): { readonly value: string | string[]; readonly items: readonly { readonly value: string; readonly path: Path }[] } | undefined {
  const value = object[key];
  if (value === undefined) return undefined;
  const at = [...path, key];
  if (typeof value === 'string' && value.trim() !== '') return { value, items: [{ value, path: at }] };
  if (Array.isArray(value)) {
    const items: { value: string; path: Path }[] = [];
    value.forEach((item: unknown, index) => {
      if (typeof item === 'string' && item.trim() !== '') items.push({ value: item, path: [...at, index] });
      else c.report('invalid-type', 'error', [...at, index], { expected: 'non-empty-string', received: kindOf(item) });
    });
    if (value.length === 0) c.report('empty-list', 'warning', at, { field: key });
    return { value: items.map((i) => i.value), items };
  }
  c.report('invalid-type', 'error', at, { expected: 'string-or-string-array', received: kindOf(value) });
  return undefined;
}
