/**
 * `related-to` equals its brute-force reference (test/properties/references/related-to.ts) on generated
 * meetings linked by RELATED-TO with every temporal RELTYPE and GAP (negative ones too: RFC 9253 §6.2
 * allows a lead), links to UIDs not loaded, links
 * backwards and forwards (so rings form), recurring prerequisites (a link naming a series: its instances,
 * a moved RECURRENCE-ID override, a cancelled instance), cancelled targets and dependents, copies on two
 * calendars whose STATUS may disagree, touching and nested meetings.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { relatedTo } from '../../../src/rules/related-to.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { expectReached, kindCounter, reportCounts } from '../internal/schedule.js';
import { relatedToReference, type RelatedFinding } from '../references/related-to.js';

const RELTYPES = ['FINISHTOSTART', 'STARTTOSTART', 'FINISHTOFINISH', 'STARTTOFINISH', 'DEPENDS-ON'] as const;
const uidOf = (i: number) => `r-${i}-e4c2@tongchou.test`;

const meetingArb = fc.record({
  slot: fc.integer({ min: 0, max: 30 }),
  length: fc.constantFrom(0, 30, 60, 120, 240),
  cancelled: fc.constantFrom(false, false, false, true),
  copy: fc.boolean(),
  /** The copy on the second calendar says the other STATUS (one office took the cancellation, the other not). */
  copyDisagrees: fc.constantFrom(false, false, false, true),
  // A recurring meeting: instances every `every` slots, one override moved by `shift` slots or cancelled.
  series: fc.option(
    fc.record({
      count: fc.integer({ min: 2, max: 4 }),
      every: fc.constantFrom(3, 8, 48),
      override: fc.option(fc.record({ index: fc.integer({ min: 0, max: 3 }), shift: fc.integer({ min: -5, max: 5 }), cancelled: fc.boolean() }), { nil: null }),
    }),
    { freq: 2, nil: null },
  ),
  // Links name any generated meeting (earlier, later, itself) or a UID that is not loaded (-1).
  links: fc.uniqueArray(fc.record({ to: fc.integer({ min: -1, max: 9 }), relType: fc.constantFrom(...RELTYPES), gap: fc.constantFrom(undefined, 'PT0S', 'PT30M', 'PT2H', '-PT1H', '-P1D') }), { maxLength: 2, selector: (l) => l.to }),
});

const order = (list: readonly RelatedFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('related-to equals a per-link reference', () => {
  test('generated RELATED-TO links (every temporal RELTYPE, GAP), recurring prerequisites, rings', () => {
    const seen = kindCounter();
    let recurringPairs = 0;
    let recurringMissing = 0;
    let cases = 0;
    fc.assert(
      fc.property(fc.array(meetingArb, { maxLength: 10 }), (meetings) => {
        const origin = DateTime.fromISO('2022-05-10T08:00:00', { zone: 'Asia/Shanghai' });
        const occurrences: Occurrence[] = [];
        const meetingOf = new Map<string, string>();
        meetings.forEach((m, i) => {
          const targets = m.links.map((l) => (l.to === -1 ? 'not-loaded@elsewhere' : uidOf(l.to % meetings.length)));
          const relations = m.links
            .map((l, k) => ({ target: targets[k]!, relType: l.relType, ...(l.gap === undefined ? {} : { gap: l.gap }) }))
            .filter((r, k) => targets.indexOf(r.target) === k);
          const first = origin.plus({ minutes: 30 * m.slot });
          // Instances: [original start, actual start, cancelled]; a moved override that lands on another instance's start is left out (instances of one UID start at distinct times).
          const instances: [DateTime, DateTime, boolean][] = [];
          for (let k = 0; k < (m.series?.count ?? 1); k += 1) {
            const original = first.plus({ minutes: 30 * k * (m.series?.every ?? 0) });
            const override = m.series?.override?.index === k ? m.series.override : null;
            const actual = override === null ? original : original.plus({ minutes: 30 * override.shift });
            if (instances.some(([, a]) => a.equals(actual))) continue;
            instances.push([original, actual, m.cancelled || (override?.cancelled ?? false)]);
          }
          for (const [original, start, cancelled] of instances) {
            const recurrenceId = m.series === null ? null : original.toUTC().toISO({ suppressMilliseconds: true });
            for (const [c, cal] of (m.copy ? ['shi', 'qu'] : ['qu']).entries()) {
              const status = (c === 1 && m.copyDisagrees ? !cancelled : cancelled) ? 'cancelled' : null;
              const o = occurrence({ calendar: cal, uid: uidOf(i), recurrenceId, start: start.toFormat('yyyy-MM-dd HH:mm'), summary: `会议${i}`, status, relations });
              const placed = { ...o, end: start.plus({ minutes: m.length }) };
              occurrences.push(placed);
              meetingOf.set(placed.key, `m${i}${recurrenceId === null ? '' : `@${recurrenceId}`}`);
            }
          }
        });
        const findings = runRule(relatedTo, { occurrences });
        const actual = findings.map((f): RelatedFinding => {
          const ids = f.occurrences.map((o) => meetingOf.get(o.key)!);
          if (f.kind === 'order-cycle') return { rule: 'test', kind: f.kind, dependent: [...ids].sort()[0]!, other: [...ids].sort().slice(1).join(' '), relation: '' };
          if (f.kind === 'order-missing') return { rule: 'test', kind: f.kind, dependent: ids[0]!, other: f.data.link, relation: 'FINISHTOSTART' };
          const earliest = DateTime.fromISO(f.data.earliestStart, { setZone: true }).toMillis();
          expect(f.suggestion).toEqual({ earliestStart: f.data.earliestStart, occurrence: f.occurrences[0]!.key });
          return { rule: 'test', kind: f.kind, dependent: ids[0]!, other: ids[1]!, relation: f.data.relation, earliest };
        });
        const expected = relatedToReference(occurrences, meetingOf);
        expect(order(actual)).toEqual(order(expected));
        seen.add(findings);
        recurringPairs += findings.filter((f) => f.kind === 'order' && f.occurrences[1]?.recurrenceId !== null).length;
        const seriesUids = new Set(occurrences.filter((o) => o.recurrenceId !== null).map((o) => o.uid));
        recurringMissing += findings.filter((f) => f.kind === 'order-missing' && seriesUids.has(f.data.link)).length;
        cases += 1;
      }),
      propertyParameters(140),
    );
    reportCounts('related-to', { cases, order: seen.count('order'), 'order-missing': seen.count('order-missing'), 'order-cycle': seen.count('order-cycle'), recurringPairs, recurringMissing });
    for (const kind of ['order', 'order-missing', 'order-cycle']) expect(seen.count(kind)).toBeGreaterThan(0);
    // An order finding whose prerequisite is an instance of a recurring series, and order-missing for a series all cancelled.
    expectReached({ recurringPairs, recurringMissing });
  });
});
