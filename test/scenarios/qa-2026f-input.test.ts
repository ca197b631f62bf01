/**
 * QA 2026f (round 6) — vendor exports as a district office gathers them in December 2026. `test.failing` ones pin
 * open bugs under their QF id (see /work/notes/qa-2026f.md).
 */
import { configWindow, loadCalendar } from '../../src/index.js';
import { ics, run } from './harness.js';

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
  test('UTF-8 part first: both titles are read', () => {
    const loaded = load(new Uint8Array([...encoder.encode(utf8Part), ...gb18030(gbkPart)]));
    expect(loaded.occurrences.map((o) => o.summary).sort()).toEqual(['全区安全生产工作会议', '区政府常务会议'].sort());
  });

  test('GB18030 part first: both titles are read', () => {
    const loaded = load(new Uint8Array([...gb18030(gbkPart), ...encoder.encode(utf8Part)]));
    expect(loaded.occurrences.map((o) => o.summary).sort()).toEqual(['全区安全生产工作会议', '区政府常务会议'].sort());
  });

  test('guard: each part alone is read with its title', () => {
    expect(load(encoder.encode(utf8Part)).occurrences.map((o) => o.summary)).toEqual(['全区安全生产工作会议']);
    expect(load(gb18030(gbkPart)).occurrences.map((o) => o.summary)).toEqual(['区政府常务会议']);
  });
});

describe('QF-16: a city export that says it covers only December (Outlook `X-CLIPSTART`/`X-CLIPEND`) still makes every January relay “上级会议尚未安排”', () => {
  // Outlook's 另存为日历 with a date range ("this month") writes the range into the VCALENDAR: X-CLIPSTART / X-CLIPEND
  // (X-CALSTART / X-CALEND: the first and last event). The 市政府办 sent its December: nothing in January *could* be in
  // the file. The district's January relay is nevertheless told the city meeting is not scheduled yet — a claim about
  // the city that the file itself rules out. For an unreadable city calendar the same finding is already an info that
  // says it cannot judge (QA-8); a calendar whose export ends before the dependent is the same case for that stretch.
  const outlookHead = [
    'X-CALSTART:20261203T010000Z', 'X-CALEND:20261203T030000Z', 'X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z', 'X-WR-CALNAME:市政府办',
  ];
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-01-31' },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'safety', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '安全生产' }, cycle: 'month' }],
  };
  const party = ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//qf//EN',
    ...vevent('dec@qf', '传达学习全市安全生产工作会议精神', '20261207T090000', '20261207T100000'),
    ...vevent('jan@qf', '传达学习全市安全生产工作会议精神', '20270108T090000', '20270108T100000'), 'END:VCALENDAR');
  const city = (head: readonly string[]) => ics('BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:PUBLISH', ...head,
    ...vevent('city@qf', '全市安全生产工作会议', '20261203T090000', '20261203T110000'), 'END:VCALENDAR');

  test('the January relay gets no order-missing warning (at most an info that the city\'s export ends 31 Dec)', () => {
    const report = run(raw, { 'city.ics': city(outlookHead), 'party.ics': party });
    expect(report.findings.filter((f) => f.kind === 'order-missing' && f.severity === 'warning')).toEqual([]);
  });

  test('guard: without the range headers the January relay is order-missing (warning)', () => {
    const report = run(raw, { 'city.ics': city([]), 'party.ics': party });
    expect(report.findings.map((f) => `${f.kind} ${f.severity} ${f.occurrences.map((o) => o.uid).join(',')}`)).toEqual(['order-missing warning jan@qf']);
  });
});

describe('QF-16 (coverage): the 总值班室 roster exported for December (X-CLIPEND 31 Dec) gives a `coverage-gap` *error* for all of January', () => {
  test('no coverage-gap error after the export\'s end', () => {
    const shifts: string[] = [];
    for (let d = 1; d <= 31; d += 1) {
      const day = `202612${String(d).padStart(2, '0')}`;
      const next = d === 31 ? '20270101' : `202612${String(d + 1).padStart(2, '0')}`;
      shifts.push(...vevent(`shift${d}@qf`, '值班：王芳', `${day}T083000`, `${next}T083000`));
    }
    const roster = ics('BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:PUBLISH',
      'X-CLIPSTART:20261130T160000Z', 'X-CLIPEND:20261231T160000Z', ...shifts, 'END:VCALENDAR');
    const raw = {
      timezone: 'Asia/Shanghai', window: { from: '2026-12-02', to: '2027-01-31' },
      calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
      rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
    };
    // Today: one error “duty 在 1月1日 08:30–2月1日 00:00 无人值班（空档 30天15小时30分钟）”.
    expect(run(raw, { 'duty.ics': roster }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
