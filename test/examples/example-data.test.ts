/**
 * The bundled example's data, independent of the rules: the config is valid and complete, the people
 * directory is the same in `people.json` and `tongchou.json`, every calendar file is there and is
 * written in the exporter dialect the README's table promises.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateConfig } from '../../src/config/validate.js';

const dir = join(__dirname, '..', '..', 'examples', 'q2-2022');
const configFile = join(dir, 'tongchou.json');
const raw: unknown = JSON.parse(readFileSync(configFile, 'utf8'));
const text = (id: string) => readFileSync(join(dir, 'calendars', `${id}.ics`), 'utf8');

describe('examples/q2-2022 data', () => {
  const validation = validateConfig(raw, configFile);

  test('tongchou.json validates with no problem at all (not even a warning)', () => {
    expect(validation.problems).toEqual([]);
    expect(validation.ok).toBe(true);
  });

  test('people.json is the same directory as the config’s people', () => {
    const people: unknown = JSON.parse(readFileSync(join(dir, 'people.json'), 'utf8'));
    expect((raw as { people: unknown }).people).toEqual(people);
  });

  test('every .ics in calendars/ is configured, each once, with its file named after its id', () => {
    if (!validation.ok) throw new Error('config invalid');
    const files = readdirSync(join(dir, 'calendars')).filter((f) => f.endsWith('.ics')).sort();
    const configured = validation.config.calendars.map((c) => c.file).sort();
    expect(configured).toEqual(files.map((f) => `calendars/${f}`));
    for (const calendar of validation.config.calendars) expect(calendar.file).toBe(`calendars/${calendar.id}.ics`);
  });

  test('the config covers every level of the cascade used and every rule kind', () => {
    if (!validation.ok) throw new Error('config invalid');
    const { calendars, rules } = validation.config;
    expect(new Set(calendars.map((c) => c.level))).toEqual(new Set(['province', 'city', 'district']));
    expect(calendars.filter((c) => c.owner !== undefined).map((c) => [c.id, c.owner])).toEqual([
      ['secretary', 'zhou'],
      ['mayor', 'li'],
    ]);
    expect(new Set(rules.map((r) => r.kind))).toEqual(
      new Set(['follows', 'no-double-booking', 'travel-time', 'venue', 'required-attendance', 'cadence', 'coverage', 'working-days', 'quiet-period']),
    );
  });

  // Each file carries its exporter's quirk family (README table). A change that "cleans up" a file
  // would silently stop testing the loader on the quirk, so the quirks themselves are pinned here.
  test.each([
    ['city-gov', /\r\nDTSTART;TZID="China Standard Time":2022/, /X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n/],
    ['district-gov', /\r\nDTSTART;TZID=China Standard Time:2022/, /\r\nRECURRENCE-ID;TZID=China Standard Time:20220517T150000\r\n/],
    ['city-party', /\r\nX-WR-TIMEZONE:Asia\/Shanghai\r\n/, /\r\nBEGIN:VTIMEZONE\r\nTZID:Asia\/Shanghai\r\n/],
    ['mayor', /\r\nDTSTART;VALUE=DATE:20220525\r\n/, /\r\nTRANSP:TRANSPARENT\r\n/],
    ['secretary', /\r\nRRULE:FREQ=WEEKLY;UNTIL=20220627T003000Z\r\n/, /\r\nDTEND;VALUE=DATE:20220617\r\n/],
    ['district-party', /\nDTSTART:20220420T070000Z\n/, /\nX-DINGTALK-EVENT-ID:/],
    ['city-cppcc', /\r\nDTSTART:20220429T010000Z\r\n/, /\r\nCATEGORIES:政协会议\r\n/],
    ['district-cppcc', /\nDTSTART:20220614T153000\n/, /\nX-WR-TIMEZONE:Asia\/Shanghai\n/],
    ['city-congress', /\nDTSTART:20220422T090000\n/, /^(?![\s\S]*(VTIMEZONE|X-WR-TIMEZONE))/],
    ['district-congress', /\nDTSTART:20220518T100000\n/, /^(?![\s\S]*(VTIMEZONE|X-WR-TIMEZONE))/],
    ['province', /\nDTSTART;TZID=Asia\/Shanghai:20220406T090000\n/, /^(?![\s\S]*VTIMEZONE)/],
    ['joint', /\r\nRECURRENCE-ID;TZID=Asia\/Shanghai:20220624T150000\r\n/, /\r\nX-LIC-LOCATION:Asia\/Shanghai\r\n/],
    ['duty', /\nRRULE:FREQ=DAILY;UNTIL=20220630T093000Z\nEXDATE:20220604T093000Z\n/, /\nRECURRENCE-ID:20220603T003000Z\n/],
  ])('%s keeps its exporter quirks', (id, first, second) => {
    const ics = text(id);
    expect(ics).toMatch(first);
    expect(ics).toMatch(second);
  });

  test('CRLF files use CRLF throughout, LF files never mix in a CR', () => {
    for (const file of readdirSync(join(dir, 'calendars'))) {
      const ics = readFileSync(join(dir, 'calendars', file), 'utf8');
      const crlf = ics.includes('\r\n');
      if (crlf) expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      else expect(ics).not.toMatch(/\r/);
    }
  });

  test('folded lines stay within 75 octets and never split a character', () => {
    for (const file of readdirSync(join(dir, 'calendars'))) {
      const ics = readFileSync(join(dir, 'calendars', file), 'utf8');
      // A fold inside a UTF-8 sequence would decode as U+FFFD.
      expect(ics).not.toContain('\uFFFD');
      const lines = ics.split(/\r?\n/);
      for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  test('the same meeting sits on two offices’ calendars under one UID', () => {
    const uid = 'dingtalk-8f3a2c91-0412-4b6e-9d1a-qwcwh2022@dingtalk.com';
    expect(text('district-party')).toContain(`UID:${uid}`);
    expect(text('district-gov').replace(/\r\n /g, '')).toContain(`UID:${uid}`);
  });
});
