/**
 * The candidate starts of a search: a grid of wall-clock times inside office hours on working days
 * (or whole days for all-day meetings), walked by "the first candidate at or after this instant" so
 * that the search can jump over busy stretches instead of testing every grid point.
 */
import { DateTime, IANAZone } from 'luxon';
import type { HolidayData } from '../../model/config.js';
import { dayInfo } from '../../time/working-calendar.js';

/** A range of minutes of the day, `[start, end)`. */
export interface MinuteRange {
  readonly start: number;
  readonly end: number;
}

/** How the grid treats days and times. */
export interface GridSpec {
  /** Zone the days (and office hours) are read in. */
  readonly zone: string;
  /** First and last day, `YYYY-MM-DD`, both inclusive. */
  readonly from: string;
  readonly to: string;
  /** Minutes between candidate starts inside a range (ignored for all-day meetings). */
  readonly step: number;
  /** Office hours; null: any time of day. Ignored for all-day meetings. */
  readonly ranges: readonly MinuteRange[] | null;
  /** Length of the meeting: milliseconds for timed ones, whole days for all-day ones. */
  readonly length: { readonly allDay: false; readonly ms: number } | { readonly allDay: true; readonly days: number };
  /** Only working days of the Chinese working calendar. */
  readonly workingDays: boolean;
  /** Days of years with no published arrangement: left out, or Monday–Friday taken as working days. */
  readonly unknownDays: 'skip' | 'weekdays';
  readonly holidays?: HolidayData | undefined;
}

/** The grid of one search. */
export interface SlotGrid {
  /** The first candidate start at or after `ms` (epoch ms), or null when the window has no more. */
  firstAtOrAfter(ms: number): number | null;
  /** Whether the slot starting at `ms` lies on a day assumed to be a working day. */
  assumed(ms: number): boolean;
  /** Years met whose arrangement is unknown and whose days were left out. */
  readonly unknownYears: ReadonlySet<number>;
  /** True when no range of office hours is long enough for the meeting. */
  readonly tooLong: boolean;
}

type DayVerdict = 'work' | 'assumed' | 'off';

const DAY = 86_400_000;

/**
 * Builds the grid of a search.
 * @param spec - zone, days, step, hours, meeting length and working-day policy
 * @returns the grid
 */
export function slotGrid(spec: GridSpec): SlotGrid {
  // Days are numbered from `from` by civil-date arithmetic (no zone involved); a day's midnight in
  // the zone is computed only when the search reaches it — a year of luxon days costs milliseconds.
  const zone = IANAZone.isValidZone(spec.zone) ? IANAZone.create(spec.zone) : null;
  const first = DateTime.fromISO(spec.from, { zone: spec.zone }).startOf('day');
  const firstCivil = DateTime.fromISO(spec.from, { zone: 'utc' }).toMillis();
  const dayCount = Math.round((DateTime.fromISO(spec.to, { zone: 'utc' }).toMillis() - firstCivil) / DAY) + 1;
  const dayCache = new Map<number, DateTime>();
  const dayAt = (i: number): DateTime => {
    let day = dayCache.get(i);
    if (day === undefined) {
      day = first.plus({ days: i });
      dayCache.set(i, day);
    }
    return day;
  };
  /** The index of the day `ms` falls on in the zone (may be outside `[0, dayCount)`). */
  const dayIndexOf = (ms: number): number => {
    const offset = zone !== null ? zone.offset(ms) : DateTime.fromMillis(ms, { zone: spec.zone }).offset;
    return Math.floor((ms + offset * 60_000 - firstCivil) / DAY);
  };
  const unknownYears = new Set<number>();
  const verdicts = new Map<string, DayVerdict>();
  const verdict = (day: DateTime): DayVerdict => {
    const date = day.toISODate() ?? '';
    let known = verdicts.get(date);
    if (known !== undefined) return known;
    if (!spec.workingDays) known = 'work';
    else {
      const info = dayInfo(date, spec.holidays);
      if (info.kind === 'workday') known = 'work';
      else if (info.kind === 'holiday') known = 'off';
      else if (spec.unknownDays === 'weekdays') known = day.weekday <= 5 ? 'assumed' : 'off';
      else {
        unknownYears.add(day.year);
        known = 'off';
      }
    }
    verdicts.set(date, known);
    return known;
  };
  const length = spec.length;
  const ranges = spec.ranges;
  const lengthMinutes = length.allDay ? 0 : length.ms / 60_000;
  const tooLong = !length.allDay && ranges !== null && ranges.every((r) => r.end - r.start < lengthMinutes);

  const assumedDay = new Map<number, boolean>();
  const candidates = new Map<number, readonly number[]>();
  const candidatesOf = (i: number): readonly number[] => {
    const known = candidates.get(i);
    if (known !== undefined) return known;
    const out: number[] = [];
    const day = dayAt(i);
    if (length.allDay) {
      // Every day the meeting covers must be a working day, as `working-days` judges all of them.
      let assumed = false;
      let ok = true;
      for (let k = 0; k < Math.max(1, length.days) && ok; k += 1) {
        const v = verdict(day.plus({ days: k }));
        if (v === 'off') ok = false;
        if (v === 'assumed') assumed = true;
      }
      if (ok) {
        out.push(day.toMillis());
        assumedDay.set(day.toMillis(), assumed);
      }
    } else {
      const v = verdict(day);
      if (v !== 'off') {
        const spans = ranges ?? [{ start: 0, end: 24 * 60 }];
        const midnight = day.toMillis();
        const steady = zone !== null && zone.offset(midnight) === zone.offset(midnight + DAY - 1);
        for (const range of spans) {
          // Inside office hours the whole meeting must fit, and a start-only meeting must start before
          // the closing time, as `working-days` judges it (QE-7); without hours only the start is bound.
          for (let m = range.start; ranges === null || lengthMinutes === 0 ? m < range.end : m + lengthMinutes <= range.end; m += spec.step) {
            // Wall clock, so that a candidate at 09:00 stays 09:00 on a daylight-saving day; on a
            // day whose offset does not change (every day in China) plain arithmetic gives the same.
            const start = steady ? midnight + m * 60_000 : day.set({ hour: Math.floor(m / 60), minute: m % 60 }).toMillis();
            out.push(start);
            assumedDay.set(start, v === 'assumed');
          }
        }
        out.sort((a, b) => a - b);
      }
    }
    const unique = out.filter((x, k) => k === 0 || out[k - 1] !== x);
    candidates.set(i, unique);
    return unique;
  };

  return {
    firstAtOrAfter(ms) {
      for (let i = Math.max(0, dayIndexOf(ms)); i < dayCount; i += 1) {
        for (const c of candidatesOf(i)) if (c >= ms) return c;
      }
      return null;
    },
    assumed(ms) {
      return assumedDay.get(ms) ?? false;
    },
    unknownYears,
    tooLong,
  };
}
