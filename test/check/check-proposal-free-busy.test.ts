/**
 * The lead's QE-2 decision, the one place where checkProposal's findings differ from a full check of the saved
 * calendars: a free/busy block on a leader's diary (忙碌, Outlook 仅显示忙闲) at the proposal's very times was there
 * before the proposal, so it is another engagement — never the proposal seen through free/busy (QC-25). A block at
 * the times of the meeting being edited is that meeting's, and moves with it (QE-5).
 */
import { DateTime } from 'luxon';
import { check, checkProposal, prepareCheckFromSources, proposalFromOccurrence } from '../../src/index.js';
import { config, vcalendar } from '../scenarios/harness.js';

const zone = 'Asia/Shanghai';
const li = 'mailto:liming@jiangbin.example';
const at = (text: string) => DateTime.fromISO(text, { zone });

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: zone,
  window: { from: '2025-03-10', to: '2025-03-16' },
  people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};

// 专题会议 Wed 12 March 09:00–10:00 with 李明, his diary's 忙碌 for it, and another 忙碌 Fri 14 March 14:00–15:00.
const sources = new Map<string, string>([
  ['gov.ics', vcalendar(event('topic@qe', '专题会议', '20250312T090000', '20250312T100000', [`ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`]))],
  ['mayor.ics', vcalendar([...event('b1@qe', '忙碌', '20250312T090000', '20250312T100000'), ...event('b2@qe', '忙碌', '20250314T140000', '20250314T150000')])],
]);
const { prepared, occurrences } = prepareCheckFromSources({ config: config(raw), sources, configFile: 'tongchou.json' });
const topic = proposalFromOccurrence(occurrences.find((o) => o.key === 'gov/topic@qe')!);
const brief = (found: ReturnType<typeof checkProposal>) => found.map((f) => `${f.kind} ${f.people.join(',')} ${f.occurrences.map((o) => o.key).join(' ')}`);

describe('free/busy blocks and proposals (QE-2)', () => {
  test('guard: the full check of the saved calendars reads the block at the meeting\'s times as the meeting (QC-25)', () => {
    expect(check({ config: config(raw), sources, configFile: 'tongchou.json' }).findings).toEqual([]);
  });

  test('a new meeting at a block\'s very times is a double booking with it', () => {
    const found = checkProposal(prepared, { calendar: 'gov', summary: '区政府专题会议', attendees: [li], start: at('2025-03-14T14:00'), end: at('2025-03-14T15:00') });
    expect(brief(found)).toEqual(['double-booking li gov/tongchou-proposal mayor/b2@qe']);
  });

  test('a meeting moved onto another block\'s very times is a double booking with it too', () => {
    // Its own block moves along to 14:00 and lands on the other one; the rules take two 忙碌 at one hour on one
    // diary for one entry and may cite either.
    const found = checkProposal(prepared, { ...topic, start: at('2025-03-14T14:00'), end: at('2025-03-14T15:00') });
    expect(brief(found)).toHaveLength(1);
    expect(brief(found)[0]).toMatch(/^double-booking li gov\/topic@qe mayor\/b[12]@qe$/u);
  });

  test('the meeting saved again where it is (a room changed) keeps its own block: nothing', () => {
    expect(checkProposal(prepared, { ...topic, location: '区政府大楼第三会议室' })).toEqual([]);
  });

  test('the meeting moved takes its block along: nothing at 10:00 (the block does not stay at 09:00 as an engagement)', () => {
    expect(checkProposal(prepared, { ...topic, start: at('2025-03-12T09:30'), end: at('2025-03-12T10:30') })).toEqual([]);
  });
});
