/**
 * QA 2026c (fresh-eyes QA, round 3): ordering across the turn of 2026/2027 — the year whose holiday arrangement is
 * not bundled yet, exactly what a district checks in December 2026. Each `test.failing` pins an open bug listed in
 * /work/notes/qa-2026c.md under its QC id; flip it to `test` when the bug is fixed.
 */
import { renderFinding } from '../../src/index.js';
import { run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';

function event(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

const relay = (cycle: string, from: string, to: string) => ({
  timezone: 'Asia/Shanghai', window: { from, to },
  calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'dist', file: 'dist.ics', office: '区政府办', level: 'district' }],
  rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, cycle, minGap: { workingDays: 1 } }],
});

const files = (cityStart: string, cityEnd: string, distStart: string, distEnd: string) => ({
  'city.ics': vcalendar(event('c1@city.gov.example', '全市安全生产工作会议', cityStart, cityEnd)),
  'dist.ics': vcalendar(event('d1@jb.gov.example', '全区安全生产工作会议（传达）', distStart, distEnd)),
});

const kinds = (report: ReturnType<typeof run>) => report.findings.map((f) => `${f.severity} ${f.kind}`);

describe('QC-5: the city meeting on 31 December 2026 (no working day of its quarter/year left) and the relay in January 2027', () => {
  test.each(['quarter', 'year'])('control (known years): 31 Dec 2025 → relay on 5 Jan 2026 is carried over, no finding (cycle %s)', (cycle) => {
    const report = run(relay(cycle, '2025-12-01', '2026-01-31'), files('20251231T090000', '20251231T110000', '20260105T090000', '20260105T170000'));
    expect(kinds(report)).toEqual([]);
  });

  test('control (cycle none): the relay on 4 January 2027 cannot be judged yet — info, undetermined', () => {
    const report = run(relay('none', '2026-12-01', '2027-01-31'), files('20261231T090000', '20261231T110000', '20270104T090000', '20270104T170000'));
    expect(kinds(report)).toEqual(['info order']);
  });

  // QC-5: with 2027 not bundled, the carry-over of a prerequisite at the very end of its period (README "follows",
  // the QB-2 fix) does not happen: the relay gets order-missing “上级会议尚未安排，本级会议可能过早：…2027年第1季度内没有找到对应的
  // 上级会议” (warning) — a false claim, the city meeting is on 31 December. Expected as with cycle none: 4 January
  // cannot be judged yet (info), 1 January (元旦, a day off by law) is before W1 whatever the notice says (error).
  test.each(['quarter', 'year'])('QC-5: relay on 4 January 2027 is not “上级会议尚未安排” (cycle %s)', (cycle) => {
    const report = run(relay(cycle, '2026-12-01', '2027-01-31'), files('20261231T090000', '20261231T110000', '20270104T090000', '20270104T170000'));
    expect(kinds(report)).toEqual(['info order']);
  });

  test.each(['quarter', 'year'])('QC-5: relay on 1 January 2027 (元旦) is an order error, not order-missing (cycle %s)', (cycle) => {
    const report = run(relay(cycle, '2026-12-01', '2027-01-31'), files('20261231T090000', '20261231T110000', '20270101T100000', '20270101T120000'));
    expect(kinds(report)).toEqual(['error order']);
  });
});

describe('QC-6: an order whose earliest day cannot be computed (2027 unknown) says the relay is “before” a meeting it follows', () => {
  test('control: known year, same-day relay: “间隔不足”, not “之前” (QB-1 fix)', () => {
    const report = run(relay('none', '2026-12-01', '2026-12-31'), files('20261210T090000', '20261210T110000', '20261210T150000', '20261210T170000'));
    expect(report.findings.map((f) => renderFinding(f, 'zh-CN'))).toEqual([expect.stringContaining('间隔不足')]);
  });

  // QC-6: QB-1's wording fix misses the branch without an earliest start: “…（2026年12月31日 15:00–17:00）安排在上级会议
  // “全市安全生产工作会议”（2026年12月31日 09:00–11:00）之前：…但无法算出最早日期” — 15:00 is after 11:00. The verdict (error)
  // is right: the relay is on day 0, before W1 whatever 2027's arrangement.
  test('QC-6: the same-day relay on 31 December 2026 is worded “间隔不足”, not “之前”', () => {
    const report = run(relay('none', '2026-12-01', '2027-01-31'), files('20261231T090000', '20261231T110000', '20261231T150000', '20261231T170000'));
    const zh = report.findings.map((f) => renderFinding(f, 'zh-CN'));
    const en = report.findings.map((f) => renderFinding(f, 'en'));
    expect(kinds(report)).toEqual(['error order']);
    expect(zh[0]).not.toContain('之前');
    expect(en[0]).not.toMatch(/\bbefore the higher-level meeting/u);
  });
});

