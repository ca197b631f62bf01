/**
 * QA 2026c (fresh-eyes QA, round 3): routine rules as a district writes them — the 总值班室 roster
 * (coverage), the quarterly 联席会议 (cadence), meetings on 2026/2027 holidays (working-days). Each
 * `test.failing` pins an open bug listed in /work/notes/qa-2026c.md under its QC id; flip it to `test`
 * when the bug is fixed.
 */
import { ofKind, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20260101T000000Z';

function shift(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const duty = (from: string, to: string) => ({
  timezone: 'Asia/Shanghai', window: { from, to },
  calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
  rules: [{ id: 'cov', kind: 'coverage', calendar: 'duty' }],
});

describe('QC-1: an OA roster whose shifts end at 23:59:59 / 23:59 / 17:29:59 (inclusive ends)', () => {
  test('control: shifts written end-exclusive (08:30 → next day 08:30) leave no gap', () => {
    const report = run(duty('2026-03-02', '2026-03-04'), { 'duty.ics': vcalendar(shift('d@duty', '值班：李明', '20260301T083000', '20260302T083000', ['RRULE:FREQ=DAILY'])) });
    expect(ofKind(report, 'coverage-gap')).toEqual([]);
  });

  test('control: a real 30-minute handover gap is still a gap', () => {
    const report = run(duty('2026-03-02', '2026-03-02'), { 'duty.ics': vcalendar([
      ...shift('d@duty', '白班值班：李明', '20260301T083000', '20260301T173000', ['RRULE:FREQ=DAILY']),
      ...shift('n@duty', '夜班值班：王芳', '20260301T173000', '20260302T080000', ['RRULE:FREQ=DAILY']),
    ]) });
    expect(ofKind(report, 'coverage-gap').map((f) => [f.data.start, f.data.minutes])).toEqual([['2026-03-02T08:00:00+08:00', 30]]);
  });

  // QC-1: OA systems store a whole day as 00:00:00–23:59:59 (or 23:59) and a shift as 08:30–17:29:59: the end is
  // the last second *included*. Each day gets a coverage-gap error “在 3月2日 23:59–3月3日 00:00 无人值班（空档 0分钟）”
  // (data.minutes 0.0167). RFC 5545 §3.6.1 makes DTEND exclusive, but a one-second or one-minute hole at :59 is the
  // exporter's inclusive end, not an unstaffed duty room; the README promises gaps "to the minute".
  test.each([
    ['00:00:00–23:59:59', '20260301T000000', '20260301T235959'],
    ['00:00–23:59', '20260301T000000', '20260301T235900'],
  ])('QC-1: daily whole-day shifts written %s leave no gap', (_label, start, end) => {
    const report = run(duty('2026-03-02', '2026-03-04'), { 'duty.ics': vcalendar(shift('d@duty', '值班：李明', start, end, ['RRULE:FREQ=DAILY'])) });
    expect(ofKind(report, 'coverage-gap')).toEqual([]);
  });

  test('QC-1: day 08:30–17:29:59 and night 17:30–08:29:59 leave no gap', () => {
    const report = run(duty('2026-03-02', '2026-03-02'), { 'duty.ics': vcalendar([
      ...shift('d@duty', '白班值班：李明', '20260301T083000', '20260301T172959', ['RRULE:FREQ=DAILY']),
      ...shift('n@duty', '夜班值班：王芳', '20260301T173000', '20260302T082959', ['RRULE:FREQ=DAILY']),
    ]) });
    expect(ofKind(report, 'coverage-gap')).toEqual([]);
  });
});

describe('QC-2: a year of cadence-missed findings (they cite no meeting) is listed in hash order', () => {
  // QC-2: findings that cite no occurrence are sorted after the dated ones by rule and id — a hash — so the
  // months of a year come out as 11月, 7月, 8月, 2月, 4月, 12月, 1月 … in the report, the CLI text and the JSON.
  test('QC-2: cadence-missed findings come in period order', () => {
    const report = run({
      timezone: 'Asia/Shanghai', window: { from: '2026-01-01', to: '2026-12-31' },
      calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
      rules: [{ id: 'jl', kind: 'cadence', event: { summary: '联席会议' }, every: 'month' }],
    }, { 'gov.ics': vcalendar(shift('g1@jb', '区政府专题会', '20260512T090000', '20260512T110000')) });
    const periods = ofKind(report, 'cadence-missed').map((f) => f.data.periodStart);
    expect(periods).toHaveLength(12);
    expect(periods).toEqual([...periods].sort());
  });
});

describe('QC-10: the starter config of `tongchou init` — its working-days example judges the duty roster its coverage example checks', () => {
  // QC-10: init writes `working-days` with `event: {level: "district"}` and `coverage` on calendar `duty`. Once staff
  // fill in the duty calendar's level (district, as every calendar needs one) and enable both, every 24-hour shift
  // of the 总值班室 is “超出办公时间 08:30–17:30” (info) and every weekend shift “安排在…，当天是周末” (warning): 2 weeks
  // give 14 findings about a roster that is fine. A roster is staffed around the clock on purpose.
  test('QC-10: enabling init\'s working-days and coverage examples gives no finding on a complete roster', async () => {
    const { starterConfig } = await import('../../src/cli/init.js');
    const starter = starterConfig(['gov.ics', 'duty.ics'], { from: '2026-03-02', to: '2026-03-15' }, 'Asia/Shanghai');
    const calendars = starter.calendars.map((c) => ({ ...c, office: c.id === 'duty' ? '总值班室' : '区政府办', level: 'district' }));
    const rules = starter.rules.filter((r) => r.kind === 'working-days' || r.kind === 'coverage').map((r) => ({ ...r, enabled: true }));
    expect(rules.map((r) => r.kind).sort()).toEqual(['coverage', 'working-days']);
    const report = run({ ...starter, calendars, rules }, {
      'gov.ics': vcalendar(shift('g1@jb', '区政府专题会', '20260303T090000', '20260303T100000')),
      'duty.ics': vcalendar(shift('d@duty', '值班：总值班室', '20260301T083000', '20260302T083000', ['RRULE:FREQ=DAILY'])),
    });
    expect(report.findings.map((f) => f.kind)).toEqual([]);
  });
});

describe('QC-17: working-days and a joint meeting entered by two offices (retyped: new UID, same title and times)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [{ id: 'party', file: 'party.ics', office: '区委办', level: 'district' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'wd', kind: 'working-days', event: {}, hours: { '*': { start: '08:30', end: '17:30' } } }],
  };
  const joint = (uid: string, start: string, end: string) => vcalendar(shift(uid, '四套班子联席会议', start, end));

  test('control: the same UID on both calendars is one holiday finding', () => {
    const report = run(raw, { 'party.ics': joint('j@jb.gov.example', '20261212T150000', '20261212T170000'), 'gov.ics': joint('j@jb.gov.example', '20261212T150000', '20261212T170000') });
    expect(report.findings.map((f) => f.kind)).toEqual(['holiday']);
  });

  // QC-17: README — copies of one meeting are one meeting "the same UID and start, or a copy retyped on another office
  // calendar with the same summary and times" (cadence, quiet-period, venue …). working-days reports the retyped copy twice:
  // “共 2 个警告” for one Saturday meeting (and two outside-hours infos for one evening meeting) with identical office hours.
  test.each([
    ['holiday (a Saturday)', '20261212T150000', '20261212T170000', 'holiday'],
    ['outside-hours (a Monday evening)', '20261214T160000', '20261214T190000', 'outside-hours'],
  ])('QC-17: the retyped copy is one %s finding', (_label, start, end, kind) => {
    const report = run(raw, { 'party.ics': joint('j1@jb.gov.example', start, end), 'gov.ics': joint('j2@jb.gov.example', start, end) });
    expect(report.findings.map((f) => f.kind)).toEqual([kind]);
  });
});

