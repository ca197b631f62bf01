/**
 * From logical lines to a tree of components, each remembering the line it begins on. This is
 * deliberately more tolerant than ical.js's parser, which throws on the first bad line and so
 * loses the whole file: here a bad line is reported and skipped, a missing END closes the component
 * where the next one begins, and several VCALENDARs (or none) in one file are all read.
 */
import type { LogicalLine } from './unfold.js';
import { parseContentLine, type ContentLine } from './internal/content-line.js';
import { decodeQuotedPrintable, isQuotedPrintable } from './internal/vcalendar-text.js';

/** A component (`VEVENT`, `VTIMEZONE`, `STANDARD`, …) with its properties and children. */
export interface ParsedComponent {
  /** Upper-cased component name. */
  readonly name: string;
  /** Line of `BEGIN:NAME`. */
  readonly line: number;
  readonly properties: ContentLine[];
  readonly children: ParsedComponent[];
  /** False when the component was never closed by its END line. */
  closed: boolean;
}

/** A defect met while building the tree; `load-calendar.ts` turns these into problems. */
export type ParseIssue =
  | { readonly kind: 'malformed-line'; readonly line: number; readonly text: string }
  | { readonly kind: 'text-continuation'; readonly line: number; readonly property: string }
  | { readonly kind: 'missing-end'; readonly line: number; readonly component: string; readonly before?: number }
  | { readonly kind: 'unexpected-end'; readonly line: number; readonly component: string }
  | { readonly kind: 'property-outside-component'; readonly line: number; readonly property: string }
  /** A value written `ENCODING=QUOTED-PRINTABLE` (vCalendar 1.0), decoded. */
  | { readonly kind: 'quoted-printable'; readonly line: number; readonly property: string };

export interface ParsedDocument {
  /** The VCALENDAR components, in file order. Bare components outside any VCALENDAR are gathered into one synthetic VCALENDAR at line 1. */
  readonly calendars: readonly ParsedComponent[];
  readonly issues: readonly ParseIssue[];
}

/** Properties whose values Exchange sometimes writes with raw, unfolded line breaks. */
const TEXT_PROPERTIES = new Set(['DESCRIPTION', 'SUMMARY', 'LOCATION', 'COMMENT', 'X-ALT-DESC', 'CONTACT', 'RESOURCES']);

/**
 * Property names registered for iCalendar (RFC 5545 §8.3.2, RFC 7986, RFC 9073, RFC 9074, RFC 9253,
 * RFC 7808). A raw line after a TEXT property that merely looks like `word:rest` (`https://…`,
 * `Passcode: 123` in an Exchange DESCRIPTION) is text, unless its name is one of these or an X-name.
 */
const REGISTERED_PROPERTIES = new Set([
  'BEGIN', 'END', 'CALSCALE', 'METHOD', 'PRODID', 'VERSION', 'ATTACH', 'CATEGORIES', 'CLASS', 'COMMENT',
  'DESCRIPTION', 'GEO', 'LOCATION', 'PERCENT-COMPLETE', 'PRIORITY', 'RESOURCES', 'STATUS', 'SUMMARY',
  'COMPLETED', 'DTEND', 'DUE', 'DTSTART', 'DURATION', 'FREEBUSY', 'TRANSP', 'TZID', 'TZNAME', 'TZOFFSETFROM',
  'TZOFFSETTO', 'TZURL', 'ATTENDEE', 'CONTACT', 'ORGANIZER', 'RECURRENCE-ID', 'RELATED-TO', 'URL', 'UID',
  'EXDATE', 'EXRULE', 'RDATE', 'RRULE', 'ACTION', 'REPEAT', 'TRIGGER', 'CREATED', 'DTSTAMP', 'LAST-MODIFIED',
  'SEQUENCE', 'REQUEST-STATUS', 'NAME', 'REFRESH-INTERVAL', 'SOURCE', 'COLOR', 'IMAGE', 'CONFERENCE',
  'LOCATION-TYPE', 'PARTICIPANT-TYPE', 'RESOURCE-TYPE', 'CALENDAR-ADDRESS', 'STYLED-DESCRIPTION',
  'STRUCTURED-DATA', 'ACKNOWLEDGED', 'PROXIMITY', 'CONCEPT', 'LINK', 'REFID', 'TZID-ALIAS-OF', 'TZUNTIL',
]);

