/**
 * Participation as iTIP writes it (RFC 5545 §3.2.16 ROLE, §3.2.12 PARTSTAT): people copied for
 * information, delegated invitations, and RFC 9253 link types other than finish-to-start.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
  { id: 'chen', name: '陈静', aliases: ['mailto:chenjing@jb.gov.example'], roles: ['副区长'] },
];
const calendars = [
  { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
  { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
];
function cfg(rules: unknown[]): Record<string, unknown> {
  return { timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' }, calendars, people, rules };
}
const db = [{ id: 'people', kind: 'no-double-booking' }];
function ev(uid: string, start: string, end: string, summary: string, extra: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', `DTSTART;TZID=Asia/Shanghai:${start}`,
    `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
}
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';

describe('who is not actually booked', () => {
  // ROLE=NON-PARTICIPANT is "for information purposes only" (RFC 5545 §3.2.16).
  test('李明 copied for information (ROLE=NON-PARTICIPANT) on an overlapping meeting → not double-booked', () => {
    const report = run(cfg(db), {
      'city.ics': vcalendar(ev('a', '20220510T090000', '20220510T110000', '全市推进会', [li])),
      'gov.ics': vcalendar(ev('b', '20220510T100000', '20220510T120000', '专题会', ['ATTENDEE;ROLE=NON-PARTICIPANT;CN=李明:mailto:liming@jb.gov.example', 'ATTENDEE;CN=陈静:mailto:chenjing@jb.gov.example'])),
    });
    expect(digest(report)).toEqual([]);
  });

  // PARTSTAT=DELEGATED (RFC 5545 §3.2.12; RFC 5546 §2.1.5): the delegate goes instead.
  test('李明 delegated the meeting to 陈静 (PARTSTAT=DELEGATED, DELEGATED-TO) → he is not double-booked, she is present', () => {
    const report = run(cfg(db), {
      'city.ics': vcalendar(ev('a', '20220510T090000', '20220510T110000', '全市推进会', [li])),
      'gov.ics': vcalendar(ev('b', '20220510T100000', '20220510T120000', '专题会', [
        'ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO="mailto:chenjing@jb.gov.example";CN=李明:mailto:liming@jb.gov.example',
        'ATTENDEE;PARTSTAT=ACCEPTED;DELEGATED-FROM="mailto:liming@jb.gov.example";CN=陈静:mailto:chenjing@jb.gov.example',
      ])),
    });
    expect(digest(report)).toEqual([]);
  });

  test('NEEDS-ACTION (not yet answered) still books him', () => {
    const report = run(cfg(db), {
      'city.ics': vcalendar(ev('a', '20220510T090000', '20220510T110000', '全市推进会', [li])),
      'gov.ics': vcalendar(ev('b', '20220510T100000', '20220510T120000', '专题会', ['ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=李明:mailto:liming@jb.gov.example'])),
    });
    expect(digest(report)).toEqual(['double-booking people a b']);
  });
});

describe('RFC 9253 link types', () => {
  const city = (start: string, end: string): string => vcalendar(ev('city-1', start, end, '全市大会', []));
  const dist = (start: string, end: string, link: string): string => vcalendar(ev('dist-1', start, end, '全区分会场', [link]));

  test('STARTTOSTART: the district session may start with the city one, not before → order, earliest = city start', () => {
    const report = run(cfg([]), {
      'city.ics': city('20220510T090000', '20220510T110000'),
      'gov.ics': dist('20220510T085000', '20220510T110000', 'RELATED-TO;RELTYPE=STARTTOSTART:city-1'),
    });
    expect(digest(report)).toEqual(['order related-to city-1 dist-1']);
    const f = ofKind(report, 'order')[0]!;
    expect(f.data.relation).toBe('STARTTOSTART');
    expect(f.suggestion!.earliestStart).toBe('2022-05-10T09:00:00+08:00');
  });

  test('STARTTOSTART at the same start → nothing', () => {
    const report = run(cfg([]), {
      'city.ics': city('20220510T090000', '20220510T110000'),
      'gov.ics': dist('20220510T090000', '20220510T110000', 'RELATED-TO;RELTYPE=STARTTOSTART:city-1'),
    });
    expect(digest(report)).toEqual([]);
  });

  test('FINISHTOFINISH: the district session must not end before the city one → order; earliest start keeps its length', () => {
    const report = run(cfg([]), {
      'city.ics': city('20220510T090000', '20220510T110000'),
      'gov.ics': dist('20220510T090000', '20220510T103000', 'RELATED-TO;RELTYPE=FINISHTOFINISH:city-1'),
    });
    expect(digest(report)).toEqual(['order related-to city-1 dist-1']);
    expect(ofKind(report, 'order')[0]!.suggestion!.earliestStart).toBe('2022-05-10T09:30:00+08:00');
  });

  test('DEPENDS-ON on the dependent is read as finish-to-start', () => {
    const report = run(cfg([]), {
      'city.ics': city('20220510T090000', '20220510T110000'),
      'gov.ics': dist('20220510T100000', '20220510T120000', 'RELATED-TO;RELTYPE=DEPENDS-ON:city-1'),
    });
    expect(digest(report)).toEqual(['order related-to city-1 dist-1']);
    expect(ofKind(report, 'order')[0]!.suggestion!.earliestStart).toBe('2022-05-10T11:00:00+08:00');
  });

  test('a link to a UID that is not loaded is ignored (no order-missing invented)', () => {
    const report = run(cfg([]), {
      'city.ics': vcalendar([]),
      'gov.ics': dist('20220510T100000', '20220510T120000', 'RELATED-TO;RELTYPE=FINISHTOSTART:nowhere@city'),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a CONCEPT shared by city and district meetings pairs them (RFC 9253 §7.1)', () => {
    const report = run(cfg([]), {
      'city.ics': vcalendar(ev('city-1', '20220512T090000', '20220512T110000', '全市大会', ['CONCEPT:urn:jb:2022:营商环境'])),
      'gov.ics': vcalendar(ev('dist-1', '20220511T090000', '20220511T110000', '全区推进会', ['CONCEPT:urn:jb:2022:营商环境'])),
    });
    expect(digest(report)).toEqual(['order related-to city-1 dist-1']);
    expect(ofKind(report, 'order')[0]!.data.pairedBy).toBe('concept');
  });
});

// Regression (bugs-from-properties.md, "owner's declined NON-PARTICIPANT line ignored"): the calendar
// owner attends every busy event on it unless the event itself says the owner declined, also on a
// NON-PARTICIPANT (抄送) line. no-double-booking, travel-time and required-attendance agree on it.
describe("the owner's own declined NON-PARTICIPANT line on their own calendar", () => {
  const withOwn = (rules: unknown[]): Record<string, unknown> => ({
    ...cfg(rules),
    calendars: [...calendars, { id: 'li-own', file: 'li.ics', office: '区政府办', level: 'district', owner: 'li' }],
    locations: [{ name: '区政府大楼第一会议室' }, { name: '市行政中心大会堂' }],
  });
  const fyi = (partstat: string): string => vcalendar(ev('fyi', '20220510T090000', '20220510T100000', '市里通报会', [
    'LOCATION:市行政中心大会堂', `ATTENDEE;ROLE=NON-PARTICIPANT;PARTSTAT=${partstat};CN=李明:mailto:liming@jb.gov.example`,
  ]));
  const files = (partstat: string): Record<string, string> => ({
    'li.ics': fyi(partstat),
    'gov.ics': vcalendar([
      ...ev('held', '20220510T093000', '20220510T095500', '常务会议', [li, 'LOCATION:区政府大楼第一会议室']),
      ...ev('next', '20220510T101000', '20220510T110000', '专题会', [li, 'LOCATION:区政府大楼第一会议室']),
    ]),
  });
  const rules = [...db, { id: 'travel', kind: 'travel-time' }, { id: 'fyi', kind: 'required-attendance', event: { summary: '通报会' }, people: ['li'] }];

  test('PARTSTAT=DECLINED → not booked (no double booking), no trip from it, required-missing with reason declined', () => {
    const report = run(withOwn(rules), files('DECLINED'));
    expect(digest(report)).toEqual(['required-missing fyi fyi']);
    expect(ofKind(report, 'required-missing')[0]!.data.reason).toBe('declined');
  });

  test('PARTSTAT=ACCEPTED on the same line → the owner goes: double booking, a trip back, required-busy', () => {
    const report = run(withOwn(rules), files('ACCEPTED'));
    expect(digest(report).sort()).toEqual(['double-booking people fyi held', 'required-busy fyi fyi held', 'travel-time travel fyi next']);
  });
});
