/**
 * RFC 5545 §3.1 unfolding (src/load/unfold.ts), and the byte path of src/load/decode.ts that must
 * give exactly the same logical lines as the text path.
 */
import fc from 'fast-check';
import { unfoldBytes, unfoldText } from '../../src/load/unfold.js';
import { decodeLines } from '../../src/load/decode.js';
import { propertyParameters } from '../helpers/arbitraries.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const asText = (lines: readonly { content: Uint8Array; line: number }[]) => lines.map((l) => [new TextDecoder().decode(l.content), l.line]);

describe('unfoldText', () => {
  test('a break followed by one SPACE or HTAB is removed with exactly that one character', () => {
    expect(unfoldText('DESCRIPTION:区委\r\n  常委会\r\n\t议题\r\nEND:VEVENT').map((l) => [l.content, l.line])).toEqual([
      ['DESCRIPTION:区委 常委会议题', 1],
      ['END:VEVENT', 4],
    ]);
  });

  test('CRLF, LF and CR end lines; the line number is the physical line the logical line starts on', () => {
    expect(unfoldText('A:1\rB:2\n C\r\nD:3\r\n\r\nE:4\n').map((l) => [l.content, l.line])).toEqual([
      ['A:1', 1],
      ['B:2C', 2],
      ['D:3', 4],
      ['E:4', 6],
    ]);
  });

  test('empty lines are dropped; a first line that starts with a space is kept as it is', () => {
    expect(unfoldText('\n\n X:1\n').map((l) => l.content)).toEqual(['X:1']);
    expect(unfoldText(' X:1\nY:2').map((l) => l.content)).toEqual([' X:1', 'Y:2']);
  });

  test('Sunbird folds a property name away from its parameters and value', () => {
    expect(unfoldText('DTSTART\r\n ;VALUE=DATE\r\n :20030109\r\n').map((l) => l.content)).toEqual(['DTSTART;VALUE=DATE:20030109']);
  });
});

describe('unfoldBytes', () => {
  test('joins the bytes of a UTF-8 character split by a fold, before any decoding', () => {
    const bytes = utf8('SUMMARY:防汛');
    // 防 is E9 98 B2: fold after its first byte.
    const folded = Uint8Array.from([...bytes.subarray(0, 9), 0x0d, 0x0a, 0x20, ...bytes.subarray(9)]);
    expect(asText(unfoldBytes(folded))).toEqual([['SUMMARY:防汛', 1]]);
  });

  test('gives the same lines and numbers as unfoldText on the same text', () => {
    const text = 'BEGIN:VEVENT\rSUMMARY:a\r\n b\n\tc\r\n\r\nEND:VEVENT\n';
    expect(asText(unfoldBytes(utf8(text)))).toEqual(unfoldText(text).map((l) => [l.content, l.line]));
  });
});

describe('decodeLines: bytes and text agree', () => {
  test('property: a UTF-8 encoding of any text made of names, folds and line ends decodes to the lines of the text itself', () => {
    const piece = fc.constantFrom('A', 'X:', ':', ';', '=', ' ', '\t', '\r', '\n', '\r\n', '区', '委', 'é', '😀', 'BEGIN:VEVENT');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const fromText = decodeLines(text);
        const fromBytes = decodeLines(utf8(text));
        expect(fromBytes.encoding).toBe('utf-8');
        expect(fromBytes.lines).toEqual(fromText.lines);
      }),
      propertyParameters(300),
    );
  });

  test('a GBK character split by a fold is joined before decoding', () => {
    // 总河长 in GBK: D7DC BAD3 B3A4; the fold splits BAD3.
    const bytes = Uint8Array.from([...utf8('SUMMARY:'), 0xd7, 0xdc, 0xba, 0x0d, 0x0a, 0x20, 0xd3, 0xb3, 0xa4, ...utf8('\r\nEND:VEVENT\r\n')]);
    const decoded = decodeLines(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.lines.map((l) => [l.content, l.line])).toEqual([
      ['SUMMARY:总河长', 1],
      ['END:VEVENT', 3],
    ]);
  });
});
