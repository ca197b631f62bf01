/**
 * QA 2026d (round 4: regressions and incomplete fixes) — routine rules (working-days, cadence, coverage) after this
 * session's fixes. Each `test.failing` pins an open bug listed in /work/notes/qa-2026d.md under its QD id, naming the
 * commit it comes from; flip it to `test` when the bug is fixed.
 */
import { ofKind, run, vcalendar } from './harness.js';

const stamp = 'DTSTAMP:20261101T000000Z';

function event(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, stamp, `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

const twoOffices = (rules: unknown[]) => ({
  timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
  calendars: [{ id: 'a', file: 'a.ics', office: '区委办', level: 'district' }, { id: 'b', file: 'b.ics', office: '区政府办', level: 'district' }],
  rules,
});

describe('QD-1: working-days and a joint meeting whose two copies (one UID, one SEQUENCE) disagree on the day', () => {
  const rules = [{ id: 'w', kind: 'working-days', event: { level: 'district' } }];
  const joint = (first: string, second: string) => run(twoOffices(rules), {
    'a.ics': vcalendar(event('j1@jb.gov.example', '全区安全生产联席会议', `${first}T090000`, `${first}T110000`)),
    'b.ics': vcalendar(event('j1@jb.gov.example', '全区安全生产联席会议', `${second}T090000`, `${second}T110000`)),
  });

  test('control: the Saturday copy written first (12 Dec, then Monday 14 Dec) is a holiday warning', () => {
    expect(ofKind(joint('20261212', '20261214'), 'holiday').map((f) => f.data.date)).toEqual(['2026-12-12']);
  });

  // QD-1 (fixed by b6dafba: judged copy by copy before merging copies; over-correction of 0349ef8, QC-17/QC-27, src/rules/working-days.ts + event-data.ts oncePerMeeting): working-days
  // now keeps only the earlier of two copies that disagree on the time. README (no-double-booking): copies with the same
  // SEQUENCE that disagree on the time "both keep booking — nothing says which is right, and either time may clash". When
  // 区委办 wrote Friday 11 Dec and 区政府办 Saturday 12 Dec, the Saturday copy is no longer judged: its holiday warning is
  // gone (it is reported when the Saturday copy happens to be the earlier one, control above).
  test('QD-1: the Saturday copy written second (Friday 11 Dec, then Saturday 12 Dec) is still a holiday warning', () => {
    expect(ofKind(joint('20261211', '20261212'), 'holiday').map((f) => f.data.date)).toEqual(['2026-12-12']);
  });
});

describe('QD-4: quiet-period and a start-only meeting (end = start) held while the 人代会 sits', () => {
  const li = 'ATTENDEE;CN=李明:mailto:liming@jb.gov.example';
  const quiet = (during: unknown) => ({
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] }],
    calendars: [{ id: 'rd', file: 'rd.ics', office: '区人大办', level: 'district' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'q', kind: 'quiet-period', event: { calendar: 'gov' }, during }],
  });
  const session = vcalendar(event('s1@jb.gov.example', '江滨区第十九届人民代表大会第六次会议', '20261214T090000', '20261216T170000'));
  const startOnly = ['BEGIN:VEVENT', 'UID:g1@jb.gov.example', stamp, 'SUMMARY:区政府专题会', 'DTSTART;TZID=Asia/Shanghai:20261215T090000', li, 'LOCATION:区政府大楼第一会议室', 'END:VEVENT'];
  const timed = event('g1@jb.gov.example', '区政府专题会', '20261215T090000', '20261215T100000', [li, 'LOCATION:区政府大楼第一会议室']);

  test('control: the same meeting with its end (09:00–10:00) is reported', () => {
    const report = run(quiet({ summary: '人民代表大会' }), { 'rd.ics': session, 'gov.ics': vcalendar(timed) });
    expect(ofKind(report, 'quiet-period').map((f) => f.data.event)).toEqual(['区政府专题会']);
  });

  // QD-4 (under-correction of 7b1e66f, QB-34; src/rules/quiet-period.ts `o.end > o.start` in both branches): since QB-34 a
  // start-only meeting with attendees and a place (an OA export of “会议时间：上午9:00”) is the instant it starts, and the
  // attendance rules see it (start-only-events now says so). quiet-period still drops every zero-length meeting, so a
  // 区政府专题会 convened on the second day of the 人代会 — with 李明 and a room — passes the quiet period silently.
  test.each([
    ['a during selector', { summary: '人民代表大会' }],
    ['during dates', { from: '2026-12-14', to: '2026-12-16' }],
  ])('QD-4: the start-only meeting (09:00, attendee and room) is reported — %s', (_label, during) => {
    const report = run(quiet(during), { 'rd.ics': session, 'gov.ics': vcalendar(startOnly) });
    expect(ofKind(report, 'quiet-period').map((f) => f.data.event)).toEqual(['区政府专题会']);
  });
});

describe('QD-6: working-days and a real meeting on the duty calendar a coverage rule checks', () => {
  const raw = (rules: unknown[]) => ({
    timezone: 'Asia/Shanghai', window: { from: '2026-12-07', to: '2026-12-13' },
    calendars: [{ id: 'duty', file: 'duty.ics', office: '总值班室', level: 'district' }],
    rules,
  });
  const duty = vcalendar([
    ...event('d1@jb.gov.example', '值班：李明', '20261201T083000', '20261202T083000', ['RRULE:FREQ=DAILY']),
    ...event('m1@jb.gov.example', '节前安全生产工作部署会', '20261212T090000', '20261212T100000', ['ATTENDEE;CN=王强:mailto:wangqiang@jb.gov.example', 'LOCATION:区政府大楼第一会议室']),
  ]);
  const holidays = (rules: unknown[]) => ofKind(run(raw(rules), { 'duty.ics': duty }), 'holiday').filter((f) => f.data.event === '节前安全生产工作部署会').map((f) => f.data.date);

  test('control: without a coverage rule the Saturday 部署会 is a holiday warning', () => {
    expect(holidays([{ id: 'w', kind: 'working-days', event: { level: 'district' } }])).toEqual(['2026-12-12']);
  });

  // QD-6 (over-correction of 5fc9350, QC-10; src/rules/working-days.ts `rosters`): every occurrence of a calendar a coverage
  // rule checks is exempt from working-days, not only its shifts. The 总值班室 calendar also holds the office's own meetings
  // (a 部署会 with attendees and a room, named no duty): with the coverage rule on, the Saturday meeting's holiday warning is
  // gone. Exempt what names a duty (coverage's NAMES_DUTY: 值班/带班/白班/夜班 …) or has no attendee and no place, not a meeting.
  test('QD-6: with the coverage rule on, the Saturday 部署会 is still a holiday warning', () => {
    expect(holidays([{ id: 'cov', kind: 'coverage', calendar: 'duty' }, { id: 'w', kind: 'working-days', event: { level: 'district' } }])).toEqual(['2026-12-12']);
  });
});
