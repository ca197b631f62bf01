/**
 * STYLE rule 1 and 9, enforced: the core is pure (no file system, no process, no host clock or
 * zone), only src/io and src/cli touch the outside world.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const srcRoot = join(__dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const files = sourceFiles(srcRoot).map((path) => ({
  path: relative(srcRoot, path).split(sep).join('/'),
  // Comments may mention `Date` or `process` in prose; only code counts.
  code: readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
}));
const isEdge = (path: string) => path.startsWith('io/') || path.startsWith('cli/');

describe('architecture', () => {
  test('there are source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  test.each(files.filter((f) => !isEdge(f.path)).map((f) => [f.path, f.code] as const))(
    'src/%s does no I/O and reads no process state',
    (_path, code) => {
      expect(code).not.toMatch(/from\s+['"](node:)?(fs|path|fs\/promises|child_process|os)['"]/);
      expect(code).not.toMatch(/\brequire\(/);
      expect(code).not.toMatch(/\bprocess\./);
    },
  );

  // The CLI is an edge and may read the clock (never the host zone) for its defaults.
  test.each(files.filter((f) => !f.path.startsWith('cli/')).map((f) => [f.path, f.code] as const))(
    'src/%s uses no host clock or zone (no Date, no zone-less luxon "now"/"local")',
    (_path, code) => {
      expect(code).not.toMatch(/\bnew Date\b|\bDate\.(now|parse|UTC)\b/);
      expect(code).not.toMatch(/DateTime\.(now|local)\(/);
      expect(code).not.toMatch(/Settings\.(defaultZone|now)\s*=/);
    },
  );
});
