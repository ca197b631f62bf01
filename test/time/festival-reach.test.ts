/**
 * A year's arrangement known festival by festival (QG-21): the 春节 part of a notice typed into `holidays.dates`
 * makes 春节 known, and leaves the days 国庆, 端午 … may still take or swap unknown, as in a year with no dates.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { festivalReaches, festivalsReaching, MAKE_UP_REACH_DAYS, type FestivalReach } from '../../src/time/festival-reach.js';
import { civilDate, civilFromEpochDay } from '../../src/time/internal/civil-date.js';
import { statutoryFestivalDays } from '../../src/time/statutory-days.js';
import { dayInfo } from '../../src/time/working-calendar.js';

const day = (iso: string) => civilDate(iso)!.epochDay;

/** The 春节 part of the State Council's 2027 notice as an office types it (days off 5–13 February, 调休 Saturday 20 February). */
const springDays = ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-13'];
const spring = {
  source: '国办发明电〔2026〕X号（春节部分）',
  dates: { ...Object.fromEntries(springDays.map((d) => [d, 'holiday' as const])), '2027-02-20': 'workday' as const },
};

describe('festivalReaches and festivalsReaching', () => {
  test('2027: 春节 (除夕 5 February to 初三 8 February) can take 31 January to 13 February, 国庆 26 September to 8 October', () => {
    const reaches = festivalReaches(2027)!;
    const of = (name: string) => reaches.find((f) => f.name === name)!;
    expect([of('春节').stretchFrom, of('春节').stretchTo]).toEqual([day('2027-01-31'), day('2027-02-13')]);
    expect([of('国庆节').stretchFrom, of('国庆节').stretchTo]).toEqual([day('2027-09-26'), day('2027-10-08')]);
    expect([of('国庆节').makeUpFrom, of('国庆节').makeUpTo]).toEqual([day('2027-09-26') - MAKE_UP_REACH_DAYS, day('2027-10-08') + MAKE_UP_REACH_DAYS]);
    expect(statutoryFestivalDays(2027)?.[1]).toEqual({ name: '春节', from: '2027-02-05', to: '2027-02-08' });
    expect(festivalReaches(2036)).toBeNull();
  });

  test.each([
    ['2027-10-06', ['国庆节'], 'a Wednesday within 国庆\'s eight days'],
    ['2027-03-17', [], 'a Wednesday far from every festival'],
    ['2027-02-15', [], 'the Monday after 春节\'s longest stretch'],
    ['2027-02-20', ['春节'], 'a Saturday a 春节 调休 may use'],
    ['2027-03-20', [], 'a Saturday out of every festival\'s reach'],
    ['2027-12-31', ['元旦'], '元旦 2028 (a Saturday) may take Friday 31 December 2027'],
    ['2035-12-31', ['元旦'], '元旦 2036 is fixed by law though 2036 is past the table'],
  ])('%s is reached by %j (%s)', (date, names) => {
    expect(festivalsReaching(date)?.map((f) => f.name)).toEqual(names);
  });

  test('sound against the published notices under the law as revised (2025, 2026): a day no festival reaches is ordinary, and every day off on a weekday or 调休 weekend is reached by its own festival', () => {
    const wrong: string[] = [];
    for (let d = day('2025-01-01'); d <= day('2026-12-31'); d += 1) {
      const iso = civilFromEpochDay(d).iso;
      const published = dayInfo(iso);
      const weekend = civilDate(iso)!.weekday >= 6;
      const ordinary = published.kind === (weekend ? 'holiday' : 'workday') && published.dayType !== 'statutory' && published.name === '';
      const reaching = festivalsReaching(iso)!.map((f) => f.name.replace('节', ''));
      if (reaching.length === 0 && !ordinary) wrong.push(`${iso} unreached but ${published.kind} ${published.name}`);
      if (!ordinary && !reaching.includes(published.name.replace('节', ''))) wrong.push(`${iso} ${published.name} not reached by it`);
    }
    expect(wrong).toEqual([]);
  });

  test('a year past the law table is reached by festivals nothing bounds', () => {
    expect(festivalsReaching('2036-03-19')).toBeNull();
  });

  test(`the make-up bound holds in the bundled data: every 调休 working day 2004–2026 is within ${MAKE_UP_REACH_DAYS} days of its festival's days off`, () => {
    const dir = join(__dirname, '..', '..', 'node_modules', 'chinese-days', 'dist', 'years');
    let farthest = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const year = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { holidays: Record<string, string>; workdays: Record<string, string> };
      // A year's file can list the next year's 元旦 make-up days (2006-12-30 for 元旦 2007): all files are searched.
      const all = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .flatMap((f) => Object.entries((JSON.parse(readFileSync(join(dir, f), 'utf8')) as { holidays: Record<string, string> }).holidays));
      for (const [date, detail] of Object.entries(year.workdays)) {
        const name = detail.split(',')[1];
        const distance = Math.min(...all.filter(([, d]) => d.split(',')[1] === name).map(([d]) => Math.abs(day(d) - day(date))));
        farthest = Math.max(farthest, distance);
      }
    }
    expect(farthest).toBe(MAKE_UP_REACH_DAYS);
  });
});

