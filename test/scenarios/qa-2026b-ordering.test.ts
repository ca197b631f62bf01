/**
 * QA 2026b (fresh-eyes QA, round 2): the ordering rules on a central → province → city → district
 * cascade, with working-day gaps over 国庆 2026, cycle boundaries and prerequisites given only as a
 * date. Each `test.failing` pins an open bug listed in /work/notes/qa-2026b.md under its QB id; flip
 * it to `test` when the bug is fixed.
 */
import { configWindow, loadCalendar, prepareCheck, proposalFromOccurrence, renderFinding, suggestSlots, type Occurrence } from '../../src/index.js';
import { config, digest, ofKind, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20260101T000000Z';
const sh = (prop: string, value: string): string => `${prop};TZID=Asia/Shanghai:${value}`;
function ev(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, sh('DTSTART', start), sh('DTEND', end), ...extra, 'END:VEVENT'];
}
const levels = [
  { id: 'central', file: 'central.ics', office: '国务院办公厅', level: 'central' },
  { id: 'prov', file: 'prov.ics', office: '省政府办公厅', level: 'province' },
  { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
  { id: 'dist', file: 'dist.ics', office: '区政府办', level: 'district' },
];

describe('the four-level cascade over 国庆 2026 (working-day gaps, 调休 Saturday 10 October)', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2026-09-01', to: '2026-10-31' }, calendars: levels,
    rules: [
      { id: 'c2p', kind: 'follows', dependent: { level: 'province', summary: '安全生产' }, prerequisite: { level: 'central', summary: '安全生产' }, maxGap: { workingDays: 1 } },
      { id: 'p2c', kind: 'follows', dependent: { level: 'city', summary: '安全生产' }, prerequisite: { level: 'province', summary: '安全生产' }, maxGap: { workingDays: 2 } },
      { id: 'c2d', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '安全生产' }, minGap: { workingDays: 1 }, maxGap: { workingDays: 2 } },
    ],
  };
  const files = {
    'central.ics': vcalendar(ev('c1@gov.cn', '全国安全生产电视电话会议', '20260929T090000', '20260929T110000')),
    'prov.ics': vcalendar(ev('p1@prov.example', '全省安全生产工作会议', '20260930T090000', '20260930T110000')),
    // Saturday 10 October 2026 is a 调休 working day: W1 after 30 Sep is 8 Oct, W2 9 Oct, W3 10 Oct.
    'city.ics': vcalendar(ev('m1@city.example', '全市安全生产工作会议', '20261010T090000', '20261010T110000')),
    'dist.ics': vcalendar([
      ...ev('d1@dist.example', '全区安全生产工作会议', '20261012T090000', '20261012T110000'), // W1 after 10 Oct: fine
      ...ev('d2@dist.example', '区安全生产专题会（传达）', '20261013T150000', '20261013T170000'), // W2: fine
      ...ev('d3@dist.example', '区安全生产部署会（传达）', '20261011T150000', '20261011T170000'), // Sunday: before W1
    ]),
  };

  test('control: the city is late by the 调休 Saturday, the Sunday relay is too early, the rest is in order', () => {
    const report = run(cfg, files);
    expect(digest(report)).toEqual(['order c2d d3@dist.example m1@city.example', 'order-late p2c m1@city.example p1@prov.example']);
    const late = ofKind(report, 'order-late')[0]!;
    expect(late.data.latestStart).toBe('2026-10-09');
    const order = ofKind(report, 'order')[0]!;
    expect(order.data.earliestStart).toBe('2026-10-12T00:00:00+08:00');
  });

  // QB-1: the `order` sentence says the dependent is “before” the prerequisite (之前 / "scheduled before")
  // when it is after it but inside the minimum gap (11 Oct is after 10 Oct). RFC 9253 §9.1 FINISHTOSTART with
  // a GAP (§6.2): the fault is "too soon", not "before".
  test.each(['zh-CN', 'en'] as const)('QB-1 (%s): a relay one day after the city meeting is not said to be before it', (lang) => {
    const order = ofKind(run(cfg, files), 'order')[0]!;
    const text = renderFinding(order, lang);
    expect(text).not.toMatch(lang === 'zh-CN' ? /安排在上级会议.*之前/u : /scheduled before/u);
  });

  test('QB-1: the same with a duration minGap (PT2H) and the relay an hour after the city meeting ends', () => {
    const report = run(
      { ...cfg, rules: [{ id: 'c2d', kind: 'follows', dependent: { level: 'district' }, prerequisite: { level: 'city' }, minGap: 'PT2H' }] },
      {
        'city.ics': vcalendar(ev('m1@city.example', '全市安全生产工作会议', '20261012T090000', '20261012T110000')),
        'dist.ics': vcalendar(ev('d9@dist.example', '全区安全生产工作会议', '20261012T120000', '20261012T130000')),
      },
    );
    const order = ofKind(report, 'order')[0]!;
    expect(order.data.earliestStart).toBe('2026-10-12T13:00:00+08:00');
    expect(renderFinding(order, 'zh-CN')).not.toMatch(/之前/u);
  });
});

