/**
 * QA 2026c (fresh-eyes QA, round 3): the leader's week as the offices see it — travel between the district's
 * sites, rooms, required leaders, deputies. Each `test.failing` pins an open bug listed in
 * /work/notes/qa-2026c.md under its QC id; flip it to `test` when the bug is fixed.
 */
import { ofKind, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';
const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
const people = [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长', '总河长'] }];

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

describe('QC-4: travel times configured between buildings and sites (区政府大楼 ↔ 青石镇政府), meetings in their rooms', () => {
  const rooms = [{ name: '区政府大楼第一会议室' }, { name: '青石镇政府三楼会议室' }];
  const files = { 'gov.ics': vcalendar([
    ...event('a@jb', '区政府专题会', '20261215T090000', '20261215T110000', [li, 'LOCATION:区政府大楼第一会议室']),
    ...event('b@jb', '青石镇现场调研', '20261215T113000', '20261215T123000', [li, 'LOCATION:青石镇政府三楼会议室']),
  ]) };
  const raw = (travel: readonly { from: string; to: string; minutes: number }[]) => ({
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people, locations: rooms, travel,
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'tr', kind: 'travel-time', defaultMinutes: 30 }],
  });

  test('control: the same 60 minutes written between the two rooms give a travel-time warning (30 minutes left)', () => {
    const report = run(raw([{ from: '区政府大楼第一会议室', to: '青石镇政府三楼会议室', minutes: 60 }]), files);
    expect(ofKind(report, 'travel-time').map((f) => [f.data.gapMinutes, f.data.neededMinutes])).toEqual([[30, 60]]);
  });

  // QC-4: a district writes its travel table between buildings and sites, not between every pair of rooms; the tool
  // already reads the building of a room from its name (区政府大楼第一会议室 → 区政府大楼, for "no travel inside one
  // building"), but a travel[] entry between the buildings matches no room: the 30-minute default applies, the trip of
  // 60 minutes is not seen, and the config validation says nothing about an entry that can never apply.
  test('QC-4: 60 minutes written between the buildings apply to their rooms', () => {
    const report = run(raw([{ from: '区政府大楼', to: '青石镇政府', minutes: 60 }]), files);
    expect(ofKind(report, 'travel-time').map((f) => [f.data.gapMinutes, f.data.neededMinutes])).toEqual([[30, 60]]);
  });

  // QC-4 (the other way): 5 minutes on foot between 区委大楼 and 区政府大楼 next door; a 10-minute gap between rooms of the two
  // buildings is plenty, yet the 30-minute default gives a travel-time warning “路上至少需要 30 分钟”.
  test('QC-4: 5 minutes written between two neighbouring buildings apply to their rooms (no warning for a 10-minute gap)', () => {
    const report = run({
      timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
      locations: [{ name: '区政府大楼第一会议室' }, { name: '区委大楼301会议室' }], travel: [{ from: '区委大楼', to: '区政府大楼', minutes: 5 }],
      calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
      rules: [{ id: 'tr', kind: 'travel-time', defaultMinutes: 30 }],
    }, { 'gov.ics': vcalendar([
      ...event('c@jb', '区委专题会', '20261216T090000', '20261216T100000', [li, 'LOCATION:区委大楼301会议室']),
      ...event('d@jb', '区政府常务会', '20261216T101000', '20261216T110000', [li, 'LOCATION:区政府大楼第一会议室']),
    ]) });
    expect(ofKind(report, 'travel-time')).toEqual([]);
  });
});

