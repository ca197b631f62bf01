import fc from 'fast-check';
import { DateTime } from 'luxon';
import { dayInfo } from '../../src/time/working-calendar.js';
import { cadence } from '../../src/rules/cadence.js';
import { cadencePeriods, parseCadenceRule } from '../../src/time/cadence-periods.js';
import { at, occurrence as occ } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';
import { run } from '../scenarios/harness.js';

const joint = { summary: '联席会议' };
const h1 = { from: '2022-01-01', to: '2022-06-30' };

ruleTester.run(cadence, {
  valid: [
    {
      name: 'one joint meeting in each quarter of the window',
      window: h1,
      params: { event: joint, every: 'quarter', min: 1 },
      occurrences: [
        occ({ calendar: 'joint', uid: 'q1', start: '2022-02-15 09:00', summary: '四套班子联席会议' }),
        occ({ calendar: 'joint', uid: 'q2', start: '2022-06-30 23:00', end: '2022-06-30 23:30', summary: '联席会议' }),
      ],
    },
    {
      name: 'a quarter the window cuts off is not judged (window from 15 February: Q1 is partial)',
      window: { from: '2022-02-15', to: '2022-06-30' },
      params: { event: joint, every: 'quarter' },
      occurrences: [occ({ calendar: 'joint', uid: 'q2', start: '2022-04-01 00:00', summary: '联席会议' })],
    },
    {
      name: 'exactly max is not crowded',
      window: { from: '2022-04-01', to: '2022-04-30' },
      params: { event: joint, every: 'month', min: 1, max: 2 },
      occurrences: [
        occ({ calendar: 'joint', uid: 'a', start: '2022-04-01 09:00', summary: '联席会议' }),
        occ({ calendar: 'joint', uid: 'b', start: '2022-04-30 09:00', summary: '联席会议' }),
      ],
    },
    {
      name: 'copies of one meeting on two offices’ calendars count once (max 1)',
      window: { from: '2022-04-01', to: '2022-04-30' },
      params: { event: joint, every: 'month', max: 1 },
      occurrences: [
        occ({ calendar: 'party', uid: 'm', start: '2022-04-10 09:00', summary: '联席会议' }),
        occ({ calendar: 'gov', uid: 'm', start: '2022-04-10 09:00', summary: '联席会议' }),
      ],
    },
    {
      name: 'a copy retyped on another office calendar (new UID, same title, times and room) counts once too (QA26-33)',
      window: { from: '2022-04-01', to: '2022-04-30' },
      params: { event: joint, every: 'month', max: 1 },
      occurrences: [
        occ({ calendar: 'joint', uid: 'joint-q2@jb.example', start: '2022-04-24 15:00', end: '2022-04-24 17:00', summary: '四套班子联席会议', location: '区委大楼301会议室' }),
        occ({ calendar: 'gov', uid: 'oa-7781', start: '2022-04-24 15:00', end: '2022-04-24 17:00', summary: '四套班子联席会议', location: '区委大楼301会议室' }),
      ],
    },
  ],
  invalid: [
    {
      name: 'retyped in another building it is another meeting: crowded (max 1)',
      window: { from: '2022-04-01', to: '2022-04-30' },
      params: { event: joint, every: 'month', max: 1 },
      occurrences: [
        occ({ calendar: 'joint', uid: 'joint-q2@jb.example', start: '2022-04-24 15:00', end: '2022-04-24 17:00', summary: '四套班子联席会议', location: '区委大楼301会议室' }),
        occ({ calendar: 'gov', uid: 'oa-7781', start: '2022-04-24 15:00', end: '2022-04-24 17:00', summary: '四套班子联席会议', location: '区政府大楼第一会议室' }),
      ],
      findings: [{ kind: 'cadence-crowded', occurrences: ['gov/oa-7781', 'joint/joint-q2@jb.example'], data: { count: 2 } }],
    },
    {
      name: "an office's cancelled copy of a meeting another office kept as its retyped copy is held, not cancelled (min 2)",
      window: { from: '2022-04-01', to: '2022-06-30' },
      params: { event: joint, every: 'quarter', min: 2 },
      occurrences: [
        occ({ calendar: 'joint', uid: 'x@joint.example', start: '2022-05-10 09:00', summary: '四套班子联席会议', status: 'cancelled' }),
        occ({ calendar: 'gov', uid: 'oa-12', start: '2022-05-10 09:00', summary: '四套班子联席会议' }),
      ],
      findings: [{ kind: 'cadence-missed', occurrences: ['gov/oa-12'], data: { count: 1, cancelled: 0 } }],
    },
    {
      name: 'Q2 has no joint meeting: missed, citing nothing',
      window: h1,
      params: { event: joint, every: 'quarter', min: 1 },
      occurrences: [occ({ calendar: 'joint', uid: 'q1', start: '2022-02-15 09:00', summary: '联席会议' })],
      findings: [
        {
          kind: 'cadence-missed',
          occurrences: [],
          severity: 'warning',
          data: { periodStart: '2022-04-01T00:00:00+08:00', periodEnd: '2022-07-01T00:00:00+08:00', every: 'quarter', count: 0, min: 1 },
        },
      ],
    },
    {
      name: 'period edge: a meeting at 2022-04-01 00:00 Shanghai (31 March UTC) belongs to Q2, leaving Q1 empty',
      window: h1,
      params: { event: joint, every: 'quarter' },
      occurrences: [occ({ calendar: 'joint', uid: 'x', start: '2022-04-01 00:00', summary: '联席会议' })],
      findings: [{ kind: 'cadence-missed', occurrences: [], data: { periodStart: '2022-01-01T00:00:00+08:00', count: 0 } }],
    },
    {
      name: 'a cancelled meeting does not count, but is cited and counted as cancelled (copies once), and names the meeting',
      window: { from: '2022-04-01', to: '2022-06-30' },
      params: { event: joint, every: 'quarter' },
      occurrences: [
        occ({ calendar: 'joint', uid: 'x', start: '2022-05-10 09:00', summary: '四套班子联席会议', status: 'cancelled' }),
        occ({ calendar: 'party', uid: 'x', start: '2022-05-10 09:00', summary: '四套班子联席会议', status: 'cancelled' }),
      ],
      findings: [{ kind: 'cadence-missed', occurrences: ['joint/x'], data: { count: 0, cancelled: 1, event: '四套班子联席会议' } }],
    },
    {
      // Found by the property (test/properties/rules/cadence.test.ts): the held meeting was also counted
      // and cited as cancelled ("只安排了 1 次 … 另有 1 次已取消" about one meeting).
      name: 'a meeting one office cancelled while another still holds it is held, not also cancelled (min 2)',
      window: { from: '2022-04-01', to: '2022-06-30' },
      params: { event: joint, every: 'quarter', min: 2 },
      occurrences: [
        occ({ calendar: 'joint', uid: 'x@joint.example', start: '2022-05-10 09:00', summary: '四套班子联席会议' }),
        occ({ calendar: 'party', uid: 'x@joint.example', start: '2022-05-10 09:00', summary: '四套班子联席会议', status: 'cancelled' }),
      ],
      findings: [{ kind: 'cadence-missed', occurrences: ['joint/x@joint.example'], data: { count: 1, cancelled: 0 } }],
    },
    {
      name: 'a stale cancelled copy (lower SEQUENCE) at the old time is no cancelled meeting: the meeting moved',
      window: { from: '2022-04-01', to: '2022-06-30' },
      params: { event: joint, every: 'quarter', min: 2 },
      occurrences: [
        { ...occ({ calendar: 'joint', uid: 'y@joint.example', start: '2022-05-12 09:00', summary: '四套班子联席会议' }), sequence: 1 },
        occ({ calendar: 'party', uid: 'y@joint.example', start: '2022-05-10 09:00', summary: '四套班子联席会议', status: 'cancelled' }),
      ],
      findings: [{ kind: 'cadence-missed', occurrences: ['joint/y@joint.example'], data: { count: 1, cancelled: 0 } }],
    },
    {
      name: 'an empty period is named after the nearest meeting before it, else after it',
      window: { from: '2022-01-01', to: '2022-09-30' },
      params: { event: joint, every: 'quarter' },
      occurrences: [
        occ({ calendar: 'joint', uid: 'q1', start: '2022-03-25 15:00', summary: '联席会议（一季度）' }),
        occ({ calendar: 'joint', uid: 'q3', start: '2022-09-30 15:00', summary: '联席会议（三季度）' }),
      ],
      findings: [{ kind: 'cadence-missed', occurrences: [], data: { count: 0, cancelled: 0, event: '联席会议（一季度）', periodStart: '2022-04-01T00:00:00+08:00' } }],
    },
    {
      name: 'no meeting loaded at all: the finding names none',
      window: { from: '2022-04-01', to: '2022-06-30' },
      params: { event: joint, every: 'quarter' },
      occurrences: [],
      findings: [{ kind: 'cadence-missed', occurrences: [], data: { event: '' } }],
    },
    {
      name: 'fewer than min: cites the meetings there are',
      window: { from: '2022-04-01', to: '2022-04-30' },
      params: { event: joint, every: 'month', min: 2 },
      occurrences: [occ({ calendar: 'joint', uid: 'x', start: '2022-04-10 09:00', summary: '联席会议' })],
      findings: [{ kind: 'cadence-missed', occurrences: ['joint/x'], data: { count: 1, min: 2 } }],
    },
    {
      name: 'more than max: crowded',
      window: { from: '2022-04-01', to: '2022-04-30' },
      params: { event: joint, every: 'month', max: 1 },
      occurrences: [
        occ({ calendar: 'joint', uid: 'a', start: '2022-04-01 09:00', summary: '联席会议' }),
        occ({ calendar: 'joint', uid: 'b', start: '2022-04-20 09:00', summary: '联席会议' }),
      ],
      findings: [{ kind: 'cadence-crowded', occurrences: ['joint/a', 'joint/b'], severity: 'info', data: { count: 2, max: 1 } }],
    },
    {
      name: 'ISO weeks: Monday to Monday; the window’s partial first week (from a Wednesday) is not judged',
      window: { from: '2022-05-04', to: '2022-05-22' },
      params: { event: joint, every: 'week' },
      occurrences: [occ({ calendar: 'joint', uid: 'a', start: '2022-05-15 23:00', summary: '联席会议' })],
      findings: [{ kind: 'cadence-missed', occurrences: [], data: { periodStart: '2022-05-16T00:00:00+08:00', periodEnd: '2022-05-23T00:00:00+08:00', count: 0 } }],
    },
    {
      name: 'RRULE periods: from the 15th to the next 15th; the last, unfinished period is not judged',
      window: { from: '2022-04-01', to: '2022-06-30' },
      params: { event: joint, every: 'FREQ=MONTHLY;BYMONTHDAY=15' },
      occurrences: [occ({ calendar: 'joint', uid: 'a', start: '2022-05-14 09:00', summary: '联席会议' })],
      findings: [{ kind: 'cadence-missed', occurrences: [], data: { periodStart: '2022-05-15T00:00:00+08:00', periodEnd: '2022-06-15T00:00:00+08:00', every: 'FREQ=MONTHLY;BYMONTHDAY=15' } }],
    },
  ],
});

