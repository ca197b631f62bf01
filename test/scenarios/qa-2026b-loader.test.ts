/**
 * QA 2026b (fresh-eyes QA, round 2): the loader on recurrence, zone and vendor corners, through the
 * public `loadCalendar` as an office tool calls it. Each `test.failing` pins an open bug listed in
 * /work/notes/qa-2026b.md under its QB id; flip it to `test` when the bug is fixed.
 */
import { configWindow, loadCalendar, type LoadResult } from '../../src/index.js';
import { vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20220101T000000Z';
const may = configWindow({ from: '2022-05-01', to: '2022-05-31' }, 'Asia/Shanghai');

function load(text: string, defaultZone = 'Asia/Shanghai'): LoadResult {
  return loadCalendar(text, { meta: { id: 'x' }, window: may, defaultZone, file: 'x.ics' });
}
function utc(result: LoadResult): string[] {
  return result.occurrences.map((o) => `${o.start.toUTC().toISO({ suppressMilliseconds: true })}/${o.end.toUTC().toISO({ suppressMilliseconds: true })}`).sort();
}

describe('QB-4: a TZID that spells its own offset (Java/Android OA exports), on a calendar whose default zone is not Beijing', () => {
  const file = (tzid: string) => vcalendar(
    ['BEGIN:VEVENT', 'UID:gmt8@oa.example', stamp, 'SUMMARY:视频连线（北京时间）', `DTSTART;TZID=${tzid}:20220503T090000`, `DTEND;TZID=${tzid}:20220503T100000`, 'END:VEVENT'],
    ['X-WR-TIMEZONE:Europe/Berlin'],
  );

  test('control: Etc/GMT-8 (the IANA name, POSIX sign) is 09:00 Beijing = 01:00Z', () => {
    expect(utc(load(file('Etc/GMT-8'), 'Europe/Berlin'))).toEqual(['2022-05-03T01:00:00Z/2022-05-03T02:00:00Z']);
  });

  // QB-4: read as 09:00 in Europe/Berlin (07:00Z), with only an unknown-tzid warning. RFC 5545 §3.3.5.
  test.each(['"GMT+08:00"', 'GMT+0800', 'UTC+8', '"(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐"', '中国标准时间'])('QB-4: TZID=%s is 09:00 at UTC+8', (tzid) => {
    expect(utc(load(file(tzid), 'Europe/Berlin'))).toEqual(['2022-05-03T01:00:00Z/2022-05-03T02:00:00Z']);
  });
});

describe('QB-5: DURATION corners (RFC 5545 §3.6.1, §3.8.2.5)', () => {
  test('control: a zero DURATION is a zero-length meeting, without a problem', () => {
    const result = load(vcalendar(['BEGIN:VEVENT', 'UID:z@x', stamp, 'SUMMARY:零', 'DTSTART;TZID=Asia/Shanghai:20220503T090000', 'DURATION:PT0S', 'END:VEVENT']));
    expect(utc(result)).toEqual(['2022-05-03T01:00:00Z/2022-05-03T01:00:00Z']);
    expect(result.problems).toEqual([]);
  });

  // QB-5a: the problem says the end 09:00 is before the start 09:00; the file's end is 08:00.
  test('QB-5: a negative DURATION is reported with the end it implies (08:00), not the start', () => {
    const result = load(vcalendar(['BEGIN:VEVENT', 'UID:n@x', stamp, 'SUMMARY:负', 'DTSTART;TZID=Asia/Shanghai:20220502T090000', 'DURATION:-PT1H', 'END:VEVENT']));
    const problem = result.problems.find((p) => p.code === 'end-before-start')!;
    expect(problem).toBeDefined();
    expect((problem.data as Record<string, unknown>)['end']).not.toBe((problem.data as Record<string, unknown>)['start']);
  });

  // QB-5b: DTEND and DURATION in one VEVENT (forbidden; they disagree here) pass without a word.
  test('QB-5: DTEND together with DURATION is reported', () => {
    const result = load(vcalendar(['BEGIN:VEVENT', 'UID:b@x', stamp, 'SUMMARY:都有', 'DTSTART;TZID=Asia/Shanghai:20220504T090000',
      'DTEND;TZID=Asia/Shanghai:20220504T100000', 'DURATION:PT3H', 'END:VEVENT']));
    expect(result.occurrences).toHaveLength(1);
    expect(result.problems.length).toBeGreaterThan(0);
  });
});

describe('QB-8: two VCALENDARs in one file (exports concatenated), each with its own X-WR-TIMEZONE', () => {
  const part = (prodid: string, xwr: string | null, uid: string, summary: string): string[] => [
    'BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodid}`, ...(xwr === null ? [] : [`X-WR-TIMEZONE:${xwr}`]),
    'BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, 'DTSTART:20220510T090000', 'DTEND:20220510T100000', 'END:VEVENT', 'END:VCALENDAR',
  ];
  const file = (...parts: string[][]): string => parts.flat().join('\r\n') + '\r\n';
  const byUid = (result: LoadResult): Record<string, string> =>
    Object.fromEntries(result.occurrences.map((o) => [o.uid, o.start.toUTC().toISO({ suppressMilliseconds: true })!]));

  test('control: the Berlin export alone reads its floating 09:00 as Berlin time (07:00Z)', () => {
    expect(byUid(load(file(part('-//b//DE', 'Europe/Berlin', 'b1@de.example', '与汉堡港务局会谈'))))).toEqual({ 'b1@de.example': '2022-05-10T07:00:00Z' });
  });

  // QB-8: "the first VCALENDAR that states X-WR-TIMEZONE wins" for the whole file (load-calendar.ts), so
  // one export's zone is applied to the other export's floating times. X-WR-TIMEZONE is a property of
  // its VCALENDAR (RFC 5545 §3.4: a VCALENDAR is the iCalendar object its properties describe).
  test('QB-8: the Beijing export first, then the Berlin one: each keeps its own zone', () => {
    const result = load(file(part('-//a//ZH', 'Asia/Shanghai', 'a1@cn.example', '北京会'), part('-//b//DE', 'Europe/Berlin', 'b1@de.example', '与汉堡港务局会谈')));
    expect(byUid(result)).toEqual({ 'a1@cn.example': '2022-05-10T01:00:00Z', 'b1@de.example': '2022-05-10T07:00:00Z' });
  });

  test('QB-8: an OA export without X-WR-TIMEZONE first, then the Berlin one: the OA meeting stays in Beijing time', () => {
    const result = load(file(part('-//oa//ZH', null, 'a1@cn.example', '北京会'), part('-//b//DE', 'Europe/Berlin', 'b1@de.example', '与汉堡港务局会谈')));
    expect(byUid(result)['a1@cn.example']).toBe('2022-05-10T01:00:00Z');
  });
});

describe('QB-11: DTSTART/DTEND written the ISO 8601 way by homegrown OA exports (the loader already reads UNTIL so)', () => {
  const file = (start: string, end: string, rrule: string | null = null): string => vcalendar(['BEGIN:VEVENT', 'UID:oa-77@oa.example', stamp,
    'SUMMARY:区长办公会', `DTSTART:${start}`, `DTEND:${end}`, ...(rrule === null ? [] : [rrule]), 'END:VEVENT']);

  test('control: an ISO UNTIL is read as meant (nonstandard-until), with basic-form DTSTART', () => {
    const result = load(file('20220503T090000', '20220503T100000', 'RRULE:FREQ=WEEKLY;UNTIL=2022-05-17'));
    expect(result.occurrences).toHaveLength(3);
    expect(result.problems.map((p) => p.code)).toEqual(['nonstandard-until']);
  });

  // QB-11: the same exporter's DTSTART in ISO form loses the whole meeting (invalid-date-value, skipped).
  // RFC 5545 §3.3.5 wants the basic form; the README already accepts the ISO form in UNTIL "as some OA exports do".
  test.each([
    ['2022-05-12T09:00:00', '2022-05-12T10:00:00'],
    ['2022-05-12T09:00', '2022-05-12T10:00'],
  ])('QB-11: DTSTART:%s is read as 09:00 (floating, default zone) with an info', (start, end) => {
    const result = load(file(start, end));
    expect(utc(result)).toEqual(['2022-05-12T01:00:00Z/2022-05-12T02:00:00Z']);
    expect(result.problems.every((p) => p.severity !== 'error')).toBe(true);
  });
});

describe('QB-28: TZID=CST / X-WR-TIMEZONE:CST in a calendar file (Chinese OA exports write CST for China Standard Time)', () => {
  const zoned = (tzid: string) => vcalendar(['BEGIN:VEVENT', 'UID:cst@oa.example', stamp, 'SUMMARY:区长办公会',
    `DTSTART;TZID=${tzid}:20220510T090000`, `DTEND;TZID=${tzid}:20220510T100000`, 'END:VEVENT']);
  const floating = vcalendar(['BEGIN:VEVENT', 'UID:cst@oa.example', stamp, 'SUMMARY:区长办公会', 'DTSTART:20220510T090000', 'DTEND:20220510T100000', 'END:VEVENT'],
    ['X-WR-TIMEZONE:CST']);
  const silentlyChicago = (result: LoadResult): boolean =>
    utc(result)[0] === '2022-05-10T14:00:00Z/2022-05-10T15:00:00Z' && !result.problems.some((p) => /CST|Chicago|ambiguous/iu.test(`${p.code} ${JSON.stringify(p.data)}`));

  test('control: TZID=Asia/Shanghai is 01:00Z', () => {
    expect(utc(load(zoned('Asia/Shanghai')))).toEqual(['2022-05-10T01:00:00Z/2022-05-10T02:00:00Z']);
  });

  // QB-28: read as America/Chicago (09:00-05:00 = 22:00 Beijing) with no problem at all; the config's
  // "timezone": "CST" and `--tz CST` are warned about (QA26-7), the file's TZID is not.
  test('QB-28: TZID=CST is not silently America/Chicago', () => {
    expect(silentlyChicago(load(zoned('CST')))).toBe(false);
  });

  test('QB-28: X-WR-TIMEZONE:CST is not silently America/Chicago', () => {
    expect(silentlyChicago(load(floating))).toBe(false);
  });
});

describe('QB-40: a broken OA exporter writes UID:1 on every VEVENT of the file (different titles and days)', () => {
  const file = vcalendar([1, 2, 3].flatMap((n) => ['BEGIN:VEVENT', 'UID:1', stamp, `SUMMARY:区政府专题会（${'一二三'[n - 1]}）`,
    `DTSTART;TZID=Asia/Shanghai:202205${['10', '12', '17'][n - 1]}T090000`, `DTEND;TZID=Asia/Shanghai:202205${['10', '12', '17'][n - 1]}T110000`, 'END:VEVENT']));

  test('control: with distinct UIDs the three meetings load', () => {
    expect(load(file.replace(/UID:1\r\n(DTSTAMP[^\r]*\r\nSUMMARY:区政府专题会（)(.)/gu, 'UID:oa-$2\r\n$1$2')).occurrences).toHaveLength(3);
  });

  // QB-40: two of the three meetings are dropped as "older revisions" (duplicate-uid: “此条为旧版本…已跳过”), although
  // titles and days differ and nothing (SEQUENCE, LAST-MODIFIED) says revision. Across calendars the README already
  // refuses to merge such short numbered UIDs unless the title agrees (QA-5); within one file they should be kept too.
  test('QB-40: the three meetings with UID:1 all load (with a warning about the UID)', () => {
    const result = load(file);
    expect(result.occurrences.map((o) => o.summary).sort()).toEqual(['区政府专题会（一）', '区政府专题会（三）', '区政府专题会（二）'].sort());
  });
});
