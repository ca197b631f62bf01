/**
 * The built package as consumers see it, through its `exports` map: ESM `import` and CommonJS
 * `require` both work and expose the same named exports. `npm test` builds before jest runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'esm', 'index.js')) && existsSync(join(root, 'dist', 'cjs', 'index.js'));

(built ? describe : describe.skip)('package exports (needs `npm run build`)', () => {
  let consumer: string;
  beforeAll(() => {
    consumer = mkdtempSync(join(tmpdir(), 'tongchou-consumer-'));
    mkdirSync(join(consumer, 'node_modules'));
    symlinkSync(root, join(consumer, 'node_modules', 'tongchou'), 'dir');
  });
  afterAll(() => rmSync(consumer, { recursive: true, force: true }));

  const run = (args: string[]) =>
    execFileSync(process.execPath, args, { cwd: consumer, encoding: 'utf8' }).trim();

  test('ESM import and CommonJS require expose the same named exports', () => {
    const esm = run(['--input-type=module', '-e', "import * as t from 'tongchou'; console.log(Object.keys(t).sort().join(','))"]);
    const cjs = run(['-e', "console.log(Object.keys(require('tongchou')).filter((k) => k !== '__esModule').sort().join(','))"]);
    expect(esm.split(',')).toContain('LEVELS');
    expect(esm).toBe(cjs);
  });

  test('deep imports are closed by the exports map', () => {
    expect(() => run(['-e', "require('tongchou/dist/cjs/messages/render.js')"])).toThrow();
  });
});
