import type { CalendarMeta } from '../../../src/model/calendar.js';
import type { Finding } from '../../../src/model/finding.js';
import type { RuleConfig } from '../../../src/model/rule-config.js';
import { markUnreadRoutines } from '../../../src/check/internal/unread-routines.js';

const calendars: CalendarMeta[] = [
  { id: 'duty', name: '总值班室排班', office: '总值班室', level: 'district' },
  { id: 'party', office: '区委办', level: 'district' },
  { id: 'city', office: '市委办', level: 'city' },
];
const rules: RuleConfig[] = [
  { id: 'cov', kind: 'coverage', calendar: ['duty'] },
  { id: 'cw', kind: 'cadence', event: { office: '区委办', summary: '常委会' }, every: 'week' },
  { id: 'cc', kind: 'cadence', event: { level: 'city' }, every: 'month' },
];
const gap = { id: 'g', rule: 'cov', kind: 'coverage-gap', severity: 'error', data: { calendar: 'duty', calendarName: 'duty', start: '2026-12-01T00:00:00+08:00', end: '2026-12-08T00:00:00+08:00', minutes: 10080 }, occurrences: [], people: [], suggestion: null } as unknown as Finding;
const missed = (rule: string) =>
  ({ id: `m-${rule}`, rule, kind: 'cadence-missed', severity: 'warning', data: { periodStart: '2026-12-07T00:00:00+08:00', periodEnd: '2026-12-14T00:00:00+08:00', every: 'week', count: 0, cancelled: 0, event: '', min: 1 }, occurrences: [], people: [], suggestion: null }) as unknown as Finding;

describe('markUnreadRoutines (QC-19)', () => {
  test('a gap of an unread duty calendar and a missed week whose meeting could sit on an unread calendar become info, naming them', () => {
    const marked = markUnreadRoutines([gap, missed('cw'), missed('cc')], rules, calendars, new Set(['duty', 'party']));
    expect(marked.map((f) => [f.kind, f.rule, f.severity, (f.data as { unreadable?: string }).unreadable])).toEqual([
      ['coverage-gap', 'cov', 'info', '总值班室排班'],
      ['cadence-missed', 'cw', 'info', '区委办'],
      // The city's meetings cannot be on the district calendars that were not read.
      ['cadence-missed', 'cc', 'warning', undefined],
    ]);
  });

  test('nothing unread: the findings as they were', () => {
    expect(markUnreadRoutines([gap, missed('cw')], rules, calendars, new Set())).toEqual([gap, missed('cw')]);
  });
});
