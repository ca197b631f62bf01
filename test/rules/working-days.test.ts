import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { workingDays } from '../../src/rules/working-days.js';
import { CHINESE_DAYS_SOURCE, CHINESE_DAYS_YEARS, dayInfo } from '../../src/time/working-calendar.js';
import { at, occurrence as occ } from '../helpers/occurrence.js';
import { contextFor, runRule, ruleTester } from '../helpers/rule-tester.js';

const all = { summary: '会议' };
const hours = { start: '08:30', end: '17:30' };

ruleTester.run(workingDays, {
  valid: [
    {
      name: '调休: Sunday 2022-04-24 is a make-up working day for Labour Day',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-04-24 09:00', summary: '区政府常务会议' })],
    },
    {
      name: 'an ordinary Tuesday within office hours (08:30–17:30, end exclusive)',
      params: { event: all, hours },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-05-10 08:30', end: '2022-05-10 17:30', summary: '会议' })],
    },
    {
      name: 'a cancelled meeting on 端午 is no meeting',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-06-03 09:00', summary: '会议', status: 'cancelled' })],
    },
    {
      name: 'a calendar’s own holiday marker (transparent all-day 端午节) is no meeting',
      params: { event: {} },
      occurrences: [
        occ({ calendar: 'a', uid: 'h', start: '2022-06-03', end: '2022-06-06', summary: '端午节', transparent: true }),
        occ({ calendar: 'a', uid: 'f', start: '2022-06-04 09:00', summary: '提醒', busy: 'free' }),
      ],
    },
    {
      name: 'a meeting not matching the selector is not judged',
      params: { event: { summary: '常务会议' } },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-06-03 09:00', summary: '防汛值班' })],
    },
    {
      name: 'time zones: 2022-06-02 21:00 in New York is 2022-06-03 09:00 in Shanghai — but a Shanghai-zoned check of 2022-06-06 08:30 from New York (Sunday evening there) is Monday in China',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', zone: 'America/New_York', start: '2022-06-05 20:30', end: '2022-06-05 21:30', summary: '会议' })],
    },
  ],
  invalid: [
    {
      name: '2022-06-03 端午 is a statutory holiday, with provenance',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-06-03 09:00', summary: '区委常委会议' })],
      findings: [
        {
          kind: 'holiday',
          occurrences: ['a/x'],
          severity: 'warning',
          data: { date: '2022-06-03', dayType: 'statutory', holiday: '端午', source: CHINESE_DAYS_SOURCE, event: '区委常委会议' },
        },
      ],
    },
    {
      name: 'an ordinary Saturday (2022-05-14) is a weekend day',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-05-14 09:00', summary: '会议' })],
      findings: [{ kind: 'holiday', occurrences: ['a/x'], data: { date: '2022-05-14', dayType: 'weekend', holiday: '' } }],
    },
    {
      name: 'a Saturday of a holiday run (2022-04-30 劳动节) is statutory, not weekend',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-04-30', summary: '会议' })],
      findings: [{ kind: 'holiday', occurrences: ['a/x'], data: { date: '2022-04-30', dayType: 'statutory', holiday: '劳动节' } }],
    },
    {
      name: 'a date in 2027 is unknown (chinese-days would guess Monday–Friday)',
      params: { event: all, hours },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2027-10-01 09:00', end: '2027-10-01 20:00', summary: '会议' })],
      findings: [{ kind: 'holiday-unknown', occurrences: ['a/x'], severity: 'info', data: { date: '2027-10-01', year: 2027 } }],
    },
    {
      name: 'time zones: Thursday 21:00 in New York is Friday 09:00 on 端午 in Shanghai',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', zone: 'America/New_York', start: '2022-06-02 21:00', end: '2022-06-02 22:00', summary: '会议' })],
      findings: [{ kind: 'holiday', occurrences: ['a/x'], data: { date: '2022-06-03', holiday: '端午', eventStart: '2022-06-02T21:00:00-04:00' } }],
    },
    {
      name: 'a multi-day all-day event from Thursday into 端午 reports the first holiday date',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-06-02', end: '2022-06-04', summary: '会议' })],
      findings: [{ kind: 'holiday', occurrences: ['a/x'], data: { date: '2022-06-03' } }],
    },
    {
      name: 'outside hours: starts at 08:00, ends at 17:31; copies on two calendars give one finding',
      params: { event: all, hours },
      occurrences: [
        occ({ calendar: 'a', uid: 'x', start: '2022-05-10 08:00', end: '2022-05-10 09:00', summary: '会议' }),
        occ({ calendar: 'b', uid: 'x', start: '2022-05-10 08:00', end: '2022-05-10 09:00', summary: '会议' }),
        occ({ calendar: 'a', uid: 'y', start: '2022-05-10 17:00', end: '2022-05-10 17:31', summary: '会议' }),
      ],
      findings: [
        { kind: 'outside-hours', occurrences: ['a/x'], severity: 'info', data: { office: '*', hoursStart: '08:30', hoursEnd: '17:30' } },
        { kind: 'outside-hours', occurrences: ['a/y'] },
      ],
    },
    {
      name: 'hours per office, `*` for the others',
      params: { event: all, hours: { 区委办: { start: '08:00', end: '18:00' }, '*': hours } },
      occurrences: [
        occ({ calendar: { id: 'party', office: '区委办' }, uid: 'x', start: '2022-05-10 08:00', summary: '会议' }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'y', start: '2022-05-10 08:00', summary: '会议' }),
      ],
      findings: [{ kind: 'outside-hours', occurrences: ['gov/y'], data: { office: '*' } }],
    },
  ],
});

