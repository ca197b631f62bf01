/**
 * Holiday calendars (`holidays.ics`): what each exporter's events say about their dates, and how
 * the dates reach the working calendar with their file and line. Fixtures in test/fixtures/holidays
 * are invented 2027 arrangements (not the real one), one exporter dialect each.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { loadCalendar } from '../../src/load/load-calendar.js';
import type { HolidayData } from '../../src/model/config.js';
import { holidayCalendarDays } from '../../src/time/holiday-calendar-days.js';
import { civilDate } from '../../src/time/internal/civil-date.js';
import { loadHolidayCalendars } from '../../src/time/load-holiday-calendars.js';
import { CHINESE_DAYS_YEARS, dayInfo, userYears } from '../../src/time/working-calendar.js';

const ZONE = 'Asia/Shanghai';
const dir = join(__dirname, '..', 'fixtures', 'holidays');
const fixture = (name: string) => readFileSync(join(dir, name));
const window = { from: DateTime.fromISO('1900-01-01', { zone: ZONE }), to: DateTime.fromISO('2200-01-01', { zone: ZONE }) };
const read = (name: string, bytes: Uint8Array | string = fixture(name)) => holidayCalendarDays(loadCalendar(bytes, { meta: { id: 'h' }, window, defaultZone: ZONE, file: name }), ZONE);
/** Days as `date kind name line`, sorted by date. */
const brief = (days: Readonly<Record<string, { kind: string; name: string; line: number }>>) =>
  Object.entries(days)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, d]) => `${date} ${d.kind} ${d.name} ${d.line}`);

describe('holidayCalendarDays: what each dialect says', () => {
  test('Google “中国的节假日”: 公众假期 are days off, a 纪念日 (妇女节) is no day off, 调休上班 is a make-up working day', () => {
    const { days, problems } = read('google-holidays-in-china.ics');
    expect(brief(days)).toEqual(['2027-04-25 workday 劳动节 51', '2027-05-01 holiday 劳动节 37', '2027-06-09 holiday 端午节 23']);
    expect(problems).toEqual([]);
  });

  test('Apple 中国大陆节假日: X-APPLE-SPECIAL-DAY decides; a multi-day DTEND covers each date up to the exclusive end; 儿童节 without a marker is an observance', () => {
    const { days } = read('apple-china-mainland.ics');
    expect(brief(days)).toEqual(['2027-06-09 holiday 端午节 7', '2027-06-10 holiday 端午节 7', '2027-06-11 holiday 端午节 7', '2027-06-12 workday  19']);
    expect(days['2027-06-12']).toMatchObject({ summary: '补班', file: 'apple-china-mainland.ics', recurring: false });
  });

  test('an office’s 调休 calendar: floating midnight-to-midnight days, a yearly RRULE, 调休上班 and 上班(补…假期), a timed entry reported, a cancelled one ignored', () => {
    const { days, problems } = read('tiaoxiu-oa-floating.ics');
    const y2027 = brief(Object.fromEntries(Object.entries(days).filter(([d]) => d.startsWith('2027'))));
    expect(y2027).toEqual([
      '2027-01-01 holiday 元旦 6',
      '2027-09-26 workday 国庆节 18',
      '2027-10-01 holiday 国庆节 12',
      '2027-10-02 holiday 国庆节 12',
      '2027-10-03 holiday 国庆节 12',
      '2027-10-04 holiday 国庆节 12',
      '2027-10-05 holiday 国庆节 12',
      '2027-10-06 holiday 国庆节 12',
      '2027-10-07 holiday 国庆节 12',
      '2027-10-09 workday 国庆节 24',
    ]);
    // The yearly 元旦 states every 1 January, as recurring: it does not make a year known.
    expect([days['1900-01-01'], days['2099-01-01']].map((d) => d?.recurring)).toEqual([undefined, true]);
    expect([days['2026-01-01'], days['2028-01-01']]).toEqual([undefined, expect.objectContaining({ kind: 'holiday', recurring: true, line: 6 })]);
    expect(problems.map((p) => [p.code, p.severity, 'line' in p.source ? p.source.line : 0, p.data])).toEqual([
      ['holiday-not-all-day', 'warning', 29, { summary: '国庆节值班' }],
    ]);
    expect(days['2027-10-11']).toBeUndefined();
  });

  test('Outlook: whole days written as UTC date-times (16:00Z to 16:00Z is midnight to midnight in Beijing) count; UTC midnights too', () => {
    const { days, problems } = read('outlook-utc-whole-days.ics');
    expect(brief(days)).toEqual(['2027-06-09 holiday 端午节 6', '2027-06-12 workday 端午节 17']);
    expect(problems).toEqual([]);
  });

  test('an OA system’s whole days written 00:00–23:59 (or 23:59:59) count as the days up to that evening; a half day does not', () => {
    const { days, problems } = read('oa-whole-days-to-2359.ics');
    expect(brief(days)).toEqual(['2027-06-09 holiday 端午节 5', '2027-06-10 holiday 端午节 5', '2027-06-11 holiday 端午节 5', '2027-06-12 workday  11']);
    expect(problems.map((p) => [p.code, 'line' in p.source ? p.source.line : 0])).toEqual([['holiday-not-all-day', 17]]);
  });

  test('two events that disagree about a date: the first written wins, the other is reported at its line', () => {
    const text = fixture('apple-china-mainland.ics').toString('utf8').replace(
      'END:VCALENDAR',
      'BEGIN:VEVENT\r\nUID:dup@x.example\r\nDTSTART;VALUE=DATE:20270612\r\nSUMMARY:端午节\r\nX-APPLE-SPECIAL-DAY:WORK-HOLIDAY\r\nEND:VEVENT\r\nEND:VCALENDAR',
    );
    const { days, problems } = read('apple-china-mainland.ics', text);
    expect(days['2027-06-12']?.kind).toBe('workday');
    expect(problems.map((p) => [p.code, 'line' in p.source ? p.source.line : 0, p.data])).toEqual([
      ['holiday-conflict', 40, { date: '2027-06-12', kept: 'workday', first: 'apple-china-mainland.ics:19' }],
    ]);
  });
});

