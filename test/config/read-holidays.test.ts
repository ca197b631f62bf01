/**
 * The config's `holidays` section: dates (plain or with a name and source), source, holiday
 * calendars (`ics`) and `years`, each mistake with its path.
 */
import { validateConfig } from '../../src/config/validate.js';

const base = { window: { from: '2027-01-01', to: '2027-12-31' }, calendars: [] };
const problems = (holidays: unknown) =>
  validateConfig({ ...base, holidays }).problems.map((p) => [p.code, p.severity, 'path' in p.source ? p.source.path.join('.') : '']);

describe('holidays', () => {
  test('every field, as written', () => {
    const result = validateConfig(
      {
        ...base,
        holidays: {
          source: '国办发明电〔2026〕7号',
          dates: { '2027-01-01': 'holiday', '2027-02-20': 'workday', '2027-06-09': { kind: 'holiday', name: '端午节', source: 'https://www.gov.cn/…' } },
          ics: ['holidays/china-2027.ics'],
          years: [2027],
        },
      },
      'tongchou.json',
    );
    expect(result.problems).toEqual([]);
    expect(result.ok && result.config.holidays).toEqual({
      source: '国办发明电〔2026〕7号',
      dates: { '2027-01-01': 'holiday', '2027-02-20': 'workday', '2027-06-09': { kind: 'holiday', name: '端午节', source: 'https://www.gov.cn/…' } },
      ics: ['holidays/china-2027.ics'],
      years: [2027],
    });
  });

  test('the validated holidays validate again as they are (the config round-trips)', () => {
    const first = validateConfig({ ...base, holidays: { source: 'x', dates: { '2027-06-09': { kind: 'holiday', name: '端午节' } }, ics: ['a.ics'], years: [2027] } });
    if (!first.ok) throw new Error('expected ok');
    expect(validateConfig(JSON.parse(JSON.stringify(first.config)))).toEqual(first);
  });

  test('holiday calendars alone need no source: the file and line are the provenance', () => {
    expect(problems({ ics: ['cn.ics'] })).toEqual([]);
  });

  test('dates need a source', () => {
    expect(problems({ dates: { '2027-01-01': 'holiday' } })).toEqual([['missing-field', 'error', 'holidays.source']]);
  });

  test('mistakes, each with its path', () => {
    expect(
      problems({
        source: 'x',
        dates: {
          '2027-02-30': 'holiday',
          '2027-03-01': 'rest',
          '2027-03-02': { name: '无类型' },
          '2027-03-03': { kind: 'off' },
          '2027-03-04': { kind: 'holiday', nmae: '拼错' },
          '2027-03-05': 3,
        },
        ics: ['ok.ics', ''],
        years: [2027, 27.5, 1800],
        extra: true,
      }),
    ).toEqual([
      ['unknown-key', 'error', 'holidays.extra'],
      ['invalid-date', 'error', 'holidays.dates.2027-02-30'],
      ['invalid-enum', 'error', 'holidays.dates.2027-03-01'],
      ['missing-field', 'error', 'holidays.dates.2027-03-02.kind'],
      ['invalid-enum', 'error', 'holidays.dates.2027-03-03.kind'],
      ['unknown-key', 'error', 'holidays.dates.2027-03-04.nmae'],
      ['invalid-enum', 'error', 'holidays.dates.2027-03-05'],
      ['invalid-type', 'error', 'holidays.ics.1'],
      ['invalid-type', 'error', 'holidays.years.1'],
      ['invalid-enum', 'error', 'holidays.years.2'],
    ]);
  });

  test('a year named in dates by days off alone (no make-up working day) is a warning at its first date, unless years says which years are supplied (QF-9)', () => {
    const newYear = { '2027-01-02': 'holiday', '2027-01-01': 'holiday', '2027-01-03': 'holiday' };
    expect(problems({ source: 'x', dates: newYear })).toEqual([['holiday-year-without-workdays', 'warning', 'holidays.dates.2027-01-01']]);
    expect(validateConfig({ ...base, holidays: { source: 'x', dates: newYear } }).problems[0]?.data).toEqual({ year: 2027, holidays: 3 });
    expect(problems({ source: 'x', dates: { ...newYear, '2027-02-20': 'workday' } })).toEqual([]);
    expect(problems({ source: 'x', dates: newYear, years: [2027] })).toEqual([]);
    expect(problems({ source: 'x', dates: newYear, years: [] })).toEqual([]);
    // With holiday calendars their make-up days may complete the year: asked once they are read (loadHolidayCalendars).
    expect(problems({ source: 'x', dates: newYear, ics: ['holidays/2027.ics'] })).toEqual([]);
  });

  test('not an object', () => {
    expect(problems(['2027-01-01'])).toEqual([['invalid-type', 'error', 'holidays']]);
  });
});
