/**
 * Times in finding messages, shared by the locales: each supplies only its day format and its
 * "all day" wording. Times in finding data carry their own offset (or are dates for all-day
 * events) and are shown in that offset, i.e. in the zone the calendar wrote them in. When one
 * finding cites times on different clocks (a leader abroad, a calendar in Urumqi time), each time
 * says its clock (`5月10日 21:00–23:00（UTC−4）`): bare, two times of one instant read as a day apart.
 */
import { DateTime } from 'luxon';

/** What differs between locales. */
export interface TimeWords {
  /** luxon locale for month names (`en-GB`); absent for purely numeric formats. */
  readonly locale?: string;
  /** luxon format of a day (`d LLL`, `M月d日`). */
  readonly day: string;
  /** The same with the year, for findings whose dates span years (`d LLL yyyy`, `yyyy年M月d日`). */
  readonly dayWithYear: string;
  /** Marks a day or day range as all-day (`5 May (all day)`, `5月5日（全天）`). */
  readonly allDay: (days: string) => string;
  /** Names the clock of a time (`UTC−4`) after it, when a finding cites several clocks. */
  readonly clock: (text: string, offset: string) => string;
}

/** The time formatters of one locale. */
export interface TimeText {
  parse(iso: string): DateTime;
  isDate(iso: string): boolean;
  /** A day and time, or a day for a date. */
  when(iso: string): string;
  /** A start–end span: one day with two times, two days with times, or all-day days. */
  span(start: string, end: string): string;
  /**
   * An earliest start suggested for a meeting: the time, or for an all-day meeting (its start a
   * date) the day — the bound's own day when the bound is its midnight, else the day after (QA26-28).
   */
  earliest(iso: string, meetingStart: string): string;
}

/**
 * Builds the formatters for one locale.
 * @param words - the locale's day format and all-day wording
 * @returns parse, isDate, when and span
 * @example
 * timeText({ day: 'M月d日', allDay: (d) => `${d}（全天）`, clock: (t, o) => `${t}（${o}）` }).span('2022-05-05', '2022-05-06')
 * //=> '5月5日（全天）'
 */
export function timeText(words: TimeWords): TimeText {
  const parse = (iso: string) =>
    DateTime.fromISO(iso, words.locale === undefined ? { setZone: true } : { setZone: true, locale: words.locale });
  const isDate = (iso: string) => /^\d{4}-\d{2}-\d{2}$/u.test(iso);
  const marked = (text: string, t: DateTime) => (markClocks ? words.clock(text, clockName(t.offset)) : text);
  const day = () => (markYears ? words.dayWithYear : words.day);
  const when = (iso: string) => {
    const t = parse(iso);
    if (!t.isValid) return iso;
    return isDate(iso) ? t.toFormat(day()) : marked(t.toFormat(`${day()} HH:mm`), t);
  };
  const span = (start: string, end: string) => {
    const s = parse(start);
    // One clock mark for the whole span, after it.
    const bare = markClocks;
    markClocks = false;
    try {
      const text = spanOnOneClock(start, end);
      return bare && s.isValid && !isDate(start) ? words.clock(text, clockName(s.offset)) : text;
    } finally {
      markClocks = bare;
    }
  };
  const spanOnOneClock = (start: string, end: string) => {
    const s = parse(start);
    const e = parse(end);
    if (!s.isValid || !e.isValid) return `${start}–${end}`;
    if (isDate(start)) {
      // All-day ends are exclusive (RFC 5545 §3.6.1): the last day is the day before.
      const last = isDate(end) ? e.minus({ days: 1 }) : e;
      return last.toISODate() === s.toISODate() || last < s
        ? words.allDay(s.toFormat(day()))
        : words.allDay(`${s.toFormat(day())}–${last.toFormat(day())}`);
    }
    // A start-only meeting (RFC 5545 §3.6.1: it ends at its start, QB-34) has a time, not a span.
    if (s.toMillis() === e.toMillis()) return when(start);
    return s.toISODate() === e.toISODate() ? `${when(start)}–${e.toFormat('HH:mm')}` : `${when(start)}–${when(end)}`;
  };
  const earliest = (iso: string, meetingStart: string) => {
    const t = parse(iso);
    if (!isDate(meetingStart) || !t.isValid) return when(iso);
    const day = t.hour === 0 && t.minute === 0 && t.second === 0 ? t : t.plus({ days: 1 });
    return when(day.toISODate()!);
  };
  return { parse, isDate, when, span, earliest };
}

/** Set while a finding citing several clocks, or dates of several years, is rendered (see {@link withClockMarks}). */
let markClocks = false;
let markYears = false;

/**
 * Renders a finding's message, naming the clock of every time in it when its data cite times on
 * more than one UTC offset, and the year of every date when they cite dates of more than one year
 * (a district meeting of May 2022 paired with the city's of April 2023 must not read "10 May is
 * before 10 April", QA26-47). The renderers are synchronous, so the marks are set for exactly this call.
 * @param data - the finding's data (every ISO date-time string in it, at any depth, is looked at)
 * @param render - the locale's renderer applied to the data
 * @returns the message
 * @example
 * withClockMarks({ a: '2022-05-11T09:00:00+08:00', b: '2022-05-10T21:00:00-04:00' }, () => zh.when('2022-05-10T21:00:00-04:00'))
 * //=> '5月10日 21:00（UTC−4）'
 */
export function withClockMarks<T>(data: unknown, render: () => T): T {
  const offsets = new Set<string>();
  const years = new Set<string>();
  collectOffsets(data, offsets, years, 0);
  const before = [markClocks, markYears] as const;
  markClocks = offsets.size > 1;
  markYears = years.size > 1;
  try {
    return render();
  } finally {
    [markClocks, markYears] = before;
  }
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u;

function collectOffsets(value: unknown, into: Set<string>, years: Set<string>, depth: number): void {
  if (typeof value === 'string') {
    const m = DATE_TIME.exec(value);
    if (m !== null) into.add(m[1] === 'Z' ? '+00:00' : m[1]!);
    if (m !== null || DATE.test(value)) years.add(value.slice(0, 4));
  } else if (depth < 4 && Array.isArray(value)) {
    for (const item of value) collectOffsets(item, into, years, depth + 1);
  } else if (depth < 4 && value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectOffsets(item, into, years, depth + 1);
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** `UTC+8`, `UTC−4`, `UTC+5:30`, `UTC` (minus sign, as printed). */
function clockName(offset: number): string {
  if (offset === 0) return 'UTC';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `UTC${offset < 0 ? '−' : '+'}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}
