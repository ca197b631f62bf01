/**
 * The days off fixed by law (《全国年节及纪念日放假办法》 art. 2, as revised in 2024): known before a
 * year's notice is published (QB-30).
 */
import { DateTime } from 'luxon';
import { statutoryDayOff, STATUTORY_YEARS } from '../../src/time/statutory-days.js';
import { dayInfo } from '../../src/time/working-calendar.js';

function daysOf(year: number): string[] {
  const days: string[] = [];
  for (let d = DateTime.utc(year, 1, 1); d.year === year; d = d.plus({ days: 1 })) days.push(d.toISODate()!);
  return days;
}

describe('statutoryDayOff', () => {
  test.each([2025, 2026])('in %i, the published notice makes every day the law fixes a holiday, with the same name (the table agrees with it)', (year) => {
    const byLaw = daysOf(year).filter((d) => statutoryDayOff(d) !== null);
    // 元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3.
    expect(byLaw).toHaveLength(13);
    for (const d of byLaw) {
      const bundled = dayInfo(d);
      expect([d, bundled.kind]).toEqual([d, 'holiday']);
      expect([d, bundled.name]).toEqual([d, statutoryDayOff(d)]);
    }
  });

  test('2027, before its notice: the fixed days are holidays by law, the days around them unknown', () => {
    expect(daysOf(2027).filter((d) => statutoryDayOff(d) !== null)).toEqual([
      '2027-01-01', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-04-05', '2027-05-01', '2027-05-02',
      '2027-06-09', '2027-09-15', '2027-10-01', '2027-10-02', '2027-10-03',
    ]);
    expect(dayInfo('2027-02-06')).toMatchObject({ kind: 'holiday', dayType: 'statutory', name: '春节', source: '《全国年节及纪念日放假办法》第二条' });
    expect(dayInfo('2027-02-09').kind).toBe('unknown');
    expect(dayInfo('2027-01-02').kind).toBe('unknown');
  });

  test('every year of the table has 13 days off by law (12 when 中秋 falls in 国庆: 2028, 2031); beyond it nothing is known', () => {
    for (let year: number = STATUTORY_YEARS.from; year <= STATUTORY_YEARS.to; year += 1) {
      expect([year, daysOf(year).filter((d) => statutoryDayOff(d) !== null).length]).toEqual([year, year === 2028 || year === 2031 ? 12 : 13]);
    }
    expect(statutoryDayOff('2036-01-01')).toBeNull();
    expect(statutoryDayOff('2024-01-01')).toBeNull();
  });

  test('the user’s data for the year still wins (an arrangement that moves a day)', () => {
    expect(dayInfo('2027-01-01', { dates: { '2027-01-01': 'workday' }, source: 'x' }).kind).toBe('workday');
  });
});

describe('the law\'s days in a year the user supplied (QC-26)', () => {
  // A regional date in a year the user says is supplied (`years`): its other days are read from the weekday — but
  // the days the law fixes stay off: a notice adds bridge days and 调休, it never takes them away.
  const regional = { source: '广西壮族自治区人民政府办公厅通知', dates: { '2027-04-09': { kind: 'holiday' as const, name: '三月三' } }, years: [2027] };
  test('元旦 and 国庆 2027 stay holidays by law; an ordinary Monday of the supplied year is a working day', () => {
    expect(dayInfo('2027-01-01', regional)).toMatchObject({ kind: 'holiday', dayType: 'statutory', source: '《全国年节及纪念日放假办法》第二条' });
    expect(dayInfo('2027-10-01', regional)).toMatchObject({ kind: 'holiday', dayType: 'statutory' });
    expect(dayInfo('2027-04-09', regional)).toMatchObject({ kind: 'holiday', name: '三月三' });
    expect(dayInfo('2027-03-08', regional).kind).toBe('workday');
  });
  test('without `years`, one regional day off supplies no year (no make-up working day, QF-9): the rest of 2027 stays unknown', () => {
    const { years: _, ...alone } = regional;
    expect([dayInfo('2027-04-09', alone).name, dayInfo('2027-01-01', alone).kind, dayInfo('2027-03-08', alone).kind]).toEqual(['三月三', 'holiday', 'unknown']);
  });
  test('an explicit workday date still wins over the law\'s day', () => {
    expect(dayInfo('2027-01-01', { dates: { '2027-01-01': 'workday' } }).kind).toBe('workday');
  });
});
