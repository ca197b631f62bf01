/**
 * loadCalendar as a whole (src/load/load-calendar.ts): accounting of every component, calendar
 * metadata, UID handling, the order and keys of occurrences, the window and programmer errors.
 */
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { loadCalendar } from '../../src/load/load-calendar.js';
import { calendar, codes, event, load, windowOf } from '../helpers/ics.js';
import { propertyParameters } from '../helpers/arbitraries.js';

const SH = 'TZID=Asia/Shanghai';
const located = (r: ReturnType<typeof load>) => r.problems.map((p) => `${p.code}@${'line' in p.source ? p.source.line : ''}`);

describe('accounting: every component is loaded or skipped with a code and line', () => {
  const ics = calendar([
    ...event('UID:good-1', `DTSTART;${SH}:20220510T090000`, 'SUMMARY:区委常委会'),
    'BEGIN:VTODO', 'UID:todo', 'SUMMARY:起草报告', 'END:VTODO',
    ...event('UID:no-start', 'SUMMARY:没有开始时间'),
    ...event('UID:bad-start', 'DTSTART:20221032T090000', 'SUMMARY:10月32日'),
    'BEGIN:VJOURNAL', 'UID:j', 'END:VJOURNAL',
    ...event('UID:good-2', 'DTSTART;VALUE=DATE:20220511', 'SUMMARY:全天学习', 'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'END:VALARM'),
  ], ['BEGIN:VTIMEZONE', 'TZID:Asia/Shanghai', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0800', 'TZOFFSETTO:+0800', 'END:STANDARD', 'END:VTIMEZONE']);
  // Line numbers are looked up in the text; `event` writes BEGIN, DTSTAMP, then the given UID.
  const lineOf = (text: string) => ics.split('\r\n').indexOf(text) + 1;

  test('every good VEVENT still loads around a VTODO, a VJOURNAL and two broken VEVENTs', () => {
    const result = load(ics);
    expect(result.occurrences.map((o) => o.uid)).toEqual(['good-1', 'good-2']);
    expect(result.counts).toEqual({ components: 6, loaded: 2, skipped: 4 });
  });

  test('each skipped component says what it is, its UID, why, and where it begins; VTIMEZONE and VALARM are not counted', () => {
    const result = load(ics);
    expect(result.skipped).toEqual([
      { component: 'VTODO', uid: 'todo', recurrenceId: null, code: 'unsupported-component', source: { file: 'test.ics', line: lineOf('BEGIN:VTODO') } },
      { component: 'VEVENT', uid: 'no-start', recurrenceId: null, code: 'missing-dtstart', source: { file: 'test.ics', line: lineOf('UID:no-start') - 2 } },
      { component: 'VEVENT', uid: 'bad-start', recurrenceId: null, code: 'invalid-date-value', source: { file: 'test.ics', line: lineOf('UID:bad-start') - 2 } },
      { component: 'VJOURNAL', uid: 'j', recurrenceId: null, code: 'unsupported-component', source: { file: 'test.ics', line: lineOf('BEGIN:VJOURNAL') } },
    ]);
    // Problems are sorted by line; the bad DTSTART is reported on its own line with its value.
    expect(located(result)).toEqual([
      `unsupported-component@${lineOf('BEGIN:VTODO')}`,
      `missing-dtstart@${lineOf('UID:no-start') - 2}`,
      `invalid-date-value@${lineOf('DTSTART:20221032T090000')}`,
      `unsupported-component@${lineOf('BEGIN:VJOURNAL')}`,
    ]);
    expect(result.problems.find((p) => p.code === 'invalid-date-value')).toMatchObject({ severity: 'error', data: { property: 'DTSTART', value: '20221032T090000' } });
  });
});

describe('calendar metadata', () => {
  const meta = { id: 'qu-zf', office: '区政府办', level: 'district' as const, owner: 'li' };

  test('the name comes from meta, else X-WR-CALNAME, else the id; office, level, owner and file are carried', () => {
    const withName = calendar([], ['X-WR-CALNAME:区政府日程']);
    expect(load(withName, { meta: { ...meta, name: '区政府领导日程' } }).calendar.name).toBe('区政府领导日程');
    expect(load(withName, { meta }).calendar).toEqual({ id: 'qu-zf', name: '区政府日程', office: '区政府办', level: 'district', owner: 'li', defaultZone: 'Asia/Shanghai', file: 'test.ics' });
    expect(load(calendar([]), { meta: { id: 'qu-zf' }, file: null }).calendar).toEqual({ id: 'qu-zf', name: 'qu-zf', office: null, level: null, owner: null, defaultZone: 'Asia/Shanghai', file: null });
  });

  test('X-WR-TIMEZONE sets the zone of floating times (IANA or Windows name); an unknown one is reported and ignored', () => {
    const floating = (zone: string) => load(calendar(event('DTSTART:20220510T090000'), [`X-WR-TIMEZONE:${zone}`]));
    expect(floating('Europe/Berlin').occurrences[0]!.start.toISO({ suppressMilliseconds: true })).toBe('2022-05-10T09:00:00+02:00');
    expect(floating('Tokyo Standard Time').calendar.defaultZone).toBe('Asia/Tokyo');
    const unknown = floating('Mars/Olympus');
    expect(unknown.calendar.defaultZone).toBe('Asia/Shanghai');
    expect(located(unknown)).toEqual(['unknown-calendar-timezone@4']);
  });

  test('several VCALENDARs in one file: each reads its floating times and whole days in its own zone (QB-8, RFC 5545 §3.4)', () => {
    const part = (xwr: string | null, uid: string, start: string) => [
      'BEGIN:VCALENDAR', 'VERSION:2.0', ...(xwr === null ? [] : [`X-WR-TIMEZONE:${xwr}`]),
      'BEGIN:VEVENT', `UID:${uid}`, start, 'END:VEVENT', 'END:VCALENDAR',
    ];
    const text = [...part(null, 'oa', 'DTSTART:20220510T090000'), ...part('Europe/Berlin', 'de', 'DTSTART:20220510T090000'),
      ...part('Europe/Berlin', 'de-day', 'DTSTART;VALUE=DATE:20220511')].join('\r\n') + '\r\n';
    const result = load(text);
    expect(Object.fromEntries(result.occurrences.map((o) => [o.uid, o.start.toUTC().toISO({ suppressMilliseconds: true })]))).toEqual({
      oa: '2022-05-10T01:00:00Z', de: '2022-05-10T07:00:00Z', 'de-day': '2022-05-10T22:00:00Z',
    });
    // The calendar's shown zone is the first one stated; the OA part differs from it, said once.
    expect(result.calendar.defaultZone).toBe('Europe/Berlin');
    expect(result.problems.map((p) => [p.code, p.severity, 'line' in p.source ? p.source.line : 0, p.data])).toEqual([
      ['calendar-zone-differs', 'info', 1, { zone: 'Asia/Shanghai', calendarZone: 'Europe/Berlin' }],
    ]);
  });

  test('floatingZone (the config\'s timezone) still wins over every VCALENDAR\'s X-WR-TIMEZONE', () => {
    const part = (xwr: string, uid: string) => ['BEGIN:VCALENDAR', `X-WR-TIMEZONE:${xwr}`, 'BEGIN:VEVENT', `UID:${uid}`, 'DTSTART:20220510T090000', 'END:VEVENT', 'END:VCALENDAR'];
    const result = load([...part('Asia/Tokyo', 'a'), ...part('Europe/Berlin', 'b')].join('\r\n') + '\r\n', { floatingZone: 'Asia/Shanghai' });
    expect(result.occurrences.map((o) => o.start.toUTC().hour)).toEqual([1, 1]);
    expect(codes(result)).toEqual([]);
  });

  test('the defaultZone option applies to floating times when the file names none', () => {
    const result = load(calendar(event('DTSTART:20220510T090000')), { defaultZone: 'America/New_York' });
    expect(result.occurrences[0]!.start.toISO({ suppressMilliseconds: true })).toBe('2022-05-10T09:00:00-04:00');
  });
});

describe('UIDs', () => {
  test('a duplicate UID with the same SEQUENCE: the later copy wins and the earlier is skipped with its line', () => {
    const result = load(calendar([
      ...event('UID:dup', `DTSTART;${SH}:20220510T090000`, 'SUMMARY:旧版本'),
      ...event('UID:dup', `DTSTART;${SH}:20220510T150000`, 'SUMMARY:新版本'),
    ]));
    expect(result.occurrences.map((o) => [o.summary, o.key])).toEqual([['新版本', 'cal/dup']]);
    expect(result.skipped).toEqual([expect.objectContaining({ uid: 'dup', code: 'duplicate-uid', source: { file: 'test.ics', line: 4 } })]);
    expect(located(result)).toEqual(['duplicate-uid@4']);
    expect(result.counts).toEqual({ components: 2, loaded: 1, skipped: 1 });
  });

  test.each([
    ['SEQUENCE', ['SEQUENCE:2'], ['SEQUENCE:1'], 'sequence'],
    ['LAST-MODIFIED, the newer first in the file (QL-6)', ['LAST-MODIFIED:20220505T000000Z'], ['LAST-MODIFIED:20220501T000000Z'], 'last-modified'],
    ['DTSTAMP', ['DTSTAMP:20220505T000000Z'], ['DTSTAMP:20220501T000000Z'], 'dtstamp'],
    ['nothing but the order in the file', [], [], 'file-order'],
  ] as const)('the duplicate-uid note says what decided: %s', (_name, first, second, decidedBy) => {
    // A stamp of its own replaces the helper's DTSTAMP (a VEVENT has one).
    const versionOf = (summary: string, start: string, extra: readonly string[]) =>
      event('UID:dup', `DTSTART;${SH}:${start}`, `SUMMARY:${summary}`, ...extra).filter((l) => !(l === 'DTSTAMP:20220101T000000Z' && extra.some((x) => x.startsWith('DTSTAMP'))));
    const newer = versionOf('甲', '20220510T090000', first);
    const result = load(calendar([...newer, ...versionOf('乙', '20220510T150000', second)]));
    // The first VEVENT begins at line 4, the second right after it.
    const keptFirst = decidedBy !== 'file-order';
    expect(result.occurrences.map((o) => o.summary)).toEqual([keptFirst ? '甲' : '乙']);
    const note = result.problems.find((p) => p.code === 'duplicate-uid')!;
    expect(note.data).toEqual({ uid: 'dup', keptLine: keptFirst ? 4 : 4 + newer.length, decidedBy });
    expect(located(result)).toEqual([`duplicate-uid@${keptFirst ? 4 + newer.length : 4}`]);
  });

  test('the same SEQUENCE: the later LAST-MODIFIED wins, then the later DTSTAMP, whatever the file order (QA26-10, RFC 5546 §2.1.5)', () => {
    const copy = (summary: string, ...stamps: string[]) => [
      'BEGIN:VEVENT', 'UID:oa-1', ...stamps, `DTSTART;${SH}:20220510T090000`, `SUMMARY:${summary}`, 'END:VEVENT',
    ];
    const kept = (lines: string[]) => load(calendar(lines)).occurrences.map((o) => o.summary);
    // LAST-MODIFIED decides, though the DTSTAMPs (the export time) say the opposite.
    expect(kept([...copy('新', 'LAST-MODIFIED:20220508T020000Z', 'DTSTAMP:20220101T000000Z'), ...copy('旧', 'LAST-MODIFIED:20220401T020000Z', 'DTSTAMP:20220102T000000Z')])).toEqual(['新']);
    // Equal LAST-MODIFIED, or only one copy has it: DTSTAMP.
    expect(kept([...copy('新', 'DTSTAMP:20220508T020000Z'), ...copy('旧', 'LAST-MODIFIED:20220601T000000Z', 'DTSTAMP:20220401T020000Z')])).toEqual(['新']);
    // Nothing to tell them apart: the later in the file.
    expect(kept([...copy('先写', 'DTSTAMP:20220401T020000Z'), ...copy('后写', 'DTSTAMP:20220401T020000Z')])).toEqual(['后写']);
    // A higher SEQUENCE still beats any stamp.
    expect(kept([...copy('修订', 'SEQUENCE:2', 'DTSTAMP:20220101T000000Z'), ...copy('旧', 'SEQUENCE:1', 'DTSTAMP:20220601T000000Z')])).toEqual(['修订']);
  });

  test('one UID on different meetings (another title and day, nothing orders them): all are kept, the reuse reported (QB-40)', () => {
    const row = (summary: string, day: string, ...extra: string[]) => [
      'BEGIN:VEVENT', 'UID:1', ...extra, `DTSTART;${SH}:202205${day}T090000`, `SUMMARY:${summary}`, 'END:VEVENT',
    ];
    const result = load(calendar([...row('专题会（一）', '10'), ...row('专题会（二）', '12'), ...row('专题会（三）', '17')]));
    expect(result.occurrences.map((o) => [o.summary, o.uid, o.key])).toEqual([
      ['专题会（一）', '1', 'cal/1'], ['专题会（二）', '1', 'cal/1#L9'], ['专题会（三）', '1', 'cal/1#L14'],
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.severity, 'line' in p.source ? p.source.line : 0, p.data])).toEqual([
      ['reused-uid', 'warning', 9, { uid: '1', firstLine: 4 }], ['reused-uid', 'warning', 14, { uid: '1', firstLine: 4 }],
    ]);
    expect(result.counts).toEqual({ components: 3, loaded: 3, skipped: 0 });
  });

  test.each([
    ['the same title on another day (moved)', '专题会', '12', []],
    ['another title on the same day (renamed)', '专题会（改）', '10', []],
    ['a higher SEQUENCE', '座谈会', '12', ['SEQUENCE:1']],
    ['a later LAST-MODIFIED', '座谈会', '12', ['LAST-MODIFIED:20220501T000000Z']],
  ])('one UID is still two revisions with %s: one is kept', (_name, summary, day, extra) => {
    const result = load(calendar([
      ...event('UID:1', 'LAST-MODIFIED:20220401T000000Z', `DTSTART;${SH}:20220510T090000`, 'SUMMARY:专题会'),
      ...event('UID:1', ...(extra.some((e) => e.startsWith('LAST-MODIFIED')) ? extra : ['LAST-MODIFIED:20220401T000000Z', ...extra]), `DTSTART;${SH}:202205${day}T090000`, `SUMMARY:${summary}`),
    ]));
    expect(result.occurrences.map((o) => o.summary)).toEqual([summary]);
    expect(codes(result)).toEqual(['duplicate-uid']);
  });

  test('with a reused UID, revisions of each meeting are still told apart', () => {
    const row = (summary: string, day: string, hour: string) => ['BEGIN:VEVENT', 'UID:1', `DTSTART;${SH}:202205${day}T${hour}0000`, `SUMMARY:${summary}`, 'END:VEVENT'];
    const result = load(calendar([...row('甲会', '10', '09'), ...row('乙会', '12', '09'), ...row('乙会', '12', '15')]));
    expect(result.occurrences.map((o) => [o.summary, o.start.hour])).toEqual([['甲会', 9], ['乙会', 15]]);
    expect(codes(result).sort()).toEqual(['duplicate-uid', 'reused-uid']);
  });

  test('two overrides of the same instance: the higher SEQUENCE wins even when written first', () => {
    const result = load(calendar([
      ...event(`DTSTART;${SH}:20220502T090000`, 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:周例会'),
      ...event(`RECURRENCE-ID;${SH}:20220509T090000`, 'SEQUENCE:3', `DTSTART;${SH}:20220509T140000`, 'SUMMARY:改到下午'),
      ...event('RECURRENCE-ID:20220509T010000Z', 'SEQUENCE:1', `DTSTART;${SH}:20220509T100000`, 'SUMMARY:过时的改期'),
    ]));
    expect(result.occurrences.map((o) => [o.summary, o.recurrenceId])).toEqual([
      ['周例会', '2022-05-02T01:00:00Z'],
      ['改到下午', '2022-05-09T01:00:00Z'],
    ]);
    // The superseded SEQUENCE:1 copy is the third component, whose BEGIN is line 19.
    expect(result.skipped.map((s) => [s.code, s.source.line])).toEqual([['duplicate-uid', 19]]);
  });

  test('a VEVENT without UID gets a generated one that is stable across loads and differs between events', () => {
    const noUid = (summary: string) => ['BEGIN:VEVENT', `DTSTART;${SH}:20220510T090000`, `SUMMARY:${summary}`, 'END:VEVENT'];
    const ics = calendar([...noUid('甲'), ...noUid('乙')]);
    const first = load(ics);
    const again = load(ics);
    const uids = first.occurrences.map((o) => o.uid);
    expect(uids).toEqual(again.occurrences.map((o) => o.uid));
    expect(new Set(uids).size).toBe(2);
    for (const uid of uids) expect(uid).toMatch(/^tongchou-generated-[0-9a-f]{8}$/);
    expect(new Set(first.problems.map((p) => (p.data as { uid?: string }).uid))).toEqual(new Set(uids));
    expect(first.problems.map((p) => [p.code, 'line' in p.source ? p.source.line : 0])).toEqual([['missing-uid', 4], ['missing-uid', 8]]);
    expect(first.counts).toEqual({ components: 2, loaded: 2, skipped: 0 });
  });
});

describe('order and keys', () => {
  test('occurrences are sorted by start, then uid, then recurrence id; keys are calendar/uid[/recurrence id] and unique', () => {
    const result = load(calendar([
      ...event('UID:b', `DTSTART;${SH}:20220510T090000`),
      ...event('UID:a', `DTSTART;${SH}:20220510T090000`),
      ...event('UID:series', 'DTSTART;VALUE=DATE:20220509', 'RRULE:FREQ=DAILY;COUNT=2'),
      ...event('UID:early', 'DTSTART:20220509T000000Z'),
    ]), { meta: { id: 'qu' } });
    expect(result.occurrences.map((o) => o.key)).toEqual([
      'qu/series/2022-05-09', // midnight Shanghai = 8 May 16:00Z
      'qu/early', // 08:00 Shanghai on 9 May
      'qu/series/2022-05-10', // midnight Shanghai, before the 09:00 meetings
      'qu/a', // same start as b: by uid
      'qu/b',
    ]);
    expect(result.occurrences.map((o) => o.recurrenceId)).toEqual(['2022-05-09', null, '2022-05-10', null, null]);
  });
});

describe('the window', () => {
  const ics = calendar([
    ...event('UID:ends-at-from', `DTSTART;${SH}:20220501T080000`, `DTEND;${SH}:20220501T090000`),
    ...event('UID:crosses-from', `DTSTART;${SH}:20220501T083000`, `DTEND;${SH}:20220501T093000`),
    ...event('UID:instant-at-from', `DTSTART;${SH}:20220501T090000`),
    ...event('UID:starts-at-to', `DTSTART;${SH}:20220502T090000`, `DTEND;${SH}:20220502T100000`),
  ]);

  test('is half-open: an occurrence ending at `from` or starting at `to` is outside; a zero-length one at `from` is inside', () => {
    const result = load(ics, { window: windowOf('2022-05-01T09:00', '2022-05-02T09:00') });
    expect(result.occurrences.map((o) => o.uid)).toEqual(['crosses-from', 'instant-at-from']);
    // Components outside the window are still loaded (they just have no occurrence in it).
    expect(result.counts).toEqual({ components: 4, loaded: 4, skipped: 0 });
  });

  test('a window or default zone that cannot be right is a programmer error and throws', () => {
    const from = DateTime.fromISO('2022-05-02T00:00', { zone: 'Asia/Shanghai' });
    expect(() => loadCalendar(ics, { meta: { id: 'x' }, window: { from, to: from.minus({ days: 1 }) } })).toThrow(/window/);
    expect(() => loadCalendar(ics, { meta: { id: 'x' }, window: { from: DateTime.invalid('no'), to: from } })).toThrow(/window/);
    expect(() => loadCalendar(ics, { meta: { id: 'x' }, window: { from, to: from }, defaultZone: 'China Standard Time' })).toThrow(/defaultZone/);
  });

  test('an empty window loads every component and yields no occurrence', () => {
    const from = DateTime.fromISO('2022-05-01T09:00', { zone: 'Asia/Shanghai' });
    const result = loadCalendar(ics, { meta: { id: 'x' }, window: { from, to: from } });
    expect(result.occurrences).toEqual([]);
    expect(result.counts.loaded).toBe(4);
    expect(codes(result)).toEqual([]);
  });
});

describe('RRULEs that ical.js alone would hang or throw on', () => {
  const run = (rule: string) => load(calendar(event('DTSTART;TZID=Asia/Shanghai:20220131T090000', `RRULE:${rule}`)), { window: windowOf('2022-01-01', '2030-01-01') });
  const dates = (r: ReturnType<typeof load>) => r.occurrences.map((o) => o.start.toISODate());

  test('FREQ=DAILY;BYMONTHDAY=-1 (ical.js never returns) gives the last day of each month', () => {
    expect(dates(run('FREQ=DAILY;BYMONTHDAY=-1;COUNT=4'))).toEqual(['2022-01-31', '2022-02-28', '2022-03-31', '2022-04-30']);
    expect(dates(run('FREQ=DAILY;BYMONTHDAY=1,-1;COUNT=4'))).toEqual(['2022-01-31', '2022-02-01', '2022-02-28', '2022-03-01']);
    expect(dates(run('FREQ=HOURLY;BYHOUR=9;BYMONTHDAY=-1;COUNT=2'))).toEqual(['2022-01-31', '2022-02-28']);
  });

  test('a rule RFC 5545 forbids (BYMONTHDAY with FREQ=WEEKLY) is reported and keeps DTSTART, instead of throwing', () => {
    const result = run('FREQ=WEEKLY;BYMONTHDAY=3');
    expect(dates(result)).toEqual(['2022-01-31']);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'invalid-rrule', data: expect.objectContaining({ value: 'FREQ=WEEKLY;BYMONTHDAY=3' }) })]);
  });

  test('FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=-1 (Mondays that end a month) loads without throwing', () => {
    expect(dates(run('FREQ=MONTHLY;BYDAY=MO;BYMONTHDAY=-1;COUNT=3'))).toEqual(['2022-01-31', '2022-02-28', '2022-10-31']);
  });

  test('MONTHLY BYDAY with a negative BYMONTHDAY limits the days, wherever iteration starts (ical.js alone gives nothing here)', () => {
    const result = load(calendar(event('DTSTART;TZID=Asia/Shanghai:20170201T000000', 'RRULE:FREQ=MONTHLY;BYDAY=MO,SU;BYMONTHDAY=28,-1')), { window: windowOf('2022-01-01', '2022-06-01') });
    // Mondays or Sundays that are the 28th or the last day of their month.
    expect(result.occurrences.map((o) => o.start.toISODate())).toEqual(['2022-01-31', '2022-02-28', '2022-03-28']);
  });

  test('property: starting expansion at the window gives the same instances as counting from DTSTART', () => {
    const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const rule = fc.record({
      freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
      interval: fc.integer({ min: 1, max: 3 }),
      byday: fc.option(fc.subarray(days, { minLength: 1 }), { nil: undefined }),
      ordinal: fc.option(fc.constantFrom(1, 2, -1), { nil: undefined }),
      bymonthday: fc.option(fc.subarray([1, 15, 28, 29, 30, 31, -1], { minLength: 1 }), { nil: undefined }),
      bymonth: fc.option(fc.subarray([1, 2, 3, 6, 12], { minLength: 1 }), { nil: undefined }),
      bysetpos: fc.option(fc.constantFrom(1, -1, 2), { nil: undefined }),
      wkst: fc.constantFrom('MO', 'SU'),
      day: fc.integer({ min: 0, max: 5 * 365 }),
      hour: fc.integer({ min: 0, max: 23 }),
      zone: fc.constantFrom('Asia/Shanghai', 'America/New_York'),
    });
    fc.assert(
      fc.property(rule, (r) => {
        const parts = [`FREQ=${r.freq}`, `INTERVAL=${r.interval}`, `WKST=${r.wkst}`];
        const ordered = r.ordinal !== undefined && (r.freq === 'MONTHLY' || r.freq === 'YEARLY');
        if (r.byday) parts.push(`BYDAY=${r.byday.map((d) => (ordered ? `${r.ordinal}${d}` : d)).join(',')}`);
        if (r.bymonthday) parts.push(`BYMONTHDAY=${r.bymonthday.join(',')}`);
        if (r.bymonth) parts.push(`BYMONTH=${r.bymonth.join(',')}`);
        if (r.bysetpos && (r.byday || r.bymonthday)) parts.push(`BYSETPOS=${r.bysetpos}`);
        const start = DateTime.fromObject({ year: 2015, month: 1, day: 1, hour: r.hour }, { zone: r.zone }).plus({ days: r.day });
        const dtstart = `DTSTART;TZID=${r.zone}:${start.toFormat("yyyyMMdd'T'HHmmss")}`;
        const window = windowOf('2022-01-01', '2022-04-01');
        const windowed = load(calendar(event(dtstart, `RRULE:${parts.join(';')}`)), { window });
        // COUNT turns off the skip-ahead: every instance is walked from DTSTART.
        const counted = load(calendar(event(dtstart, `RRULE:${parts.join(';')};COUNT=100000`)), { window });
        expect(windowed.occurrences.map((o) => o.key)).toEqual(counted.occurrences.map((o) => o.key));
      }),
      propertyParameters(25),
    );
  });
});

