/**
 * One meeting, two offices' copies, one of them stale (the meeting was moved; SEQUENCE went up on one
 * calendar only). The newer revision is the meeting: it alone books people and is ordered.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const cals = [
  { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
  { id: 'district-party', file: 'dp.ics', office: '区委办', level: 'district' },
  { id: 'district-gov', file: 'dg.ics', office: '区政府办', level: 'district' },
];
const cfg = (order: readonly unknown[]): Record<string, unknown> => ({
  timezone: 'Asia/Shanghai', window: { from: '2022-04-01', to: '2022-06-30' }, people, calendars: order,
  rules: [
    { id: 'river-chief', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' },
    { id: 'people', kind: 'no-double-booking' },
  ],
});
const ev = (uid: string, seq: number, s: string, e: string, summary: string, extra: string[] = []): string => vcalendar(['BEGIN:VEVENT', `UID:${uid}`,
  'DTSTAMP:20220401T000000Z', `SEQUENCE:${seq}`, `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT']);
const city = ev('c', 0, '20220421T090000', '20220421T113000', '市总河长会议');

describe.each([['config order city, party, gov', cals], ['config order reversed', [...cals].reverse()]])('%s', (_label, order) => {
  test('moved earlier on the gov copy (SEQUENCE 1, 20 April) while the party copy still says 22 April → order on the new time', () => {
    const report = run(cfg(order), {
      'city.ics': city,
      'dp.ics': ev('d', 0, '20220422T090000', '20220422T110000', '区总河长会议'),
      'dg.ics': ev('d', 1, '20220420T150000', '20220420T170000', '区总河长会议'),
    });
    expect(digest(report)).toEqual(['order river-chief c d']);
    expect(report.findings[0]!.occurrences.find((o) => o.uid === 'd')!.start).toBe('2022-04-20T15:00:00+08:00');
  });

  // Regression, qa-bugs.md QA-15 (ordering part, fixed): the ordering rules skip stale copies (supersededBy).
  test('moved later on the party copy (SEQUENCE 1, 22 April), the gov copy stale at 20 April → in order, nothing', () => {
    const report = run(cfg(order), {
      'city.ics': city,
      'dp.ics': ev('d', 1, '20220422T090000', '20220422T110000', '区总河长会议'),
      'dg.ics': ev('d', 0, '20220420T150000', '20220420T170000', '区总河长会议'),
    });
    expect(digest(report)).toEqual([]);
  });

  // Regression, qa-bugs.md QA-15 (fixed): the stale copy books 李明 at the current revision's time only.
  test('the stale slot books nobody: 李明 free at the old time, busy at the new', () => {
    const report = run(cfg(order), {
      'city.ics': vcalendar([
        'BEGIN:VEVENT', 'UID:old-slot', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220510T093000', 'DTEND;TZID=Asia/Shanghai:20220510T100000', 'SUMMARY:接访', li, 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:new-slot', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220510T143000', 'DTEND;TZID=Asia/Shanghai:20220510T150000', 'SUMMARY:调研', li, 'END:VEVENT',
      ]),
      'dp.ics': ev('m', 0, '20220510T090000', '20220510T110000', '专题会', [li]),
      'dg.ics': ev('m', 3, '20220510T140000', '20220510T160000', '专题会', [li]),
    });
    expect(digest(report)).toEqual(['double-booking people m new-slot']);
  });
});

describe('stale copies in the rules that merge copies by meetingKey themselves', () => {
  // Regression (was a bug): venue booked the stale copy's old room at its old time.
  test('the meeting moved to the afternoon (SEQUENCE 1); the stale copy still books 301 in the morning → no venue clash', () => {
    const rooms = { ...cfg(cals), locations: [{ name: '区委大楼301会议室' }], rules: [{ id: 'rooms', kind: 'venue' }] };
    const report = run(rooms, {
      'city.ics': ev('v', 0, '20220510T093000', '20220510T100000', '接访', ['LOCATION:区委大楼301会议室']),
      'dp.ics': ev('m', 0, '20220510T090000', '20220510T110000', '专题会', ['LOCATION:区委大楼301会议室']),
      'dg.ics': ev('m', 1, '20220510T140000', '20220510T160000', '专题会', ['LOCATION:区委大楼301会议室']),
    });
    expect(digest(report)).toEqual([]);
  });

  // Was a bug: cadence counted the stale copy as a second meeting.
  test('one monthly meeting moved within May (SEQUENCE 1), stale copy on the other calendar → counted once', () => {
    const monthly = { ...cfg(cals), rules: [{ id: 'monthly', kind: 'cadence', event: { summary: '专题会' }, every: 'month', min: 1, max: 1 }] };
    const report = run(monthly, {
      'dp.ics': ev('m', 0, '20220510T090000', '20220510T110000', '专题会'),
      'dg.ics': ev('m', 1, '20220512T090000', '20220512T110000', '专题会'),
    });
    // April and June have no meeting (cadence-missed); May has one.
    expect(digest(report).filter((f) => f.startsWith('cadence-crowded'))).toEqual([]);
  });
});

/**
 * Regression (issue 5b, was pinned): the newer revision lies outside what was loaded, so
 * `supersededBy` never saw it and the stale copy kept booking 李明 at the old time. loadSources now
 * also expands the higher-SEQUENCE copies of events read in the window, and check() keeps only
 * findings that touch the window.
 */
