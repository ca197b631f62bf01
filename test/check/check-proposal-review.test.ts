/**
 * QA round 12 (review-proposal): trying to break this session's checkProposal changes — the dependent-only
 * fast path (7fe0737), the memos of the ordering rules' date arithmetic (1cdfdbd), copies indexed by start and
 * title (0a56ad0) — with realistic ordering setups. Each bug is a `test.failing` naming its id (PR-n, logged in
 * /work/notes/review-proposal.md) with what the office tool shows and what the full check says; guards are plain
 * tests. Every scenario that depends on the memos gets holiday data of its own (an empty `{ dates: {} }`, which
 * changes no day), so that what one test asked earlier in this file cannot answer for another.
 */
import { DateTime } from 'luxon';
import type { CheckSettings } from '../../src/check/check-occurrences.js';
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { check } from '../../src/check/check.js';
import { prepareCheckFromSources } from '../../src/check/prepare-check-from-sources.js';
import { checkProposal, prepareCheck, proposalAsSaved, proposalOccurrence, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { CalendarInfo } from '../../src/model/calendar.js';
import type { HolidayData } from '../../src/model/config.js';
import type { Finding } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import { suggestSlots } from '../../src/suggest/suggest-slots.js';
import { at, calendar, occurrence } from '../helpers/occurrence.js';
import { config as validConfig, vcalendar } from '../scenarios/harness.js';
import { fullCheckFor } from './full-check-for.js';

const cal = {
  province: { id: 'shengwei', office: '省委办', level: 'province' },
  city: { id: 'shiwei', office: '市委办', level: 'city' },
  party: { id: 'quwei', office: '区委办', level: 'district' },
  government: { id: 'quzf', office: '区政府办', level: 'district' },
} as const;
const calendars: readonly CalendarInfo[] = Object.values(cal).map((c) => calendar(c));

/** `kind rule keys…` of each finding: what the office tool lists. */
const brief = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.kind} ${f.rule} ${f.occurrences.map((o) => o.key).join(' ')}`);
/** Holiday data that changes no day but is an object of its own: the memos (per holiday data) start empty for it. */
const ownHolidays = (): HolidayData => ({ dates: {} });

describe('PR-1: a moved meeting keeps no revision — the proposal is checked as SEQUENCE 0 against copies of SEQUENCE 1', () => {
  // The 市委办 moved its 全市经济工作会议 once already (SEQUENCE:1 on its calendar, and on the 区委办's copy of the
  // invitation, ORGANIZER 市委办). It now moves it again, from 20 to 25 January, after the district's own meeting
  // of the 22nd. An office saves a moved meeting with its SEQUENCE kept or raised (RFC 5545 §3.8.7.4: raised when
  // DTSTART changes); the full check then reads the city meeting on the 25th and the district copy of the 20th as
  // the stale invitation, and the district meeting of the 22nd comes before the city's: `order`.
  const window = { from: '2027-01-01', to: '2027-12-31' } as const;
  const econ = { id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作会议' }, prerequisite: { level: 'city', summary: '经济工作会议' }, cycle: 'year' } as const;
  const config = { timezone: 'Asia/Shanghai', rules: [econ] } as const satisfies CheckSettings;
  const revised = (o: Occurrence, sequence: number): Occurrence => ({ ...o, sequence });
  const existing = [
    revised(occurrence({ calendar: cal.city, uid: 'econ-2027', summary: '全市经济工作会议', start: '2027-01-20 09:00', end: '2027-01-20 11:00', organizer: { name: '市委办' } }), 1),
    revised(occurrence({ calendar: cal.party, uid: 'econ-2027', summary: '全市经济工作会议', start: '2027-01-20 09:00', end: '2027-01-20 11:00', organizer: { name: '市委办' } }), 1),
    occurrence({ calendar: cal.party, uid: 'district-econ', summary: '全区经济工作会议', start: '2027-01-22 09:00', end: '2027-01-22 11:00' }),
  ];
  const move: ProposedMeeting = { calendar: 'shiwei', uid: 'econ-2027', summary: '全市经济工作会议', start: at('2027-01-25 09:00'), end: at('2027-01-25 11:00'), organizer: '市委办' };
  /** The full check once the move is saved with the given SEQUENCE. */
  const savedWith = (sequence: number): string[] => {
    const saved = { ...proposalOccurrence(move, calendar(cal.city)), sequence, proposed: undefined };
    return brief(checkOccurrences({ occurrences: [...existing.filter((o) => o.key !== 'shiwei/econ-2027'), saved], config, window }).findings);
  };

  test('the full check of the saved move, with its SEQUENCE kept (1) or raised (2): the district meeting of the 22nd is premature', () => {
    expect(savedWith(1)).toEqual(['order econ quwei/district-econ shiwei/econ-2027']);
    expect(savedWith(2)).toEqual(['order econ quwei/district-econ shiwei/econ-2027']);
  });

  test('guard: the same move when no copy carries a SEQUENCE is found premature for the district meeting', () => {
    const plain = existing.map((o) => ({ ...o, sequence: 0 }));
    const prepared = prepareCheck({ occurrences: plain, config, window, calendars });
    expect(brief(checkProposal(prepared, move))).toEqual(['order econ quwei/district-econ shiwei/econ-2027']);
  });

  // PR-1 (major, fixed): the office tool showed no conflict for the move. The proposal was built with no SEQUENCE (0),
  // so the 区委办's copy of the invitation (SEQUENCE 1, the 20th) superseded it: the city meeting stayed on the 20th to
  // the rules, and the district meeting of the 22nd followed it. An edit is now checked with the SEQUENCE an office
  // saves it with (proposalAsSaved: the highest of the saved copies, raised by one for a move).
  test('PR-1: moving the city meeting after the district one is an `order` at the save button, as in the full check after saving', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
    expect(proposalAsSaved(prepared, move).sequence).toBe(2);
    expect(brief(checkProposal(prepared, move))).toEqual(savedWith(2));
    expect(brief(fullCheckFor(existing, config, move, calendars, window))).toEqual(savedWith(2));
  });

  test('PR-1: a SEQUENCE the office tool gives is kept, also one that leaves the move behind the copies (then the copy of the 20th is current)', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
    expect(proposalAsSaved(prepared, { ...move, sequence: 0 }).sequence).toBe(0);
    expect(brief(checkProposal(prepared, { ...move, sequence: 0 }))).toEqual(savedWith(0));
    expect(savedWith(0)).toEqual([]);
  });

  // The LAST-MODIFIED form (QA26-39: OA systems never raise SEQUENCE) is found: the proposal has no LAST-MODIFIED, so
  // the 区委办's copy of the 20th is no longer behind anything, but it is then a copy the 市委办 (its ORGANIZER) holds
  // at another time only, and is left out as displaced (QF-17).
  test('guard: the same move with LAST-MODIFIED instead of SEQUENCE (an OA export) is an `order` at the save button', () => {
    const modified = (o: Occurrence, lastModified: number): Occurrence => ({ ...o, lastModified });
    const oa = [
      modified(occurrence({ calendar: cal.city, uid: 'econ-2027', summary: '全市经济工作会议', start: '2027-01-20 09:00', end: '2027-01-20 11:00', organizer: { name: '市委办' } }), at('2027-01-10 10:00').toMillis()),
      modified(occurrence({ calendar: cal.party, uid: 'econ-2027', summary: '全市经济工作会议', start: '2027-01-20 09:00', end: '2027-01-20 11:00', organizer: { name: '市委办' } }), at('2027-01-05 10:00').toMillis()),
      existing[2]!,
    ];
    const saved = { ...proposalOccurrence(move, calendar(cal.city)), lastModified: at('2027-01-15 10:00').toMillis(), proposed: undefined };
    const afterSaving = brief(checkOccurrences({ occurrences: [...oa.filter((o) => o.key !== 'shiwei/econ-2027'), saved], config, window }).findings);
    expect(afterSaving).toEqual(['order econ quwei/district-econ shiwei/econ-2027']);
    const prepared = prepareCheck({ occurrences: oa, config, window, calendars });
    expect(brief(checkProposal(prepared, move))).toEqual(afterSaving);
  });
});

describe('PR-2: the carry-over\'s "closes its period" memo ignores the minimum gap in working days', () => {
  // 全市安全生产工作会议 on Monday 30 March 2026 (Q1 ends Tuesday the 31st). The 区委 relays it at least one working day
  // later, the 区政府 deploys at least two working days later (先党委后政府 in time, two rules of a quarter):
  // - for the 区委's rule the 31st is left in Q1, so the city meeting does not close its quarter: the 区委's
  //   专题会 of 2 April is Q2's, which has no city meeting — `order-missing` (README follows: only the very end carries over);
  // - for the 区政府's rule the earliest start is 1 April: the city meeting can only be followed in Q2 and carries
  //   over (QB-2) — its 部署会 of 1 April 14:00 is in order.
  const window = { from: '2026-01-01', to: '2026-12-31' } as const;
  const partyRelay = { id: 'party-relay', kind: 'follows', dependent: { calendar: 'quwei', summary: '安全生产' }, prerequisite: { level: 'city', summary: '全市安全生产' }, cycle: 'quarter', minGap: { workingDays: 1 } } as const;
  const governmentDeploy = { id: 'gov-deploy', kind: 'follows', dependent: { calendar: 'quzf', summary: '安全生产' }, prerequisite: { level: 'city', summary: '全市安全生产' }, cycle: 'quarter', minGap: { workingDays: 2 } } as const;
  const cityMeeting = occurrence({ calendar: cal.city, uid: 'city-safety', summary: '全市安全生产工作会议', start: '2026-03-30 09:00', end: '2026-03-30 11:00' });
  const partyMeeting = occurrence({ calendar: cal.party, uid: 'party-safety', summary: '区委安全生产专题会', start: '2026-04-02 09:00', end: '2026-04-02 10:00' });
  const deploy: ProposedMeeting = { calendar: 'quzf', summary: '区政府安全生产工作部署会', start: at('2026-04-01 14:00'), end: at('2026-04-01 15:00') };
  const deployment = occurrence({ calendar: cal.government, uid: 'gov-safety', summary: deploy.summary, start: '2026-04-01 14:00', end: '2026-04-01 15:00' });
  const existing = [cityMeeting, partyMeeting, deployment];
  const fullCheck = (rules: CheckSettings['rules']): string[] =>
    brief(checkOccurrences({ occurrences: existing, config: { timezone: 'Asia/Shanghai', rules, holidays: ownHolidays() }, window }).findings);

  test('guard: each rule checked alone gives its own answer', () => {
    expect(fullCheck([partyRelay])).toEqual(['order-missing party-relay quwei/party-safety']);
    expect(fullCheck([governmentDeploy])).toEqual([]);
  });

  // PR-2 (major, since 1cdfdbd): the answer "does the city meeting close Q1" is remembered under the period, cycle,
  // the minimum gap's text, the meeting's end and zone — and the text of a gap in working days is '' (gapText), so
  // the 区委's one day and the 区政府's two days share one answer: whichever rule asks first answers for both. With the
  // 区委's rule first in the config, the 区政府's 部署会 is "上级会议尚未安排" (a warning sending staff to call the 市委办
  // about a meeting it held); with it second, the 区委's order-missing is lost. Before 1cdfdbd both orders gave the
  // guard's answers.
  test('PR-2: two rules of a quarter with minimum gaps of 1 and 2 working days, in either config order, give each rule its own answer', () => {
    const expected = ['order-missing party-relay quwei/party-safety'];
    expect(fullCheck([partyRelay, governmentDeploy])).toEqual(expected);
    expect(fullCheck([governmentDeploy, partyRelay])).toEqual(expected);
  });

  // The save button: the 部署会 can only follow, so checkProposal runs the 区政府's rule alone and (asking first)
  // finds it in order; the full check of the same data and an equal config (another holiday-data object, as a second
  // office's config loaded from the same file would be) runs the 区委's rule first and reports order-missing.
  test('PR-2: the 区政府\'s 部署会 proposed: the save button and the full check of an equal config agree', () => {
    const before = [cityMeeting, partyMeeting];
    const rules = [partyRelay, governmentDeploy] as const;
    const prepared = prepareCheck({ occurrences: before, config: { timezone: 'Asia/Shanghai', rules, holidays: ownHolidays() }, window, calendars });
    const atSave = brief(checkProposal(prepared, deploy));
    const full = brief(fullCheckFor(before, { timezone: 'Asia/Shanghai', rules, holidays: ownHolidays() }, deploy, calendars, window));
    expect(atSave).toEqual([]);
    expect(full).toEqual(atSave);
  });
});

describe('PR-3: a CONCEPT/REFID carried by the district calendar\'s copy of the city meeting: the save button reads that copy at the district\'s level', () => {
  // The 区委办's OA tags the city's 全市经济工作会议 it recorded (the city's UID, QB-6) and the district's own meetings
  // of the matter with one 文号 as REFID (RFC 9253 §7.2); the 市委办's export of the meeting carries none. The full
  // check reads the copy at its meeting's level (the city's, from the 市委办's calendar): a REFID links each meeting to
  // the nearest higher level holding it, so the 区政府's 全区经济工作会议 carrying the 文号 must follow the city meeting.
  const window = { from: '2027-01-01', to: '2027-12-31' } as const;
  const config = { timezone: 'Asia/Shanghai', rules: [] } as const satisfies CheckSettings;
  const meeting = { uid: 'econ-2027', summary: '全市经济工作会议', start: '2027-01-20 09:00', end: '2027-01-20 11:00' } as const;
  const existing = [occurrence({ ...meeting, calendar: cal.city }), occurrence({ ...meeting, calendar: cal.party, refIds: ['区委办〔2027〕3号'] })];
  const early: ProposedMeeting = { calendar: 'quzf', summary: '全区经济工作会议', start: at('2027-01-15 09:00'), end: at('2027-01-15 11:00'), refIds: ['区委办〔2027〕3号'] };

  test('guard: the full check gives the early district meeting an `order` (related-to, by REFID) against the city meeting', () => {
    expect(brief(fullCheckFor(existing, config, early, calendars, window))).toEqual(['order related-to quzf/tongchou-proposal quwei/econ-2027']);
  });

  // PR-3 (major, pre-existing — also at d6698cf): the office tool shows no conflict. The proposal carries a REFID, so
  // the ordering rules run over the ordering candidates (selector matches and linked occurrences) — the 区委办's copy,
  // but not the 市委办's copy of its UID, which carries nothing; the copy is then a district meeting, the group has no
  // higher level, and no edge is made. The follows pools (7fe0737) take every copy of their UIDs; the linked
  // candidates do not. (Same cause: a stale REFID copy whose current revision carries none is read as current.)
  test('PR-3: the early district meeting with the 文号 is an `order` at the save button too', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
    expect(brief(checkProposal(prepared, early))).toEqual(brief(fullCheckFor(existing, config, early, calendars, window)));
  });
});

describe('PR-3: a link target held by two calendars at two times: the save button reads one of them', () => {
  // The 镇党委's 部署会 of 2 April 2027 carries RELATED-TO;RELTYPE=DEPENDS-ON the city's 全市安全生产工作会议 (UID
  // city-safety). The 市委办 holds that meeting on 6 April; the 区政府办's calendar still holds its invitation on 1 April,
  // with no ORGANIZER (moved without notice: QF-17 reads such a copy as before). The full check pairs the 部署会 with
  // the 1 April copy (the latest the dependent already follows): in order. The 市委办 now edits its meeting where it
  // stands (the room).
  const window = { from: '2027-01-01', to: '2027-12-31' } as const;
  const config = { timezone: 'Asia/Shanghai', rules: [] } as const satisfies CheckSettings;
  const meeting = { uid: 'city-safety', summary: '全市安全生产工作会议' } as const;
  const town = { id: 'zhen', office: '镇党委', level: 'township' } as const;
  const withTown = [...calendars, calendar(town)];
  const existing = [
    occurrence({ ...meeting, calendar: cal.city, start: '2027-04-06 09:00', end: '2027-04-06 11:00' }),
    occurrence({ ...meeting, calendar: cal.government, start: '2027-04-01 09:00', end: '2027-04-01 11:00' }),
    occurrence({ calendar: town, uid: 'town-safety', summary: '镇安全生产工作部署会', start: '2027-04-02 09:00', end: '2027-04-02 10:00', relations: [{ target: 'city-safety', relType: 'DEPENDS-ON' }] }),
  ];
  const edit: ProposedMeeting = { calendar: 'shiwei', uid: 'city-safety', summary: '全市安全生产工作会议', start: at('2027-04-06 09:00'), end: at('2027-04-06 11:00'), location: '市行政中心1号楼大会堂' };

  test('guard: the full check of the edit finds the 部署会 in order (paired with the 1 April copy)', () => {
    expect(brief(fullCheckFor(existing, config, edit, withTown, window))).toEqual([]);
  });

  // PR-3, second form (major, pre-existing — also at d6698cf): the 市委办's save button shows an `order` error — the
  // 镇's 部署会 before the city meeting. The meeting is a link target, so the ordering rules run over the linked
  // candidates and the proposal, but not over the 区政府办's copy of its UID (it carries no link and matches no
  // selector): the 部署会 is paired with the proposal alone.
  test('PR-3: editing the city meeting in place gives no `order` for the 镇\'s 部署会 at the save button, as in the full check', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars: withTown });
    expect(brief(checkProposal(prepared, edit))).toEqual([]);
  });

  // A later end is a revision (RFC 5545 §3.8.7.4: DTEND changed, SEQUENCE raised, PR-1): saved so, the meeting of 6 April
  // is newer than the 区政府办's copy of 1 April, which is then stale — and the 部署会 of 2 April comes before it.
  test('a later end saved as revision 1 makes the 1 April copy stale: the 部署会 is premature, at the save button as after saving', () => {
    const later = { ...edit, end: at('2027-04-06 11:30') };
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars: withTown });
    expect(brief(fullCheckFor(existing, config, later, withTown, window))).toEqual(['order related-to zhen/town-safety shiwei/city-safety']);
    expect(brief(checkProposal(prepared, later))).toEqual(['order related-to zhen/town-safety shiwei/city-safety']);
  });
});

describe('PR-4: a routine rule by level counts the district calendar\'s copy of the city meeting at the save button (the cadence pool has no copies of its UIDs)', () => {
  // The 区委's weekly 常委会 (cadence: once a week, `event: {level: district}`). In the week of 12 January 2026 the
  // 区委办's calendar also holds the city's 市委常委会（扩大） of Tuesday 13 January, under the city's UID (the 区委书记
  // attends). Since 3d28cee (QK-2) the full check reads that copy at its home level — the city's — and counts one
  // district 常委会 in the week; checkProposal and routineFindings run the cadence rule over the rule's matches alone
  // (the cadence pool, matched on the calendar's level), without the city calendar's copy, so the copy counts as a
  // district meeting there.
  const window = { from: '2026-01-05', to: '2026-01-25' } as const;
  const standing = { id: 'standing', kind: 'cadence', event: { level: 'district', summary: '常委会' }, every: 'week', min: 1, max: 1 } as const;
  const config = { timezone: 'Asia/Shanghai', rules: [standing] } as const satisfies CheckSettings;
  const cityStanding = { uid: 'sc-0113', summary: '市委常委会（扩大）', start: '2026-01-13 09:00', end: '2026-01-13 11:00' } as const;
  const existing = [
    occurrence({ calendar: cal.party, uid: 'qc-0108', summary: '区委常委会', start: '2026-01-08 15:00', end: '2026-01-08 17:00' }),
    occurrence({ ...cityStanding, calendar: cal.city }),
    occurrence({ ...cityStanding, calendar: cal.party }),
    occurrence({ calendar: cal.party, uid: 'qc-0115', summary: '区委常委会', start: '2026-01-15 15:00', end: '2026-01-15 17:00' }),
  ];
  const weekly: ProposedMeeting = { calendar: 'quwei', uid: 'qc-0115', summary: '区委常委会', start: at('2026-01-15 15:00'), end: at('2026-01-15 17:00') };
  const periods = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.kind} ${'periodStart' in f.data ? f.data.periodStart : ''}`);

  test('guard: the full check counts one district 常委会 in the week of 12 January (the city\'s copy is the city\'s): only the empty week of 19 January', () => {
    expect(periods(checkOccurrences({ occurrences: existing, config, window }).findings)).toEqual(['cadence-missed 2026-01-19T00:00:00+08:00']);
  });

  // PR-4 (medium, since 3d28cee): saving the 区委常委会 of 15 January where it stands shows `cadence-crowded` (info:
  // two district 常委会 that week, the city's counted); the full check finds nothing about it.
  test('PR-4: the 区委常委会 of 15 January at the save button: no cadence-crowded, as in the full check', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
    expect(brief(checkProposal(prepared, weekly))).toEqual(brief(fullCheckFor(existing, config, weekly, calendars, window)));
  });

  // PR-4 through the scheduling assistant: asked for a slot from 19 January, it offers Monday 19 January 08:30 — the
  // week of 12 January keeps the city's copy, which routineFindings counts, so the move leaves no week short. The full
  // check after the move reports that week without its 常委会 (`cadence-missed`, a warning), which suggestSlots
  // promises never to cause (README "Finding a time": no cadence period becomes short).
  test('PR-4: suggestSlots never moves the week\'s only district 常委会 out of its week', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
    // Every slot from 19 January on is outside the week of 12 January: none may be offered (before the fix, 19 January
    // 08:30 was). Each slot offered from the 12th is checked the same way.
    expect(suggestSlots(weekly, prepared, { count: 1, from: '2026-01-19' }).slots).toEqual([]);
    const slots = suggestSlots(weekly, prepared, { count: 3, from: '2026-01-12' }).slots;
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      const start = DateTime.fromISO(slot.start, { zone: 'Asia/Shanghai' });
      const moved = { ...proposalOccurrence({ ...weekly, start, end: start.plus({ hours: 2 }) }, calendar(cal.party)), proposed: undefined };
      const after = checkOccurrences({ occurrences: [...existing.filter((o) => o.key !== 'quwei/qc-0115'), moved], config, window }).findings;
      expect(periods(after)).not.toContain('cadence-missed 2026-01-12T00:00:00+08:00');
    }
  });

  // PR-4 in quiet-period (same cause: the rule's `event` read at home level, over what checkProposal gathers). The
  // 区委办's calendar holds the city's 全市总河长会议 of 21 January 2026 under the city's UID; the 市委办 proposes the
  // 市人民代表大会 session for 20–23 January, and a district rule keeps district 总河长会议 out of it. The save button
  // gathers the 区委办's copy (it matches `event` on its calendar's level) but not the 市委办's (the rules would cite
  // the 区委办's copy first: 'quwei' < 'shiwei'), so the copy is a district meeting held during the session:
  // `quiet-period` (a warning). The full check reads it as the city's meeting: nothing.
  test('PR-4: proposing the city 人代会 over the city\'s 全市总河长会议 that the 区委办 recorded: no quiet-period, as in the full check', () => {
    const quiet = { id: 'congress', kind: 'quiet-period', event: { level: 'district', summary: '总河长会议' }, during: { summary: '人民代表大会' } } as const;
    const sessionConfig = { timezone: 'Asia/Shanghai', rules: [quiet] } as const satisfies CheckSettings;
    const riverChiefs = { uid: '2026012100000070@dingtalk.com', summary: '全市总河长会议', start: '2026-01-21 14:30', end: '2026-01-21 16:30', location: '市行政中心1号楼大会堂' } as const;
    const saved = [occurrence({ ...riverChiefs, calendar: cal.city }), occurrence({ ...riverChiefs, calendar: cal.party })];
    const session: ProposedMeeting = { calendar: 'shiwei', summary: '临江市第十七届人民代表大会第五次会议', start: at('2026-01-20 09:00'), end: at('2026-01-23 12:00') };
    const prepared = prepareCheck({ occurrences: saved, config: sessionConfig, window, calendars });
    expect(brief(fullCheckFor(saved, sessionConfig, session, calendars, window))).toEqual([]);
    expect(brief(checkProposal(prepared, session))).toEqual([]);
  });
});

