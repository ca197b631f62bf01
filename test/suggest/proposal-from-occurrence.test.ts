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

  test('rooms booked as ATTENDEE;CUTYPE=ROOM become the rooms, by CN and address; the LOCATION stays as written; a transparent entry books nobody', () => {
    const room = occurrence({ start: '2022-05-10 09:00', attendees: [{ name: '301会议室', cutype: 'room' }, 'li@qu.gov.cn'] });
    expect(proposalFromOccurrence(room)).toMatchObject({ location: null, rooms: ['301会议室'], attendees: ['mailto:li@qu.gov.cn'] });
    const withLocation = occurrence({
      start: '2022-05-10 09:00',
      location: '大会堂',
      attendees: [{ name: '301会议室', cutype: 'room' }, { name: '302会议室', address: 'mailto:room302@qu.gov.cn', cutype: 'room', partstat: 'declined' }],
    });
    expect(proposalFromOccurrence(withLocation)).toMatchObject({ location: '大会堂', rooms: ['301会议室', '302会议室', 'mailto:room302@qu.gov.cn'], attendees: [] });
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

describe('rooms beside the LOCATION (issue 6)', () => {
  const config = { timezone: 'Asia/Shanghai', rules: [{ id: 'rooms', kind: 'venue' as const }] };

  test('a second room (ATTENDEE;CUTYPE=ROOM beside a LOCATION) still counts after proposalFromOccurrence', () => {
    const occurrences = [
      occurrence({ calendar: 'a', uid: 'held', start: '2022-05-10 09:00', end: '2022-05-10 10:00', location: '301会议室' }),
      occurrence({ calendar: 'b', uid: 'moved', start: '2022-05-10 09:30', end: '2022-05-10 10:30', location: '大会堂', attendees: [{ name: '301会议室', cutype: 'room' }] }),
    ];
    const prepared = prepareCheck({ occurrences, config, window });
    const found = checkProposal(prepared, proposalFromOccurrence(occurrences[1]!));
    expect(found.map((f) => [f.kind, f.data, f.occurrences.map((o) => o.key)])).toEqual([
      ['venue', expect.objectContaining({ location: '301会议室' }), ['a/held', 'b/moved']],
    ]);
  });

  test('a room is matched by its address when the two calendars name it differently', () => {
    const occurrences = [
      occurrence({ calendar: 'a', uid: 'held', start: '2022-05-10 09:00', end: '2022-05-10 10:00', attendees: [{ name: '三楼小会议室', address: 'mailto:room301@qu.gov.cn', cutype: 'room' }] }),
      occurrence({ calendar: 'b', uid: 'moved', start: '2022-05-10 09:30', end: '2022-05-10 10:30', location: '大会堂', attendees: [{ name: '301会议室', address: 'mailto:room301@qu.gov.cn', cutype: 'room' }] }),
    ];
    const report = checkOccurrences({ occurrences, config, window });
    const prepared = prepareCheck({ occurrences, config, window });
    const proposed = checkProposal(prepared, proposalFromOccurrence(occurrences[1]!));
    expect(proposed.map((f) => f.kind)).toEqual(['venue']);
    expect(proposed).toEqual(report.findings);
  });
});