/** Components that cannot nest inside a component of the same kind (RFC 5545 §3.6). */
const NON_NESTING = new Set(['VCALENDAR', 'VEVENT', 'VTODO', 'VJOURNAL', 'VFREEBUSY', 'VTIMEZONE']);

/**
 * Builds the component tree.
 * @param lines - unfolded, decoded lines
 * @returns the calendars and every structural issue met
 * @example
 * parseDocument([{ content: 'BEGIN:VCALENDAR', line: 1 }, { content: 'END:VCALENDAR', line: 2 }]).calendars.length //=> 1
 */
export function parseDocument(lines: readonly LogicalLine<string>[]): ParsedDocument {
  const calendars: ParsedComponent[] = [];
  const issues: ParseIssue[] = [];
  const stack: ParsedComponent[] = [];
  let synthetic: ParsedComponent | null = null;

  const open = (name: string, line: number) => {
    // VEVENT, VTODO, VJOURNAL, VFREEBUSY and VTIMEZONE only ever sit directly in a VCALENDAR
    // (RFC 5545 §3.6). BEGIN of one while another is open means the open one lost its END
    // (or has a misspelled one): close it, so the new one becomes a sibling that is still read.
    if (NON_NESTING.has(name)) {
      let calendarDepth = -1;
      for (let k = stack.length - 1; k >= 0; k -= 1) {
        if (stack[k]!.name === 'VCALENDAR') {
          calendarDepth = k;
          break;
        }
      }
      const clash = name === 'VCALENDAR' ? stack.findIndex((c) => c.name === 'VCALENDAR') : calendarDepth + 1;
      if (clash >= 0 && clash < stack.length) closeFrom(clash, line);
    }
    const component: ParsedComponent = { name, line, properties: [], children: [], closed: false };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(component);
    else if (name === 'VCALENDAR') calendars.push(component);
    else {
      if (synthetic === null) {
        synthetic = { name: 'VCALENDAR', line: 1, properties: [], children: [], closed: true };
        calendars.push(synthetic);
      }
      synthetic.children.push(component);
    }
    stack.push(component);
  };

  const closeFrom = (index: number, line: number) => {
    while (stack.length > index) {
      const component = stack.pop()!;
      issues.push({ kind: 'missing-end', line: component.line, component: component.name, before: line });
    }
  };

  // The line before was a TEXT property of the current component (or continued one), and whether
  // it was itself a raw continuation: only then can a line without a property name be more text.
  let afterText = false;
  let continuing = false;
  // A quoted-printable value whose line ended in a soft line break (`=`, vCalendar 1.0 §2.1.3, RFC
  // 2045 §6.7): the next line, whatever it looks like, continues it. Decoded once complete.
  let softBreak: { readonly component: ParsedComponent; readonly index: number } | null = null;
  for (const { content, line } of lines) {
    // A stray `=` at the end of the last value must not swallow the END (or BEGIN) after it.
    if (softBreak !== null && /^\s*(END|BEGIN)\s*:/iu.test(content)) {
      const open = softBreak.component.properties[softBreak.index]!;
      softBreak.component.properties[softBreak.index] = { ...open, value: decodeQuotedPrintable(open.value.slice(0, -1), open.params.get('CHARSET')?.[0]) };
      softBreak = null;
    }
    if (softBreak !== null) {
      const { component, index } = softBreak;
      const open = component.properties[index]!;
      const value = open.value.slice(0, -1) + content;
      if (value.endsWith('=')) component.properties[index] = { ...open, value };
      else {
        component.properties[index] = { ...open, value: decodeQuotedPrintable(value, open.params.get('CHARSET')?.[0]) };
        softBreak = null;
      }
      continue;
    }
    let parsed = parseContentLine(content, line);
    const current = stack[stack.length - 1];
    const last = current?.properties[current.properties.length - 1];
    // In Exchange's raw text a line may look like `name:value` (`https://…`, `Passcode: 123`): it is
    // text when its name is not an iCalendar one and it is inside running text or reads like prose.
    if (
      parsed !== null &&
      afterText &&
      !REGISTERED_PROPERTIES.has(parsed.name) &&
      !parsed.name.startsWith('X-') &&
      (continuing || parsed.value.startsWith(' ') || parsed.value.startsWith('//'))
    ) {
      parsed = null;
    }
    const wasAfterText = afterText;
    afterText = false;
    continuing = false;
    if (parsed === null) {
      if (wasAfterText && last !== undefined && content.trim().length > 0) {
        // Exchange writes DESCRIPTION with raw line breaks: the orphan line continues the text.
        current!.properties[current!.properties.length - 1] = { ...last, value: `${last.value}\\n${content}` };
        issues.push({ kind: 'text-continuation', line, property: last.name });
        afterText = true;
        continuing = true;
      } else if (content.trim().length > 0) {
        issues.push({ kind: 'malformed-line', line, text: content.slice(0, 80) });
      }
      continue;
    }
    if (parsed.name === 'BEGIN') {
      open(parsed.value.trim().toUpperCase(), line);
      continue;
    }
    if (parsed.name === 'END') {
      const name = parsed.value.trim().toUpperCase();
      let index = -1;
      for (let k = stack.length - 1; k >= 0; k -= 1) {
        if (stack[k]!.name === name) {
          index = k;
          break;
        }
      }
      if (index < 0) {
        issues.push({ kind: 'unexpected-end', line, component: name });
        // A misspelled END (`END:VTOOD`) still ends something: the innermost open component, as
        // other parsers read it. Otherwise everything after it would be swallowed into that one.
        const innermost = stack[stack.length - 1];
        if (innermost !== undefined && innermost.name !== 'VCALENDAR') stack.pop()!.closed = true;
        continue;
      }
      // Components opened after this one and never closed are reported, then closed here.
      while (stack.length > index + 1) {
        const inner = stack.pop()!;
        issues.push({ kind: 'missing-end', line: inner.line, component: inner.name });
      }
      stack.pop()!.closed = true;
      continue;
    }
    if (current) {
      // ENCODING=QUOTED-PRINTABLE, or vCalendar's bare `;QUOTED-PRINTABLE` (which the content-line
      // reader skips and marks, so only then is the line's head before the value searched).
      if ((parsed.bareParameter === true || parsed.params.has('ENCODING')) && isQuotedPrintable(parsed.params, content.slice(0, content.length - parsed.value.length - 1))) {
        issues.push({ kind: 'quoted-printable', line, property: parsed.name });
        if (parsed.value.endsWith('=')) softBreak = { component: current, index: current.properties.length };
        else parsed = { ...parsed, value: decodeQuotedPrintable(parsed.value, parsed.params.get('CHARSET')?.[0]) };
      }
      current.properties.push(parsed);
      afterText = TEXT_PROPERTIES.has(parsed.name);
    }
    else issues.push({ kind: 'property-outside-component', line, property: parsed.name });
  }
  // A soft line break on the last line: decode what there is.
  if (softBreak !== null) {
    const open = softBreak.component.properties[softBreak.index]!;
    softBreak.component.properties[softBreak.index] = { ...open, value: decodeQuotedPrintable(open.value.slice(0, -1), open.params.get('CHARSET')?.[0]) };
  }
  // End of input with components still open: truncated file. They stay in the tree, unclosed.
  for (const component of stack) issues.push({ kind: 'missing-end', line: component.line, component: component.name });
  return { calendars, issues };
}
