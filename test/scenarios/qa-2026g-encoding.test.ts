/**
 * QA 2026g (review of this session's fixes) — concatenated invitations after 5e0f920 (per-VCALENDAR decoding, QF-11).
 * `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { configWindow, loadCalendar } from '../../src/index.js';
import { ics } from './harness.js';

const encoder = new TextEncoder();

function titles(bytes: Uint8Array): string[] {
  const loaded = loadCalendar(bytes, {
    meta: { id: 'gov', office: '区政府办', level: 'district' },
    window: configWindow({ from: '2026-12-01', to: '2026-12-31' }, 'Asia/Shanghai'),
    defaultZone: 'Asia/Shanghai',
    file: 'gov.ics',
  });
  return loaded.occurrences.map((o) => o.summary);
}

describe('QG-20: regression of 5e0f920 (QF-11) — in concatenated UTF-8 invitations, one whose title an OA system cut mid-character is decoded as GB18030: the whole title turns to mojibake', () => {
  // Staff join single-meeting invitations (`copy /b *.ics gov.ics`), each a VCALENDAR of one VEVENT, all UTF-8. One OA
  // system cuts SUMMARY at a byte limit, in the middle of a character: 区政府常务会议关于 less its last byte. Before 5e0f920
  // the file was UTF-8 with one replacement character (区政府常务会议关�); since, that VCALENDAR alone is tested, its only
  // non-ASCII line is not valid UTF-8, so it is read as GB18030 — “鍖烘斂搴滃父鍔′細璁叧浜” — under a 'mixed-encoding'
  // info saying the part is GB18030. The 常务会议 is lost to selectors and rules.
  const first = encoder.encode(ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//OA//CN', 'BEGIN:VEVENT', 'UID:a@qg', 'DTSTAMP:20261125T020000Z', 'SUMMARY:全区安全生产工作会议',
    'DTSTART;TZID=Asia/Shanghai:20261216T090000', 'DTEND;TZID=Asia/Shanghai:20261216T100000', 'LOCATION:区政府大楼第一会议室', 'END:VEVENT', 'END:VCALENDAR'));
  const title = encoder.encode('区政府常务会议关于');
  const cut = title.slice(0, title.length - 1);
  const head = encoder.encode('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//OA//CN\r\nBEGIN:VEVENT\r\nUID:b@qg\r\nDTSTAMP:20261125T020000Z\r\nSUMMARY:');
  const tail = encoder.encode('\r\nDTSTART;TZID=Asia/Shanghai:20261217T090000\r\nDTEND;TZID=Asia/Shanghai:20261217T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');

  test('the cut title keeps its characters (区政府常务会议关…)', () => {
    const read = titles(new Uint8Array([...first, ...head, ...cut, ...tail]));
    expect(read[1]?.startsWith('区政府常务会议')).toBe(true);
  });

  test('guard: the whole title, concatenated the same way, is read', () => {
    expect(titles(new Uint8Array([...first, ...head, ...title, ...tail]))).toEqual(['全区安全生产工作会议', '区政府常务会议关于']);
  });
});