describe('QB-2: cycle quarter, the city meeting on the last working afternoon of Q3 2026', () => {
  const raw = (distStart: string, distEnd: string) => ({
    timezone: 'Asia/Shanghai', window: { from: '2026-09-01', to: '2026-12-31' },
    calendars: levels.slice(2),
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '安全生产.*传达' }, prerequisite: { level: 'city', summary: '全市安全生产' }, cycle: 'quarter', minGap: { workingDays: 1 } }],
    _dist: [distStart, distEnd],
  });
  const files = (distStart: string, distEnd: string): Record<string, string> => ({
    'city.ics': vcalendar(ev('c1@city.example', '全市安全生产工作会议', '20260930T150000', '20260930T170000')),
    'dist.ics': vcalendar(ev('d1@dist.example', '全区安全生产工作会议（传达）', distStart, distEnd)),
  });
  const strip = ({ _dist: _, ...rest }: ReturnType<typeof raw>) => rest;

  test('control: the relay the day before the city meeting is an order, earliest 8 October (the first working day after 国庆)', () => {
    const report = run(strip(raw('20260929T090000', '20260929T110000')), files('20260929T090000', '20260929T110000'));
    expect(digest(report)).toEqual(['order relay c1@city.example d1@dist.example']);
    expect(ofKind(report, 'order')[0]!.data.earliestStart).toBe('2026-10-08T00:00:00+08:00');
  });

  // QB-2: following the finding's own advice (8 October, in Q4) gives “上级会议尚未安排” for Q4.
  test('QB-2: the relay moved to the advised 8 October is in order', () => {
    const report = run(strip(raw('20261008T090000', '20261008T110000')), files('20261008T090000', '20261008T110000'));
    expect(digest(report)).toEqual([]);
  });

  // QB-2: the assistant finds nothing to the end of the window (the advised day is never offered).
  test('QB-2: suggestSlots offers 8 October for the relay', () => {
    const c = config(strip(raw('20260929T090000', '20260929T110000')));
    const span = configWindow(c.window, c.timezone);
    const sources = files('20260929T090000', '20260929T110000');
    const occurrences: Occurrence[] = c.calendars.flatMap((cal) => [
      ...loadCalendar(sources[cal.file]!, { meta: { id: cal.id, office: cal.office, level: cal.level }, window: span, defaultZone: c.timezone, file: cal.file }).occurrences,
    ]);
    const prepared = prepareCheck({ occurrences, config: c, window: c.window });
    const relay = occurrences.find((o) => o.uid === 'd1@dist.example')!;
    const result = suggestSlots(proposalFromOccurrence(relay), prepared, { count: 1, from: '2026-09-29' });
    expect(result.slots.map((s) => s.start.slice(0, 10))).toEqual(['2026-10-08']);
  });
});

