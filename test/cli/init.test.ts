import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { guessLevel, init, OFFICE_PLACEHOLDER } from '../../src/cli/init.js';
import { cliMessages } from '../../src/messages/cli-catalog.js';
import { validateConfig } from '../../src/config/validate.js';
import { fixtures, runInProcess, tempDir } from './harness.js';

const runInit = (args: string[], cwd: string, lang: 'zh-CN' | 'en' = 'zh-CN') =>
  runInProcess((io) => init(args, { io, lang, messages: cliMessages(lang) }), cwd);

const party = join(fixtures, 'district', 'calendars', 'district-party.ics');
const gov = join(fixtures, 'district', 'calendars', 'district-gov.ics');

describe('tongchou init', () => {
  test('writes a config that validateConfig accepts, listing the files relative to it', () => {
    const dir = tempDir();
    const result = runInit([party, gov, '--from', '2022-04-01', '--to', '2022-06-30'], dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const raw: unknown = JSON.parse(readFileSync(join(dir, 'tongchou.json'), 'utf8'));
    const validated = validateConfig(raw, 'tongchou.json');
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    expect(validated.config.window).toEqual({ from: '2022-04-01', to: '2022-06-30' });
    expect(validated.config.timezone).toBe('Asia/Shanghai');
    expect(validated.config.calendars.map((c) => [c.id, c.office, c.level])).toEqual([
      ['district-party', OFFICE_PLACEHOLDER, 'district'],
      ['district-gov', OFFICE_PLACEHOLDER, 'district'],
    ]);
    // Relative to the config file, so the config can be moved with its calendars.
    for (const c of validated.config.calendars) expect(existsSync(join(dir, c.file))).toBe(true);
    expect(validated.config.calendars[0]?.file.startsWith('/')).toBe(false);
    // Only warnings remain, both from placeholders in disabled examples: a role no person holds
    // yet, and the duty calendar the coverage example names.
    expect(validated.problems.map((p) => [p.code, p.severity]).sort()).toEqual([
      ['unknown-calendar', 'warning'],
      ['unknown-role', 'warning'],
    ]);
  });

  test('has an example of every rule kind, disabled except those needing no settings: the zero-config pair and related-to', () => {
    const dir = tempDir();
    runInit([party, '--from', '2022-04-01', '--to', '2022-06-30'], dir);
    const config = JSON.parse(readFileSync(join(dir, 'tongchou.json'), 'utf8')) as { rules: { kind: string; enabled: boolean }[] };
    expect(config.rules.map((r) => [r.kind, r.enabled])).toEqual([
      ['follows', false],
      ['no-double-booking', true],
      ['travel-time', false],
      ['venue', true],
      ['required-attendance', false],
      ['related-to', true],
      ['cadence', false],
      ['coverage', false],
      ['working-days', false],
      ['quiet-period', false],
    ]);
  });

  test('--out writes elsewhere, with paths relative to that file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'conf'));
    const result = runInit([party, '--out', 'conf/q2.json', '--from', '2022-04-01'], dir);
    expect(result.code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'conf', 'q2.json'), 'utf8')) as { calendars: { file: string }[]; window: unknown };
    expect(existsSync(join(dir, 'conf', config.calendars[0]?.file ?? 'x'))).toBe(true);
    expect(config.window).toEqual({ from: '2022-04-01', to: '2023-03-31' });
  });

  test('refuses to overwrite without --force (exit 2, file untouched), overwrites with it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tongchou.json'), 'mine');
    const refused = runInit([party], dir, 'en');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('tongchou.json');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(dir, 'tongchou.json'), 'utf8')).toBe('mine');
    expect(runInit([party, '--force'], dir).code).toBe(0);
    expect(readFileSync(join(dir, 'tongchou.json'), 'utf8')).toContain('district-party');
  });

  test('an unreadable input is exit 2 naming the file, and nothing is written', () => {
    const dir = tempDir();
    const result = runInit([party, 'missing.ics'], dir, 'en');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('missing.ics');
    expect(existsSync(join(dir, 'tongchou.json'))).toBe(false);
  });

  test('no file is a usage error', () => {
    expect(runInit([], tempDir()).code).toBe(2);
  });

  test('two files with the same name get distinct ids', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'a', 'party.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    writeFileSync(join(dir, 'b', 'party.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    expect(runInit(['a/party.ics', 'b/party.ics'], dir).code).toBe(0);
    const config = JSON.parse(readFileSync(join(dir, 'tongchou.json'), 'utf8')) as { calendars: { id: string; file: string }[] };
    expect(config.calendars.map((c) => [c.id, c.file])).toEqual([
      ['party', 'a/party.ics'],
      ['party-2', 'b/party.ics'],
    ]);
  });
});

describe('guessLevel', () => {
  test.each([
    ['市委办', 'city'],
    ['某市某区政府办', 'district'],
    ['某区某镇党委', 'township'],
    ['省委办公厅', 'province'],
    ['city-party', 'city'],
    ['district-gov', 'district'],
    ['mayor', undefined],
    ['李区长', 'district'],
  ])('%s → %s', (name, level) => {
    expect(guessLevel(name)).toBe(level);
  });
});
