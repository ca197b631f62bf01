import fc from 'fast-check';
import { coverage } from '../../src/rules/coverage.js';
import { at, occurrence as occ } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const day = { from: '2022-05-10', to: '2022-05-10' };
const duty = (uid: string, start: string, end: string, extra: Partial<Parameters<typeof occ>[0]> = {}) =>
  occ({ calendar: 'duty', uid, start, end, summary: '值班', ...extra });

ruleTester.run(coverage, {
  valid: [
    {
      name: 'two 12-hour shifts back to back cover the day, across midnight at both ends',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-09 20:00', '2022-05-10 08:00'), duty('b', '2022-05-10 08:00', '2022-05-10 20:00'), duty('c', '2022-05-10 20:00', '2022-05-11 08:00')],
    },
    {
      // QB-19: 领导带班、干部值班 — the 带班 leader's 24 hours run above the staff shifts: no overlap.
      name: 'a 24-hour 带班领导 entry (timed or all-day) beside the staff shifts is no second shift (QB-19)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [
        duty('a', '2022-05-09 17:30', '2022-05-10 08:30', { summary: '夜班：张伟' }),
        duty('b', '2022-05-10 08:30', '2022-05-10 17:30', { summary: '白班：王芳' }),
        duty('c', '2022-05-10 17:30', '2022-05-11 08:30', { summary: '夜班：张伟' }),
        duty('lead', '2022-05-10 08:30', '2022-05-11 08:30', { summary: '带班领导：李明' }),
        occ({ calendar: 'duty', uid: 'lead2', start: '2022-05-10', summary: '领导带班 王芳' }),
      ],
    },
    {
      name: 'a roster of 带班 entries alone staffs the calendar (QB-19)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('lead', '2022-05-09 08:30', '2022-05-10 08:30', { summary: '带班领导：李明' }), duty('lead2', '2022-05-10 08:30', '2022-05-11 08:30', { summary: '带班领导：王芳' })],
    },
    {
      // QC-1: OA rosters store the last second (or minute) a shift includes.
      name: 'inclusive ends: a shift to 23:59:59 or 17:29:59 ends at the next minute; 23:59 or 17:29 before 00:00 or 17:30 leaves no gap (QC-1)',
      window: { from: '2022-05-10', to: '2022-05-11' },
      params: { calendar: 'duty' },
      occurrences: [
        duty('a', '2022-05-10 00:00', '2022-05-10 08:29:59'),
        duty('b', '2022-05-10 08:30', '2022-05-10 17:29'),
        duty('c', '2022-05-10 17:30', '2022-05-10 23:59'),
        duty('d', '2022-05-11 00:00', '2022-05-11 23:59:59'),
      ],
    },
    {
      name: 'an all-day duty entry covers the day',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [occ({ calendar: 'duty', uid: 'x', start: '2022-05-10', summary: '带班' })],
    },
    {
      // QA26-4: Apple and Google write all-day items transparent, Outlook FREE; a roster of days is shifts.
      name: 'an all-day duty entry covers the day even when written transparent or FREE',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [occ({ calendar: 'duty', uid: 'x', start: '2022-05-10', summary: '值班：李明', transparent: true, busy: 'free' })],
    },
    {
      name: 'a roster of days alone: all-day entries titled with just a name cover the day, transparent or not (QA26-51)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [occ({ calendar: 'duty', uid: 'x', start: '2022-05-10', summary: '李明', transparent: true })],
    },
    {
      name: 'DST in America/New_York: 2022-03-13 has 23 hours, and shifts 00:00–12:00, 12:00–24:00 local cover it',
      zone: 'America/New_York',
      window: { from: '2022-03-13', to: '2022-03-13' },
      params: { calendar: 'duty' },
      occurrences: [
        occ({ calendar: 'duty', zone: 'America/New_York', uid: 'a', start: '2022-03-13 00:00', end: '2022-03-13 12:00' }),
        occ({ calendar: 'duty', zone: 'America/New_York', uid: 'b', start: '2022-03-13 12:00', end: '2022-03-14 00:00' }),
      ],
    },
    {
      // Found by the coverage property: the copy was counted as a second shift, a coverage-overlap all day.
      name: 'a shift copied onto both duty calendars (same UID and start) is one shift, not an overlap',
      window: day,
      params: { calendar: ['duty', 'leader-duty'] },
      occurrences: [
        duty('a@duty.example', '2022-05-10 00:00', '2022-05-11 00:00'),
        occ({ calendar: 'leader-duty', uid: 'a@duty.example', start: '2022-05-10 00:00', end: '2022-05-11 00:00', summary: '值班' }),
      ],
    },
    {
      name: 'a stale copy (lower SEQUENCE) at a moved shift’s old time staffs nothing there: no overlap with the shift now there',
      window: day,
      params: { calendar: ['duty', 'leader-duty'] },
      occurrences: [
        { ...duty('m@duty.example', '2022-05-10 00:00', '2022-05-11 00:00'), sequence: 1 },
        occ({ calendar: 'leader-duty', uid: 'm@duty.example', start: '2022-05-10 08:00', end: '2022-05-10 20:00', summary: '值班' }),
      ],
    },
  ],
  invalid: [
    {
      name: 'a transparent all-day banner (端午节假期（注意值班纪律）) staffs nothing (QA26-44)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-10 00:00', '2022-05-10 12:00'), occ({ calendar: 'duty', uid: 'note', start: '2022-05-10', summary: '端午节假期（注意值班纪律）', transparent: true })],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a'], data: { calendar: 'duty', start: '2022-05-10T12:00:00+08:00', end: '2022-05-11T00:00:00+08:00', minutes: 720 } }],
    },
    {
      name: 'a 带班 entry does not fill a gap between the staff shifts: the leader in charge is not in the duty room (QB-19)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [
        duty('a', '2022-05-10 00:00', '2022-05-10 12:00'),
        duty('b', '2022-05-10 13:00', '2022-05-11 00:00'),
        duty('lead', '2022-05-10 00:00', '2022-05-11 00:00', { summary: '带班领导：李明' }),
      ],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a', 'duty/b'], data: { calendar: 'duty', start: '2022-05-10T12:00:00+08:00', end: '2022-05-10T13:00:00+08:00', minutes: 60 } }],
    },
    {
      name: 'a transparent timed entry (a 交班提醒) staffs nothing',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-10 00:00', '2022-05-10 12:00'), duty('note', '2022-05-10 12:00', '2022-05-11 00:00', { transparent: true, summary: '交班提醒' })],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a'], data: { calendar: 'duty', start: '2022-05-10T12:00:00+08:00', end: '2022-05-11T00:00:00+08:00', minutes: 720 } }],
    },
    {
      name: 'the finding names the duty calendars by id and by the name staff know them by (a calendar without shifts keeps its id)',
      window: day,
      params: { calendar: ['duty', 'spare'] },
      occurrences: [occ({ calendar: { id: 'duty', name: '江滨区总值班室排班' }, uid: 'a', start: '2022-05-10 00:00', end: '2022-05-10 20:00', summary: '值班' })],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a'], data: { calendar: 'duty、spare', calendarName: '江滨区总值班室排班、spare', minutes: 240 } }],
    },
    {
      name: 'a 30-minute gap between shifts, citing the shifts either side',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-10 00:00', '2022-05-10 12:00'), duty('b', '2022-05-10 12:30', '2022-05-11 00:00')],
      findings: [
        {
          kind: 'coverage-gap',
          occurrences: ['duty/a', 'duty/b'],
          severity: 'error',
          data: { calendar: 'duty', start: '2022-05-10T12:00:00+08:00', end: '2022-05-10T12:30:00+08:00', minutes: 30 },
        },
      ],
    },
    {
      name: 'minute-exact: 08:00 end and 08:01 start leave one minute',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-09 20:00', '2022-05-10 08:00'), duty('b', '2022-05-10 08:01', '2022-05-11 08:00')],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a', 'duty/b'], data: { minutes: 1, start: '2022-05-10T08:00:00+08:00' } }],
    },
    {
      name: 'inclusive ends: a real gap after an end at :59 seconds counts from the next minute (QC-1)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-10 00:00', '2022-05-10 17:29:59'), duty('b', '2022-05-10 18:00', '2022-05-11 00:00')],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a', 'duty/b'], data: { start: '2022-05-10T17:30:00+08:00', end: '2022-05-10T18:00:00+08:00', minutes: 30 } }],
    },
    {
      name: 'inclusive ends: a one-minute hole closing at an odd minute (08:02 → 08:03) is still a gap (QC-1)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-10 00:00', '2022-05-10 08:02'), duty('b', '2022-05-10 08:03', '2022-05-11 00:00')],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a', 'duty/b'], data: { minutes: 1, start: '2022-05-10T08:02:00+08:00' } }],
    },
    {
      name: 'gaps at the window’s edges (nobody before 08:00 or after 20:00)',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('b', '2022-05-10 08:00', '2022-05-10 20:00')],
      findings: [
        { kind: 'coverage-gap', occurrences: ['duty/b'], data: { start: '2022-05-10T00:00:00+08:00', end: '2022-05-10T08:00:00+08:00', minutes: 480 } },
        { kind: 'coverage-gap', occurrences: ['duty/b'], data: { start: '2022-05-10T20:00:00+08:00', end: '2022-05-11T00:00:00+08:00', minutes: 240 } },
      ],
    },
    {
      name: 'a cancelled shift staffs nothing; other calendars do not count',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [
        duty('a', '2022-05-10 00:00', '2022-05-10 12:00'),
        duty('b', '2022-05-10 12:00', '2022-05-11 00:00', { status: 'cancelled' }),
        occ({ calendar: 'office', uid: 'c', start: '2022-05-10 12:00', end: '2022-05-11 00:00' }),
      ],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a'], data: { start: '2022-05-10T12:00:00+08:00', minutes: 720 } }],
    },
    {
      name: 'overlapping shifts: one finding per stretch, citing the shifts in it',
      window: day,
      params: { calendar: 'duty' },
      occurrences: [duty('a', '2022-05-10 00:00', '2022-05-10 13:00'), duty('b', '2022-05-10 12:00', '2022-05-11 00:00')],
      findings: [
        { kind: 'coverage-overlap', occurrences: ['duty/a', 'duty/b'], severity: 'info', data: { start: '2022-05-10T12:00:00+08:00', end: '2022-05-10T13:00:00+08:00', minutes: 60, shifts: 2 } },
      ],
    },
    {
      name: 'DST in America/New_York: the spring-forward night shift 22:00–06:00 lasts 7 hours, a gap 06:00–07:00 is 60 minutes',
      zone: 'America/New_York',
      window: { from: '2022-03-13', to: '2022-03-13' },
      params: { calendar: 'duty' },
      occurrences: [
        occ({ calendar: 'duty', zone: 'America/New_York', uid: 'n', start: '2022-03-12 22:00', end: '2022-03-13 06:00' }),
        occ({ calendar: 'duty', zone: 'America/New_York', uid: 'd', start: '2022-03-13 07:00', end: '2022-03-14 00:00' }),
      ],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/n', 'duty/d'], data: { start: '2022-03-13T06:00:00-04:00', end: '2022-03-13T07:00:00-04:00', minutes: 60 } }],
    },
    {
      name: 'DST fall back in America/New_York: 2022-11-06 has 25 hours; a shift to 12:00 leaves 13 hours',
      zone: 'America/New_York',
      window: { from: '2022-11-06', to: '2022-11-06' },
      params: { calendar: 'duty' },
      occurrences: [occ({ calendar: 'duty', zone: 'America/New_York', uid: 'a', start: '2022-11-06 00:00', end: '2022-11-06 11:00' })],
      findings: [{ kind: 'coverage-gap', occurrences: ['duty/a'], data: { start: '2022-11-06T11:00:00-05:00', end: '2022-11-07T00:00:00-05:00', minutes: 13 * 60 } }],
    },
  ],
});