describe('QC-9: an attendee identified by the RFC 7986 EMAIL parameter (Apple / CalDAV servers: `EMAIL=…:urn:uuid:…`)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const gov = vcalendar(event('g@jb', '区政府专题会', '20261210T090000', '20261210T110000', [li]));
  const party = (attendee: string) => vcalendar(event('p@jb', '区委专题会', '20261210T100000', '20261210T120000', [attendee]));

  test('control: the same person as mailto: is double-booked', () => {
    expect(ofKind(run(raw, { 'gov.ics': gov, 'party.ics': party('ATTENDEE;CN=Li Ming:mailto:liming@jb.gov.example') }), 'double-booking')).toHaveLength(1);
  });

  // QC-9: RFC 7986 §6.2 — EMAIL "specifies an email address that is used to identify or contact an organizer or attendee"
  // when the calendar user address is not a mailto: (iCloud / CalDAV principals `urn:uuid:…`). The parameter is not read:
  // the attendee is `unknown:urn:uuid:…` (or the CN, when it happens to be the directory name), the double booking is missed.
  test.each([
    ['CN in Latin letters', 'ATTENDEE;CN=Li Ming;EMAIL=liming@jb.gov.example:urn:uuid:5d1a6f0e-0000-4000-8000-000000000001'],
    ['no CN', 'ATTENDEE;EMAIL="liming@jb.gov.example":urn:uuid:5d1a6f0e-0000-4000-8000-000000000001'],
  ])('QC-9: EMAIL=liming@… on a urn:uuid attendee is 李明 (%s)', (_label, attendee) => {
    expect(ofKind(run(raw, { 'gov.ics': gov, 'party.ics': party(attendee) }), 'double-booking')).toHaveLength(1);
  });
});

describe('QC-11: an office\'s 领导活动安排 calendar whose entries open with the leader\'s name (“李明：赴青石镇调研”), no ATTENDEE', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'acts', file: 'acts.ics', office: '区委办', level: 'district', name: '区领导活动安排' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const gov = vcalendar(event('g@jb', '区政府专题会', '20261210T100000', '20261210T120000', [li]));

  test('control: the same entry with 出席领导 in DESCRIPTION books him (QB-29)', () => {
    const acts = vcalendar(event('a@jb', '赴青石镇调研', '20261210T090000', '20261210T110000', ['DESCRIPTION:出席领导：李明']));
    expect(ofKind(run(raw, { 'acts.ics': acts, 'gov.ics': gov }), 'double-booking')).toHaveLength(1);
  });

  // QC-11: the usual shape of a 区委办/区政府办 “领导活动安排” published schedule is one entry per leader and activity, titled
  // “李明：赴青石镇调研” / “【李明】…”, with no ATTENDEE and no 出席领导 line. Nobody is booked (the calendar gets the
  // no-attendees info), so the clash with the 区政府专题会 李明 is invited to is missed.
  test.each(['李明：赴青石镇调研', '【李明】赴青石镇调研'])('QC-11: “%s” books 李明', (summary) => {
    const acts = vcalendar(event('a@jb', summary, '20261210T090000', '20261210T110000'));
    expect(ofKind(run(raw, { 'acts.ics': acts, 'gov.ics': gov }), 'double-booking')).toHaveLength(1);
  });
});

describe('QC-12: the duty roster\'s 值班领导 / 领导值班 entry (the leader on duty for the day, like 带班)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const gov = vcalendar(event('g@jb', '区政府专题会', '20261210T100000', '20261210T120000', [li]));

  test('control (QB-19): the 24-hour 带班领导 entry books nobody', () => {
    const duty = vcalendar(event('d@duty', '带班领导：李明', '20261210T083000', '20261211T083000', [li]));
    expect(ofKind(run(raw, { 'duty.ics': duty, 'gov.ics': gov }), 'double-booking')).toEqual([]);
  });

  test('control: a night shift that names him (夜班值班：李明) still books him when it overlaps', () => {
    const duty = vcalendar(event('d@duty', '夜班值班：李明', '20261210T090000', '20261210T173000', [li]));
    expect(ofKind(run(raw, { 'duty.ics': duty, 'gov.ics': gov }), 'double-booking')).toHaveLength(1);
  });

  // QC-12: 值班领导 / 领导值班 is the usual name of the same duty as 带班领导 — the district leader in charge of the day,
  // reachable and working as usual (值班领导：李明；值班员：张三) — yet only 带班 is exempted: the 24-hour entry is a
  // double-booking *error* with every meeting of his day.
  test.each(['值班领导：李明', '领导值班：李明'])('QC-12: “%s” (08:30 → 08:30) does not double-book him with his 10:00 meeting', (summary) => {
    const duty = vcalendar(event('d@duty', summary, '20261210T083000', '20261211T083000', [li]));
    expect(ofKind(run(raw, { 'duty.ics': duty, 'gov.ics': gov }), 'double-booking')).toEqual([]);
  });
});

