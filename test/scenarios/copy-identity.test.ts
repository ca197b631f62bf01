/**
 * When two calendar entries are one meeting, as real offices write them: the office copy, another
 * office's copy, the leader's own retyped copy; in the same room spelled two ways, with no place,
 * with only a join link; a stale revision and a cancelled one. Neighbours of qa-bugs QA-6, QA-11,
 * QA-15 and QA-16.
 */
import { digest, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长', '总河长'] },
  { id: 'zhou', name: '周海涛', aliases: ['mailto:zhou@jb.gov.example'], roles: ['区委书记', '总河长'] },
];
const LI = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const cfg = (rules: readonly unknown[]): Record<string, unknown> => ({
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-06-30' }, people,
  calendars: [
    { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'li-own', file: 'li.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
  locations: [
    { name: '区委大楼301会议室', aliases: ['301会议室', '区委301'] },
    { name: '区政府大楼第一会议室', aliases: ['政府一会议室'] },
  ],
  travel: [{ from: '区委大楼301会议室', to: '区政府大楼第一会议室', minutes: 20 }],
  rules,
});
const attendance = [
  { id: 'people', kind: 'no-double-booking' },
  { id: 'rooms', kind: 'venue' },
  { id: 'travel', kind: 'travel-time' },
];
const chiefs = { id: 'chiefs', kind: 'required-attendance', event: { summary: '河湖长制' }, people: ['li'] };

interface Ev {
  readonly uid: string;
  readonly start?: string;
  readonly end?: string;
  readonly summary?: string;
  readonly location?: string | null;
  readonly sequence?: number;
  readonly extra?: readonly string[];
}
function ev({ uid, start = '20220518T090000', end = '20220518T110000', summary = '专题会议', location = null, sequence, extra = [] }: Ev): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20220401T000000Z', ...(sequence === undefined ? [] : [`SEQUENCE:${sequence}`]),
    `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, `SUMMARY:${summary}`,
    ...(location === null ? [] : [`LOCATION:${location}`]), ...extra, 'END:VEVENT'];
}
const cal = (...events: string[][]): string => vcalendar(events.flat());

describe('retyped copies: same title and times on two calendars', () => {
  test('the same room spelled two ways (alias) → one meeting: no double booking, no room clash', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: 'oa-5531', location: '区委大楼301会议室', extra: [LI] })),
      'gov.ics': cal(ev({ uid: 'fs-0a9c', location: '301会议室', extra: [LI] })),
    });
    expect(digest(report)).toEqual([]);
  });

  test('the same room spelled two ways, no alias configured, one spelling inside the other → one meeting', () => {
    const report = run({ ...cfg(attendance), locations: [] }, {
      'party.ics': cal(ev({ uid: 'oa-5531', location: '区委大楼301会议室', extra: [LI] })),
      'gov.ics': cal(ev({ uid: 'fs-0a9c', location: '301会议室', extra: [LI] })),
    });
    expect(digest(report)).toEqual([]);
  });

  test('his secretary abbreviates the room (区委301), no alias configured → still one meeting', () => {
    const report = run({ ...cfg(attendance), locations: [] }, {
      'party.ics': cal(ev({ uid: 'oa-5531', location: '区委大楼301会议室', extra: [LI] })),
      'li.ics': cal(ev({ uid: 'apple-1', location: '区委301' })),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a room on the office copy, only the Tencent Meeting link on his own copy → one meeting', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: 'oa-5531', location: '区委大楼301会议室', extra: [LI] })),
      'li.ics': cal(ev({ uid: 'apple-1', location: 'https://meeting.tencent.com/dm/abc' })),
    });
    expect(digest(report)).toEqual([]);
  });

  test('two rooms in two buildings, booked as ATTENDEE;CUTYPE=ROOM only → two meetings, 李明 double-booked', () => {
    const room = (name: string): string => `ATTENDEE;CUTYPE=ROOM;CN=${name}:mailto:room@jb.gov.example`;
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: 'oa-5531', extra: [LI, room('区委大楼301会议室')] })),
      'gov.ics': cal(ev({ uid: 'fs-0a9c', extra: [LI, room('政府一会议室')] })),
    });
    expect(digest(report)).toEqual(['double-booking people fs-0a9c oa-5531']);
  });

  const threeCopies = {
    'party.ics': cal(ev({ uid: 'oa-5531', location: '区委大楼301会议室', extra: [LI] })),
    'gov.ics': cal(
      ev({ uid: 'fs-0a9c', location: '区委301', extra: [LI] }),
      ev({ uid: 'visit', start: '20220518T100000', end: '20220518T103000', summary: '接待来访', location: '区政府大楼第一会议室', extra: [LI] }),
    ),
    'li.ics': cal(ev({ uid: 'apple-1' })),
  };

  test('three copies (party, gov, his own without a place) and one other meeting → one double booking, not three', () => {
    expect(digest(run(cfg(attendance), threeCopies))).toEqual(['double-booking people fs-0a9c visit']);
  });

  test('three copies and a meeting overlapping them, required leader → one required-busy, not three', () => {
    const required = { ...chiefs, event: { summary: '接待来访' } };
    expect(digest(run(cfg([required]), threeCopies))).toEqual(['required-busy chiefs fs-0a9c visit']);
  });

  // Regression (was a bug): venue merged copies by meetingKey only, so two retyped copies of one
  // meeting in room 301 clashed twice with a third meeting there.
  test('two retyped copies in room 301 and another meeting there → one venue finding', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: 'oa-5531', location: '区委大楼301会议室' })),
      'gov.ics': cal(
        ev({ uid: 'fs-0a9c', location: '区委301' }),
        ev({ uid: 'visit', start: '20220518T100000', end: '20220518T103000', summary: '接待来访', location: '301会议室' }),
      ),
    });
    expect(digest(report)).toEqual(['venue rooms fs-0a9c visit']);
  });

  test('three copies, the required leader listed on none but his own → present; no findings', () => {
    const report = run(cfg([...attendance, chiefs]), {
      'party.ics': cal(ev({ uid: 'oa-5531', summary: '全区河湖长制工作推进会', location: '区委大楼301会议室' })),
      'gov.ics': cal(ev({ uid: 'fs-0a9c', summary: '全区河湖长制工作推进会', location: '301会议室' })),
      'li.ics': cal(ev({ uid: 'apple-1', summary: '全区河湖长制工作推进会' })),
    });
    expect(digest(report)).toEqual([]);
  });

  test('the office meeting in one building, a same-titled entry in his own calendar in another → not his attendance', () => {
    const report = run(cfg([chiefs]), {
      'gov.ics': cal(ev({ uid: 'exch-1', summary: '河湖长制专题会议', location: '区政府大楼第一会议室' })),
      'li.ics': cal(ev({ uid: 'apple-1', summary: '河湖长制专题会议', location: '区委大楼301会议室' })),
    });
    // His own entry is a meeting he attends (as owner); the office meeting does not list him.
    expect(digest(report)).toEqual(['required-missing chiefs exch-1']);
  });
});

describe('numbered UIDs (QA-16 neighbours)', () => {
  test('UID:1 with the same title at two times, SEQUENCE 0 and 2 → one meeting moved: booked only at the new time', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: '1', sequence: 0, extra: [LI] })),
      'gov.ics': cal(
        ev({ uid: '1', sequence: 2, start: '20220518T140000', end: '20220518T160000', extra: [LI] }),
        ev({ uid: '2', start: '20220518T093000', end: '20220518T100000', summary: '接访', extra: [LI] }),
      ),
    });
    expect(digest(report)).toEqual([]);
  });

  test('UID:1 with the same title and start in two buildings → two meetings, 李明 double-booked', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: '1', location: '区委大楼301会议室', extra: [LI] })),
      'gov.ics': cal(ev({ uid: '1', location: '区政府大楼第一会议室', extra: [LI] })),
    });
    expect(digest(report)).toEqual(['double-booking people 1 1']);
  });

  test('UID:1 with the same title and start, one without a place → one meeting', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: '1', location: '区委大楼301会议室', extra: [LI] })),
      'gov.ics': cal(ev({ uid: '1', extra: [LI] })),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('stale and cancelled revisions (QA-15 neighbours)', () => {
  test('the newer revision cancels the meeting; the stale copy still lists 李明 → nobody booked, nothing required', () => {
    const report = run(cfg([...attendance, chiefs]), {
      'party.ics': cal(ev({ uid: 'm@jb', sequence: 0, summary: '河湖长制专题会', extra: [LI] })),
      'gov.ics': cal(ev({ uid: 'm@jb', sequence: 1, summary: '河湖长制专题会', extra: [LI, 'STATUS:CANCELLED'] })),
      'li.ics': cal(ev({ uid: 'visit', start: '20220518T093000', end: '20220518T100000', summary: '接访' })),
    });
    expect(digest(report)).toEqual([]);
  });

  test('a cancelled copy with the same SEQUENCE does not cancel the meeting (nothing says it is newer)', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: 'm@jb', sequence: 1, extra: [LI] })),
      'gov.ics': cal(ev({ uid: 'm@jb', sequence: 1, extra: [LI, 'STATUS:CANCELLED'] })),
      'li.ics': cal(ev({ uid: 'visit', start: '20220518T093000', end: '20220518T100000', summary: '接访' })),
    });
    expect(digest(report)).toEqual(['double-booking people m@jb visit']);
  });

  test('a stale copy on his own calendar (old time) while the office moved it: he attends at the new time', () => {
    const report = run(cfg([...attendance, chiefs]), {
      'gov.ics': cal(
        ev({ uid: 'm@jb', sequence: 2, summary: '河湖长制专题会', start: '20220518T140000', end: '20220518T160000' }),
        ev({ uid: 'x@jb', summary: '调研座谈', start: '20220518T150000', end: '20220518T153000', extra: [LI] }),
      ),
      'li.ics': cal(
        ev({ uid: 'm@jb', sequence: 0, summary: '河湖长制专题会' }),
        ev({ uid: 'visit', start: '20220518T093000', end: '20220518T100000', summary: '接访' }),
      ),
    });
    // Present (his calendar holds the meeting), busy at 15:00 with 调研座谈, free at the old 09:00 slot.
    expect(digest(report).sort()).toEqual(['double-booking people m@jb x@jb', 'required-busy chiefs m@jb x@jb']);
    const busy = report.findings.find((f) => f.kind === 'double-booking')!;
    expect(busy.occurrences.find((o) => o.uid === 'm@jb')).toMatchObject({ calendar: 'gov', start: '2022-05-18T14:00:00+08:00' });
  });

  test('three copies at three SEQUENCEs: only the newest time books him', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: 'm@jb', sequence: 0, extra: [LI] })),
      'gov.ics': cal(ev({ uid: 'm@jb', sequence: 1, start: '20220518T140000', end: '20220518T160000', extra: [LI] })),
      'li.ics': cal(
        ev({ uid: 'm@jb', sequence: 2, start: '20220519T090000', end: '20220519T110000' }),
        ev({ uid: 'a', start: '20220518T093000', end: '20220518T100000', summary: '接访' }),
        ev({ uid: 'b', start: '20220518T143000', end: '20220518T150000', summary: '调研' }),
        ev({ uid: 'c', start: '20220519T100000', end: '20220519T103000', summary: '座谈' }),
      ),
    });
    expect(digest(report)).toEqual(['double-booking people c m@jb']);
  });

  test('no travel time is asked between a stale copy\'s old room and the next meeting', () => {
    const report = run(cfg(attendance), {
      'party.ics': cal(ev({ uid: 'm@jb', sequence: 0, location: '区委大楼301会议室', extra: [LI] })),
      'gov.ics': cal(
        ev({ uid: 'm@jb', sequence: 1, start: '20220518T140000', end: '20220518T160000', location: '区委大楼301会议室', extra: [LI] }),
        ev({ uid: 'n@jb', summary: '常务会议', start: '20220518T110500', end: '20220518T120000', location: '区政府大楼第一会议室', extra: [LI] }),
      ),
    });
    expect(digest(report)).toEqual([]);
  });
});
