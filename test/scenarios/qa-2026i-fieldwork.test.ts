/**
 * QA 2026i (review of this session's fixes, round 9) — whole days out at fairs and organisations after 4b314ba (the
 * QG-19 fix). `test.failing` ones pin open bugs under their QI id (see /work/notes/qa-2026i.md).
 */
import { absenceSelector } from '../../src/rules/internal/commitment.js';
import { occurrence } from '../helpers/occurrence.js';
import { digest, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';

// The 区长's diary (kept by 区政府办) has a whole transparent day out, as Apple/Outlook write such days; 区政府办's
// 区政府专题会议 at 10:00 the same day invites him. A day out books him: the meeting is a double booking. A meeting
// entry (a title ending in 会 that names no event or organisation visited) marked free books nobody: no finding.
const raw = {
  timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' },
  people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
  calendars: [{ id: 'mayor', file: 'mayor.ics', office: '区政府办', level: 'district', owner: 'li' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
  rules: [{ id: 'people', kind: 'no-double-booking' }],
};
const meeting = vcalendar(['BEGIN:VEVENT', 'UID:meeting@qi', 'DTSTAMP:20261120T000000Z', 'SUMMARY:区政府专题会议', 'DTSTART;TZID=Asia/Shanghai:20270126T100000',
  'DTEND;TZID=Asia/Shanghai:20270126T113000', `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`, 'LOCATION:区政府大楼第一会议室', 'END:VEVENT']);
const day = (summary: string) => vcalendar(['BEGIN:VEVENT', 'UID:field@qi', 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, 'DTSTART;VALUE=DATE:20270126',
  'DTEND;VALUE=DATE:20270127', 'TRANSP:TRANSPARENT', 'END:VEVENT']);
const clash = ['double-booking people field@qi meeting@qi'];

describe('QI-1: under-correction of 4b314ba (QG-19) — the fairs leaders visit under other names (the 投洽会\'s own full name 中国国际投资贸易洽谈会, 糖酒会, 旅交会) are read as meetings: the double booking is missed', () => {
  // 4b314ba lists the short names 进博会, 广交会, 高交会, 农交会, 投洽会 …: the lookbehind before the closing 会 knows
  // 博/贸/洽 and three X交 forms. The 投洽会 written in full — 中国国际投资贸易洽谈会, as the invitation letter and the
  // 招商局's schedule print it — ends in 洽谈会; the 全国糖酒商品交易会 is everywhere 糖酒会, the 中国国际旅游交易会
  // 旅交会. README (no-double-booking, absences): a whole day of field work (考察 …) is a day out, unless the title names
  // a meeting — ending in 会 — "unless it names an event or an organisation visited: 灯会, 庙会, 博览会, 交易会 …". The
  // user sees nothing: the day at the fair books nobody and 区政府专题会议 at 10:00 with 李明 gets no
  // “李明 同时被安排在……” error. Suspected: MEETING_TITLE in src/rules/internal/commitment.ts (a list of endings).
  test.each(['考察第二十七届中国国际投资贸易洽谈会', '考察全国糖酒会', '考察中国国际旅交会'])('%s (all day) and the meeting at 10:00: double booking', (summary) => {
    expect(digest(run(raw, { 'mayor.ics': day(summary), 'gov.ics': meeting }))).toEqual(clash);
  });

  test.each(['考察投洽会', '考察全国糖酒商品交易会', '考察中国国际旅游交易会'])('guard: %s (all day): double booking', (summary) => {
    expect(digest(run(raw, { 'mayor.ics': day(summary), 'gov.ics': meeting }))).toEqual(clash);
  });

  test.each(['投洽会参展工作部署会', '糖酒会招商工作推进会'])('guard: a meeting about the fair, %s (all day, free), books nobody: no finding', (summary) => {
    expect(digest(run(raw, { 'mayor.ics': day(summary), 'gov.ics': meeting }))).toEqual([]);
  });
});

describe('QI-2: under-correction of 4b314ba (QG-19) — a visit to a 居委会 / 村委会 or a …委员会 is read as a meeting: the double booking is missed', () => {
  // 走访慰问 at a community's 居委会 or a village's 村委会 (the 春节 rounds), or a visit to the 区关心下一代工作委员会, is
  // the commonest day out in the township calendar. 4b314ba added 总会, 联合会, 促进会 to the organisations; 委会 (居委会,
  // 村委会, 委员会) is not there, so the title ends in a meeting's 会. README: an organisation visited is no meeting
  // (协会, 红十字会 …); the user sees no error for the 10:00 meeting although the 区长 is out all day.
  // Suspected: MEETING_TITLE in src/rules/internal/commitment.ts.
  test.each(['走访慰问青石社区居委会', '走访慰问青石村村委会', '走访区关心下一代工作委员会'])('%s (all day) and the meeting at 10:00: double booking', (summary) => {
    expect(digest(run(raw, { 'mayor.ics': day(summary), 'gov.ics': meeting }))).toEqual(clash);
  });

  test.each(['走访慰问区慈善总会', '走访区残疾人联合会'])('guard: %s (all day): double booking', (summary) => {
    expect(digest(run(raw, { 'mayor.ics': day(summary), 'gov.ics': meeting }))).toEqual(clash);
  });

  test('guard: a meeting of the committee, 青石村村民委员会换届工作推进会 (all day, free), books nobody: no finding', () => {
    expect(digest(run(raw, { 'mayor.ics': day('青石村村民委员会换届工作推进会'), 'gov.ics': meeting }))).toEqual([]);
  });
});

describe('QI-6: over-correction in cbc8dec\'s `fieldWork` selector (latent: not wired into no-double-booking yet) — the README\'s own example selector makes a month-long campaign banner (全区安全生产大检查) a day out, booking the leader for the whole month', () => {
  // routine-fix-5's README draft recommends `{"summary": "走访|慰问|督导|督查|检查|考察|下乡|驻村|^赴|陪同|植树", "not":
  // {"location": "会议室|报告厅"}}` as "keeps the built-in words, adds 陪同 and 植树". But the selector replaces the built-in
  // reading whole, the three-day bound with it: the secretary's banner 全区安全生产大检查 on the 区长's diary (4–31 January,
  // transparent) — "no absence" in the README today ("a campaign banner of more than three days … is no absence") —
  // becomes a four-week absence, and once the selector is wired (routine-fix-5-requests.md #1) every meeting he is
  // invited to in January is “李明 同时被安排在“全区安全生产大检查”……” — an error per meeting. An office copying the README
  // example cannot keep the bound (a selector has no length). Suspected: absenceSelector in src/rules/internal/commitment.ts
  // (keep the field-day bound of FIELD_DAYS for what fieldWork selects, or say in the README that the bound goes too).
  const example = { summary: '走访|慰问|督导|督查|检查|考察|下乡|驻村|^赴|陪同|植树', not: { location: '会议室|报告厅' } };
  const banner = occurrence({ start: '2027-01-04', end: '2027-02-01', summary: '全区安全生产大检查', transparent: true });

  test('absenceSelector with the README example: the four-week 全区安全生产大检查 is no day out', () => {
    expect(absenceSelector({ fieldWork: example })(banner)).toBe(false);
  });

  test('guard: the built-in reading: the banner is no day out', () => {
    expect(absenceSelector({})(banner)).toBe(false);
  });

  // End to end: the guard below holds today only because `fieldWork` is not read by the rule yet; it goes red when the
  // wiring lands unless the bound is kept — then it is this bug, seen by the user.
  test('guard (end to end, README example selector): the banner on the diary and the 26 January meeting: no finding', () => {
    const withExample = { ...raw, rules: [{ id: 'people', kind: 'no-double-booking', fieldWork: example }] };
    const diary = vcalendar(['BEGIN:VEVENT', 'UID:banner@qi', 'DTSTAMP:20261120T000000Z', 'SUMMARY:全区安全生产大检查', 'DTSTART;VALUE=DATE:20270104',
      'DTEND;VALUE=DATE:20270201', 'TRANSP:TRANSPARENT', 'END:VEVENT']);
    expect(digest(run(withExample, { 'mayor.ics': diary, 'gov.ics': meeting }))).toEqual([]);
  });
});
