/**
 * proposalFromOccurrence: a loaded occurrence as the proposal to move it — the rules must see the
 * same meeting (same people, same place, same busy-ness), so that checking it where it stands gives
 * the findings a full check gives for it.
 */
import { checkOccurrences } from '../../src/check/check-occurrences.js';
import { checkProposal, prepareCheck } from '../../src/check/check-proposal.js';
import { proposalFromOccurrence } from '../../src/suggest/proposal-from-occurrence.js';
import { occurrence } from '../helpers/occurrence.js';
import { scenario, settings, window } from '../check/scenario.js';

describe('proposalFromOccurrence', () => {
  test('keeps calendar, UID, instance, times and links; drops declined, delegated and non-participant attendees', () => {
    const o = occurrence({
      calendar: 'gov',
      uid: 'weekly',
      recurrenceId: '2022-05-10T07:00:00Z',
      start: '2022-05-10 15:00',
      end: '2022-05-10 17:00',
      summary: '常务会议',
      attendees: ['li@qu.gov.cn', { address: 'mailto:wang@qu.gov.cn', partstat: 'declined' }, { name: '秘书', role: 'non-participant' }, { address: 'mailto:zhao@qu.gov.cn', partstat: 'delegated' }, '李明'],
      relations: [{ target: 'city', relType: 'FINISHTOSTART' }],
    });
    const p = proposalFromOccurrence(o);
    expect(p).toMatchObject({ calendar: 'gov', uid: 'weekly', recurrenceId: '2022-05-10T07:00:00Z', summary: '常务会议', allDay: false });
    expect(p.start.toMillis()).toBe(o.start.toMillis());
    expect(p.end.toMillis()).toBe(o.end.toMillis());
    expect(p.attendees).toEqual(['mailto:li@qu.gov.cn', '李明']);
    expect(p.relations).toBe(o.relations);
  });

  test('a room booked as ATTENDEE;CUTYPE=ROOM becomes the location when there is none; a transparent entry books nobody', () => {
    const room = occurrence({ start: '2022-05-10 09:00', attendees: [{ name: '301会议室', cutype: 'room' }, 'li@qu.gov.cn'] });
    expect(proposalFromOccurrence(room)).toMatchObject({ location: '301会议室', attendees: ['mailto:li@qu.gov.cn'] });
    const withLocation = occurrence({ start: '2022-05-10 09:00', location: '大会堂', attendees: [{ name: '301会议室', cutype: 'room' }] });
    expect(proposalFromOccurrence(withLocation).location).toBe('大会堂');
    expect(proposalFromOccurrence(occurrence({ start: '2022-05-10 09:00', transparent: true })).busy).toBe('free');
  });

  test('checked where it stands, each meeting of the scenario gets the findings the full check gives it', () => {
    const occurrences = scenario();
    const report = checkOccurrences({ occurrences, config: settings, window });
    const prepared = prepareCheck({ occurrences, config: settings, window });
    for (const o of occurrences) {
      const full = report.findings.filter((f) => f.occurrences.some((r) => r.key === o.key)).map((f) => `${f.rule} ${f.kind}`).sort();
      const proposed = checkProposal(prepared, proposalFromOccurrence(o)).map((f) => `${f.rule} ${f.kind}`).sort();
      expect([o.key, proposed]).toEqual([o.key, full]);
    }
  });
});

describe('known limits of a ProposedMeeting', () => {
  // ProposedMeeting (check/check-proposal.ts) has a LOCATION but no room list: a meeting with a
  // LOCATION and a further room booked as ATTENDEE;CUTYPE=ROOM loses that room when proposed, so
  // its room clash is neither reported where it stands nor avoided by the suggestions. Needs
  // `rooms` (or attendees with CUTYPE) on ProposedMeeting; asked of the owner of check-proposal.ts.
  test.failing('a second room (ATTENDEE;CUTYPE=ROOM beside a LOCATION) still counts after proposalFromOccurrence', () => {
    const occurrences = [
      occurrence({ calendar: 'a', uid: 'held', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '301会议室' }),
      occurrence({ calendar: 'b', uid: 'moved', start: '2022-05-10 09:30', end: '2022-05-10 10:30', location: '大会堂', attendees: [{ name: '301会议室', cutype: 'room' }] }),
    ];
    const config = { timezone: 'Asia/Shanghai', rules: [{ id: 'rooms', kind: 'venue' as const }] };
    const prepared = prepareCheck({ occurrences, config, window });
    expect(checkProposal(prepared, proposalFromOccurrence(occurrences[1]!)).map((f) => f.kind)).toEqual(['venue']);
  });
});
