import fc from 'fast-check';
import { relatedTo } from '../../src/rules/related-to.js';
import { occurrence as occ, weekly } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const province = { id: 'province', level: 'province' as const };
const city = { id: 'city', level: 'city' as const };
const district = { id: 'district', level: 'district' as const };
const township = { id: 'township', level: 'township' as const };

ruleTester.run(relatedTo, {
  valid: [
    {
      name: 'FINISHTOSTART satisfied',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 11:00', relations: [{ target: 'c', relType: 'FINISHTOSTART' }] }),
      ],
    },
    {
      name: 'PARENT, CHILD and SIBLING links are not time dependencies',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00' }),
        occ({
          calendar: district,
          uid: 'd',
          start: '2022-05-09 09:00',
          relations: [{ target: 'c' }, { target: 'c', relType: 'CHILD' }, { target: 'c', relType: 'SIBLING' }],
        }),
      ],
    },
    {
      name: 'a link to a UID that is not loaded gives nothing (that calendar was not given)',
      occurrences: [occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', relations: [{ target: 'elsewhere', relType: 'DEPENDS-ON' }] })],
    },
    {
      name: 'a link to a recurring series is satisfied by an earlier instance (pairing: latest satisfied)',
      occurrences: [
        ...weekly({ calendar: city, uid: 'series', start: '2022-05-02 09:00', end: '2022-05-02 12:00' }, 3),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 10:00', relations: [{ target: 'series', relType: 'FINISHTOSTART' }] }),
      ],
    },
    {
      name: 'STARTTOSTART allows overlapping once the prerequisite has started',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 12:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 09:00', relations: [{ target: 'c', relType: 'STARTTOSTART' }] }),
      ],
    },
    {
      name: 'the link is read on the dependent only: the same link on the prerequisite side says the opposite',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-09 09:00', relations: [{ target: 'd', relType: 'FINISHTOSTART' }] }),
        occ({ calendar: district, uid: 'd', start: '2022-05-08 09:00' }),
      ],
    },
    {
      name: 'REFID shared across levels, in order',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', refIds: ['2022-河长制-1'] }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', refIds: ['2022-河长制-1'] }),
      ],
    },
    {
      name: 'CONCEPT shared by meetings of the same level pairs nothing',
      occurrences: [
        occ({ calendar: district, uid: 'd1', start: '2022-05-11 09:00', concepts: ['urn:x:river'] }),
        occ({ calendar: { id: 'district-gov', level: 'district' }, uid: 'd2', start: '2022-05-10 09:00', concepts: ['urn:x:river'] }),
      ],
    },
    {
      name: 'calendars without a level take no part in CONCEPT / REFID pairing',
      occurrences: [
        occ({ calendar: 'plain-a', uid: 'a', start: '2022-05-11 09:00', refIds: ['r'] }),
        occ({ calendar: 'plain-b', uid: 'b', start: '2022-05-10 09:00', refIds: ['r'] }),
      ],
    },
  ],
  invalid: [
    {
      name: 'FINISHTOSTART violated → order with suggestion, paired by the RELATED-TO UID',
      params: { id: 'related-to' },
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00', summary: '市防汛会议' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 10:00', summary: '区防汛会议', relations: [{ target: 'c', relType: 'FINISHTOSTART' }] }),
      ],
      findings: [
        {
          kind: 'order',
          occurrences: ['district/d', 'city/c'],
          suggestion: { earliestStart: '2022-05-10T11:00:00+08:00', occurrence: 'district/d' },
          data: { relation: 'FINISHTOSTART', pairedBy: 'related-to', link: 'c', minGap: 'PT0S' },
        },
      ],
    },
    {
      name: 'DEPENDS-ON on the dependent is read as finish-to-start; GAP is the minimum gap',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 11:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', relations: [{ target: 'c', relType: 'DEPENDS-ON', gap: 'P1D' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'], data: { relation: 'FINISHTOSTART', minGap: 'P1D', earliestStart: '2022-05-11T11:00:00+08:00' } }],
    },
    {
      name: 'STARTTOSTART violated',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 08:59', relations: [{ target: 'c', relType: 'STARTTOSTART' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'], data: { relation: 'STARTTOSTART', earliestStart: '2022-05-10T09:00:00+08:00' } }],
    },
    {
      name: 'FINISHTOFINISH violated: the suggestion keeps the dependent’s length',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 12:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 10:00', end: '2022-05-10 11:00', relations: [{ target: 'c', relType: 'FINISHTOFINISH' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'], data: { relation: 'FINISHTOFINISH', earliestStart: '2022-05-10T11:00:00+08:00' } }],
    },
    {
      name: 'STARTTOFINISH violated',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', end: '2022-05-10 12:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-10 07:00', end: '2022-05-10 08:00', relations: [{ target: 'c', relType: 'STARTTOFINISH' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'], data: { relation: 'STARTTOFINISH', earliestStart: '2022-05-10T08:00:00+08:00' } }],
    },
    {
      name: 'VALUE=URI urn:uuid: targets find the bare UUID, case-insensitively',
      occurrences: [
        occ({ calendar: city, uid: 'C3E5A7B9-1D3F-4E5A-9B7C-1D3E5F7A9B1C', start: '2022-05-10 09:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', relations: [{ target: 'urn:uuid:c3e5a7b9-1d3f-4e5a-9b7c-1d3e5f7a9b1c', relType: 'DEPENDS-ON', valueType: 'uri' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/C3E5A7B9-1D3F-4E5A-9B7C-1D3E5F7A9B1C'], data: { link: 'urn:uuid:c3e5a7b9-1d3f-4e5a-9b7c-1d3e5f7a9b1c' } }],
    },
    {
      name: 'RELTYPE is matched case-insensitively',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', relations: [{ target: ' c ', relType: 'finishtostart' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'] }],
    },
    {
      name: 'a target that exists only as cancelled → order-missing',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', status: 'cancelled' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-11 09:00', relations: [{ target: 'c', relType: 'FINISHTOSTART' }] }),
      ],
      findings: [{ kind: 'order-missing', occurrences: ['district/d'], data: { pairedBy: 'related-to', link: 'c', cancelled: 1, cycle: 'none', period: '*' } }],
    },
    {
      name: 'a link to a recurring series: no instance ended first → paired with the one running at the time',
      occurrences: [
        ...weekly({ calendar: city, uid: 'series', start: '2022-05-02 09:00', end: '2022-05-02 12:00' }, 3),
        occ({ calendar: district, uid: 'd', start: '2022-05-02 10:00', relations: [{ target: 'series', relType: 'FINISHTOSTART' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/series/2022-05-02T01:00:00Z'] }],
    },
    {
      name: 'REFID across files: the district meeting before the city one',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', refIds: ['2022-河长制-1'] }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', refIds: ['2022-河长制-1'] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'], data: { pairedBy: 'refid', link: '2022-河长制-1' } }],
    },
    {
      name: 'CONCEPT chains pair level by level (province → city → district), not district → province',
      occurrences: [
        occ({ calendar: province, uid: 'p', start: '2022-05-08 09:00', concepts: ['urn:gov:river'] }),
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', concepts: ['urn:gov:river'] }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', concepts: ['urn:gov:river'] }),
        occ({ calendar: township, uid: 't', start: '2022-05-09 12:00', concepts: ['urn:gov:river'] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'], data: { pairedBy: 'concept', link: 'urn:gov:river' } }],
    },
    {
      name: 'the nearest higher level holding the value is the prerequisite, even if only cancelled there',
      occurrences: [
        occ({ calendar: province, uid: 'p', start: '2022-05-08 09:00', refIds: ['r'] }),
        occ({ calendar: city, uid: 'c', start: '2022-05-08 09:00', refIds: ['r'], status: 'cancelled' }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', refIds: ['r'] }),
      ],
      findings: [{ kind: 'order-missing', occurrences: ['district/d'], data: { pairedBy: 'refid', link: 'r', cancelled: 1 } }],
    },
    {
      name: 'a pair found by RELATED-TO and REFID is reported once, as RELATED-TO',
      occurrences: [
        occ({ calendar: city, uid: 'c', start: '2022-05-10 09:00', refIds: ['r'] }),
        occ({ calendar: district, uid: 'd', start: '2022-05-09 09:00', refIds: ['r'], relations: [{ target: 'c', relType: 'DEPENDS-ON' }] }),
      ],
      findings: [{ kind: 'order', occurrences: ['district/d', 'city/c'], data: { pairedBy: 'related-to' } }],
    },
    {
      name: 'A needs B needs A: one order-cycle, no order findings, no endless loop',
      occurrences: [
        occ({ calendar: city, uid: 'a', start: '2022-05-10 09:00', summary: 'A', relations: [{ target: 'b', relType: 'FINISHTOSTART' }] }),
        occ({ calendar: district, uid: 'b', start: '2022-05-11 09:00', summary: 'B', relations: [{ target: 'a', relType: 'FINISHTOSTART' }] }),
      ],
      findings: [{ kind: 'order-cycle', occurrences: ['city/a', 'district/b'], data: { size: 2, meetings: 'A → B → A', links: 'RELATED-TO:a、RELATED-TO:b' } }],
    },
    {
      name: 'a three-meeting ring with a tail: the ring is reported, the tail edge is checked normally',
      occurrences: [
        occ({ calendar: 'x', uid: 'a', start: '2022-05-10 09:00', summary: 'A', relations: [{ target: 'b', relType: 'DEPENDS-ON' }] }),
        occ({ calendar: 'x', uid: 'b', start: '2022-05-11 09:00', summary: 'B', relations: [{ target: 'c', relType: 'DEPENDS-ON' }] }),
        occ({ calendar: 'x', uid: 'c', start: '2022-05-12 09:00', summary: 'C', relations: [{ target: 'a', relType: 'DEPENDS-ON' }] }),
        occ({ calendar: 'x', uid: 't', start: '2022-05-09 09:00', summary: 'T', relations: [{ target: 'a', relType: 'DEPENDS-ON' }] }),
      ],
      findings: [
        { kind: 'order-cycle', occurrences: ['x/a', 'x/b', 'x/c'], data: { size: 3, meetings: 'A → B → C → A' } },
        { kind: 'order', occurrences: ['x/t', 'x/a'] },
      ],
    },
  ],
});

describe('properties', () => {
  test('any pattern of links terminates, and each ring is reported exactly once', () => {
    const links = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })), { maxLength: 15 });
    fc.assert(
      fc.property(links, fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 6, maxLength: 6 }), (pairs, days) => {
        const occurrences = days.map((day, i) =>
          occ({
            calendar: 'x',
            uid: `n${i}`,
            start: occ({ start: '2022-05-01 09:00' }).start.plus({ days: day }).toFormat('yyyy-MM-dd HH:mm'),
            relations: pairs.filter(([from]) => from === i).map(([, to]) => ({ target: `n${to}`, relType: 'FINISHTOSTART' })),
          }),
        );
        const findings = runRule(relatedTo, { name: 'p', occurrences });
        const ringMembers = findings.filter((f) => f.kind === 'order-cycle').flatMap((f) => f.occurrences.map((o) => o.key));
        // Rings are disjoint strongly connected components: no meeting in two of them.
        expect(new Set(ringMembers).size).toBe(ringMembers.length);
        expect(runRule(relatedTo, { name: 'p', occurrences: [...occurrences].reverse() })).toEqual(findings);
      }),
    );
  });
});

describe('related-to next to a follows rule judging the same pair (QB-41)', () => {
  const rule = { id: 'f', kind: 'follows' as const, dependent: { level: 'district' as const }, prerequisite: { level: 'city' as const } };
  const links = { id: 'related-to', kind: 'related-to' as const };
  const cityMeeting = occ({ calendar: city, uid: 'c', start: '2022-04-20 09:00', end: '2022-04-20 11:00', refIds: ['hzz'] });
  test('a shared REFID gives no second order', () => {
    const early = occ({ calendar: district, uid: 'd', start: '2022-04-19 09:00', refIds: ['hzz'] });
    expect(runRule(relatedTo, { occurrences: [cityMeeting, early], params: links, rules: [rule, links] })).toEqual([]);
  });
  test('a RELATED-TO with a GAP of its own is still checked', () => {
    const soon = occ({ calendar: district, uid: 'd', start: '2022-04-20 12:00', relations: [{ target: 'c', relType: 'FINISHTOSTART', gap: 'PT2H' }] });
    expect(runRule(relatedTo, { occurrences: [cityMeeting, soon], params: links, rules: [rule, links] }).map((f) => f.kind)).toEqual(['order']);
  });
});
