/**
 * The CLI formatters on hand-built values (no loader): ordering, ISO forms, Chinese and English
 * dates, all-day and cross-midnight spans, and the check report's grouping.
 */
import { DateTime } from 'luxon';
import { compareOccurrences, expandToJson, isoValue, problemOf } from '../../src/cli/format-json.js';
import { formatCheckText, formatExpandText, MAX_LISTED_OCCURRENCES, problemLocation } from '../../src/cli/format-text.js';
import { formatSpan, fromReportIso } from '../../src/cli/format-time.js';
import { cliMessages } from '../../src/messages/cli-catalog.js';
import type { Report } from '../../src/check/report.js';
import { summarize } from '../../src/check/report.js';
import type { LoadResult } from '../../src/model/load-result.js';
import type { Problem } from '../../src/model/problem.js';
import { renderProblem } from '../../src/messages/render.js';
import { calendar, occurrence } from '../helpers/occurrence.js';

const zh = cliMessages('zh-CN');
const en = cliMessages('en');
const sh = (iso: string) => DateTime.fromISO(iso, { zone: 'Asia/Shanghai' });

describe('formatSpan', () => {
  test.each([
    ['2022-05-10T09:00', '2022-05-10T11:00', false, '2022年5月10日 星期二 09:00–11:00', 'Tue 10 May 2022 09:00–11:00'],
    ['2022-05-10T23:00', '2022-05-11T01:00', false, '2022年5月10日 星期二 23:00 – 5月11日 星期三 01:00', 'Tue 10 May 2022 23:00 – Wed 11 May 01:00'],
    ['2022-05-10T09:00', '2022-05-10T09:00', false, '2022年5月10日 星期二 09:00', 'Tue 10 May 2022 09:00'],
    ['2022-05-05', '2022-05-06', true, '2022年5月5日 星期四 全天', 'Thu 5 May 2022 all day'],
    ['2022-05-05', '2022-05-07', true, '2022年5月5日 星期四 – 5月6日 星期五 全天', 'Thu 5 May 2022 – Fri 6 May all day'],
    ['2022-12-31', '2023-01-02', true, '2022年12月31日 星期六 – 2023年1月1日 星期日 全天', 'Sat 31 Dec 2022 – Sun 1 Jan 2023 all day'],
  ])('%s → %s (%s)', (start, end, allDay, zhText, enText) => {
    expect(formatSpan(sh(start), sh(end), allDay, zh)).toBe(zhText);
    expect(formatSpan(sh(start), sh(end), allDay, en)).toBe(enText);
  });

  test('report values are shown at their own offset, not the host zone', () => {
    const start = fromReportIso('2022-05-10T09:00:00+08:00');
    expect(formatSpan(start, fromReportIso('2022-05-10T10:00:00+08:00'), false, zh)).toBe('2022年5月10日 星期二 09:00–10:00');
    expect(fromReportIso('2022-05-10').toISODate()).toBe('2022-05-10');
  });
});

