import fc from 'fast-check';
import { sortOccurrences } from '../../../src/check/internal/sort-occurrences.js';
import type { FollowsRuleConfig } from '../../../src/model/rule-config.js';
import { relatedTo } from '../../../src/rules/related-to.js';
import { followsDependencies, linkDependencies, linkUidKey, type Dependencies } from '../../../src/rules/internal/dependencies.js';
import { scanOrder } from '../../../src/select/scan-order.js';
import { propertyParameters } from '../../helpers/arbitraries.js';
import { runRule } from '../../helpers/rule-tester.js';
import { occurrence } from '../../helpers/occurrence.js';

const GUID = '6F9619FF-8B86-D011-B42D-00C04FC964FF';

/** A city meeting with `uid`, and a district meeting before it that names it as `target`. */
function pairOf(uid: string, target: string) {
  const city = occurrence({ calendar: 'shi', uid, start: '2022-05-10 09:00', summary: '市会议' });
  const district = occurrence({ calendar: 'qu', uid: 'qu-1@qu.gov.cn', start: '2022-05-09 09:00', summary: '区会议', relations: [{ target, relType: 'FINISHTOSTART' }] });
  return runRule(relatedTo, { occurrences: [city, district] }).map((f) => [f.kind, f.occurrences.map((o) => o.key)]);
}

describe('related-to: a link names its target UID in any of the forms tools write (RFC 9253 §9.1, RFC 4122 §3)', () => {
  test.each([
    ['urn:uuid: prefix, upper-case UUID → lower-case UID', GUID.toLowerCase(), `urn:uuid:${GUID}`],
    ['bare lower-case → upper-case UUID UID', GUID, GUID.toLowerCase()],
    ['UID written with the prefix (any case), link bare', `URN:UUID:${GUID}`, GUID],
    ['UID with outer white space (a hand-edited OA export)', ` ${GUID.toLowerCase()}\u3000`, GUID],
    ['UID that starts with u but is no URN', 'u-42@oa.example', 'u-42@oa.example'],
  ])('%s', (_name, uid, target) => {
    expect(pairOf(uid, target)).toEqual([['order', ['qu/qu-1@qu.gov.cn', `shi/${uid}`]]]);
  });

  test('a UID that is not a UUID compares case-sensitively: no pairing', () => {
    expect(pairOf('ABC-1@qu.gov.cn', 'abc-1@qu.gov.cn')).toEqual([]);
    expect(linkUidKey('ABC-1@qu.gov.cn')).toBe('ABC-1@qu.gov.cn');
  });
});

describe('dependencies read a sorted list in load order (scanOrder) with the same result', () => {
  const CALENDARS = [
    { id: 'shi', level: 'city' as const },
    { id: 'qu-a', level: 'district' as const },
    { id: 'qu-b', level: 'district' as const },
    { id: 'zhen', level: 'township' as const },
    { id: 'li', level: null },
  ];
  const UIDS = ['u1@shi.gov.cn', 'u2@shi.gov.cn', GUID, `urn:uuid:${GUID.toLowerCase()}`, '7'];
  const spec = fc.record({
    calendar: fc.integer({ min: 0, max: CALENDARS.length - 1 }),
    uid: fc.integer({ min: 0, max: UIDS.length - 1 }),
    hour: fc.integer({ min: 0, max: 40 }),
    summary: fc.constantFrom('总河长会议', '防汛会议'),
    cancelled: fc.boolean(),
    sequence: fc.constantFrom(0, 0, 1),
    link: fc.option(fc.tuple(fc.integer({ min: 0, max: UIDS.length - 1 }), fc.constantFrom('FINISHTOSTART', 'DEPENDS-ON', 'STARTTOSTART', 'PARENT'))),
    concept: fc.option(fc.constantFrom('c1', 'c2')),
    refId: fc.option(fc.constantFrom('r1', ' r1 ')),
    order: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  const describeEdges = (d: Dependencies) => ({
    edges: d.edges.map((e) => [e.dependent.key, e.prerequisite.key, e.relation, e.pairedBy, e.link, e.rule]),
    missing: d.missing.map((m) => [m.dependent.key, m.cycle, m.period, m.cancelled, m.pairedBy, m.link]),
  });

  test('property: linkDependencies and followsDependencies on sortOccurrences output (load order remembered) equal those on a plain sorted copy', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 40 }), fc.boolean(), (specs, byUid) => {
        const built = specs.map((s, i) => {
          const cal = CALENDARS[s.calendar]!;
          const base = occurrence({
            calendar: { id: cal.id, level: cal.level },
            uid: UIDS[s.uid]!,
            recurrenceId: `r${i}`,
            start: `2022-05-${String(10 + Math.floor(s.hour / 24)).padStart(2, '0')} ${String(s.hour % 24).padStart(2, '0')}:00`,
            summary: s.summary,
            status: s.cancelled ? 'cancelled' : null,
            relations: s.link === null ? [] : [{ target: UIDS[s.link[0]]!, relType: s.link[1] }],
            concepts: s.concept === null ? [] : [s.concept],
            refIds: s.refId === null ? [] : [s.refId],
          });
          return { ...base, sequence: s.sequence };
        });
        // Loaded in any order, or a UID's occurrences together (as a loader emits a series).
        const loaded = built
          .map((o, i) => [o, byUid ? specs[i]!.uid : specs[i]!.order] as const)
          .sort((a, b) => a[1] - b[1])
          .map(([o]) => o);
        const viaScan = sortOccurrences(loaded);
        const plain = [...viaScan];
        expect(scanOrder(viaScan).occurrences).toEqual(loaded);
        expect(describeEdges(linkDependencies(viaScan, 'related-to'))).toEqual(describeEdges(linkDependencies(plain, 'related-to')));
        const rule: FollowsRuleConfig = { id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长' }, prerequisite: { level: 'city' }, cycle: 'none' };
        expect(describeEdges(followsDependencies(viaScan, rule, 'Asia/Shanghai'))).toEqual(describeEdges(followsDependencies(plain, rule, 'Asia/Shanghai')));
      }),
      propertyParameters(300),
    );
  });
});
