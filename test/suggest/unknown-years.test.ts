/**
 * suggestSlots across the end of the published holiday data (chinese-days covers up to 2026): a
 * `follows` gap in working days after a December prerequisite cannot be counted into 2027. Nothing
 * is guessed: searched as weekdays (`unknownDays: 'weekdays'`), such slots are still not offered,
 * the search says why and which year, and does not spend its budget judging every one of them.
 */
import { prepareCheck } from '../../src/check/check-proposal.js';
import type { HolidayData } from '../../src/model/config.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { proposalFromOccurrence } from '../../src/suggest/proposal-from-occurrence.js';
import { suggestSlots, type SuggestOptions } from '../../src/suggest/suggest-slots.js';
import { occurrence } from '../helpers/occurrence.js';

const city = { id: 'city', office: '市委办', level: 'city' } as const;
const district = { id: 'district', office: '区委办', level: 'district' } as const;
const rules: RuleConfig[] = [
  { id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, minGap: { workingDays: 3 } },
];
const occurrences = [
  occurrence({ calendar: city, uid: 'c', summary: '市总河长会议', start: '2026-12-30 09:00', end: '2026-12-30 10:00' }),
  occurrence({ calendar: district, uid: 'd', summary: '区总河长会议', start: '2026-12-31 09:00', end: '2026-12-31 10:00' }),
];

function search(options: SuggestOptions, holidays?: HolidayData) {
  const prepared = prepareCheck({ occurrences, config: { timezone: 'Asia/Shanghai', rules, ...(holidays && { holidays }) }, window: { from: '2026-12-01', to: '2027-03-31' } });
  return suggestSlots(proposalFromOccurrence(occurrences[1]!), prepared, { from: '2026-12-31', ...options });
}

describe('suggestSlots where working days cannot be counted', () => {
  test('skip (default): 2027 is left out, reason unknown-holidays', () => {
    const result = search({});
    expect(result.conflicts.map((f) => [f.kind, f.severity])).toEqual([['order', 'error']]);
    expect([result.slots, result.reason, result.unknownYears]).toEqual([[], 'unknown-holidays', [2027]]);
  });

  test('weekdays: no 2027 slot either (the order cannot be judged there), the same reason, and few rule checks', () => {
    const result = search({ unknownDays: 'weekdays' });
    expect([result.slots, result.reason, result.unknownYears]).toEqual([[], 'unknown-holidays', [2027]]);
    // Before: every grid point of the quarter was judged until maxChecks (reason search-limit).
    expect(result.searched.checks).toBeLessThan(30);
  });

  test('once the config publishes 2027 (元旦 1 January off), the third working day after 30 December is 5 January', () => {
    const holidays: HolidayData = { dates: { '2027-01-01': 'holiday' }, years: [2027], source: '国办发明电〔2026〕X号 (test)' };
    const result = search({ count: 1 }, holidays);
    // Working days after 30 December: 31 December, 4 January, 5 January (1 January off, 2–3 January a weekend).
    expect(result.slots.map((s) => s.start)).toEqual(['2027-01-05T08:30:00+08:00']);
    expect(result.reason).toBeNull();
  });
});