describe('QC-20: an OA 会议通知 naming the chair (主持：李明) in DESCRIPTION, no ATTENDEE', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'oa', file: 'oa.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const party = vcalendar(event('p@jb', '区委常委会会议', '20261210T100000', '20261210T120000', [li]));
  const notice = (description: string) => vcalendar(event('o@jb', '区政府专题会', '20261210T090000', '20261210T110000', [`DESCRIPTION:${description}`]));

  test.each(['出席领导：李明', '与会人员：李明、王芳', '参会对象：李明'])('control: “%s” books him (QB-29)', (description) => {
    expect(ofKind(run(raw, { 'oa.ics': notice(description), 'party.ics': party }), 'double-booking')).toHaveLength(1);
  });

  // QC-20: a 会议通知 names its chair on a line of its own — 主持：李明 / 主持人：李明 / 会议主持：李明同志 — before 出席/参会 lines
  // that list the others; the chair is the one person certainly there, yet these labels are not read (nor the bracketed
  // 【出席领导】李明 form): his clash with the 区委常委会会议 is missed.
  test.each(['主持：李明', '主持人：李明', '会议主持：李明同志', '【出席领导】李明'])('QC-20: “%s” books him', (description) => {
    expect(ofKind(run(raw, { 'oa.ics': notice(description), 'party.ics': party }), 'double-booking')).toHaveLength(1);
  });
});

describe('QC-21: the leader convenes the meeting and his secretary sends it on his behalf (ORGANIZER;SENT-BY=…, Outlook delegate access)', () => {
  const wang = 'ATTENDEE;CN=王芳:mailto:wangfang@jb.gov.example';
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    people: [...people, { id: 'wang', name: '王芳', aliases: ['mailto:wangfang@jb.gov.example'] }],
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'zhz', kind: 'required-attendance', event: { summary: '河长制' }, people: ['role:总河长'] }],
  };
  const party = vcalendar(event('p@jb', '区委常委会', '20261210T100000', '20261210T120000', [li]));
  const convened = (organizer: string) => vcalendar(event('g@jb', '全区河长制工作会议', '20261210T090000', '20261210T110000', [organizer, wang]));

  test('control: listed as an ATTENDEE too, he is double-booked, and required-busy', () => {
    const report = run(raw, { 'gov.ics': convened(`ORGANIZER;CN=李明:mailto:liming@jb.gov.example\r\n${li}`), 'party.ics': party });
    expect(report.findings.map((f) => f.kind).sort()).toEqual(['double-booking', 'required-busy']);
  });

  // QC-21: RFC 5545 §3.2.18 SENT-BY "specifies the calendar user that is acting on behalf of the calendar user specified by
  // the property": the ORGANIZER is 李明 himself, convening his 河长制 meeting, with 秘书 sending it (Outlook writes it so
  // for delegates, and does not repeat the organizer as an ATTENDEE). The README's reason for not booking an organizer
  // (the 办公室 director who sends invitations for the leaders) is exactly what SENT-BY rules out. Actual: required-missing
  // (error) “李明 应出席…但不在参会人员中” and no double booking with the 区委常委会.
  test('QC-21: ORGANIZER 李明 with SENT-BY his secretary attends: double-booking and required-busy, no required-missing', () => {
    const report = run(raw, { 'gov.ics': convened('ORGANIZER;CN=李明;SENT-BY="mailto:mishu@jb.gov.example":mailto:liming@jb.gov.example'), 'party.ics': party });
    expect(report.findings.map((f) => f.kind).sort()).toEqual(['double-booking', 'required-busy']);
  });
});