describe('PR-5: a proposal that is another entry of a saved meeting carrying a link: the link\'s finding is the meeting\'s', () => {
  // The 区政府办 saved its 全区安全生产工作会议 of 6 April 2027 14:00–16:00 with RELATED-TO;RELTYPE=DEPENDS-ON the city's
  // 全市安全生产工作会议 — which is on the 8th: the district meeting is premature (related-to `order`). The 区委办 now
  // enters the same meeting on its own calendar (same title and times, typed by hand: a retyped copy, README
  // checkProposal: "A proposal that is another entry of a meeting already saved … is that meeting: its findings are
  // returned as the full check cites them").
  const window = { from: '2027-01-01', to: '2027-12-31' } as const;
  const config = { timezone: 'Asia/Shanghai', rules: [] } as const satisfies CheckSettings;
  const existing = [
    occurrence({ calendar: cal.city, uid: 'city-safety', summary: '全市安全生产工作会议', start: '2027-04-08 09:00', end: '2027-04-08 11:00' }),
    occurrence({ calendar: cal.government, uid: 'gov-safety', summary: '全区安全生产工作会议', start: '2027-04-06 14:00', end: '2027-04-06 16:00', relations: [{ target: 'city-safety', relType: 'DEPENDS-ON' }] }),
  ];
  const partyEntry: ProposedMeeting = { calendar: 'quwei', summary: '全区安全生产工作会议', start: at('2027-04-06 14:00'), end: at('2027-04-06 16:00') };

  test('guard: the full check gives the meeting — both entries — the link\'s `order`, cited by the entry carrying the link', () => {
    expect(brief(fullCheckFor(existing, config, partyEntry, calendars, window))).toEqual(['order related-to quzf/gov-safety shiwei/city-safety']);
  });

  test('guard: the same entry proposed on a calendar sorting after the 区政府办\'s is given the `order`', () => {
    const later = { id: 'zhuren', office: '区人大办', level: 'district' } as const;
    const withLater = [...calendars, calendar(later)];
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars: withLater });
    const entry = { ...partyEntry, calendar: 'zhuren' };
    expect(brief(checkProposal(prepared, entry))).toEqual(['order related-to quzf/gov-safety shiwei/city-safety']);
  });

  // PR-5 (medium, pre-existing — also at d6698cf): the 区委办's save button shows nothing. checkProposal joins a saved
  // copy of the proposal only when the rules would cite it first ('quzf/…' does not sort before 'quwei/…'), so the
  // 区政府办's entry is not among the meeting's entries, none of them carries a link, and the ordering rules are not run.
  test('PR-5: the 区委办\'s entry of the premature meeting is given the link\'s `order` at the save button', () => {
    const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
    expect(brief(checkProposal(prepared, partyEntry))).toEqual(brief(fullCheckFor(existing, config, partyEntry, calendars, window)));
  });
});

