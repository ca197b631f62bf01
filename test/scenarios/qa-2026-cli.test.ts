/**
 * QA 2026 (fresh-eyes QA): the command line as office staff type it. Each `test.failing` pins an open
 * bug listed in /work/notes/qa-2026.md under its QA26 id; flip it to `test` when the bug is fixed.
 */
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { root, runInProcess } from '../cli/harness.js';

const dir = join(root, 'test', 'fixtures', 'qa-2026');

describe('QA26-7: --tz CST (China Standard Time to Chinese staff; America/Chicago to IANA)', () => {
  const expandJson = (tz: string): { code: number; stdout: string; stderr: string } =>
    runInProcess((io) => main(['expand', 'floating-oa.ics', '--tz', tz, '--from', '2022-05-01', '--to', '2022-05-31', '--format', 'json'], io), dir);

  test('control: --tz Asia/Shanghai reads the floating 09:00 as +08:00', () => {
    const result = expandJson('Asia/Shanghai');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { occurrences: { start: string }[] };
    expect(parsed.occurrences.map((o) => o.start)).toEqual(['2022-05-10T09:00:00+08:00']);
  });

  // QA26-7: the config's "timezone": "CST" gets ambiguous-timezone; the flag gets nothing and means Chicago.
  test.failing('QA26-7: expand --tz CST warns (or refuses) instead of silently using America/Chicago', () => {
    const result = expandJson('CST');
    const parsed = result.code === 0 ? (JSON.parse(result.stdout) as { occurrences: { start: string }[] }) : null;
    const silentChicago = parsed !== null && parsed.occurrences[0]?.start === '2022-05-10T09:00:00-05:00' && !/CST|Chicago/u.test(result.stderr);
    expect(silentChicago).toBe(false);
  });

  test.failing('QA26-7: check --tz CST says that CST is read as America/Chicago', () => {
    const result = runInProcess((io) => main(['check', 'floating-oa.ics', '--tz', 'CST', '--from', '2022-05-01', '--to', '2022-05-31'], io), dir);
    expect(`${result.stdout}${result.stderr}`).toMatch(/America\/Chicago|ambiguous-timezone/u);
  });
});
