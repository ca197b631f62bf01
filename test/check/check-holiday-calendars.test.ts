/**
 * check() reads the holiday calendars of `holidays.ics` from its sources when the caller did not
 * load them first: a library user who passes the files must not have them silently ignored.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '../../src/check/check.js';
import { validateConfig } from '../../src/config/validate.js';
import type { Config } from '../../src/model/config.js';

const dir = join(__dirname, '..', 'fixtures', 'holidays', 'district-2027');

function validated(raw: unknown): Config {
  const result = validateConfig(raw, 'tongchou.json');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

const raw = JSON.parse(readFileSync(join(dir, 'tongchou.json'), 'utf8')) as Record<string, unknown>;
const meetings = readFileSync(join(dir, 'meetings-2027.ics'));
const google = readFileSync(join(dir, '..', 'google-holidays-in-china.ics'));

describe('check() with holidays.ics in its sources', () => {
  const config = validated({ ...raw, holidays: { ics: ['../google-holidays-in-china.ics'] } });

  test('the holiday calendar decides 2027: 端午 (9 June) is a holiday citing its file and line', () => {
    const report = check({ config, sources: new Map([['meetings-2027.ics', meetings], ['../google-holidays-in-china.ics', google]]), configFile: 'tongchou.json' });
    const holidays = report.findings.filter((f) => f.kind === 'holiday');
    expect(holidays.map((f) => f.data['date'])).toContain('2027-06-09');
    expect(holidays.find((f) => f.data['date'] === '2027-06-09')?.data['source']).toBe('../google-holidays-in-china.ics:23');
    expect(report.findings.filter((f) => f.kind === 'holiday-unknown')).toEqual([]);
  });

  test('a holiday calendar missing from the sources is a missing-source problem at holidays.ics[0], and 2027 stays unknown', () => {
    const report = check({ config, sources: new Map([['meetings-2027.ics', meetings]]), configFile: 'tongchou.json' });
    expect(report.problems.map((p) => [p.code, 'path' in p.source ? p.source.path.join('.') : null])).toContainEqual(['missing-source', 'holidays.ics.0']);
    expect(report.findings.filter((f) => f.kind === 'holiday-unknown').length).toBeGreaterThan(0);
  });
});
