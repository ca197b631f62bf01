/**
 * `follows` with working-day gaps counted into a year whose arrangement is not published (2027, past the
 * bundled data): README "Working-day gaps" — a verdict given as known (an `order` error, an `order-late`
 * warning, or nothing) must be the verdict under **every** arrangement the State Council could publish;
 * only the truly open cases are `undetermined` infos (QH-1, QH-2). Each case is judged once with 2027
 * unknown and again under several plausible 2027 notices supplied as the config's `holidays`:
 * - the law's days off only (元旦, 除夕–初三, 清明, 1–2 May, 端午, 中秋, 1–3 October) and ordinary weekends;
 * - 2026's notice moved to 2027, each festival's bridge days and 调休 weekends shifted by whole weeks
 *   to its 2027 date;
 * - long festival breaks (up to ten days off in a row, the README's bound) around the law's days, closed
 *   by 调休 Saturdays or Sundays where a weekend touches them, and some further 调休 weekend days nearby.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { follows } from '../../../src/rules/follows.js';
import type { HolidayData } from '../../../src/model/config.js';
import type { FollowsRuleConfig, Gap } from '../../../src/model/rule-config.js';
import { dayInfo } from '../../../src/time/working-calendar.js';
import { statutoryDayOff, statutoryFestivalDays } from '../../../src/time/statutory-days.js';
import { addWorkingDays } from '../../../src/time/add-working-days.js';
import { dayOf } from '../../../src/rules/internal/gap.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { contextFor } from '../../helpers/rule-tester.js';
import { reportCounts } from '../internal/schedule.js';

const zone = 'Asia/Shanghai';
const utcDay = (date: string): DateTime => DateTime.fromISO(date, { zone: 'utc' });
const plusDays = (date: string, days: number): string => utcDay(date).plus({ days }).toISODate()!;
const isWeekend = (date: string): boolean => utcDay(date).weekday >= 6;

type Dates = Record<string, 'holiday' | 'workday'>;
const notice = (dates: Dates): HolidayData => ({ source: '国办发明电〔2026〕（测试）', dates, years: [2027] });

/** The 2027 festivals by law, each with its first and last day off. */
const FESTIVALS_2027 = statutoryFestivalDays(2027)!;
const FESTIVALS_2026 = statutoryFestivalDays(2026)!;

/** Every day of 2027, and those the law gives off (computed once: luxon date arithmetic is slow). */
const DAYS_2027: readonly string[] = Array.from({ length: 365 }, (_, i) => plusDays('2027-01-01', i));
const WEEKEND_2027 = new Set(DAYS_2027.filter(isWeekend));
const LAW_2027 = new Set(DAYS_2027.filter((d) => statutoryDayOff(d) !== null));
const offUnder = (dates: Dates, d: string): boolean => dates[d] === 'holiday' || (dates[d] === undefined && (WEEKEND_2027.has(d) || LAW_2027.has(d)));

/** Only the law's days off (listed for clarity: they are days off in a supplied year anyway). */
const LAW_ONLY: Dates = Object.fromEntries(
  FESTIVALS_2027.flatMap((f) => {
    const days: [string, 'holiday'][] = [];
    for (let d = f.from; d <= f.to; d = plusDays(d, 1)) days.push([d, 'holiday']);
    return days;
  }),
);

/**
 * Cuts every run of days off (weekends and the law's days included) at ten, as the README's bound
 * assumes: a break moved or widened may run into the law's days or a weekend next to it (2026's 春节
 * moved by whole weeks to 2027 meets 除夕 and 初一 on Friday and Saturday). The eleventh day is worked.
 */
function capRuns(dates: Dates): Dates {
  let run = 0;
  for (const d of DAYS_2027) {
    let off = offUnder(dates, d);
    if (off && run === 10 && !LAW_2027.has(d)) {
      if (WEEKEND_2027.has(d)) dates[d] = 'workday';
      else delete dates[d];
      off = false;
    }
    run = off ? run + 1 : 0;
  }
  return dates;
}

/**
 * 2026's bundled notice moved to 2027: every day 2026 marks against its weekday (a weekday off, a weekend
 * worked) goes with its nearest festival, shifted by the whole weeks closest to that festival's move, so
 * 调休 days stay on weekends. A shifted working day never lands on a day the law gives off.
 */
function shifted2026(): Dates {
  const dates: Dates = {};
  for (let d = '2026-01-01'; d <= '2026-12-31'; d = plusDays(d, 1)) {
    const kind = dayInfo(d).kind;
    if (kind === 'unknown' || (kind === 'holiday') === isWeekend(d)) continue;
    const nearest = FESTIVALS_2026.map((f, i) => ({ i, distance: Math.abs(utcDay(d).diff(utcDay(f.from), 'days').days) }))
      .sort((a, b) => a.distance - b.distance)[0]!.i;
    const move = utcDay(FESTIVALS_2027[nearest]!.from).diff(utcDay(FESTIVALS_2026[nearest]!.from), 'days').days;
    const target = plusDays(d, Math.round(move / 7) * 7);
    if (!target.startsWith('2027') || (kind === 'workday' && LAW_2027.has(target))) continue;
    dates[target] = kind;
  }
  return capRuns(dates);
}
const SHIFTED_2026 = shifted2026();

