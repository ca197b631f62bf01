/**
 * `tongchou suggest`, in-process on the bundled example: the district 总河长会议 scheduled before the
 * city one gets the earliest compliant times, in zh-CN and English text and as JSON; exit codes 0
 * (slots found), 1 (none fit) and 2 (usage, unknown UID).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { root, runInProcess } from './harness.js';

const config = join(root, 'examples', 'q2-2022', 'tongchou.json');
const river = 'dingtalk-5c0e7b44-0420-4f21-8a9b-qzhzhy2022@dingtalk.com';
const run = (...args: string[]) => runInProcess((io) => main(['suggest', ...args], io), root);

interface JsonOut {
  version: number;
  window: { from: string; to: string; timezone: string };
  meetings: {
    meeting: { uid: string; start: string; calendar: string };
    conflicts: { kind: string; rule: string; message: Record<string, string> }[];
    slots: { start: string; end: string; satisfied: { kind: string; rule: string | null }[]; assumedWorkday: boolean }[];
    reason: string | null;
    searched: { from: string; to: string; checks: number };
  }[];
}

describe('tongchou suggest', () => {
  test('JSON: the river meeting moves to 21 April 12:30 at the earliest (after the city meeting and the 40 minutes back)', () => {
    const result = run('--config', config, '--event', river, '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as JsonOut;
    expect(out.version).toBe(1);
    expect(out.window).toEqual({ from: '2022-04-01', to: '2022-06-30', timezone: 'Asia/Shanghai' });
    expect(out.meetings).toHaveLength(1);
    const [m] = out.meetings;
    expect(m!.meeting).toMatchObject({ uid: river, calendar: 'district-party', start: '2022-04-20T15:00:00+08:00' });
    expect(m!.conflicts.map((f) => [f.rule, f.kind])).toEqual([['river-chief', 'order']]);
    expect(Object.keys(m!.conflicts[0]!.message)).toEqual(['zh-CN', 'en']);
    expect(m!.slots.map((s) => s.start)).toEqual(['2022-04-21T12:30:00+08:00', '2022-04-21T13:00:00+08:00', '2022-04-21T13:30:00+08:00']);
    expect(m!.slots[0]!.satisfied).toEqual(expect.arrayContaining([{ kind: 'follows', rule: 'river-chief' }, { kind: 'travel-time', rule: 'travel' }, { kind: 'workday', rule: null }]));
    expect(m!.reason).toBeNull();
  });

  test('text in zh-CN (default) and English; --count and --from', () => {
    const zh = run('--config', config, '--event', river, '--count', '1');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('“江滨区2022年第一次总河长会议”');
    expect(zh.stdout).toContain('最早可改期的 1 个时间：');
    expect(zh.stdout).toContain('1. 2022年4月21日 星期四 12:30–14:30');
    expect(zh.stdout).toContain('满足：river-chief（先后顺序）');
    const en = run('--config', config, '--event', river, '--lang', 'en', '--count', '2', '--from', '2022-04-22');
    expect(en.stdout).toContain('Earliest 2 slots:');
    expect(en.stdout).toContain('1. Fri 22 Apr 2022 08:30–10:30');
    // Both slots satisfy the same constraints: said once, after the list.
    expect(en.stdout).toContain('    Each satisfies: river-chief (order), people (people free)');
    expect(en.stdout).not.toContain('       satisfies:');
    expect(en.stdout).toContain('Searched 2022-04-22 to 2022-06-30 (Asia/Shanghai), working days, 08:30–17:30, every 30 minutes');
  });

  test('--hours keeps lunch free; --hours any allows any time of day; a malformed value is a usage error', () => {
    const lunch = JSON.parse(run('--config', config, '--event', river, '--format', 'json', '--hours', '08:30-12:00,14:30-17:30', '--count', '2').stdout) as JsonOut;
    // A two-hour meeting after 12:10: not across lunch, so 14:30 and 15:00.
    expect(lunch.meetings[0]!.slots.map((s) => s.start)).toEqual(['2022-04-21T14:30:00+08:00', '2022-04-21T15:00:00+08:00']);
    const any = JSON.parse(run('--config', config, '--event', river, '--format', 'json', '--hours', 'any', '--count', '1').stdout) as JsonOut;
    expect(any.meetings[0]!.slots.map((s) => s.start)).toEqual(['2022-04-21T12:30:00+08:00']);
    const bad = run('--config', config, '--event', river, '--hours', '9-5', '--lang', 'en');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--hours: "9-5"')]);
  });

  test('no slot in the searched days → exit 1 and the reason', () => {
    const result = run('--config', config, '--event', river, '--from', '2022-04-01', '--to', '2022-04-20', '--lang', 'en');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('No slot found.');
    expect(result.stdout).toContain('Searched up to 2022-04-20, the end of the window.');
  });

  test('usage errors and an unknown UID exit 2', () => {
    expect(run('--event', river).code).toBe(2);
    const bad = run('--config', config, '--event', river, '--count', 'zero', '--lang', 'en');
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('--count: "zero" is not a whole number ≥ 1')]);
    const unknown = run('--config', config, '--event', 'no-such-uid', '--lang', 'en');
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('no meeting with UID "no-such-uid"')]);
    expect(run('--config', config, '--event', river, '--bogus').code).toBe(2);
  });

  test('without --event: every meeting a movable conflict names, each searched from its own day', () => {
    const result = run('--config', config, '--count', '1', '--format', 'json');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as JsonOut;
    // order → the dependent; two meetings clashing → the lower level's (never the city's, QA26-43),
    // else the later one; required-busy → the required meeting.
    expect(out.meetings.map((m) => [m.meeting.calendar, m.meeting.start, m.conflicts.map((f) => f.kind).sort().join(',')])).toEqual([
      ['district-party', '2022-04-20T15:00:00+08:00', 'order'],
      ['mayor', '2022-05-12T14:00:00+08:00', 'double-booking'],
      ['district-congress', '2022-05-18T10:00:00+08:00', 'venue'],
      ['district-party', '2022-06-07T08:30:00+08:00', 'travel-time'],
      ['district-cppcc', '2022-06-14T15:30:00+08:00', 'tentative-overlap'],
      ['district-gov', '2022-06-15T09:00:00+08:00', 'double-booking,required-busy'],
    ]);
    for (const m of out.meetings) {
      expect(m.searched.from).toBe(m.meeting.start.slice(0, 10));
      expect(m.slots).toHaveLength(1);
      expect(m.slots[0]!.start >= m.searched.from).toBe(true);
    }
  });

  test('--help prints the verb\'s usage; the program\'s help lists the verb', () => {
    const help = run('--help', '--lang', 'en');
    expect([help.code, help.stdout]).toEqual([0, expect.stringContaining('Usage: tongchou suggest --config tongchou.json [--event UID]')]);
    const all = runInProcess((io) => main(['--help'], io), root);
    expect(all.stdout).toContain('suggest --config 文件 [--event UID]');
  });
});

describe('tongchou suggest and a relay whose lateness cannot be judged (QF-12)', () => {
  // The city meets on 29 Dec 2026, the district relays on 5 Jan 2027 within 5 working days — of a year whose holidays
  // are not published: `order-late` is info, undetermined. Nothing shows the relay to be late, so the search is not
  // moved back to the city's day (a December slot for a January relay), and without --event nothing is to move.
  const dir = mkdtempSync(join(tmpdir(), 'tongchou-qf12-'));
  const vevent = (uid: string, summary: string, start: string, end: string) =>
    ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261129T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, 'END:VEVENT'];
  const vcalendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
  writeFileSync(join(dir, 'city.ics'), vcalendar(...vevent('city@t', '全市经济工作会议', '20261229T090000', '20261229T120000')));
  writeFileSync(join(dir, 'party.ics'), vcalendar(...vevent('relay@t', '全区经济工作会议', '20270105T090000', '20270105T120000')));
  writeFileSync(
    join(dir, 'tongchou.json'),
    JSON.stringify({
      timezone: 'Asia/Shanghai',
      window: { from: '2026-12-01', to: '2027-02-28' },
      calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
      rules: [{ id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作会议' }, prerequisite: { level: 'city', summary: '经济工作会议' }, maxGap: { workingDays: 5 } }],
    }),
  );
  const suggest = (...args: string[]) => runInProcess((io) => main(['suggest', '--config', join(dir, 'tongchou.json'), '--format', 'json', ...args], io), root);

  test('--event: no December slot is offered for the January relay', () => {
    const out = JSON.parse(suggest('--event', 'relay@t').stdout) as JsonOut;
    for (const slot of out.meetings[0]?.slots ?? []) expect(slot.start >= '2027-01-05').toBe(true);
    expect(out.meetings[0]?.searched.from).toBe('2027-01-05');
  });

  test('without --event: the undetermined relay is no meeting to move', () => {
    const out = JSON.parse(suggest().stdout) as JsonOut;
    expect(out.meetings).toEqual([]);
  });
});
