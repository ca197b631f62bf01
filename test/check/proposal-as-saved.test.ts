/**
 * proposalAsSaved: the SEQUENCE an edit is checked with (RFC 5545 §3.8.7.4), so that the save button reads a moved
 * meeting as the newest revision of it, as the full check reads it once the office has saved it (PR-1).
 */
import type { CheckSettings } from '../../src/check/check-occurrences.js';
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { checkProposal, prepareCheck, proposalAsSaved, proposalOccurrence, type ProposedMeeting } from '../../src/check/check-proposal.js';
import type { CalendarInfo } from '../../src/model/calendar.js';
import type { Finding } from '../../src/model/finding.js';
import type { Occurrence } from '../../src/model/occurrence.js';
import { at, calendar, occurrence } from '../helpers/occurrence.js';
import { fullCheckFor } from './full-check-for.js';

const cal = {
  government: { id: 'quzf', office: '区政府办', level: 'district' },
  mayor: { id: 'mayor', owner: '李明', level: 'district' },
  party: { id: 'quwei', office: '区委办', level: 'district' },
} as const;
const calendars: readonly CalendarInfo[] = Object.values(cal).map((c) => calendar(c));
const window = { from: '2027-03-01', to: '2027-03-31' } as const;
const config = { timezone: 'Asia/Shanghai', rules: [{ id: 'busy', kind: 'no-double-booking' }] } as const satisfies CheckSettings;
const brief = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.kind} ${f.occurrences.map((o) => o.key).join(' ')}`);
const revised = (o: Occurrence, sequence: number): Occurrence => ({ ...o, sequence, seriesSequence: sequence });

const uid = 'cw-2027-05@quzf.gov.cn';
const meeting = { uid, summary: '区政府常务会议', start: '2027-03-03 09:00', end: '2027-03-03 11:00', attendees: [{ name: '李明', address: 'mailto:liming@qu.gov.cn' }] } as const;
/** The 常务会议 moved once already (SEQUENCE 1), on the 区政府办's calendar and as the invitation on the 区长's diary; his 调研 on the 5th. */
const existing = [
  revised(occurrence({ ...meeting, calendar: cal.government }), 1),
  revised(occurrence({ ...meeting, calendar: cal.mayor }), 1),
  occurrence({ calendar: cal.mayor, uid: 'visit', summary: '调研重点项目', start: '2027-03-05 09:00', end: '2027-03-05 11:00', attendees: [{ name: '李明', address: 'mailto:liming@qu.gov.cn' }] }),
];
const edit: ProposedMeeting = { calendar: 'quzf', uid, summary: meeting.summary, start: at(meeting.start), end: at(meeting.end), attendees: ['李明 <liming@qu.gov.cn>'] };
const prepared = prepareCheck({ occurrences: existing, config, window, calendars });

describe('proposalAsSaved', () => {
  test('an edit that keeps the times keeps the highest SEQUENCE of the saved copies', () => {
    expect(proposalAsSaved(prepared, { ...edit, location: '第一会议室' }).sequence).toBe(1);
  });

  test('a move raises it by one; so does a cancellation in place (STATUS is a revision too)', () => {
    expect(proposalAsSaved(prepared, { ...edit, start: at('2027-03-05 09:00'), end: at('2027-03-05 11:00') }).sequence).toBe(2);
    expect(proposalAsSaved(prepared, { ...edit, status: 'cancelled' }).sequence).toBe(2);
  });

  test('the highest is taken across calendars: a copy of a later revision elsewhere is not left newer than the edit', () => {
    const ahead = [existing[0]!, revised(existing[1]!, 3), existing[2]!];
    const p = prepareCheck({ occurrences: ahead, config, window, calendars });
    expect(proposalAsSaved(p, { ...edit, start: at('2027-03-05 09:00'), end: at('2027-03-05 11:00') }).sequence).toBe(4);
  });

  test('a new meeting, a meeting with no saved copy, and a SEQUENCE the tool gives are left as they are', () => {
    const { uid: _uid, ...fresh } = edit;
    expect(proposalAsSaved(prepared, fresh).sequence).toBeUndefined();
    expect(proposalAsSaved(prepared, { ...edit, uid: 'other@quzf.gov.cn' }).sequence).toBe(0);
    expect(proposalAsSaved(prepared, { ...edit, sequence: 7 }).sequence).toBe(7);
  });

  test('a short UID (an OA row number) counts only copies of the same title: another office\'s row 12 is another event', () => {
    const row = (calendarId: typeof cal.government | typeof cal.party, summary: string, sequence: number) =>
      revised(occurrence({ calendar: calendarId, uid: '12', summary, start: '2027-03-10 09:00' }), sequence);
    const p = prepareCheck({ occurrences: [row(cal.government, '区长办公会', 1), row(cal.party, '区委理论学习中心组学习', 5)], config, window, calendars });
    expect(proposalAsSaved(p, { calendar: 'quzf', uid: '12', summary: '区长办公会', start: at('2027-03-11 09:00'), end: at('2027-03-11 10:00') }).sequence).toBe(2);
  });

  test('LAST-MODIFIED: a second after the latest copy\'s when the office\'s own saved version carries one (its system writes it)', () => {
    const stamp = (o: Occurrence, text: string): Occurrence => ({ ...o, lastModified: at(text).toMillis() });
    const own = prepareCheck({ occurrences: [stamp(existing[0]!, '2027-02-20 10:00'), stamp(existing[1]!, '2027-02-25 10:00'), existing[2]!], config, window, calendars });
    expect(proposalAsSaved(own, { ...edit, sequence: 0 }).lastModified?.toMillis()).toBe(at('2027-02-25 10:00:01').toMillis());
    // Only the diary's copy carries one: the office's system writes none, and none is made up.
    const diaryOnly = prepareCheck({ occurrences: [existing[0]!, stamp(existing[1]!, '2027-02-25 10:00'), existing[2]!], config, window, calendars });
    expect(proposalAsSaved(diaryOnly, { ...edit, sequence: 0 }).lastModified).toBeUndefined();
    // One the tool gives is kept.
    expect(proposalAsSaved(own, { ...edit, lastModified: at('2027-03-01 08:00') }).lastModified?.toMillis()).toBe(at('2027-03-01 08:00').toMillis());
  });

  test('an instance of a series counts the copies of that instance only', () => {
    const instance = (day: string, sequence: number) =>
      ({ ...revised(occurrence({ calendar: cal.government, uid: 'weekly@quzf.gov.cn', recurrenceId: `2027-${day.slice(0, 2)}-${day.slice(2)}T01:00:00Z`, summary: '周例会', start: `2027-${day.slice(0, 2)}-${day.slice(2)} 09:00` }), sequence), seriesSequence: 0 });
    const p = prepareCheck({ occurrences: [instance('0308', 0), instance('0315', 4)], config, window, calendars });
    const moved = (rid: string, start: string): ProposedMeeting => ({ calendar: 'quzf', uid: 'weekly@quzf.gov.cn', recurrenceId: rid, summary: '周例会', start: at(start), end: at(start).plus({ hours: 1 }) });
    expect(proposalAsSaved(p, moved('2027-03-08T01:00:00Z', '2027-03-09 09:00')).sequence).toBe(1);
    expect(proposalAsSaved(p, moved('2027-03-15T01:00:00Z', '2027-03-16 09:00')).sequence).toBe(5);
  });
});

describe('a moved meeting at the save button is the newest revision (PR-1)', () => {
  const move: ProposedMeeting = { ...edit, start: at('2027-03-05 09:00'), end: at('2027-03-05 11:00') };

  test('the 区长\'s invitation of revision 1 at the old time gives way: moving onto his 调研 is a double booking, as after saving', () => {
    const saved = { ...proposalOccurrence(proposalAsSaved(prepared, move), calendar(cal.government)), proposed: undefined };
    const afterSaving = brief(checkOccurrences({ occurrences: [...existing.filter((o) => o.key !== saved.key), saved], config, window }).findings);
    expect(afterSaving).toEqual([expect.stringMatching(/^double-booking .*mayor\/visit/u)]);
    expect(brief(checkProposal(prepared, move))).toEqual(afterSaving);
    expect(brief(fullCheckFor(existing, config, move, calendars, window))).toEqual(afterSaving);
    // Checked as revision 0 (what the save button did before), the invitation of revision 1 is the meeting: no clash.
    expect(brief(checkProposal(prepared, { ...move, sequence: 0 }))).toEqual([]);
  });
});