describe('expand JSON and text', () => {
  const party = { id: 'party', defaultZone: 'Asia/Shanghai' };
  const occurrences = [
    occurrence({ calendar: party, uid: 'b', start: '2022-05-10 09:00', end: '2022-05-10 10:00', summary: '乙' }),
    occurrence({ calendar: party, uid: 'a', start: '2022-05-10 09:00', end: '2022-05-10 09:30', summary: '甲', status: 'cancelled' }),
    occurrence({ calendar: party, uid: 'd', start: '2022-05-05', end: '2022-05-07', summary: '调研' }),
    occurrence({ calendar: party, uid: 'ny', zone: 'America/New_York', start: '2022-05-09 20:00', end: '2022-05-09 21:00', summary: '视频会议' }),
  ];
  const problem: Problem = { code: 'undecodable-input', severity: 'error', source: { file: 'party.ics', line: 40 }, data: { detail: 'x' } };
  const result: LoadResult = {
    calendar: calendar(party),
    occurrences,
    skipped: [{ component: 'VEVENT', uid: 'bad', recurrenceId: null, code: 'undecodable-input', source: { file: 'party.ics', line: 40 } }],
    problems: [problem],
    counts: { components: 5, loaded: 4, skipped: 1 },
  };

  test('JSON: sorted by start instant then uid; offsets of the written zone; all-day as dates', () => {
    const json = expandToJson(result, 'en');
    expect(json.occurrences.map((o) => [o.uid, o.start, o.end, o.allDay])).toEqual([
      ['d', '2022-05-05', '2022-05-07', true],
      // 9 May 20:00 in New York is 10 May 08:00 in Shanghai: before the 09:00 meetings.
      ['ny', '2022-05-09T20:00:00-04:00', '2022-05-09T21:00:00-04:00', false],
      ['a', '2022-05-10T09:00:00+08:00', '2022-05-10T09:30:00+08:00', false],
      ['b', '2022-05-10T09:00:00+08:00', '2022-05-10T10:00:00+08:00', false],
    ]);
    expect(json.occurrences[2]).toEqual({
      uid: 'a',
      recurrenceId: null,
      start: '2022-05-10T09:00:00+08:00',
      end: '2022-05-10T09:30:00+08:00',
      allDay: false,
      summary: '甲',
      status: 'cancelled',
      calendar: 'party',
    });
    expect(json.skipped).toEqual([{ code: 'undecodable-input', line: 40, message: renderProblem(problem, 'en') }]);
  });

  test('text: Chinese dates, status and foreign zone marked, skipped with file:line, summary', () => {
    expect(formatExpandText(result, { from: '2022-05-01', to: '2022-05-31' }, 'zh-CN').split('\n')).toEqual([
      '2022年5月5日 星期四 – 5月6日 星期五 全天  调研',
      '2022年5月9日 星期一 20:00–21:00  视频会议  [America/New_York]',
      '2022年5月10日 星期二 09:00–09:30  甲（已取消）',
      '2022年5月10日 星期二 09:00–10:00  乙',
      '',
      '未读取的组件（1 个）：',
      `  party.ics:40  VEVENT  ${renderProblem(problem, 'zh-CN')}  [undecodable-input]`,
      '',
      '2022-05-01 至 2022-05-31 共 4 个会议场次；未读取 1 个组件。',
      '',
    ]);
  });

  test('problemOf finds the problem at a property line inside the skipped component, not one before it', () => {
    const at = (line: number): Problem => ({ code: 'undecodable-input', severity: 'error', source: { file: 'party.ics', line }, data: { detail: String(line) } });
    const skipped = { component: 'VEVENT', uid: null, recurrenceId: null, code: 'undecodable-input' as const, source: { file: 'party.ics', line: 29 } };
    expect(problemOf(skipped, [at(12), at(40), at(32)])).toEqual(at(32));
    expect(problemOf(skipped, [at(12)])).toBeUndefined();
  });

  test('compareOccurrences is a total order independent of input order', () => {
    const shuffled = [...occurrences].reverse().sort(compareOccurrences).map((o) => o.uid);
    expect(shuffled).toEqual([...occurrences].sort(compareOccurrences).map((o) => o.uid));
  });

  test('isoValue writes seconds and the offset, and no zero milliseconds', () => {
    expect(isoValue(sh('2022-05-10T09:00:30'), false)).toBe('2022-05-10T09:00:30+08:00');
    expect(isoValue(sh('2022-05-10T00:00'), true)).toBe('2022-05-10');
  });
});

