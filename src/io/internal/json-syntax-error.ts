/**
 * Where a JSON text first breaks the grammar of RFC 8259. `JSON.parse` reports a position only for
 * some errors (and in a V8-version-dependent sentence), so the config reader locates the error
 * itself to print `tongchou.json:3:12` in both languages.
 */

/** The first syntax error in a JSON text: 1-based line and column (in UTF-16 code units). */
export interface JsonSyntaxError {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  /** The unexpected character, or null when the text ended too early. */
  readonly found: string | null;
}

class Stop {
  constructor(readonly offset: number) {}
}

/**
 * Finds the first JSON syntax error in a text.
 * @param text - the document (without a byte-order mark)
 * @returns the error's position, or null when the text is valid JSON
 * @example
 * findJsonSyntaxError('{"a": 1,\n}')
 * //=> { offset: 9, line: 2, column: 1, found: '}' }
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i += 1;
  };
  const literal = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i += 1;
    }
  };
  const string = () => {
    i += 1; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined) fail();
      if (ch === '"') {
        i += 1;
        return;
      }
      // RFC 8259 §7: control characters must be escaped.
      if ((ch as string).charCodeAt(0) < 0x20) fail();
      if (ch === '\\') {
        i += 1;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 0; k < 4; k += 1) {
            i += 1;
            if (!/^[0-9a-fA-F]$/.test(text[i] ?? '')) fail();
          }
        } else if (esc === undefined || !'"\\/bfnrt'.includes(esc)) fail();
      }
      i += 1;
    }
  };
  const number = () => {
    if (text[i] === '-') i += 1;
    const digits = () => {
      if (!/[0-9]/.test(text[i] ?? '')) fail();
      while (/[0-9]/.test(text[i] ?? '')) i += 1;
    };
    if (text[i] === '0') i += 1;
    else digits();
    if (text[i] === '.') {
      i += 1;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i += 1;
      if (text[i] === '+' || text[i] === '-') i += 1;
      digits();
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      ws();
      if (text[i] === '}') {
        i += 1;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i += 1;
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === '}') {
          i += 1;
          return;
        } else fail();
      }
    } else if (ch === '[') {
      i += 1;
      ws();
      if (text[i] === ']') {
        i += 1;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i += 1;
        else if (text[i] === ']') {
          i += 1;
          return;
        } else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || /[0-9]/.test(ch ?? '')) number();
    else fail();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
    return null;
  } catch (stop) {
    if (!(stop instanceof Stop)) throw stop;
    return position(text, stop.offset);
  }
}

function position(text: string, offset: number): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k += 1) {
    // CRLF counts once: the line starts after the LF.
    if (text[k] === '\n') {
      line += 1;
      lineStart = k + 1;
    } else if (text[k] === '\r' && text[k + 1] !== '\n') {
      line += 1;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, found: text[offset] ?? null };
}
