import { decodeLines } from '../../src/load/decode.js';
import { calendar, codes, event, load } from '../helpers/ics.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('decodeLines', () => {
  test('UTF-8 with a BOM: the BOM is removed and the text kept', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...text('SUMMARY:区委常委会\r\n')]);
    const decoded = decodeLines(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', bom: true });
    expect(decoded.lines[0]?.content).toBe('SUMMARY:区委常委会');
  });

  test('UTF-16 LE and BE with a BOM are decoded', () => {
    const le = Buffer.from('\ufeffSUMMARY:防汛会议\r\n', 'utf16le');
    expect(decodeLines(le).lines[0]?.content).toBe('SUMMARY:防汛会议');
    const be = Buffer.from(le).swap16();
    expect(decodeLines(be)).toMatchObject({ encoding: 'utf-16be' });
    expect(decodeLines(be).lines[0]?.content).toBe('SUMMARY:防汛会议');
  });

  test('GBK bytes (no BOM, invalid as UTF-8) are read as GB18030, not mojibake', () => {
    // "总河长会议" in GBK.
    const gbk = Uint8Array.from([0xd7, 0xdc, 0xba, 0xd3, 0xb3, 0xa4, 0xbb, 0xe1, 0xd2, 0xe9]);
    const decoded = decodeLines(Uint8Array.from([...text('SUMMARY:'), ...gbk]));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.lines[0]?.content).toBe('SUMMARY:总河长会议');
  });

  test('a fold that splits a multi-byte UTF-8 character is joined before decoding', () => {
    const bytes = text('SUMMARY:区委常委会\r\n');
    // Split inside the 3-byte "委": 'SUMMARY:区' + first byte of 委 | CRLF SPACE | rest.
    const cut = text('SUMMARY:区').length + 1;
    const folded = Uint8Array.from([...bytes.subarray(0, cut), 0x0d, 0x0a, 0x20, ...bytes.subarray(cut)]);
    const decoded = decodeLines(folded);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.lines[0]?.content).toBe('SUMMARY:区委常委会');
  });

  test('CRLF, LF and bare CR all end lines; line numbers count physical lines', () => {
    const decoded = decodeLines(text('A:1\rB:2\nC:3\r\n D\r\nE:4'));
    expect(decoded.lines.map((l) => [l.content, l.line])).toEqual([
      ['A:1', 1],
      ['B:2', 2],
      ['C:3D', 3],
      ['E:4', 5],
    ]);
  });

  test('bytes that are neither UTF-8 nor GB18030 after a UTF-8 BOM are replaced and reported at their line', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...text('A:1\r\nB:'), 0xff, 0xfe, 0x80, ...text('\r\n')]);
    const decoded = decodeLines(bytes);
    expect(decoded.encoding).toBe('utf-8-lossy');
    expect(decoded.firstBadLine).toBe(2);
  });
});

describe('loading encodings', () => {
  test('a GBK calendar loads with Chinese text intact and an info problem naming the encoding', () => {
    const ics = calendar(event('DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000', 'SUMMARY:总河长会议'));
    const gbk = Buffer.from(
      ics.split('总河长会议').join('\u0000'),
      'latin1',
    );
    const marker = gbk.indexOf(0);
    const bytes = Buffer.concat([gbk.subarray(0, marker), Buffer.from([0xd7, 0xdc, 0xba, 0xd3, 0xb3, 0xa4, 0xbb, 0xe1, 0xd2, 0xe9]), gbk.subarray(marker + 1)]);
    const result = load(bytes);
    expect(result.occurrences.map((o) => o.summary)).toEqual(['总河长会议']);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'non-utf8-encoding', severity: 'info', data: { encoding: 'gb18030' } }));
  });

  test('an empty file is reported, not thrown', () => {
    const result = load(new Uint8Array());
    expect(codes(result)).toEqual(['empty-input']);
    expect(result.counts).toEqual({ components: 0, loaded: 0, skipped: 0 });
  });

  test('text that is not iCalendar is an error problem', () => {
    expect(codes(load('hello\nworld\n'))).toContain('not-icalendar');
  });
});