describe('QC-25: the leader\'s calendar shared as free/busy only (“仅显示忙闲”: every entry titled 忙碌 / Busy, own UIDs)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'mayor', file: 'mayor.ics', owner: 'li', name: '李明（仅忙闲）' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const gov = vcalendar(event('g@jb.gov.example', '区政府专题会', '20261214T100000', '20261214T110000', [li, 'LOCATION:区政府大楼第一会议室']));
  const busy = (summary: string, start: string, end: string) => vcalendar(event(`fb-${start}@outlook.example`, summary, start, end));

  test('control: a 忙碌 block at another time that overlaps the meeting is a double booking', () => {
    expect(ofKind(run(raw, { 'gov.ics': gov, 'mayor.ics': busy('忙碌', '20261214T093000', '20261214T103000') }), 'double-booking')).toHaveLength(1);
  });

  // QC-25: an availability-only export (Outlook "仅忙闲" publishing, shared free/busy views) writes each of his meetings as
  // 忙碌 / Busy at its exact times, under UIDs of its own. Each meeting he attends is then a double-booking *error* with
  // its own busy block: “李明 同时被安排在“区政府专题会”（12月14日 10:00–11:00）和“忙碌”（12月14日 10:00–11:00）”. A bare
  // busy-status title at exactly the times of a meeting he takes part in is that meeting seen through free/busy (the QB-15
  // family — his diary's entry of the meeting in other words — but with a title that names no meeting at all).
  test.each(['忙碌', 'Busy'])('QC-25: a “%s” block at exactly the meeting\'s times is no double booking', (summary) => {
    expect(ofKind(run(raw, { 'gov.ics': gov, 'mayor.ics': busy(summary, '20261214T100000', '20261214T110000') }), 'double-booking')).toEqual([]);
  });
});

describe('QC-29: regression of the QC-11 fix (8ce7ad8) — the 领导活动安排 entry of a meeting the leader attends (“李明：出席全区河长制工作会议”)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people, locations: [{ name: '区政府大楼第一会议室' }],
    calendars: [{ id: 'acts', file: 'acts.ics', office: '区委办', level: 'district', name: '区领导活动安排' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'v', kind: 'venue' }, { id: 'zhz', kind: 'required-attendance', event: { summary: '河长制' }, people: ['role:总河长'] }],
  };
  const gov = vcalendar(event('g@jb', '全区河长制工作会议', '20261210T090000', '20261210T110000', [li, 'LOCATION:区政府大楼第一会议室']));

  // QC-29: since QC-11 an activity entry titled with the leader's name books him — and the activity list's main content
  // is the meetings the leaders attend, at those meetings' times. “李明：全区河长制工作会议” (the meeting's exact title
  // after the name), “李明：出席…”, “李明：主持召开…” are now a double-booking *error* with the meeting itself, a venue error
  // when the room is given, and required-busy (“…但同一时间已安排“李明：出席全区河长制工作会议””). Expected: his attendance
  // of that meeting (a copy: the name head, then the title, optionally after 出席/参加/主持召开, at the same times).
  test.each([
    ['李明：全区河长制工作会议', []],
    ['李明：主持召开全区河长制工作会议', []],
  ] as const)('QC-29: “%s” at the meeting\'s times gives no finding', (summary, extra) => {
    const acts = vcalendar(event('a@jb', summary, '20261210T090000', '20261210T110000', extra));
    expect(run(raw, { 'acts.ics': acts, 'gov.ics': gov }).findings.map((f) => f.kind)).toEqual([]);
  });
});

