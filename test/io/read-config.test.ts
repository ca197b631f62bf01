import { join } from 'node:path';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { parseConfigText, readConfig } from '../../src/io/read-config.js';

const fixtures = join(__dirname, '..', 'fixtures', 'cli');
const env = (cwd: string) => ({ cwd, fs: nodeFileSystem });

describe('readConfig', () => {
  test('resolves calendar paths against the config file and reports them relative to the working directory', () => {
    const read = readConfig('district/tongchou.json', env(fixtures));
    if (!read.ok) throw new Error(`expected ok, got ${read.kind}`);
    expect(read.config.calendars.map((c) => c.file)).toEqual([
      join('district', 'calendars', 'city-party.ics'),
      join('district', 'calendars', 'district-party.ics'),
      join('district', 'calendars', 'district-gov.ics'),
    ]);
    expect([...read.sources.keys()]).toEqual(read.config.calendars.map((c) => c.file));
    expect(Buffer.from(read.sources.get(read.config.calendars[0]?.file ?? '') ?? []).toString('utf8')).toContain('市总河长会议');
  });

  test('the same config read from inside its folder names the files from there', () => {
    const read = readConfig('tongchou.json', env(join(fixtures, 'district')));
    expect(read.ok && read.config.calendars[0]?.file).toBe(join('calendars', 'city-party.ics'));
  });

  test('an unreadable config file is a value naming the file', () => {
    expect(readConfig('nowhere/tongchou.json', env(fixtures))).toEqual({
      ok: false,
      kind: 'unreadable',
      failures: [{ file: 'nowhere/tongchou.json', reason: 'not-found', detail: expect.any(String) }],
    });
  });

  test('a directory given as the config is reported as such', () => {
    const read = readConfig('district', env(fixtures));
    expect(read.ok === false && read.kind === 'unreadable' && read.failures[0]?.reason).toBe('is-directory');
  });

  test('every unreadable calendar is listed, not only the first', () => {
    const read = readConfig('missing-calendar/tongchou.json', env(fixtures));
    expect(read.ok === false && read.kind === 'unreadable' && read.failures.map((f) => [f.file, f.reason])).toEqual([
      [join('missing-calendar', 'calendars', 'gone.ics'), 'not-found'],
      [join('missing-calendar', 'calendars', 'also-gone.ics'), 'not-found'],
    ]);
  });

  test('a JSON syntax error carries its line and column', () => {
    expect(readConfig('json-syntax-error/tongchou.json', env(fixtures))).toEqual({
      ok: false,
      kind: 'json-syntax',
      file: 'json-syntax-error/tongchou.json',
      error: { offset: expect.any(Number), line: 5, column: 1, found: '}' },
    });
  });

  test('validation problems are all returned, with their paths', () => {
    const read = readConfig('invalid-config/tongchou.json', env(fixtures));
    if (read.ok || read.kind !== 'invalid') throw new Error('expected invalid');
    const found = read.problems.filter((p) => p.severity === 'error').map((p) => [p.code, 'path' in p.source ? p.source.path : null]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['invalid-timezone', ['timezone']],
        ['invalid-date', ['window', 'to']],
        ['invalid-enum', ['calendars', 0, 'level']],
        ['invalid-duration', ['rules', 0, 'minGap']],
      ]),
    );
    expect(read.problems.every((p) => p.source.file === 'invalid-config/tongchou.json')).toBe(true);
  });
});

describe("readConfig: the config file's encoding (QA26-36)", () => {
  // {"window":…, "calendars":[{"id":"c","file":"c.ics","office":"区委办"}], "rules":[…"summary":"总河长会议"…]}
  const json = (office: number[], summary: number[]): Uint8Array =>
    Uint8Array.from([
      ...Buffer.from('{"window":{"from":"2022-04-01","to":"2022-04-30"},"calendars":[{"id":"c","file":"c.ics","office":"'),
      ...office,
      ...Buffer.from('"}],"rules":[{"id":"r","kind":"cadence","event":{"summary":"'),
      ...summary,
      ...Buffer.from('"},"every":"month","min":1}]}'),
    ]);
  const gbOffice = [199, 248, 206, 175, 176, 236]; // 区委办 in GB18030
  const gbSummary = [215, 220, 186, 211, 179, 164, 187, 225, 210, 233]; // 总河长会议
  const files = (config: Uint8Array) => ({
    readFile: (path: string) => (path.endsWith('.json') ? config : Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')),
    writeFile: () => undefined,
    exists: () => true,
  });
  const read = (bytes: Uint8Array) => readConfig('t.json', { cwd: '/x', fs: files(bytes) });

  test('GBK (Notepad "ANSI" on Chinese Windows) is read as GB18030, with an info', () => {
    const result = read(json(gbOffice, gbSummary));
    if (!result.ok) throw new Error(result.kind);
    expect(result.config.calendars[0]!.office).toBe('区委办');
    expect(result.config.rules[0]).toMatchObject({ event: { summary: '总河长会议' } });
    expect(result.problems.map((p) => [p.code, p.severity, p.data])).toEqual([['config-encoding', 'info', { encoding: 'gb18030' }]]);
  });

  test('UTF-16 with its BOM (Notepad "Unicode") is read, with an info; UTF-8 gives no problem', () => {
    const utf8 = Buffer.from(json(Array.from(Buffer.from('区委办')), Array.from(Buffer.from('总河长会议'))));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(utf8.toString('utf8'), 'utf16le')]);
    const result = read(utf16);
    expect(result.ok && [result.config.calendars[0]!.office, result.problems.map((p) => p.code)]).toEqual(['区委办', ['config-encoding']]);
    const plain = read(utf8);
    expect(plain.ok && plain.problems).toEqual([]);
  });

  test('bytes that are neither are replaced, with a warning that Chinese names may match nothing', () => {
    const result = read(json([0xff, 0xff, 0xff], Array.from(Buffer.from('总河长会议'))));
    expect(result.ok && result.problems.map((p) => [p.code, p.severity])).toEqual([['config-encoding', 'warning']]);
  });
});

describe('parseConfigText', () => {
  test('ignores a UTF-8 byte-order mark (Windows Notepad writes one)', () => {
    expect(parseConfigText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  test('reports an early end of text', () => {
    expect(parseConfigText('{"window": {')).toEqual({ ok: false, error: { offset: 12, line: 1, column: 13, found: null } });
  });
});
