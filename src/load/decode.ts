/**
 * Turning the bytes of an export into text. Chinese Windows exports (older Outlook, WPS, OA
 * systems) are often GBK/GB18030 without saying so; RFC 5545 §3.1.4 says UTF-8, so UTF-8 is tried
 * first and GB18030 (a superset of GBK) only when the bytes are not valid UTF-8.
 */
import { unfoldBytes, unfoldText, type LogicalLine } from './unfold.js';

/** Encodings the loader recognises. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'utf-8-lossy';

export interface DecodedLines {
  readonly lines: readonly LogicalLine<string>[];
  readonly encoding: Encoding;
  /** True when a byte-order mark was present (and removed). */
  readonly bom: boolean;
  /** For `utf-8-lossy`: the first line holding bytes that are neither UTF-8 nor GB18030. */
  readonly firstBadLine: number | null;
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
  const raw = unfoldBytes(bom ? input.subarray(3) : input);
  const utf8 = decodeAll(raw, strictUtf8);
  if (utf8 !== null) return { lines: utf8, encoding: 'utf-8', bom, firstBadLine: null };
  // A UTF-8 BOM is a statement of intent: damaged UTF-8 (ical4j's bloc.jp sample) must not be
  // re-read as GB18030, which would turn every valid Japanese/Chinese character into mojibake.
  if (!bom) {
    const gb = decodeAll(raw, strictGb18030);
    if (gb !== null) return { lines: gb, encoding: 'gb18030', bom, firstBadLine: null };
  }
  let firstBadLine: number | null = null;
  const lines = raw.map((l) => {
    if (firstBadLine === null && tryDecode(l.content, strictUtf8) === null) firstBadLine = l.line;
    return { content: lossyUtf8.decode(l.content), line: l.line };
  });
  return { lines, encoding: 'utf-8-lossy', bom, firstBadLine };
}

function utf16(input: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedLines {
  const text = new TextDecoder(encoding, { fatal: false }).decode(input.subarray(2));
  return { lines: unfoldText(text), encoding, bom: true, firstBadLine: null };
}

function decodeAll(raw: readonly LogicalLine<Uint8Array>[], decoder: Decoder): LogicalLine<string>[] | null {
  const out: LogicalLine<string>[] = [];
  for (const l of raw) {
    const text = tryDecode(l.content, decoder);
    if (text === null) return null;
    out.push({ content: text, line: l.line });
  }
  return out;
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