describe('cadence periods', () => {
  test('RRULE periods are wall clock in the zone, whatever the host zone (BYDAY=MO in Shanghai stays Monday)', () => {
    const window = { from: at('2022-05-01'), to: at('2022-05-31').plus({ days: 1 }) };
    const periods = cadencePeriods('RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=7;BYMINUTE=30;BYSECOND=0', window, 'Asia/Shanghai');
    expect(periods.map((p) => p.start.toISO({ suppressMilliseconds: true }))).toEqual([
      '2022-05-02T07:30:00+08:00',
      '2022-05-09T07:30:00+08:00',
      '2022-05-16T07:30:00+08:00',
      '2022-05-23T07:30:00+08:00',
    ]);
  });

  test('months in New York keep local midnight across the DST change', () => {
    const zone = 'America/New_York';
    const window = { from: at('2022-03-01', zone), to: at('2022-04-30', zone).plus({ days: 1 }) };
    expect(cadencePeriods('month', window, zone).map((p) => [p.start.toISO(), p.end.diff(p.start, 'hours').hours])).toEqual([
      ['2022-03-01T00:00:00.000-05:00', 31 * 24 - 1],
      ['2022-04-01T00:00:00.000-04:00', 30 * 24],
    ]);
  });

  test.each(['FREQ=MONTHLY', 'RRULE:FREQ=WEEKLY;BYDAY=MO'])('%s parses', (text) => expect(parseCadenceRule(text).ok).toBe(true));
  test.each(['quarterly', 'FREQ=MONTHLY;COUNT=3', 'BYDAY=MO', 'FREQ=SOMETIMES'])('%s is rejected', (text) => expect(parseCadenceRule(text).ok).toBe(false));
});

