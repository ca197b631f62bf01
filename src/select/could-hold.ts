/**
 * Whether a calendar could hold occurrences a selector picks, judged from the calendar's settings
 * alone (id, office, level). Used where a calendar could not be read: a finding that its meetings
 * could have changed says so instead of claiming what the schedule lacks.
 */
import type { CalendarMeta } from '../model/calendar.js';
import type { Selector } from '../model/selector.js';

/**
 * True unless the selector's calendar, office or level conditions rule the calendar out: text and
 * time conditions could match anything of it, and `not` is given the benefit of the doubt.
 * @param selector - the rule's selector
 * @param calendar - a configured calendar
 * @returns whether the calendar may hold a matching occurrence
 * @example
 * couldHold({ level: 'city', summary: '总河长' }, { id: 'city', level: 'city' })
 * //=> true
 */
export function couldHold(selector: Selector, calendar: CalendarMeta): boolean {
  const among = (value: string | undefined, wanted: string | readonly string[] | undefined): boolean =>
    wanted === undefined || (value !== undefined && (typeof wanted === 'string' ? wanted === value : wanted.includes(value)));
  if (!among(calendar.id, selector.calendar) || !among(calendar.office, selector.office) || !among(calendar.level, selector.level)) {
    return false;
  }
  return selector.anyOf === undefined || selector.anyOf.some((s) => couldHold(s, calendar));
}
