import { civilDate, civilFromEpochDay } from '../../src/time/internal/civil-date.js';
import { LONGEST_BREAK_DAYS, longestBreak } from '../../src/time/festival-reach.js';
import { mayAllBeOff, mayBeDayOff } from '../../src/time/may-be-day-off.js';
import { statutoryDayOff } from '../../src/time/statutory-days.js';
import { dayInfo } from '../../src/time/working-calendar.js';

/** Every date from `from` to `to`, both inclusive. */
function dates(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = civilDate(from)!.epochDay; d <= civilDate(to)!.epochDay; d += 1) out.push(civilFromEpochDay(d).iso);
  return out;
}

describe('mayBeDayOff: which days of an unpublished year could still be off (QF-1)', () => {
  test.each([
    ['2027-02-10', true, '春节 2027 (除夕 5 February to 初三 8 February): the notice may give the week off'],
    ['2027-02-12', true, 'a stretch of nine days from 除夕 reaches it'],
    ['2027-02-15', false, 'no nine days hold it and 除夕'],
    ['2027-03-17', false, 'a Wednesday far from every holiday: a working day whatever the notice'],
    ['2027-03-20', true, 'an unknown Saturday: a weekend unless the notice makes it a 调休 day'],
    ['2027-01-01', true, '元旦, fixed by law'],
    ['2027-01-04', false, 'the Monday after 元旦 (a Friday): 元旦 has never had more than three days'],
    ['2027-04-06', true, 'the day after 清明 (a Monday): within three days'],
    ['2027-05-05', true, 'the third day after 劳动节 (1–2 May): within five days'],
    ['2027-05-06', false, 'the fourth day after 劳动节: no five days hold it and 1–2 May'],
    ['2027-10-07', true, 'the week of 国庆: within eight days of 1–3 October'],
    ['2026-03-17', false, 'known: a working day'],
    ['2026-02-16', true, 'known: 春节 2026'],
    ['2026-02-28', false, 'known: a 调休 Saturday'],
    ['2036-03-19', true, 'a Wednesday of a year the law table does not cover: nothing bounds a break there'],
    ['2035-12-26', true, 'eight days or less from 2036, whose days off are not tabled'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(mayBeDayOff(date)).toBe(expected);
  });

  test('the days must all fit one stretch: the week of 端午 2027 (a Wednesday) holds working days under any notice (QG-8)', () => {
    expect(mayAllBeOff(['2027-06-07', '2027-06-08'])).toBe(true);
    expect(mayAllBeOff(['2027-06-10', '2027-06-11'])).toBe(true);
    expect(mayAllBeOff(['2027-06-07', '2027-06-08', '2027-06-10', '2027-06-11'])).toBe(false);
    expect(mayAllBeOff(['2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'])).toBe(true);
    expect(mayAllBeOff(['2027-02-09', '2027-03-17'])).toBe(false);
    expect(mayAllBeOff([])).toBe(true);
  });

  test('a date of the user\'s own holiday (三月三 2027, a regional day) anchors a break as the law\'s days do', () => {
    const user = { dates: { '2027-04-09': { kind: 'holiday' as const, name: '三月三' } }, source: '广西', years: [] };
    // 清明 2027 (5 April) is nine days before 14 April, out of reach; 三月三 five days.
    expect(mayBeDayOff('2027-04-14')).toBe(false);
    expect(mayBeDayOff('2027-04-14', user)).toBe(true);
    expect(mayBeDayOff('2027-04-16', user)).toBe(true);
    expect(mayBeDayOff('2027-04-19', user)).toBe(false);
  });

  test('the bound holds in the published years: every stretch of days off 2004–2026 is at most nine days, save 2020\'s extension', () => {
    const long: string[] = [];
    let run: string[] = [];
    for (const date of [...dates('2004-01-01', '2026-12-31'), '2027-01-01']) {
      if (date <= '2026-12-31' && dayInfo(date).kind === 'holiday') run.push(date);
      else {
        if (run.length > LONGEST_BREAK_DAYS) long.push(`${run[0]} ${run.length}`);
        run = [];
      }
    }
    expect(long).toEqual(['2020-01-24 10']);
  });

  test('the per-festival bounds hold in 2025 and 2026 (the law as revised): every stretch off holds one festival\'s days by law and fits its longest', () => {
    const stretches: string[][] = [];
    let run: string[] = [];
    for (const date of [...dates('2025-01-01', '2026-12-31'), '2027-01-01']) {
      if (date <= '2026-12-31' && dayInfo(date).kind === 'holiday') run.push(date);
      else {
        if (run.length > 0) stretches.push(run);
        run = [];
      }
    }
    const wrong = stretches
      .filter((stretch) => stretch.some((d) => civilDate(d)!.weekday <= 5))
      .filter((stretch) => {
        const names = [...new Set(stretch.map(statutoryDayOff).filter((n): n is string => n !== null))];
        return names.length === 0 || stretch.length > Math.max(...names.map(longestBreak));
      })
      .map((stretch) => `${stretch[0]} ${stretch.length}`);
    expect(wrong).toEqual([]);
  });
});

describe('civilFromEpochDay', () => {
  test('inverts civilDate across leap days, centuries and before 1970', () => {
    for (const date of ['1970-01-01', '1969-12-31', '2000-02-29', '2100-03-01', '2024-12-31', '1900-02-28', '2022-06-03']) {
      expect(civilFromEpochDay(civilDate(date)!.epochDay)).toEqual({ year: Number(date.slice(0, 4)), iso: date });
    }
  });
});
