/**
 * QA 2026d (round 4: regressions and incomplete fixes) — people read from titles and descriptions after this session's
 * fixes (8ce7ad8 QC-11/QC-20, 35f204f QC-29). Each `test.failing` pins an open bug listed in /work/notes/qa-2026d.md under
 * its QD id, naming the commit it comes from; flip it to `test` when the bug is fixed.
 */
import { ofKind, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
  calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'act', file: 'act.ics', office: '区政府办', level: 'district' }],
  rules: [{ id: 'n', kind: 'no-double-booking' }],
};
const gov = vcalendar(event('g1@jb.gov.example', '区政府常务会议', '20261210T090000', '20261210T110000', [li]));
/** The leader's activity entry (领导活动安排: no ATTENDEE) against the 常务会议 he is invited to at the same time. */
const clashes = (title: string) => ofKind(run(raw, { 'gov.ics': gov, 'act.ics': vcalendar(event('a1@jb.gov.example', title, '20261210T090000', '20261210T120000')) }), 'double-booking').map((f) => f.data.people);

describe('QD-3: a leader\'s own field activity that ends with a meeting on site (调研…并召开座谈会) books him again', () => {
  test.each(['李明：赴青石镇调研', '李明：检查安全生产工作', '李明：会见外商代表团'])('control: “%s” books 李明 (clash with the 常务会议)', (title) => {
    expect(clashes(title)).toHaveLength(1);
  });

  // QD-3 (over-correction of 35f204f, QC-29; src/people/directory.ts ABOUT_A_MEETING): the title is taken for "a meeting the
  // leader attends, booked on its own calendar" as soon as the rest holds 会议 anywhere or ends in 会 — so his own inspection
  // trip with a 座谈会/现场会/见面会 on site, which no other calendar holds, books nobody and the clash with the 常务会议 is missed.
  // The commit says "his own activities (调研, 接待, 会见, 出差) still book him". Same root as QC-41 (a meeting on no loaded
  // calendar), in the most common 调研 wording.
  test.each(['李明：赴青石镇调研并召开座谈会', '李明：赴青石镇调研防汛工作，召开现场推进会', '李明：接待省考察团并出席见面会'])(
    'QD-3: “%s” books 李明 (clash with the 常务会议)', (title) => {
      expect(clashes(title)).toHaveLength(1);
    });
});

describe('QD-10: a record of attending a loaded meeting whose calendar does not list the leader (the city\'s invitation list is its own)', () => {
  const cityRaw = {
    ...raw,
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, ...raw.calendars],
  };
  const files = (cityAttendee: string) => ({
    'city.ics': vcalendar(event('c1@city.gov.example', '全市经济工作会议', '20261210T090000', '20261210T120000', [cityAttendee])),
    'gov.ics': gov,
    'act.ics': vcalendar(event('a1@jb.gov.example', '李明：出席全市经济工作会议', '20261210T090000', '20261210T120000')),
  });

  test('control: the city meeting lists 李明 — its clash with the 常务会议 is found', () => {
    expect(ofKind(run(cityRaw, files(li)), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });

  // QD-10 (under-correction of 35f204f/dd543c2, QC-29/QC-41; src/people/directory.ts): the record “李明：出席全市经济工作会议” books
  // nobody when a meeting of that title is loaded (QC-29: the meeting books him itself). But the city's calendar lists the city's
  // people (张市长), not the district leaders it summons: then nothing books 李明 at all, and his clash with the district's
  // 区政府常务会议 is missed — the most common shape of QC-41 (the city calendar loaded, the district leader only in his own
  // activity list). The record should give way only to a loaded meeting that books *him*.
  test('QD-10: the city meeting lists only 张市长 — 李明\'s record still books him (clash with the 常务会议)', () => {
    expect(ofKind(run(cityRaw, files('ATTENDEE;CN=张市长:mailto:mayor@city.gov.example')), 'double-booking').map((f) => f.people)).toEqual([['li']]);
  });
});

describe('QD-11: a duty roster written name first (李明：值班, 【李明】值班) vs duty first (值班：李明)', () => {
  const rosterRaw = { ...raw, calendars: [raw.calendars[0]!, { id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }] };
  const kinds = (title: string) => run(rosterRaw, {
    'gov.ics': gov,
    'duty.ics': vcalendar(event('d1@jb.gov.example', title, '20261210T083000', '20261211T083000')),
  }).findings.map((f) => f.kind);

  test('control: 值班：李明 and 带班领导：李明 (24 hours, no ATTENDEE) double-book nobody', () => {
    expect([kinds('值班：李明'), kinds('带班领导：李明')]).toEqual([[], []]);
  });

  // QD-11 (over-correction of 8ce7ad8, QC-11; src/people/directory.ts SUMMARY_HEAD): the 领导活动安排 title-head reading also reads a
  // duty roster's name-first entries — “李明：值班”, “【李明】值班” on the 总值班室 calendar — as 李明's own 24-hour activity, so he is
  // double-booked (error) with every meeting of the day, while the same roster written “值班：李明” books nobody (as at d2edebb, where
  // both books nobody). QB-19/QC-12 read the leader's day on duty as no booking; the two spellings must at least agree.
  test.each(['李明：值班', '【李明】值班'])('QD-11: “%s” gives what 值班：李明 gives (no double booking)', (title) => {
    expect(kinds(title)).toEqual(kinds('值班：李明'));
  });
});

describe('QD-12: a meeting about the leaders\' duty arrangements (…领导值班工作部署会) is a meeting, not the 值班领导 roster entry', () => {
  const kinds = (title: string) => run(raw, {
    'gov.ics': gov,
    'act.ics': vcalendar(event('m1@jb.gov.example', title, '20261210T093000', '20261210T103000', [li, 'LOCATION:区政府大楼第一会议室'])),
  }).findings.map((f) => f.kind);

  test('control: a 部署会 on another subject with 李明 clashes with his 常务会议', () => {
    expect(kinds('元旦春节期间安全生产工作部署会')).toEqual(['double-booking']);
  });

  // QD-12 (over-correction of 2884a87, QC-12; src/rules/internal/commitment.ts LEADS_DUTY/leadsDuty): any title holding 值班领导 or
  // 领导值班, once those words are removed and no shift word is left, is taken for the roster's "leader in charge of the day" and
  // books nobody — on any calendar, at any length, with any attendees and room. Before every holiday the 区政府办 holds exactly
  // such a meeting (节日期间领导值班工作部署会, 领导值班安排协调会): 李明, invited, is no longer double-booked with his 常务会议.
  // A roster entry names the duty and a person (值班领导：李明), not a meeting word (会, 会议).
  test.each(['元旦春节期间领导值班工作部署会', '节日期间值班领导安排协调会'])('QD-12: “%s” with 李明 still clashes with his 常务会议', (title) => {
    expect(kinds(title)).toEqual(['double-booking']);
  });
});
