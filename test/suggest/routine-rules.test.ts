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
});