describe('working calendar', () => {
  test('the years chinese-days has data for are the ones the module trusts', () => {
    const dir = join(__dirname, '..', '..', 'node_modules', 'chinese-days', 'dist', 'years');
    const years = readdirSync(dir)
      .filter((f) => /^\d{4}\.json$/u.test(f))
      .map((f) => Number(f.slice(0, 4)))
      .sort((a, b) => a - b);
    expect([years[0], years[years.length - 1], years.length]).toEqual([CHINESE_DAYS_YEARS.from, CHINESE_DAYS_YEARS.to, CHINESE_DAYS_YEARS.to - CHINESE_DAYS_YEARS.from + 1]);
  });

  test.each([
    ['2022-04-24', 'workday', '劳动节'],
    ['2022-04-23', 'holiday', ''],
    ['2022-06-03', 'holiday', '端午'],
    ['2022-06-05', 'holiday', '端午'],
    ['2022-06-06', 'workday', ''],
    ['2003-12-31', 'unknown', ''],
    ['2027-01-01', 'unknown', ''],
  ])('%s is a %s (%s), whatever the host zone', (date, kind, name) => {
    expect([dayInfo(date).kind, dayInfo(date).name]).toEqual([kind, name]);
  });

  test.each(['America/New_York', 'Asia/Shanghai', 'UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])(
    'under host zone %s, chinese-days queried by UTC-midnight epoch agrees with its own data file for every day of 2004–2026',
    (tz) => {
      // The query method of src/time/working-calendar.ts, in a process with another host zone.
      const script = `
        const c = require('chinese-days'); const data = require('chinese-days/dist/chinese-days.json');
        let bad = 0;
        for (let y = ${CHINESE_DAYS_YEARS.from}; y <= ${CHINESE_DAYS_YEARS.to}; y++) for (let m = 0; m < 12; m++) for (let d = 1; d <= 31; d++) {
          const t = Date.UTC(y, m, d); const iso = new Date(t).toISOString().slice(0, 10);
          if (iso.slice(5, 7) !== String(m + 1).padStart(2, '0')) continue;
          const r = c.getDayDetail(t); const named = r.name.includes(',');
          const want = data.workdays[iso] ? 'w' : data.holidays[iso] ? 'h' : '-';
          const got = named ? (r.work ? 'w' : 'h') : '-';
          if (want !== got) bad++;
        }
        process.stdout.write(String(bad));`;
      const out = spawnSync(process.execPath, ['-e', script], { cwd: join(__dirname, '..', '..'), env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect([out.stderr, out.stdout]).toEqual(['', '0']);
    },
  );

  test('user data overrides and extends the bundled data, naming its source', () => {
    const user = { dates: { '2027-01-01': 'holiday', '2022-06-03': 'workday' } as const, source: '国办发明电〔2026〕1号' };
    expect(dayInfo('2027-01-01', user)).toMatchObject({ kind: 'holiday', source: '国办发明电〔2026〕1号' });
    expect(dayInfo('2022-06-03', user)).toMatchObject({ kind: 'workday', source: '国办发明电〔2026〕1号' });
    expect(dayInfo('2027-01-04', user).kind).toBe('unknown');
  });

  test('the rule uses the config’s holidays', () => {
    const scenario = {
      name: 'user holiday',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2027-01-01 09:00', summary: '会议' })],
    };
    const findings = workingDays.check({ ...contextFor(workingDays, scenario), holidays: { dates: { '2027-01-01': 'holiday' }, source: '本区通知' } });
    expect(findings.map((f) => [f.kind, f.data])).toEqual([
      ['holiday', expect.objectContaining({ date: '2027-01-01', dayType: 'statutory', source: '本区通知' })],
    ]);
  });
});

describe('properties', () => {
  const dayOf2022 = fc.integer({ min: 0, max: 364 });
  test('a meeting is reported as holiday exactly when its Shanghai date is not a working day in the data, and never as unknown in 2022', () => {
    fc.assert(
      fc.property(dayOf2022, fc.integer({ min: 0, max: 23 }), (d, h) => {
        const start = at('2022-01-01').plus({ days: d, hours: h });
        const o = occ({ calendar: 'a', uid: 'x', start: start.toFormat('yyyy-MM-dd HH:mm'), end: start.plus({ minutes: 30 }).toFormat('yyyy-MM-dd HH:mm') });
        const kinds = runRule(workingDays, { params: { event: {} }, occurrences: [o] }).map((f) => f.kind);
        const workday = dayInfo(start.toISODate() ?? '').kind === 'workday';
        expect(kinds).toEqual(workday ? [] : ['holiday']);
      }),
      { numRuns: 200 },
    );
  });

  test('shifting a meeting’s calendar zone but not its instant changes no finding', () => {
    fc.assert(
      fc.property(dayOf2022, fc.integer({ min: 0, max: 23 }), (d, h) => {
        const start = at('2022-01-01').plus({ days: d, hours: h });
        const ny = start.setZone('America/New_York');
        const a = occ({ calendar: 'a', uid: 'x', start: start.toFormat('yyyy-MM-dd HH:mm') });
        const b = occ({ calendar: 'a', uid: 'x', zone: 'America/New_York', start: ny.toFormat('yyyy-MM-dd HH:mm') });
        const run = (o: typeof a) => runRule(workingDays, { params: { event: {}, hours }, occurrences: [o] }).map((f) => [f.kind, 'date' in f.data ? f.data.date : '']);
        expect(run(b)).toEqual(run(a));
      }),
      { numRuns: 100 },
    );
  });
});