describe('loadHolidayCalendars', () => {
  const sources = new Map(['apple-china-mainland.ics', 'conflicts-with-apple.ics', 'google-holidays-in-china.ics'].map((f) => [f, fixture(f)] as const));

  test('files merge in config order; a later file that disagrees is reported, one that agrees adds its dates', () => {
    const { holidays, problems } = loadHolidayCalendars({ dates: {}, ics: ['apple-china-mainland.ics', 'conflicts-with-apple.ics'] }, sources, { zone: ZONE });
    expect(brief(holidays.calendarDays ?? {})).toEqual([
      '2027-06-09 holiday 端午节 7',
      '2027-06-10 holiday 端午节 7',
      '2027-06-11 holiday 端午节 7',
      '2027-06-12 workday  19',
      '2027-06-13 holiday 端午节 9',
    ]);
    expect(problems.map((p) => [p.code, p.source.file, 'line' in p.source ? p.source.line : 0])).toEqual([['holiday-conflict', 'conflicts-with-apple.ics', 4]]);
  });

  test('a year supplied without any make-up working day (a forecast, as Google lists festivals years ahead) is warned about, unless vouched for', () => {
    const google = fixture('google-holidays-in-china.ics').toString('utf8');
    const forecast = google.slice(0, google.lastIndexOf('BEGIN:VEVENT')) + 'END:VCALENDAR\r\n';
    expect(forecast).not.toContain('调休上班');
    const files = new Map([['g.ics', forecast]]);
    const warned = loadHolidayCalendars({ dates: {}, ics: ['g.ics'] }, files, { zone: ZONE }).problems;
    expect(warned).toEqual([{ code: 'holiday-year-without-workdays', severity: 'warning', source: { file: 'g.ics', line: 23 }, data: { year: 2027, holidays: 2 } }]);
    expect(loadHolidayCalendars({ dates: {}, ics: ['g.ics'], years: [2027] }, files, { zone: ZONE }).problems).toEqual([]);
    expect(loadHolidayCalendars({ dates: { '2027-02-20': 'workday' }, source: 'x', ics: ['g.ics'] }, files, { zone: ZONE }).problems).toEqual([]);
  });

  test('such a year is not supplied (its other days stay unknown); a year named only in dates is warned about at its first date (QF-9)', () => {
    const google = fixture('google-holidays-in-china.ics').toString('utf8');
    const forecast = google.slice(0, google.lastIndexOf('BEGIN:VEVENT')) + 'END:VCALENDAR\r\n';
    const files = new Map([['g.ics', forecast]]);
    const loaded = loadHolidayCalendars({ dates: { '2028-01-01': 'holiday' }, source: 'x', ics: ['g.ics'] }, files, { zone: ZONE, configFile: 'tongchou.json' });
    expect(userYears(loaded.holidays)).toEqual([]);
    expect([dayInfo('2027-06-09', loaded.holidays).kind, dayInfo('2027-06-07', loaded.holidays).kind]).toEqual(['holiday', 'unknown']);
    expect(loaded.problems.map((p) => [p.code, p.source, p.data])).toEqual([
      ['holiday-year-without-workdays', { file: 'g.ics', line: 23 }, { year: 2027, holidays: 2 }],
      ['holiday-year-without-workdays', { file: 'tongchou.json', path: ['holidays', 'dates', '2028-01-01'] }, { year: 2028, holidays: 1 }],
    ]);
  });

  test('a file not given is a missing-source error at holidays.ics[i]', () => {
    const { problems } = loadHolidayCalendars({ dates: {}, ics: ['google-holidays-in-china.ics', 'nowhere.ics'] }, sources, { zone: ZONE, configFile: 'tongchou.json' });
    expect(problems).toEqual([
      { code: 'missing-source', severity: 'error', source: { file: 'tongchou.json', path: ['holidays', 'ics', 1] }, data: { calendar: 'holidays', file: 'nowhere.ics' } },
    ]);
  });

  test('a calendar that lists no day at all (holiday-cn before the notice) is a holiday-calendar-empty warning at holidays.ics[i] (QF-10)', () => {
    const empty = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//ZH\r\nX-WR-CALNAME:中国法定节假日\r\nEND:VCALENDAR\r\n';
    const files = new Map<string, string | Uint8Array>([['holidays/2027.ics', empty], ...sources]);
    const { problems } = loadHolidayCalendars({ dates: {}, ics: ['google-holidays-in-china.ics', 'holidays/2027.ics'] }, files, { zone: ZONE, configFile: 'tongchou.json' });
    expect(problems).toEqual([
      { code: 'holiday-calendar-empty', severity: 'warning', source: { file: 'tongchou.json', path: ['holidays', 'ics', 1] }, data: { file: 'holidays/2027.ics' } },
    ]);
  });

  test('a file that is no calendar at all has its own error, not the empty warning as well', () => {
    const { problems } = loadHolidayCalendars({ dates: {}, ics: ['login.html'] }, new Map([['login.html', '<html><body>请登录</body></html>']]), { zone: ZONE });
    expect(problems.map((p) => p.code)).not.toContain('holiday-calendar-empty');
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
  });

  test('no ics: the data is returned as it is, with the config file when given', () => {
    const data: HolidayData = { dates: { '2027-01-01': 'holiday' }, source: 'x' };
    expect(loadHolidayCalendars(data, new Map(), { zone: ZONE }).holidays).toEqual(data);
    expect(loadHolidayCalendars(data, new Map(), { zone: ZONE, configFile: 'tongchou.json' }).holidays).toEqual({ ...data, file: 'tongchou.json' });
  });
});

