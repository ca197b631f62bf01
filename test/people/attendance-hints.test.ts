import { createDirectory } from '../../src/people/directory.js';
import { attendanceHints } from '../../src/people/attendance-hints.js';
import { renderProblem } from '../../src/index.js';
import { calendar, event, load } from '../helpers/ics.js';
import { occurrence as occ } from '../helpers/occurrence.js';

const directory = createDirectory([
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
  { id: 'zhao', name: '赵刚' },
]);
const party = { id: 'party', office: '区委办' };
const gov = { id: 'gov', office: '区政府办' };
const oa = { id: 'oa', office: '区政府办' };
const dingtalk = { address: 'mailto:manager8812@dingtalk.example', name: '李明', partstat: 'accepted' };

describe('attendanceHints: unlisted-address (QB-21)', () => {
  test('a CN naming 李明 under an address the config does not list for him: one info per address, at the first VEVENT in the file', () => {
    const occurrences = [
      occ({ calendar: party, uid: 'p2', start: '2022-05-21 15:00', attendees: [dingtalk] }),
      occ({ calendar: party, uid: 'p1', start: '2022-05-20 15:00', attendees: [{ ...dingtalk, address: 'MAILTO:Manager8812@dingtalk.example' }] }),
      occ({ calendar: gov, uid: 'g1', start: '2022-05-20 15:00', attendees: ['mailto:liming@jb.gov.example'] }),
    ];
    const problems = attendanceHints(occurrences, directory);
    expect(problems.map((p) => [p.code, p.severity, p.source, p.data])).toEqual([
      ['unlisted-address', 'info', occurrences[0]!.source, { name: '李明', address: 'manager8812@dingtalk.example', person: 'li', personName: '李明' }],
    ]);
  });

  test.each([
    ['his own address', { address: 'mailto:liming@jb.gov.example', name: '李明' }],
    ['no address (the CN names him)', { address: null, name: '李明' }],
    ['a person the config gives no mail address (the CN names him)', { address: 'mailto:zhao@town.example', name: '赵刚' }],
    ['a CN naming nobody in people', { address: 'mailto:chen@town.example', name: '陈主任' }],
  ])('no hint for %s', (_title, attendee) => {
    const problems = attendanceHints([occ({ calendar: party, uid: 'p', start: '2022-05-20 15:00', attendees: [attendee] })], directory);
    expect(problems).toEqual([]);
  });

  test('the message tells staff which address to add to whose aliases, in both languages', () => {
    const [problem] = attendanceHints([occ({ calendar: party, uid: 'p', start: '2022-05-20 15:00', attendees: [dingtalk] })], directory);
    expect(renderProblem(problem!, 'zh-CN')).toContain('manager8812@dingtalk.example');
    expect(renderProblem(problem!, 'en')).toContain('aliases');
  });
});

