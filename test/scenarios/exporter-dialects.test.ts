/**
 * Exporter dialects that change *when* a meeting is, end to end: floating OA times, X-WR-TIMEZONE,
 * a stray TZID line, Outlook's midnight-to-midnight all-day events, RANGE=THISANDFUTURE, recurring
 * monthly meetings on both levels, ISO weeks in Beijing time — and the summary counting every VEVENT.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }];
const att = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';

function cfg(calendars: unknown[], rules: unknown[], window = { from: '2022-05-01', to: '2022-06-30' }): Record<string, unknown> {
  return { timezone: 'Asia/Shanghai', window, calendars, people, rules };
}
const db = [{ id: 'people', kind: 'no-double-booking' }];
const oa = { id: 'oa', file: 'oa.ics', office: '区人大办', level: 'district' };
const ding = { id: 'ding', file: 'ding.ics', office: '区委办', level: 'district' };

const utcMeeting = vcalendar([
  'BEGIN:VEVENT', 'UID:ding-1', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220510T010000Z', 'DTEND:20220510T030000Z',
  'SUMMARY:区委常委会', att, 'END:VEVENT',
]);

describe('when is a floating time', () => {
  test('OA export with floating 09:30 (no zone at all) is Beijing time → overlaps the 09:00–11:00 UTC-written meeting', () => {
    const floating = vcalendar(['BEGIN:VEVENT', 'UID:oa-1', 'DTSTAMP:20220401T000000', 'DTSTART:20220510T093000', 'DTEND:20220510T103000', 'SUMMARY:主任会议', att, 'END:VEVENT']);
    const report = run(cfg([oa, ding], db), { 'oa.ics': floating, 'ding.ics': utcMeeting });
    expect(digest(report)).toEqual(['double-booking people ding-1 oa-1']);
  });

  test('floating 09:30 with X-WR-TIMEZONE:Asia/Shanghai → overlap', () => {
    const floating = vcalendar(['BEGIN:VEVENT', 'UID:oa-1', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220510T093000', 'DTEND:20220510T103000', 'SUMMARY:主任会议', att, 'END:VEVENT'], ['X-WR-TIMEZONE:Asia/Shanghai']);
    const report = run(cfg([oa, ding], db), { 'oa.ics': floating, 'ding.ics': utcMeeting });
    expect(digest(report)).toEqual(['double-booking people ding-1 oa-1']);
  });

  test('the OA mistake of a "TZID:Asia/Shanghai" line inside the VEVENT → times in Beijing, problem reported with its line', () => {
    const stray = vcalendar(['BEGIN:VEVENT', 'UID:oa-1', 'DTSTAMP:20220401T000000Z', 'TZID:Asia/Shanghai', 'DTSTART:20220510T093000', 'DTEND:20220510T103000', 'SUMMARY:主任会议', att, 'END:VEVENT']);
    const report = run(cfg([oa, ding], db), { 'oa.ics': stray, 'ding.ics': utcMeeting });
    expect(digest(report)).toEqual(['double-booking people ding-1 oa-1']);
    const p = report.problems.filter((x) => x.code === 'stray-tzid-property');
    expect(p.map((x) => x.source)).toEqual([{ file: 'oa.ics', line: 7 }]);
  });

  test('an unknown TZID is reported and read in the calendar default zone, never as UTC', () => {
    // Not `Beijing`: since then a name of Beijing time is read as Asia/Shanghai (beijing-time-assumed).
    const unknown = vcalendar(['BEGIN:VEVENT', 'UID:oa-1', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=OA-Zone-1:20220510T093000', 'DTEND;TZID=OA-Zone-1:20220510T103000', 'SUMMARY:主任会议', att, 'END:VEVENT']);
    const report = run(cfg([oa, ding], db), { 'oa.ics': unknown, 'ding.ics': utcMeeting });
    expect(digest(report)).toEqual(['double-booking people ding-1 oa-1']);
    expect(report.problems.map((x) => x.code)).toContain('unknown-tzid');
  });
});

describe('Outlook all-day written as midnight to midnight', () => {
  test('出差 00:00–00:00 over three days with X-MICROSOFT-CDO-ALLDAYEVENT:TRUE and BUSYSTATUS:OOF → busy against a meeting', () => {
    const trip = vcalendar([
      'BEGIN:VEVENT', 'UID:trip', 'DTSTAMP:20220401T000000Z',
      'DTSTART;TZID=China Standard Time:20220614T000000', 'DTEND;TZID=China Standard Time:20220617T000000',
      'SUMMARY:出差（省委党校）', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'X-MICROSOFT-CDO-BUSYSTATUS:OOF', 'TRANSP:OPAQUE', 'END:VEVENT',
    ]);
    const mayor = { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' };
    const meeting = vcalendar(['BEGIN:VEVENT', 'UID:m', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220615T010000Z', 'DTEND:20220615T030000Z', 'SUMMARY:推进会', att, 'END:VEVENT']);
    const report = run(cfg([mayor, ding], db), { 'mayor.ics': trip, 'ding.ics': meeting });
    expect(digest(report)).toEqual(['double-booking people m trip']);
  });
});

describe('recurring meetings on both levels', () => {
  const city = { id: 'city', file: 'city.ics', office: '市委办', level: 'city' };
  const district = { id: 'district', file: 'district.ics', office: '区委办', level: 'district' };
  const monthly = [{ id: 'dispatch', kind: 'follows', dependent: { level: 'district', summary: '调度会' }, prerequisite: { level: 'city', summary: '调度会' }, cycle: 'month' }];
  const series = (uid: string, start: string, rule: string, summary: string): string =>
    vcalendar(['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`, 'DURATION:PT2H', `RRULE:${rule}`, `SUMMARY:${summary}`, 'END:VEVENT']);

  test('city 3rd Friday, district last Thursday: always after → nothing for May and June', () => {
    const report = run(cfg([city, district], monthly), {
      'city.ics': series('city-m', '20220520T090000', 'FREQ=MONTHLY;BYDAY=3FR', '全市经济调度会'),
      'district.ics': series('dist-m', '20220526T090000', 'FREQ=MONTHLY;BYDAY=-1TH', '全区经济调度会'),
    });
    expect(digest(report)).toEqual([]);
    expect(report.summary.occurrences).toBe(4);
  });

  test('district 2nd Thursday: every month too early → one order per month, naming each instance', () => {
    const report = run(cfg([city, district], monthly), {
      'city.ics': series('city-m', '20220520T090000', 'FREQ=MONTHLY;BYDAY=3FR', '全市经济调度会'),
      'district.ics': series('dist-m', '20220512T090000', 'FREQ=MONTHLY;BYDAY=2TH', '全区经济调度会'),
    });
    const order = ofKind(report, 'order');
    expect(order.map(refs)).toEqual([
      ['city-m@2022-05-20T01:00:00Z', 'dist-m@2022-05-12T01:00:00Z'],
      ['city-m@2022-06-17T01:00:00Z', 'dist-m@2022-06-09T01:00:00Z'],
    ]);
    expect(order.map((f) => f.suggestion!.earliestStart)).toEqual(['2022-05-20T11:00:00+08:00', '2022-06-17T11:00:00+08:00']);
  });

  // The city meeting of Sunday night is followed the same night (23:59 +08, still its ISO week), so it is
  // not carried over to Monday's district meeting (README follows: a prerequisite at the end of its period).
  test('cycle week counts ISO weeks in Beijing: city Sunday 23:00 (+08) and district Monday 09:00 are different weeks → order-missing', () => {
    const weekly = [{ ...monthly[0], cycle: 'week' }];
    const report = run(cfg([city, district], weekly, { from: '2022-05-01', to: '2022-05-31' }), {
      'city.ics': vcalendar(['BEGIN:VEVENT', 'UID:c', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220515T150000Z', 'DTEND:20220515T155900Z', 'SUMMARY:全市调度会', 'END:VEVENT']),
      'district.ics': vcalendar([
        'BEGIN:VEVENT', 'UID:d0', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220515T155900Z', 'DTEND:20220515T155930Z', 'SUMMARY:全区调度会（连夜传达）', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:d', 'DTSTAMP:20220401T000000Z', 'DTSTART:20220516T010000Z', 'DTEND:20220516T020000Z', 'SUMMARY:全区调度会', 'END:VEVENT',
      ]),
    });
    expect(digest(report)).toEqual(['order-missing dispatch d']);
    expect(ofKind(report, 'order-missing')[0]!.data.period).toBe('2022-05-16');
  });

  test('RANGE=THISANDFUTURE moves every Tuesday from 17 May onwards to 16:00 → double-booking with a 16:30 meeting on 24 May', () => {
    const gov = { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' };
    const text = vcalendar([
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220503T090000', 'DTEND;TZID=Asia/Shanghai:20220503T100000',
      'RRULE:FREQ=WEEKLY;COUNT=6', 'SUMMARY:常务会议', att, 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Asia/Shanghai:20220517T090000',
      'DTSTART;TZID=Asia/Shanghai:20220517T160000', 'DTEND;TZID=Asia/Shanghai:20220517T170000', 'SUMMARY:常务会议', att, 'END:VEVENT',
    ]);
    const other = vcalendar(['BEGIN:VEVENT', 'UID:o', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220524T163000', 'DTEND;TZID=Asia/Shanghai:20220524T173000', 'SUMMARY:接访', att, 'END:VEVENT']);
    const report = run(cfg([gov, ding], db), { 'gov.ics': text, 'ding.ics': other });
    expect(digest(report)).toEqual(['double-booking people o w@2022-05-24T01:00:00Z']);
    expect(report.summary.occurrences).toBe(7);
  });
});

describe('every input event accounted', () => {
  test('a series with a moved and a cancelled override, a VTODO and a broken event: events + skipped cover every VEVENT', () => {
    const gov = { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' };
    const text = vcalendar([
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220503T150000', 'DTEND;TZID=Asia/Shanghai:20220503T170000',
      'RRULE:FREQ=WEEKLY;UNTIL=20220531T070000Z', 'EXDATE;TZID=Asia/Shanghai:20220503T150000', 'SUMMARY:常务会议', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220517T150000',
      'DTSTART;TZID=Asia/Shanghai:20220519T150000', 'DTEND;TZID=Asia/Shanghai:20220519T170000', 'SUMMARY:常务会议（调整）', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:w', 'DTSTAMP:20220401T000000Z', 'RECURRENCE-ID;TZID=Asia/Shanghai:20220524T150000',
      'DTSTART;TZID=Asia/Shanghai:20220524T150000', 'DTEND;TZID=Asia/Shanghai:20220524T170000', 'STATUS:CANCELLED', 'SUMMARY:常务会议', 'END:VEVENT',
      'BEGIN:VTODO', 'UID:todo', 'DTSTAMP:20220401T000000Z', 'SUMMARY:准备材料', 'END:VTODO',
      'BEGIN:VEVENT', 'UID:bad', 'DTSTAMP:20220401T000000Z', 'SUMMARY:没有开始时间', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:one', 'DTSTAMP:20220401T000000Z', 'DTSTART;TZID=Asia/Shanghai:20220506T090000', 'DTEND;TZID=Asia/Shanghai:20220506T100000', 'SUMMARY:单次会议', 'END:VEVENT',
    ]);
    const report = run(cfg([gov], db, { from: '2022-05-01', to: '2022-05-31' }), { 'gov.ics': text });
    // Occurrences: 10, 17→19 (moved), 24 (cancelled, kept and flagged), 31 May; + 单次会议 = 5.
    expect(report.summary.occurrences).toBe(5);
    // VEVENTs in the file: 5 (series, 2 overrides, bad, one) + a VTODO. Each is loaded or skipped.
    expect(report.problems.map((p) => p.code)).toEqual(expect.arrayContaining(['missing-dtstart', 'unsupported-component']));
    const skipped = report.summary.skipped;
    expect(skipped).toBe(2); // the VTODO and the event without DTSTART
    // events counts loaded VEVENT components (series once, not per instance; each override is its own VEVENT),
    // so events + skipped = the 6 components of the file.
    expect(report.summary.events).toBe(4);
    expect(report.summary.events + skipped).toBe(6);
  });
});