describe('the working calendar with holiday calendars', () => {
  const { holidays } = loadHolidayCalendars(
    { dates: {}, ics: ['google-holidays-in-china.ics', 'tiaoxiu-oa-floating.ics'] },
    new Map(['google-holidays-in-china.ics', 'tiaoxiu-oa-floating.ics'].map((f) => [f, fixture(f)] as const)),
    { zone: ZONE },
  );

  test('a year with a one-off event is supplied; a recurring 元旦 alone supplies no year', () => {
    expect(userYears(holidays)).toEqual([2027]);
    expect(dayInfo('2028-01-03', holidays).kind).toBe('unknown');
    // …but its date is still a holiday, cited by file and line.
    expect(dayInfo('2028-01-01', holidays)).toMatchObject({ kind: 'holiday', source: 'tiaoxiu-oa-floating.ics:6' });
  });

  test('a listed date cites its file and line', () => {
    expect(dayInfo('2027-06-09', holidays)).toEqual({
      date: '2027-06-09',
      kind: 'holiday',
      dayType: 'statutory',
      name: '端午节',
      source: 'google-holidays-in-china.ics:23',
      provenance: { sourceKind: 'ics', sourceFile: 'google-holidays-in-china.ics', sourceLine: 23, sourcePath: null, year: 2027, notice: '', noticeUrl: null },
    });
  });

  test('in a supplied year, an unlisted Saturday is a weekend, a 调休 Sunday a working day, an unlisted Monday a working day', () => {
    expect([dayInfo('2027-06-05', holidays).dayType, dayInfo('2027-09-26', holidays).kind, dayInfo('2027-06-07', holidays).kind]).toEqual(['weekend', 'workday', 'workday']);
    expect(dayInfo('2027-06-05', holidays).provenance).toMatchObject({ sourceKind: 'ics', sourceFile: 'google-holidays-in-china.ics', sourceLine: null, year: 2027 });
  });

  test('`years` narrows what counts as supplied: years: [] keeps 2027 unknown except its listed dates', () => {
    const narrowed = { ...holidays, years: [] };
    expect([dayInfo('2027-06-07', narrowed).kind, dayInfo('2027-06-09', narrowed).kind]).toEqual(['unknown', 'holiday']);
  });

  test('the bundled years are not changed by a holiday calendar except on the dates it lists', () => {
    const early = { ...holidays, calendarDays: { ...holidays.calendarDays, '2026-01-05': { kind: 'holiday' as const, name: '本区假日', file: 'x.ics', line: 3, summary: '本区假日', recurring: false } } };
    expect([dayInfo('2026-01-05', early).source, dayInfo('2026-01-05', holidays).kind]).toEqual(['x.ics:3', 'workday']);
    expect(dayInfo('2026-01-06', early).provenance?.sourceKind).toBe('bundled');
    expect(CHINESE_DAYS_YEARS.to).toBe(2026);
  });
});

