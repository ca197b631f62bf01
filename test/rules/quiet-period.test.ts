import fc from 'fast-check';
import { quietPeriod } from '../../src/rules/quiet-period.js';
import { at, occurrence as occ } from '../helpers/occurrence.js';
import { runRule, ruleTester } from '../helpers/rule-tester.js';

const district = { level: 'district' as const };
const congress = { summary: '人民代表大会' };
const province = { id: 'prov', level: 'province' as const };
const qu = { id: 'qu', level: 'district' as const };

ruleTester.run(quietPeriod, {
  valid: [
    {
      name: 'a district meeting that ends when the congress session starts (half-open)',
      params: { event: district, during: congress },
      occurrences: [
        occ({ calendar: province, uid: 'c', start: '2022-01-10 09:00', end: '2022-01-10 12:00', summary: '省人民代表大会第五次会议' }),
        occ({ calendar: qu, uid: 'm', start: '2022-01-10 08:00', end: '2022-01-10 09:00', summary: '区政府常务会议' }),
      ],
    },
    {
      name: 'a cancelled session makes no quiet period, and a cancelled meeting is no meeting',
      params: { event: district, during: congress },
      occurrences: [
        occ({ calendar: province, uid: 'c', start: '2022-01-10', end: '2022-01-14', summary: '省人民代表大会', status: 'cancelled' }),
        occ({ calendar: qu, uid: 'm', start: '2022-01-11 09:00', summary: '区政府常务会议' }),
        occ({ calendar: province, uid: 'd', start: '2022-02-10', end: '2022-02-14', summary: '省人民代表大会' }),
        occ({ calendar: qu, uid: 'n', start: '2022-02-11 09:00', summary: '区政府常务会议', status: 'cancelled' }),
      ],
    },
    {
      name: 'fixed span: the day after the last day is free (to is inclusive as a day)',
      params: { event: district, during: { from: '2022-06-01', to: '2022-06-10' } },
      occurrences: [occ({ calendar: qu, uid: 'm', start: '2022-06-11 00:00', summary: '区政府常务会议' }), occ({ calendar: qu, uid: 'n', start: '2022-05-31 23:00', summary: '区政府常务会议' })],
    },
    {
      name: 'a transparent reminder or a FREE entry during the session is no meeting; a session written as a free all-day entry still makes a quiet period',
      params: { event: district, during: congress },
      occurrences: [
        occ({ calendar: province, uid: 'c', start: '2022-01-10', end: '2022-01-12', summary: '省人民代表大会', transparent: true }),
        occ({ calendar: qu, uid: 'r', start: '2022-01-10 09:00', summary: '提醒：准备人代会发言', transparent: true }),
        occ({ calendar: qu, uid: 'f', start: '2022-01-11 09:00', summary: '值班备勤', busy: 'free' }),
      ],
    },
    {
      // The current revision was made a FREE placeholder (moved out, kept as a reminder): the office that
      // did not take the update still shows the old busy slot, which is no meeting at its old time.
      name: 'a stale busy copy whose current revision (higher SEQUENCE) is a FREE entry is no meeting in the quiet period',
      params: { event: district, during: congress },
      occurrences: [
        occ({ calendar: province, uid: 'c', start: '2022-01-10', end: '2022-01-12', summary: '省人民代表大会' }),
        { ...occ({ calendar: qu, uid: 'moved@qu.example', start: '2022-01-11 09:00', summary: '区政府常务会议', busy: 'free' }), sequence: 1 },
        occ({ calendar: { id: 'qz', level: 'district' }, uid: 'moved@qu.example', start: '2022-01-11 09:00', summary: '区政府常务会议' }),
      ],
    },
    {
      name: "the office's retyped copy of the session (new UID, same title, times and place) is the session, not a meeting held during it (QA26-32)",
      params: { event: { calendar: 'gov' }, during: { calendar: 'npc', summary: '人民代表大会' } },
      occurrences: [
        occ({ calendar: 'npc', uid: 'npc-s2@jb.example', start: '2022-05-10 09:00', end: '2022-05-10 17:00', summary: '江滨区第十八届人民代表大会第二次会议', location: '区会议中心' }),
        occ({ calendar: 'gov', uid: 'oa-5521', start: '2022-05-10 09:00', end: '2022-05-10 17:00', summary: '江滨区第十八届人民代表大会第二次会议', location: '区会议中心' }),
      ],
    },
    {
      name: 'a meeting matching both selectors is not in its own quiet period',
      params: { event: { summary: '会议' }, during: { summary: '人民代表大会' } },
      occurrences: [occ({ calendar: qu, uid: 'c', start: '2022-01-10 09:00', summary: '区人民代表大会会议' })],
    },
  ],
  invalid: [
    {
      name: 'a district meeting and its retyped copy during a session and its retyped copy: one finding, citing the first copy of each by key',
      params: { event: district, during: congress },
      occurrences: [
        occ({ calendar: province, uid: 'c@prov.example', start: '2022-01-10', end: '2022-01-12', summary: '省人民代表大会' }),
        occ({ calendar: { id: 'prov2', level: 'province' }, uid: 'oa-c', start: '2022-01-10', end: '2022-01-12', summary: '省人民代表大会' }),
        occ({ calendar: qu, uid: 'm@qu.example', start: '2022-01-11 09:00', summary: '区政府常务会议', location: '区政府大楼第一会议室' }),
        occ({ calendar: { id: 'qu2', level: 'district', owner: 'li' }, uid: 'typed', start: '2022-01-11 09:00', summary: '区政府常务会议', location: '区政府大楼第一会议室' }),
      ],
      findings: [{ kind: 'quiet-period', occurrences: ['qu/m@qu.example', 'prov/c@prov.example'] }],
    },
    {
      name: 'fixed span: a meeting and its retyped copy are one finding',
      params: { event: district, during: { from: '2022-06-01', to: '2022-06-10' } },
      occurrences: [
        occ({ calendar: qu, uid: 'm@qu.example', start: '2022-06-02 09:00', summary: '区政府常务会议', location: '区政府大楼第一会议室' }),
        occ({ calendar: { id: 'qu2', level: 'district' }, uid: 'oa-9', start: '2022-06-02 09:00', summary: '区政府常务会议', location: '区政府大楼第一会议室' }),
      ],
      findings: [{ kind: 'quiet-period', occurrences: ['qu/m@qu.example'] }],
    },
    {
      name: 'a busy meeting during a session written as a transparent all-day entry',
      params: { event: district, during: congress },
      occurrences: [
        occ({ calendar: province, uid: 'c', start: '2022-01-10', end: '2022-01-12', summary: '省人民代表大会', transparent: true }),
        occ({ calendar: qu, uid: 'm', start: '2022-01-11 09:00', summary: '区政府常务会议' }),
      ],
      findings: [{ kind: 'quiet-period', occurrences: ['qu/m', 'prov/c'] }],
    },
    {
      name: 'a district meeting while the provincial congress sits: cites both',
      params: { event: district, during: congress },
      occurrences: [
        occ({ calendar: province, uid: 'c', start: '2022-01-10', end: '2022-01-14', summary: '省人民代表大会第五次会议' }),
        occ({ calendar: qu, uid: 'm', start: '2022-01-13 23:30', end: '2022-01-14 00:30', summary: '区政府常务会议' }),
      ],
      findings: [
        {
          kind: 'quiet-period',
          occurrences: ['qu/m', 'prov/c'],
          severity: 'warning',
          data: { event: '区政府常务会议', during: '省人民代表大会第五次会议', duringStart: '2022-01-10', duringEnd: '2022-01-14' },
        },
      ],
    },
    {
      name: 'fixed span (flood season drills 1–10 June): first and last day, in the report zone',
      params: { event: district, during: { from: '2022-06-01', to: '2022-06-10' } },
      occurrences: [
        occ({ calendar: qu, uid: 'a', start: '2022-06-01 00:00', summary: '区政府常务会议' }),
        occ({ calendar: qu, uid: 'b', start: '2022-06-10 23:00', summary: '区政府常务会议' }),
        occ({ calendar: qu, uid: 'c', zone: 'America/New_York', start: '2022-05-31 11:30', end: '2022-05-31 12:30', summary: '区政府常务会议' }),
      ],
      findings: [
        { kind: 'quiet-period', occurrences: ['qu/a'], data: { during: '', duringStart: '2022-06-01', duringEnd: '2022-06-11' } },
        { kind: 'quiet-period', occurrences: ['qu/b'] },
        { kind: 'quiet-period', occurrences: ['qu/c'] },
      ],
    },
    {
      name: 'one finding per quiet occurrence overlapped',
      params: { event: district, during: { summary: '演练' } },
      occurrences: [
        occ({ calendar: province, uid: 'd1', start: '2022-06-01 09:00', end: '2022-06-01 10:00', summary: '防汛应急演练' }),
        occ({ calendar: province, uid: 'd2', start: '2022-06-01 10:30', end: '2022-06-01 11:00', summary: '防汛应急演练' }),
        occ({ calendar: qu, uid: 'm', start: '2022-06-01 09:30', end: '2022-06-01 10:45', summary: '区政府常务会议' }),
      ],
      findings: [
        { kind: 'quiet-period', occurrences: ['qu/m', 'prov/d1'] },
        { kind: 'quiet-period', occurrences: ['qu/m', 'prov/d2'] },
      ],
    },
  ],
});