describe('RRULE parts ical.js would expand wrongly', () => {
  const run = (start: string, rule: string) => load(calendar(event(`DTSTART;TZID=America/New_York:${start}`, `RRULE:${rule}`)), { window: windowOf('1990-01-01', '2030-01-01') });

  // BYWEEKNO and ordinals beyond 9 (ical.js gives every Monday for both) go to rrule: see the
  // RFC 5545 §3.8.5.3 examples in expand.test.ts.
  test.each([
    ['19970512T090000', 'FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', ['1997-05-12', '1998-05-11', '1999-05-17']],
    ['19970519T090000', 'FREQ=YEARLY;BYDAY=20MO', ['1997-05-19', '1998-05-18', '1999-05-17']],
  ])('DTSTART %s %s is expanded the RFC 5545 way, not as every Monday', (start, rule, first) => {
    const result = run(start, rule);
    expect(result.occurrences.slice(0, 3).map((o) => o.start.toISODate())).toEqual(first);
    expect(result.problems).toEqual([]);
  });

  test('one-digit yearly ordinals still expand: 6MO is the sixth Monday of each year', () => {
    expect(run('19970210T090000', 'FREQ=YEARLY;BYDAY=6MO;COUNT=3').occurrences.map((o) => o.start.toISODate())).toEqual(['1997-02-10', '1998-02-09', '1999-02-08']);
  });
});

