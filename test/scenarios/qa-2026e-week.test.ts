/**
 * QA 2026e (round 5: a district's first week) — a realistic week built from the bundled example (four offices, the
 * 区长's diary, the duty roster, a city summons). `test.failing` ones pin open bugs under their QE id
 * (see /work/notes/qa-2026e.md); plain tests guard what the same week gets right.
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20250301T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2025-03-10', to: '2025-03-16' },
  people: [{ id: 'li', name: '李明', aliases: [li, '李区长'], roles: ['区长'] }],
  locations: [{ name: '区政府大楼第一会议室' }, { name: '青石镇河道', aliases: ['青石河段'] }],
  calendars: [
    { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' },
  ],
  rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'rooms', kind: 'venue' }],
};

describe('QE-1: a trip and the appointment it is for, both at the trip\'s configured destination on the leader\'s own diary', () => {
  // 区长's diary: 赴青石镇调研河道整治 09:00–12:00 at 青石镇河道 (a configured place, as in the example's config, for travel
  // times) and 听取青石镇河长工作汇报 10:00–11:00 at 青石镇河道 — the appointment the trip is for. no-double-booking rightly
  // reads it as inside the trip (README "A trip and its appointments"); venue reports “青石镇河道 被重复预订” (error), and
  // suggest then offers to move the 汇报 out of the trip. One visit to a river reach books it once.
  const diary = vcalendar([
    ...event('trip@qe', '赴青石镇调研河道整治', '20250312T090000', '20250312T120000', ['LOCATION:青石镇河道']),
    ...event('appt@qe', '听取青石镇河长工作汇报', '20250312T100000', '20250312T110000', ['LOCATION:青石镇河道']),
  ]);
  const files = { 'gov.ics': vcalendar([]), 'mayor.ics': diary };

  test('guard: no double-booking of 李明 (the appointment lies inside the trip at its destination)', () => {
    expect(ofKind(run(raw, files), 'double-booking')).toEqual([]);
  });

  test('no venue finding on 青石镇河道 for the trip and its own appointment', () => {
    expect(digest(run(raw, files))).toEqual([]);
  });

  // Same root: two leaders' diaries, each with its own entry of one joint inspection of the river (李明 赴青石镇调研河道整治,
  // 陈静 陪同李区长调研青石镇河道整治, both 09:00–12:00 at 青石镇河道) — “青石镇河道 被重复预订” (error). Visiting a place is
  // not booking a room: README venue says two visits to 青石镇 at once are no clash when the place is not configured.
  test('no venue finding for two leaders\' entries of one visit to the configured 青石镇河道', () => {
    const twoRaw = { ...raw, people: [...raw.people, { id: 'chen', name: '陈静', aliases: ['mailto:chenjing@jiangbin.linjiang.example'] }],
      calendars: [...raw.calendars, { id: 'chen', file: 'chen.ics', office: '区政府办', level: 'district', owner: 'chen' }] };
    const report = run(twoRaw, {
      'gov.ics': vcalendar([]),
      'mayor.ics': vcalendar([...event('trip@qe', '赴青石镇调研河道整治', '20250312T090000', '20250312T120000', ['LOCATION:青石镇河道'])]),
      'chen.ics': vcalendar([...event('c1@qe', '陪同李区长调研青石镇河道整治', '20250312T090000', '20250312T120000', ['LOCATION:青石镇河道'])]),
    });
    expect(digest(report)).toEqual([]);
  });
});

describe('QE-6: the office\'s 领导活动安排 record of the leader\'s trip (李明：赴青石镇调研…) and the appointment at its destination on his diary', () => {
  // 区政府办 keeps the 领导活动安排 (one entry per leader and activity): 李明：赴青石镇调研河道整治 09:00–12:00 at 青石镇; his
  // secretary's diary has 听取青石镇河长工作汇报 10:00–11:00 at 青石镇河道 — the appointment the trip is for. With the trip on
  // his diary this is no clash (guard below); with the trip recorded by his office it is a double-booking error. The
  // README's rule wants the trip on the owner's own calendar, but the record books him "the same way" as his own entry
  // (README 领导活动安排), so it is his trip.
  const files = (tripCalendar: 'gov' | 'mayor') => {
    const trip = event('rec@qe', tripCalendar === 'gov' ? '李明：赴青石镇调研河道整治' : '赴青石镇调研河道整治', '20250312T090000', '20250312T120000', ['LOCATION:青石镇']);
    const appt = event('appt@qe', '听取青石镇河长工作汇报', '20250312T100000', '20250312T110000', ['LOCATION:青石镇河道']);
    return { 'gov.ics': vcalendar(tripCalendar === 'gov' ? trip : []), 'mayor.ics': vcalendar([...(tripCalendar === 'mayor' ? trip : []), ...appt]) };
  };
  const peopleOnly = { ...raw, rules: [{ id: 'people', kind: 'no-double-booking' }] };

  test('guard: the trip on his own diary — no double booking', () => {
    expect(digest(run(peopleOnly, files('mayor')))).toEqual([]);
  });

  test('the trip on the office\'s 领导活动安排 — no double booking either', () => {
    expect(digest(run(peopleOnly, files('gov')))).toEqual([]);
  });
});
