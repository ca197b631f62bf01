import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateConfig } from '../../src/config/validate.js';
import { workingDays } from '../../src/rules/working-days.js';
import { CHINESE_DAYS_SOURCE, CHINESE_DAYS_YEARS, dayInfo } from '../../src/time/working-calendar.js';
import { at, occurrence as occ } from '../helpers/occurrence.js';
import { contextFor, runRule, ruleTester } from '../helpers/rule-tester.js';

const all = { summary: '会议' };
const hours = { start: '08:30', end: '17:30' };

ruleTester.run(workingDays, {
  valid: [
    {
      name: 'a stale busy copy whose current revision (higher SEQUENCE) is a FREE entry is no meeting on the holiday',
      params: { event: all },
      occurrences: [
        { ...occ({ calendar: 'district-party', uid: 'moved@qu.example', start: '2022-06-03 09:00', summary: '区委常委会议', busy: 'free', transparent: true }), sequence: 1 },
        occ({ calendar: 'district-gov', uid: 'moved@qu.example', start: '2022-06-03 09:00', summary: '区委常委会议' }),
      ],
    },
    {
      // QC-10: a duty roster is staffed on holidays and around the clock by design.
      name: 'the shifts of a duty calendar a coverage rule checks are no meetings on a holiday or outside hours (QC-10)',
      params: { event: all, hours },
      rules: [{ id: 'duty-roster', kind: 'coverage', calendar: 'duty' }],
      occurrences: [occ({ calendar: 'duty', uid: 'x', start: '2022-06-03 08:30', end: '2022-06-04 08:30', summary: '值班：李明' })],
    },
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
      name: 'hours ending at 24:00: a meeting ending at midnight is within them',
      params: { event: all, hours: { start: '00:00', end: '24:00' } },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-05-10 22:00', end: '2022-05-11 00:00', summary: '会议' })],
    },
    {
      name: 'absences are no meetings: an all-day business trip over a weekend, an out-of-office day, a working-elsewhere marker',
      params: { event: {} },
      occurrences: [
        occ({ calendar: 'a', uid: 'trip', start: '2022-05-13', end: '2022-05-16', summary: '出差：赴深圳招商推介' }),
        occ({ calendar: 'a', uid: 'oof', start: '2022-05-14 09:00', summary: '休息', busy: 'oof' }),
        occ({ calendar: 'a', uid: 'we', start: '2022-05-15 09:00', summary: '在家办公', busy: 'working-elsewhere' }),
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
      // Found by the working-days property: the FREE copy stood for the meeting when its calendar id sorted first.
      name: 'a leader’s own FREE copy of an office’s busy meeting does not hide it: the Saturday meeting is still on a weekend',
      params: { event: all },
      occurrences: [
        occ({ calendar: 'a-leader', uid: 'sat@qu.example', start: '2022-04-09 09:00', summary: '区委常委会议', busy: 'free', transparent: true }),
        occ({ calendar: 'district-party', uid: 'sat@qu.example', start: '2022-04-09 09:00', summary: '区委常委会议' }),
      ],
      findings: [{ kind: 'holiday', occurrences: ['district-party/sat@qu.example'], data: { date: '2022-04-09', dayType: 'weekend' } }],
    },
    {
      name: '2022-06-03 端午 is a statutory holiday, with provenance',
      params: { event: all },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2022-06-03 09:00', summary: '区委常委会议' })],
      findings: [
        {
          kind: 'holiday',
          occurrences: ['a/x'],
          severity: 'warning',
          data: {
            date: '2022-06-03',
            dayType: 'statutory',
            holiday: '端午',
            source: `《国务院办公厅关于2022年部分节假日安排的通知》，${CHINESE_DAYS_SOURCE}`,
            event: '区委常委会议',
            sourceKind: 'bundled',
            sourceFile: null,
            sourceLine: null,
            sourcePath: null,
            year: 2022,
            notice: '国务院办公厅关于2022年部分节假日安排的通知',
            noticeUrl: 'http://www.gov.cn/zhengce/content/2021-10/25/content_5644835.htm',
          },
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
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2027-10-08 09:00', end: '2027-10-08 20:00', summary: '会议' })],
      findings: [
        {
          kind: 'holiday-unknown',
          occurrences: ['a/x'],
          severity: 'info',
          data: { date: '2027-10-08', year: 2027, bundledFrom: 2004, bundledTo: 2026, userYears: '', source: 'chinese-days 1.5.7 (2004–2026)' },
        },
      ],
    },
    {
      name: '国庆节 2027 is a day off by law before the 2027 notice: a holiday, not unknown',
      params: { event: all, hours },
      occurrences: [occ({ calendar: 'a', uid: 'x', start: '2027-10-01 09:00', end: '2027-10-01 11:00', summary: '会议' })],
      findings: [{ kind: 'holiday', occurrences: ['a/x'], data: { date: '2027-10-01', holiday: '国庆节' } }],
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
    {
      name: 'hours per office: a meeting copied onto two offices’ calendars is judged by each office’s hours (08:00 suits 区委办, not 区政府办)',
      params: { event: all, hours: { 区委办: { start: '08:00', end: '18:00' }, 区政府办: hours } },
      occurrences: [
        occ({ calendar: { id: 'party', office: '区委办' }, uid: 'joint', start: '2022-05-10 08:00', summary: '联席会议' }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'joint', start: '2022-05-10 08:00', summary: '联席会议' }),
      ],
      findings: [{ kind: 'outside-hours', occurrences: ['gov/joint'], data: { office: '区政府办', hoursStart: '08:30' } }],
    },
    {
      name: 'hours per office: an office with no entry and no `*` is not judged, the listed one is',
      params: { event: all, hours: { 区政府办: hours } },
      occurrences: [
        occ({ calendar: { id: 'party', office: '区委办' }, uid: 'x', start: '2022-05-10 07:00', summary: '会议' }),
        occ({ calendar: { id: 'gov', office: '区政府办' }, uid: 'y', start: '2022-05-10 18:00', summary: '会议' }),
        occ({ calendar: { id: 'own' }, uid: 'z', start: '2022-05-10 06:00', summary: '会议' }),
      ],
      findings: [{ kind: 'outside-hours', occurrences: ['gov/y'], data: { office: '区政府办', hoursEnd: '17:30' } }],
    },
    {
      name: 'outside hours: a meeting across midnight, and one on a 调休 Sunday (a working day, so hours apply)',
      params: { event: all, hours },
      occurrences: [
        occ({ calendar: 'a', uid: 'night', start: '2022-05-10 16:00', end: '2022-05-11 09:00', summary: '会议' }),
        occ({ calendar: 'a', uid: 'sun', start: '2022-04-24 18:00', end: '2022-04-24 19:00', summary: '会议' }),
      ],
      findings: [
        { kind: 'outside-hours', occurrences: ['a/sun'] },
        { kind: 'outside-hours', occurrences: ['a/night'] },
      ],
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
    ['2027-01-04', 'unknown', ''],
    ['2027-01-01', 'holiday', '元旦'],
    ['2027-02-05', 'holiday', '春节'],
    ['2027-02-09', 'unknown', ''],
    ['2027-10-01', 'holiday', '国庆节'],
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
    const user = { dates: { '2027-01-01': 'holiday', '2027-02-20': 'workday', '2022-06-03': 'workday' } as const, source: '国办发明电〔2026〕1号' };
    expect(dayInfo('2027-01-01', user)).toMatchObject({ kind: 'holiday', source: '国办发明电〔2026〕1号' });
    expect(dayInfo('2022-06-03', user)).toMatchObject({ kind: 'workday', source: '国办发明电〔2026〕1号' });
    // The dates name 2027 with a make-up working day, so 2027 counts as supplied: an unlisted Monday is
    // a working day, an unlisted Sunday a weekend — each citing the config.
    expect(dayInfo('2027-01-04', user)).toMatchObject({ kind: 'workday', provenance: { sourceKind: 'config', sourcePath: 'holidays.dates', year: 2027 } });
    expect(dayInfo('2027-01-03', user)).toMatchObject({ kind: 'holiday', dayType: 'weekend' });
    // `years: []` says the dates are single dates only: the rest of 2027 stays unknown.
    expect(dayInfo('2027-01-04', { ...user, years: [] }).kind).toBe('unknown');
    expect(dayInfo('2028-01-04', user)).toMatchObject({ kind: 'unknown', source: 'chinese-days 1.5.7 (2004–2026); holidays (2022, 2027)' });
  });

  test('a year the dates name by days off alone (the 元旦 part of a notice) is not supplied: its other days stay unknown (QF-9)', () => {
    const user = { dates: { '2027-01-01': 'holiday', '2027-01-02': 'holiday', '2027-01-03': 'holiday' } as const, source: '国办发明电〔2026〕X号' };
    expect([dayInfo('2027-01-02', user).kind, dayInfo('2027-02-10', user).kind, dayInfo('2027-01-04', user).kind]).toEqual(['holiday', 'unknown', 'unknown']);
    // …unless `years` vouches for it.
    expect(dayInfo('2027-02-10', { ...user, years: [2027] }).kind).toBe('workday');
  });

  test('an object entry gives the holiday its name and its own source, cited with its JSON path', () => {
    const user = { dates: { '2027-06-09': { kind: 'holiday', name: '端午节', source: '国办发明电〔2026〕7号' } } as const, file: 'tongchou.json' };
    expect(dayInfo('2027-06-09', user)).toEqual({
      date: '2027-06-09',
      kind: 'holiday',
      dayType: 'statutory',
      name: '端午节',
      source: '国办发明电〔2026〕7号',
      provenance: { sourceKind: 'config', sourceFile: 'tongchou.json', sourceLine: null, sourcePath: 'holidays.dates.2027-06-09', year: 2027, notice: '国办发明电〔2026〕7号', noticeUrl: null },
    });
  });

  test.each([
    ['2022-12-31', 2023, '国务院办公厅关于2023年部分节假日安排的通知'],
    ['2018-12-29', 2019, '国务院办公厅关于2019年部分节假日安排的通知'],
    ['2020-01-31', 2020, '国务院办公厅关于延长2020年春节假期的通知'],
    ['2019-05-04', 2019, '国务院办公厅关于调整2019年劳动节假期安排的通知'],
    ['2015-09-03', 2015, '国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知'],
    ['2022-05-14', 2022, '国务院办公厅关于2022年部分节假日安排的通知'],
  ])('%s is cited to the notice of %i that set it: %s', (date, year, notice) => {
    expect(dayInfo(date).provenance).toMatchObject({ sourceKind: 'bundled', year, notice });
  });

  test('every bundled year cites a notice with an address', () => {
    for (let year = CHINESE_DAYS_YEARS.from; year <= CHINESE_DAYS_YEARS.to; year += 1) {
      const provenance = dayInfo(`${year}-03-15`).provenance;
      expect([year, provenance?.notice]).toEqual([year, `国务院办公厅关于${year}年部分节假日安排的通知`]);
      expect(provenance?.noticeUrl).toMatch(/^https?:\/\//);
    }
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

describe('config of working-days', () => {
  // Bug (config/internal/read-rule.ts, helper "ordering"): office names in `hours` are not checked
  // against the configured calendars' offices, so a misspelt office (区政府办公室 for 区政府办)
  // silently falls back to `*` or is not judged at all. Selectors' offices get `unknown-office`.
  test('an office in `hours` that no calendar has is reported as unknown-office', () => {
    const result = validateConfig({
      window: { from: '2022-04-01', to: '2022-06-30' },
      calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办' }],
      rules: [{ id: 'wd', kind: 'working-days', event: { calendar: 'gov' }, hours: { 区政府办公室: { start: '08:30', end: '17:30' } } }],
    });
    expect(result.problems.map((p) => [p.code, 'path' in p.source ? p.source.path.join('.') : ''])).toEqual([['unknown-office', 'rules.0.hours.区政府办公室']]);
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

describe('a leader\'s own duty entries on his diary are no meetings on a holiday (QF-15)', () => {
  const diary = { id: 'mayor', level: 'district' as const, owner: 'li' };
  const run = (summary: string, start: string, end?: string) =>
    runRule(workingDays, { params: { event: {}, hours: { start: '08:30', end: '17:30' } }, occurrences: [occ({ calendar: diary, uid: 'x', start, ...(end !== undefined && { end }), summary })] }).map((f) => f.kind);

  test.each([
    ['春节期间带班', '2027-02-06', undefined],
    ['值班', '2027-02-06 08:30', '2027-02-06 17:30'],
    ['带班领导：李明', '2027-02-07 08:30', '2027-02-08 08:30'],
  ])('%s on 春节 2027: no finding', (summary, start, end) => {
    expect(run(summary, start, end)).toEqual([]);
  });

  test('a meeting about the duty on his diary, or one on an office calendar, is still judged', () => {
    expect(run('春节期间值班工作部署会', '2027-02-06 09:00')).toEqual(['holiday']);
    const office = runRule(workingDays, { params: { event: {} }, occurrences: [occ({ calendar: { id: 'gov', level: 'district' }, uid: 'x', start: '2027-02-06 09:00', summary: '值班' })] });
    expect(office.map((f) => f.kind)).toEqual(['holiday']);
  });
});
