/**
 * A meeting moved (checkProposal with its UID, suggestSlots) takes its copies under other UIDs with it: the
 * secretary's diary entry in other words, an office's 领导活动安排 record, a free/busy block at its times, a diary
 * entry with the journey around it (QE-5). Other engagements at the old time still bind.
 */
import { DateTime } from 'luxon';
import { checkProposal, movingCopies, prepareCheck } from '../../src/check/check-proposal.js';
import { prepareCheckFromSources, proposalFromOccurrence, suggestSlots } from '../../src/index.js';
import { config, vcalendar } from '../scenarios/harness.js';
import { settings } from '../check/scenario.js';
import { occurrence } from '../helpers/occurrence.js';

const zone = 'Asia/Shanghai';
const li = 'mailto:liming@jiangbin.example';
const chen = 'mailto:chenjing@jiangbin.example';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: zone,
  window: { from: '2025-03-10', to: '2025-03-16' },
  people: [
    { id: 'li', name: '李明', aliases: [li], roles: ['区长'] },
    { id: 'chen', name: '陈静', aliases: [chen], roles: ['副区长'] },
  ],
  locations: [{ name: '区政府大楼第一会议室' }, { name: '区委大楼301会议室' }],
  travel: [{ from: '区委大楼301会议室', to: '区政府大楼第一会议室', minutes: 10 }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'record', file: 'record.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
  ],
  rules: [
    { id: 'people', kind: 'no-double-booking' },
    { id: 'rooms', kind: 'venue' },
    { id: 'travel', kind: 'travel-time', defaultMinutes: 30 },
  ],
};

