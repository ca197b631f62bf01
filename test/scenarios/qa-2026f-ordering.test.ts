/**
 * QA 2026f (round 6) — the ordering cascade 中央 → 省 → 市 → 区 as December 2026 reads. `test.failing` ones pin open
 * bugs under their QF id (see /work/notes/qa-2026f.md).
 */
import { digest, run, vcalendar } from './harness.js';

const li = 'mailto:liming@jiangbin.linjiang.example';
const attends = `ATTENDEE;PARTSTAT=ACCEPTED;CN=李明:${li}`;

function meeting(uid: string, summary: string, start: string, end: string, extra: readonly string[] = []): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20261120T000000Z', `SUMMARY:${summary}`, `DTSTART;TZID=Asia/Shanghai:${start}`, `DTEND;TZID=Asia/Shanghai:${end}`, ...extra, 'END:VEVENT'];
}

describe('QF-3: the district\'s record of watching the national (or provincial) teleconference is an `order` error against the city meeting', () => {
  // December: 全国安全生产电视电话会议 (国务院安委办, 10 Dec 15:00–17:00), then 全市安全生产工作会议 (15 Dec), then the
  // district's 全区安全生产工作会议 (17 Dec). The 区政府办's calendar records the national conference at the district's
  // 分会场, at its very times: `收听收看全国安全生产电视电话会议`. Rule: district `安全生产` after city `安全生产`.
  // README (follows): "A lower calendar's record of attending the prerequisite in its own words, at its very times, is
  // its attendance, not a dependent". This one attends a meeting *higher still* (loaded, level central, same times):
  // it is no relay of the city meeting. The tool says “安排在上级会议“全市安全生产工作会议”之前…建议：改在 12月15日
  // 11:00 或之后开始” — moving a live national broadcast. One false error per national/provincial teleconference.
  const raw = (higher: 'central' | 'province') => ({
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
    calendars: [
      { id: 'higher', file: 'higher.ics', office: higher === 'central' ? '国务院安委办' : '省政府办公厅', level: higher },
      { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
      { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' },
    ],
    rules: [{ id: 'safety', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '安全生产' }, maxGap: 'P10D' }],
  });
  const city = vcalendar(meeting('city@qf', '全市安全生产工作会议', '20261215T090000', '20261215T110000', ['LOCATION:市行政中心大会堂']));
  const deploy = meeting('deploy@qf', '全区安全生产工作会议', '20261217T090000', '20261217T110000', [attends, 'LOCATION:区政府大楼第一会议室']);

  test('收听收看全国安全生产电视电话会议 at the national conference\'s times: no finding', () => {
    const files = {
      'higher.ics': vcalendar(meeting('nation@qf', '全国安全生产电视电话会议', '20261210T150000', '20261210T170000')),
      'city.ics': city,
      'gov.ics': vcalendar([...meeting('watch@qf', '收听收看全国安全生产电视电话会议', '20261210T150000', '20261210T170000', [attends, 'LOCATION:区政府大楼第一会议室']), ...deploy]),
    };
    expect(digest(run(raw('central'), files))).toEqual([]);
  });

  test('组织收看全省安全生产电视电话会议 at the provincial conference\'s times: no finding', () => {
    const files = {
      'higher.ics': vcalendar(meeting('prov@qf', '全省安全生产电视电话会议', '20261211T090000', '20261211T110000')),
      'city.ics': city,
      'gov.ics': vcalendar([...meeting('watch@qf', '组织收看全省安全生产电视电话会议', '20261211T090000', '20261211T110000', [attends, 'LOCATION:区政府大楼第一会议室']), ...deploy]),
    };
    expect(digest(run(raw('province'), files))).toEqual([]);
  });

  test('guard: the district\'s own 全区安全生产工作会议 before the city meeting is an order error', () => {
    const early = meeting('early@qf', '全区安全生产工作会议', '20261214T090000', '20261214T110000', [attends, 'LOCATION:区政府大楼第一会议室']);
    const files = { 'higher.ics': vcalendar([]), 'city.ics': city, 'gov.ics': vcalendar(early) };
    expect(digest(run(raw('central'), files))).toEqual(['order safety city@qf early@qf']);
  });
});

describe('QF-6: findings that share their earliest meeting (one city meeting, many late relays) come out in file order, not by date', () => {
  // README: "Findings are sorted by severity, then the earliest occurrence start …, then rule id". Every `order-late`
  // here cites the city meeting of 15 December as its earliest occurrence, so the tie-break decides — and the list
  // reads 28, 29, 30, 31, 24, 23 December (the order of the VEVENTs in the township's file). Staff read the list as a
  // schedule; the late relays should follow their own dates.
  const relays: [string, string][] = [['青石镇', '28'], ['江滨街道', '29'], ['城东街道', '30'], ['城西街道', '31'], ['白沙镇', '24'], ['区应急局', '23']];
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'towns', file: 'towns.ics', office: '区委办', level: 'district' }],
    rules: [{ id: 'safety', kind: 'follows', dependent: { level: 'district', summary: '安全生产' }, prerequisite: { level: 'city', summary: '安全生产' }, maxGap: { workingDays: 5 } }],
  };
  const files = {
    'city.ics': vcalendar(meeting('city@qf', '全市安全生产工作会议', '20261215T090000', '20261215T110000')),
    'towns.ics': vcalendar(relays.flatMap(([who, day]) => meeting(`${day}@qf`, `${who}传达学习全市安全生产工作会议精神`, `202612${day}T090000`, `202612${day}T100000`))),
  };

  test('the six order-late findings are in the order of the relays\' dates', () => {
    const late = run(raw, files).findings.filter((f) => f.kind === 'order-late');
    expect(late.map((f) => f.occurrences.find((o) => o.uid !== 'city@qf')?.uid)).toEqual(['23@qf', '24@qf', '28@qf', '29@qf', '30@qf', '31@qf']);
  });

  test('guard: all six are late (W5 is 22 December)', () => {
    expect(run(raw, files).findings.map((f) => f.kind)).toEqual(Array(6).fill('order-late'));
  });
});

