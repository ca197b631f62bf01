/**
 * Rings across rules: a `follows` rule and RELATED-TO links (`related-to`) together equal their
 * brute-force references settled as one graph (test/properties/references/rings.ts `settle`): README
 * `follows`: "Dependency rings (A after B after A, across rules and links) give one `order-cycle` finding
 * and are never looped on" — reported once, by the rule with the smallest id among the ring's edges,
 * whose edges give no `order` of their own, whichever rule made them.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { follows } from '../../../src/rules/follows.js';
import { relatedTo } from '../../../src/rules/related-to.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import type { RuleConfig } from '../../../src/model/rule-config.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { expectReached, kindCounter, reportCounts } from '../internal/schedule.js';
import { followsCycle, followsPending, type FollowsFinding } from '../references/follows.js';
import { relatedToPending, type RelatedFinding } from '../references/related-to.js';
import { settle, type PendingEdge } from '../references/rings.js';

const uidOf = (i: number) => `ring-${i}-5d0c@tongchou.test`;
const meetingArb = fc.record({
  slot: fc.integer({ min: 0, max: 40 }),
  length: fc.constantFrom(30, 60, 120),
  cancelled: fc.constantFrom(false, false, false, false, true),
  /** In the follows rule: a prerequisite (`p`), a dependent (`d`), or neither. */
  role: fc.constantFrom(null, 'p', 'p', 'd', 'd'),
  links: fc.uniqueArray(fc.record({ to: fc.integer({ min: 0, max: 7 }), relType: fc.constantFrom('FINISHTOSTART', 'STARTTOSTART', 'DEPENDS-ON') }), { maxLength: 2, selector: (l) => l.to }),
});

/** One finding shape for both rules. */
type Finding = { readonly rule: string; readonly kind: string; readonly dependent: string; readonly other: string };
const plain = (f: FollowsFinding | RelatedFinding): Finding => ({ rule: f.rule, kind: f.kind, dependent: f.dependent, other: f.other });
const order = (list: readonly Finding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('rings across a follows rule and RELATED-TO links', () => {
  test('equal the references settled as one graph', () => {
    const seen = kindCounter();
    const counts = { cases: 0, mixedRings: 0, followsOwned: 0, linksOwned: 0 };
    fc.assert(
      fc.property(fc.array(meetingArb, { maxLength: 8 }), fc.constantFrom('none', 'week'), fc.boolean(), (generated, cycle, followsFirst) => {
        // Distinct starts: "latest" is unambiguous for both rules.
        const slots = new Set<number>();
        const meetings = generated.filter((m) => !slots.has(m.slot) && slots.add(m.slot) !== undefined);
        const origin = DateTime.fromISO('2022-05-09T08:00:00', { zone: 'Asia/Shanghai' });
        const occurrences: Occurrence[] = [];
        const meetingOf = new Map<string, string>();
        meetings.forEach((m, i) => {
          const start = origin.plus({ minutes: 180 * m.slot });
          const targets = m.links.map((l) => uidOf(l.to % meetings.length));
          const relations = m.links.map((l, k) => ({ target: targets[k]!, relType: l.relType })).filter((r, k) => targets.indexOf(r.target) === k);
          const o = occurrence({ calendar: 'qu', uid: uidOf(i), start: start.toFormat('yyyy-MM-dd HH:mm'), summary: `会议${i}`, status: m.cancelled ? 'cancelled' : null, relations, categories: m.role === null ? [] : [m.role] });
          const placed = { ...o, end: start.plus({ minutes: m.length }) };
          occurrences.push(placed);
          meetingOf.set(placed.key, `m${i}`);
        });
        const chainId = followsFirst ? 'a-chain' : 'z-chain';
        const chain = { id: chainId, kind: 'follows' as const, dependent: { categories: 'd' }, prerequisite: { categories: 'p' }, cycle };
        const links = { id: 'links', kind: 'related-to' as const };
        const rules: RuleConfig[] = [chain, links];
        const findings = [
          ...runRule(follows, { occurrences, params: chain, rules }).map((f) => ({ ...f, rule: chainId })),
          ...runRule(relatedTo, { occurrences, params: links, rules }).map((f) => ({ ...f, rule: 'links' })),
        ];
        const actual = findings.map((f): Finding => {
          const ids = f.occurrences.map((o) => meetingOf.get(o.key)!);
          if (f.kind === 'order-cycle') return { rule: f.rule, kind: f.kind, dependent: [...ids].sort()[0]!, other: [...ids].sort().slice(1).join(' ') };
          if (f.kind === 'order-missing') return { rule: f.rule, kind: f.kind, dependent: ids[0]!, other: f.rule === 'links' ? f.data.link : `${f.data.period} cancelled=${f.data.cancelled}` };
          return { rule: f.rule, kind: f.kind, dependent: ids[0]!, other: ids[1]! };
        });
        const has = (role: string) => (o: Occurrence) => o.categories.includes(role);
        const fromFollows = followsPending(occurrences, meetingOf, [{ id: chainId, isDependent: has('d'), isPrerequisite: has('p'), cycle, minGap: 'PT0S', maxGap: null }], 'Asia/Shanghai');
        const fromLinks = relatedToPending(occurrences, meetingOf, 'links');
        // README related-to: a pair the follows rule already judges gives no second `order` from a link
        // without GAP (these links have none); the link still counts for rings (QB-41).
        const judged = new Set(fromFollows.edges.map((e) => `${e.dependent} ${e.prerequisite}`));
        const edges: PendingEdge<Finding>[] = [
          ...fromFollows.edges.map((e) => ({ ...e, finding: e.finding === null ? null : plain(e.finding) })),
          ...fromLinks.edges.map((e) => ({ ...e, finding: e.finding === null || judged.has(`${e.dependent} ${e.prerequisite}`) ? null : plain(e.finding) })),
        ];
        const expected = [...fromFollows.missing.map(plain), ...fromLinks.missing.map(plain), ...settle(edges, (owner, members) => plain(followsCycle(owner, members)))];
        expect(order(actual)).toEqual(order(expected));
        seen.add(findings);
        counts.cases += 1;
        for (const f of findings) {
          if (f.kind !== 'order-cycle') continue;
          if (f.rule === 'links') counts.linksOwned += 1;
          else counts.followsOwned += 1;
        }
        // A ring whose edges come from both rules.
        const members = (f: (typeof findings)[number]) => new Set(f.occurrences.map((o) => meetingOf.get(o.key)!));
        for (const f of findings.filter((x) => x.kind === 'order-cycle')) {
          const inside = members(f);
          const rulesIn = new Set(edges.filter((e) => inside.has(e.dependent) && inside.has(e.prerequisite)).map((e) => e.rule));
          if (rulesIn.size > 1) counts.mixedRings += 1;
        }
      }),
      propertyParameters(100),
    );
    reportCounts('ordering-rings', { ...counts, order: seen.count('order'), 'order-cycle': seen.count('order-cycle'), 'order-missing': seen.count('order-missing') });
    expect(seen.count('order-cycle')).toBeGreaterThan(0);
    expectReached({ mixedRings: counts.mixedRings, followsOwned: counts.followsOwned, linksOwned: counts.linksOwned });
  });
});
