/**
 * Turning the bytes of an export into text. Chinese Windows exports (older Outlook, WPS, OA
 * systems) are often GBK/GB18030 without saying so; RFC 5545 §3.1.4 says UTF-8, so UTF-8 is tried
 * first and GB18030 (a superset of GBK) only when the bytes are not valid UTF-8.
 */
import { unfoldBytes, unfoldText, type LogicalLine } from './unfold.js';

/** Encodings the loader recognises; `mixed`: concatenated VCALENDARs in different encodings (see `parts`). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'utf-8-lossy' | 'mixed';

/** One VCALENDAR of a file whose VCALENDARs are in different encodings, from its BEGIN line. */
export interface DecodedPart {
  readonly line: number;
  readonly encoding: 'utf-8' | 'gb18030' | 'utf-8-lossy';
  /** For `utf-8-lossy`: the part's first line holding bytes that are neither UTF-8 nor GB18030. */
  readonly firstBadLine: number | null;
}

export interface DecodedLines {
  readonly lines: readonly LogicalLine<string>[];
  readonly encoding: Encoding;
  /** True when a byte-order mark was present (and removed). */
  readonly bom: boolean;
  /** For `utf-8-lossy`: the first line holding bytes that are neither UTF-8 nor GB18030. */
  readonly firstBadLine: number | null;
  /** For `mixed`: each VCALENDAR's encoding, in file order. */
  readonly parts?: readonly DecodedPart[];
}

type Decoder = InstanceType<typeof TextDecoder>;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossyUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const strictGb18030 = new TextDecoder('gb18030', { fatal: true });

/**
 * Decodes and unfolds a calendar given as text or bytes.
 * @param input - the file content
 * @returns logical lines, the encoding used, and where undecodable bytes were met
 * @example
 * decodeLines(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0x3a, 0x42])).encoding //=> 'utf-8'
 */
export function decodeLines(input: string | Uint8Array): DecodedLines {
  if (typeof input === 'string') {
    const bom = input.charCodeAt(0) === 0xfeff;
    return { lines: unfoldText(bom ? input.slice(1) : input), encoding: 'utf-8', bom, firstBadLine: null };
  }
  if (input[0] === 0xff && input[1] === 0xfe) return utf16(input, 'utf-16le');
  if (input[0] === 0xfe && input[1] === 0xff) return utf16(input, 'utf-16be');
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const { buffer, lines } = unfoldToBuffer(bom ? input.subarray(3) : input);
  // One decoder call per file (not per line): at 100 000 occurrences this is most of the cost.
  const utf8 = tryDecode(buffer, strictUtf8);
  if (utf8 !== null) return { lines: pair(utf8, lines), encoding: 'utf-8', bom, firstBadLine: null };
  // A UTF-8 BOM is a statement of intent: damaged UTF-8 (ical4j's bloc.jp sample) must not be
  // re-read as GB18030, which would turn every valid Japanese/Chinese character into mojibake.
  // GB18030 accepts most byte pairs, so a UTF-8 file with one damaged byte would also "decode" as
  // GB18030 — into mojibake everywhere. Only when most non-ASCII lines are not UTF-8 is it GBK.
  const raw = unfoldBytes(bom ? input.subarray(3) : input);
  let nonAscii = 0;
  let validUtf8 = 0;
  let firstBadLine: number | null = null;
  for (const l of raw) {
    if (!hasHighBytes(l.content)) continue;
    nonAscii += 1;
    const utf8 = tryDecode(l.content, strictUtf8) !== null;
    if (utf8 || cutShort(l.content)) validUtf8 += 1;
    if (!utf8) firstBadLine ??= l.line;
  }
  // Two exports pasted into one file (a DingTalk one in UTF-8, a WPS/OA one in GB18030): each
  // VCALENDAR is one program's output, in one encoding, and is decoded as such (QF-11). Asked before
  // the whole file is tried as GB18030, which would also "decode" the UTF-8 part, into mojibake.
  if (validUtf8 > 0) {
    const parts = byCalendar(buffer, lines);
    if (parts !== null) return { lines: pair(parts.text, lines), encoding: 'mixed', bom, firstBadLine: null, parts: parts.parts };
  }
  if (!bom && validUtf8 * 2 < nonAscii) {
    const gb = tryDecode(buffer, strictGb18030);
    if (gb !== null) return { lines: pair(gb, lines), encoding: 'gb18030', bom, firstBadLine: null };
  }
  return { lines: pair(lossyUtf8.decode(buffer), lines), encoding: 'utf-8-lossy', bom, firstBadLine };
}

/**
 * Decodes each VCALENDAR of a file on its own — strict UTF-8; else GB18030 when most of its non-ASCII
 * lines are not UTF-8 (the same test as for a whole file); else UTF-8 with replacement characters —
 * when the file holds several VCALENDARs, some GB18030 and some not. Null otherwise: a file in one
 * encoding, or one whose damage is not an encoding boundary, is read as a whole.
 */