describe('dayInfo in a year supplied in part (QG-21)', () => {
  test('the 春节 part of the 2027 notice makes 春节 known: its days, its 调休 Saturday, and the working days after it', () => {
    expect(dayInfo('2027-02-12', spring)).toMatchObject({ kind: 'holiday', dayType: 'statutory' });
    expect(dayInfo('2027-02-20', spring).kind).toBe('workday');
    expect(dayInfo('2027-02-15', spring)).toMatchObject({ kind: 'workday', provenance: { sourceKind: 'config', sourcePath: 'holidays.dates', year: 2027 } });
    expect(dayInfo('2027-02-21', spring)).toMatchObject({ kind: 'holiday', dayType: 'weekend' });
  });

  test('days no festival can touch are known: a Wednesday and a Saturday of March', () => {
    expect(dayInfo('2027-03-17', spring).kind).toBe('workday');
    expect(dayInfo('2027-03-20', spring)).toMatchObject({ kind: 'holiday', dayType: 'weekend' });
  });

  test('the days 国庆, 端午 and 元旦 2028 may take or swap stay unknown, naming the festivals left out', () => {
    expect(dayInfo('2027-10-06', spring)).toMatchObject({ kind: 'unknown', source: 'chinese-days 1.5.7 (2004–2026); holidays (2027 without 国庆节)' });
    // A Sunday a 国庆 调休 may make a working day (2026's was 20 September).
    expect(dayInfo('2027-09-19', spring).kind).toBe('unknown');
    expect(dayInfo('2027-06-10', spring).kind).toBe('unknown');
    expect(dayInfo('2027-12-31', spring).kind).toBe('unknown');
    // The law's days stay days off.
    expect(dayInfo('2027-10-01', spring)).toMatchObject({ kind: 'holiday', dayType: 'statutory', name: '国庆节' });
  });

  test('the same days as in a year with no dates, outside 春节', () => {
    const differ: string[] = [];
    for (let d = day('2027-03-01'); d <= day('2027-12-31'); d += 1) {
      const iso = civilFromEpochDay(d).iso;
      const none = dayInfo(iso).kind;
      const partial = dayInfo(iso, spring).kind;
      if (none !== 'unknown' && none !== partial) differ.push(iso);
      if (none === 'unknown' && partial !== 'unknown' && festivalsReaching(iso)!.length > 0) differ.push(iso);
    }
    expect(differ).toEqual([]);
  });

  test('a festival counts as given when a listed date falls within its longest stretch: adding 国庆\'s days makes 6 October known', () => {
    const both = { ...spring, dates: { ...spring.dates, '2027-10-04': 'holiday' as const, '2027-10-05': 'holiday' as const, '2027-10-06': 'holiday' as const, '2027-10-07': 'holiday' as const, '2027-09-26': 'workday' as const } };
    expect(dayInfo('2027-10-06', both).kind).toBe('holiday');
    expect(dayInfo('2027-10-08', both).kind).toBe('workday');
    expect(dayInfo('2027-06-10', both).kind).toBe('unknown');
  });

  test('`years` says the dates are the whole year: every unlisted day is ordinary', () => {
    const whole = { ...spring, years: [2027] };
    expect(dayInfo('2027-10-06', whole)).toMatchObject({ kind: 'workday', provenance: { sourcePath: 'holidays.years' } });
    expect(dayInfo('2027-12-31', whole).kind).toBe('workday');
  });

  test('a holiday calendar\'s one-off events cover a festival as dates do; a recurring one does not', () => {
    const calendarDay = (recurring: boolean) => ({ kind: 'holiday' as const, name: '国庆节', file: 'h.ics', line: 9, summary: '国庆节', recurring });
    expect(dayInfo('2027-10-06', { ...spring, calendarDays: { '2027-10-05': calendarDay(false) } }).kind).toBe('workday');
    expect(dayInfo('2027-10-06', { ...spring, calendarDays: { '2027-10-05': calendarDay(true) } }).kind).toBe('unknown');
  });

  test('bundled years are unaffected: 2026 with a partial user year reads as the bundled data', () => {
    const partial2026 = { source: 'x', dates: { '2026-02-14': 'workday' as const } };
    for (const date of ['2026-10-06', '2026-10-09', '2026-09-20', '2026-06-22', '2026-12-31']) expect([date, dayInfo(date, partial2026).kind]).toEqual([date, dayInfo(date).kind]);
  });

  test('a year past the law table supplied in part stays unknown but for its dates: nothing bounds its festivals', () => {
    const far = { source: 'x', dates: { '2036-01-01': 'holiday' as const, '2036-01-05': 'workday' as const } };
    expect(dayInfo('2036-03-19', far)).toMatchObject({ kind: 'unknown', source: 'chinese-days 1.5.7 (2004–2026); holidays (2036 in part)' });
    expect(dayInfo('2036-03-19', { ...far, years: [2036] }).kind).toBe('workday');
  });
});