describe('QB-3: a prerequisite written as a whole day (VALUE=DATE), the relay the same afternoon', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, calendars: levels.slice(2),
    rules: [{ id: 'r', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, cycle: 'month' }],
  };
  const city = (day: string, next: string) => vcalendar(['BEGIN:VEVENT', 'UID:a@city.example', stamp, 'SUMMARY:全市河长制工作会议',
    `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'END:VEVENT']);
  const dist = vcalendar(ev('d1@dist.example', '传达全市会议精神', '20220510T150000', '20220510T170000'));

  test('control: the city meeting the day before is in order', () => {
    expect(digest(run(cfg, { 'city.ics': city('20220509', '20220510'), 'dist.ics': dist }))).toEqual([]);
  });

  // QB-3: a date alone cannot prove the afternoon relay early; the error and the 00:00 advice over-claim.
  test('QB-3: the same-day relay is not an order error, and no midnight start is advised', () => {
    const report = run(cfg, { 'city.ics': city('20220510', '20220511'), 'dist.ics': dist });
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
    for (const f of report.findings) expect(f.suggestion?.earliestStart ?? '').not.toMatch(/T00:00:00/u);
  });
});

describe('QB-6: REFID across city → district → township, the district calendar holding a copy of the city meeting', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    calendars: [...levels.slice(2), { id: 'town', file: 'town.ics', office: '青石镇党政办', level: 'township' }],
  };
  const refid = ['REFID:2022-hzz'];
  const cityMeeting = ev('c@city.example', '全市河长制会议', '20220420T090000', '20220420T110000', refid);
  const files = (copy: boolean, townStart: string, townEnd: string): Record<string, string> => ({
    'city.ics': vcalendar(cityMeeting),
    'dist.ics': vcalendar([...(copy ? cityMeeting : []), ...ev('d@dist.example', '全区河长制会议', '20220421T090000', '20220421T110000', refid)]),
    'town.ics': vcalendar(ev('t@town.example', '全镇河长制会议', townStart, townEnd, refid)),
  });

  test('control: without the copy, the township meeting of 20 April 14:00 is before the district meeting of 21 April', () => {
    const report = run(cfg, files(false, '20220420T140000', '20220420T160000'));
    expect(digest(report)).toEqual(['order related-to d@dist.example t@town.example']);
  });

  // QB-6: the copy of the city meeting on the district calendar is taken for a district meeting.
  test('QB-6: with the copy, the same order is found', () => {
    const report = run(cfg, files(true, '20220420T140000', '20220420T160000'));
    expect(digest(report)).toEqual(['order related-to d@dist.example t@town.example']);
  });

  test('QB-6: with the township meeting on 19 April, the order names the district meeting and advises 21 April 11:00', () => {
    const report = run(cfg, files(true, '20220419T090000', '20220419T110000'));
    const order = ofKind(report, 'order');
    expect(order.map((f) => [f.data.prerequisite, f.data.earliestStart])).toEqual([['全区河长制会议', '2022-04-21T11:00:00+08:00']]);
  });
});

describe('QB-6 (follows): township after district by a level selector, the district calendar holding a copy of the city meeting', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    calendars: [...levels.slice(2), { id: 'town', file: 'town.ics', office: '青石镇党政办', level: 'township' }],
    rules: [{ id: 'd2t', kind: 'follows', dependent: { level: 'township', summary: '河长制' }, prerequisite: { level: 'district', summary: '河长制' }, cycle: 'year' }],
  };
  const cityMeeting = ev('c@city.example', '全市河长制会议', '20220420T090000', '20220420T110000');
  const files = (copy: boolean): Record<string, string> => ({
    'city.ics': vcalendar(cityMeeting),
    'dist.ics': vcalendar([...(copy ? cityMeeting : []), ...ev('d@dist.example', '全区河长制会议', '20220421T090000', '20220421T110000')]),
    'town.ics': vcalendar(ev('t@town.example', '全镇河长制会议', '20220420T140000', '20220420T160000')),
  });

  test('control: without the copy, order against 全区河长制会议', () => {
    expect(digest(run(cfg, files(false)))).toEqual(['order d2t d@dist.example t@town.example']);
  });

  // QB-6: the city meeting's copy (same UID as on the city calendar) is a "district" prerequisite.
  test('QB-6: with the copy, the same order is found', () => {
    expect(digest(run(cfg, files(true)))).toEqual(['order d2t d@dist.example t@town.example']);
  });
});

describe('QB-20: a city leader\'s own calendar (level city) holds his copy of the district meeting he attends', () => {
  const cfg = (withCopy: boolean) => ({
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    people: [{ id: 'wang', name: '王建国', aliases: ['mailto:wangjg@city.example'], roles: ['副市长'] }],
    calendars: [...levels.slice(2), ...(withCopy ? [{ id: 'wang', file: 'wang.ics', owner: 'wang', level: 'city' }] : [])],
  });
  const refid = ['REFID:2022-hzz'];
  const district = ev('d@dist.example', '全区河长制会议', '20220419T090000', '20220419T110000', refid);
  const files = {
    'city.ics': vcalendar(ev('c@city.example', '全市河长制会议', '20220420T090000', '20220420T110000', refid)),
    'dist.ics': vcalendar(district),
    'wang.ics': vcalendar(district),
  };

  test('control: without his copy, the district meeting of 19 April is before the city meeting of 20 April', () => {
    expect(digest(run(cfg(false), files))).toEqual(['order related-to c@city.example d@dist.example']);
  });

  // QB-20: the copy on a city-level (personal) calendar makes the district meeting a city holder of the REFID;
  // mirror of QB-6, so "take the highest level of a copy group" would not fix both.
  test('QB-20: with his copy, the same order is found', () => {
    expect(digest(run(cfg(true), files))).toEqual(['order related-to c@city.example d@dist.example']);
  });
});

describe('QB-22: 先党委后政府 — a follows rule between two offices of the same level', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
    calendars: [
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'dangzheng', kind: 'follows', dependent: { office: '区政府办', summary: '常务会议' }, prerequisite: { office: '区委办', summary: '常委会' }, cycle: 'week' }],
  };
  const files = {
    'party.ics': vcalendar(ev('cwh-0519@party.example', '区委常委会会议', '20220519T090000', '20220519T120000')),
    'gov.ics': vcalendar(ev('cw-0517@gov.example', '区政府常务会议', '20220517T150000', '20220517T170000')),
  };

  test('control: the 常务会议 before the 常委会 of its week is an order', () => {
    expect(digest(run(cfg, files))).toEqual(['order dangzheng cw-0517@gov.example cwh-0519@party.example']);
  });

  // QB-22: the sentence calls the 区委常委会 a “上级会议” / "higher-level meeting" and the 常务会议 “本级会议”;
  // both are district meetings (the rule orders two offices of one level, as 先党委后政府 does).
  test.each(['zh-CN', 'en'] as const)('QB-22 (%s): a same-level prerequisite is not called a higher-level meeting', (lang) => {
    const order = ofKind(run(cfg, files), 'order')[0]!;
    expect(renderFinding(order, lang)).not.toMatch(lang === 'zh-CN' ? /上级会议/u : /higher-level/u);
  });
});

describe('QB-26: after the QB-2 fix (a5ed20f) — two district offices relay the city meeting of 30 September in the first days of Q4', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2026-09-01', to: '2026-12-31' },
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '全市安全生产' }, cycle: 'quarter', minGap: { workingDays: 1 } }],
  };
  const files = {
    'city.ics': vcalendar(ev('c1@city.example', '全市安全生产工作会议', '20260930T150000', '20260930T170000')),
    'party.ics': vcalendar(ev('p1@party.example', '区委常委会（传达全市安全生产工作会议精神）', '20261008T090000', '20261008T110000')),
    'gov.ics': vcalendar(ev('g1@gov.example', '全区安全生产工作会议', '20261009T090000', '20261009T110000')),
  };

  // QB-26: the carried-over prerequisite serves only the next period's *first* relay; the 区政府办's relay a day
  // later is “上级会议尚未安排…2026年第4季度内没有找到”. Several dependents of one prerequisite are ordinary.
  test('QB-26: both relays (8 and 9 October) follow the city meeting of 30 September', () => {
    expect(digest(run(cfg, files))).toEqual([]);
  });
});

describe('QB-27: after the QB-3 fix (407ae29) — the same day written as a date on the other side, or on both sides', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, calendars: levels.slice(2),
    rules: [{ id: 'r', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, cycle: 'month' }],
  };
  const allDay = (uid: string, summary: string, day: string, next: string): string[] =>
    ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'END:VEVENT'];

  test('control (QB-3 fixed): a date-only city meeting and a timed relay that afternoon is undetermined (info)', () => {
    const report = run(cfg, { 'city.ics': vcalendar(allDay('c@city.example', '全市河长制工作会议', '20220510', '20220511')),
      'dist.ics': vcalendar(ev('d@dist.example', '传达全市会议精神', '20220510T150000', '20220510T170000')) });
    expect(report.findings.map((f) => [f.kind, f.severity])).toEqual([['order', 'info']]);
  });

  // QB-27: a timed city meeting (09:00–11:00) and a relay written as the whole day 10 May, or both written as
  // 10 May, are still an `order` error “安排在…之前” — the relay may well be that afternoon, as in QB-3.
  test.each([
    ['the relay as a date, the city meeting timed', false],
    ['both as dates', true],
  ])('QB-27: %s on the same day is not an order error', (_name, cityAllDay) => {
    const city = cityAllDay ? allDay('c@city.example', '全市河长制工作会议', '20220510', '20220511') : ev('c@city.example', '全市河长制工作会议', '20220510T090000', '20220510T110000');
    const report = run(cfg, { 'city.ics': vcalendar(city), 'dist.ics': vcalendar(allDay('d@dist.example', '传达全市会议精神', '20220510', '20220511')) });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('QB-33: the district calendar records its attendance of the city meeting in its own words, at the city meeting\'s times', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, calendars: levels.slice(2),
    rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '全市安全生产' }, cycle: 'month' }],
  };
  const files = (summary: string) => ({
    'city.ics': vcalendar(ev('c1@city.example', '全市安全生产电视电话会议', '20220510T090000', '20220510T110000', ['LOCATION:市行政中心'])),
    'dist.ics': vcalendar([...ev('x@dist.example', summary, '20220510T090000', '20220510T110000'),
      ...ev('d1@dist.example', '全区安全生产工作会议', '20220512T090000', '20220512T110000')]),
  });

  test('control (QA26-38 wording): 参加全市安全生产电视电话会议 is the attendance, not a relay', () => {
    expect(digest(run(cfg, files('参加全市安全生产电视电话会议')))).toEqual([]);
  });

  // QB-33: “区长参加…（视频）” and “组织收看…” (the district watches the city's 电视电话会议 at its 分会场, which is how it
  // attends) are judged as district relays held before the city meeting ends: order errors.
  test.each(['区长参加全市安全生产电视电话会议（视频）', '组织收看全市安全生产电视电话会议'])('QB-33: “%s” at the same times is no order', (summary) => {
    expect(digest(run(cfg, files(summary)))).toEqual([]);
  });
});

describe('QB-41: a follows rule and a shared REFID say the same thing about one pair of meetings', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, calendars: levels.slice(2),
    rules: [{ id: 'f', kind: 'follows', dependent: { level: 'district', summary: '河长制' }, prerequisite: { level: 'city', summary: '河长制' } }],
  };
  const refid = ['REFID:2022-hzz'];
  const files = {
    'city.ics': vcalendar(ev('c@city.example', '全市河长制会议', '20220420T090000', '20220420T110000', refid)),
    'dist.ics': vcalendar(ev('d@dist.example', '全区河长制会议', '20220419T090000', '20220419T110000', refid)),
  };

  // QB-41: two `order` errors for one early meeting (rule f and related-to), same pair, same earliest start:
  // the report counts 2 errors for one problem and `suggest` lists the meeting's conflict twice.
  test('QB-41: one order finding for the pair (the rule\'s, naming the REFID too, or the other left out)', () => {
    expect(ofKind(run(cfg, files), 'order')).toHaveLength(1);
  });
});

describe('QB-43: after the QB-20 fix (f2341df) — the city office\'s “市领导活动安排” calendar holds the district meeting a city leader attends', () => {
  const cfg = (withCopy: boolean) => ({
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' },
    calendars: [...levels.slice(2), ...(withCopy ? [{ id: 'cityact', file: 'cityact.ics', office: '市委办', level: 'city', name: '市领导活动安排' }] : [])],
  });
  const refid = ['REFID:2022-hzz'];
  const district = ev('d@dist.example', '全区河长制会议', '20220419T090000', '20220419T110000', ['ORGANIZER;CN=区委办:mailto:qwb@jb.gov.example', ...refid]);
  const files = {
    'city.ics': vcalendar(ev('c@city.example', '全市河长制会议', '20220420T090000', '20220420T110000', refid)),
    'dist.ics': vcalendar(district),
    'cityact.ics': vcalendar(district),
  };

  test('control: without the city office\'s copy, the district meeting of 19 April is before the city meeting', () => {
    expect(digest(run(cfg(false), files))).toEqual(['order related-to c@city.example d@dist.example']);
  });

  // QB-43: "a meeting's level comes from the office calendars holding it" takes the highest: the district meeting
  // (organized by the 区委办) becomes a city meeting because a city office calendar lists it, and its order is missed.
  test('QB-43: with the city office\'s copy, the same order is found', () => {
    expect(digest(run(cfg(true), files))).toEqual(['order related-to c@city.example d@dist.example']);
  });
});
