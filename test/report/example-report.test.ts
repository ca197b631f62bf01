/**
 * The committed example report (examples/q2-2022/report.html, linked from the README) is what the
 * generator makes today. It is written by the CLI, from the repository root:
 *
 *   tongchou check --config examples/q2-2022/tongchou.json --format html --out examples/q2-2022/report.html
 *
 * and this test regenerates it in place when run with TONGCHOU_UPDATE_EXAMPLE=1 (the browser test
 * then also refreshes the screenshot examples/q2-2022/report.png).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { runInProcess, tempDir } from '../cli/harness.js';
import { EXAMPLE_REPORT, root } from './example-input.js';
const update = process.env.TONGCHOU_UPDATE_EXAMPLE === '1';

test('examples/q2-2022/report.html is up to date with the generator (regenerate: TONGCHOU_UPDATE_EXAMPLE=1 npx jest test/report)', () => {
  const out = join(tempDir(), 'report.html');
  const result = runInProcess((io) => main(['check', '--config', join('examples', 'q2-2022', 'tongchou.json'), '--format', 'html', '--out', out], io), root);
  // The example has error findings: exit 1, the page written all the same.
  expect(result.code).toBe(1);
  const fresh = readFileSync(out, 'utf8');
  if (update) writeFileSync(EXAMPLE_REPORT, fresh);
  const committed = readFileSync(EXAMPLE_REPORT, 'utf8');
  expect(committed === fresh).toBe(true);
});
