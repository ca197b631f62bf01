/**
 * QA 2026f (round 6) — the 总值班室 roster across 春节 2027. `test.failing` ones pin open bugs under their QF id
 * (see /work/notes/qa-2026f.md).
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

function timed(uid: string, summary: string, start: string, end: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, 'END:VEVENT'];
}

function allDay(uid: string, summary: string, day: string, next: string): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`, 'END:VEVENT'];
}

/**
 * 1–14 February 2027: working days have 白班 08:30–17:30 and 夜班 17:30–08:30; the holiday days 5–11 February are
 * entered as whole days (“值班：张伟”), one person a day, as the office keeps its 春节 duty in Outlook.
 */
function roster(): string {
  const body: string[] = [];
  for (let d = 1; d <= 14; d += 1) {
    const day = `202702${String(d).padStart(2, '0')}`;
    const next = `202702${String(d + 1).padStart(2, '0')}`;
    if (d >= 5 && d <= 11) body.push(...allDay(`h${d}@qf`, '值班：张伟', day, next));
    else body.push(...timed(`d${d}@qf`, '值班：王芳', `${day}T083000`, `${day}T173000`), ...timed(`n${d}@qf`, '值班：李强', `${day}T173000`, `${next}T083000`));
  }
  return vcalendar(body);
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2027-02-02', to: '2027-02-13' },
  calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
  rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
};

describe('QF-5: a roster with timed shifts on working days and whole-day duty over 春节 has a false gap where the holiday ends', () => {
  // The whole-day entry is read as 00:00–24:00. On 12 February the first working day's 白班 starts at 08:30, so
  // “duty 在 2月12日 00:00–08:30 无人值班” is an *error*; on 5 February the night shift of the 4th (to 08:30) and the whole
  // day overlap (info). The office means the day's duty as its own rhythm — handed over at 08:30 like every shift —
  // and nobody is missing on the night of 11/12 February: 张伟 has the duty of the 11th until the 白班 relieves him.
  test('no coverage-gap on the night the holiday duty hands back to the timed shifts', () => {
    expect(ofKind(run(raw, { 'duty.ics': roster() }), 'coverage-gap')).toEqual([]);
  });

  test('guard: the same roster with a day of the holiday left out has a gap', () => {
    const body = roster().replace(/BEGIN:VEVENT\r\nUID:h8@qf[\s\S]*?END:VEVENT\r\n/, '');
    expect(digest(run(raw, { 'duty.ics': body }))).toContain('coverage-gap duty h7@qf h9@qf');
  });
});

