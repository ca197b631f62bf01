/**
 * QA 2026g (review of this session's loader fixes) — concatenated exports (5e0f920, QF-11) and the export range's
 * sentences (a5d714b/e9c9797, QF-16). `test.failing` ones pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { configWindow, loadCalendar, renderFinding, renderProblem } from '../../src/index.js';
import { ics, run } from './harness.js';

const encoder = new TextEncoder();
const BOM = [0xef, 0xbb, 0xbf];

/** GB18030 bytes of a string of ASCII and the few Han characters used below (GBK two-byte codes). */
const GBK: Readonly<Record<string, readonly [number, number]>> = {
  区: [0xc7, 0xf8], 政: [0xd5, 0xfe], 府: [0xb8, 0xae], 常: [0xb3, 0xa3], 务: [0xce, 0xf1], 会: [0xbb, 0xe1], 议: [0xd2, 0xe9],
};
function gb18030(text: string): number[] {
  const bytes: number[] = [];
  for (const ch of text) {
    const pair = GBK[ch];
    if (pair !== undefined) bytes.push(...pair);
    else if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else throw new Error(`no GBK code for ${ch} in this test`);
  }
  return bytes;
}

function vevent(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261125T020000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

const utf8Part = ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//DingTalk//Calendar//CN', ...vevent('u8@qg', '全区安全生产工作会议', '20261216T090000', '20261216T100000'), 'END:VCALENDAR');
const gbkPart = ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//WPS OA//CN', ...vevent('gbk@qg', '区政府常务会议', '20261216T093000', '20261216T103000'), 'END:VCALENDAR');

function titles(bytes: readonly number[]): string[] {
  const loaded = loadCalendar(Uint8Array.from(bytes), {
    meta: { id: 'gov', office: '区政府办', level: 'district' },
    window: configWindow({ from: '2026-12-01', to: '2026-12-31' }, 'Asia/Shanghai'),
    defaultZone: 'Asia/Shanghai',
    file: 'gov.ics',
  });
  return loaded.occurrences.map((o) => o.summary).sort();
}

describe('QG-5: under-correction of 5e0f920 (QF-11) — the OA (GB18030) export first and a UTF-8 export *with a BOM* after it: the OA half\'s title is still “����”', () => {
  // `copy /b oa.ics+dingtalk.ics gov.ics` where the second file was saved by a Windows tool with a UTF-8 byte-order mark:
  // the BOM sits in the middle of the file, before the second BEGIN:VCALENDAR. The per-VCALENDAR decoding of 5e0f920 is
  // not taken: the OA meeting becomes 13 replacement characters under an 'undecodable-input' warning.
  test('GB18030 part, then BOM + UTF-8 part: both titles are read', () => {
    expect(titles([...gb18030(gbkPart), ...BOM, ...encoder.encode(utf8Part)])).toEqual(['全区安全生产工作会议', '区政府常务会议'].sort());
  });

  test('guard: BOM + UTF-8 part first, then the GB18030 part: both titles are read', () => {
    expect(titles([...BOM, ...encoder.encode(utf8Part), ...gb18030(gbkPart)])).toEqual(['全区安全生产工作会议', '区政府常务会议'].sort());
  });
});

describe('QG-6: the sentences of the export range (a5d714b, e9c9797) as office staff read them', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-01-31' },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'cad', kind: 'cadence', event: { level: 'city', summary: '常务会议' }, every: 'week', min: 1 }],
  };
  const city = ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z',
    ...vevent('c@qg', '市政府常务会议', '20261203T140000', '20261203T160000'), 'END:VCALENDAR');
  const report = run(raw, { 'city.ics': city, 'party.ics': ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//qg//EN', 'END:VCALENDAR') });

  // zh-CN 'export-range': “…检查范围内其余日期的会议无从得知，不按缺席处理” — 缺席 is a person's absence; what is meant is that
  // the meetings are not taken as missing / not scheduled (不视为未安排). Staff read it as "nobody is marked absent".
  test('zh-CN export-range does not speak of 缺席 (a person\'s absence) for meetings not in the file', () => {
    const problem = report.problems.find((p) => p.code === 'export-range');
    expect(problem).toBeDefined();
    expect(renderProblem(problem!, 'zh-CN')).not.toContain('缺席');
  });

  // en cadence-missed info: “calendars that may hold it (市政府办) was exported for 1 Dec 2026 to 31 Dec 2026 only” — the
  // plural subject of the unreadable sentence now takes e9c9797's singular verb.
  test('en cadence-missed info after the export: subject and verb agree', () => {
    const info = report.findings.find((f) => f.kind === 'cadence-missed' && f.severity === 'info');
    expect(info).toBeDefined();
    expect(renderFinding(info!, 'en')).not.toMatch(/calendars that may hold it \([^)]*\) was exported/);
  });

  test('guard: the weeks after the export\'s end are infos, the weeks inside it with no 常务会议 warnings', () => {
    expect(report.findings.filter((f) => f.kind === 'cadence-missed').map((f) => `${f.severity} ${(f.data as { periodStart: string }).periodStart.slice(0, 10)}`)).toEqual([
      'warning 2026-12-07', 'warning 2026-12-14', 'warning 2026-12-21', 'info 2026-12-28', 'info 2027-01-04', 'info 2027-01-11', 'info 2027-01-18', 'info 2027-01-25',
    ]);
  });
});
