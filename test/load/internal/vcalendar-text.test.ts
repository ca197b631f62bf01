/**
 * Quoted-printable values (vCalendar 1.0 §2.1.3, RFC 2045 §6.7): decoding in the CHARSET given (or
 * UTF-8, else GB18030), and recognising the parameter written with or without `ENCODING=`.
 */
import { decodeQuotedPrintable, isQuotedPrintable } from '../../../src/load/internal/vcalendar-text.js';

const qp = (bytes: Uint8Array | Buffer) => [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

describe('decodeQuotedPrintable', () => {
  test('UTF-8 bytes give the Chinese title', () => {
    expect(decodeQuotedPrintable(qp(Buffer.from('区委常委会', 'utf8')), 'UTF-8')).toBe('区委常委会');
  });

  test('GB2312 bytes in the charset the line names', () => {
    expect(decodeQuotedPrintable('=C7=F8=D5=FE=B8=AE301=BB=E1=D2=E9=CA=D2', 'GB2312')).toBe('区政府301会议室');
  });

  test('without CHARSET: UTF-8, else GB18030 (a Chinese Windows export)', () => {
    expect(decodeQuotedPrintable(qp(Buffer.from('党组会', 'utf8')), undefined)).toBe('党组会');
    expect(decodeQuotedPrintable('=B5=B3=D7=E9=BB=E1', undefined)).toBe('党组会');
  });

  test('an unknown CHARSET falls back to the guesses', () => {
    expect(decodeQuotedPrintable(qp(Buffer.from('党组会', 'utf8')), 'X-UNKNOWN')).toBe('党组会');
  });

  test('line breaks become TEXT escapes and backslashes are escaped, plain ASCII stays', () => {
    expect(decodeQuotedPrintable('a=0D=0Ab\\c =3D d', 'UTF-8')).toBe('a\\nb\\\\c = d');
  });
});

describe('isQuotedPrintable', () => {
  test.each([
    [new Map([['ENCODING', ['QUOTED-PRINTABLE']]]), 'SUMMARY;ENCODING=QUOTED-PRINTABLE', true],
    [new Map([['ENCODING', ['quoted-printable']]]), 'SUMMARY;encoding=quoted-printable', true],
    [new Map([['ENCODING', ['BASE64']]]), 'ATTACH;ENCODING=BASE64', false],
    [new Map([['CHARSET', ['UTF-8']]]), 'SUMMARY;CHARSET=UTF-8;QUOTED-PRINTABLE', true],
    [new Map(), 'SUMMARY;QUOTED-PRINTABLE', true],
    [new Map([['CN', ['QUOTED-PRINTABLE会议']]]), 'ATTENDEE;CN=QUOTED-PRINTABLE会议', false],
  ] as const)('%j %s → %s', (params, head, expected) => {
    expect(isQuotedPrintable(params, head)).toBe(expected);
  });
});
