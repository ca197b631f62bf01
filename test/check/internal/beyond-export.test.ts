import type { CalendarInfo, CalendarMeta } from '../../../src/model/calendar.js';
import type { Finding } from '../../../src/model/finding.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import type { RuleConfig } from '../../../src/model/rule-config.js';
import { markBeyondExport } from '../../../src/check/internal/beyond-export.js';

const calendars: CalendarMeta[] = [
  { id: 'duty', name: '总值班室排班', office: '总值班室', level: 'district' },
  { id: 'party', office: '区委办', level: 'district' },
  { id: 'city', name: '市政府办', office: '市政府办', level: 'city' },
];
const info = (id: string, range?: { from: string; to: string }): CalendarInfo => ({
  id, name: id, office: null, level: null, owner: null, defaultZone: 'Asia/Shanghai', file: `${id}.ics`, ...(range !== undefined && { exportRange: range }),
});
// December in Shanghai: [2026-12-01 00:00+08, 2027-01-01 00:00+08).
const december = { from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' };
const rules: RuleConfig[] = [
  { id: 'cov', kind: 'coverage', calendar: ['duty'] },
  { id: 'cc', kind: 'cadence', event: { level: 'city' }, every: 'month' },
  { id: 'relay', kind: 'follows', dependent: { level: 'district' }, prerequisite: { level: 'city' }, cycle: 'month' },
  { id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week' },
];
const finding = (kind: string, rule: string, severity: string, data: Record<string, unknown>) =>
  ({ id: `${rule}-${kind}`, rule, kind, severity, data, occurrences: [], people: [], suggestion: null }) as unknown as Finding;
const gap = (start: string, end: string, minutes: number) => finding('coverage-gap', 'cov', 'error', { calendar: 'duty', calendarName: '总值班室排班', start, end, minutes });
const missed = (periodStart: string, periodEnd: string) => finding('cadence-missed', 'cc', 'warning', { periodStart, periodEnd, every: 'month', count: 0, cancelled: 0, event: '', min: 1 });
const orderMissing = (checkedFrom: string, dependentStart: string) =>
  finding('order-missing', 'relay', 'warning', { dependent: '传达', dependentStart, dependentEnd: dependentStart, dependentCalendar: '区委办', cycle: 'month', period: checkedFrom, checkedFrom, cancelled: 0, pairedBy: 'rule', link: '', unreadable: '' });
const view = (f: Finding) => [f.kind, f.severity, f.data];
const mark = (findings: Finding[], read: CalendarInfo[], occurrences: Occurrence[] = []) => markBeyondExport(findings, rules, calendars, read, 'Asia/Shanghai', occurrences).map(view);

describe('markBeyondExport (QF-16)', () => {
  test('a relay searched for in January, with the city exported for December only, is an info naming the export', () => {
    expect(mark([orderMissing('2027-01-01', '2027-01-08T09:00:00+08:00')], [info('city', december), info('party')])).toEqual([
      ['order-missing', 'info', expect.objectContaining({ unreadable: '市政府办', exportedFrom: '2026-12-01', exportedTo: '2026-12-31' })],
    ]);
  });

  test('a relay searched for inside the exported days stays a warning', () => {
    const f = orderMissing('2026-12-01', '2026-12-07T09:00:00+08:00');
    expect(mark([f], [info('city', december)])).toEqual([view(f)]);
  });

  test('a roster gap after the export is an info; one straddling its end is cut to the exported days and stays an error', () => {
    expect(mark([gap('2027-01-01T08:30:00+08:00', '2027-02-01T00:00:00+08:00', 44130)], [info('duty', december)])).toEqual([
      ['coverage-gap', 'info', expect.objectContaining({ unreadable: '总值班室排班', exportedTo: '2026-12-31' })],
    ]);
    expect(mark([gap('2026-12-28T08:30:00+08:00', '2027-02-01T00:00:00+08:00', 0)], [info('duty', december)])).toEqual([
      ['coverage-gap', 'error', expect.objectContaining({ start: '2026-12-28T08:30:00+08:00', end: '2027-01-01T00:00:00+08:00', minutes: 5250 })],
    ]);
  });

  test('a missed month after the city export is an info; a district calendar cannot hold the city meeting', () => {
    expect(mark([missed('2027-01-01T00:00:00+08:00', '2027-02-01T00:00:00+08:00')], [info('city', december)])).toEqual([
      ['cadence-missed', 'info', expect.objectContaining({ unreadable: '市政府办' })],
    ]);
    const f = missed('2027-01-01T00:00:00+08:00', '2027-02-01T00:00:00+08:00');
    expect(mark([f], [info('party', december)])).toEqual([view(f)]);
  });

  test('no exported range: the findings as they were', () => {
    const fs = [gap('2027-01-01T08:30:00+08:00', '2027-02-01T00:00:00+08:00', 44130), orderMissing('2027-01-01', '2027-01-08T09:00:00+08:00')];
    expect(mark(fs, [info('duty'), info('city')])).toEqual(fs.map(view));
  });

  test('a clipped duty roster is no holder of a meeting; a clipped calendar of meetings is, matching or not (QG-10, QG-16)', () => {
    const f = finding('cadence-missed', 'weekly', 'warning', { periodStart: '2027-03-08T00:00:00+08:00', periodEnd: '2027-03-15T00:00:00+08:00', every: 'week', count: 0, cancelled: 0, event: '区政府常务会议', min: 1 });
    // The December roster holds no 常务会议: it says nothing of March's.
    const roster = { calendar: { id: 'duty' }, summary: '值班：王芳' } as unknown as Occurrence;
    expect(mark([f], [info('duty', december)], [roster])).toEqual([view(f)]);
    // A December export of the party office holding one: March is beyond it.
    const party = { calendar: { id: 'party' }, summary: '区政府常务会议' } as unknown as Occurrence;
    expect(mark([f], [info('party', december)], [party])).toEqual([['cadence-missed', 'info', expect.objectContaining({ unreadable: '区委办' })]]);
    // A month of the party office's meetings with no 常务会议 in it says nothing of March either.
    const other = { calendar: { id: 'party' }, summary: '区委常委会会议' } as unknown as Occurrence;
    expect(mark([f], [info('party', december)], [other])).toEqual([['cadence-missed', 'info', expect.objectContaining({ unreadable: '区委办' })]]);
    // The duty calendar of a coverage rule is a roster, whatever its entries say.
    expect(mark([f], [info('duty', december)], [])).toEqual([view(f)]);
  });
});