test('a UTF-8 file with one damaged byte stays UTF-8 (lossy, reported) rather than turning into GB18030 mojibake', () => {
  const bytes = new Uint8Array([...new TextEncoder().encode('A:区委常委会\r\nB:区政府常务会议\r\nC:'), 0xff, ...new TextEncoder().encode('\r\n')]);
  const decoded = decodeLines(bytes);
  expect(decoded.encoding).toBe('utf-8-lossy');
  expect(decoded.lines.map((l) => l.content).slice(0, 2)).toEqual(['A:区委常委会', 'B:区政府常务会议']);
  expect(decoded.firstBadLine).toBe(3);
});

describe('concatenated VCALENDARs in different encodings (QF-11)', () => {
  const gbEncode = (s: string): Uint8Array => {
    // GB18030 encoder: Node has only the decoder; map each character through a decode table of two-byte codes.
    const table = new Map<string, number[]>();
    const decoder = new TextDecoder('gb18030');
    for (let hi = 0x81; hi <= 0xfe; hi += 1) for (let lo = 0x40; lo <= 0xfe; lo += 1) if (lo !== 0x7f) table.set(decoder.decode(Uint8Array.from([hi, lo])), [hi, lo]);
    return Uint8Array.from([...s].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : table.get(c)!)));
  };
  const vcal = (uid: string, titles: string[]) =>
    `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//qf//EN\r\n${titles.map((t, i) => `BEGIN:VEVENT\r\nUID:${uid}${i}\r\nDTSTART:2026121${i}T010000Z\r\nSUMMARY:${t}\r\nEND:VEVENT\r\n`).join('')}END:VCALENDAR\r\n`;

  test('a UTF-8 export and a longer GB18030 one: each read in its own encoding, the GB one reported where it begins', () => {
    // More GB18030 lines than UTF-8 ones: the whole file, tried as GB18030, would turn the UTF-8 titles into mojibake.
    const bytes = Uint8Array.from([...text(vcal('d', ['全区安全生产工作会议'])), ...gbEncode(vcal('o', ['区政府常务会议', '区长办公会议', '专题会议']))]);
    const decoded = decodeLines(bytes);
    expect(decoded.encoding).toBe('mixed');
    expect(decoded.parts?.map((p) => [p.line, p.encoding])).toEqual([[1, 'utf-8'], [10, 'gb18030']]);
    const result = load(bytes);
    expect(result.occurrences.map((o) => o.summary)).toEqual(['全区安全生产工作会议', '区政府常务会议', '区长办公会议', '专题会议']);
    expect(codes(result)).toEqual(['mixed-encoding']);
    expect(result.problems[0]).toMatchObject({ severity: 'info', data: { encoding: 'gb18030' }, source: { line: 10 } });
  });

  test('two GB18030 exports together stay one GB18030 file', () => {
    const decoded = decodeLines(Uint8Array.from([...gbEncode(vcal('a', ['区委常委会'])), ...gbEncode(vcal('b', ['区政府常务会议']))]));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.parts).toBeUndefined();
  });
});

test('a UTF-8 title cut inside its last character is UTF-8 cut short, not GB18030 (QG-20)', () => {
  const title = new TextEncoder().encode('SUMMARY:区政府常务会议关于');
  const bytes = Uint8Array.from([...text('BEGIN:VEVENT\r\n'), ...title.subarray(0, title.length - 1), ...text('\r\nEND:VEVENT\r\n')]);
  const decoded = decodeLines(bytes);
  expect(decoded.encoding).toBe('utf-8-lossy');
  expect(decoded.lines[1]?.content.startsWith('SUMMARY:区政府常务会议关')).toBe(true);
  expect(decoded.firstBadLine).toBe(2);
});
