/**
 * Since the checker looks back to the start of a follows rule's cycle period (QA-4 fix), what it reads
 * before the window must not leak into the report: no findings wholly before the window, and the
 * per-calendar occurrence cap counts what the window holds.
 */
import { renderFinding } from '../../src/index.js';
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const base = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, people,
  calendars: [
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
    { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
  ],
  rules: [
    { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' },
    { id: 'people', kind: 'no-double-booking' },
  ],
  ...extra,
});
const ev = (uid: string, s: string, e: string, summary: string, extra: string[] = []): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220101T000000Z',
  `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];

describe('looking back for prerequisites', () => {
  test('a double booking in February is not reported in a Q2 check; one in May is', () => {
    const report = run(base(), {
      'city.ics': vcalendar([...ev('f1', '20220210T090000', '20220210T110000', '二月会一', [li]), ...ev('m1', '20220510T090000', '20220510T110000', '五月会一', [li])]),
      'district.ics': vcalendar([...ev('f2', '20220210T100000', '20220210T120000', '二月会二', [li]), ...ev('m2', '20220510T100000', '20220510T120000', '五月会二', [li])]),
    });
    expect(digest(report)).toEqual(['double-booking people m1 m2']);
    expect(report.summary.occurrences).toBe(2);
  });

  test('an order finding wholly before the window (Feb district before Mar city) is not reported', () => {
    const report = run(base(), {
      'city.ics': vcalendar(ev('c', '20220310T090000', '20220310T110000', '市总河长会议')),
      'district.ics': vcalendar(ev('d', '20220301T090000', '20220301T110000', '区总河长会议')),
    });
    expect(digest(report)).toEqual([]);
  });

  // Regression, qa-bugs.md QA-13 (fixed): the look-back months get cap room of their own.
  test('a daily roster from 1 January under a cap of 150: Q2 holds 91, so no cap warning and all 91 counted', () => {
    const report = run(base({ maxOccurrencesPerCalendar: 150 }), {
      'city.ics': vcalendar(['BEGIN:VEVENT', 'UID:duty', 'DTSTAMP:20220101T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220101T080000',
        'DTEND;TZID=Asia/Shanghai:20220101T083000', 'RRULE:FREQ=DAILY', 'SUMMARY:值班交接', 'END:VEVENT']),
      'district.ics': vcalendar([]),
    });
    expect(report.summary.occurrences).toBe(91);
    expect(report.problems.filter((p) => p.code === 'occurrence-cap')).toEqual([]);
  });
});

describe('order-missing says from when the calendars were really searched', () => {
  test('yearly cycle, Q2 window: searched from 1 January, so the "只查看了…起" clause is gone', () => {
    const report = run(base(), { 'city.ics': vcalendar([]), 'district.ics': vcalendar(ev('d', '20220513T090000', '20220513T110000', '区总河长会议')) });
    const [missing] = ofKind(report, 'order-missing');
    expect(missing!.data).toMatchObject({ period: '2022-01-01', checkedFrom: '2022-01-01' });
    expect(renderFinding(missing!, 'zh-CN')).not.toContain('只查看了');
  });

  test('cycle none: searched one year back, and it says so', () => {
    const rules = [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '总河长' }, prerequisite: { level: 'city', summary: '总河长' } }];
    const report = run(base({ rules }), { 'city.ics': vcalendar([]), 'district.ics': vcalendar(ev('d', '20220513T090000', '20220513T110000', '区总河长会议')) });
    expect(ofKind(report, 'order-missing').map((f) => [f.data.period, f.data.checkedFrom])).toEqual([['*', '2021-04-01']]);
  });
});

describe('links across the window start', () => {
  const linksOnly = (): Record<string, unknown> => base({ rules: [] });
  test('REFID: the city meeting on 30 March, the district one on 2 April → nothing', () => {
    const report = run(linksOnly(), {
      'city.ics': vcalendar(ev('c', '20220330T090000', '20220330T110000', '全市营商环境大会', ['REFID:2022-营商环境'])),
      'district.ics': vcalendar(ev('d', '20220402T090000', '20220402T110000', '全区营商环境推进会', ['REFID:2022-营商环境'])),
    });
    expect(digest(report)).toEqual([]);
  });

  test('RELATED-TO FINISHTOSTART: the city meeting on 31 March → nothing', () => {
    const report = run(linksOnly(), {
      'city.ics': vcalendar(ev('c', '20220331T090000', '20220331T110000', '全市大会')),
      'district.ics': vcalendar(ev('d', '20220401T090000', '20220401T110000', '全区大会', ['RELATED-TO;RELTYPE=FINISHTOSTART:c'])),
    });
    expect(digest(report)).toEqual([]);
  });

  test('REFID: city meeting only cancelled (inside the window) → order-missing', () => {
    const report = run(linksOnly(), {
      'city.ics': vcalendar(ev('c', '20220401T090000', '20220401T110000', '全市营商环境大会', ['REFID:2022-营商环境', 'STATUS:CANCELLED'])),
      'district.ics': vcalendar(ev('d', '20220402T090000', '20220402T110000', '全区营商环境推进会', ['REFID:2022-营商环境'])),
    });
    expect(digest(report)).toEqual(['order-missing related-to d']);
  });

  // Regression, qa-bugs.md QA-14 (fixed): when a meeting in the window carries a link, the year before the window is read for its targets.
  test('REFID: city meeting only cancelled in March and the district one in April → order-missing counting it', () => {
    const report = run(linksOnly(), {
      'city.ics': vcalendar(ev('c', '20220330T090000', '20220330T110000', '全市营商环境大会', ['REFID:2022-营商环境', 'STATUS:CANCELLED'])),
      'district.ics': vcalendar(ev('d', '20220402T090000', '20220402T110000', '全区营商环境推进会', ['REFID:2022-营商环境'])),
    });
    expect(digest(report)).toEqual(['order-missing related-to d']);
  });
});

describe('links across the window start: what the second reading keeps', () => {
  const linksOnly = (): Record<string, unknown> => base({ rules: [], people });
  test('RELATED-TO: the target on 20 March (in order) beats a later copy of the series in the window → nothing', () => {
    const report = run(linksOnly(), {
      'city.ics': vcalendar([
        ...ev('c', '20220320T090000', '20220320T110000', '全市大会', ['RRULE:FREQ=WEEKLY;COUNT=5']),
      ]),
      'district.ics': vcalendar(ev('d', '20220401T090000', '20220401T110000', '全区大会', ['RELATED-TO;RELTYPE=FINISHTOSTART:c'])),
    });
    expect(digest(report)).toEqual([]);
  });

  test('RELATED-TO: a target only on the calendar in March, cancelled → order-missing (read back because the target was not loaded)', () => {
    const report = run(linksOnly(), {
      'city.ics': vcalendar(ev('c', '20220325T090000', '20220325T110000', '全市大会', ['STATUS:CANCELLED'])),
      'district.ics': vcalendar(ev('d', '20220401T090000', '20220401T110000', '全区大会', ['RELATED-TO;RELTYPE=FINISHTOSTART:c'])),
    });
    expect(digest(report)).toEqual(['order-missing related-to d']);
  });

  test('a March meeting without links is not read back: no double booking before the window, no counts', () => {
    const report = run(base({ rules: [{ id: 'people', kind: 'no-double-booking' }] }), {
      'city.ics': vcalendar([...ev('x', '20220310T090000', '20220310T110000', '三月会一', [li]), ...ev('c', '20220330T090000', '20220330T110000', '全市营商环境大会', ['REFID:k'])]),
      'district.ics': vcalendar([...ev('y', '20220310T100000', '20220310T120000', '三月会二', [li]), ...ev('d', '20220402T090000', '20220402T110000', '全区营商环境推进会', ['REFID:k'])]),
    });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(1);
    expect(report.summary.events).toBe(4);
  });

  test('a REFID target more than a year before the window is not looked for → nothing (only cancelled ones would count)', () => {
    const report = run(linksOnly(), {
      'city.ics': vcalendar(ev('c', '20210320T090000', '20210320T110000', '全市营商环境大会', ['REFID:k', 'STATUS:CANCELLED'])),
      'district.ics': vcalendar(ev('d', '20220402T090000', '20220402T110000', '全区营商环境推进会', ['REFID:k'])),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('cycle none with a maximum gap', () => {
  const noneRule = (maxGap: string): Record<string, unknown> => base({ rules: [
    { id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, maxGap },
  ] });
  // Regression, qa-bugs.md QA-17 (fixed): cycle none looks back one year whatever maxGap says.
  test('city meeting 13 days before a 2 April district one, maxGap P7D → order-late (it exists, it is just too far)', () => {
    const report = run(noneRule('P7D'), {
      'city.ics': vcalendar(ev('c', '20220320T090000', '20220320T110000', '全市工作会议')),
      'district.ics': vcalendar(ev('d', '20220402T090000', '20220402T110000', '传达全市工作会议精神')),
    });
    expect(digest(report)).toEqual(['order-late relay c d']);
  });

  test('a city meeting 13 months before → order-missing (cycle none looks back one year)', () => {
    const report = run(noneRule('P7D'), {
      'city.ics': vcalendar(ev('c', '20210301T090000', '20210301T110000', '全市工作会议')),
      'district.ics': vcalendar(ev('d', '20220402T090000', '20220402T110000', '传达全市工作会议精神')),
    });
    expect(digest(report)).toEqual(['order-missing relay d']);
  });
});

describe('the previous period’s last meeting is read too (carried over, QB-2)', () => {
  const q4 = (extra: string[] = []) => ({
    'city.ics': vcalendar(ev('c', '20220930T150000', '20220930T170000', '市总河长会议')),
    'district.ics': vcalendar([...ev('d', '20221008T090000', '20221008T110000', '区总河长会议'), ...extra]),
  });
  const quarterly = base({
    window: { from: '2022-10-01', to: '2022-12-31' },
    rules: [{ id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'quarter', minGap: { workingDays: 1 } }],
  });

  test('a Q4 check: the city meeting of the last afternoon of Q3 is the prerequisite of the relay on 8 October', () => {
    expect(digest(run(quarterly, q4()))).toEqual([]);
  });

  test('a Q4 check: relayed already on 30 September, it leaves the October meeting without a Q4 city meeting', () => {
    const report = run(quarterly, q4(ev('d0', '20220930T180000', '20220930T190000', '区总河长会议（连夜传达）')));
    expect(digest(report)).toEqual(['order-missing river-chief d']);
  });
});
