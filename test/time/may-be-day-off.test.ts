import { civilDate, civilFromEpochDay } from '../../src/time/internal/civil-date.js';
import { LONGEST_BREAK_DAYS, mayBeDayOff } from '../../src/time/may-be-day-off.js';
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
    ['2027-02-10', true, '春节 2027 (初一 6 February): the notice may give the week off'],
    ['2027-02-16', true, 'eight days after 初三 (8 February): a break of nine days could still reach it'],
    ['2027-02-17', false, 'nine days after 初三: no break reaches it'],
    ['2027-03-17', false, 'a Wednesday far from every holiday: a working day whatever the notice'],
    ['2027-03-20', true, 'an unknown Saturday: a weekend unless the notice makes it a 调休 day'],
    ['2027-01-01', true, '元旦, fixed by law'],
    ['2027-01-11', false, 'ten days after 元旦'],
    ['2026-03-17', false, 'known: a working day'],
    ['2026-02-16', true, 'known: 春节 2026'],
    ['2026-02-28', false, 'known: a 调休 Saturday'],
    ['2036-03-19', true, 'a Wednesday of a year the law table does not cover: nothing bounds a break there'],
    ['2035-12-26', true, 'eight days or less from 2036, whose days off are not tabled'],
  ])('%s → %s (%s)', (date, expected) => {
    expect(mayBeDayOff(date)).toBe(expected);
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

  test('every Monday–Friday off in 2025 and 2026 (the law as revised) lies within eight days of a day the law fixes', () => {
    const far = dates('2025-01-01', '2026-12-31').filter((date) => {
      if (civilDate(date)!.weekday >= 6 || dayInfo(date).kind !== 'holiday') return false;
      const at = civilDate(date)!.epochDay;
      for (let k = -8; k <= 8; k += 1) if (statutoryDayOff(civilFromEpochDay(at + k).iso) !== null) return false;
      return true;
    });
    expect(far).toEqual([]);
  });
});

describe('civilFromEpochDay', () => {
  test('inverts civilDate across leap days, centuries and before 1970', () => {
    for (const date of ['1970-01-01', '1969-12-31', '2000-02-29', '2100-03-01', '2024-12-31', '1900-02-28', '2022-06-03']) {
      expect(civilFromEpochDay(civilDate(date)!.epochDay)).toEqual({ year: Number(date.slice(0, 4)), iso: date });
    }
  });
});