describe('properties', () => {
  const slot = fc.record({ start: fc.integer({ min: -6, max: 50 }), length: fc.integer({ min: 0, max: 20 }), cancelled: fc.boolean() });
  const base = at('2022-05-10');
  const build = (slots: { start: number; length: number; cancelled: boolean }[]) =>
    slots.map((s, i) =>
      occ({
        calendar: 'duty',
        uid: `s${i}`,
        start: base.plus({ minutes: s.start * 30 }).toFormat('yyyy-MM-dd HH:mm'),
        end: base.plus({ minutes: (s.start + s.length) * 30 }).toFormat('yyyy-MM-dd HH:mm'),
        ...(s.cancelled && { status: 'cancelled' as const }),
      }),
    );

  test('gaps and the union of the shifts tile the window exactly; overlaps are exactly the minutes covered twice', () => {
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 12 }), (slots) => {
        const occurrences = build(slots);
        const findings = runRule(coverage, { window: { from: '2022-05-10', to: '2022-05-10' }, params: { calendar: 'duty' }, occurrences });
        // Half-hour cells of the day: how many live shifts cover each.
        const cells = Array.from({ length: 48 }, (_, c) => {
          const t = base.plus({ minutes: c * 30 }).toMillis();
          return occurrences.filter((o) => o.status !== 'cancelled' && o.start.toMillis() <= t && o.end.toMillis() > t).length;
        });
        const inside = (kind: string) =>
          cells.map((_, c) => {
            const t = base.plus({ minutes: c * 30 }).toMillis();
            return findings.some((f) => f.kind === kind && Date.parse((f.data as { start: string }).start) <= t && Date.parse((f.data as { end: string }).end) > t);
          });
        expect(inside('coverage-gap')).toEqual(cells.map((n) => n === 0));
        expect(inside('coverage-overlap')).toEqual(cells.map((n) => n >= 2));
        const gapMinutes = findings.filter((f) => f.kind === 'coverage-gap').reduce((sum, f) => sum + f.data.minutes, 0);
        expect(gapMinutes + cells.filter((n) => n > 0).length * 30).toBe(24 * 60);
      }),
      { numRuns: 200 },
    );
  });

  test('the order of the input does not change the findings', () => {
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 10 }), (slots) => {
        const occurrences = build(slots);
        const run = (os: typeof occurrences) =>
          runRule(coverage, { window: { from: '2022-05-10', to: '2022-05-10' }, params: { calendar: 'duty' }, occurrences: os });
        expect(run([...occurrences].reverse())).toEqual(run(occurrences));
      }),
      { numRuns: 50 },
    );
  });
});

