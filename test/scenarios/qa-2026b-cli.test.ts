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
  test.failing.each([
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
