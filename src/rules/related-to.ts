/**
 * `related-to`: the dependencies that calendars carry themselves (RFC 9253), honoured with no
 * configuration.
 */
import { followsDependencies, linkDependencies } from './internal/dependencies.js';
import type { ParsedGap } from './internal/gap.js';
import { meetingKey } from './internal/occurrence-ref.js';
import type { Occurrence } from '../model/occurrence.js';
import { orderingFindings } from './internal/ordering.js';
import { defineRule, type RuleFinding } from './rule.js';

type LinkKind = 'order' | 'order-missing' | 'order-cycle';

/**
 * Checks the explicit links between meetings:
 *
 * - `RELATED-TO;RELTYPE=FINISHTOSTART|STARTTOSTART|FINISHTOFINISH|STARTTOFINISH|DEPENDS-ON;GAP=…`
 *   on the **dependent** meeting, naming the prerequisite's UID (RFC 9253 §9.1: the property is on
 *   the component that depends; DEPENDS-ON is read as finish-to-start; GAP §6.2 is the minimum gap).
 *   A link to a UID that is not loaded is ignored (its calendar was not given).
 * - A CONCEPT (§7.1) or REFID (§7.2) value shared across levels: each meeting follows the meetings
 *   of the nearest higher level holding the same value (a district rarely holds the city event's
 *   UID, but both can carry `REFID:2022-河长制-1`).
 *
 * Pairing among several instances of the target is as in `follows` (see `internal/dependencies.ts`).
 * Findings: `order` with the earliest compliant start, `order-missing` when the target exists only
 * as cancelled, `order-cycle` for rings. Links carry no maximum gap, so no `order-late`.
 *
 * The checker runs this rule by default (id `related-to`); `{"kind": "related-to", "enabled": false}`
 * turns it off.
 *
 * @example
 * // The district meeting carries RELATED-TO;RELTYPE=FINISHTOSTART:<city meeting UID> but starts first:
 * relatedTo.check({ ...ctx, params: { id: 'related-to', kind: 'related-to' } }).map((f) => f.kind)
 * //=> ['order']
 */
export const relatedTo = defineRule({
  kind: 'related-to',
  docs: {
    'zh-CN':
      '日程自带的先后关联（RFC 9253 的 RELATED-TO 关系类型与间隔，以及跨层级相同的 CONCEPT / REFID 编号），无需配置即检查会议先后顺序并报告循环依赖。',
    en: 'Dependencies carried by the calendars themselves (RFC 9253 RELATED-TO with RELTYPE and GAP, and CONCEPT / REFID values shared across levels), checked with no configuration; reports dependency rings.',
  },
  messages: { order: 'error', 'order-missing': 'warning', 'order-cycle': 'error' },
  check(ctx) {
    const links = linkDependencies(ctx.occurrences, ctx.params.id);
    // A pair a `follows` rule of the check already judges is that rule's business: a shared REFID or a
    // RELATED-TO without GAP asks nothing more than any follows rule does, and one early meeting would
    // be two errors (QB-41). A link with a GAP of its own is still checked.
    const judged = new Set<string>();
    for (const rule of ctx.rules ?? []) {
      if (rule.kind !== 'follows' || rule.enabled === false) continue;
      for (const e of followsDependencies(ctx.occurrences, rule, ctx.zone, ctx.holidays, ctx.rules).edges) judged.add(pairKey(e.dependent, e.prerequisite));
    }
    // Only the `order` findings are left out: the links stay in the graph, so rings are found as before.
    const repeated = new Set(
      links.edges.filter((e) => zeroGap(e.minGap) && judged.has(pairKey(e.dependent, e.prerequisite))).map((e) => `${e.dependent.key}\u0000${e.prerequisite.key}`),
    );
    return orderingFindings(ctx, links).filter(
      (f): f is RuleFinding<LinkKind> =>
        f.kind !== 'order-late' && !(f.kind === 'order' && repeated.has(`${f.occurrences[0]?.key}\u0000${f.occurrences[1]?.key}`)),
    );
  },
});

function pairKey(dependent: Occurrence, prerequisite: Occurrence): string {
  return `${meetingKey(dependent)}\u0000${meetingKey(prerequisite)}`;
}

function zeroGap(gap: ParsedGap): boolean {
  return gap.kind === 'duration' && gap.duration.toMillis() === 0;
}
