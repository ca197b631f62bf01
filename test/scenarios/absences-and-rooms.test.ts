/**
 * Absences and rooms the way leaders' secretaries keep them: a trip and a meeting on the same personal
 * calendar, a configured absence selector, a room blocked all day, and required people named by alias.
 */
import { digest, ofKind, refs, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记', '总河长'] },
];
const mayor = { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' };
const gov = { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' };
function cfg(rules: unknown[], calendars: unknown[] = [mayor, gov]): Record<string, unknown> {
  return { timezone: 'Asia/Shanghai', window: { from: '2022-06-01', to: '2022-06-30' }, calendars, people, locations: [{ name: '区委大楼301会议室', aliases: ['301会议室'] }], rules };
}
function ev(uid: string, start: string, end: string, summary: string, extra: string[] = []): string[] {
  const date = start.length === 8;
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z',
    date ? `DTSTART;VALUE=DATE:${start}` : `DTSTART;TZID=Asia/Shanghai:${start}`,
    date ? `DTEND;VALUE=DATE:${end}` : `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`, ...extra, 'END:VEVENT'];
}

describe('absences', () => {
  test('trip and a meeting naming no place on his own calendar → double-booking', () => {
    const report = run(cfg([{ id: 'people', kind: 'no-double-booking' }]), {
      'mayor.ics': vcalendar([...ev('trip', '20220608', '20220610', '出差（省城）', ['TRANSP:TRANSPARENT']), ...ev('m', '20220609T090000', '20220609T100000', '听取汇报')]),
      'gov.ics': vcalendar([]),
    });
    expect(digest(report)).toEqual(['double-booking people m trip']);
  });

  // QB-12: the secretary enters the trip and the appointments it is for on his diary: one itinerary.
  test('trip to 省城 and an appointment at 省政府 inside it, both only on his own calendar → no double booking (QB-12)', () => {
    const report = run(cfg([{ id: 'people', kind: 'no-double-booking' }]), {
      'mayor.ics': vcalendar([...ev('trip', '20220608', '20220610', '出差（省城）', ['TRANSP:TRANSPARENT']), ...ev('m', '20220609T090000', '20220609T100000', '听取汇报', ['LOCATION:省政府'])]),
      'gov.ics': vcalendar([]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('trip on his own calendar and a copy there of an office meeting during it → double-booking', () => {
    const report = run(cfg([{ id: 'people', kind: 'no-double-booking' }]), {
      'mayor.ics': vcalendar([...ev('trip', '20220608', '20220610', '出差（省城）', ['TRANSP:TRANSPARENT']), ...ev('m', '20220609T090000', '20220609T100000', '听取汇报', ['LOCATION:省政府'])]),
      'gov.ics': vcalendar(ev('m', '20220609T090000', '20220609T100000', '听取汇报', ['LOCATION:省政府'])),
    });
    expect(digest(report)).toEqual(['double-booking people m trip']);
  });

  test('a transparent all-day entry that is not an absence (节日提醒) books nobody', () => {
    const report = run(cfg([{ id: 'people', kind: 'no-double-booking' }]), {
      'mayor.ics': vcalendar([...ev('note', '20220603', '20220604', '端午节', ['TRANSP:TRANSPARENT']), ...ev('m', '20220603T090000', '20220603T100000', '值班检查')]),
      'gov.ics': vcalendar([]),
    });
    expect(digest(report)).toEqual([]);
  });

  test('configured absences (培训) replace the default: a transparent 培训 books him, a transparent 出差 no longer does', () => {
    const rules = [{ id: 'people', kind: 'no-double-booking', absences: { summary: '培训' } }];
    const report = run(cfg(rules), {
      'mayor.ics': vcalendar([
        ...ev('train', '20220608', '20220609', '参加省委党校培训', ['TRANSP:TRANSPARENT']),
        ...ev('trip', '20220615', '20220616', '出差', ['TRANSP:TRANSPARENT']),
      ]),
      'gov.ics': vcalendar([
        ...ev('m1', '20220608T090000', '20220608T100000', '常务会议', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example']),
        ...ev('m2', '20220615T090000', '20220615T100000', '专题会议', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example']),
      ]),
    });
    expect(digest(report)).toEqual(['double-booking people m1 train']);
  });
});

describe('rooms', () => {
  test('301 blocked all day (会场布置, opaque) and a timed meeting there → venue', () => {
    const report = run(cfg([{ id: 'rooms', kind: 'venue' }]), {
      'mayor.ics': vcalendar([]),
      'gov.ics': vcalendar([...ev('setup', '20220620', '20220621', '会场布置', ['LOCATION:区委大楼301会议室']), ...ev('m', '20220620T140000', '20220620T160000', '专题会', ['LOCATION:301会议室'])]),
    });
    expect(digest(report)).toEqual(['venue rooms m setup']);
  });

  test('a leader\'s all-day 出差 whose LOCATION is the room name of his home office books no room', () => {
    const report = run(cfg([{ id: 'rooms', kind: 'venue' }]), {
      'mayor.ics': vcalendar(ev('trip', '20220620', '20220621', '出差', ['LOCATION:301会议室', 'TRANSP:TRANSPARENT'])),
      'gov.ics': vcalendar(ev('m', '20220620T140000', '20220620T160000', '专题会', ['LOCATION:301会议室'])),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('required attendance by alias and by owner', () => {
  test('required by e-mail alias; present as the owner of the calendar holding the meeting → nothing missing', () => {
    const rules = [{ id: 'chiefs', kind: 'required-attendance', event: { summary: '河长' }, people: ['mailto:zhou@jb.gov.example'] }];
    const secretary = { id: 'secretary', file: 'secretary.ics', office: '区委办', level: 'district', owner: 'zhou' };
    const report = run(cfg(rules, [secretary]), { 'secretary.ics': vcalendar(ev('r', '20220615T090000', '20220615T110000', '总河长巡河')) });
    expect(digest(report)).toEqual([]);
  });

  test('required by role, meeting on an office calendar without him → required-missing with the role as reference', () => {
    const rules = [{ id: 'chiefs', kind: 'required-attendance', event: { summary: '河长' }, people: ['role:总河长'] }];
    const report = run(cfg(rules), { 'mayor.ics': vcalendar([]), 'gov.ics': vcalendar(ev('r', '20220615T090000', '20220615T110000', '全区河长制推进会', ['ATTENDEE;CN=李明:mailto:liming@jb.gov.example'])) });
    const f = ofKind(report, 'required-missing');
    expect(f.map((x) => [x.people, refs(x), x.data.reference])).toEqual([[['zhou'], ['r'], 'role:总河长']]);
  });
});