function byCalendar(buffer: Uint8Array, lines: readonly number[]): { text: string; parts: DecodedPart[] } | null {
  // Logical lines are separated by LF in the buffer, index for index with `lines`.
  const starts: number[] = [0];
  for (let i = 0; i < buffer.length; i += 1) if (buffer[i] === 0x0a) starts.push(i + 1);
  const begins: number[] = [];
  for (let k = 0; k < starts.length; k += 1) if (isBeginVcalendar(buffer, starts[k]!, k + 1 < starts.length ? starts[k + 1]! - 1 : buffer.length)) begins.push(k);
  if (begins.length < 2) return null;
  // The text before the first BEGIN:VCALENDAR goes with the first part.
  begins[0] = 0;
  const texts: string[] = [];
  const parts: DecodedPart[] = [];
  for (let p = 0; p < begins.length; p += 1) {
    const first = begins[p]!;
    const last = p + 1 < begins.length ? begins[p + 1]! : starts.length;
    const from = starts[first]!;
    // A part pasted with its own byte-order mark (a UTF-8 export after a GB18030 one, QG-5): the mark goes.
    const marked = buffer[from] === 0xef && buffer[from + 1] === 0xbb && buffer[from + 2] === 0xbf;
    const bytes = buffer.subarray(marked ? from + 3 : from, last < starts.length ? starts[last]! - 1 : buffer.length);
    const line = lines[first]!;
    const utf8 = tryDecode(bytes, strictUtf8);
    if (utf8 !== null) {
      texts.push(utf8);
      parts.push({ line, encoding: 'utf-8', firstBadLine: null });
      continue;
    }
    let nonAscii = 0;
    let validUtf8 = 0;
    let firstBadLine: number | null = null;
    for (let k = first; k < last; k += 1) {
      const content = buffer.subarray(starts[k]!, k + 1 < starts.length ? starts[k + 1]! - 1 : buffer.length);
      if (!hasHighBytes(content)) continue;
      nonAscii += 1;
      const utf8 = tryDecode(content, strictUtf8) !== null;
      if (utf8 || cutShort(content)) validUtf8 += 1;
      if (!utf8) firstBadLine ??= lines[k]!;
    }
    const gb = validUtf8 * 2 < nonAscii ? tryDecode(bytes, strictGb18030) : null;
    if (gb !== null) {
      texts.push(gb);
      parts.push({ line, encoding: 'gb18030', firstBadLine: null });
    } else {
      texts.push(lossyUtf8.decode(bytes));
      parts.push({ line, encoding: 'utf-8-lossy', firstBadLine });
    }
  }
  // Mixed only when some VCALENDAR is GB18030 and another is not: otherwise the whole-file reading stands.
  const gb = parts.filter((p) => p.encoding === 'gb18030').length;
  return gb > 0 && gb < parts.length ? { text: texts.join('\n'), parts } : null;
}

/** Whether the bytes `[from, to)` are a `BEGIN:VCALENDAR` line (any case, spaces around, a byte-order mark before). */
function isBeginVcalendar(buffer: Uint8Array, from: number, to: number): boolean {
  // After a byte-order mark, when a file with one was pasted onto another.
  if (buffer[from] === 0xef && buffer[from + 1] === 0xbb && buffer[from + 2] === 0xbf) from += 3;
  if (to - from < 15 || to - from > 40) return false;
  const text = String.fromCharCode(...buffer.subarray(from, to));
  return /^\s*BEGIN\s*:\s*VCALENDAR\s*$/iu.test(text);
}

/**
 * Removes the folds from the bytes in one pass and joins logical lines with LF, recording the
 * physical line each logical line starts on. Folds are removed before decoding (see unfold.ts).
 */
function unfoldToBuffer(bytes: Uint8Array): { buffer: Uint8Array; lines: number[] } {
  // Byte by byte: a `subarray` view per physical line (to copy it with `set`) cost an object each,
  // 80 MB of garbage for a district's year of 800 000 lines.
  const n = bytes.length;
  const out = new Uint8Array(n + 1);
  let length = 0;
  const lines: number[] = [];
  let physical = 0;
  let i = 0;
  while (i < n) {
    physical += 1;
    const first = bytes[i];
    if ((first === 0x20 || first === 0x09) && lines.length > 0) {
      i += 1;
    } else {
      if (lines.length > 0) out[length++] = 0x0a;
      lines.push(physical);
    }
    while (i < n) {
      const b = bytes[i]!;
      if (b === 0x0d || b === 0x0a) break;
      out[length++] = b;
      i += 1;
    }
    if (bytes[i] === 0x0d) i += 1;
    if (bytes[i] === 0x0a) i += 1;
  }
  return { buffer: out.subarray(0, length), lines };
}

function pair(text: string, lines: readonly number[]): LogicalLine<string>[] {
  const parts = text.split('\n');
  const out: LogicalLine<string>[] = [];
  for (let k = 0; k < parts.length; k += 1) {
    const content = parts[k]!;
    if (content.length > 0) out.push({ content, line: lines[k]! });
  }
  return out;
}

function utf16(input: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedLines {
  const text = new TextDecoder(encoding, { fatal: false }).decode(input.subarray(2));
  return { lines: unfoldText(text), encoding, bom: true, firstBadLine: null };
}

function tryDecode(bytes: Uint8Array, decoder: Decoder): string | null {
  // Pure ASCII is the common case and needs no decoder round-trip.
  let ascii = true;
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  // Spread into fromCharCode only for short lines: long ones would overflow the argument stack.
  if (ascii && bytes.length <= 4096) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Whether a line that is not UTF-8 is UTF-8 cut short inside its last character: OA systems and invitations
 * cut a long title at a byte count (区政府常务会议关于… less its last byte, QG-20) — no sign of GB18030. The cut
 * character is a lead byte (0xC2–0xF4) followed by fewer continuation bytes than it announces, and all before
 * it is UTF-8.
 */
function cutShort(bytes: Uint8Array): boolean {
  for (let k = 1; k <= 3 && k <= bytes.length; k += 1) {
    const lead = bytes[bytes.length - k]!;
    if (lead >= 0x80 && lead <= 0xbf) continue;
    const needs = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : 0;
    return needs >= k && tryDecode(bytes.subarray(0, bytes.length - k), strictUtf8) !== null;
  }
  return false;
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) if (bytes[i]! >= 0x80) return true;
  return false;
}