describe('check text', () => {
  const ref = (uid: string, start: string, end: string, office: string | null) => ({
    key: `c/${uid}`,
    calendar: 'c',
    office,
    uid,
    recurrenceId: null,
    start,
    end,
    allDay: false,
    summary: uid === 'x' ? '区委常委会' : '区政府常务会议',
  });
  const venue = {
    id: 'f1',
    rule: 'rooms',
    kind: 'venue' as const,
    severity: 'error' as const,
    data: {
      first: '区委常委会',
      firstStart: '2022-05-10T09:00:00+08:00',
      firstEnd: '2022-05-10T11:00:00+08:00',
      firstCalendar: 'c',
      second: '区政府常务会议',
      secondStart: '2022-05-10T10:00:00+08:00',
      secondEnd: '2022-05-10T12:00:00+08:00',
      secondCalendar: 'c',
      overlapStart: '2022-05-10T10:00:00+08:00',
      overlapEnd: '2022-05-10T11:00:00+08:00',
      location: '301会议室',
    },
    occurrences: [ref('x', '2022-05-10T09:00:00+08:00', '2022-05-10T11:00:00+08:00', '区委办'), ref('y', '2022-05-10T10:00:00+08:00', '2022-05-10T12:00:00+08:00', null)],
    people: [],
    suggestion: null,
  };
  const warning = { ...venue, id: 'f2', severity: 'warning' as const };
  const report: Report = {
    version: 1,
    window: { from: '2022-05-01', to: '2022-05-31', timezone: 'Asia/Shanghai' },
    findings: [venue, warning],
    problems: [{ code: 'invalid-duration', severity: 'warning', source: { file: 'tongchou.json', path: ['rules', 2, 'minGap'] }, data: { value: 'P1X' } }],
    summary: summarize([venue, warning], { calendars: 2, events: 2, occurrences: 2, skipped: 0 }),
  };

  test('errors, then warnings, each numbered, with the meetings and the office (else calendar id)', () => {
    const lines = formatCheckText(report, 'zh-CN').split('\n');
    expect(lines[0]).toBe('错误（1 项）');
    expect(lines[2]).toMatch(/^1\. .*\[rooms · venue\]$/);
    expect(lines[3]).toBe('   · 2022年5月10日 星期二 09:00–11:00　“区委常委会”（区委办）');
    expect(lines[4]).toBe('   · 2022年5月10日 星期二 10:00–12:00　“区政府常务会议”（c）');
    expect(lines[6]).toBe('警告（1 项）');
    expect(lines[8]).toMatch(/^2\. /);
    expect(lines.find((l) => l.startsWith('  tongchou.json: rules[2].minGap  警告  '))).toMatch(/P1X.*\[invalid-duration\]$/);
    expect(lines.at(-2)).toBe('共检查 2 个日历、2022-05-01 至 2022-05-31 的 2 个会议场次（未读取 0 个组件）：错误 1 项，警告 1 项，提示 0 项。');
  });

  test('a calendar without an office is shown by the name given for it, else its id', () => {
    const lines = formatCheckText(report, 'zh-CN', new Map([['c', '区政府办日程']])).split('\n');
    expect(lines[3]).toContain('（区委办）');
    expect(lines[4]).toBe('   · 2022年5月10日 星期二 10:00–12:00　“区政府常务会议”（区政府办日程）');
  });

  test('no findings says so', () => {
    const empty: Report = { ...report, findings: [], problems: [], summary: summarize([], { calendars: 1, events: 0, occurrences: 0, skipped: 0 }) };
    expect(formatCheckText(empty, 'en').split('\n')[0]).toBe('No conflicts found.');
    expect(formatCheckText(empty, 'en')).not.toContain('--from');
  });

  test('events loaded but none in the window: the text points at --from/--to', () => {
    const outside: Report = { ...report, findings: [], problems: [], summary: summarize([], { calendars: 1, events: 3, occurrences: 0, skipped: 0 }) };
    expect(formatCheckText(outside, 'en')).toContain('although 3 events loaded; pass --from and --to');
  });

  // QA26-50: a coverage overlap of two daily rosters cites 182 shifts; the text lists a few and counts the rest.
  describe('a finding citing many meetings', () => {
    const refs = (n: number) =>
      Array.from({ length: n }, (_, i) => ref(`u${i}`, `2022-05-${String(i + 1).padStart(2, '0')}T09:00:00+08:00`, `2022-05-${String(i + 1).padStart(2, '0')}T10:00:00+08:00`, '区委办'));
    const long = (n: number): Report => ({ ...report, findings: [{ ...venue, occurrences: refs(n) }], problems: [] });
    const cited = (text: string) => text.split('\n').filter((l) => l.startsWith('   · '));

    test.each([
      ['zh-CN', '   · ……等共 30 个场次，其余 25 个未列出（--format json 列出全部）'],
      ['en', '   · … and 25 more (30 in all; --format json lists every one)'],
    ] as const)('%s: 30 meetings → the first five, then one line counting the other 25', (lang, last) => {
      const lines = cited(formatCheckText(long(30), lang));
      expect(lines).toHaveLength(6);
      expect(lines[0]).toMatch(/5月1日|1 May/u);
      expect(lines[4]).toMatch(/5月5日|5 May/u);
      expect(lines[5]).toBe(last);
    });

    test.each([1, 2, MAX_LISTED_OCCURRENCES])('%i meetings are all listed, without a count line', (n) => {
      const lines = cited(formatCheckText(long(n), 'zh-CN'));
      expect(lines).toHaveLength(n);
      expect(lines.some((l) => l.includes('未列出'))).toBe(false);
    });

    test('one more than the limit is cut too: five shown and “其余 2 个”', () => {
      const lines = cited(formatCheckText(long(MAX_LISTED_OCCURRENCES + 1), 'zh-CN'));
      expect(lines).toHaveLength(6);
      expect(lines[5]).toContain(`等共 ${MAX_LISTED_OCCURRENCES + 1} 个场次，其余 2 个`);
    });
  });

  test('problem locations: file:line for calendars, file: dot.path for config values', () => {
    expect(problemLocation(report.problems[0] as Problem)).toBe('tongchou.json: rules[2].minGap');
    expect(problemLocation({ code: 'undecodable-input', severity: 'error', source: { file: 'a.ics', line: 7 }, data: { detail: '' } })).toBe('a.ics:7');
  });
});
