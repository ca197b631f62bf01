/**
 * What the report says when part of the input is missing or runaway: a city calendar that could not
 * be read under an ordering rule, and a runaway recurrence hitting the occurrence cap.
 */
import { renderFinding } from '../../src/index.js';
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const att = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';

describe('partial input', () => {
  const cfg = {
    timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, people,
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' }],
  };
  const district = vcalendar(['BEGIN:VEVENT', 'UID:d', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220420T150000',
    'DTEND;TZID=Asia/Shanghai:20220420T170000', 'SUMMARY:江滨区总河长会议', 'END:VEVENT']);

  // Regression, qa-bugs.md QA-8 (fixed): with the only city calendar unreadable, the report no longer says
  // "上级会议尚未安排" (warning): the order-missing is info and names the calendar that could not be read.
  test('the city calendar is missing: the report has missing-source, and no order-missing that blames the schedule', () => {
    const report = run(cfg, { 'district.ics': district });
    expect(report.problems.map((p) => p.code)).toContain('missing-source');
    const missing = ofKind(report, 'order-missing');
    expect(missing.map((f) => [f.severity, f.data.unreadable, f.occurrences.map((o) => o.uid)])).toEqual([['info', '市委办', ['d']]]);
    expect(report.summary.findings.warning).toBe(0);
    // Both locales say the order could not be checked, naming the calendar, and never "not scheduled yet".
    expect(renderFinding(missing[0]!, 'zh-CN')).toContain('（市委办）未能读取');
    expect(renderFinding(missing[0]!, 'zh-CN')).not.toContain('尚未安排');
    expect(renderFinding(missing[0]!, 'en')).toContain('(市委办) could not be read');
    expect(renderFinding(missing[0]!, 'en')).not.toContain('not scheduled yet');
  });

  test.each([
    ['not an iCalendar file', 'Subject: 市委办会议安排\n（导出失败）\n'],
    ['an empty file', ''],
  ])('the city calendar is %s: the order-missing is info and names it', (_name, text) => {
    const report = run(cfg, { 'district.ics': district, 'city.ics': text });
    expect(ofKind(report, 'order-missing').map((f) => [f.severity, f.data.unreadable])).toEqual([['info', '市委办']]);
  });

  test('two city calendars, one missing: still info, naming only the missing one', () => {
    const two = { ...cfg, calendars: [...cfg.calendars, { id: 'city-gov', file: 'city-gov.ics', name: '市政府办日程', level: 'city' }] };
    const report = run(two, { 'district.ics': district, 'city.ics': vcalendar([]) });
    expect(ofKind(report, 'order-missing').map((f) => [f.severity, f.data.unreadable])).toEqual([['info', '市政府办日程']]);
  });

  test('a missing calendar the prerequisite selector cannot match (another level) changes nothing', () => {
    const other = { ...cfg, calendars: [...cfg.calendars, { id: 'town', file: 'town.ics', office: '镇政府办', level: 'township' }] };
    const report = run(other, { 'district.ics': district, 'city.ics': vcalendar([]) });
    expect(ofKind(report, 'order-missing').map((f) => [f.severity, f.data.unreadable])).toEqual([['warning', '']]);
  });

  test('the city calendar is there but empty of the meeting → order-missing', () => {
    const report = run(cfg, { 'district.ics': district, 'city.ics': vcalendar([]) });
    expect(digest(report)).toEqual(['order-missing river-chief d']);
  });
});

describe('a runaway recurrence', () => {
  test('FREQ=MINUTELY from a broken exporter hits the cap: warned, the rest of the calendars still checked', () => {
    const cfg = {
      timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, people, maxOccurrencesPerCalendar: 1000,
      calendars: [
        { id: 'bad', file: 'bad.ics', office: '区政协办', level: 'district' },
        { id: 'a', file: 'a.ics', office: '区委办', level: 'district' },
        { id: 'b', file: 'b.ics', office: '区政府办', level: 'district' },
      ],
      rules: [{ id: 'people', kind: 'no-double-booking' }],
    };
    const one = (uid: string, start: string, end: string): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
      `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${uid}`, att, 'END:VEVENT']);
    const report = run(cfg, {
      'bad.ics': vcalendar(['BEGIN:VEVENT', 'UID:spam', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220501T000000',
        'DURATION:PT1M', 'RRULE:FREQ=MINUTELY', 'SUMMARY:提醒', 'END:VEVENT']),
      'a.ics': one('x', '20220520T090000', '20220520T110000'),
      'b.ics': one('y', '20220520T100000', '20220520T120000'),
    });
    const cap = report.problems.filter((p) => p.code === 'occurrence-cap');
    expect(cap).toHaveLength(1);
    expect(cap[0]!.severity).toBe('warning');
    expect(cap[0]!.source.file).toBe('bad.ics');
    expect(digest(report)).toEqual(['double-booking people x y']);
  });
});
