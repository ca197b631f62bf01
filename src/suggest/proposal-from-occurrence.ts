/**
 * The meeting to move, as `checkProposal` and `suggestSlots` take it: an occurrence already in the
 * calendars, turned into a `ProposedMeeting` with the same calendar, UID and instance, so that
 * the saved version gives way to the proposal instead of clashing with it.
 */
import type { ProposedMeeting } from '../check/check-proposal.js';
import type { Occurrence } from '../model/occurrence.js';

/**
 * A loaded occurrence as a proposal to move it. What a `ProposedMeeting` cannot carry is mapped so
 * that the rules see the same meeting:
 * - attendees who declined or delegated (RFC 5545 §3.2.12) or are `ROLE=NON-PARTICIPANT` are left
 *   out: they are not booked by it now and would wrongly be after the move;
 * - rooms (`ATTENDEE;CUTYPE=ROOM`, §3.2.3) are not people: they become the proposal's `rooms`, in
 *   their order, by CN and by address (a room written with both gives both, since `venue` matches a
 *   room by either), so that every room stays booked and `travel-time` still measures to the first
 *   when there is no LOCATION; the LOCATION is kept as written;
 * - a transparent occurrence (TRANSP, §3.8.2.7) becomes busy status `free`, which books nobody alike;
 * - every remaining attendee is "not answered yet" (a moved meeting is a new invitation), so a
 *   tentative acceptance counts as busy.
 * @param occurrence - the occurrence to move
 * @returns the proposal; change its `start` and `end` to try another time
 * @example
 * proposalFromOccurrence(riverMeeting).uid
 * //=> 'river-chief-2022@jb.gov.example'
 */
export function proposalFromOccurrence(occurrence: Occurrence): ProposedMeeting {
  const people = occurrence.attendees.filter(
    (a) => a.cutype !== 'room' && a.cutype !== 'resource' && a.partstat !== 'declined' && a.partstat !== 'delegated' && a.role !== 'non-participant',
  );
  // Rooms and resources alike: both are booked (bookedPlaces), so a moved meeting keeps them free.
  const rooms = occurrence.attendees.flatMap((a) => (a.cutype === 'room' || a.cutype === 'resource' ? [a.name, a.address].filter((v): v is string => v !== null) : []));
  const organizer = occurrence.organizer === null ? undefined : (occurrence.organizer.address ?? occurrence.organizer.name ?? undefined);
  return {
    calendar: occurrence.calendar.id,
    uid: occurrence.uid,
    recurrenceId: occurrence.recurrenceId,
    summary: occurrence.summary,
    start: occurrence.start,
    end: occurrence.end,
    allDay: occurrence.allDay,
    location: occurrence.location,
    attendees: people.flatMap((a) => a.address ?? a.name ?? []),
    rooms,
    ...(organizer !== undefined && { organizer }),
    categories: occurrence.categories,
    ...(occurrence.status !== null && { status: occurrence.status }),
    busy: occurrence.transparent ? 'free' : occurrence.busy,
    ...(occurrence.description !== null && { description: occurrence.description }),
    xProps: occurrence.xProps,
    relations: occurrence.relations,
    concepts: occurrence.concepts,
    refIds: occurrence.refIds,
  };
}
