/**
 * `schedules` merges copies at the tail of start-ordered schedules (no key per occurrence): it must
 * give what a plain per-person map keyed by meeting gives, stale copies (read at their current
 * revision's time) included.
 */
import fc from 'fast-check';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { createDirectory } from '../../../src/people/directory.js';
import { booksPeople, commitment, defaultAbsence, itemsDuring, leadsDuty, marksMoment, schedules } from '../../../src/rules/internal/commitment.js';
import { compareOccurrences, globalUid, meetingKey, supersededBy } from '../../../src/rules/internal/occurrence-ref.js';
import { at, occurrence as occ } from '../../helpers/occurrence.js';

const people = [1, 2, 3].map((n) => ({ id: `p${n}`, name: `P${n}`, aliases: [`mailto:p${n}@qu.gov.cn`] }));

/** The definition: per person, one item per meeting key, the firmest (then smallest key) copy; sorted. */
function reference(occurrences: readonly Occurrence[]): Map<string, string[]> {
  const directory = createDirectory(people);
  const stale = supersededBy(occurrences);
  const byPerson = new Map<string, Map<string, { occurrence: Occurrence; level: string; absence: boolean }>>();
  for (const copy of occurrences) {
    const o = stale.get(copy) ?? copy;
    if (o.status === 'cancelled') continue;
    const absence = defaultAbsence(o);
    const key = globalUid(o.uid) ? meetingKey(o) : o.key;
    // A stale copy does not book whom the current revision says declined (an uninvite).
    const declinedNow = new Set(o === copy ? [] : directory.participantsOf(o).filter((p) => p.partstat === 'declined').map((p) => p.person.id));
    for (const p of directory.participantsOf(copy)) {
      if (declinedNow.has(p.person.id)) continue;
      const level = commitment(o, p, absence);
      if (level === null) continue;
      const mine = byPerson.get(p.person.id) ?? new Map();
      byPerson.set(p.person.id, mine);
      const previous = mine.get(key);
      const better = previous === undefined || (level !== previous.level ? level === 'busy' : o.key < previous.occurrence.key);
      if (better) mine.set(key, { occurrence: o, level, absence });
    }
  }
  return new Map(
    [...byPerson].map(([id, items]) => [
      id,
      [...items.values()].sort((a, b) => compareOccurrences(a.occurrence, b.occurrence)).map((i) => `${i.occurrence.key} ${i.level} ${i.absence}`),
    ]),
  );
}

function actual(occurrences: readonly Occurrence[]): Map<string, string[]> {
  const result = schedules(occurrences, createDirectory(people), defaultAbsence);
  return new Map([...result].map(([id, s]) => [id, s.items.map((i) => `${i.occurrence.key} ${i.commitment} ${i.absence}`)]));
}

const spec = fc.record({
  calendar: fc.constantFrom('a', 'b', 'own'),
  uid: fc.constantFrom('m@qu.gov.cn', 'n@qu.gov.cn', '1'),
  rid: fc.constantFrom(null, '2022-05-10T01:00:00Z'),
  sequence: fc.nat(2),
  start: fc.constantFrom('2022-05-10 09:00', '2022-05-10 09:30', '2022-05-10 10:00'),
  summary: fc.constantFrom('专题会', '常务会议'),
  status: fc.constantFrom(null, null, 'tentative' as const, 'cancelled' as const),
  attendees: fc.subarray(
    people.map((p) => p.aliases[0]!),
    { maxLength: 3 },
  ).chain((list) => fc.tuple(...list.map((address) => fc.record({ address: fc.constant(address), partstat: fc.constantFrom('accepted', 'tentative', 'declined') })))),
});

