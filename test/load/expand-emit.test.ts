/**
 * The loader's occurrence objects (src/load/expand.ts `emit`): start/end made on first use and kept,
 * per-VEVENT values shared by all instances of a series, and texts that equal what was written.
 */
import { DateTime, Settings } from 'luxon';
import { calendar, event, load } from '../helpers/ics.js';

const weekly = calendar(
  event(
    'UID:weekly-standing-committee-meeting@qu.gov.cn',
    'DTSTART;TZID=Asia/Shanghai:20220509T090000',
    'DTEND;TZID=Asia/Shanghai:20220509T113000',
    'RRULE:FREQ=WEEKLY;COUNT=3',
    'SUMMARY:区委常委会会议（每周一上午，区委大楼常委会议室）',
    'LOCATION:区委大楼常委会议室（主会场）',
    'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:li.ming@qu.gov.cn',
    'CATEGORIES:常委会,例会',
  ),
);

describe('loaded occurrences', () => {
  const { occurrences } = load(weekly);

  test('start and end: the written times in their zone, the same DateTime every time they are read', () => {
    expect(occurrences.map((o) => `${o.start.toISO()}/${o.end.toISO()}`)).toEqual([
      '2022-05-09T09:00:00.000+08:00/2022-05-09T11:30:00.000+08:00',
      '2022-05-16T09:00:00.000+08:00/2022-05-16T11:30:00.000+08:00',
      '2022-05-23T09:00:00.000+08:00/2022-05-23T11:30:00.000+08:00',
    ]);
    const [first] = occurrences;
    expect(first!.start).toBe(first!.start);
    expect(first!.end).toBe(first!.end);
    expect(first!.start.zoneName).toBe('Asia/Shanghai');
  });

  test('instances of a series share the per-VEVENT values (the rules remember answers by them)', () => {
    const [a, b] = occurrences;
    expect(b!.attendees).toBe(a!.attendees);
    expect(b!.categories).toBe(a!.categories);
    expect(b!.organizer).toBe(a!.organizer);
    expect(b!.source).toBe(a!.source);
  });

  test('texts, keys and values are those written', () => {
    const [a] = occurrences;
    expect(a!.uid).toBe('weekly-standing-committee-meeting@qu.gov.cn');
    expect(a!.key).toBe('cal/weekly-standing-committee-meeting@qu.gov.cn/2022-05-09T01:00:00Z');
    expect(a!.summary).toBe('区委常委会会议（每周一上午，区委大楼常委会议室）');
    expect(a!.location).toBe('区委大楼常委会议室（主会场）');
    expect(a!.categories).toEqual(['常委会', '例会']);
    expect(a!.attendees).toEqual([{ address: 'mailto:li.ming@qu.gov.cn', name: '李明', role: 'req-participant', partstat: 'accepted', cutype: 'individual' }]);
    expect(a!.source).toEqual({ file: 'test.ics', line: 4 });
  });
});

describe('loaded DateTimes equal luxon fromMillis in every respect a caller can see', () => {
  const zoned = calendar([
    ...event('UID:a', 'DTSTART;TZID=America/New_York:20220313T013000', 'DTEND;TZID=America/New_York:20220313T033000', 'SUMMARY:夏令时之夜'),
    ...event('UID:b', 'DTSTART:20220510T010000Z', 'DTEND:20220510T020000Z', 'SUMMARY:UTC'),
    ...event('UID:c', 'DTSTART;VALUE=DATE:20220510', 'SUMMARY:全天'),
    ...event('UID:d', 'DTSTART:20220510T090000', 'DTEND:20220510T100000', 'SUMMARY:浮动时间'),
  ]);
  test.each(load(zoned).occurrences.map((o) => [o.summary, o] as const))('%s', (_summary, o) => {
    for (const bound of [o.start, o.end]) {
      const reference = DateTime.fromMillis(bound.toMillis(), { zone: bound.zone });
      expect(bound.isValid).toBe(true);
      expect(bound.toISO()).toBe(reference.toISO());
      expect(bound.offset).toBe(reference.offset);
      expect(bound.zoneName).toBe(reference.zoneName);
      expect(bound.locale).toBe(reference.locale);
      expect(bound.toFormat('yyyy-MM-dd HH:mm ccc')).toBe(reference.toFormat('yyyy-MM-dd HH:mm ccc'));
      expect(bound.plus({ days: 1 }).toISO()).toBe(reference.plus({ days: 1 }).toISO());
      expect(bound.equals(reference)).toBe(true);
    }
  });
});

describe('attendees are shared values', () => {
  const two = calendar([
    ...event('UID:a', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'SUMMARY:甲', 'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:li.ming@qu.gov.cn', 'ATTENDEE;CN=王芳:mailto:wang.fang@qu.gov.cn'),
    ...event('UID:b', 'DTSTART;TZID=Asia/Shanghai:20220511T090000', 'SUMMARY:乙', 'ATTENDEE;CN=李明;PARTSTAT=ACCEPTED:mailto:li.ming@qu.gov.cn', 'ATTENDEE;CN=王芳;PARTSTAT=DECLINED:mailto:wang.fang@qu.gov.cn'),
  ]);

  test('the same attendee on two VEVENTs is one object; any other field makes another; arrays stay one per VEVENT', () => {
    const [a, b] = load(two).occurrences;
    expect(b!.attendees[0]).toBe(a!.attendees[0]);
    expect(b!.attendees[1]).not.toBe(a!.attendees[1]);
    expect(a!.attendees[1]).toEqual({ address: 'mailto:wang.fang@qu.gov.cn', name: '王芳', role: 'req-participant', partstat: 'needs-action', cutype: 'individual' });
    expect(b!.attendees[1]!.partstat).toBe('declined');
    expect(b!.attendees).not.toBe(a!.attendees);
  });
});

describe('loaded DateTimes follow luxon Settings changed between loads', () => {
  const one = calendar(event('UID:s', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'SUMMARY:设置'));
  const saved = { locale: Settings.defaultLocale, week: Settings.defaultWeekSettings };
  afterEach(() => {
    Settings.defaultLocale = saved.locale;
    Settings.defaultWeekSettings = saved.week;
  });

  test('locale and week settings as fromMillis would give them, after each change', () => {
    const seen = (o: { start: DateTime }) => {
      const reference = DateTime.fromMillis(o.start.toMillis(), { zone: 'Asia/Shanghai' });
      return [o.start.locale, reference.locale, o.start.startOf('week', { useLocaleWeeks: true }).toISO(), reference.startOf('week', { useLocaleWeeks: true }).toISO()];
    };
    const before = seen(load(one).occurrences[0]!);
    expect(before[0]).toBe(before[1]);
    Settings.defaultLocale = 'zh-CN';
    Settings.defaultWeekSettings = { firstDay: 7, minimalDays: 1, weekend: [6, 7] };
    const after = seen(load(one).occurrences[0]!);
    expect(after).toEqual(['zh-CN', 'zh-CN', '2022-05-08T00:00:00.000+08:00', '2022-05-08T00:00:00.000+08:00']);
    Settings.defaultWeekSettings = { firstDay: 1, minimalDays: 4, weekend: [6, 7] };
    expect(load(one).occurrences[0]!.start.startOf('week', { useLocaleWeeks: true }).toISO()).toBe('2022-05-09T00:00:00.000+08:00');
  });
});