describe('stale copies whose current revision lies outside the window', () => {
  const may = (rules: readonly unknown[]): Record<string, unknown> => ({ ...cfg(cals), window: { from: '2022-05-01', to: '2022-05-31' }, rules });
  // 李明 receives visitors on 30 May 09:30, inside the stale copy's old slot.
  const clash = ev('visit', 0, '20220530T093000', '20220530T100000', '接访', [li]);

  test('control: the same revision inside the window frees the old slot', () => {
    const report = run(may([{ id: 'people', kind: 'no-double-booking' }]), {
      'city.ics': clash,
      'dp.ics': ev('m@qu.gov.cn', 0, '20220530T090000', '20220530T110000', '专题会', [li]),
      'dg.ics': ev('m@qu.gov.cn', 1, '20220531T090000', '20220531T110000', '专题会', [li]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('moved to next month (SEQUENCE 1, 6 June) while the party copy still says 30 May → 李明 is free on 30 May', () => {
    const report = run(may([{ id: 'people', kind: 'no-double-booking' }]), {
      'city.ics': clash,
      'dp.ics': ev('m@qu.gov.cn', 0, '20220530T090000', '20220530T110000', '专题会', [li]),
      'dg.ics': ev('m@qu.gov.cn', 1, '20220606T090000', '20220606T110000', '专题会', [li]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('the revision moved out of the window is context only: no finding and no count for it (端午 3 June, a clash there)', () => {
    const report = run(may([{ id: 'people', kind: 'no-double-booking' }, { id: 'days', kind: 'working-days', event: { summary: '专题会' } }]), {
      'city.ics': ev('visit', 0, '20220603T093000', '20220603T100000', '接访', [li]),
      'dp.ics': ev('m@qu.gov.cn', 0, '20220530T090000', '20220530T110000', '专题会', [li]),
      'dg.ics': ev('m@qu.gov.cn', 1, '20220603T090000', '20220603T110000', '专题会', [li]),
    });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(1);
  });

  test('a short numbered UID with the same title and a higher SEQUENCE elsewhere is a revision too', () => {
    const report = run(may([{ id: 'people', kind: 'no-double-booking' }]), {
      'city.ics': clash,
      'dp.ics': ev('7', 0, '20220530T090000', '20220530T110000', '专题会', [li]),
      'dg.ics': ev('7', 1, '20220606T090000', '20220606T110000', '专题会', [li]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a short numbered UID with another title elsewhere is another meeting: the clash stays', () => {
    const report = run(may([{ id: 'people', kind: 'no-double-booking' }]), {
      'city.ics': clash,
      'dp.ics': ev('7', 0, '20220530T090000', '20220530T110000', '专题会', [li]),
      'dg.ics': ev('7', 1, '20220606T090000', '20220606T110000', '调研', [li]),
    });
    expect(digest(report)).toEqual(['double-booking people 7 visit']);
  });

  test('moved to last month (SEQUENCE 1, 20 April) while the party copy still says 30 May → 李明 is free on 30 May', () => {
    const report = run(may([{ id: 'people', kind: 'no-double-booking' }]), {
      'city.ics': clash,
      'dp.ics': ev('m@qu.gov.cn', 0, '20220530T090000', '20220530T110000', '专题会', [li]),
      'dg.ics': ev('m@qu.gov.cn', 1, '20220420T090000', '20220420T110000', '专题会', [li]),
    });
    expect(digest(report)).toEqual([]);
  });
});

/**
 * Issue 5a: two offices each entered the meeting (same UID, same SEQUENCE) at different times. Nothing
 * says which is right, so both entries book 李明 until the offices agree (a demanding reader wants
 * every possible clash); a finding citing either entry names the other, so that it reads as one
 * meeting written two ways, not two meetings.
 */
describe('copies with the same SEQUENCE that disagree on the time', () => {
  const may = { ...cfg(cals), window: { from: '2022-05-01', to: '2022-05-31' }, rules: [{ id: 'people', kind: 'no-double-booking' }] };
  const party = ev('m@qu.gov.cn', 0, '20220530T090000', '20220530T110000', '专题会', [li]);
  const gov = ev('m@qu.gov.cn', 0, '20220530T140000', '20220530T160000', '专题会', [li]);
  const visit = (start: string, end: string, uid = 'visit'): string => ev(uid, 0, start, end, '接访', [li]);

  test('a clash with the afternoon entry is reported, naming the morning entry on the other calendar', () => {
    const report = run(may, { 'city.ics': visit('20220530T143000', '20220530T150000'), 'dp.ics': party, 'dg.ics': gov });
    expect(digest(report)).toEqual(['double-booking people m@qu.gov.cn visit']);
    const [finding] = ofKind(report, 'double-booking');
    expect(finding!.occurrences.map((o) => `${o.calendar} ${o.start}`)).toEqual(['district-gov 2022-05-30T14:00:00+08:00', 'city 2022-05-30T14:30:00+08:00']);
    expect(finding!.data).toMatchObject({ firstCopyCalendar: 'district-party', firstCopyStart: '2022-05-30T09:00:00+08:00', firstCopyEnd: '2022-05-30T11:00:00+08:00' });
    expect(finding!.data.secondCopyCalendar).toBeUndefined();
  });

  test('clashes with both entries: both reported, each naming the other entry', () => {
    const report = run(may, {
      'city.ics': vcalendar([...evLines('visit', '20220530T143000', '20220530T150000'), ...evLines('talk', '20220530T093000', '20220530T100000')]),
      'dp.ics': party,
      'dg.ics': gov,
    });
    expect(digest(report)).toEqual(['double-booking people m@qu.gov.cn talk', 'double-booking people m@qu.gov.cn visit']);
    expect(ofKind(report, 'double-booking').map((f) => f.data.firstCopyCalendar)).toEqual(['district-gov', 'district-party']);
  });

  test('the two entries overlap each other → one meeting, no double booking between them', () => {
    const report = run(may, { 'dp.ics': party, 'dg.ics': ev('m@qu.gov.cn', 0, '20220530T100000', '20220530T120000', '专题会', [li]) });
    expect(digest(report)).toEqual([]);
  });

  test('the same times on both calendars → nothing to name', () => {
    const report = run(may, { 'city.ics': visit('20220530T093000', '20220530T100000'), 'dp.ics': party, 'dg.ics': ev('m@qu.gov.cn', 0, '20220530T090000', '20220530T110000', '专题会', [li]) });
    expect(digest(report)).toEqual(['double-booking people m@qu.gov.cn visit']);
    expect(ofKind(report, 'double-booking')[0]!.data.firstCopyCalendar).toBeUndefined();
  });
});

function evLines(uid: string, s: string, e: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${s}`, `DTEND;TZID=Asia/Shanghai:${e}`, 'SUMMARY:接访', li, 'END:VEVENT'];
}
