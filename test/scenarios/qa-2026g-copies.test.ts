/**
 * QA 2026g (review of this session's fixes) — copies of a moved city meeting after b13c5b7 (QF-17). `test.failing` ones
 * pin open bugs under their QG id (see /work/notes/qa-2026g.md).
 */
import { digest, run, vcalendar } from './harness.js';

function meeting(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

describe('QG-15: under-correction of b13c5b7 (QF-17) — when the district holds the *newer* version of the city\'s moved meeting (SEQUENCE:1, or a later LAST-MODIFIED) and the city\'s export is stale, the relay before the meeting\'s new time is “not scheduled” instead of an order error', () => {
  // 全市经济工作会议 (UID econ, ORGANIZER 市政府办) moved from 12 to 15 January 2027; the city's export still has 12 January,
  // the 区政府办's calendar took the update (SEQUENCE:1). The district relays it on 13 January — before the meeting.
  // README: the lower SEQUENCE (or earlier LAST-MODIFIED) copy is stale, so the 15 January copy is the meeting; its
  // ORGANIZER names the city office. b13c5b7 sets it aside as "displaced" (the city holds the UID at another start only),
  // so the relay finds no city meeting at all: `order-missing` “上级会议尚未安排”, where the meeting is on the calendar.
  const relayRaw = {
    timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作' }, prerequisite: { level: 'city', summary: '经济工作' } }],
  };
  const organizer = 'ORGANIZER;CN=市政府办:mailto:szfb@linjiang.example';
  const copy = (start: string, end: string, extra: readonly string[]) => ['BEGIN:VEVENT', 'UID:econ@qg', 'DTSTAMP:20261120T000000Z', 'SUMMARY:全市经济工作会议',
    `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, organizer, ...extra, 'END:VEVENT'];
  const files = (newer: readonly string[], older: readonly string[]) => ({
    'city.ics': vcalendar(copy('20270112T090000', '20270112T120000', older)),
    'gov.ics': vcalendar([...copy('20270115T090000', '20270115T120000', newer), ...meeting('relay@qg', '传达学习全市经济工作会议精神', '20270113T090000', '20270113T110000')]),
  });

  test.each([
    ['SEQUENCE:1', [['SEQUENCE:1'], []]],
    ['a later LAST-MODIFIED', [['LAST-MODIFIED:20261220T000000Z'], ['LAST-MODIFIED:20261201T000000Z']]],
  ] as const)('district copy newer by %s: the 13 Jan relay is an order error against the 15 Jan meeting', (_how, [newer, older]) => {
    expect(digest(run(relayRaw, files(newer, older)))).toEqual(['order econ econ@qg relay@qg']);
  });

  test('guard (QF-17): nothing says which copy is newer — no order finding', () => {
    expect(run(relayRaw, files([], [])).findings.filter((f) => f.kind === 'order')).toEqual([]);
  });
});