describe('QC-37: the ORGANIZER office name read for its level — a district bureau whose name holds 市 in another word (市场监管局, 城市管理局)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-04-01', to: '2026-06-30' },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'dist', file: 'dist.ics', office: '区政府办', level: 'district' },
      { id: 'cityact', file: 'cityact.ics', office: '市委办', level: 'city' }],
    rules: [],
  };
  const districtMeeting = (organizer: string) => ['BEGIN:VEVENT', 'UID:d@jb.gov.example', stamp, 'SUMMARY:全区食品安全工作会议', 'DTSTART;TZID=Asia/Shanghai:20260419T090000',
    'DTEND;TZID=Asia/Shanghai:20260419T110000', 'REFID:2026-spaq', `ORGANIZER;CN=${organizer}:mailto:org@jb.gov.example`, 'END:VEVENT'];
  const files = (organizer: string) => ({
    'city.ics': vcalendar(['BEGIN:VEVENT', 'UID:c@city.gov.example', stamp, 'SUMMARY:全市食品安全工作会议', 'DTSTART;TZID=Asia/Shanghai:20260420T090000',
      'DTEND;TZID=Asia/Shanghai:20260420T110000', 'REFID:2026-spaq', 'END:VEVENT']),
    'dist.ics': vcalendar(districtMeeting(organizer)),
    // the 市委办's 市领导活动安排 lists the district meeting a city leader attends (QB-43's shape)
    'cityact.ics': vcalendar(districtMeeting(organizer)),
  });

  test.each(['区政府办', '区市场监管局'])('control: organized by “%s”, the district meeting of 19 April before the city\'s of 20 April is an order error', (organizer) => {
    expect(run(raw, files(organizer)).findings.map((f) => f.kind)).toEqual(['order']);
  });

  // QC-37: README — a meeting's level is that of the office calendar its ORGANIZER names, "or an office name that states its level —
  // 区委办, 市政府办公室". 市场监管局 (every district has one), 城市管理局 and even 江滨区城市管理局 (which says 区 plainly) are read as
  // city offices, because 市 appears inside 市场 / 城市: the district meeting becomes the city's and its order is missed.
  test.each(['市场监管局', '城市管理局', '江滨区城市管理局'])('QC-37: organized by “%s”, the order is still found', (organizer) => {
    expect(run(raw, files(organizer)).findings.map((f) => f.kind)).toEqual(['order']);
  });
});

describe('QC-42: incomplete QC-5 fix (9489d1c) — the second office\'s relay the next day (QB-26\'s shape) in January 2027', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2027-02-28' },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, cycle: 'quarter', minGap: { workingDays: 1 } }],
  };
  const files = (partyDay: string, govDay: string) => ({
    'city.ics': vcalendar(event('c1@city.gov.example', '全市安全生产工作会议', '20261231T090000', '20261231T110000')),
    'party.ics': vcalendar(event('p1@jb.gov.example', '区委常委会（传达全市安全生产工作会议精神）', `${partyDay}T090000`, `${partyDay}T110000`)),
    'gov.ics': vcalendar(event('g1@jb.gov.example', '全区安全生产工作会议（传达）', `${govDay}T090000`, `${govDay}T110000`)),
  });

  test('control (QB-26, known years): 31 Dec 2025 → 区委 relays on 5 Jan 2026, 区政府 deploys on 6 Jan: nothing', () => {
    const report = run({ ...raw, window: { from: '2025-12-01', to: '2026-02-28' } }, {
      'city.ics': vcalendar(event('c1@city.gov.example', '全市安全生产工作会议', '20251231T090000', '20251231T110000')),
      'party.ics': vcalendar(event('p1@jb.gov.example', '区委常委会（传达全市安全生产工作会议精神）', '20260105T090000', '20260105T110000')),
      'gov.ics': vcalendar(event('g1@jb.gov.example', '全区安全生产工作会议（传达）', '20260106T090000', '20260106T110000')),
    });
    expect(kinds(report)).toEqual([]);
  });

  // QC-42: with 2027 unknown the first relay (4 January) is carried over (info, undetermined — QC-5 fixed), but the 区政府's relay of
  // the next day gets order-missing “上级会议尚未安排…2027年第1季度内没有找到对应的上级会议” (warning): the "dependents of the next few days"
  // (within five working days of the earliest compliant day) cannot be counted in an unknown year, so none is taken. The next
  // calendar day is within any such count.
  test('QC-42: the 区政府 relay of 5 January 2027 is not “上级会议尚未安排”', () => {
    const report = run(raw, files('20270104', '20270105'));
    expect(report.findings.filter((f) => f.kind === 'order-missing')).toEqual([]);
  });
});