describe('QF-8: the city\'s one entry for the provincial teleconference and its own part after it (“全省、全市…电视电话会议”, 连开) is an `order` error', () => {
  // Province: 全省安全生产电视电话会议 22 Dec 09:00–10:30. The city watches it in its hall and carries straight on with
  // its own deployment, entered as one meeting: 全省、全市安全生产电视电话会议 09:00–11:30 (the usual 连开 wording; the
  // district records the same span as 收听收看全省、全市…, which passes). Rule: city `安全生产` after province `安全生产`.
  // The tool: “在上级会议…结束前召开…最早可安排在 12月22日 10:30” — an error for the standard way a city holds its part
  // right after the province's. The entry starts with the province meeting, at its very start; the city's part follows it.
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    calendars: [
      { id: 'prov', file: 'prov.ics', office: '省政府办公厅', level: 'province' },
      { id: 'city', file: 'city.ics', office: '市政府办', level: 'city' },
    ],
    rules: [{ id: 'city-after-province', kind: 'follows', dependent: { level: 'city', summary: '安全生产' }, prerequisite: { level: 'province', summary: '安全生产' } }],
  };
  const prov = vcalendar(meeting('prov@qf', '全省安全生产电视电话会议', '20261222T090000', '20261222T103000'));

  test('全省、全市安全生产电视电话会议 09:00–11:30: no order error', () => {
    const city = vcalendar(meeting('city@qf', '全省、全市安全生产电视电话会议', '20261222T090000', '20261222T113000', ['LOCATION:市行政中心大会堂']));
    expect(run(raw, { 'prov.ics': prov, 'city.ics': city }).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('guard: the city\'s own 全市安全生产工作会议 at 10:00 (before the province ends) is an order error', () => {
    const city = vcalendar(meeting('city@qf', '全市安全生产工作会议', '20261222T100000', '20261222T113000', ['LOCATION:市行政中心大会堂']));
    expect(digest(run(raw, { 'prov.ics': prov, 'city.ics': city }))).toEqual(['order city-after-province city@qf prov@qf']);
  });
});

describe('QF-13: the 区委常委会 relaying the *central* meeting (传达学习中央经济工作会议精神) is told to wait for the city\'s meeting', () => {
  // 中央经济工作会议 10–12 Dec (loaded, level central); 全市经济工作会议 29 Dec; the 区委常委会（扩大）会议 relays the central
  // meeting on 15 Dec, as parties do at once (第一时间传达学习), and the 全区经济工作会议 follows the city's in January. The rule
  // — district `经济工作会议` after city `经济工作会议`, the keyword style of the README's rules — takes the 15 Dec relay
  // for a relay of the city meeting: `order` error “安排在上级会议“全市经济工作会议”之前…最早可安排在 12月29日 12:00”.
  // The title names the loaded central meeting whole, and comes after it: it relays that meeting, not the city's.
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2026-12-01', to: '2026-12-31' },
    people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
    calendars: [
      { id: 'central', file: 'central.ics', office: '中共中央办公厅', level: 'central' },
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'party', file: 'party.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作会议' }, prerequisite: { level: 'city', summary: '经济工作会议' } }],
  };
  const central = vcalendar(meeting('central@qf', '中央经济工作会议', '20261210T090000', '20261212T120000'));
  const city = vcalendar(meeting('city@qf', '全市经济工作会议', '20261229T090000', '20261229T120000'));

  test('区委常委会（扩大）会议传达学习中央经济工作会议精神 on 15 Dec: no order error', () => {
    const party = vcalendar(meeting('relay@qf', '区委常委会（扩大）会议传达学习中央经济工作会议精神', '20261215T090000', '20261215T110000', [attends]));
    expect(digest(run(raw, { 'central.ics': central, 'city.ics': city, 'party.ics': party }))).toEqual([]);
  });

  test('guard: 区委常委会传达学习全市经济工作会议精神 on 15 Dec (before the city meeting) is an order error', () => {
    const party = vcalendar(meeting('relay@qf', '区委常委会传达学习全市经济工作会议精神', '20261215T090000', '20261215T110000', [attends]));
    expect(digest(run(raw, { 'central.ics': central, 'city.ics': city, 'party.ics': party }))).toEqual(['order econ city@qf relay@qf']);
  });
});