// 区政府常务会议 Thu 13 March 09:00–11:30 with 李明 and 陈静; 陈静 is at the 区委 until 10:00 (10 minutes away):
// the earliest start on a 30-minute grid is 10:30.
const meeting = event('exec@qe', '区政府常务会议', '20250313T090000', '20250313T113000', [
  'LOCATION:区政府大楼第一会议室',
  `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`,
  `ATTENDEE;PARTSTAT=ACCEPTED;CN=陈静:${chen}`,
]);
const party = event('p@qe', '区委专题会议', '20250313T090000', '20250313T100000', ['LOCATION:区委大楼301会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=陈静:${chen}`]);

function setUp(mayor: readonly string[], record: readonly string[] = []) {
  const sources = new Map<string, string>([
    ['gov.ics', vcalendar(meeting)],
    ['party.ics', vcalendar(party)],
    ['mayor.ics', vcalendar(mayor)],
    ['record.ics', vcalendar(record)],
  ]);
  const { prepared, occurrences } = prepareCheckFromSources({ config: config(raw), sources, configFile: 'tongchou.json' });
  const proposal = proposalFromOccurrence(occurrences.find((o) => o.key === 'gov/exec@qe')!);
  return { prepared, proposal };
}

const at = (text: string) => DateTime.fromISO(text, { zone });

describe('the copies of a moved meeting move with it (QE-5)', () => {
  const copies: readonly [string, readonly string[], readonly string[]][] = [
    ['the secretary\'s diary entry in other words', event('d@qe', '主持召开区政府常务会议', '20250313T090000', '20250313T113000', ['LOCATION:区政府大楼第一会议室']), []],
    ['a diary entry with the same title and its own UID', event('d@qe', '区政府常务会议', '20250313T090000', '20250313T113000'), []],
    ['a free/busy block at its very times (Outlook 仅显示忙闲)', event('d@qe', '忙碌', '20250313T090000', '20250313T113000'), []],
    ['a diary entry with the drive there and back', event('d@qe', '赴区政府参加区政府常务会议', '20250313T083000', '20250313T120000'), []],
    ['an office\'s 领导活动安排 record', [], event('r@qe', '李明：区政府常务会议', '20250313T090000', '20250313T113000')],
  ];

  test.each(copies)('%s: the first slot is 10:30, as with no copy', (_name, mayor, record) => {
    const { prepared, proposal } = setUp(mayor, record);
    expect(movingCopies(prepared, proposal).size).toBe(1);
    const slots = suggestSlots(proposal, prepared, { from: '2025-03-13', to: '2025-03-13', count: 2 }).slots.map((s) => s.start);
    expect(slots).toEqual(['2025-03-13T10:30:00+08:00', '2025-03-13T11:00:00+08:00']);
  });

  test.each(copies)('%s: checkProposal at 10:30 finds nothing, at 09:30 陈静\'s clash only', (_name, mayor, record) => {
    const { prepared, proposal } = setUp(mayor, record);
    expect(checkProposal(prepared, { ...proposal, start: at('2025-03-13T10:30'), end: at('2025-03-13T13:00') })).toEqual([]);
    const early = checkProposal(prepared, { ...proposal, start: at('2025-03-13T09:30'), end: at('2025-03-13T12:00') });
    expect(early.map((f) => `${f.kind} ${f.people.join(',')} ${f.occurrences.map((o) => o.key).join(' ')}`)).toEqual(['double-booking chen party/p@qe gov/exec@qe']);
  });

  test('a moved diary copy still books its owner: 李明, named only by his diary entry, is double-booked at the new time', () => {
    const withoutLi = event('exec@qe', '区政府常务会议', '20250313T090000', '20250313T113000', ['LOCATION:区政府大楼第一会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=陈静:${chen}`]);
    const sources = new Map<string, string>([
      ['gov.ics', vcalendar(withoutLi)],
      ['party.ics', vcalendar(party)],
      ['mayor.ics', vcalendar([...event('d@qe', '主持召开区政府常务会议', '20250313T090000', '20250313T113000'), ...event('v@qe', '接待省调研组', '20250313T140000', '20250313T150000')])],
      ['record.ics', vcalendar([])],
    ]);
    const { prepared, occurrences } = prepareCheckFromSources({ config: config(raw), sources, configFile: 'tongchou.json' });
    const proposal = proposalFromOccurrence(occurrences.find((o) => o.key === 'gov/exec@qe')!);
    const found = checkProposal(prepared, { ...proposal, start: at('2025-03-13T14:00'), end: at('2025-03-13T16:30') });
    expect(found.map((f) => `${f.kind} ${f.people.join(',')} ${f.occurrences.map((o) => o.key).join(' ')}`)).toEqual(['double-booking li gov/exec@qe mayor/v@qe']);
    const slots = suggestSlots(proposal, prepared, { from: '2025-03-13', to: '2025-03-13', count: 4 }).slots.map((s) => s.start);
    expect(slots).toEqual(['2025-03-13T10:30:00+08:00', '2025-03-13T11:00:00+08:00', '2025-03-13T11:30:00+08:00', '2025-03-13T15:00:00+08:00']);
  });

  test('a new meeting takes nobody\'s copy: movingCopies is empty', () => {
    const { prepared, proposal } = setUp(event('d@qe', '主持召开区政府常务会议', '20250313T090000', '20250313T113000'));
    expect(movingCopies(prepared, { ...proposal, uid: undefined }).size).toBe(0);
  });

  // Guards: what is not the meeting stays where it is.
  test('another engagement of 李明 at the old time still binds: no slot before 11:30', () => {
    const { prepared, proposal } = setUp(event('d@qe', '接待省调研组', '20250313T090000', '20250313T113000'));
    expect(movingCopies(prepared, proposal).size).toBe(0);
    const slots = suggestSlots(proposal, prepared, { from: '2025-03-13', to: '2025-03-13', count: 1 }).slots.map((s) => s.start);
    expect(slots).toEqual(['2025-03-13T11:30:00+08:00']);
  });

  test('a free/busy block that only cuts into the meeting is another engagement, and stays', () => {
    const { prepared, proposal } = setUp(event('d@qe', '忙碌', '20250313T100000', '20250313T113000'));
    expect(movingCopies(prepared, proposal).size).toBe(0);
    const found = checkProposal(prepared, { ...proposal, start: at('2025-03-13T10:30'), end: at('2025-03-13T13:00') });
    expect(found.map((f) => `${f.kind} ${f.people.join(',')}`)).toEqual(['double-booking li']);
  });

  test('only entries of the meeting follow it: the secretary moving the diary entry alone leaves the office\'s meeting where it is', () => {
    const { prepared } = setUp(event('d@qe', '主持召开区政府常务会议', '20250313T090000', '20250313T113000', ['LOCATION:区政府大楼第一会议室']));
    const diary = prepared.occurrences.find((o) => o.key === 'mayor/d@qe')!;
    const moved = { ...proposalFromOccurrence(diary), start: at('2025-03-13T10:30'), end: at('2025-03-13T13:00') };
    expect(movingCopies(prepared, moved).size).toBe(0);
    const found = checkProposal(prepared, moved);
    expect(found.map((f) => `${f.kind} ${f.people.join(',')} ${f.occurrences.map((o) => o.key).join(' ')}`)).toEqual(['double-booking li gov/exec@qe mayor/d@qe', 'venue  gov/exec@qe mayor/d@qe']);
  });

  test('another office\'s own entry of the meeting (a joint meeting, in the same room) is that office\'s to move, and stays', () => {
    const joint = event('j@qe', '区政府常务会议', '20250313T090000', '20250313T113000', ['LOCATION:区政府大楼第一会议室']);
    const { prepared, proposal } = setUp([], joint);
    expect(movingCopies(prepared, proposal).size).toBe(0);
  });

  test('a meeting elsewhere with the same title (another room) is no copy, and stays', () => {
    const other = event('o@qe', '区政府常务会议', '20250313T090000', '20250313T113000', ['LOCATION:区委大楼301会议室', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`]);
    const { prepared, proposal } = setUp([], other);
    expect(movingCopies(prepared, proposal).size).toBe(0);
  });
});

describe('suggestSlots with a copy moving half an hour ahead of the meeting (property seed 2088030096)', () => {
  // The 区长's diary holds 专题会 00:00–00:30 in 301会议室 before the city's start-only 专题会 there at 00:30: his entry
  // of it with the time before, which moves with it. At 08:30 the moved entry starts at 08:00, before office hours:
  // that finding is the entry's, and later starts the same day move it into hours. The search jumped to the next
  // day as if the meeting itself were too late, and found no slot in the window (the property's oracle found 09:00).
  test('the first slots are 09:00, 09:30 and 10:00 on the first day, not none', () => {
    const rules = [...settings.rules, { id: 'hours', kind: 'working-days', event: {}, hours: { start: '08:30', end: '17:30' } }] as const;
    const occurrences = [
      occurrence({ calendar: { id: 'mayor', office: '区政府办', level: 'district', owner: 'li' }, uid: 'm0', summary: '专题会', start: '2022-05-11 00:00', end: '2022-05-11 00:30', location: '301会议室' }),
      occurrence({ calendar: { id: 'city', office: '市委办', level: 'city' }, uid: 'm1', summary: '专题会', start: '2022-05-11 00:30', end: '2022-05-11 00:30', location: '301会议室' }),
    ];
    const prepared = prepareCheck({ occurrences, config: { ...settings, timezone: 'Asia/Shanghai', rules }, window: { from: '2022-05-06', to: '2022-05-11' } });
    const proposal = proposalFromOccurrence(occurrences[1]!);
    expect([...movingCopies(prepared, proposal)].map((o) => o.key)).toEqual(['mayor/m0']);
    const result = suggestSlots(proposal, prepared, { count: 3 });
    expect(result.slots.map((s) => s.start)).toEqual(['2022-05-06T09:00:00+08:00', '2022-05-06T09:30:00+08:00', '2022-05-06T10:00:00+08:00']);
    // 08:30 is refused for the entry's sake: it would start at 08:00.
    const at0830 = DateTime.fromISO('2022-05-06T08:30', { zone: 'Asia/Shanghai' });
    expect(checkProposal(prepared, { ...proposal, start: at0830, end: at0830 }).map((f) => `${f.kind} ${f.occurrences[0]!.key}`)).toEqual(['outside-hours mayor/m0']);
  });
});
