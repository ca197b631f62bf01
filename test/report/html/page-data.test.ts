/**
 * The page's data for the bundled example: the findings as the page draws them (which occurrence is
 * the prerequisite, the earliest start, whose lane, which room), times on each calendar's clock,
 * copies of one meeting grouped, lanes in directory order.
 */
import { DateTime } from 'luxon';
import { buildPageData, FLAG, type OccurrenceRow, type PageData } from '../../../src/report/html/page-data.js';
import { ruleKindOf } from '../../../src/report/html/internal/rule-kind-of.js';
import { exampleInput } from '../example-input.js';

const input = exampleInput();
const data = buildPageData(input, 'zh-CN');
const origin = DateTime.fromISO('2022-04-01T00:00', { zone: 'Asia/Shanghai' });
const minuteOf = (iso: string) => DateTime.fromISO(iso, { setZone: true }).diff(origin, 'minutes').minutes;
const summary = (row: OccurrenceRow | undefined) => (row === undefined ? undefined : data.strings[row[5]]);
const finding = (kind: string) => {
  const f = data.findings.find((x) => x.kind === kind);
  if (f === undefined) throw new Error(`no ${kind} finding`);
  return f;
};
const rowsOf = (f: PageData['findings'][number]) => f.occurrences.map((i) => data.occurrences[i] as OccurrenceRow);

describe('buildPageData on the bundled example', () => {
  test('the window and its days, in minutes from the first midnight in the report zone', () => {
    expect(data.window).toEqual({ from: '2022-04-01', to: '2022-06-30', timezone: 'Asia/Shanghai', minutes: 91 * 1440 });
    expect(data.origin).toBe(origin.toMillis());
    expect(data.days).toHaveLength(91);
    expect(data.days[0]).toEqual([0, 2022, 4, 1, 5]);
    expect(data.days[90]).toEqual([90 * 1440, 2022, 6, 30, 4]);
  });

  test('every loaded occurrence is a row, sorted by start; findings and counts as in the report', () => {
    expect(data.occurrences.length).toBe(input.occurrences?.length);
    const starts = data.occurrences.map((o) => o[1]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(data.findings.map((f) => [f.rule, f.kind, f.severity])).toEqual(input.report.findings.map((f) => [f.rule, f.kind, f.severity]));
    expect(data.summary).toEqual(input.report.summary);
    expect(data.findings.every((f) => f.occurrences.length > 0)).toBe(true);
  });

  test('an order finding knows its prerequisite, its dependent and the earliest start', () => {
    const order = finding('order');
    expect(order.order).not.toBeNull();
    const [pre, dep, earliest] = order.order as readonly [number, number, number];
    expect(summary(data.occurrences[pre])).toBe('临江市2022年总河长会议');
    expect(summary(data.occurrences[dep])).toBe('江滨区2022年第一次总河长会议');
    expect(earliest).toBe(minuteOf('2022-04-21T11:30:00+08:00'));
    expect(order.ruleKind).toBe('follows');
    expect(data.findings.filter((f) => f.kind !== 'order').every((f) => f.order === null)).toBe(true);
  });

  test('times are on the clock of the calendar: a meeting the file wrote in UTC shows +08:00', () => {
    // 区委办 exports UTC (Z) times; the order finding's dependent is one of them.
    const dep = data.occurrences[(finding('order').order as readonly number[])[1] as number] as OccurrenceRow;
    expect(data.calendars[dep[0]]?.id).toBe('district-party');
    expect(dep[1]).toBe(minuteOf('2022-04-20T15:00:00+08:00'));
    expect(dep[3]).toBe(480);
    expect(data.strings[dep[9]]).toBe('Asia/Shanghai');
  });

  test('a double booking puts both meetings in the person’s lane; the person lanes follow the directory', () => {
    const double = data.findings.find((f) => f.kind === 'double-booking' && f.people.some((p) => data.people[p] === '李明'));
    expect(double).toBeDefined();
    const li = data.people.indexOf('李明');
    for (const row of rowsOf(double as NonNullable<typeof double>)) expect(row[11]).toContain(li);
    // Directory people with meetings come first, in directory order; unknown attendees after them.
    const known = (input.people ?? []).map((p) => p.name).filter((name) => data.people.includes(name));
    expect(known.length).toBeGreaterThan(5);
    expect(data.people.slice(0, known.length)).toEqual(known);
    expect(finding('double-booking').ruleKind).toBe('no-double-booking');
  });

  test('a room written by its alias shares the room lane of its configured name', () => {
    const venue = finding('venue');
    const rows = rowsOf(venue);
    const room = data.rooms.indexOf('区政府大楼第一会议室');
    expect(room).toBeGreaterThanOrEqual(0);
    expect(rows.map((r) => r[12].includes(room))).toEqual([true, true]);
    expect(rows.map((r) => data.strings[r[6]])).toContain('区政府第一会议室');
  });

  test('copies of one meeting (same UID and start on two calendars) form one group; all-day trips carry the flag', () => {
    const groups = new Map<number, number>();
    for (const o of data.occurrences) groups.set(o[10], (groups.get(o[10]) ?? 0) + 1);
    expect([...groups.values()].some((n) => n > 1)).toBe(true);
    for (const o of data.occurrences) expect((data.occurrences[o[10]] as OccurrenceRow)[10]).toBe(o[10]);
    const trip = data.occurrences.find((o) => data.strings[o[5]] === '出差：赴省委党校参加专题培训');
    expect(trip !== undefined && (trip[8] & FLAG.allDay) !== 0).toBe(true);
  });

  test('attendees are listed by name with their reply when it is not an acceptance', () => {
    const texts = data.occurrences.map((o) => (o[7] < 0 ? '' : (data.strings[o[7]] as string)));
    expect(texts.some((t) => t.includes('（已拒绝）'))).toBe(true);
  });
});

describe('buildPageData without occurrences (a library caller with only the report)', () => {
  test('the cited occurrences are drawn from the findings’ references', () => {
    const bare = buildPageData({ report: input.report }, 'en');
    const cited = new Set(input.report.findings.flatMap((f) => f.occurrences.map((o) => o.key)));
    expect(bare.occurrences).toHaveLength(cited.size);
    const order = bare.findings.find((f) => f.kind === 'order');
    const [pre, dep] = order?.order ?? [];
    expect(bare.strings[(bare.occurrences[pre as number] as OccurrenceRow)[5]]).toBe('临江市2022年总河长会议');
    expect(bare.strings[(bare.occurrences[dep as number] as OccurrenceRow)[5]]).toBe('江滨区2022年第一次总河长会议');
    // The people of the finding give the lanes.
    const double = bare.findings.find((f) => f.kind === 'double-booking');
    for (const i of double?.occurrences ?? []) expect((bare.occurrences[i] as OccurrenceRow)[11].length).toBeGreaterThan(0);
  });
});

describe('ruleKindOf', () => {
  test.each([
    [{ rule: 'river-chief', kind: 'order' }, [{ id: 'river-chief', kind: 'follows' }], 'follows'],
    [{ rule: 'related-to', kind: 'order' }, [], 'related-to'],
    [{ rule: 'links', kind: 'order-cycle' }, [{ id: 'links', kind: 'related-to' }], 'related-to'],
    [{ rule: 'x', kind: 'tentative-overlap' }, [], 'no-double-booking'],
    [{ rule: 'x', kind: 'outside-hours' }, [], 'working-days'],
    [{ rule: 'x', kind: 'coverage-gap' }, [], 'coverage'],
  ] as const)('%j with %j → %s', (f, rules, expected) => {
    expect(ruleKindOf(f, rules as never)).toBe(expected);
  });
});
