/**
 * Times in finding messages, shared by the locales: each supplies only its day format and its
 * "all day" wording. Times in finding data carry their own offset (or are dates for all-day
 * events) and are shown in that offset, i.e. in the zone the calendar wrote them in.
 */
import { DateTime } from 'luxon';

/** What differs between locales. */
export interface TimeWords {
  /** luxon locale for month names (`en-GB`); absent for purely numeric formats. */
  readonly locale?: string;
  /** luxon format of a day (`d LLL`, `M月d日`). */
  readonly day: string;
  /** Marks a day or day range as all-day (`5 May (all day)`, `5月5日（全天）`). */
  readonly allDay: (days: string) => string;
}

/** The time formatters of one locale. */
export interface TimeText {
  parse(iso: string): DateTime;
  isDate(iso: string): boolean;
  /** A day and time, or a day for a date. */
  when(iso: string): string;
  /** A start–end span: one day with two times, two days with times, or all-day days. */
  span(start: string, end: string): string;
}

/**
 * Builds the formatters for one locale.
 * @param words - the locale's day format and all-day wording
 * @returns parse, isDate, when and span
 * @example
 * timeText({ day: 'M月d日', allDay: (d) => `${d}（全天）` }).span('2022-05-05', '2022-05-06')
 * //=> '5月5日（全天）'
 */
export function timeText(words: TimeWords): TimeText {
  const parse = (iso: string) =>
    DateTime.fromISO(iso, words.locale === undefined ? { setZone: true } : { setZone: true, locale: words.locale });
  const isDate = (iso: string) => /^\d{4}-\d{2}-\d{2}$/u.test(iso);
  const when = (iso: string) => {
    const t = parse(iso);
    if (!t.isValid) return iso;
    return isDate(iso) ? t.toFormat(words.day) : t.toFormat(`${words.day} HH:mm`);
  };
  const span = (start: string, end: string) => {
    const s = parse(start);
    const e = parse(end);
    if (!s.isValid || !e.isValid) return `${start}–${end}`;
    if (isDate(start)) {
      // All-day ends are exclusive (RFC 5545 §3.6.1): the last day is the day before.
      const last = isDate(end) ? e.minus({ days: 1 }) : e;
      return last.toISODate() === s.toISODate() || last < s
        ? words.allDay(s.toFormat(words.day))
        : words.allDay(`${s.toFormat(words.day)}–${last.toFormat(words.day)}`);
    }
    return s.toISODate() === e.toISODate() ? `${when(start)}–${e.toFormat('HH:mm')}` : `${when(start)}–${when(end)}`;
  };
  return { parse, isDate, when, span };
}
