/**
 * QA 2026b (fresh-eyes QA, round 2): the command line's JSON contract as an office tool reads it. Each
 * `test.failing` pins an open bug listed in /work/notes/qa-2026b.md under its QB id; flip it to `test`
 * when the bug is fixed.
 */
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { root, runInProcess } from '../cli/harness.js';

const dir = join(root, 'test', 'fixtures', 'qa-2026b');

interface ProblemJsonShape { readonly code: string; readonly message: Record<string, string> }

describe('QB-7: the JSON error document keys its messages by language like the report does', () => {
  test('control: a report problem carries both languages without --lang', () => {
    const result = runInProcess((io) => main(['check', 'unknown-tzid.ics', '--from', '2022-05-01', '--to', '2022-05-31', '--format', 'json'], io), dir);
    const parsed = JSON.parse(result.stdout) as { problems: ProblemJsonShape[] };
    expect(parsed.problems.map((p) => p.code)).toContain('unknown-tzid');
    expect(Object.keys(parsed.problems[0]!.message).sort()).toEqual(['en', 'zh-CN']);
  });

  // QB-7: README — the error document's problems are "shaped as in the report"; the report's messages
  // are `{"zh-CN", "en"}` by default, the error document's only `{"zh-CN"}`: `message.en` is undefined.
  test.each([
    ['check', '--config', 'missing.json'],
    ['check', '--config', 'bad-syntax.json'],
    ['suggest', '--config', 'bad-syntax.json'],
    ['expand', 'missing.ics'],
  ].map((args) => [args.join(' '), args] as const))('QB-7: %s --format json gives messages in both languages', (_name, args) => {
    const result = runInProcess((io) => main([...args, '--format', 'json'], io), dir);
    expect(result.code).toBe(2);
    const parsed = JSON.parse(result.stdout) as { problems: ProblemJsonShape[] };
    expect(Object.keys(parsed.problems[0]!.message).sort()).toEqual(['en', 'zh-CN']);
  });
});

describe('QB-9: a relay held too late (order-late, maxGap 3 working days)', () => {
  const fixture = join(dir, 'order-late');
  test('control: check reports order-late, latest 13 May', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json', '--format', 'json'], io), fixture);
    const parsed = JSON.parse(result.stdout) as { findings: { kind: string; data: Record<string, unknown> }[] };
    expect(parsed.findings.map((f) => [f.kind, f.data['latestStart']])).toEqual([['order-late', '2022-05-13']]);
  });

  test('control: searched from 10 May, the assistant finds slots on 10 May', () => {
    const result = runInProcess((io) => main(['suggest', '--config', 'tongchou.json', '--event', 'd1@dist', '--from', '2022-05-10', '--format', 'json'], io), fixture);
    const parsed = JSON.parse(result.stdout) as { meetings: { slots: { start: string }[] }[] };
    expect(parsed.meetings[0]!.slots[0]!.start).toBe('2022-05-10T11:00:00+08:00');
  });

  // QB-9: searched from the late meeting's own day, every start is later still.
  test('QB-9: suggest --event finds a slot by 13 May without --from', () => {
    const result = runInProcess((io) => main(['suggest', '--config', 'tongchou.json', '--event', 'd1@dist', '--format', 'json'], io), fixture);
    const parsed = JSON.parse(result.stdout) as { meetings: { slots: { start: string }[] }[] };
    expect(result.code).toBe(0);
    expect(parsed.meetings[0]!.slots[0]!.start.slice(0, 10) <= '2022-05-13').toBe(true);
  });

  // QB-9: order-late is not among the kinds suggest moves.
  test('QB-9: suggest without --event searches the late relay', () => {
    const result = runInProcess((io) => main(['suggest', '--config', 'tongchou.json', '--format', 'json'], io), fixture);
    const parsed = JSON.parse(result.stdout) as { meetings: { meeting: { uid: string } }[] };
    expect(parsed.meetings.map((m) => m.meeting.uid)).toEqual(['d1@dist']);
  });
});

describe('QB-14: a calendar file that is not iCalendar (a subscription URL saved the login page) and the exit code', () => {
  const fixture = join(dir, 'login-page');

  test('control: the report names the file as not iCalendar (error) and the order cannot be judged (info)', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json', '--format', 'json'], io), fixture);
    const parsed = JSON.parse(result.stdout) as { findings: { kind: string; severity: string }[]; problems: { code: string; severity: string }[] };
    expect(parsed.problems.map((p) => [p.code, p.severity])).toContainEqual(['not-icalendar', 'error']);
    expect(parsed.findings.map((f) => [f.kind, f.severity])).toEqual([['order-missing', 'info']]);
  });

  // QB-14: a missing city.ics exits 2, the same file holding an HTML page exits 0: a script or CI job
  // reads "no error" although the city's calendar was never read (README exit codes: 2 = unreadable file).
  test('QB-14: check exits non-zero when a configured calendar is not iCalendar', () => {
    const result = runInProcess((io) => main(['check', '--config', 'tongchou.json'], io), fixture);
    expect(result.code).not.toBe(0);
  });
});

describe('QB-14 (expand): the login page given to expand', () => {
  // QB-14 follow-up: after 6269f88 `check` exits 2 for a calendar that is not iCalendar; `expand` of the
  // same file still exits 0 (“共 0 个会议场次”), so a script that expands before checking sees success.
  test('QB-14: expand exits non-zero when the file is not iCalendar', () => {
    const result = runInProcess((io) => main(['expand', 'city.ics', '--from', '2022-05-01', '--to', '2022-05-31'], io), join(dir, 'login-page'));
    expect(result.code).not.toBe(0);
  });
});
