/**
 * What a VEVENT's descriptive properties become on its occurrences (src/load/read-event.ts):
 * people, categories, RFC 9253 links, X-properties, busy status and TEXT unescaping.
 */
import { Duration } from 'luxon';
import { calendar, event, load } from '../helpers/ics.js';
import type { Occurrence } from '../../src/model/occurrence.js';

const START = ['DTSTART;TZID=Asia/Shanghai:20220510T090000', 'DTEND;TZID=Asia/Shanghai:20220510T100000'];

/** The single occurrence of a one-event calendar with these extra properties. */
function only(...props: string[]): Occurrence {
  const result = load(calendar(event(...START, ...props)));
  expect(result.occurrences).toHaveLength(1);
  return result.occurrences[0]!;
}

describe('people', () => {
  test('ATTENDEE parameters CN, ROLE, PARTSTAT and CUTYPE are read, lower-cased, with RFC 5545 defaults when absent', () => {
    const o = only(
      'ATTENDEE;CN=李明;ROLE=CHAIR;PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:liming@qu.gov.cn',
      'ATTENDEE;CN="第一会议室";CUTYPE=ROOM;ROLE=NON-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:room1@qu.gov.cn',
      'ATTENDEE:mailto:wang@qu.gov.cn',
    );
    expect(o.attendees).toEqual([
      { address: 'mailto:liming@qu.gov.cn', name: '李明', role: 'chair', partstat: 'accepted', cutype: 'individual' },
      { address: 'mailto:room1@qu.gov.cn', name: '第一会议室', role: 'non-participant', partstat: 'tentative', cutype: 'room' },
      // RFC 5545 §3.2.16, §3.2.12, §3.2.3: REQ-PARTICIPANT, NEEDS-ACTION, INDIVIDUAL by default.
      { address: 'mailto:wang@qu.gov.cn', name: null, role: 'req-participant', partstat: 'needs-action', cutype: 'individual' },
    ]);
  });

  test('RFC 6868 caret escapes in a quoted CN: ^\' is a double quote, ^n a newline, ^^ a caret', () => {
    const o = only('ATTENDEE;CN="张^\'老^\'^n办公室^^2":mailto:zhang@qu.gov.cn');
    expect(o.attendees[0]!.name).toBe('张"老"\n办公室^2');
  });

  test('a quoted CN holding ; : and , stays one parameter value', () => {
    const o = only('ATTENDEE;CN="区委办: 王; 李, 赵";PARTSTAT=DECLINED:mailto:office@qu.gov.cn');
    expect(o.attendees[0]).toMatchObject({ name: '区委办: 王; 李, 赵', partstat: 'declined', address: 'mailto:office@qu.gov.cn' });
  });

  test('ORGANIZER is read like an attendee; the address loses GroupWise\'s stray spaces', () => {
    const o = only('ORGANIZER;CN=区政府办公室:mailto: zfb@qu.gov.cn');
    expect(o.organizer).toEqual({ address: 'mailto:zfb@qu.gov.cn', name: '区政府办公室', role: 'req-participant', partstat: 'needs-action', cutype: 'individual' });
    expect(only().organizer).toBeNull();
  });

  test('a PARTSTAT outside RFC 5545 is kept as written, lower-cased', () => {
    expect(only('ATTENDEE;PARTSTAT=X-DELEGATED-BY-PHONE:mailto:a@b').attendees[0]!.partstat).toBe('x-delegated-by-phone');
  });
});

describe('categories', () => {
  test('CATEGORIES over several lines are concatenated; escaped commas stay inside a category', () => {
    const o = only('CATEGORIES:会议,防汛\\,应急', 'CATEGORIES:党委', 'CATEGORIES: 学习 ,,');
    expect(o.categories).toEqual(['会议', '防汛,应急', '党委', '学习']);
  });
});