describe('chinese-days’ own holiday calendar (node_modules/chinese-days/dist/holidays.ics)', () => {
  test('its Apple-style events (X-APPLE-SPECIAL-DAY, 元旦(休) / 春节(班), multi-day) agree with its date tables on every date', () => {
    const file = join(__dirname, '..', '..', 'node_modules', 'chinese-days', 'dist', 'holidays.ics');
    const { days, problems } = read('holidays.ics', readFileSync(file));
    expect(problems).toEqual([]);
    const dates = Object.keys(days);
    expect(dates.length).toBeGreaterThan(80);
    expect(dates.filter((date) => dayInfo(date).kind !== days[date]?.kind || dayInfo(date).dayType === 'weekend')).toEqual([]);
  });
});

// Real feeds from the shared corpus, when it is beside the project.
const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'ics');
const describeCorpus = existsSync(corpus) ? describe : describe.skip;

describeCorpus('NateScarlet/holiday-cn feeds (shared corpus)', () => {
  test('holiday-cn.ics (2022–2026, 端午节假期 / 上班(补春节假期), multi-day DTEND) agrees with chinese-days on every date it lists', () => {
    const { days, problems } = read('holiday-cn.ics', readFileSync(join(corpus, 'holiday-cn__holiday-cn.ics')));
    expect(problems).toEqual([]);
    const dates = Object.keys(days);
    expect(dates.length).toBeGreaterThan(150);
    const disagree = dates.filter((date) => {
      const bundled = dayInfo(date);
      return bundled.kind !== days[date]?.kind || bundled.dayType === 'weekend';
    });
    expect(disagree).toEqual([]);
    expect(days['2022-06-03']).toMatchObject({ kind: 'holiday', name: '端午节' });
    expect(days['2022-04-24']).toMatchObject({ kind: 'workday', name: '劳动节' });
    // Through loadHolidayCalendars: five supplied years, each with make-up working days, so no forecast warning.
    const loaded = loadHolidayCalendars({ dates: {}, ics: ['holiday-cn.ics'] }, new Map([['holiday-cn.ics', readFileSync(join(corpus, 'holiday-cn__holiday-cn.ics'))]]), { zone: ZONE });
    expect([loaded.problems, userYears(loaded.holidays)]).toEqual([[], [2022, 2023, 2024, 2025, 2026]]);
  });

  test('every holiday feed of the corpus (Google, holiday-cn, ical4j, Germany…) gives real dates, each from a line of the file', () => {
    for (const name of readdirSync(corpus).filter((f) => /holiday/iu.test(f) && f.endsWith('.ics'))) {
      const { holidays } = loadHolidayCalendars({ dates: {}, ics: [name] }, new Map([[name, readFileSync(join(corpus, name))]]), { zone: ZONE });
      for (const [date, day] of Object.entries(holidays.calendarDays ?? {})) {
        expect([name, civilDate(date) !== null, day.file, day.line > 0]).toEqual([name, true, name, true]);
      }
    }
  });

  test('2027.ics (a calendar with a VTIMEZONE and no events) supplies no date and no year', () => {
    const { days } = read('2027.ics', readFileSync(join(corpus, 'holiday-cn__2027.ics')));
    expect(days).toEqual({});
    expect(userYears({ dates: {}, calendarDays: days })).toEqual([]);
    const loaded = loadHolidayCalendars({ dates: {}, ics: ['hc2027.ics'] }, new Map([['hc2027.ics', readFileSync(join(corpus, 'holiday-cn__2027.ics'))]]), { zone: ZONE, configFile: 'tongchou.json' });
    expect(loaded.problems.map((p) => [p.code, p.severity, p.data])).toEqual([['holiday-calendar-empty', 'warning', { file: 'hc2027.ics' }]]);
  });
});