describe('QC-32: incomplete QB-37 fix — titles that say the meeting is postponed, moved, withdrawn or void (延期/改期/撤销/作废/暂停)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'oa', file: 'oa.ics', office: '区政府办', level: 'district' }, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const party = vcalendar(event('p@jb', '区委常委会会议', '20261217T100000', '20261217T120000', [li]));
  const oa = (summary: string) => vcalendar(event('o@jb', summary, '20261217T090000', '20261217T110000', [li]));

  test.each(['【已取消】区政府专题会', '区政府专题会（取消）', 'Cancelled: 区政府专题会'])('control (QB-37): “%s” books nobody', (summary) => {
    expect(ofKind(run(raw, { 'oa.ics': oa(summary), 'party.ics': party }), 'double-booking')).toEqual([]);
  });

  // QC-32: OA systems without a STATUS field mark the old entry of a postponed or moved meeting in its title and create a
  // new one: “区政府专题会（已延期）” (already in QB-37's report), “【改期】…”, “…（已改期）”, or withdraw it: “已撤销：…”, “…【作废】”;
  // and Chinese mail clients prefix a cancelled meeting “取消：…”. Each still books 李明: double-booking *error*.
  test.each(['区政府专题会（已延期）', '区政府专题会（已改期）', '已撤销：区政府专题会', '区政府专题会【作废】'])(
    'QC-32: “%s” books nobody', (summary) => {
      expect(ofKind(run(raw, { 'oa.ics': oa(summary), 'party.ics': party }), 'double-booking')).toEqual([]);
    });

  // Lead's decision (QC-32): a bare 【改期】 heads the rescheduled meeting's own entry (“【改期】区政府专题会” at its new time) as
  // often as the old one's; reading it as cancelled would hide the new time's clashes. Only 已改期 (“has been moved”) says
  // the entry is the old one.
  // Likewise a bare “取消：” prefix names a subject as often as a status (取消：行政审批事项清理): only 已取消： counts.
  test.each(['【改期】区政府专题会', '取消：区政府专题会'])('QC-32: “%s” still books (lead\'s decision: ambiguous marker)', (summary) => {
    expect(ofKind(run(raw, { 'oa.ics': oa(summary), 'party.ics': party }), 'double-booking')).toHaveLength(1);
  });
});

describe('QC-33: invisible characters in a title pasted from a notice or a WeChat article (U+200B zero-width space, U+00AD soft hyphen)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }, { id: 'zhz', kind: 'required-attendance', event: { summary: '河长制' }, people: ['role:总河长'] }],
  };
  const wang = 'ATTENDEE;CN=王芳:mailto:wangfang@jb.gov.example';

  test('control: the plain title is selected (required-missing: 李明 not invited)', () => {
    const report = run(raw, { 'gov.ics': vcalendar(event('g@jb', '全区河长制工作会议', '20261210T090000', '20261210T110000', [wang])), 'mayor.ics': vcalendar([]) });
    expect(report.findings.map((f) => f.kind)).toEqual(['required-missing']);
  });

  // QC-33: the title looks exactly like 全区河长制工作会议 on every screen, but holds U+200B (or U+00AD) inside 河长制: the selector
  // `河长制` does not match, so the required 总河长 is never checked (nothing reported), and the leader's own entry
  // “全区河长制工作会议” at the same times is not his copy of it: double-booking (error) + required-busy. NFKC keeps these
  // format characters (Unicode category Cf); they should be dropped before selectors and copy matching.
  test.each([['U+200B', '全区河\u200b长制工作会议'], ['U+00AD', '全区河长\u00ad制工作会议']])('QC-33: a title with %s is selected as 河长制', (_label, title) => {
    const report = run(raw, { 'gov.ics': vcalendar(event('g@jb', title, '20261210T090000', '20261210T110000', [wang])), 'mayor.ics': vcalendar([]) });
    expect(report.findings.map((f) => f.kind)).toEqual(['required-missing']);
  });

  test('QC-33: the leader\'s “全区河长制工作会议” is his copy of “全区河\u200b长制工作会议” (no double booking)', () => {
    const report = run(raw, {
      'gov.ics': vcalendar(event('g@jb', '全区河\u200b长制工作会议', '20261210T090000', '20261210T110000', [li])),
      'mayor.ics': vcalendar(event('m@jb', '全区河长制工作会议', '20261210T090000', '20261210T110000')),
    });
    expect(report.findings.map((f) => f.kind)).toEqual([]);
  });

  test('QC-33: a room written “区政府大楼\\u200b第一会议室” is the configured room (venue)', () => {
    const report = run({ ...raw, locations: [{ name: '区政府大楼第一会议室' }], rules: [{ id: 'v', kind: 'venue' }],
      calendars: [...raw.calendars, { id: 'party', file: 'party.ics', office: '区委办', level: 'district' }] }, {
      'gov.ics': vcalendar(event('g@jb', '区政府专题会', '20261210T090000', '20261210T110000', ['LOCATION:区政府大楼第一会议室'])),
      'mayor.ics': vcalendar([]),
      'party.ics': vcalendar(event('p@jb', '区委专题会', '20261210T100000', '20261210T120000', ['LOCATION:区政府大楼\u200b第一会议室'])),
    });
    expect(ofKind(report, 'venue')).toHaveLength(1);
  });
});

