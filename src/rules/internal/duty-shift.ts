/**
 * Duty shifts, which no rule about meetings judges: a roster is staffed on holidays, at night and
 * while a congress sits by design (QC-10, QF-15, QF-18).
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { RuleConfig } from '../../model/rule-config.js';
import { namesDutyEntry } from './commitment.js';

/**
 * A predicate for the duty shifts of a check: on a calendar a `coverage` rule checks, an entry naming a
 * duty (值班：李明, 白班, 带班领导：王芳) or naming nobody and no place (张伟, a roster of names), but not a
 * meeting the 总值班室 convenes (节前值班工作部署会, or anything with attendees in a room: QD-6); on a
 * leader's own diary (a calendar with an `owner`), an entry naming a duty and no meeting — his
 * 春节期间带班 or 值班 copied from the office's roster (QF-15).
 * @param rules - the config's rules (which calendars `coverage` checks)
 * @returns whether an occurrence is a duty shift
 * @example
 * dutyShift([{ id: 'duty', kind: 'coverage', calendar: 'duty' }])(occurrence({ calendar: 'duty', start: '2027-02-06', summary: '值班：张伟' }))
 * //=> true
 */
export function dutyShift(rules: readonly RuleConfig[] | undefined): (o: Occurrence) => boolean {
  const rosters = new Set<string>();
  for (const rule of rules ?? []) if (rule.kind === 'coverage') for (const id of typeof rule.calendar === 'string' ? [rule.calendar] : rule.calendar) rosters.add(id);
  return (o) =>
    rosters.has(o.calendar.id)
      ? namesDutyEntry(o.summary) || (o.attendees.length === 0 && (o.location ?? '').trim() === '')
      : o.calendar.owner !== null && namesDutyEntry(o.summary);
}
