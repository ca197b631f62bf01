/**
 * examples/api.ts — the README's API tour — type-checks against the public exports and runs: on the
 * bundled example, on a config given with `--config` and a narrower window, and on bare `.ics` files
 * (zero-config). It is compiled here exactly as `npm run example` compiles it (examples/tsconfig.json).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

jest.setTimeout(120_000);

describe('examples/api.ts', () => {
  let out: string;
  beforeAll(() => {
    // Inside the project, so that the compiled script resolves luxon and ical.js from node_modules.
    const cache = join(root, 'node_modules', '.cache');
    mkdirSync(cache, { recursive: true });
    out = mkdtempSync(join(cache, 'tongchou-api-'));
    // Type errors fail here, with tsc's own message.
    execFileSync(process.execPath, [tsc, '-p', join(root, 'examples', 'tsconfig.json'), '--outDir', out], { cwd: root, encoding: 'utf8' });
    // The output is ESM like the package; give it the package's module type.
    writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [join(out, 'examples', 'api.js'), ...args], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/New_York' },
    });
    return { status: result.status, lines: result.stdout.split('\n'), stderr: result.stderr };
  };
  const tags = (lines: readonly string[]) => lines.flatMap((l) => /^\S+ \[([a-z-]+\/[a-z-]+)\]/.exec(l)?.[1] ?? []);

  test('on the bundled example it reports the eleven findings and exits 0 (a demonstration), 1 with --strict', () => {
    const { status, lines, stderr } = run();
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(run('--strict').status).toBe(1);
    expect(tags(lines).sort()).toEqual(
      [
        'river-chief/order',
        'people/double-booking',
        'rooms/venue',
        'people/double-booking',
        'flood/order-missing',
        'travel/travel-time',
        'chiefs/required-busy',
        'people/tentative-overlap',
        'joint-meeting/cadence-missed',
        'duty-roster/coverage-gap',
        'workdays/holiday',
      ].sort(),
    );
    // The suggestion is printed; trying it with checkProposal shows the leaders would have no time to
    // come back from the city hall (the city meeting ends at 11:30 there, 40 minutes away).
    expect(lines).toContain('    建议：最早可安排在 2022-04-21T11:30:00+08:00');
    const tried = lines.indexOf('若将“江滨区2022年第一次总河长会议”改到 2022-04-21T11:30:00+08:00：仍有 1 个问题');
    expect(tried).toBeGreaterThan(0);
    expect(lines[tried + 1]).toMatch(/^ {4}【警告】 \[travel\/travel-time\] /);
  });

  test('the README shows what it prints on the bundled example, line for line', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const sample = /`npm run example` prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(sample).toBeDefined();
    expect(run().lines.join('\n')).toBe(sample);
  });

  test('--config with --from/--to narrows the window (April: only the order error) and --lang en switches language', () => {
    const { status, lines } = run('--config', 'examples/q2-2022/tongchou.json', '--from', '2022-04-01', '--to', '2022-04-30', '--lang', 'en', '--strict');
    expect(status).toBe(1);
    expect(tags(lines)).toEqual(['river-chief/order']);
    expect(lines[0]).toMatch(/^Window 2022-04-01 to 2022-04-30 \(Asia\/Shanghai\): 13 calendars/);
  });

  test('bare .ics files are checked with the attendance rules; an attendee outside any directory is still a person', () => {
    // No directory, no owner: the mayor is the site visit's ORGANIZER (liming@…) and a city-gov
    // ATTENDEE written MAILTO:LiMing@… — one person once case and mailto: are ignored.
    const { status, lines } = run(
      'examples/q2-2022/calendars/mayor.ics',
      'examples/q2-2022/calendars/city-gov.ics',
      '--from',
      '2022-04-01',
      '--to',
      '2022-06-30',
    );
    expect(status).toBe(0);
    expect(tags(lines)).toEqual(['people/double-booking']);
  });

  test('a config with holiday calendars (holidays.ics): 2027 meetings judged by them, each citing its source', () => {
    const { status, lines } = run('--config', 'test/fixtures/holidays/district-2027/tongchou.json');
    expect(status).toBe(0);
    expect(tags(lines)).toEqual(['wd/holiday', 'wd/holiday']);
    expect(lines.filter((l) => l.includes('[wd/holiday]')).map((l) => /（依据：(.+)）。$/u.exec(l)?.[1])).toEqual([
      '../google-holidays-in-china.ics:23',
      '江滨区政府办〔2027〕3号（测试用虚构）',
    ]);
    // The timed entry of the office's 调休 calendar is reported with its file and line.
    expect(lines.some((l) => l.startsWith('【警告】 ../tiaoxiu-oa-floating.ics:29 '))).toBe(true);
  });

  test('a quiet window exits 0', () => {
    const { status, lines } = run('--config', 'examples/q2-2022/tongchou.json', '--from', '2022-04-22', '--to', '2022-05-04');
    expect(tags(lines)).toEqual([]);
    expect(status).toBe(0);
  });
});
