/**
 * `related-to`, CONCEPT / REFID part, equals its brute-force reference
 * (test/properties/references/related-to-concept.ts): meetings of four levels sharing values, the nearest
 * higher level holding a value being the prerequisite, copies on two calendars of one level, cancelled
 * meetings (a level that holds a value only in cancelled meetings) and copies whose STATUS disagrees.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { relatedTo } from '../../../src/rules/related-to.js';
import type { Level } from '../../../src/model/calendar.js';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { occurrence } from '../../helpers/occurrence.js';
import { runRule } from '../../helpers/rule-tester.js';
import { kindCounter, reportCounts } from '../internal/schedule.js';
import { conceptReference, type ConceptFinding } from '../references/related-to-concept.js';

const LEVELS: readonly Level[] = ['province', 'city', 'district', 'township'];
const meetingArb = fc.record({
  level: fc.integer({ min: 0, max: 3 }),
  slot: fc.integer({ min: 0, max: 40 }),
  value: fc.constantFrom<readonly ['concept' | 'refid', string] | null>(['concept', 'https://gov.cn/concept/河长制'], ['concept', 'https://gov.cn/concept/防汛'], ['refid', '2022-河长制-1'], null),
  copy: fc.boolean(),
  cancelled: fc.constantFrom(false, false, true),
  /** The copy on the second calendar says the other STATUS. */
  copyDisagrees: fc.constantFrom(false, false, false, true),
});

const order = (list: readonly ConceptFinding[]) => [...list].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

describe('related-to (CONCEPT, REFID) equals a nearest-higher-level reference', () => {
  test('generated meetings of four levels sharing CONCEPT and REFID values', () => {
    const seen = kindCounter();
    fc.assert(
      fc.property(fc.array(meetingArb, { maxLength: 12 }), (generated) => {
        // One fixed length (two hours) and distinct starts per level, so that "latest" is unambiguous.
        const taken = new Set<string>();
        const meetings = generated.filter((m) => !taken.has(`${m.level} ${m.slot}`) && taken.add(`${m.level} ${m.slot}`) !== undefined);
        const origin = DateTime.fromISO('2022-05-10T08:00:00', { zone: 'Asia/Shanghai' });
        const occurrences: Occurrence[] = [];
        const meetingOf = new Map<string, string>();
        meetings.forEach((m, i) => {
          const start = origin.plus({ minutes: 60 * m.slot });
          const level = LEVELS[m.level]!;
          for (const [c, cal] of (m.copy ? [`${level}-a`, `${level}-b`] : [`${level}-a`]).entries()) {
            const cancelled = c === 1 && m.copyDisagrees ? !m.cancelled : m.cancelled;
            const o = occurrence({ calendar: { id: cal, level }, uid: `c-${i}-a9e1@tongchou.test`, start: start.toFormat('yyyy-MM-dd HH:mm'), summary: `${level}会议${i}`, status: cancelled ? 'cancelled' : null });
            const placed: Occurrence = { ...o, end: start.plus({ hours: 2 }), concepts: m.value?.[0] === 'concept' ? [m.value[1]] : [], refIds: m.value?.[0] === 'refid' ? [m.value[1]] : [] };
            occurrences.push(placed);
            meetingOf.set(placed.key, `m${i}`);
          }
        });
        const findings = runRule(relatedTo, { occurrences });
        const actual = findings.map((f): ConceptFinding => {
          const ids = f.occurrences.map((o) => meetingOf.get(o.key)!);
          if (f.kind === 'order-missing') return { kind: f.kind, dependent: ids[0]!, prerequisite: '', link: f.data.link };
          if (f.kind !== 'order') throw new Error(`unexpected ${f.kind}`);
          return { kind: f.kind, dependent: ids[0]!, prerequisite: ids[1]!, link: f.data.link };
        });
        expect(order(actual)).toEqual(order(conceptReference(occurrences, meetingOf)));
        seen.add(findings);
      }),
      propertyParameters(140),
    );
    reportCounts('related-to-concept', { order: seen.count('order'), 'order-missing': seen.count('order-missing') });
    for (const kind of ['order', 'order-missing']) expect(seen.count(kind)).toBeGreaterThan(0);
  });
});
