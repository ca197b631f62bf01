/**
 * Issue 6: "the district meeting within 3 working days after the city one", written
 * `"maxGap": {"workingDays": 3}`, through the whole checker (JSON config, .ics files, report,
 * messages). 2022 国庆: 1–7 October off, Saturday 8 and Sunday 9 October 调休 working days.
 */
import { renderFinding } from '../../src/index.js';
import { digest, ofKind, run, vcalendar } from './harness.js';

const cfg = (rule: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  timezone: 'Asia/Shanghai',
  window: { from: '2022-09-01', to: '2022-12-31' },
  calendars: [
    { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
    { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
  ],
  rules: [{ id: 'relay', kind: 'follows', dependent: { level: 'district', summary: '传达' }, prerequisite: { level: 'city', summary: '全市' }, ...rule }],
  ...extra,
});
const ev = (uid: string, s: string, e: string, summary: string): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220901T000000Z',
  `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, `SUMMARY:${summary}`, 'END:VEVENT'];
const city = vcalendar(ev('c', '20220929T090000', '20220929T113000', '全市安全生产工作会议'));
const district = (s: string, e: string): string => vcalendar(ev('d', s, e, '传达全市安全生产工作会议精神'));
const within3 = { maxGap: { workingDays: 3 } };

describe('within 3 working days after a city meeting on the Thursday before 国庆', () => {
  test('the district meeting on Sunday 9 October (the third working day, a 调休 day) is in time', () => {
    expect(digest(run(cfg(within3), { 'city.ics': city, 'district.ics': district('20221009T150000', '20221009T170000') }))).toEqual([]);
  });

  test('on Monday 10 October it is late: the deadline is after the holiday, on 9 October, and both locales say "working days"', () => {
    const report = run(cfg(within3), { 'city.ics': city, 'district.ics': district('20221010T090000', '20221010T110000') });
    expect(digest(report)).toEqual(['order-late relay c d']);
    const [late] = ofKind(report, 'order-late');
    expect(late!.severity).toBe('warning');
    expect(late!.data).toMatchObject({ maxGap: '', maxWorkingDays: 3, latestStart: '2022-10-09' });
    expect(renderFinding(late!, 'zh-CN')).toContain('超过3个工作日');
    expect(renderFinding(late!, 'zh-CN')).toContain('应不晚于 10月9日 召开');
    expect(renderFinding(late!, 'en')).toContain('more than 3 working days');
  });

  test('the same rule written in calendar days (P3D) would end on 2 October, in the middle of the holiday', () => {
    const report = run(cfg({ maxGap: 'P3D' }), { 'city.ics': city, 'district.ics': district('20221009T150000', '20221009T170000') });
    expect(ofKind(report, 'order-late').map((f) => f.data.latestStart)).toEqual(['2022-10-02T11:30:00+08:00']);
  });

  test('at least 2 working days after: a district meeting on 30 September gets order, and the suggestion is Saturday 8 October (调休)', () => {
    const report = run(cfg({ minGap: { workingDays: 2 } }), { 'city.ics': city, 'district.ics': district('20220930T090000', '20220930T110000') });
    const [order] = ofKind(report, 'order');
    expect(order!.data).toMatchObject({ minGap: '', minWorkingDays: 2, earliestStart: '2022-10-08T00:00:00+08:00' });
    expect(order!.suggestion).toEqual({ earliestStart: '2022-10-08T00:00:00+08:00', occurrence: 'district/d' });
    expect(renderFinding(order!, 'zh-CN')).toContain('最早可安排在 10月8日。');
  });

  test('a local holiday in the config’s holidays moves the deadline: 30 September off → 10 October is in time', () => {
    const holidays = { dates: { '2022-09-30': 'holiday' }, source: '区政府关于9月30日放假的通知（测试）' };
    const report = run(cfg(within3, { holidays }), { 'city.ics': city, 'district.ics': district('20221010T090000', '20221010T110000') });
    expect(digest(report)).toEqual([]);
  });
});

describe('a year whose arrangement is not known is never guessed', () => {
  const lateYear = (s: string, e: string) => ({
    'city.ics': vcalendar(ev('c', '20261230T090000', '20261230T113000', '全市安全生产工作会议')),
    'district.ics': vcalendar(ev('d', s, e, '传达全市安全生产工作会议精神')),
  });
  const window = { window: { from: '2026-12-01', to: '2027-01-31' } };

  test('a district meeting on 6 January 2027 cannot be judged: info finding naming 2027, no claim of lateness', () => {
    const report = run(cfg(within3, window), lateYear('20270106T090000', '20270106T110000'));
    const [late] = ofKind(report, 'order-late');
    expect(late!.severity).toBe('info');
    // W1 after 30 December is 31 December; 1 January is off by law; 2 January is the first unknown day.
    expect(late!.data).toMatchObject({ undetermined: true, unknownFrom: '2027-01-02', latestStart: '' });
    expect(renderFinding(late!, 'zh-CN')).toContain('无法判断');
    expect(renderFinding(late!, 'zh-CN')).toContain('2027年的节假日安排未知');
    expect(renderFinding(late!, 'en')).toContain('holiday arrangement for 2027 is not known');
  });

  test('one on 31 December 2026 is within the count whatever 2027 holds → nothing', () => {
    expect(digest(run(cfg(within3, window), lateYear('20261231T090000', '20261231T110000')))).toEqual([]);
  });

  test('with the 2027 arrangement in the config’s holidays it is judged: 6 January is late (W3 = 5 January)', () => {
    const holidays = {
      dates: { '2027-01-01': 'holiday', '2027-01-02': 'holiday', '2027-01-03': 'holiday', '2027-01-04': 'workday', '2027-01-05': 'workday', '2027-01-06': 'workday' },
      source: '国办发明电（测试）',
    };
    const report = run(cfg(within3, { ...window, holidays }), lateYear('20270106T090000', '20270106T110000'));
    expect(ofKind(report, 'order-late').map((f) => [f.severity, f.data.latestStart])).toEqual([['warning', '2027-01-05']]);
  });
});