/** One festival's break: how far it reaches before and after the law's days, and extra 调休 weekend days (offsets from the break). */
const breakArb = fc.record({ before: fc.integer({ min: 0, max: 4 }), after: fc.integer({ min: 0, max: 7 }), makeUp: fc.array(fc.integer({ min: -14, max: 14 }), { maxLength: 2 }) });

/** A notice of long breaks: each festival a run of at most ten days off, a weekend touching it worked. */
function longBreaks(breaks: readonly { before: number; after: number; makeUp: readonly number[] }[]): Dates {
  const dates: Dates = {};
  FESTIVALS_2027.forEach((f, i) => {
    const b = breaks[i]!;
    const lawDays = utcDay(f.to).diff(utcDay(f.from), 'days').days + 1;
    // A festival of one law day (元旦, 清明, 端午, 中秋) has had three days off at the most, weekend included, unless
    // joined to 国庆 as one break (2023): two long breaks never fall within one count of ten working days, which the
    // README's bound assumes ("one break of at most ten days off"). Seed 874280993 gave 中秋 eight days off apart
    // from a nine-day 国庆.
    const longest = lawDays === 1 ? 3 : 10;
    const before = Math.min(b.before, longest - lawDays);
    const after = Math.min(b.after, longest - lawDays - before);
    const from = plusDays(f.from, -before);
    const to = plusDays(f.to, after);
    // A 2027 notice says nothing of 2026 (元旦's bridge days before 1 January are 2026's, known).
    for (let d = from; d <= to; d = plusDays(d, 1)) if (d.startsWith('2027') && dates[d] !== 'workday') dates[d] = 'holiday';
    // The weekend just outside the run is worked, so the run stays the break it was meant to be.
    for (const edge of [plusDays(from, -1), plusDays(to, 1)]) if (WEEKEND_2027.has(edge) && dates[edge] === undefined && !LAW_2027.has(edge)) dates[edge] = 'workday';
    for (const offset of b.makeUp) {
      const d = plusDays(offset < 0 ? from : to, offset);
      if (WEEKEND_2027.has(d) && dates[d] === undefined && !LAW_2027.has(d)) dates[d] = 'workday';
    }
  });
  return capRuns(dates);
}

/**
 * The two arrangements that put W_n at the ends of the README's bracket, for a count that stopped at
 * `unknownFrom` with `left` working days to go: every day worked from there on (W_n at its earliest,
 * n calendar days after day 0), or ten days off, then every other day worked (two days each plus one
 * ten-day break: at its latest). Not plausible notices — they witness that a verdict called open is open.
 */
function witnesses(unknownFrom: string, left: number): [Dates, Dates] {
  const earliest: Dates = {};
  const latest: Dates = {};
  for (let i = 0, d = unknownFrom; d.startsWith('2027'); i += 1, d = plusDays(d, 1)) {
    earliest[d] = 'workday';
    latest[d] = i >= 10 && (i - 10) % 2 === 1 ? 'workday' : 'holiday';
  }
  expect(addWorkingDays(plusDays(unknownFrom, -1), left, notice(latest))).toEqual({ ok: true, date: plusDays(unknownFrom, 2 * left + 9) });
  return [earliest, latest];
}

const gapArb = fc.oneof(
  fc.record({ minGap: fc.integer({ min: 1, max: 8 }).map((n): Gap => ({ workingDays: n })) }),
  fc.record({ maxGap: fc.integer({ min: 0, max: 10 }).map((n): Gap => ({ workingDays: n })) }),
  fc.record({ minGap: fc.integer({ min: 1, max: 4 }).map((n): Gap => ({ workingDays: n })), maxGap: fc.integer({ min: 4, max: 10 }).map((n): Gap => ({ workingDays: n })) }),
);

/** The verdict of one pair: each finding's kind, severity and whether it says the order is undetermined. */
function verdict(params: FollowsRuleConfig, prerequisiteStart: DateTime, minutes: number, dependentStart: DateTime, holidays: HolidayData | undefined): string[] {
  const city = occurrence({ calendar: 'shi', uid: 'city-0c4a@tongchou.test', zone, start: prerequisiteStart.toFormat('yyyy-MM-dd HH:mm'), summary: '市两会精神宣讲动员会' });
  const district = occurrence({ calendar: 'qu', uid: 'district-0c4a@tongchou.test', zone, start: dependentStart.toFormat('yyyy-MM-dd HH:mm'), summary: '区两会精神宣讲部署会' });
  const occurrences = [{ ...city, end: city.start.plus({ minutes }) }, { ...district, end: district.start.plus({ hours: 2 }) }];
  const ctx = { ...contextFor(follows, { occurrences, zone, params, window: { from: '2026-01-01', to: '2028-12-31' } }), holidays };
  return follows.check(ctx).map((f) => `${f.kind} ${f.severity ?? 'default'}${'undetermined' in f.data && f.data.undetermined === true ? ' undetermined' : ''}`);
}

