/**
 * The README cannot drift from the code it documents: its rules table lists every rule kind with
 * exactly the finding kinds and default severities the rule declares, its JSON section lists every
 * finding kind, its config table every top-level key, and its API tour is an excerpt of
 * `examples/api.ts` (which another test type-checks and runs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FINDING_KINDS } from '../../src/check/report.js';
import { validateConfig } from '../../src/config/validate.js';
import { rules } from '../../src/rules/registry.js';

const root = join(__dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const api = readFileSync(join(root, 'examples', 'api.ts'), 'utf8');

/** The README section under the `## ` or `### ` heading with this exact title, up to the next such heading. */
function section(title: string): string {
  const lines = readme.split('\n');
  const start = lines.findIndex((l) => l === `## ${title}` || l === `### ${title}`);
  if (start < 0) throw new Error(`README has no section "${title}"`);
  const end = lines.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** Table rows of a section whose first cell is a backticked name: name → the other cells. */
function tableRows(text: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const name = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    if (name !== undefined) rows.set(name, cells.slice(1));
  }
  return rows;
}

describe('README', () => {
  const ruleRows = tableRows(section('Rules'));

  test.each(Object.entries(rules))('the rules table has a row for %s with its kinds, severities and both docs', (kind, rule) => {
    const row = ruleRows.get(kind);
    expect(row).toBeDefined();
    const [findings = '', zh = '', en = ''] = row ?? [];
    const listed = [...findings.matchAll(/`([a-z-]+)` \((error|warning|info)\)/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(listed)).toEqual(rule.messages);
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(en).toMatch(/[a-z]{3,} [a-z]{3,}/);
  });

  test('the rules table has no row for a kind the code does not know', () => {
    expect([...ruleRows.keys()].sort()).toEqual(Object.keys(rules).sort());
  });

  test('the check JSON section lists exactly the finding kinds, in report order', () => {
    const line = section('`tongchou check --format json`')
      .split('\n')
      .find((l) => l.startsWith('| `findings[].kind`'));
    expect([...(line ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1])).toEqual(FINDING_KINDS);
  });

  test('the config table documents every top-level key the validator accepts', () => {
    const documented = [...tableRows(section('The config file (`tongchou.json`)')).keys()].map((k) => k.replace(/\[\]$/, ''));
    // A key the validator does not know gives an `unknown-key` warning: none of the documented ones may.
    const probe = Object.fromEntries(documented.map((k) => [k, undefined]));
    const result = validateConfig({ window: { from: '2022-04-01', to: '2022-06-30' }, calendars: [], ...probe });
    expect(result.problems.filter((p) => p.code === 'unknown-key')).toEqual([]);
    expect(documented).toEqual(
      expect.arrayContaining(['timezone', 'window', 'calendars', 'people', 'locations', 'travel', 'rules', 'maxOccurrencesPerCalendar']),
    );
  });

  test('every function the API tour names is a public export of the package', () => {
    const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
    const exported = new Set(
      [...index.matchAll(/^export \{([^}]*)\}/gm)].flatMap((m) => (m[1] ?? '').split(',').map((n) => n.trim().split(/\s+as\s+/).pop() ?? '')),
    );
    const named = [...new Set([...section('API tour').matchAll(/`([a-zA-Z]+)\(/g)].map((m) => m[1] ?? ''))];
    expect(named.length).toBeGreaterThan(5);
    expect(named.filter((name) => !exported.has(name))).toEqual([]);
  });

  test('every line of the API tour is a line of examples/api.ts', () => {
    const tour = section('API tour');
    const block = /```ts\n([\s\S]*?)```/.exec(tour)?.[1];
    expect(block).toBeDefined();
    const apiLines = new Set(api.split('\n').map((l) => l.trimEnd()));
    // The README imports from the package; the script from the sources.
    const missing = (block ?? '')
      .replace("} from 'tongchou';", "} from '../src/index.js';")
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '' && l.trim() !== '// …' && !apiLines.has(l));
    expect(missing).toEqual([]);
  });
});
