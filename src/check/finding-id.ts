/**
 * Stable finding ids: the same conflict gets the same id on every run and every machine, whatever
 * order the calendars or their events came in, so an office tool can remember "already handled".
 */
import { fnv1a64 } from './internal/fnv1a.js';

/**
 * The id of a finding, from what identifies it: the rule, the kind, the occurrences (by key) and
 * the people. Keys and people are sorted first, so the order a rule lists them in does not matter.
 * The hash is 48 bits of FNV-1a 64: at 100 000 findings a collision has odds of about 1 in 50 000,
 * and two findings that do collide are still told apart by `rule` and `kind` in the id.
 * @param rule - the rule id from the config
 * @param kind - the finding kind
 * @param occurrenceKeys - keys of the occurrences involved
 * @param people - ids of the people involved
 * @returns `<rule>:<kind>:<12 hex digits>`
 * @example
 * findingId('people', 'double-booking', ['mayor/a', 'city/b'], ['li'])
 * //=> 'people:double-booking:18fe5720dda8'
 */
export function findingId(
  rule: string,
  kind: string,
  occurrenceKeys: readonly string[],
  people: readonly string[],
): string {
  // Separators that cannot occur in keys or ids written in a config or an .ics (control characters).
  const identity = [rule, kind, [...occurrenceKeys].sort().join('\u0001'), [...people].sort().join('\u0001')].join('\u0000');
  return `${rule}:${kind}:${fnv1a64(identity).slice(0, 12)}`;
}