describe('QC-19: the roster (coverage) or the routine meeting\'s calendar (cadence) could not be read', () => {
  const duty = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-07' },
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'cov', kind: 'coverage', calendar: 'duty' }],
  };
  const standing = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [{ id: 'party', file: 'party.ics', office: '区委办', level: 'district' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'cw', kind: 'cadence', event: { office: '区委办', summary: '常委会' }, every: 'week' }],
  };

  test('control: a readable, empty roster is all gap (error)', () => {
    const report = run(duty, { 'gov.ics': vcalendar([]), 'duty.ics': vcalendar([]) });
    expect(report.findings.map((f) => `${f.severity} ${f.kind}`)).toEqual(['error coverage-gap']);
  });

  // QC-19: with duty.ics missing (or a saved login page: not-icalendar), coverage says “duty 在 12月1日 00:00–12月8日 00:00
  // 无人值班（空档 7天）” — an error claiming the duty room was empty for a week, when the roster was simply not read. The README
  // already treats this for follows ("A calendar that could not be read": order-missing becomes info, data.unreadable);
  // coverage and cadence ("只安排了 0 次") make the same false claim. Expected: no error/warning verdict on an unread calendar —
  // an info saying it could not be judged, or nothing beyond the load problem.
  test.each([
    ['missing', undefined],
    ['a saved login page', '<!DOCTYPE html><html><body>请登录</body></html>'],
  ])('QC-19: coverage on a roster that is %s claims no gap', (_label, text) => {
    const files: Record<string, string> = { 'gov.ics': vcalendar([]) };
    if (text !== undefined) files['duty.ics'] = text;
    const report = run(duty, files);
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.kind)).toEqual([]);
  });

  test('QC-19: cadence on the unread 区委办 calendar claims no missed week', () => {
    const report = run(standing, { 'gov.ics': vcalendar([]) });
    expect(report.findings.filter((f) => f.severity !== 'info').map((f) => f.kind)).toEqual([]);
  });
});