describe('whole-day duty among timed shifts is handed over at the calendar\'s morning changeover (QF-5)', () => {
  /** 白班 08:30–17:30 and 夜班 17:30–08:30 on the given days; one all-day 值班 entry on each of `holidays`. */
  function roster(days: readonly string[], holidays: readonly string[], extra: Parameters<typeof occ>[0][] = []) {
    const next = (d: string) => at(d).plus({ days: 1 }).toFormat('yyyy-MM-dd');
    return [
      ...days.flatMap((d) => [duty(`d${d}`, `${d} 08:30`, `${d} 17:30`, { summary: '白班：王芳' }), duty(`n${d}`, `${d} 17:30`, `${next(d)} 08:30`, { summary: '夜班：李强' })]),
      ...holidays.map((d) => occ({ calendar: 'duty', uid: `h${d}`, start: d, summary: '值班：张伟', transparent: true })),
      ...extra.map(occ),
    ];
  }
  const gaps = (findings: ReturnType<typeof runRule<'coverage', 'coverage-gap' | 'coverage-overlap'>>) =>
    findings.map((f) => `${f.kind} ${f.data.start.slice(5, 16)}–${f.data.end.slice(5, 16)} ${f.occurrences.map((o) => o.key).join(' ')}`);

  test('working days timed, holiday days whole: no gap where the holiday hands back, no overlap where it takes over', () => {
    const occurrences = roster(['2027-02-03', '2027-02-04', '2027-02-12'], ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']);
    expect(gaps(runRule(coverage, { window: { from: '2027-02-04', to: '2027-02-12' }, params: { calendar: 'duty' }, occurrences }))).toEqual([]);
  });

  test('a missing holiday day is a gap from changeover to changeover, citing the days on either side', () => {
    const occurrences = roster(['2027-02-03', '2027-02-04'], ['2027-02-05', '2027-02-07']);
    expect(gaps(runRule(coverage, { window: { from: '2027-02-05', to: '2027-02-07' }, params: { calendar: 'duty' }, occurrences }))).toEqual([
      'coverage-gap 02-06T08:30–02-07T08:30 duty/h2027-02-05 duty/h2027-02-07',
    ]);
  });

  test('the whole day is handed back at the changeover, not held until whenever the next shift comes: a late first shift leaves a gap', () => {
    const occurrences = [...roster(['2027-02-09', '2027-02-10'], ['2027-02-11']), duty('late', '2027-02-12 17:30', '2027-02-13 08:30', { summary: '夜班：李强' })];
    expect(gaps(runRule(coverage, { window: { from: '2027-02-12', to: '2027-02-12' }, params: { calendar: 'duty' }, occurrences }))).toEqual([
      'coverage-gap 02-12T08:30–02-12T17:30 duty/h2027-02-11 duty/late',
    ]);
  });

  test('a day\'s whole-day duty before the window still covers the window\'s first morning', () => {
    const occurrences = roster(['2027-02-10', '2027-02-12'], ['2027-02-11']);
    expect(gaps(runRule(coverage, { window: { from: '2027-02-12', to: '2027-02-12' }, params: { calendar: 'duty' }, occurrences }))).toEqual([]);
  });

  test('shifts changing over at midnight (00:00, 08:00, 16:00) leave whole days as they are', () => {
    const three = (d: string) => [duty(`a${d}`, `${d} 00:00`, `${d} 08:00`), duty(`b${d}`, `${d} 08:00`, `${d} 16:00`), duty(`c${d}`, `${d} 16:00`, at(d).plus({ days: 1 }).toFormat('yyyy-MM-dd 00:00'))];
    const occurrences = [...three('2027-02-04'), occ({ calendar: 'duty', uid: 'h', start: '2027-02-05', summary: '值班：张伟' }), ...three('2027-02-06')];
    expect(gaps(runRule(coverage, { window: { from: '2027-02-04', to: '2027-02-06' }, params: { calendar: 'duty' }, occurrences }))).toEqual([]);
  });

  test('a roster of whole days alone keeps midnight', () => {
    const occurrences = roster([], ['2027-02-05', '2027-02-06']);
    expect(gaps(runRule(coverage, { window: { from: '2027-02-05', to: '2027-02-06' }, params: { calendar: 'duty' }, occurrences }))).toEqual([]);
  });
});

describe('a roster of whole days with a timed swap keeps midnight (QG-11); a rhythm is shifts recurring at one time (QG-18)', () => {
  test('a 春节 of nine whole days between two working days of 白班/夜班 keeps their 08:30 changeover', () => {
    const next = (d: string) => at(d).plus({ days: 1 }).toFormat('yyyy-MM-dd');
    const pair = (d: string) => [duty(`d${d}`, `${d} 08:30`, `${d} 17:30`, { summary: '白班：王芳' }), duty(`n${d}`, `${d} 17:30`, `${next(d)} 08:30`, { summary: '夜班：李强' })];
    const holidays = ['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => occ({ calendar: 'duty', uid: `h${d}`, start: `2026-02-${d}`, summary: '值班：张伟', transparent: true }));
    const findings = runRule(coverage, { window: { from: '2026-02-14', to: '2026-02-24' }, params: { calendar: 'duty' }, occurrences: [...pair('2026-02-14'), ...holidays, ...pair('2026-02-24')] });
    expect(findings.map((f) => `${f.kind} ${f.data.start.slice(5, 16)}–${f.data.end.slice(5, 16)}`)).toEqual(['coverage-gap 02-14T00:00–02-14T08:30']);
  });


  test('one half-day swap among whole days is an overlap, and moves no day', () => {
    const days = ['2026-12-01', '2026-12-02', '2026-12-03'].map((d) => occ({ calendar: 'duty', uid: `d${d}`, start: d, summary: '值班：王芳', transparent: true }));
    const occurrences = [...days, duty('swap', '2026-12-02 14:00', '2026-12-02 18:00', { summary: '值班：李四（替班）' })];
    const findings = runRule(coverage, { window: { from: '2026-12-01', to: '2026-12-03' }, params: { calendar: 'duty' }, occurrences });
    expect(findings.map((f) => `${f.kind} ${f.data.start.slice(5, 16)}–${f.data.end.slice(5, 16)}`)).toEqual(['coverage-overlap 12-02T14:00–12-02T18:00']);
  });
});

describe('properties of whole days among timed shifts (QF-5)', () => {
  test('any changeover hour: whole days replacing a stretch of shifts leave no gap and no overlap; a day left out is one gap from changeover to changeover', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 7 * 60, 8 * 60, 8 * 60 + 30, 9 * 60), fc.integer({ min: 3, max: 9 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), (handover, first, length, leaveOut) => {
        const base = at('2027-02-01');
        const occurrences: Parameters<typeof occ>[0][] = [];
        const last = first + length - 1;
        for (let d = 0; d < 14; d += 1) {
          const day = base.plus({ days: d });
          if (d >= first && d <= last) {
            if (!(leaveOut && d === first + 1 && length >= 3)) occurrences.push({ calendar: 'duty', uid: `h${d}`, start: day.toFormat('yyyy-MM-dd'), summary: '值班：张伟', transparent: true });
            continue;
          }
          const morning = day.plus({ minutes: handover });
          const evening = morning.plus({ hours: 9 });
          occurrences.push({ calendar: 'duty', uid: `d${d}`, start: morning.toFormat('yyyy-MM-dd HH:mm'), end: evening.toFormat('yyyy-MM-dd HH:mm'), summary: '白班：王芳' });
          occurrences.push({ calendar: 'duty', uid: `n${d}`, start: evening.toFormat('yyyy-MM-dd HH:mm'), end: morning.plus({ days: 1 }).toFormat('yyyy-MM-dd HH:mm'), summary: '夜班：李强' });
        }
        const findings = runRule(coverage, { window: { from: '2027-02-02', to: '2027-02-13' }, params: { calendar: 'duty' }, occurrences: occurrences.map(occ) });
        const missing = leaveOut && length >= 3 ? base.plus({ days: first + 1, minutes: handover }) : null;
        expect(findings.map((f) => [f.kind, Date.parse(f.data.start), Date.parse(f.data.end)])).toEqual(
          missing === null ? [] : [['coverage-gap', missing.toMillis(), missing.plus({ days: 1 }).toMillis()]],
        );
      }),
      { numRuns: 60 },
    );
  });
});
