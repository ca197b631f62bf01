/**
 * Names of Beijing time that Chinese OA and office exports write in TZID without a VTIMEZONE
 * (`北京时间`, `Asia/Beijing`, …): office staff mean UTC+8, so they are read as Asia/Shanghai with an
 * info naming the zone assumed — not in the calendar's default zone with `unknown-tzid`. A VTIMEZONE
 * of the file under that TZID still wins: it is the writer's own definition (RFC 5545 §3.2.19, §3.8.3.1).
 */
import { calendar, codes, event, load } from '../helpers/ics.js';
import { beijingTimeName } from '../../src/load/beijing-time-names.js';

// The default zone is Berlin in these tests so that reading in the default zone shows as a wrong instant.
const berlin = { defaultZone: 'Europe/Berlin' } as const;

describe('TZIDs naming Beijing time with no VTIMEZONE', () => {
  test.each([
    ['北京时间'],
    ['"北京时间"'],
    ['北京標準時間'],
    ['北京标准时间'],
    ['中国时间'],
    ['东八区'],
    ['Asia/Beijing'],
    ['Beijing'],
    ['Beijing Time'],
    ['"Beijing Standard Time"'],
    ['China Time'],
  ])('%s is read as Asia/Shanghai with beijing-time-assumed (info), file and line', (tzid) => {
    const result = load(calendar(event(`DTSTART;TZID=${tzid}:20220510T090000`, `DTEND;TZID=${tzid}:20220510T100000`)), berlin);
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T01:00:00.000Z');
    expect(result.occurrences[0]!.end.toUTC().toISO()).toBe('2022-05-10T02:00:00.000Z');
    expect(result.occurrences[0]!.start.zoneName).toBe('Asia/Shanghai');
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'beijing-time-assumed', severity: 'info', source: { file: 'test.ics', line: 7 }, data: { tzid: tzid.replace(/"/gu, ''), zone: 'Asia/Shanghai' } }),
    ]);
  });

  // Already Windows names (CLDR / Chinese Windows): kept under windows-tzid-mapped, checked here with a
  // default zone that would show a wrong reading.
  test.each([
    ['China Standard Time'],
    ['中国标准时间'],
    ['"(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐"'],
    ['(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐'],
  ])('%s (a Windows name) is Asia/Shanghai whatever the default zone', (tzid) => {
    const result = load(calendar(event(`DTSTART;TZID=${tzid}:20220510T090000`)), berlin);
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T01:00:00.000Z');
    expect(codes(result)).toEqual(['windows-tzid-mapped']);
  });

  test('a VTIMEZONE of the file named 北京时间 wins over the assumption: its own rules, nothing reported', () => {
    // A writer's odd definition (UTC+9) is still the writer's statement of what its times mean.
    const vtimezone = ['BEGIN:VTIMEZONE', 'TZID:北京时间', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0900', 'TZOFFSETTO:+0900', 'END:STANDARD', 'END:VTIMEZONE'];
    const result = load(calendar([...vtimezone, ...event('DTSTART;TZID=北京时间:20220510T090000')]), berlin);
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T00:00:00.000Z');
    expect(codes(result)).toEqual([]);
  });

  test('reported once per TZID and file, on its first line', () => {
    const result = load(calendar([
      ...event('UID:a', 'DTSTART;TZID=北京时间:20220510T090000'),
      ...event('UID:b', 'DTSTART;TZID=北京时间:20220511T090000'),
    ]), berlin);
    expect(codes(result)).toEqual(['beijing-time-assumed']);
  });

  test('X-WR-TIMEZONE:北京时间 makes the floating times Beijing time, with the same info', () => {
    const result = load(calendar(event('DTSTART:20220510T090000'), ['X-WR-TIMEZONE:北京时间']), berlin);
    expect(result.occurrences[0]!.start.toUTC().toISO()).toBe('2022-05-10T01:00:00.000Z');
    expect(result.calendar.defaultZone).toBe('Asia/Shanghai');
    expect(result.problems).toEqual([expect.objectContaining({ code: 'beijing-time-assumed', severity: 'info', source: { file: 'test.ics', line: 4 }, data: { tzid: '北京时间', zone: 'Asia/Shanghai' } })]);
  });

  test('names of other places are not guessed', () => {
    expect(codes(load(calendar(event('DTSTART;TZID=Asia/Xian:20220510T090000')), berlin))).toEqual(['unknown-tzid']);
    expect(codes(load(calendar(event('DTSTART;TZID=东京时间:20220510T090000')), berlin))).toEqual(['unknown-tzid']);
  });
});

describe('beijingTimeName', () => {
  test.each([['北京时间'], ['北京'], [' Asia/Beijing '], ['BEIJING TIME'], ['ｂｅｉｊｉｎｇ'], ['北京 时间']])('%s names Beijing time', (name) => expect(beijingTimeName(name)).toBe(true));
  test.each([['Asia/Shanghai'], ['东京'], ['时间'], ['Customized Time Zone']])('%s does not', (name) => expect(beijingTimeName(name)).toBe(false));
});
