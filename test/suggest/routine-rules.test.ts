/**
 * suggestSlots with the routine rules of issue 6: a quiet period while a higher-level session sits
 * (the session and the meeting share nobody), and a routine meeting's period.
 */
import { prepareCheck } from '../../src/check/check-proposal.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { proposalFromOccurrence } from '../../src/suggest/proposal-from-occurrence.js';
import { suggestSlots, type SuggestOptions } from '../../src/suggest/suggest-slots.js';
import { occurrence, type OccurrenceSpec } from '../helpers/occurrence.js';

const city = { id: 'city', office: '市人大办', level: 'city' } as const;
const district = { id: 'district', office: '区委办', level: 'district' } as const;
const window = { from: '2022-05-09', to: '2022-05-31' };

function search(specs: readonly OccurrenceSpec[], uid: string, rules: readonly RuleConfig[], options: SuggestOptions = {}) {
  const occurrences = specs.map((s) => occurrence(s));
  const prepared = prepareCheck({ occurrences, config: { timezone: 'Asia/Shanghai', rules }, window });
  return suggestSlots(proposalFromOccurrence(occurrences.find((o) => o.uid === uid)!), prepared, { from: '2022-05-09', ...options });
}

const starts = (r: { slots: readonly { start: string }[] }) => r.slots.map((s) => s.start);

describe('suggestSlots and the routine rules', () => {
  test('quiet period: no slot while the city congress sits (9–11 May, its delegates not invited), the first after it', () => {
    const rules: RuleConfig[] = [{ id: 'congress', kind: 'quiet-period', event: { level: 'district' }, during: { summary: '人民代表大会' } }];
    const result = search(
      [
        { calendar: city, uid: 'npc', summary: '市第十六届人民代表大会第一次会议', start: '2022-05-09', end: '2022-05-12', attendees: ['mailto:delegates@city.gov.cn'] },
        { calendar: district, uid: 'talk', summary: '专题会', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: ['mailto:li@qu.gov.cn'] },
      ],
      'talk',
      rules,
      { count: 2 },
    );
    expect(result.conflicts.map((f) => f.kind)).toEqual(['quiet-period']);
    expect(starts(result)).toEqual(['2022-05-12T08:30:00+08:00', '2022-05-12T09:00:00+08:00']);
    expect(result.slots[0]!.satisfied).toContainEqual({ kind: 'quiet-period', rule: 'congress' });
  });

  test('a fixed quiet span (dates) is jumped over whole', () => {
    const rules: RuleConfig[] = [{ id: 'drill', kind: 'quiet-period', event: { level: 'district' }, during: { from: '2022-05-09', to: '2022-05-13' } }];
    const result = search([{ calendar: district, uid: 'talk', summary: '专题会', start: '2022-05-10 09:00', end: '2022-05-10 10:00' }], 'talk', rules, { count: 1 });
    expect(starts(result)).toEqual(['2022-05-16T08:30:00+08:00']);
    expect(result.searched.checks).toBeLessThanOrEqual(3);
  });

  describe('a routine meeting (cadence)', () => {
    const weekly: RuleConfig[] = [{ id: 'weekly', kind: 'cadence', event: { summary: '常务会议' }, every: 'week', min: 1, max: 1 }];
    // Mondays 9, 16, 23 May 2022; the week of 16 May has its own meeting already.
    const meetings: OccurrenceSpec[] = [
      { calendar: district, uid: 'w1', summary: '区政府常务会议', start: '2022-05-13 16:30', end: '2022-05-13 17:30' },
      { calendar: district, uid: 'w2', summary: '区政府常务会议', start: '2022-05-17 09:00', end: '2022-05-17 10:00' },
      { calendar: district, uid: 'w3', summary: '区政府常务会议', start: '2022-05-24 09:00', end: '2022-05-24 10:00' },
    ];

    test('the week\'s only one moves within its week; leaving it (and crowding the next) is no slot, so the search ends at the week', () => {
      const result = search(meetings, 'w1', weekly, { count: 3, from: '2022-05-13' });
      // Friday 13 May 16:30 is its last half hour of the week: after it, only weeks 2 and 3, each already holding one.
      expect(starts(result)).toEqual(['2022-05-13T08:30:00+08:00', '2022-05-13T09:00:00+08:00', '2022-05-13T09:30:00+08:00']);
      expect(result.slots[0]!.satisfied).toContainEqual({ kind: 'cadence', rule: 'weekly' });
      const late = search(meetings, 'w1', weekly, { count: 3, from: '2022-05-13', hours: { start: '16:30', end: '17:30' } });
      expect(starts(late)).toEqual(['2022-05-13T16:30:00+08:00']);
      expect(late.reason).toBe('window-end');
      // Each later start would leave week 1 empty: the search stops there instead of judging every one.
      expect(late.searched.checks).toBeLessThanOrEqual(3);
    });

    test('without the cadence rule the same search runs on into the next weeks', () => {
      const late = search(meetings, 'w1', [], { count: 2, from: '2022-05-13', hours: { start: '16:30', end: '17:30' } });
      expect(starts(late)).toEqual(['2022-05-13T16:30:00+08:00', '2022-05-16T16:30:00+08:00']);
    });

    test('a week already crowded where the meeting stands blocks nothing: only periods the move changes count', () => {
      // Two in week 2 (crowded where w1 stands, and still when it moves within week 1).
      const more: OccurrenceSpec[] = [...meetings, { calendar: district, uid: 'w2b', summary: '区政府常务会议', start: '2022-05-19 09:00', end: '2022-05-19 10:00' }];
      const result = search(more, 'w1', weekly, { count: 1, from: '2022-05-13' });
      expect(starts(result)).toEqual(['2022-05-13T08:30:00+08:00']);
    });

    test('ignoring the kinds lets the move leave the week', () => {
      const late = search(meetings, 'w1', weekly, { count: 2, from: '2022-05-13', hours: { start: '16:30', end: '17:30' }, ignore: ['cadence-missed', 'cadence-crowded'] });
      expect(starts(late)).toEqual(['2022-05-13T16:30:00+08:00', '2022-05-16T16:30:00+08:00']);
    });
  });
});
