/**
 * The unit (行政区域) a calendar belongs to — 青山区, 江州市 — so that one run over a city and its
 * districts tells the districts apart: every district has a 第一会议室 and a 区委办 of its own, and
 * holds its own 全区河长制工作会议 (QJ-1..QJ-4).
 */
import type { CalendarInfo, Level } from '../model/calendar.js';
import { levelWords } from './level-words.js';

/** A unit: its name as written (青山区) and the level its last level word states (district). */
export interface Area {
  readonly name: string;
  /** The level of the unit's own level word (区 → district), null for a name without one. */
  readonly level: Level | null;
}

/**
 * The unit a calendar belongs to: its `area` when the caller states one (no config key passes it to
 * loaded calendars yet), else the place its office names before the organ (`officeArea`): 青山区委办 →
 * 青山区, 江州市委办 → 江州市; 区委办 and 市政府办 name none.
 * @param calendar - the calendar (its `area` and `office`)
 * @returns the unit, or null when neither names one
 * @example
 * calendarArea({ office: '青山区委办' })?.name //=> '青山区'
 */
export function calendarArea(calendar: Pick<CalendarInfo, 'office'> & { readonly area?: string | null | undefined }): Area | null {
  const explicit = calendar.area?.normalize('NFKC').trim();
  if (explicit !== undefined && explicit !== '') return named(explicit);
  return calendar.office === null ? null : officeArea(calendar.office);
}

/**
 * The unit an office's name is of: the place names heading it, each a name of two characters or more
 * and its level word (江州市, 青山区, 东城街道; a one-character county, 沛县, at the start), the innermost
 * of them (江州市青山区委办 → 青山区, as 青山区委办). A bare level word (区委办, 市政府办) names no unit, nor
 * does one inside a word after the unit (城乡 of 青山区城乡建设局, 区长 of 青山区区长办公室).
 * @param office - an office's name
 * @returns the unit, or null
 * @example
 * officeArea('江州市委办公室')?.name //=> '江州市'
 * officeArea('区委办') //=> null
 */
export function officeArea(office: string): Area | null {
  let known = offices.get(office);
  if (known === undefined) {
    known = officeAreaUncached(office);
    if (offices.size < MEMO_LIMIT) offices.set(office, known);
  }
  return known;
}

function officeAreaUncached(office: string): Area | null {
  const text = office.normalize('NFKC').replace(/\s+/gu, '').replace(PARTY, '');
  let found: Area | null = null;
  let at = 0;
  for (const word of levelWords(text)) {
    if (word.index < at) continue;
    const name = word.index - at;
    // A one-character name only for a county at the start (沛县): 景区, 园区, 社区 and 城乡 are no units.
    const county = name === 1 && at === 0 && text[word.index] === '县';
    if (name < 2 && !county) break;
    found = { name: text.slice(at, word.index + word.length), level: word.level };
    at = word.index + word.length;
  }
  return found;
}

/** The party's name before an office (中共青山区委办公室). */
const PARTY = /^(?:中共|中国共产党)/u;

function named(name: string): Area {
  const words = levelWords(name);
  const last = words[words.length - 1];
  return { name, level: last !== undefined && last.index + last.length === name.length ? last.level : null };
}

const offices = new Map<string, Area | null>();
const MEMO_LIMIT = 10_000;

/**
 * Whether two calendars belong to two different units of one level (青山区 and 江北区): their
 * offices never hold copies of each other's meetings retyped by hand. Calendars of different levels
 * (江州市 and 青山区: the district records the city's meeting) or with an unknown unit may.
 * @param a - one calendar
 * @param b - another
 * @returns true when both units are known, differ, and are of one level
 * @example
 * areasApart({ office: '青山区委办' }, { office: '江北区委办' }) //=> true
 * areasApart({ office: '青山区委办' }, { office: '区委办' }) //=> false
 */
export function areasApart(
  a: Pick<CalendarInfo, 'office'> & { readonly area?: string | null | undefined },
  b: Pick<CalendarInfo, 'office'> & { readonly area?: string | null | undefined },
): boolean {
  if (a === b) return false;
  const x = calendarArea(a);
  if (x === null) return false;
  const y = calendarArea(b);
  return y !== null && x.name !== y.name && x.level === y.level;
}
