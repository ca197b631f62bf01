/**
 * The proposal check (an office tool asking "may I save this meeting?") agrees with the full check on
 * working-day gaps: same findings, same suggestion (00:00 of the n-th working day), holidays honoured.
 */
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { checkProposal, prepareCheck, proposalOccurrence, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { RuleConfig } from '../../src/model/rule-config.js';
import { at, occurrence } from '../helpers/occurrence.js';

const city = { id: 'city', office: '市委办', level: 'city' as const };
const district = { id: 'district', office: '区委办', level: 'district' as const };
const existing = [occurrence({ calendar: city, uid: 'c', start: '2022-09-29 09:00', end: '2022-09-29 11:30', summary: '全市安全生产工作会议' })];
const rules: RuleConfig[] = [
  { id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, minGap: { workingDays: 1 }, maxGap: { workingDays: 3 } },
];
const window = { from: '2022-09-01', to: '2022-10-31' };

describe('checkProposal with working-day gaps', () => {
  const config = { timezone: 'Asia/Shanghai', rules };
  const prepared = prepareCheck({ occurrences: existing, config, window, calendars: [{ ...district, name: '区委办', owner: null, defaultZone: 'Asia/Shanghai', file: null }] });
  const propose = (start: string, end: string): ProposedMeeting => ({ calendar: 'district', summary: '传达全市安全生产工作会议精神', start: at(start), end: at(end) });
  const full = (proposal: ProposedMeeting) => {
    const proposed = proposalOccurrence(proposal, prepared.calendars.get('district')!);
    return checkOccurrences({ occurrences: [...existing, proposed], config, window }).findings.filter((f) => f.occurrences.some((o) => o.key === proposed.key));
  };

  test.each([
    ['the same afternoon: too early, suggestion Friday 30 September 00:00', '2022-09-29 15:00', '2022-09-29 16:00', ['order'], '2022-09-30T00:00:00+08:00'],
    ['Sunday 9 October (W3, 调休): fine', '2022-10-09 09:00', '2022-10-09 10:00', [], null],
    ['Monday 10 October: late', '2022-10-10 09:00', '2022-10-10 10:00', ['order-late'], null],
  ])('%s', (_name, start, end, kinds, suggestion) => {
    const proposal = propose(start, end);
    const found = checkProposal(prepared, proposal);
    expect(found.map((f) => f.kind)).toEqual(kinds);
    expect(found[0]?.suggestion?.earliestStart ?? null).toBe(suggestion);
    expect(found).toEqual(full(proposal));
  });
});
