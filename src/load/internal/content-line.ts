/**
 * RFC 5545 §3.1 content lines: `name *(";" param) ":" value`, with RFC 6868 caret escapes in
 * parameter values. Tolerant where exporters are sloppy: lower-case names, spaces around the
 * name, unquoted parameter values holding `:` when the value side is unambiguous.
 */

import { detach } from './detach.js';

export interface ContentLine {
  /** Upper-cased property name. */
  readonly name: string;
  /** Upper-cased parameter names → values (a parameter may have several comma-separated values). */
  readonly params: ReadonlyMap<string, readonly string[]>;
  readonly value: string;
  readonly line: number;
  /**
   * Set when a parameter without `=` was skipped (vCalendar 1.0's bare `;QUOTED-PRINTABLE`), so
   * that only such lines need their head searched for it.
   */
  readonly bareParameter?: true;
}

const NAME = /^[A-Za-z0-9-]+$/;
// Names as written → upper-cased names (null: not a name). Keys and values are copies: a long name
// (X-MICROSOFT-CDO-BUSYSTATUS) sliced from a file would keep that file's whole text alive in this
// module-level map, and in every xProps key taken from it.
const NAMES = new Map<string, string | null>();
const NO_PARAMS: ReadonlyMap<string, readonly string[]> = new Map();

/**
 * Parses one unfolded line.
 * @param text - the logical line
 * @param line - its starting physical line, carried into the result
 * @returns the parsed line, or null when the line has no name or no `:`
 * @example
 * parseContentLine('DTSTART;TZID="China Standard Time":20220510T090000', 3)?.params.get('TZID') //=> ['China Standard Time']
 */
export function parseContentLine(text: string, line: number): ContentLine | null {
  // Fast path: most lines have no parameters (`SUMMARY:…`, `UID:…`). A name cache and a shared empty
  // parameter map keep the 100 000-occurrence bench from allocating per line.
  const colon = text.indexOf(':');
  const semicolon = text.indexOf(';');
  if (colon > 0 && (semicolon < 0 || semicolon > colon)) {
    const name = upperName(text.slice(0, colon));
    if (name === null) return null;
    return { name, params: NO_PARAMS, value: text.slice(colon + 1), line };
  }
  // Lines with parameters (ATTENDEE, DTSTART;TZID=…: a third of a district's lines) are scanned by
  // character code, and their property and parameter names come from the same cache as above.
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === COLON) break;
    i += 1;
  }
  if (i >= length) return null;
  const name = upperName(text.slice(0, i));
  if (name === null) return null;
  const params = new Map<string, string[]>();
  let bare = false;
  while (text.charCodeAt(i) === SEMICOLON) {
    i += 1;
    const eq = text.indexOf('=', i);
    const stop = nextDelimiter(text, i);
    if (eq < 0 || (stop >= 0 && stop < eq)) {
      // A parameter without `=` (`;VALUE` alone): skip it rather than lose the line.
      if (stop < 0) return null;
      bare = true;
      i = stop;
      continue;
    }
    const paramName = upperParam(text.slice(i, eq));
    i = eq + 1;
    // Most parameters hold one value: the array is made for it when it is read (an empty array grown
    // by push reserves room for 17, a third of the loader's garbage in a 100 000-occurrence check).
    let values: string[] | undefined;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return null;
        value = caretDecode(text.slice(i + 1, close));
        i = close + 1;
      } else {
        let j = i;
        while (j < length) {
          const c = text.charCodeAt(j);
          if (c === COMMA || c === SEMICOLON || c === COLON) break;
          j += 1;
        }
        // A zone name with a colon or commas written unquoted, which RFC 5545 §3.2 forbids but exports
        // do: `TZID=GMT+08:00:20220510T090000` (Java-based exports, QB-4), Outlook's display name copied from
        // its VTIMEZONE, `TZID=(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi:20270304T090000` (QH-10).
        if (paramName === 'TZID' && j < length && text.charCodeAt(j) !== SEMICOLON) j = unquotedZoneEnd(text, i, j);
        value = caretDecode(text.slice(i, j));
        i = j;
      }
      if (values === undefined) values = [value];
      else values.push(value);
      if (text.charCodeAt(i) === COMMA) {
        i += 1;
        continue;
      }
      break;
    }
    const existing = params.get(paramName);
    if (existing) existing.push(...values);
    else params.set(paramName, values);
    // Junk after a quoted value (`;X="a"b:`) is skipped up to the next delimiter.
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === SEMICOLON || c === COLON) break;
      i += 1;
    }
  }
  if (text.charCodeAt(i) !== COLON) return null;
  return bare ? { name, params, value: text.slice(i + 1), line, bareParameter: true } : { name, params, value: text.slice(i + 1), line };
}