describe('properties', () => {
  const slot = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 8 }), quiet: fc.boolean() });
  test('a finding exists exactly for each overlapping (event, quiet) pair, brute force, whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(slot, { maxLength: 14 }), (slots) => {
        const base = at('2022-06-01');
        const occurrences = slots.map((s, i) =>
          occ({
            calendar: s.quiet ? province : qu,
            uid: `u${i}`,
            start: base.plus({ minutes: s.start * 30 }).toFormat('yyyy-MM-dd HH:mm'),
            end: base.plus({ minutes: (s.start + s.length) * 30 }).toFormat('yyyy-MM-dd HH:mm'),
            summary: s.quiet ? '演练' : '会议',
          }),
        );
        const params = { event: { summary: '会议' }, during: { summary: '演练' } };
        const got = runRule(quietPeriod, { params, occurrences: [...occurrences].reverse() }).map((f) => f.occurrences.map((o) => o.key).join(' '));
        // Two slots of one kind at the same times are one meeting (the same title and times, no place:
        // a retyped copy), cited by its smallest key.
        const once = (list: typeof occurrences) => {
          const first = new Map<string, (typeof occurrences)[number]>();
          for (const o of list) {
            const at = `${o.start.toMillis()} ${o.end.toMillis()}`;
            if (!first.has(at) || o.key < first.get(at)!.key) first.set(at, o);
          }
          return [...first.values()];
        };
        const expected: string[] = [];
        for (const e of once(occurrences.filter((o) => o.summary === '会议'))) {
          for (const q of once(occurrences.filter((o) => o.summary === '演练'))) {
            if (e.start < e.end && q.start < q.end && e.start < q.end && q.start < e.end) expected.push(`${e.key} ${q.key}`);
          }
        }
        expect([...got].sort()).toEqual(expected.sort());
      }),
      { numRuns: 200 },
    );
  });
});