describe('QF-15: the leader\'s own holiday duty on his diary (春节期间带班, 值班, 带班领导：李明) is a `holiday` warning “当天是法定节假日”', () => {
  // README (working-days): the shifts of a duty calendar that a coverage rule checks are no meetings — "a roster is staffed
  // on holidays and at night by design". The leaders' 春节 带班 is on their own diaries too (the office's roster lists
  // them, their secretaries copy it). On 李明's diary (owner li) each such entry on 5–8 February 2027 (春节, fixed by
  // law) is a warning that a meeting falls on a statutory holiday. Duty on a holiday is the point of duty.
  const diaryRaw = {
    timezone: 'Asia/Shanghai', window: { from: '2027-02-01', to: '2027-02-28' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jiangbin.linjiang.example'], roles: ['区长'] }],
    calendars: [{ id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
    rules: [{ id: 'wd', kind: 'working-days', event: { level: 'district' }, hours: { start: '08:30', end: '17:30' } }],
  };

  test.each([
    ['春节期间带班', allDay('duty@qf', '春节期间带班', '20270205', '20270206')],
    ['值班 08:30–17:30', timed('duty@qf', '值班', '20270206T083000', '20270206T173000')],
    ['带班领导：李明 08:30–17:30', timed('duty@qf', '带班领导：李明', '20270207T083000', '20270207T173000')],
  ])('%s on 李明\'s diary during 春节: no holiday warning', (_name, entry) => {
    expect(digest(run(diaryRaw, { 'mayor.ics': vcalendar(entry) }))).toEqual([]);
  });

  test('guard: a meeting on his diary on 6 February 2027 (春节) is a holiday warning', () => {
    const entry = [...timed('m@qf', '听取春运保障工作汇报', '20270206T090000', '20270206T100000').slice(0, -1), 'LOCATION:区政府大楼第三会议室', 'END:VEVENT'];
    expect(digest(run(diaryRaw, { 'mayor.ics': vcalendar(entry) }))).toEqual(['holiday wd m@qf']);
  });
});

describe('QF-18: quiet-period flags every 总值班室 shift during the 人代会 — “值班：王芳…与…人民代表大会…同时进行，此期间不宜安排此类会议”', () => {
  // The district's 人代会 10–13 January 2027 (all day, 区人大办); rule `quiet-period` on `{"level": "district"}` (no
  // meetings of the district during the session) plus `coverage` on the roster. working-days already leaves the shifts
  // of a coverage-checked roster alone ("a roster is staffed on holidays and at night by design"); the duty goes on
  // during the session as on any day, and is no meeting scheduled into it — yet each 24-hour shift is a warning.
  const raw2 = {
    timezone: 'Asia/Shanghai', window: { from: '2027-01-09', to: '2027-01-14' },
    calendars: [
      { id: 'npc', file: 'npc.ics', office: '区人大办', level: 'district' },
      { id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' },
    ],
    rules: [
      { id: 'quiet', kind: 'quiet-period', event: { level: 'district' }, during: { summary: '人民代表大会' } },
      { id: 'duty', kind: 'coverage', calendar: 'duty' },
    ],
  };
  const session = vcalendar(allDay('npc@qf', '江滨区第十九届人民代表大会第七次会议', '20270110', '20270114'));
  const shifts: string[] = [];
  for (let d = 8; d <= 14; d += 1) {
    shifts.push(...timed(`s${d}@qf`, '值班：王芳', `202701${String(d).padStart(2, '0')}T083000`, `202701${String(d + 1).padStart(2, '0')}T083000`));
  }

  test('no quiet-period finding for the roster\'s shifts', () => {
    expect(digest(run(raw2, { 'npc.ics': session, 'duty.ics': vcalendar(shifts) })).filter((d) => d.startsWith('quiet-period'))).toEqual([]);
  });

  test('guard: a 部署会 the 总值班室 convenes with attendees in a room during the session is flagged', () => {
    const meetingEntry = [...timed('m@qf', '节前值班工作部署会', '20270111T150000', '20270111T160000').slice(0, -1),
      'LOCATION:区政府大楼第一会议室', 'ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:mailto:liming@jiangbin.linjiang.example', 'END:VEVENT'];
    expect(digest(run(raw2, { 'npc.ics': session, 'duty.ics': vcalendar([...shifts, ...meetingEntry]) }))).toContain('quiet-period quiet m@qf npc@qf');
  });
});

describe('QF-19: an OA roster whose evening shift ends `T240000` (24:00, end of day) loses the shift\'s end: a `coverage-gap` *error* 17:30–24:00 every night', () => {
  // 白班 08:30–17:30, 前夜 17:30–24:00 (`DTEND;TZID=Asia/Shanghai:20261228T240000`), 后夜 00:00–08:30 — the OA writes the
  // end of day as 24:00, which ISO 8601 allows (and the config's own `hours` accept, “ending 24:00”). RFC 5545 time has
  // hours 00–23, so the loader warns `invalid-date-value` and reads the shift as an instant: “duty 在 12月28日 17:30–12月29日
  // 00:00 无人值班（空档 6小时30分钟）” (error) every night. QC-1 made 23:59 / 23:59:59 ends mean midnight; 24:00 is the
  // same end written the other way.
  test('no coverage-gap for 17:30–24:00 followed by 00:00–08:30', () => {
    const body: string[] = [];
    for (let d = 28; d <= 30; d += 1) {
      const day = `202612${d}`;
      const next = `202612${d + 1}`;
      body.push(
        ...timed(`a${d}@qf`, '值班：王芳', `${day}T083000`, `${day}T173000`),
        ...timed(`b${d}@qf`, '值班：李强', `${day}T173000`, `${day}T240000`),
        ...timed(`c${d}@qf`, '值班：张伟', `${next}T000000`, `${next}T083000`),
      );
    }
    const raw3 = {
      timezone: 'Asia/Shanghai', window: { from: '2026-12-28', to: '2026-12-30' },
      calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
      rules: [{ id: 'duty', kind: 'coverage', calendar: 'duty' }],
    };
    const gaps = ofKind(run(raw3, { 'duty.ics': vcalendar(body) }), 'coverage-gap').map((f) => [f.data.start.slice(0, 16), f.data.end.slice(0, 16)]);
    // The only true gap: the window opens at 00:00 on the 28th, before the first 白班 (the night of the 27th is not in the file).
    expect(gaps).toEqual([['2026-12-28T00:00', '2026-12-28T08:30']]);
  });
});
