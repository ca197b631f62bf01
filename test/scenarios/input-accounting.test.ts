/**
 * Bad input must not lose anything, and every event is accounted: broken VEVENTs among good ones,
 * a missing file, GBK exports, and the window's half-open edges.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const att = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';

function cfg(calendars: unknown[], window = { from: '2022-05-01', to: '2022-05-31' }): Record<string, unknown> {
  return { timezone: 'Asia/Shanghai', window, calendars, people, rules: [{ id: 'people', kind: 'no-double-booking' }] };
}
const gov = { id: 'gov', file: 'calendars/gov.ics', office: '区政府办', level: 'district' };
const party = { id: 'party', file: 'calendars/party.ics', office: '区委办', level: 'district' };

function ev(uid: string, start: string, end: string, summary = '会议', extra: string[] = [att]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`,
    `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
}

describe('a broken VEVENT among good ones', () => {
  // Line numbers: 1 BEGIN:VCALENDAR, 2 VERSION, 3 PRODID, then events of 8 lines each.
  const text = vcalendar([
    ...ev('good-1', '20220510T090000', '20220510T110000'), // lines 4–11
    'BEGIN:VEVENT', // line 12
    'UID:broken-1',
    'DTSTAMP:20220401T000000Z',
    'DTSTART;TZID=Asia/Shanghai:2022年5月10日 9:30', // line 15: not an RFC 5545 DATE-TIME, nor any date form read
    'DTEND;TZID=Asia/Shanghai:20220510T103000',
    'SUMMARY:坏掉的会议',
    att,
    'END:VEVENT',
    ...ev('good-2', '20220510T100000', '20220510T120000', '另一个会议'), // lines 20–27
  ]);

  test('the good ones are checked, the broken one is a problem with file and line, and counted as skipped', () => {
    const report = run(cfg([gov]), { 'calendars/gov.ics': text });
    expect(digest(report)).toEqual(['double-booking people good-1 good-2']);
    const broken = report.problems.filter((p) => p.severity !== 'info');
    expect(broken.length).toBeGreaterThanOrEqual(1);
    const p = broken.find((x) => x.code === 'invalid-date-value')!;
    expect(p).toBeDefined();
    expect(p.source).toEqual({ file: 'calendars/gov.ics', line: 15 });
    expect(report.summary.events).toBe(2);
    expect(report.summary.skipped).toBe(1);
    expect(report.summary.occurrences).toBe(2);
  });

  // The loader closes a component whose END is missing at the next BEGIN (src/load/parse.ts) and still reads it,
  // reporting missing-end: so the neighbours are intact and the unclosed one is checked too.
  test('a VEVENT missing its END:VEVENT in the middle: reported at its BEGIN line, neighbours intact', () => {
    const t = vcalendar([
      ...ev('good-1', '20220510T090000', '20220510T110000'),
      ...ev('broken-2', '20220510T093000', '20220510T103000').slice(0, -1), // no END:VEVENT
      ...ev('good-2', '20220510T100000', '20220510T120000', '另一个会议'),
    ]);
    const report = run(cfg([gov]), { 'calendars/gov.ics': t });
    expect(digest(report).sort()).toEqual([
      'double-booking people broken-2 good-1',
      'double-booking people broken-2 good-2',
      'double-booking people good-1 good-2',
    ]);
    expect(report.problems.filter((x) => x.code === 'missing-end').map((x) => x.source)).toEqual([{ file: 'calendars/gov.ics', line: 12 }]);
    expect(report.summary.events).toBe(3);
    expect(report.summary.skipped).toBe(0);
  });

  // The backwards event is read as zero length, the instant of its start (QB-34: RFC 5545 §3.6.1), which good-2
  // (10:00–12:00) holds at 11:00; good-1 ends at 11:00, back to back.
  test('DTEND before DTSTART → end-before-start, read as its start instant, the rest checked', () => {
    const t = vcalendar([
      ...ev('good-1', '20220510T090000', '20220510T110000'),
      ...ev('backwards', '20220510T110000', '20220510T090000'),
      ...ev('good-2', '20220510T100000', '20220510T120000', '另一个会议'),
    ]);
    const report = run(cfg([gov]), { 'calendars/gov.ics': t });
    expect(digest(report).sort()).toEqual(['double-booking people backwards good-2', 'double-booking people good-1 good-2']);
    expect(report.problems.map((x) => x.code)).toContain('end-before-start');
    expect(report.summary.events + report.summary.skipped).toBe(3);
  });
});

describe('a missing calendar file', () => {
  test('→ a missing-source problem pointing at the config entry; the other calendars are checked', () => {
    const report = run(cfg([gov, party]), {
      'calendars/gov.ics': vcalendar([...ev('g1', '20220510T090000', '20220510T110000'), ...ev('g2', '20220510T100000', '20220510T113000')]),
    });
    expect(digest(report)).toEqual(['double-booking people g1 g2']);
    const missing = report.problems.filter((p) => p.code === 'missing-source');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.source).toEqual({ file: 'tongchou.json', path: ['calendars', 1, 'file'] });
    expect(missing[0]!.data).toEqual({ calendar: 'party', file: 'calendars/party.ics' });
    expect(report.summary.calendars).toBe(2);
  });

  test('an empty file → a problem, not silence', () => {
    const report = run(cfg([gov, party]), { 'calendars/gov.ics': vcalendar(ev('g1', '20220510T090000', '20220510T110000')), 'calendars/party.ics': '' });
    expect(report.problems.map((p) => p.code)).toContain('empty-input');
    expect(report.summary.occurrences).toBe(1);
  });
});

describe('encodings as Chinese Windows exports write them', () => {
  test('a GBK-encoded export and a UTF-8 one find the double booking, summaries intact', () => {
    const gbkText = vcalendar(ev('gbk-1', '20220510T090000', '20220510T110000', '全区安全生产工作会议'));
    const gbk = gbkBytes(gbkText);
    const report = run(cfg([gov, party]), {
      'calendars/gov.ics': gbk,
      'calendars/party.ics': vcalendar(ev('utf-1', '20220510T100000', '20220510T120000', '区委常委会')),
    });
    const db = ofKind(report, 'double-booking');
    expect(db).toHaveLength(1);
    expect(db[0]!.occurrences.map((o) => o.summary).sort()).toEqual(['全区安全生产工作会议', '区委常委会'].sort());
  });
});

describe('window edges (half-open, in the config zone)', () => {
  const w = { from: '2022-05-10', to: '2022-05-20' }; // [10 May 00:00, 21 May 00:00) Asia/Shanghai
  test('a meeting ending exactly at the window start is out; one starting at the window end is out', () => {
    const t = vcalendar([
      ...ev('before', '20220509T230000', '20220510T000000', '夜间值班'),
      ...ev('inside', '20220510T000000', '20220510T010000', '零点会议'),
      ...ev('last', '20220520T230000', '20220521T000000', '最后一场'),
      ...ev('after', '20220521T000000', '20220521T010000', '窗口外'),
    ]);
    const report = run(cfg([gov], w), { 'calendars/gov.ics': t });
    expect(report.summary.occurrences).toBe(2);
    expect(report.summary.events).toBe(4);
  });

  test('window edges are read in Asia/Shanghai even when the export is UTC: 20 May 16:00Z is 21 May 00:00 +08:00 → out', () => {
    const t = vcalendar([
      'BEGIN:VEVENT', 'UID:utc-edge', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220520T160000Z', 'DTEND:20220520T170000Z', 'SUMMARY:钉钉会议', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:utc-in', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220520T150000Z', 'DTEND:20220520T160000Z', 'SUMMARY:钉钉会议2', 'END:VEVENT',
    ]);
    const report = run(cfg([gov], w), { 'calendars/gov.ics': t });
    expect(report.summary.occurrences).toBe(1);
  });

  test('a double booking that straddles the window start is still found (occurrence overlaps the window)', () => {
    const t = vcalendar([
      ...ev('night-a', '20220509T220000', '20220510T020000', '防汛值守'),
      ...ev('night-b', '20220509T233000', '20220510T010000', '应急调度'),
    ]);
    const report = run(cfg([gov], w), { 'calendars/gov.ics': t });
    expect(digest(report)).toEqual(['double-booking people night-a night-b']);
  });

  test('a weekly series: summary counts only the instances in the window, the series is one event', () => {
    const t = vcalendar([
      'BEGIN:VEVENT', 'UID:weekly', 'DTSTAMP:20220401T000000Z',
      'DTSTART;TZID=Asia/Shanghai:20220503T150000', 'DTEND;TZID=Asia/Shanghai:20220503T170000',
      'RRULE:FREQ=WEEKLY;BYDAY=TU', 'SUMMARY:常务会议', 'END:VEVENT',
    ]);
    const report = run(cfg([gov], w), { 'calendars/gov.ics': t });
    expect(report.summary.events).toBe(1);
    expect(report.summary.occurrences).toBe(2); // 10 and 17 May
  });
});

/** GBK bytes for a string, built from TextDecoder's gbk table (Node has no GBK encoder). */
function gbkBytes(text: string): Uint8Array {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = table.get(ch);
      if (bytes === undefined) throw new Error(`no GBK for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