describe('properties', () => {
  const day = fc.integer({ min: 0, max: 365 * 40 }).map((n) => DateTime.fromISO('2000-01-01', { zone: 'utc' }).plus({ days: n }));
  const kind = fc.constantFrom(['holiday', '国庆节假期'], ['holiday', '元旦(休)'], ['workday', '补班'], ['workday', '上班(补春节假期)'], ['workday', '调休上班']);
  const ics = (events: readonly { start: DateTime; days: number; summary: string }[], eol: string) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//ZH']
      .concat(
        events.flatMap((e, i) => [
          'BEGIN:VEVENT',
          `UID:p${i}@t.example`,
          `DTSTART;VALUE=DATE:${e.start.toFormat('yyyyMMdd')}`,
          `DTEND;VALUE=DATE:${e.start.plus({ days: e.days }).toFormat('yyyyMMdd')}`,
          `SUMMARY:${e.summary}`,
          'END:VEVENT',
        ]),
      )
      .concat(['END:VCALENDAR', ''])
      .join(eol);

  test('an all-day event of n days states exactly its n dates, each with its line and the kind its title says', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 9 }), kind, fc.constantFrom('\r\n', '\n'), (start, days, [expected, summary], eol) => {
        const { days: read, problems } = holidayCalendarDays(loadCalendar(ics([{ start, days, summary }], eol), { meta: { id: 'h' }, window, defaultZone: ZONE, file: 'p.ics' }), ZONE);
        const dates = Array.from({ length: days }, (_, i) => start.plus({ days: i }).toISODate());
        expect(problems).toEqual([]);
        expect(Object.keys(read).sort()).toEqual(dates);
        for (const d of dates) expect(read[d ?? '']).toMatchObject({ kind: expected, line: 4, file: 'p.ics' });
      }),
      { numRuns: 100 },
    );
  });

  test('the order of the events in the file decides only disagreements: agreeing events give the same dates either way', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(day, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 6 }), (spans) => {
        const events = spans.map(([start, n]) => ({ start, days: n, summary: '春节假期' }));
        const load = (list: typeof events) =>
          Object.keys(holidayCalendarDays(loadCalendar(ics(list, '\r\n'), { meta: { id: 'h' }, window, defaultZone: ZONE, file: 'p.ics' }), ZONE).days).sort();
        expect(load([...events].reverse())).toEqual(load(events));
      }),
      { numRuns: 50 },
    );
  });
});
