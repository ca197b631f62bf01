/**
 * `ENCODING=QUOTED-PRINTABLE` values (vCalendar 1.0 §2.1.3, RFC 2045 §6.7), as old OA systems and
 * phones write Chinese titles: `SUMMARY;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=8C=BA…`. RFC 5545
 * has no such encoding; without decoding, every summary selector misses the meeting.
 */

/**
 * Whether a parsed property is quoted-printable: `ENCODING=QUOTED-PRINTABLE`, or the bare
 * `;QUOTED-PRINTABLE` parameter vCalendar 1.0 allows (the content-line reader drops a parameter
 * without `=`, so the written head of the line is looked at).
 * @param params - the parsed parameters
 * @param head - the line up to its value's `:`
 * @returns true when the value is quoted-printable
 * @example isQuotedPrintable(new Map(), 'SUMMARY;QUOTED-PRINTABLE') //=> true
 */
export function isQuotedPrintable(params: ReadonlyMap<string, readonly string[]>, head: string): boolean {
  const encoding = params.get('ENCODING')?.[0];
  if (encoding !== undefined) return encoding.trim().toUpperCase() === 'QUOTED-PRINTABLE';
  return /;\s*QUOTED-PRINTABLE\s*(?=;|$)/iu.test(head);
}

/**
 * Decodes a quoted-printable value (soft line breaks already joined) into iCalendar TEXT: the bytes
 * are read in `charset` (UTF-8 when absent or unknown, GB18030 when they are not UTF-8), line breaks
 * become `\n` escapes and backslashes are escaped, so the usual TEXT unescaping gives the text back.
 * @param value - the encoded value
 * @param charset - the CHARSET parameter, if any
 * @returns the value as iCalendar TEXT
 * @example decodeQuotedPrintable('=E5=8C=BA=E5=A7=94', 'UTF-8') //=> '区委'
 */
export function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  let text = '';
  const flush = (): void => {
    if (bytes.length === 0) return;
    text += decode(Uint8Array.from(bytes), charset);
    bytes.length = 0;
  };
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/u.test(value.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      // A character the file's own decoding already produced: kept as it is.
      flush();
      text += value[i];
    }
  }
  flush();
  return text.replace(/\\/gu, '\\\\').replace(/\r\n|\r|\n/gu, '\\n');
}

function decode(bytes: Uint8Array, charset: string | undefined): string {
  if (charset !== undefined) {
    try {
      return new TextDecoder(charset.trim(), { fatal: true }).decode(bytes);
    } catch {
      // An unknown label or bytes not in it: fall through to the guesses below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}