describe('RFC 9253 links and keys', () => {
  test('RELATED-TO with RELTYPE=FINISHTOSTART and GAP=PT1H gives a luxon Duration of one hour', () => {
    const o = only('RELATED-TO;RELTYPE=FINISHTOSTART;GAP=PT1H:city-meeting-2022-05@shi.gov.cn');
    expect(o.relations).toHaveLength(1);
    const relation = o.relations[0]!;
    expect(relation).toMatchObject({ target: 'city-meeting-2022-05@shi.gov.cn', valueType: 'uid', relType: 'FINISHTOSTART' });
    expect(Duration.isDuration(relation.gap)).toBe(true);
    expect(relation.gap!.toMillis()).toBe(3_600_000);
  });

  test('GAP in days is nominal days and a negative GAP is a lead; absent GAP is null; RELTYPE defaults to PARENT (RFC 5545 §3.2.15)', () => {
    const o = only('RELATED-TO;RELTYPE=STARTTOSTART;GAP=-P1DT2H:a', 'RELATED-TO;GAP=P1W:b', 'RELATED-TO:c');
    const [a, b, c] = o.relations;
    expect(a!.gap!.shiftTo('days', 'hours').toObject()).toEqual({ days: -1, hours: -2 });
    expect(b!.gap!.shiftTo('days').days).toBe(7);
    expect(c).toEqual({ target: 'c', valueType: 'uid', relType: 'PARENT', gap: null });
  });

  test('RELATED-TO;VALUE=URI and VALUE=TEXT keep their value type; RELTYPE is upper-cased', () => {
    const o = only('RELATED-TO;VALUE=URI;RELTYPE=depends-on:urn:uuid:9f1c2b7e-0000-4000-8000-000000000001', 'RELATED-TO;VALUE=TEXT;RELTYPE=SIBLING:防汛系列');
    expect(o.relations.map((r) => [r.valueType, r.relType, r.target])).toEqual([
      ['uri', 'DEPENDS-ON', 'urn:uuid:9f1c2b7e-0000-4000-8000-000000000001'],
      ['text', 'SIBLING', '防汛系列'],
    ]);
  });

  test('CONCEPT values are URIs, REFID values unescaped text; several of each are kept in order', () => {
    const o = only('CONCEPT:https://example.gov.cn/concepts/flood-control', 'CONCEPT:urn:ietf:params:x', 'REFID:2022年防汛\\,第1次', 'REFID:Q2');
    expect(o.concepts).toEqual(['https://example.gov.cn/concepts/flood-control', 'urn:ietf:params:x']);
    expect(o.refIds).toEqual(['2022年防汛,第1次', 'Q2']);
  });
});

describe('X-properties', () => {
  test('X- and unknown properties are kept by upper-cased name with every value, unescaped; known ones are not', () => {
    const o = only('X-TONGCHOU-LEVEL:district', 'x-tongchou-level:city', 'X-ALT-DESC;FMTTYPE=text/html:<p>会议\\,通知</p>', 'FOO-BAR:1');
    expect(o.xProps).toEqual({ 'X-TONGCHOU-LEVEL': ['district', 'city'], 'X-ALT-DESC': ['<p>会议,通知</p>'], 'FOO-BAR': ['1'] });
    expect(Object.keys(only('CLASS:PUBLIC', 'PRIORITY:1', 'SEQUENCE:2', 'URL:https://a').xProps)).toEqual([]);
  });
});

