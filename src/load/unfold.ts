/**
 * RFC 5545 §3.1 line unfolding. A content line may be split ("folded") anywhere by a line break
 * followed by one SPACE or HTAB; unfolding removes exactly that break and that one character.
 *
 * Unfolding works on bytes for byte input, before any decoding, because exporters fold at 75
 * octets and so split multi-byte UTF-8 (and GBK) characters across lines: decoding each physical
 * line first would turn both halves into replacement characters.
 */

/** One unfolded (logical) line and the 1-based physical line it starts on. */
export interface LogicalLine<T> {
  readonly content: T;
  readonly line: number;
}

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

/**
 * Splits bytes into logical lines. CRLF, LF and bare CR all end a line (old Mac exports use CR).
 * @param bytes - the raw file, without a byte-order mark
 * @returns logical lines as byte arrays with their starting line numbers; empty lines are dropped
 * @example
 * unfoldBytes(new TextEncoder().encode('SUMMARY:a\r\n b\r\n')).map((l) => l.line) //=> [1]
 */
export function unfoldBytes(bytes: Uint8Array): LogicalLine<Uint8Array>[] {
  const out: LogicalLine<Uint8Array>[] = [];
  let parts: Uint8Array[] = [];
  let startLine = 0;
  let physical = 0;
  let i = 0;
  const flush = () => {
    if (parts.length === 0) return;
    const content = parts.length === 1 ? parts[0]! : concat(parts);
    if (content.length > 0) out.push({ content, line: startLine });
    parts = [];
  };
  while (i < bytes.length) {
    physical += 1;
    let end = i;
    while (end < bytes.length && bytes[end] !== CR && bytes[end] !== LF) end += 1;
    const first = bytes[i];
    if ((first === SPACE || first === TAB) && parts.length > 0) {
      parts.push(bytes.subarray(i + 1, end));
    } else {
      flush();
      startLine = physical;
      parts.push(bytes.subarray(i, end));
    }
    i = end;
    if (bytes[i] === CR) i += 1;
    if (bytes[i] === LF) i += 1;
  }
  flush();
  return out;
}

/**
 * The same as {@link unfoldBytes} for text that is already decoded (string input, UTF-16 files).
 * @param text - the whole calendar
 * @returns logical lines with their starting line numbers; empty lines are dropped
 * @example
 * unfoldText('SUMMARY:a\n\tb\nEND:VEVENT').map((l) => l.content) //=> ['SUMMARY:ab', 'END:VEVENT']
 */
export function unfoldText(text: string): LogicalLine<string>[] {
  const out: LogicalLine<string>[] = [];
  const physical = text.split(/\r\n|\n|\r/);
  let current: string | null = null;
  let startLine = 0;
  physical.forEach((raw, index) => {
    const first = raw.charCodeAt(0);
    if ((first === SPACE || first === TAB) && current !== null) {
      current += raw.slice(1);
      return;
    }
    if (current !== null && current.length > 0) out.push({ content: current, line: startLine });
    current = raw;
    startLine = index + 1;
  });
  if (current !== null && (current as string).length > 0) out.push({ content: current, line: startLine });
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