describe('PR-6: a calendar whose file was not given — the save button claims the prerequisite is not scheduled', () => {
  // The 区委办's tool is run with the district's export only: the 市委办's calendar (city.ics) was not given. The full
  // check (`check`) says of the district's 全区总河长会议 that its city meeting could be on the unread calendar:
  // `order-missing` as info, naming 市委办 in `unreadable` (qa-bugs QA-8: "上级会议尚未安排" would be an unfounded claim
  // and send staff to call an office about a meeting that may well be scheduled).
  const raw = {
    timezone: 'Asia/Shanghai',
    window: { from: '2026-04-01', to: '2026-06-30' },
    calendars: [
      { id: 'city', file: 'city.ics', office: '市委办', level: 'city' },
      { id: 'district', file: 'district.ics', office: '区委办', level: 'district' },
    ],
    rules: [{ id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'quarter' }],
  };
  const riverChiefs = ['BEGIN:VEVENT', 'UID:district-river', 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=Asia/Shanghai:20260420T090000', 'DTEND;TZID=Asia/Shanghai:20260420T100000', 'SUMMARY:全区总河长会议', 'END:VEVENT'];
  const verdict = (findings: readonly Finding[]) => findings.map((f) => [f.kind, f.severity, 'unreadable' in f.data ? f.data.unreadable : undefined]);

  test('guard: the full check of the saved meeting: order-missing as info, naming the unread 市委办', () => {
    const report = check({ config: validConfig(raw), sources: new Map([['district.ics', vcalendar(riverChiefs)]]), configFile: 'tongchou.json' });
    expect(verdict(report.findings)).toEqual([['order-missing', 'info', '市委办']]);
  });

  // PR-6 (medium, pre-existing): prepareCheckFromSources "reads the calendars exactly as check does", but checkProposal
  // returns the rules' findings as they are: `order-missing` as a warning with `unreadable: ''` — the claim the full
  // check withholds. The marking of unread calendars (and of days beyond a calendar's export, X-CLIPEND, QF-16) is done
  // by `check` after the rules (src/check/check.ts), never for a proposal.
  test('PR-6: the same meeting proposed at the save button is order-missing as info, naming the unread 市委办', () => {
    const { prepared } = prepareCheckFromSources({ config: validConfig(raw), sources: new Map([['district.ics', vcalendar([])]]), configFile: 'tongchou.json' });
    const proposal: ProposedMeeting = { calendar: 'district', uid: 'district-river', summary: '全区总河长会议', start: at('2026-04-20 09:00'), end: at('2026-04-20 10:00') };
    expect(verdict(checkProposal(prepared, proposal))).toEqual([['order-missing', 'info', '市委办']]);
  });
});

describe('guards: the memos of 1cdfdbd keep holiday data and zones apart (an office tool serving two districts in one process)', () => {
  const window = { from: '2026-12-01', to: '2027-02-28' } as const;
  const econ = { id: 'econ', kind: 'follows', dependent: { level: 'district', summary: '经济工作会议' }, prerequisite: { level: 'city', summary: '经济工作会议' }, maxGap: { workingDays: 3 } } as const;
  /** One district's config with the 2027 notice (元旦 on Friday 1 January), the other's without: 2027 is not bundled. */
  const notice: HolidayData = { source: '国办发明电（测试）', dates: { '2027-01-01': 'holiday' }, years: [2027] };
  const relay = (day: string): ProposedMeeting => ({ calendar: 'quwei', summary: '全区经济工作会议', start: at(`${day} 09:00`), end: at(`${day} 11:00`) });

  test('the relays of the city meeting of 31 December 2026, within 3 working days: known with the notice, undetermined without, whichever config was checked first', () => {
    const existing = [occurrence({ calendar: cal.city, uid: 'city-econ', summary: '全市经济工作会议', start: '2026-12-31 09:00', end: '2026-12-31 11:00' })];
    const withNotice = { timezone: 'Asia/Shanghai', rules: [econ], holidays: notice } as const satisfies CheckSettings;
    const without = { timezone: 'Asia/Shanghai', rules: [econ] } as const satisfies CheckSettings;
    const answers = (config: CheckSettings) => {
      const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
      return ['2027-01-06', '2027-01-08'].map((day) => {
        const found = checkProposal(prepared, relay(day));
        expect(found).toEqual(fullCheckFor(existing, config, relay(day), calendars, window));
        return found.map((f) => `${f.kind}/${f.severity}`);
      });
    };
    for (let round = 0; round < 2; round += 1) {
      // W3 is Wednesday 6 January with the notice (1–3 January off); without it, 1 January onward is not known.
      expect(answers(withNotice)).toEqual([[], ['order-late/warning']]);
      expect(answers(without)).toEqual([['order-late/info'], ['order-late/info']]);
    }
  });

  test('a city meeting ending at 01:00 Beijing time ends the day before in Asia/Urumqi: each zone counts its own working days, whichever came first', () => {
    const existing = [occurrence({ calendar: cal.city, uid: 'city-econ', summary: '全市经济工作会议', start: '2027-01-04 22:30', end: '2027-01-05 01:00' })];
    const answer = (timezone: string) => {
      const config = { timezone, rules: [econ], holidays: notice } as const satisfies CheckSettings;
      const prepared = prepareCheck({ occurrences: existing, config, window, calendars });
      const found = checkProposal(prepared, relay('2027-01-08'));
      expect(found).toEqual(fullCheckFor(existing, config, relay('2027-01-08'), calendars, window));
      return brief(found);
    };
    for (let round = 0; round < 2; round += 1) {
      // Day 0 is 5 January in Beijing (W3 = 8 January), 4 January in Urumqi (W3 = 7 January: the relay is late).
      expect(answer('Asia/Shanghai')).toEqual([]);
      expect(answer('Asia/Urumqi')).toEqual(['order-late econ quwei/tongchou-proposal shiwei/city-econ']);
    }
  });
});