describe('attendanceHints: no-attendees (QB-29)', () => {
  const meeting = (calendar: NonNullable<Parameters<typeof occ>[0]['calendar']>, uid: string, extra: Partial<Parameters<typeof occ>[0]> = {}) =>
    occ({ calendar, uid, start: '2022-05-17 09:00', summary: '区政府专题会', ...extra });

  test('an office calendar none of whose events names anyone: one info, at its first event, counting them', () => {
    const occurrences = [meeting(oa, 'b', { start: '2022-05-18 09:00' }), meeting(oa, 'a'), meeting(oa, 'c', { status: 'cancelled' })];
    expect(attendanceHints(occurrences, directory).map((p) => [p.code, p.source, p.data])).toEqual([
      ['no-attendees', occurrences[1]!.source, { calendar: 'oa', calendarName: 'oa', events: 2 }],
    ]);
  });

  test.each([
    ['one event with an ATTENDEE line', [meeting(oa, 'a'), meeting(oa, 'b', { attendees: ['mailto:x@town.example'] })]],
    ['an organizer from people taking part', [meeting(oa, 'a', { organizer: { address: 'mailto:liming@jb.gov.example' } })]],
    ['a DESCRIPTION line naming a person in people', [{ ...meeting(oa, 'a'), description: '出席领导：李明' }]],
    ['a DESCRIPTION line naming the chair (QC-20)', [{ ...meeting(oa, 'a'), description: '主持：李明' }]],
    ['a 领导活动安排 title opening with a person in people (QC-11)', [meeting(oa, 'a', { summary: '李明：赴青石镇调研' })]],
    ['a personal calendar (its owner takes part)', [meeting({ id: 'li-personal', owner: 'li' }, 'a')]],
    ['a calendar without office (a bare export)', [occ({ calendar: 'bare', uid: 'a', start: '2022-05-17 09:00' })]],
  ])('no hint with %s', (_title, occurrences) => {
    expect(attendanceHints(occurrences, directory)).toEqual([]);
  });

  test('an activity list of meetings only (李明：出席…, read as records of those meetings, QC-29) names nobody', () => {
    expect(attendanceHints([meeting(oa, 'a', { summary: '李明：出席全市安全生产工作会议' })], directory).map((p) => p.code)).toEqual(['no-attendees']);
  });

  test('a calendar listed in except (a duty roster) is not reported', () => {
    expect(attendanceHints([meeting(oa, 'a')], directory, new Set(['oa']))).toEqual([]);
  });

  test('when people have offices, only calendars of those offices are reported (not another level\'s published schedule, not the duty roster)', () => {
    const withOffices = createDirectory([{ id: 'li', name: '李明', office: '区政府办' }]);
    const occurrences = [
      meeting(oa, 'a'),
      meeting({ id: 'province', office: '省委办公厅' }, 'p'),
      meeting({ id: 'duty', office: '总值班室' }, 'd'),
    ];
    expect(attendanceHints(occurrences, withOffices).map((p) => p.data)).toEqual([{ calendar: 'oa', calendarName: 'oa', events: 1 }]);
  });
});

describe('attendanceHints on loaded calendars (the QB-21 and QB-29 reproductions)', () => {
  const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
  test('the DingTalk address of 李明 is named, with the file and line of its VEVENT; the OA calendar with DESCRIPTION 出席领导 is not "nobody"', () => {
    const dingtalkFile = calendar([
      ...event('UID:p-0520@dingtalk.example', 'SUMMARY:区委专题会', 'DTSTART;TZID=Asia/Shanghai:20220520T150000', 'DTEND;TZID=Asia/Shanghai:20220520T170000',
        'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:manager8812@dingtalk.example'),
    ]);
    const govFile = calendar([...event('UID:g-0520@jb.gov.example', 'SUMMARY:区政府常务会议', 'DTSTART;TZID=Asia/Shanghai:20220520T150000', 'DTEND;TZID=Asia/Shanghai:20220520T170000', li)]);
    const oaFile = (description: string) =>
      calendar([...event('UID:oa-3317@oa.example', 'SUMMARY:区政府专题会', 'DTSTART;TZID=Asia/Shanghai:20220517T090000', 'DTEND;TZID=Asia/Shanghai:20220517T110000', description)]);
    const loaded = (id: string, text: string, office: string) => load(text, { meta: { id, office }, file: `${id}.ics` }).occurrences;
    const occurrences = [...loaded('party', dingtalkFile, '区委办'), ...loaded('gov', govFile, '区政府办'), ...loaded('oa', oaFile('DESCRIPTION:出席领导：李明'), '区政府办')];
    expect(attendanceHints(occurrences, directory).map((p) => [p.code, p.source, 'address' in p.data ? p.data.address : null])).toEqual([
      ['unlisted-address', { file: 'party.ics', line: 4 }, 'manager8812@dingtalk.example'],
    ]);
    // Without the names in DESCRIPTION the OA calendar names nobody.
    const silent = [...loaded('oa', oaFile('DESCRIPTION:会议地点：第一会议室'), '区政府办')];
    expect(attendanceHints(silent, directory).map((p) => [p.code, p.source, p.data])).toEqual([
      ['no-attendees', { file: 'oa.ics', line: 4 }, { calendar: 'oa', calendarName: 'oa', events: 1 }],
    ]);
  });
});