describe('busy status (TRANSP, STATUS, X-MICROSOFT-CDO-BUSYSTATUS)', () => {
  test.each([
    [[], 'busy', null, false],
    [['TRANSP:OPAQUE', 'STATUS:CONFIRMED'], 'busy', 'confirmed', false],
    [['TRANSP:TRANSPARENT'], 'free', null, true],
    [['STATUS:TENTATIVE'], 'tentative', 'tentative', false],
    [['STATUS:CANCELLED'], 'free', 'cancelled', false],
    // Outlook writes the US spelling too.
    [['STATUS:CANCELED'], 'free', 'cancelled', false],
    [['STATUS:tentative'], 'tentative', 'tentative', false],
    [['X-MICROSOFT-CDO-BUSYSTATUS:OOF'], 'oof', null, false],
    [['X-MICROSOFT-CDO-BUSYSTATUS:WORKINGELSEWHERE'], 'working-elsewhere', null, false],
    // Outlook's own statement wins over the generic TRANSP/STATUS.
    [['TRANSP:OPAQUE', 'X-MICROSOFT-CDO-BUSYSTATUS:FREE'], 'free', null, false],
    [['TRANSP:TRANSPARENT', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY'], 'busy', null, true],
    [['STATUS:CONFIRMED', 'X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE'], 'tentative', 'confirmed', false],
    // A cancelled meeting blocks nobody, whatever Outlook's busy status says.
    [['STATUS:CANCELLED', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY'], 'free', 'cancelled', false],
  ])('%j → busy %s, status %s, transparent %s', (props, busy, status, transparent) => {
    expect(only(...props)).toMatchObject({ busy, status, transparent });
  });

  test('cancelled and transparent events are kept as occurrences, not dropped', () => {
    const result = load(calendar([...event('UID:a', ...START, 'STATUS:CANCELLED'), ...event('UID:b', ...START, 'TRANSP:TRANSPARENT')]));
    expect(result.occurrences.map((o) => o.uid)).toEqual(['a', 'b']);
  });
});

describe('TEXT values (RFC 5545 §3.3.11)', () => {
  test('\\, \\; \\\\ \\n and \\N are unescaped in SUMMARY, DESCRIPTION and LOCATION; an escaped backslash before n stays a backslash', () => {
    const o = only('SUMMARY:区委\\,区政府\\;联席会议', 'DESCRIPTION:第一项\\n第二项\\N第三项\\\\n不是换行', 'LOCATION:区行政中心\\, 3楼');
    expect(o.summary).toBe('区委,区政府;联席会议');
    expect(o.description).toBe('第一项\n第二项\n第三项\\n不是换行');
    expect(o.location).toBe('区行政中心, 3楼');
  });

  test('SUMMARY and LOCATION are trimmed; an empty LOCATION is null; absent SUMMARY is the empty string', () => {
    expect(only('SUMMARY:  常务会议  ', 'LOCATION:   ')).toMatchObject({ summary: '常务会议', location: null, description: null });
    expect(only().summary).toBe('');
  });

  test('a SUMMARY with a LANGUAGE parameter and an unknown quoted VALUE parameter holding ^n (Proton) keeps its value', () => {
    expect(only('SUMMARY;LANGUAGE=zh-CN;X-P="a^nb":防汛调度会').summary).toBe('防汛调度会');
  });
});

describe('per-series values', () => {
  test('every instance of a series carries the same details', () => {
    const result = load(calendar(event(...START, 'RRULE:FREQ=DAILY;COUNT=3', 'SUMMARY:晨会', 'ATTENDEE;CN=李明:mailto:li@qu.gov.cn', 'CATEGORIES:例会')));
    expect(result.occurrences).toHaveLength(3);
    for (const o of result.occurrences) {
      expect(o).toMatchObject({ summary: '晨会', categories: ['例会'], attendees: [expect.objectContaining({ name: '李明' })] });
      expect(o.source).toEqual({ file: 'test.ics', line: 4 });
    }
  });
});

describe('Outlook all-day items written as midnight date-times (X-MICROSOFT-CDO-ALLDAYEVENT, QA26-25)', () => {
  const trip = (...props: string[]) => load(calendar(event('SUMMARY:出差', ...props))).occurrences.map((o) => [o.allDay, o.start.toISODate(), o.end.toISODate()]);

  test('UTC midnight-to-midnight on the calendar clock (16:00Z for Beijing) becomes whole days', () => {
    expect(trip('DTSTART:20220613T160000Z', 'DTEND:20220616T160000Z', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE')).toEqual([[true, '2022-06-14', '2022-06-17']]);
  });

  test('zoned midnights become whole days too', () => {
    expect(trip('DTSTART;TZID=Asia/Shanghai:20220614T000000', 'DTEND;TZID=Asia/Shanghai:20220615T000000', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE')).toEqual([[true, '2022-06-14', '2022-06-15']]);
  });

  test('without the flag, not at midnight, or FALSE: times stay times', () => {
    expect(trip('DTSTART:20220613T160000Z', 'DTEND:20220616T160000Z')).toEqual([[false, '2022-06-13', '2022-06-16']]);
    expect(trip('DTSTART:20220613T170000Z', 'DTEND:20220616T160000Z', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE')).toEqual([[false, '2022-06-13', '2022-06-16']]);
    expect(trip('DTSTART:20220613T160000Z', 'DTEND:20220616T160000Z', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE')).toEqual([[false, '2022-06-13', '2022-06-16']]);
  });
});