describe('QC-26: a regional holiday added for 2027 (广西 “三月三”) in holidays.dates, as the README shows dates being added', () => {
  const raw = (holidays: unknown) => ({
    timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-12-31' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'wd', kind: 'working-days', event: {} }],
    holidays,
  });
  const meetings = vcalendar([
    ...shift('y@jb', '元旦团拜会', '20270101T090000', '20270101T100000'),
    ...shift('n@jb', '国庆值守调度会', '20271001T090000', '20271001T100000'),
  ]);

  test('control: without holiday data, 1 January and 1 October 2027 are holidays by law (《全国年节及纪念日放假办法》第二条)', () => {
    const report = run(raw(undefined), { 'gov.ics': meetings });
    expect(report.findings.map((f) => f.kind)).toEqual(['holiday', 'holiday']);
  });

  // QC-26: one regional date for 2027 (no `years`) makes 2027 a "supplied" year, whose unlisted days are ordinary days —
  // so 元旦 and 国庆, fixed by law and known before any notice, become working days, cited to the 广西 notice
  // (dayInfo('2027-01-01').source: “广西壮族自治区人民政府办公厅通知”), and both meetings pass. The README documents `years: []`
  // for single dates, but nothing warns (the ics path reports holiday-year-without-workdays for a year with no make-up day),
  // and a law-fixed day should never turn into a working day unless a date says so.
  test('QC-26: adding 三月三 (2027-04-09) keeps 元旦 and 国庆 2027 holidays', () => {
    const report = run(raw({ source: '广西壮族自治区人民政府办公厅通知', dates: { '2027-04-09': { kind: 'holiday', name: '三月三' } } }), { 'gov.ics': meetings });
    expect(report.findings.map((f) => f.kind)).toEqual(['holiday', 'holiday']);
  });
});

