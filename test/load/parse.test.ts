/**
 * The tolerant component parser (src/load/parse.ts): structural damage is reported with its line
 * and never costs the rest of the calendar.
 */
import { parseDocument } from '../../src/load/parse.js';
import { unfoldText } from '../../src/load/unfold.js';
import { calendar, codes, event, load, starts } from '../helpers/ics.js';

const SH = 'TZID=Asia/Shanghai';
const crlf = (lines: readonly string[]) => `${lines.join('\r\n')}\r\n`;
const parse = (lines: readonly string[]) => parseDocument(unfoldText(crlf(lines)));
const located = (r: ReturnType<typeof load>) => r.problems.map((p) => `${p.code}@${'line' in p.source ? p.source.line : ''}`);

describe('parseDocument', () => {
  test('builds the component tree with the line of each BEGIN, properties upper-cased by name', () => {
    const doc = parse(['BEGIN:VCALENDAR', 'begin:vevent', 'dtstart:20220510', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']);
    expect(doc.issues).toEqual([]);
    expect(doc.calendars).toHaveLength(1);
    const vevent = doc.calendars[0]!.children[0]!;
    expect([vevent.name, vevent.line, vevent.closed, vevent.properties.map((p) => [p.name, p.value, p.line])]).toEqual(['VEVENT', 2, true, [['DTSTART', '20220510', 3]]]);
    expect(vevent.children.map((c) => [c.name, c.line])).toEqual([['VALARM', 4]]);
  });

  test('a VEVENT without END is closed where the next VEVENT begins; the missing END is reported at its BEGIN', () => {
    const doc = parse(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'BEGIN:VEVENT', 'UID:b', 'END:VEVENT', 'END:VCALENDAR']);
    expect(doc.calendars[0]!.children.map((c) => [c.name, c.line, c.properties.map((p) => p.value)])).toEqual([
      ['VEVENT', 2, ['a']],
      ['VEVENT', 4, ['b']],
    ]);
    expect(doc.issues).toEqual([{ kind: 'missing-end', line: 2, component: 'VEVENT', before: 4 }]);
  });

  test('a truncated file leaves its open components in the tree, each reported', () => {
    const doc = parse(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a']);
    expect(doc.calendars[0]!.children[0]!.closed).toBe(false);
    expect(doc.issues.map((i) => [i.kind, i.line])).toEqual([
      ['missing-end', 1],
      ['missing-end', 2],
    ]);
  });

  test('bare components without a VCALENDAR are gathered into one synthetic VCALENDAR at line 1', () => {
    const doc = parse(['BEGIN:VEVENT', 'UID:a', 'END:VEVENT', 'BEGIN:VEVENT', 'UID:b', 'END:VEVENT']);
    expect(doc.calendars.map((c) => [c.name, c.line, c.children.map((k) => k.line)])).toEqual([['VCALENDAR', 1, [1, 4]]]);
  });

  test('a property outside any component is reported and ignored', () => {
    const doc = parse(['X-STRAY:1', 'BEGIN:VCALENDAR', 'END:VCALENDAR', 'X-COMMENT:after the end']);
    expect(doc.issues).toEqual([
      { kind: 'property-outside-component', line: 1, property: 'X-STRAY' },
      { kind: 'property-outside-component', line: 4, property: 'X-COMMENT' },
    ]);
  });
});

describe('loading damaged structure', () => {
  test('missing END:VEVENT: both events still load, and the problem names the first one\'s BEGIN line', () => {
    const ics = crlf([
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      `DTSTART;${SH}:20220510T090000`,
      'SUMMARY:区委常委会',
      'BEGIN:VEVENT',
      'UID:b',
      `DTSTART;${SH}:20220511T090000`,
      'SUMMARY:区政府常务会议',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    const result = load(ics);
    expect(result.occurrences.map((o) => [o.uid, o.summary])).toEqual([
      ['a', '区委常委会'],
      ['b', '区政府常务会议'],
    ]);
    expect(located(result)).toEqual(['missing-end@2']);
    expect(result.counts).toEqual({ components: 2, loaded: 2, skipped: 0 });
  });

  test('a misspelled END (END:VTOOD) closes the open component: what follows is not swallowed', () => {
    const ics = crlf(['BEGIN:VCALENDAR', 'BEGIN:VTODO', 'UID:t', 'END:VTOOD', ...event('UID:a', `DTSTART;${SH}:20220510T090000`), 'END:VCALENDAR']);
    const result = load(ics);
    expect(result.occurrences.map((o) => o.uid)).toEqual(['a']);
    expect(located(result)).toEqual(['unsupported-component@2', 'unexpected-end@4']);
    expect(result.counts).toEqual({ components: 2, loaded: 1, skipped: 1 });
  });

  test('an END that closes nothing is reported at its line; the calendar loads', () => {
    const result = load(calendar([...event(`DTSTART;${SH}:20220510T090000`), 'END:VEVENT', 'END:VALARM']));
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00']);
    expect(located(result)).toEqual(['unexpected-end@9', 'unexpected-end@10']);
  });

  test('a line without a colon is skipped with its line; the event keeps every other property', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220510T090000`, 'THIS LINE HAS NO COLON', 'SUMMARY:防汛会议')));
    expect(result.occurrences.map((o) => o.summary)).toEqual(['防汛会议']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'malformed-line', severity: 'warning', source: { file: 'test.ics', line: 8 }, data: { text: 'THIS LINE HAS NO COLON' } })]);
  });

  test('Exchange\'s raw line breaks in DESCRIPTION continue the text, each reported as info', () => {
    const result = load(calendar(event(`DTSTART;${SH}:20220510T090000`, 'DESCRIPTION:各位同事：', '请准时参加会议。', '会议材料见附件', 'SUMMARY:周例会')));
    expect(result.occurrences[0]).toMatchObject({ description: '各位同事：\n请准时参加会议。\n会议材料见附件', summary: '周例会' });
    expect(located(result)).toEqual(['text-continuation@9', 'text-continuation@10']);
  });

  test('a continued DESCRIPTION line that looks like `word: text` (a URL, "Passcode: …") is text, not a property', () => {
    const result = load(calendar(event(
      `DTSTART;${SH}:20220510T090000`,
      `DTEND;${SH}:20220510T100000`,
      'DESCRIPTION;LANGUAGE=zh-CN:加入腾讯会议',
      'https://meeting.tencent.com/dm/abc',
      'Meeting ID: 123 456 789',
      'Passcode: 2022',
      'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
      'LOCATION:区行政中心',
    )));
    const o = result.occurrences[0]!;
    expect(o.description).toBe('加入腾讯会议\nhttps://meeting.tencent.com/dm/abc\nMeeting ID: 123 456 789\nPasscode: 2022');
    expect(o.xProps).toEqual({ 'X-MICROSOFT-CDO-BUSYSTATUS': ['BUSY'] });
    expect(o.location).toBe('区行政中心');
    expect(codes(result)).toEqual(['text-continuation', 'text-continuation', 'text-continuation']);
  });

  test('a raw line after a VALARM or after a non-TEXT property is malformed, not glued onto an earlier DESCRIPTION', () => {
    const result = load(calendar(event(
      `DTSTART;${SH}:20220510T090000`,
      'DESCRIPTION:议程',
      'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'END:VALARM',
      '迟到的一行',
      'UID:e2',
      '又一行',
    )));
    expect(result.occurrences[0]!.description).toBe('议程');
    expect(located(result)).toEqual(['malformed-line@12', 'malformed-line@14']);
  });

  test('two VCALENDARs in one file: the events of both load, VTIMEZONEs of either apply', () => {
    const ics = [
      calendar(event('UID:a', `DTSTART;${SH}:20220510T090000`)),
      calendar(event('UID:b', 'DTSTART;TZID=Custom:20220511T090000'), [
        'BEGIN:VTIMEZONE', 'TZID:Custom', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'END:STANDARD', 'END:VTIMEZONE',
      ]),
    ].join('');
    const result = load(ics);
    expect(starts(result)).toEqual(['2022-05-10T09:00:00+08:00', '2022-05-11T09:00:00+07:00']);
    expect(result.problems).toEqual([]);
    expect(result.counts).toEqual({ components: 2, loaded: 2, skipped: 0 });
  });

  test('a bare VEVENT without VCALENDAR loads, its source line that of its BEGIN', () => {
    const result = load(crlf(['', 'BEGIN:VEVENT', 'UID:bare', `DTSTART;${SH}:20220510T090000`, 'END:VEVENT']));
    expect(result.occurrences.map((o) => [o.uid, o.source.line])).toEqual([['bare', 2]]);
    expect(result.problems).toEqual([]);
  });

  test('Sunbird: property names folded away from their parameters and values still load', () => {
    const result = load(crlf(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID', ' :sunbird-1', 'SUMMARY', ' :年度', ' 总结会', 'DTSTART', ' ;VALUE=DATE', ' :20220510', 'END:VEVENT', 'END:VCALENDAR']));
    expect(result.occurrences.map((o) => [o.uid, o.summary, o.allDay, o.start.toISODate()])).toEqual([['sunbird-1', '年度总结会', true, '2022-05-10']]);
    expect(result.problems).toEqual([]);
  });
});
