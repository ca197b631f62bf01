/**
 * `related-to` equals its brute-force reference (test/properties/references/related-to.ts) on generated
 * meetings linked by RELATED-TO with every temporal RELTYPE and GAP, links to UIDs not loaded,
 * cancelled targets and dependents, copies on two calendars, touching and nested meetings.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { relatedTo } from '../../../src/rules/related-to.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter } from '../internal/schedule.js';
import { relatedToReference, type RelatedFinding } from '../references/related-to.js';

const RELTYPES = ['FINISHTOSTART', 'STARTTOSTART', 'FINISHTOFINISH', 'STARTTOFINISH', 'DEPENDS-ON'] as const;
const uidOf = (i: number) => `r-${i}-e4c2@tongchou.test`;

const meetingArb = fc.record({
  slot: fc.integer({ min: 0, max: 30 }),
  length: fc.constantFrom(0, 30, 60, 120, 240),
  cancelled: fc.constantFrom(false, false, false, true),
  copy: fc.boolean(),
  // Links point to earlier-generated meetings only (no rings), or to a UID that is not loaded (-1).
  links: fc.uniqueArray(fc.record({ back: fc.integer({ min: -1, max: 5 }), relType: fc.constantFrom(...RELTYPES), gap: fc.constantFrom(undefined, 'PT0S', 'PT30M', 'PT2H') }), { maxLength: 2, selector: (l) => l.back }),
});

const order = (list: readonly RelatedFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('related-to equals a per-link reference', () => {
  test('generated RELATED-TO links (FINISHTOSTART, STARTTOSTART, FINISHTOFINISH, STARTTOFINISH, DEPENDS-ON; GAP)', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(fc.array(meetingArb, { maxLength: 10 }), (meetings) => {
        const origin = DateTime.fromISO('2022-05-10T08:00:00', { zone: 'Asia/Shanghai' });
        const occurrences: Occurrence[] = [];
        const meetingOf = new Map<string, string>();
        meetings.forEach((m, i) => {
          const start = origin.plus({ minutes: 30 * m.slot });
          const relations = m.links
            .filter((l) => l.back === -1 || l.back < i)
            .map((l) => ({ target: l.back === -1 ? 'not-loaded@elsewhere' : uidOf(i - 1 - l.back), relType: l.relType, ...(l.gap === undefined ? {} : { gap: l.gap }) }));
          const unique = relations.filter((r, k) => relations.findIndex((s) => s.target === r.target) === k);
          for (const cal of m.copy ? ['shi', 'qu'] : ['qu']) {
            const o = occurrence({ calendar: cal, uid: uidOf(i), start: start.toFormat('yyyy-MM-dd HH:mm'), summary: `会议${i}`, status: m.cancelled ? 'cancelled' : null, relations: unique });
            const placed = { ...o, end: start.plus({ minutes: m.length }) };
            occurrences.push(placed);
            meetingOf.set(placed.key, `m${i}`);
          }
        });
        const findings = runRule(relatedTo, { occurrences });
        const actual = findings.map((f): RelatedFinding => {
          if (f.kind === 'order-cycle') throw new Error('no ring can be generated');
          if (f.kind === 'order-missing') return { kind: f.kind, dependent: meetingOf.get(f.occurrences[0]!.key)!, other: f.data.link, relation: 'FINISHTOSTART' };
          const dependent = meetingOf.get(occurrences.find((o) => o.summary === f.data.dependent)?.key ?? f.occurrences[0]!.key)!;
          return { kind: f.kind, dependent, other: f.occurrences.map((o) => meetingOf.get(o.key)!).find((m) => m !== dependent)!, relation: f.data.relation };
        });
        const expected = relatedToReference(occurrences, meetingOf).map((f) => (f.kind === 'order-missing' ? { ...f, relation: 'FINISHTOSTART' } : f));
        expect(order(actual)).toEqual(order(expected));
        seen.add(findings);
      }),
      propertyParameters(200),
    );
    for (const kind of ['order', 'order-missing']) expect(seen.count(kind)).toBeGreaterThan(0);
  });
});