describe('schedules', () => {
  test('properties: equal a per-person map keyed by meeting, for start-ordered and shuffled input', () => {
    fc.assert(
      fc.property(fc.uniqueArray(spec, { maxLength: 12, selector: (x) => `${x.calendar}/${x.uid}/${x.rid}` }), fc.nat(), (specs, seed) => {
        const list = specs.map((x) => ({
          ...occ({
            calendar: x.calendar === 'own' ? { id: 'own', owner: 'p1' } : x.calendar,
            uid: x.uid,
            recurrenceId: x.rid,
            start: x.start,
            summary: x.summary,
            status: x.status,
            attendees: x.attendees,
          }),
          sequence: x.sequence,
        }));
        const sorted = [...list].sort(compareOccurrences);
        const expected = reference(sorted);
        expect(actual(sorted)).toEqual(expected);
        // Any order of the same occurrences (RuleContext promises start order; a caller may not).
        const shuffled = [...sorted].sort((x, y) => ((x.key.length * 31 + seed) % 7) - ((y.key.length * 31 + seed) % 7));
        expect(actual(shuffled)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('a stale copy books its people at the current revision, merged with the current copy', () => {
    const li = { address: 'mailto:p1@qu.gov.cn' };
    const old = { ...occ({ calendar: 'a', uid: 'm@qu.gov.cn', start: '2022-05-10 09:00', attendees: [li] }), sequence: 0 };
    const current = { ...occ({ calendar: 'b', uid: 'm@qu.gov.cn', start: '2022-05-10 14:00', attendees: [li] }), sequence: 1 };
    const other = occ({ calendar: 'a', uid: 'x@qu.gov.cn', start: '2022-05-10 11:00', attendees: [li] });
    const s = schedules([old, other, current], createDirectory(people), defaultAbsence).get('p1')!;
    expect(s.items.map((i) => i.occurrence.key)).toEqual(['a/x@qu.gov.cn', 'b/m@qu.gov.cn']);
    expect(itemsDuring(s, at('2022-05-10 09:00').toMillis(), at('2022-05-10 10:00').toMillis())).toEqual([]);
  });
});

describe('defaultAbsence (QA26-26)', () => {
  test('leave of any kind, visits abroad and the party school are absences; a training in a room is a booking', () => {
    for (const summary of ['出差', '病假', '事假', '年假', '婚假', '出访欧洲', '出国考察', '省委党校学习']) {
      expect(defaultAbsence(occ({ start: '2022-05-10', summary }))).toBe(true);
    }
    expect(defaultAbsence(occ({ start: '2022-05-10', summary: '封闭培训' }))).toBe(false);
    expect(defaultAbsence(occ({ start: '2022-05-10 09:00', summary: '病假' }))).toBe(false);
  });
});

describe('defaultAbsence: field work and trips (QF-7)', () => {
  test('a whole day of 走访慰问, 督导检查, 下乡 or a trip (赴…) is an absence, transparent or not', () => {
    for (const summary of ['春节前走访慰问困难群众', '走访慰问驻区部队', '节前安全生产督导检查', '赴青石镇开展节前安全检查', '下乡走访慰问', '驻村', '【外出】赴市参加全市经济工作会议']) {
      expect([summary, defaultAbsence(occ({ start: '2027-01-26', summary, transparent: true }))]).toEqual([summary, true]);
    }
  });

  test('an inspection trip of three days is an absence; a campaign banner of weeks is not', () => {
    expect(defaultAbsence(occ({ start: '2027-01-25', end: '2027-01-28', summary: '赴青石镇督导检查' }))).toBe(true);
    expect(defaultAbsence(occ({ start: '2027-01-25', end: '2027-01-28', summary: '节前安全生产督导检查' }))).toBe(true);
    expect(defaultAbsence(occ({ start: '2027-01-04', end: '2027-01-31', summary: '全区安全生产大检查', transparent: true }))).toBe(false);
    expect(defaultAbsence(occ({ start: '2027-01-04', end: '2027-02-01', summary: '冬春走访慰问活动月', transparent: true }))).toBe(false);
  });

  test('notes and receiving an inspection are no absence; nor is a timed inspection', () => {
    for (const summary of ['提醒：下周省督导组来检查', '王芳生日', '报送督查材料截止', '准备迎接省安全生产检查', '迎接市委督查组', '接受年度考核检查', '提醒：赴京航班']) {
      expect([summary, defaultAbsence(occ({ start: '2027-01-26', summary, transparent: true }))]).toEqual([summary, false]);
    }
    expect(defaultAbsence(occ({ start: '2027-01-26 09:00', end: '2027-01-26 11:00', summary: '节前安全生产督导检查' }))).toBe(false);
    // A title that names 赴 later on is no trip by that word alone (a 会议 about one).
    expect(defaultAbsence(occ({ start: '2027-01-26', summary: '研究赴港招商方案' }))).toBe(false);
  });
});

describe('defaultAbsence: a meeting about field work is a meeting (QF-20)', () => {
  test('a title ending in 会, or naming 会议, 培训班, 座谈, is a meeting; so is field work held in a room', () => {
    for (const summary of ['全区冬春安全生产大检查动员部署会', '节前走访慰问工作部署会', '全区督查督办工作推进会', '督查工作会（扩大）', '安全生产检查工作会议', '检查员培训班']) {
      expect([summary, defaultAbsence(occ({ start: '2026-12-19', summary }))]).toEqual([summary, false]);
    }
    expect(defaultAbsence(occ({ start: '2026-12-19', summary: '节前安全检查', location: '区政府大楼第一会议室' }))).toBe(false);
  });

  test('inspecting a fair or a festival (博览会, 灯会, 庙会), or a visit at a village clinic, is field work, not a meeting (QG-7)', () => {
    for (const summary of ['考察中国国际进口博览会', '检查全区迎春灯会', '督查春节庙会', '检查迎春灯会安保']) {
      expect([summary, defaultAbsence(occ({ start: '2027-01-26', summary, transparent: true }))]).toEqual([summary, true]);
    }
    expect(defaultAbsence(occ({ start: '2027-01-26', summary: '走访慰问困难群众', location: '青石镇卫生室', transparent: true }))).toBe(true);
    expect(defaultAbsence(occ({ start: '2027-01-26', summary: '安全检查', location: '区政府大楼301室' }))).toBe(false);
    expect(defaultAbsence(occ({ start: '2027-01-26', summary: '督查工作现场会' }))).toBe(false);
    // QG-17: any title ending in 会 that names no event or organisation is a meeting.
    for (const summary of ['安全生产督导检查反馈会', '督查问题交办会', '走访慰问情况点评会', '安全检查约谈会（扩大）']) {
      expect([summary, defaultAbsence(occ({ start: '2026-12-19', summary }))]).toEqual([summary, false]);
    }
  });

  test('visiting an organisation (…协会, 红十字会) is still field work; so is an inspection in a township', () => {
    for (const summary of ['走访慰问区残疾人联合会、红十字会', '走访企业家协会', '节前走访慰问']) {
      expect([summary, defaultAbsence(occ({ start: '2026-12-19', summary }))]).toEqual([summary, true]);
    }
    expect(defaultAbsence(occ({ start: '2026-12-19', summary: '节前安全生产督导检查', location: '青石镇' }))).toBe(true);
    // A trip is away whatever it is for.
    expect(defaultAbsence(occ({ start: '2026-12-19', summary: '赴市参加全市经济工作会议' }))).toBe(true);
  });
});

describe('commitment: whose busy time TRANSP / BUSYSTATUS state, and optional invitees', () => {
  const directory = createDirectory(people);
  const p1 = 'mailto:p1@qu.gov.cn';
  const office = { id: 'gov', office: '区政府办' };
  const personal = { id: 'p1-personal', owner: 'p1' };
  /** The commitment of each participant, as `id level`. */
  const levels = (o: Occurrence): string[] => directory.participantsOf(o).map((p) => `${p.person.id} ${commitment(o, p, defaultAbsence(o)) ?? 'none'}`);

  // QB-31: RFC 5545 §3.8.2.7 — TRANSP is the busy time of the calendar the entry is on; an attendee's
  // own time is his PARTSTAT (RFC 5546 §2.1.2).
  test.each([
    ['transparent', { transparent: true }],
    ['busy status FREE', { busy: 'free' as const }],
    ['busy status WORKINGELSEWHERE', { busy: 'working-elsewhere' as const }],
  ])('%s on an office calendar (no owner) still books the leader it lists (QB-31)', (_, marks) => {
    expect(levels(occ({ calendar: office, start: '2022-05-17 09:00', attendees: [p1], ...marks }))).toEqual(['p1 busy']);
  });

  test('transparent on the owner\'s own calendar frees the owner, not another person it lists', () => {
    const o = occ({ calendar: personal, start: '2022-05-17 09:00', attendees: ['mailto:p2@qu.gov.cn'], transparent: true });
    expect(levels(o)).toEqual(['p2 busy', 'p1 none']);
  });

  test('transparent on a bare calendar (no office, no owner: someone\'s own export) frees everyone, as before', () => {
    expect(levels(occ({ calendar: 'bare', start: '2022-05-17 09:00', attendees: [p1], transparent: true }))).toEqual(['p1 none']);
  });

  test('transparent on an office calendar frees a directory organizer\'s own appointment (no attendees)', () => {
    expect(levels(occ({ calendar: office, start: '2022-05-17 09:00', organizer: { address: p1 }, transparent: true }))).toEqual(['p1 none']);
  });

  test('an all-day absence on an office calendar books its people whatever the marks', () => {
    expect(levels(occ({ calendar: office, start: '2022-05-17', summary: '出差', attendees: [p1], transparent: true }))).toEqual(['p1 busy']);
  });

  // QB-24: RFC 5545 §3.2.16 — OPT-PARTICIPANT is optional participation: unanswered or tentative it commits
  // like a tentative answer; accepted (列席 he agreed to attend) it commits firmly.
  test.each([
    ['needs-action', 'tentative'],
    ['tentative', 'tentative'],
    ['accepted', 'busy'],
    ['declined', 'none'],
  ])('ROLE=OPT-PARTICIPANT with PARTSTAT %s is %s (QB-24)', (partstat, level) => {
    const o = occ({ calendar: office, start: '2022-05-17 09:00', attendees: [{ address: p1, role: 'opt-participant', partstat }] });
    expect(levels(o)).toEqual([`p1 ${level}`]);
  });

  test('a person named both optional and required on one event is required (QB-24)', () => {
    const o = occ({
      calendar: office,
      start: '2022-05-17 09:00',
      attendees: [{ address: p1, role: 'opt-participant', partstat: 'needs-action' }, { name: 'P1', role: 'req-participant', partstat: 'needs-action' }],
    });
    expect(levels(o)).toEqual(['p1 busy']);
  });
});

describe('leadsDuty and booksPeople: 领导带班 is no booking (QB-19)', () => {
  test.each([
    ['带班领导：李明', true],
    ['领导带班 王芳', true],
    ['值班：李明', false],
    ['夜班值班：李明', false],
    ['带班子成员赴青石镇调研', false],
    ['总值班室带班领导：李明', true],
    ['总值班室白班（端午节，带班领导赵刚）', false],
    // QC-12: the same leader in charge of the day, in the other common words.
    ['值班领导：李明', true],
    ['领导值班：李明', true],
    ['总值班室领导带班值班 李明', true],
    ['值班领导：李明；值班员：张三', false],
    ['值班员：张三', false],
    // QD-12: a meeting about the duty is a meeting.
    ['元旦春节期间领导值班工作部署会', false],
    ['带班领导培训会', false],
  ])('%s → leadsDuty %s', (summary, expected) => {
    const o = occ({ start: '2022-05-17 08:30', end: '2022-05-18 08:30', summary });
    expect(leadsDuty(o)).toBe(expected);
    expect(booksPeople(o)).toBe(!expected);
  });

  test('the 带班 leader is in nobody\'s schedule; a 值班 shift books him', () => {
    const directory = createDirectory(people);
    const lead = occ({ calendar: 'duty', uid: 'lead', start: '2022-05-17 08:30', end: '2022-05-18 08:30', summary: '带班领导：P1', attendees: ['mailto:p1@qu.gov.cn'] });
    const shift = occ({ calendar: 'duty', uid: 'night', start: '2022-05-17 17:30', end: '2022-05-18 08:30', summary: '夜班值班：P1', attendees: ['mailto:p1@qu.gov.cn'] });
    expect(schedules([lead], directory, defaultAbsence).get('p1')).toBeUndefined();
    expect(schedules([shift], directory, defaultAbsence).get('p1')?.items.map((i) => i.occurrence.uid)).toEqual(['night']);
    expect(commitment(lead, directory.participantsOf(lead)[0]!, false)).toBeNull();
  });
});

// QB-34: a start-only meeting (end = start, RFC 5545 §3.6.1) is an instant; it overlaps what holds its point.
describe('itemsDuring with instants', () => {
  const li = { address: 'mailto:p1@qu.gov.cn' };
  const ms = (t: string) => at(`2022-05-10 ${t}`).toMillis();
  const s = schedules(
    [
      occ({ calendar: 'a', uid: 'long', start: '2022-05-10 09:00', end: '2022-05-10 11:00', attendees: [li] }),
      occ({ calendar: 'a', uid: 'noon', start: '2022-05-10 12:00', end: '2022-05-10 12:00', attendees: [li] }),
      occ({ calendar: 'a', uid: 'late', start: '2022-05-10 14:00', end: '2022-05-10 15:00', attendees: [li] }),
    ],
    createDirectory(people),
    defaultAbsence,
  ).get('p1')!;
  const during = (from: string, to: string) => itemsDuring(s, ms(from), ms(to)).map((i) => i.occurrence.uid);

  test.each([
    ['an instant inside an item', '10:00', '10:00', ['long']],
    ['an instant at an item\'s start', '09:00', '09:00', ['long']],
    ['an instant at an item\'s end', '11:00', '11:00', []],
    ['an instant at an instant item', '12:00', '12:00', ['noon']],
    ['an interval holding an instant item', '11:30', '13:00', ['noon']],
    ['an interval starting at an instant item', '12:00', '13:00', ['noon']],
    ['an interval ending at an instant item', '11:00', '12:00', []],
    ['an interval around everything', '08:00', '16:00', ['long', 'noon', 'late']],
  ] as const)('%s: [%s, %s) → %j', (_name, from, to, expected) => {
    expect(during(from, to)).toEqual(expected);
  });

  test('an end before the start meets nothing', () => {
    expect(during('10:00', '09:30')).toEqual([]);
  });
});

describe('marksMoment (QC-40)', () => {
  const at = (summary: string, extra: Omit<Parameters<typeof occ>[0], 'start'> = {}) => occ({ summary, start: '2026-12-15 17:00', end: '2026-12-15 17:00', ...extra });

  test('a bare instant is a reminder or deadline, and books nobody', () => {
    expect(marksMoment(at('报送年度总结材料截止'))).toBe(true);
    expect(booksPeople(at('报送年度总结材料截止'))).toBe(false);
    // A blank LOCATION names no place.
    expect(marksMoment(at('提醒', { location: '  ' }))).toBe(true);
  });

  test('an instant with a place or an attendee is a meeting; an entry with a length, or all-day, is no instant', () => {
    expect(marksMoment(at('接机', { location: '机场' }))).toBe(false);
    expect(marksMoment(at('约谈', { attendees: ['mailto:p1@qu.gov.cn'] }))).toBe(false);
    expect(marksMoment(at('准备讲话稿', { end: '2026-12-15 17:30' }))).toBe(false);
    expect(marksMoment(occ({ summary: '节日', start: '2026-12-15' }))).toBe(false);
  });
});