describe('properties of a year supplied in part', () => {
  const festivals2027 = festivalReaches(2027)!;
  /** Some festivals of 2027 typed in: for each, a few of its stretch's days as days off and maybe a make-up weekend. */
  const partial = fc
    .record({
      given: fc.subarray(festivals2027.map((_, i) => i), { minLength: 1 }),
      offsets: fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 4 }),
    })
    .map(({ given, offsets }) => {
      const dates: Record<string, 'holiday' | 'workday'> = {};
      for (const i of given) {
        const f = festivals2027[i]!;
        for (const offset of offsets) dates[civilFromEpochDay(Math.min(f.stretchTo, f.stretchFrom + offset)).iso] = 'holiday';
        // The make-up working day that supplies the year: the first weekend day after the stretch.
        let d = f.stretchTo + 1;
        while (civilDate(civilFromEpochDay(d).iso)!.weekday < 6) d += 1;
        dates[civilFromEpochDay(d).iso] ??= 'workday';
      }
      return { given: new Set(given.map((i) => festivals2027[i]!.name)), holidays: { source: 'p', dates } };
    });
  const date2027 = fc.integer({ min: day('2027-01-01'), max: day('2027-12-31') }).map((d) => civilFromEpochDay(d).iso);

  test('a day a festival not given may take or swap reads as with no data; a day only given festivals (or none) reach is known', () => {
    fc.assert(
      fc.property(partial, fc.array(date2027, { minLength: 20, maxLength: 40 }), ({ given, holidays }, dates) => {
        for (const date of dates) {
          if (holidays.dates[date] !== undefined) continue;
          const open = festivalsReaching(date)!.filter((f) => f.year === 2027 ? !given.has(f.name) : true);
          const listedNear = (f: FestivalReach) => Object.keys(holidays.dates).some((d) => day(d) >= f.stretchFrom && day(d) <= f.stretchTo);
          const stillOpen = open.filter((f) => !listedNear(f));
          if (stillOpen.length > 0) expect([date, dayInfo(date, holidays).kind]).toEqual([date, dayInfo(date).kind]);
          else expect([date, dayInfo(date, holidays).kind]).not.toEqual([date, 'unknown']);
        }
      }),
    );
  });

  test('giving one more festival never makes a known day unknown', () => {
    fc.assert(
      fc.property(partial, partial, fc.array(date2027, { minLength: 20, maxLength: 40 }), (a, b, dates) => {
        const more = { source: 'p', dates: { ...b.holidays.dates, ...a.holidays.dates } };
        for (const date of dates) if (dayInfo(date, a.holidays).kind !== 'unknown') expect([date, dayInfo(date, more).kind]).not.toEqual([date, 'unknown']);
      }),
    );
  });
});