describe('follows: a verdict given as known in an unpublished year holds under every arrangement (QH-1, QH-2)', () => {
  test('random gaps and dates from December 2026 into 2027: known verdicts equal those under generated 2027 notices', () => {
    const counts = { cases: 0, undetermined: 0, knownWithUnknownYear: 0, knownFindings: 0, openAndDisagreeing: 0, openButAgreeing: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 340 }),
        fc.integer({ min: 8 * 60, max: 17 * 60 }),
        fc.constantFrom(30, 90, 150),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 8, max: 20 }),
        gapArb,
        fc.array(breakArb, { minLength: FESTIVALS_2027.length, maxLength: FESTIVALS_2027.length }),
        (day, startMinute, minutes, offset, hour, gaps, breaks) => {
          const prerequisiteStart = DateTime.fromISO('2026-12-10', { zone }).plus({ days: day, minutes: startMinute });
          const dependentStart = prerequisiteStart.startOf('day').plus({ days: offset, hours: hour });
          const params: FollowsRuleConfig = { id: 'relay', kind: 'follows', dependent: { summary: '^区' }, prerequisite: { summary: '^市' }, ...gaps };
          const unknown = verdict(params, prerequisiteStart, minutes, dependentStart, undefined);
          const arrangements = [LAW_ONLY, SHIFTED_2026, longBreaks(breaks)].map((dates) => verdict(params, prerequisiteStart, minutes, dependentStart, notice(dates)));
          // Every notice covers 2027 whole: its verdicts are never undetermined.
          for (const v of arrangements) expect(v.join()).not.toContain('undetermined');
          counts.cases += 1;
          if (unknown.some((v) => v.endsWith('undetermined'))) {
            counts.undetermined += 1;
            // Truly open: the arrangements at the two ends of the bracket disagree (QH-1, QH-2).
            const witnessPairs = Object.values(gaps).map((g) => {
              const count = addWorkingDays(dayOf(prerequisiteStart.plus({ minutes }), zone, true), (g as { workingDays: number }).workingDays);
              return count.ok ? null : witnesses(count.unknown, count.left);
            });
            const ends = witnessPairs.flatMap((w) => (w === null ? [] : [w]));
            expect(ends.some(([a, b]) => verdict(params, prerequisiteStart, minutes, dependentStart, notice(a)).join() !== verdict(params, prerequisiteStart, minutes, dependentStart, notice(b)).join())).toBe(true);
            if (arrangements.some((v) => v.join() !== arrangements[0]!.join())) counts.openAndDisagreeing += 1;
            else counts.openButAgreeing += 1;
            return;
          }
          for (const v of arrangements) expect(v).toEqual(unknown);
          if (dependentStart.year === 2027 || prerequisiteStart.year === 2027) counts.knownWithUnknownYear += 1;
          if (unknown.length > 0) counts.knownFindings += 1;
        },
      ),
      propertyParameters(100),
    );
    reportCounts('follows-unknown-year', counts);
    expect(counts.knownFindings).toBeGreaterThan(0);
    expect(counts.undetermined).toBeGreaterThan(0);
  });

  test('the generated notices are plausible: law days off, no run of more than ten days off, 调休 only on weekends', () => {
    const check = (dates: Dates): void => {
      let run = 0;
      for (const d of DAYS_2027) {
        const off = offUnder(dates, d);
        if (LAW_2027.has(d)) expect(off).toBe(true);
        if (dates[d] === 'workday') expect(WEEKEND_2027.has(d)).toBe(true);
        run = off ? run + 1 : 0;
        expect(run).toBeLessThanOrEqual(10);
      }
    };
    // The working calendar reads a notice as this test does (one notice, day by day: slow).
    const sample = longBreaks(FESTIVALS_2027.map(() => ({ before: 3, after: 7, makeUp: [-9, 9] })));
    const supplied = notice(sample);
    for (const d of DAYS_2027) {
      expect(dayInfo(d, supplied).kind).toBe(offUnder(sample, d) ? 'holiday' : 'workday');
    }
    check(LAW_ONLY);
    check(SHIFTED_2026);
    fc.assert(fc.property(fc.array(breakArb, { minLength: FESTIVALS_2027.length, maxLength: FESTIVALS_2027.length }), (breaks) => check(longBreaks(breaks))), propertyParameters(100));
  });
});