describe('properties', () => {
  const window = { from: '2022-01-01', to: '2022-12-31' };
  const day = fc.integer({ min: 0, max: 364 });
  const toOcc = (d: number, i: number) =>
    occ({ calendar: 'joint', uid: `u${i}`, start: at('2022-01-01').plus({ days: d }).toFormat('yyyy-MM-dd 09:00'), summary: '联席会议' });
  const every = fc.constantFrom('quarter', 'month', 'week', 'FREQ=MONTHLY;BYMONTHDAY=10');

  test('adding an occurrence never adds a cadence-missed finding, and never removes a crowded one', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), day, every, fc.integer({ min: 1, max: 3 }), (days, extra, e, min) => {
        const base = days.map(toOcc);
        const params = { event: joint, every: e, min, max: min };
        const before = runRule(cadence, { window, params, occurrences: base });
        const after = runRule(cadence, { window, params, occurrences: [...base, toOcc(extra, 999)] });
        const missed = (fs: typeof before) => fs.filter((f) => f.kind === 'cadence-missed').map((f) => f.data.periodStart);
        const crowded = (fs: typeof before) => fs.filter((f) => f.kind === 'cadence-crowded').map((f) => f.data.periodStart);
        expect(missed(before)).toEqual(expect.arrayContaining(missed(after)));
        expect(crowded(after)).toEqual(expect.arrayContaining(crowded(before)));
      }),
      { numRuns: 60 },
    );
  });

  // Two generated occurrences on one day are the same title at the same times with no place: a retyped
  // copy of one meeting (README: copies of one meeting count once), so meetings are counted by start.
  test('every period count is the number of meetings starting in it (brute force), and periods tile without gaps', () => {
    fc.assert(
      fc.property(fc.array(day, { maxLength: 30 }), every, (days, e) => {
        const occurrences = days.map(toOcc);
        const findings = runRule(cadence, { window, params: { event: joint, every: e, min: 1000 }, occurrences });
        // Periods tile; the only ones left out hold no working day (QC-35: the 春节 week, a weekend day).
        for (let i = 0; i + 1 < findings.length; i += 1) {
          for (let day = DateTime.fromISO(findings[i]!.data.periodEnd, { setZone: true }); day < DateTime.fromISO(findings[i + 1]!.data.periodStart, { setZone: true }); day = day.plus({ days: 1 })) {
            expect(dayInfo(day.toISODate()!).kind).toBe('holiday');
          }
        }
        const starts = [...new Set(occurrences.map((o) => o.start.toMillis()))];
        for (const f of findings) {
          const from = Date.parse(f.data.periodStart);
          const to = Date.parse(f.data.periodEnd);
          expect(f.data.count).toBe(starts.filter((t) => t >= from && t < to).length);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('periods of a year whose holiday arrangement is not published (QF-1)', () => {
  // No `holidays`: 2027 is unknown but for the days the law fixes (除夕 5 Feb to 初三 8 Feb 2027).
  const weekly = { event: { summary: '常务会议' }, every: 'week', min: 1 };
  const judged = (findings: ReturnType<typeof runRule<'cadence', 'cadence-missed' | 'cadence-crowded'>>) =>
    findings.map((f) => [f.data.periodStart.slice(0, 10), f.severity ?? 'warning', f.kind === 'cadence-missed' ? (f.data.unknownFrom ?? '') : '']);

  test('a week whose only possible working days are unknown days near 春节 cannot be judged (info); one that holds a day no break reaches is missed', () => {
    const findings = runRule(cadence, { window: { from: '2027-02-01', to: '2027-02-28' }, params: weekly, occurrences: [] });
    // 1–4 Feb and 9–12 Feb lie within eight days of the law's 春节 days; 17 Feb (a Wednesday) lies nine after 初三.
    expect(judged(findings)).toEqual([
      ['2027-02-01', 'info', '2027-02-01'],
      ['2027-02-08', 'info', '2027-02-09'],
      ['2027-02-15', 'warning', ''],
      ['2027-02-22', 'warning', ''],
    ]);
    expect(findings[1]!.data).toMatchObject({ undetermined: true, count: 0, min: 1 });
    expect(findings[2]!.data).not.toHaveProperty('undetermined');
  });

  test('an ordinary week of an unpublished year is judged as before (a warning)', () => {
    const findings = runRule(cadence, { window: { from: '2027-03-15', to: '2027-03-21' }, params: weekly, occurrences: [] });
    expect(judged(findings)).toEqual([['2027-03-15', 'warning', '']]);
  });

  test('a daily rule is not reported for the Saturdays and Sundays of an unpublished year, but for its working days', () => {
    const occurrences = ['2027-03-16', '2027-03-17', '2027-03-18'].map((d, i) => occ({ calendar: 'gov', uid: `d${i}`, start: `${d} 08:30`, summary: '交班会' }));
    const findings = runRule(cadence, { window: { from: '2027-03-13', to: '2027-03-21' }, params: { event: { summary: '交班会' }, every: 'FREQ=DAILY', min: 1 }, occurrences });
    expect(judged(findings)).toEqual([
      ['2027-03-15', 'warning', ''],
      ['2027-03-19', 'warning', ''],
    ]);
  });

  test('a week held is not reported, whatever is known of it', () => {
    const occurrences = [occ({ calendar: 'gov', uid: 'w', start: '2027-02-10 09:00', summary: '区政府常务会议' })];
    expect(runRule(cadence, { window: { from: '2027-02-08', to: '2027-02-14' }, params: weekly, occurrences })).toEqual([]);
  });
});

describe('an undetermined period under a rule of severity error (QF-1)', () => {
  // routine-fix-requests R1 (d1de6d1): `isUndetermined` keeps an undetermined cadence-missed info whatever the rule's severity.
  test('the 春节 2027 week stays info when the rule says severity error', () => {
    const raw = {
      timezone: 'Asia/Shanghai', window: { from: '2027-02-08', to: '2027-02-14' },
      calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
      rules: [{ id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1, severity: 'error' }],
    };
    const report = run(raw, { 'gov.ics': 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//ZH\r\nEND:VCALENDAR\r\n' });
    expect(report.findings.map((f) => [f.kind, f.severity])).toEqual([['cadence-missed', 'info']]);
  });
});
