import { parseArgs } from '../../src/cli/parse-args.js';

const specs = {
  from: { type: 'string' },
  format: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

describe('parseArgs', () => {
  test('reads flags in both spellings, booleans, short aliases and positionals in order', () => {
    expect(parseArgs('check', ['a.ics', '--from', '2022-04-01', 'b.ics', '--format=json', '--force', '-h'], specs)).toEqual({
      ok: true,
      flags: { from: '2022-04-01', format: 'json', force: true, help: true },
      positionals: ['a.ics', 'b.ics'],
    });
  });

  test('a repeated string flag keeps the last value', () => {
    const result = parseArgs('check', ['--format', 'text', '--format', 'json'], specs);
    expect(result.ok && result.flags.format).toBe('json');
  });

  test('"--" ends the options, so a file may start with a dash', () => {
    expect(parseArgs('expand', ['--', '-odd.ics', '--force'], specs)).toEqual({ ok: true, flags: {}, positionals: ['-odd.ics', '--force'] });
  });

  test.each([
    [['--frm', '2022-04-01'], { code: 'unknown-flag', data: { verb: 'init', flag: '--frm' } }],
    [['-x'], { code: 'unknown-flag', data: { verb: 'init', flag: '-x' } }],
    [['--toString'], { code: 'unknown-flag', data: { verb: 'init', flag: '--toString' } }],
    [['--from'], { code: 'missing-value', data: { flag: '--from' } }],
    [['--from', '--force'], { code: 'missing-value', data: { flag: '--from' } }],
    [['--force=yes'], { code: 'unexpected-value', data: { flag: '--force' } }],
  ])('%j is a usage error naming the flag', (args, error) => {
    expect(parseArgs('init', args, specs)).toEqual({ ok: false, error });
  });
});
