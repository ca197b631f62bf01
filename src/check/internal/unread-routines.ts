/**
 * Routine findings about calendars that could not be read (QC-19): a duty roster whose file is
 * missing, or a saved login page instead of the party office's export, says nothing about the duty
 * room or the 常委会 — "无人值班" or "只安排了 0 次" would be claims about the office the data cannot
 * back. Such findings name the unread calendars in `data.unreadable` and become `info`, as
 * `order-missing` does for an unread prerequisite calendar.
 */
import type { CalendarMeta } from '../../model/calendar.js';
import type { Finding } from '../../model/finding.js';
import type { RuleConfig } from '../../model/rule-config.js';
import { couldHold } from '../../select/could-hold.js';

/**
 * Marks `coverage-gap` findings of a rule one of whose duty calendars was not read, and
 * `cadence-missed` findings of a rule whose meeting could sit on a calendar that was not read.
 * @param findings - the findings of a check (ids unchanged)
 * @param rules - the config's rules
 * @param calendars - the configured calendars
 * @param unreadable - ids of the calendars that could not be read
 * @returns the findings, the affected ones replaced
 * @example
 * markUnreadRoutines(findings, config.rules, config.calendars, new Set(['duty']))
 *   .find((f) => f.kind === 'coverage-gap')?.severity
 * //=> 'info'
 */
export function markUnreadRoutines(
  findings: readonly Finding[],
  rules: readonly RuleConfig[],
  calendars: readonly CalendarMeta[],
  unreadable: ReadonlySet<string> | ReadonlyMap<string, unknown>,
): Finding[] {
  const unread = calendars.filter((c) => unreadable.has(c.id));
  if (unread.length === 0) return [...findings];
  const nameOf = (c: CalendarMeta): string => c.name ?? c.office ?? c.id;
  const names = new Map<string, string>();
  for (const rule of rules) {
    const affected =
      rule.kind === 'coverage'
        ? unread.filter((c) => (typeof rule.calendar === 'string' ? rule.calendar === c.id : rule.calendar.includes(c.id)))
        : rule.kind === 'cadence'
          ? unread.filter((c) => couldHold(rule.event, c))
          : [];
    if (affected.length > 0) names.set(rule.id, affected.map(nameOf).join('、'));
  }
  return findings.map((finding) => {
    const unreadNames = names.get(finding.rule);
    if (unreadNames === undefined) return finding;
    if (finding.kind === 'coverage-gap') return { ...finding, severity: 'info', data: { ...finding.data, unreadable: unreadNames } };
    if (finding.kind === 'cadence-missed') return { ...finding, severity: 'info', data: { ...finding.data, unreadable: unreadNames } };
    return finding;
  });
}