describe('iTIP methods (RFC 5546)', () => {
  const invitation = (...extra: string[]) =>
    event('UID:mtg-1@outlook.example', 'SEQUENCE:1', 'SUMMARY:专题调度会', 'DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T110000', 'ATTENDEE:mailto:liming@jb.gov.example', ...extra);

  test('a saved METHOD:CANCEL without STATUS removes the attendees it lists (uninvite), with an info naming how many and the METHOD line', () => {
    const result = load(calendar([...invitation(), ...event('UID:mtg-2', 'DTSTART;TZID=Asia/Shanghai:20220511T090000', 'STATUS:CANCELLED')], ['METHOD:CANCEL']));
    expect(result.occurrences.map((o) => [o.uid, o.status, o.attendees.map((a) => a.partstat)])).toEqual([
      // RFC 5546 §3.2.5: without STATUS:CANCELLED the listed attendees are removed, the meeting stands.
      ['mtg-1@outlook.example', null, ['declined']],
      // STATUS:CANCELLED: the whole meeting.
      ['mtg-2', 'cancelled', []],
    ]);
    // mtg-2 said STATUS:CANCELLED itself: only mtg-1 was changed.
    expect(result.problems).toEqual([expect.objectContaining({ code: 'method-cancel', severity: 'info', data: { events: 1 }, source: expect.objectContaining({ line: 4 }) })]);
  });

  test('METHOD:REQUEST and PUBLISH leave events as written; METHOD is per VCALENDAR', () => {
    for (const method of ['REQUEST', 'PUBLISH', 'request']) {
      const result = load(calendar(invitation(), [`METHOD:${method}`]));
      expect(result.occurrences.map((o) => o.status)).toEqual([null]);
      expect(codes(result)).toEqual([]);
    }
    const two = [calendar(invitation(), ['METHOD:CANCEL']), calendar(event('UID:other', 'DTSTART;TZID=Asia/Shanghai:20220512T090000'), ['METHOD:PUBLISH'])].join('');
    expect(load(two).occurrences.map((o) => [o.uid, o.attendees.map((a) => a.partstat)])).toEqual([
      ['mtg-1@outlook.example', ['declined']],
      ['other', []],
    ]);
  });
});