/**
 * Where an unquoted TZID value ends, given where the plain reading stopped (`stop`, at a `,` or `:`).
 * A date property's value holds no colon: when the text after `stop` has another colon, the zone name
 * runs to the last colon that a DATE or DATE-TIME list follows (or to a `;` opening another parameter
 * before it). Otherwise — or when no date follows any later colon — the plain reading stands.
 */
function unquotedZoneEnd(text: string, start: number, stop: number): number {
  const last = text.lastIndexOf(':');
  if (last <= stop || (text.charCodeAt(stop) === COLON && text.indexOf(':', stop + 1) < 0)) return stop;
  for (let k = last; k > stop; k = text.lastIndexOf(':', k - 1)) {
    if (!DATE_VALUES.test(text.slice(k + 1))) continue;
    const semicolon = text.indexOf(';', start);
    return semicolon >= 0 && semicolon < k ? Math.max(stop, semicolon) : k;
  }
  return stop;
}

/** A DATE or DATE-TIME value, or a list of them, or of periods (RDATE): what a date property's value is. */
const DATE_VALUES = /^\s*\d{8}(?:T\d{6}Z?)?(?:\/[0-9TZPHMSDW+-]+)?(?:\s*,\s*\d{8}(?:T\d{6}Z?)?(?:\/[0-9TZPHMSDW+-]+)?)*\s*$/u;

const SEMICOLON = 0x3b;
const COLON = 0x3a;
const COMMA = 0x2c;
const QUOTE = 0x22;

/** A property name as written → upper-cased, or null when it is no name (remembered, see above). */
function upperName(raw: string): string | null {
  let name = NAMES.get(raw);
  if (name === undefined) {
    const upper = detach(raw.trim().toUpperCase());
    name = NAME.test(upper) ? upper : null;
    if (NAMES.size < 10_000) NAMES.set(detach(raw), name);
  }
  return name;
}

/** A parameter name as written → trimmed and upper-cased (remembered: CN, PARTSTAT, TZID … repeat on every line). */
function upperParam(raw: string): string {
  let name = PARAM_NAMES.get(raw);
  if (name === undefined) {
    name = detach(raw.trim().toUpperCase());
    if (PARAM_NAMES.size < 10_000) PARAM_NAMES.set(detach(raw), name);
  }
  return name;
}

const PARAM_NAMES = new Map<string, string>();

function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON || c === COLON) return i;
  }
  return -1;
}

/** RFC 6868: `^n` newline, `^'` double quote, `^^` caret; any other `^` stays. */
function caretDecode(value: string): string {
  if (!value.includes('^')) return value;
  return value.replace(/\^(n|N|'|\^)/g, (_m, c: string) => (c === "'" ? '"' : c === '^' ? '^' : '\n'));
}

/**
 * Unescapes a TEXT value (RFC 5545 §3.3.11): `\n`, `\N`, `\,`, `\;`, `\\`.
 * @param value - the raw value
 * @returns the text
 * @example
 * unescapeText('区委\\,区政府\\n会议') //=> '区委,区政府\n会议'
 */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value;
  return value.replace(/\\([nN,;\\:])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Splits a multi-valued TEXT value on unescaped commas and unescapes each part.
 * @param value - e.g. a CATEGORIES value
 * @returns the parts, trimmed, without empty ones
 * @example
 * splitText('会议,防汛\\,应急') //=> ['会议', '防汛,应急']
 */
export function splitText(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i += 1;
    } else if (c === ',') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map((p) => unescapeText(p).trim()).filter((p) => p.length > 0);
}
