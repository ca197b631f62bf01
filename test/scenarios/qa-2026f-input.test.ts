/**
 * QA 2026f (round 6) — vendor exports as a district office gathers them in December 2026. `test.failing` ones pin
 * open bugs under their QF id (see /work/notes/qa-2026f.md).
 */
import { configWindow, loadCalendar } from '../../src/index.js';
import { ics } from './harness.js';

const encoder = new TextEncoder();

/** GB18030 bytes of a string of ASCII and the few Han characters used below (GBK two-byte codes). */
const GBK: Readonly<Record<string, readonly [number, number]>> = {
  区: [0xc7, 0xf8], 政: [0xd5, 0xfe], 府: [0xb8, 0xae], 常: [0xb3, 0xa3], 务: [0xce, 0xf1], 会: [0xbb, 0xe1], 议: [0xd2, 0xe9],
};
function gb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const pair = GBK[ch];
    if (pair !== undefined) bytes.push(...pair);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no GBK code for ${ch} in this test`);
  }
  return Uint8Array.from(bytes);
}

function vevent(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261125T020000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

const utf8Part = ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DingTalk//Calendar//CN', ...vevent('u8@qf', '全区安全生产工作会议', '20261216T090000', '20261216T100000'), 'END:VCALENDAR');
const gbkPart = ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//WPS OA//CN', ...vevent('gbk@qf', '区政府常务会议', '20261216T093000', '20261216T103000'), 'END:VCALENDAR');

function load(bytes: Uint8Array) {
  return loadCalendar(bytes, {
    meta: { id: 'gov', office: '区政府办', level: 'district' },
    window: configWindow({ from: '2026-12-01', to: '2026-12-31' }, 'Asia/Shanghai'),
    defaultZone: 'Asia/Shanghai',
    file: 'gov.ics',
  });
}

describe('QF-11: two exports concatenated into one file, one UTF-8 (DingTalk) and one GB18030 (WPS OA): the OA half\'s titles become “����”', () => {
  // `copy /b dingtalk.ics+oa.ics gov.ics` (or `cat`): each VCALENDAR is valid in its own encoding. The loader decodes
  // the whole file once — as UTF-8 with replacement characters — so the OA meeting's title is lost (selectors and
  // ordering rules no longer see 常务会议), and the warning says the file holds bytes "既非 UTF-8 也非 GB18030" —
  // untrue: every byte is one or the other, VCALENDAR by VCALENDAR.
  test.failing('UTF-8 part first: both titles are read', () => {
    const loaded = load(new Uint8Array([...encoder.encode(utf8Part), ...gb18030(gbkPart)]));
    expect(loaded.occurrences.map((o) => o.summary).sort()).toEqual(['全区安全生产工作会议', '区政府常务会议'].sort());
  });

  test.failing('GB18030 part first: both titles are read', () => {
    const loaded = load(new Uint8Array([...gb18030(gbkPart), ...encoder.encode(utf8Part)]));
    expect(loaded.occurrences.map((o) => o.summary).sort()).toEqual(['全区安全生产工作会议', '区政府常务会议'].sort());
  });

  test('guard: each part alone is read with its title', () => {
    expect(load(encoder.encode(utf8Part)).occurrences.map((o) => o.summary)).toEqual(['全区安全生产工作会议']);
    expect(load(gb18030(gbkPart)).occurrences.map((o) => o.summary)).toEqual(['区政府常务会议']);
  });
});