describe('meetings with a start and no end (RFC 5545 §3.6.1; QB-34)', () => {
  const SH_ = 'TZID=Asia/Shanghai';

  test('start-only meetings with attendees or a place: one warning per calendar, with the count and the first line', () => {
    const result = load(calendar([
      ...event('UID:a', `DTSTART;${SH_}:20220517T090000`, 'SUMMARY:区政府专题会', 'LOCATION:第一会议室'),
      ...event('UID:b', `DTSTART;${SH_}:20220517T140000`, 'SUMMARY:接访', 'ATTENDEE;CN=李明:mailto:li@x.example'),
      ...event('UID:c', `DTSTART;${SH_}:20220518T090000`, `DTEND;${SH_}:20220518T100000`, 'SUMMARY:有结束时间', 'LOCATION:第一会议室'),
    ]));
    expect(result.occurrences).toHaveLength(3);
    expect(result.problems.map((p) => [p.code, p.severity, 'line' in p.source ? p.source.line : 0, p.data])).toEqual([
      ['start-only-events', 'warning', 4, { events: 2 }],
    ]);
  });

  test('no note for a bare reminder, a DURATION, a whole day, or an override (it keeps its series\' length)', () => {
    const result = load(calendar([
      ...event('UID:r', `DTSTART;${SH_}:20220517T090000`, 'SUMMARY:报送材料截止'),
      ...event('UID:d', `DTSTART;${SH_}:20220517T090000`, 'DURATION:PT1H', 'LOCATION:第一会议室'),
      ...event('UID:w', 'DTSTART;VALUE=DATE:20220517', 'LOCATION:省城'),
      ...event('UID:s', `DTSTART;${SH_}:20220502T090000`, `DTEND;${SH_}:20220502T100000`, 'RRULE:FREQ=WEEKLY;COUNT=3', 'LOCATION:第一会议室'),
      ...event('UID:s', `RECURRENCE-ID;${SH_}:20220509T090000`, `DTSTART;${SH_}:20220509T140000`, 'LOCATION:第二会议室'),
    ]));
    expect(codes(result)).toEqual([]);
  });
});
