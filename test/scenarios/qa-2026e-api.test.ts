/**
 * QA 2026e (round 5) — the API as an office tool calls it (README "API tour": prepareCheckFromSources, checkProposal,
 * suggestSlots) on a district week. `test.failing` ones pin open bugs under their QE id (see /work/notes/qa-2026e.md).
 */
import { DateTime } from 'luxon';
import { check, checkProposal, prepareCheckFromSources, proposalFromOccurrence, suggestSlots } from '../../src/index.js';
import { config, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';
const zone = 'Asia/Shanghai';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: zone, window: { from: '2025-03-10', to: '2025-03-16' },
  people: [{ id: 'li', name: '李明', aliases: [li, '李区长'], roles: ['区长'] }],
  locations: [{ name: '区政府大楼第三会议室' }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
};

// The 区长's diary is shared as free/busy only (Outlook 仅显示忙闲): a block 忙碌 on Friday 14 March 14:00–15:00, and no
// meeting of any office at those times.
const files = new Map<string, string>([
  ['gov.ics', vcalendar([])],
  ['mayor.ics', vcalendar([...event('busy@qe', '忙碌', '20250314T140000', '20250314T150000')])],
]);

function proposal(start: string, end: string) {
  return {
    calendar: 'gov', summary: '区政府专题会议（营商环境）', location: '区政府大楼第三会议室', attendees: [li],
    start: DateTime.fromISO(start, { zone }), end: DateTime.fromISO(end, { zone }),
  };
}

describe('QE-2: a new meeting proposed at the very times of the leader\'s free/busy block', () => {
  const { prepared } = prepareCheckFromSources({ config: config(raw), sources: files, configFile: 'tongchou.json' });

  test('guard: a proposal half over the block is a double booking of 李明', () => {
    const found = checkProposal(prepared, proposal('2025-03-14T14:30', '2025-03-14T15:30'));
    expect(found.map((f) => `${f.kind} ${f.people.join(',')}`)).toEqual(['double-booking li']);
  });

  test('guard: suggestSlots does not offer the block\'s times (the 区长 is busy then)', () => {
    const result = suggestSlots(proposal('2025-03-14T14:00', '2025-03-14T15:00'), prepared, { from: '2025-03-14', hours: { start: '13:30', end: '16:30' } });
    expect(result.slots.map((s) => s.start)).toEqual(['2025-03-14T15:00:00+08:00', '2025-03-14T15:30:00+08:00']);
  });

  // QE-2: the office tool's save button (checkProposal) finds nothing for a new meeting at exactly 14:00–15:00: the
  // block is read as the 区长's free/busy view *of the proposed meeting* (QC-25's reading), though the meeting does not
  // exist yet and the block was there before — it is another engagement. suggestSlots (above) refuses the same slot, so
  // the two disagree, and the office books the 区长 into a busy hour without a word.
  test('checkProposal reports the block as a double booking of 李明', () => {
    const found = checkProposal(prepared, proposal('2025-03-14T14:00', '2025-03-14T15:00'));
    expect(found.map((f) => `${f.kind} ${f.people.join(',')}`)).toEqual(['double-booking li']);
  });
});

describe('QE-5: suggest keeps the moved meeting\'s own copy in other words on the leader\'s diary at the old time, as a clash', () => {
  // 区政府常务会议 Thu 13 March 09:00–11:30 (李明, 陈静) and, on the 区长's diary, the secretary's `主持召开区政府常务会议` at
  // exactly those times and room — one meeting for the check (README "copy in other words"). 陈静 is at a 区委 meeting
  // 09:00–10:00 in 区委大楼301会议室 (10 minutes away): the earliest start is 10:30. With the diary copy under the same UID
  // suggest offers 10:30; under its own UID (as secretaries type it) it refuses 10:30 and 11:00 — the leader's record of
  // the very meeting being moved is read as another engagement of his at 09:00–11:30.
  const chen = 'mailto:chenjing@jiangbin.linjiang.example';
  const weekRaw = {
    ...raw,
    people: [...raw.people, { id: 'chen', name: '陈静', aliases: [chen], roles: ['副区长'] }],
    locations: [{ name: '区政府大楼第一会议室' }, { name: '区委大楼301会议室' }],
    travel: [{ from: '区委大楼301会议室', to: '区政府大楼第一会议室', minutes: 10 }],
    calendars: [...raw.calendars, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [...raw.rules, { id: 'travel', kind: 'travel-time', defaultMinutes: 30 }],
  };
  const meeting = event('exec@qe', '区政府常务会议', '20250313T090000', '20250313T113000', [
    'LOCATION:区政府大楼第一会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`, `ATTENDEE;PARTSTAT=ACCEPTED;CN=陈静:${chen}`,
  ]);
  const party = vcalendar([...event('p@qe', '区委专题会议', '20250313T090000', '20250313T100000', ['LOCATION:区委大楼301会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=陈静:${chen}`])]);

  function firstSlot(diaryUid: string): string | undefined {
    const sources = new Map<string, string>([
      ['gov.ics', vcalendar(meeting)],
      ['party.ics', party],
      ['mayor.ics', vcalendar([...event(diaryUid, '主持召开区政府常务会议', '20250313T090000', '20250313T113000', ['LOCATION:区政府大楼第一会议室'])])],
    ]);
    const { prepared, occurrences } = prepareCheckFromSources({ config: config(weekRaw), sources, configFile: 'tongchou.json' });
    const exec = occurrences.find((o) => o.key === 'gov/exec@qe')!;
    return suggestSlots(proposalFromOccurrence(exec), prepared, { from: '2025-03-13', count: 1 }).slots[0]?.start;
  }

  test('guard: the check reads the diary entry as the meeting (no double booking of 李明)', () => {
    const sources = new Map<string, string>([
      ['gov.ics', vcalendar(meeting)], ['party.ics', party],
      ['mayor.ics', vcalendar([...event('dx@qe', '主持召开区政府常务会议', '20250313T090000', '20250313T113000', ['LOCATION:区政府大楼第一会议室'])])],
    ]);
    const report = check({ config: config(weekRaw), sources, configFile: 'tongchou.json' });
    expect(report.findings.map((f) => `${f.kind} ${f.people.join(',')}`)).toEqual(['double-booking chen']);
  });

  test('guard: with the diary copy under the meeting\'s UID, the first slot is 10:30', () => {
    expect(firstSlot('exec@qe')).toBe('2025-03-13T10:30:00+08:00');
  });

  test('with the diary copy in other words (its own UID), the first slot is 10:30 too', () => {
    expect(firstSlot('dx@qe')).toBe('2025-03-13T10:30:00+08:00');
  });
});

describe('QE-7 (suggest side): a start-only meeting is offered at the close of office hours', () => {
  // hours 16:30–17:30: an instant at 17:30 starts when the office closes (see qa-2026e-routine.test.ts QE-7).
  test('no slot starts at 17:30', () => {
    const { prepared } = prepareCheckFromSources({ config: config(raw), sources: files, configFile: 'tongchou.json' });
    const result = suggestSlots(proposal('2025-03-13T10:00', '2025-03-13T10:00'), prepared, { from: '2025-03-13', to: '2025-03-13', count: 5, hours: { start: '16:30', end: '17:30' } });
    expect(result.slots.map((s) => s.start)).toEqual(['2025-03-13T16:30:00+08:00', '2025-03-13T17:00:00+08:00']);
  });
});