describe('QF-17: the district\'s copy of a city meeting at its old time (moved without a SEQUENCE bump) becomes a *district* meeting that must follow the city\'s: “全市经济工作会议…安排在上级会议“全市经济工作会议”之前”', () => {
  // The 市政府办 moved 全市经济工作会议 from 12 to 15 January 2027; its OA/DingTalk export carries no SEQUENCE and no
  // LAST-MODIFIED (nothing says which copy is newer). The 区政府办's calendar still holds the invitation at 12 January —
  // same UID, ORGANIZER 市政府办. README: a meeting's level is that of the office calendars holding it with the same UID
  // *and start*, "the one its ORGANIZER names" — the city calendar holds the UID only at the new start, so the old copy
  // is the district's, matches the dependent selector (经济工作), and is an `order` error against itself. The same with a
  // recurring city meeting whose January instance the city moved by RECURRENCE-ID (the district's series copy has no
  // override). The sentence reads as nonsense to staff; at most, the two copies' times disagree (an info).
  const raw = {
    timezone: 'Asia/Shanghai', window: { from: '2027-01-01', to: '2027-01-31' },
    people: [{ id: 'li', name: '李明', aliases: [li], roles: ['区长'] }],
    calendars: [{ id: 'city', file: 'city.ics', office: '市政府办', level: 'city' }, { id: 'gov', file: 'gov.ics', office: '区政府办', level: 'district' }],
    rules: [{ id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作' }, prerequisite: { level: 'city', summary: '经济工作' } }],
  };
  const organizer = 'ORGANIZER;CN=市政府办:mailto:szfb@linjiang.example';
  const relay = meeting('relay@qf', '传达学习全市经济工作会议精神', '20270118T090000', '20270118T110000', [attends]);

  test('plain meeting: no order finding for the city meeting\'s own old copy', () => {
    const files = {
      'city.ics': vcalendar(meeting('econ@qf', '全市经济工作会议', '20270115T090000', '20270115T120000', [organizer, attends])),
      'gov.ics': vcalendar([...meeting('econ@qf', '全市经济工作会议', '20270112T090000', '20270112T120000', [organizer, attends]), ...relay]),
    };
    expect(run(raw, files).findings.filter((f) => f.kind === 'order')).toEqual([]);
  });

  test('recurring: the district\'s series copy without the city\'s override gives no order finding either', () => {
    const series = ['RRULE:FREQ=MONTHLY;BYMONTHDAY=12', organizer, attends];
    const master = meeting('monthly@qf', '全市经济工作会议', '20261112T090000', '20261112T110000', series);
    const moved = ['BEGIN:VEVENT', 'UID:monthly@qf', 'DTSTAMP:20261125T000000Z', 'SUMMARY:全市经济工作会议', 'RECURRENCE-ID;TZID=Asia/Shanghai:20270112T090000',
      'DTSTART;TZID=Asia/Shanghai:20270115T090000', 'DTEND;TZID=Asia/Shanghai:20270115T110000', organizer, attends, 'END:VEVENT'];
    const files = { 'city.ics': vcalendar([...master, ...moved]), 'gov.ics': vcalendar([...master, ...relay]) };
    // A monthly city meeting is relayed monthly: `cycle: "month"` (without it the old copy pairs with December's instance).
    const monthly = { ...raw, rules: [{ ...raw.rules[0], cycle: 'month' }] };
    expect(run(monthly, files).findings.filter((f) => f.kind === 'order')).toEqual([]);
  });

  test('guard: with SEQUENCE:1 on the city\'s moved copy, the old copy is stale and nothing is reported', () => {
    const files = {
      'city.ics': vcalendar(meeting('econ@qf', '全市经济工作会议', '20270115T090000', '20270115T120000', [organizer, attends, 'SEQUENCE:1'])),
      'gov.ics': vcalendar([...meeting('econ@qf', '全市经济工作会议', '20270112T090000', '20270112T120000', [organizer, attends]), ...relay]),
    };
    expect(digest(run(raw, files))).toEqual([]);
  });
});