describe('QC-27: cadence and one joint meeting (same UID) that two offices wrote at different times (09:00 vs 09:30)', () => {
  // QC-27: README — "Copies with the same SEQUENCE that disagree on the time both keep booking their people … A finding that
  // cites one of them names the other … so that it reads as one meeting written two ways". no-double-booking and venue do so;
  // cadence counts the UID twice (copies count once only with "the same UID and start"): “…安排了 2 次，超过上限 1 次”.
  test('QC-27: the same UID at two times is one meeting for cadence', () => {
    const raw = {
      timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
      calendars: [{ id: 'party', file: 'party.ics', office: '区委办', level: 'district' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
      rules: [{ id: 'jl', kind: 'cadence', event: { summary: '联席会议' }, every: 'month', max: 1 }],
    };
    const report = run(raw, {
      'party.ics': vcalendar(shift('j@jb.gov.example', '四套班子联席会议', '20261214T090000', '20261214T110000')),
      'gov.ics': vcalendar(shift('j@jb.gov.example', '四套班子联席会议', '20261214T093000', '20261214T113000')),
    });
    expect(report.findings.map((f) => f.kind)).toEqual([]);
  });
});

describe('QC-35: a weekly routine meeting and the 春节 week with no working day at all (16–22 February 2026)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-02-02', to: '2026-03-01' },
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'wk', kind: 'cadence', event: { summary: '周例会' }, every: 'week' }],
  };
  // Mondays 08:30; the holidays' Mondays (16 and 23 February) excluded, as offices do.
  const weekly = vcalendar(shift('wk@jb.gov.example', '区政府周例会', '20260202T083000', '20260202T093000',
    ['RRULE:FREQ=WEEKLY;BYDAY=MO', 'EXDATE;TZID=Asia/Shanghai:20260216T083000,20260223T083000']));

  test('control: the week of 23 February (working days from Tuesday, 调休 Saturday 28th) without its meeting is reported', () => {
    const periods = run(raw, { 'gov.ics': weekly }).findings.map((f) => (f.kind === 'cadence-missed' ? f.data.periodStart : f.kind));
    expect(periods).toContain('2026-02-23T00:00:00+08:00');
  });

  // QC-35: 15–23 February 2026 are all days off (春节, 《国务院办公厅关于2026年部分节假日安排的通知》), so the ISO week 16–22 February holds no working day:
  // no 周例会 can be held, yet cadence warns “2026年2月16日至2月22日 期间“区政府周例会”只安排了 0 次”. Every weekly rule warns for the
  // 春节 week every year. Expected: a period without a working day (Chinese working calendar) is not judged, or info.
  test('QC-35: the all-holiday week of 16 February gives no warning', () => {
    const findings = run(raw, { 'gov.ics': weekly }).findings;
    expect(findings.filter((f) => f.kind === 'cadence-missed' && f.severity !== 'info' && f.data.periodStart === '2026-02-16T00:00:00+08:00')).toEqual([]);
  });
});

describe('QC-39: quiet-period — a part of the session that matches `during` itself (“人民代表大会闭幕会”) is held "during the session"', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' },
    calendars: [{ id: 'npc', file: 'npc.ics', office: '区人大办', level: 'district' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'q', kind: 'quiet-period', event: { not: { calendar: 'npc', summary: '主席团' } }, during: { summary: '人民代表大会' } }],
  };
  const files = {
    'npc.ics': vcalendar([
      ...['BEGIN:VEVENT', 'UID:n1@jb.gov.example', stamp, 'SUMMARY:江滨区第十九届人民代表大会第六次会议', 'DTSTART;VALUE=DATE:20270110', 'DTEND;VALUE=DATE:20270114', 'TRANSP:TRANSPARENT', 'END:VEVENT'],
      ...shift('n3@jb.gov.example', '人民代表大会闭幕会', '20270113T150000', '20270113T170000'),
    ]),
    'gov.ics': vcalendar(shift('g@jb.gov.example', '区政府专题会', '20270111T160000', '20270111T170000')),
  };

  test('control: the 区政府专题会 held during the session is reported', () => {
    const cited = run(raw, files).findings.map((f) => f.occurrences.map((o) => o.uid).sort().join(' '));
    expect(cited).toContain('g@jb.gov.example n1@jb.gov.example');
  });

  // QC-39: the closing sitting matches the `during` selector itself — it is the session — yet it is reported “人民代表大会闭幕会
  // （1月13日 15:00–17:00）与“江滨区第十九届人民代表大会第六次会议”…同时进行，此期间不宜安排此类会议”. follows already says "a meeting
  // matching both selectors is never its own prerequisite"; a meeting matching `during` should never be held "during" another
  // occurrence of the same session.
  test('QC-39: the closing sitting (matching `during`) is not reported', () => {
    const report = run(raw, files);
    expect(report.findings.filter((f) => f.occurrences.some((o) => o.uid === 'n3@jb.gov.example'))).toEqual([]);
  });
});