describe('duty shifts go on during a session (QF-18)', () => {
  const session = occ({ calendar: { id: 'npc', level: 'district' }, uid: 'npc', start: '2027-01-10', end: '2027-01-14', summary: '江滨区第十九届人民代表大会第七次会议' });
  const roster = { id: 'duty', level: 'district' as const };
  const coverageRule = [{ id: 'duty', kind: 'coverage' as const, calendar: 'duty' }];
  const run = (occurrences: Parameters<typeof occ>[0][], rules = coverageRule) =>
    runRule(quietPeriod, { params: { event: district, during: congress }, rules, occurrences: [session, ...occurrences.map(occ)] }).map((f) => f.occurrences.map((o) => o.key).join(' '));

  test('the shifts of a roster a coverage rule checks, and a leader\'s own duty on his diary, are no meetings in the quiet period', () => {
    expect(run([
      { calendar: roster, uid: 's', start: '2027-01-10 08:30', end: '2027-01-11 08:30', summary: '值班：王芳' },
      { calendar: roster, uid: 'n', start: '2027-01-11 08:30', end: '2027-01-12 08:30', summary: '张伟' },
      { calendar: { id: 'li', level: 'district', owner: 'li' }, uid: 'lead', start: '2027-01-12', summary: '带班领导：李明' },
    ])).toEqual([]);
  });

  test('a meeting the 总值班室 convenes about the duty, with attendees in a room, is flagged; so is a roster not checked by coverage', () => {
    expect(run([
      { calendar: roster, uid: 'm', start: '2027-01-11 15:00', summary: '节前值班工作部署会', location: '区政府大楼第一会议室', attendees: ['mailto:li@qu.gov.cn'] },
    ])).toEqual(['duty/m npc/npc']);
    expect(run([{ calendar: roster, uid: 's', start: '2027-01-10 08:30', end: '2027-01-11 08:30', summary: '值班：王芳' }], [])).toEqual(['duty/s npc/npc']);
  });
});