describe('QC-40: regression of the QB-34 fix (7b1e66f) — a bare deadline or reminder (DTSTART only, no attendee, no place) on the leader\'s own calendar', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }, { id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const gov = vcalendar(event('g@jb', '区政府常务会议', '20261215T160000', '20261215T180000', [li, 'LOCATION:区政府大楼第一会议室']));
  const instant = (summary: string, extra: readonly string[] = []) =>
    vcalendar(['BEGIN:VEVENT', 'UID:m@jb', stamp, `SUMMARY:${summary}`, 'DTSTART;TZID=Asia/Shanghai:20261215T170000', ...extra, 'END:VEVENT']);

  test('control (QB-34): a start-only entry with a place (接机 at the airport at 17:00) clashes with his 16:00–18:00 meeting', () => {
    expect(ofKind(run(raw, { 'gov.ics': gov, 'mayor.ics': instant('接机（王书记）', ['LOCATION:机场']) }), 'double-booking')).toHaveLength(1);
  });

  // QC-40: since QB-34 a start-only event is the instant [t, t] and clashes with what holds t. The README keeps "a bare reminder
  // or deadline is an instant on purpose" (no attendee, no place: not counted in start-only-events), but on a personal calendar
  // the owner "attends" it, so 报送年度总结材料截止 / 提醒：准备讲话稿 at 17:00 is now a double-booking *error* with the meeting he
  // sits in from 16:00 to 18:00 — “李明 同时被安排在“区政府常务会议”…和“报送年度总结材料截止”…”.
  // QC-40 (fixed: commitment.ts marksMoment — a bare instant books nobody).
  test.each(['报送年度总结材料截止', '提醒：准备讲话稿'])('QC-40: “%s” at 17:00 is no double booking', (summary) => {
    expect(ofKind(run(raw, { 'gov.ics': gov, 'mayor.ics': instant(summary) }), 'double-booking')).toEqual([]);
  });
});

describe('QC-41: over-correction in the QC-29 fix (35f204f) — the activity entry of a meeting that is on no loaded calendar (the province\'s, the city\'s)', () => {
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' }, people,
    calendars: [{ id: 'acts', file: 'acts.ics', office: '区委办', level: 'district', name: '区领导活动安排' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'people', kind: 'no-double-booking' }],
  };
  const gov = vcalendar(event('g@jb', '区政府专题会', '20261210T100000', '20261210T120000', [li]));
  const acts = (summary: string) => vcalendar(event('a@jb', summary, '20261210T090000', '20261210T120000'));

  test('control: his own activity (李明：赴青石镇调研) still books him', () => {
    expect(ofKind(run(raw, { 'acts.ics': acts('李明：赴青石镇调研'), 'gov.ics': gov }), 'double-booking')).toHaveLength(1);
  });

  // QC-41: since 35f204f an entry about attending a meeting (李明：出席…/参加…/主持召开…) books nobody, on the ground that "the meeting
  // books him on its own calendar". For the province's or the city's meeting that holds only when that calendar is configured;
  // the activity list is often the district's only record of a leader summoned to 全省经济工作会议. His clash with the 区政府专题会
  // at 10:00 is missed. Expected: the entry is his copy of a meeting that is there (QC-29), and a booking when none is.
  test.each(['李明：出席全省经济工作会议', '李明：参加全市重点项目观摩会'])('QC-41: “%s” (no such meeting loaded) books him', (summary) => {
    expect(ofKind(run(raw, { 'acts.ics': acts(summary), 'gov.ics': gov }), 'double-booking')).toHaveLength(1);
  });
});

