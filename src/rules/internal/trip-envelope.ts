/**
 * A trip and the appointments it is for (QB-12): one visit, not two engagements nor two bookings of a place.
 */
import type { Occurrence } from '../../model/occurrence.js';
import type { Directory } from '../../people/directory-types.js';
import { endMillis, startMillis } from '../../load/occurrence-millis.js';
import type { CopyOwners } from './meeting-copies.js';
import { atDestination, outOfOffice } from './occurrence-ref.js';

/**
 * Whether `entry` is an appointment of `trip` rather than a competing engagement (QB-12, QE-6).
 *
 * - `trip` is a stretch out of the office (`outOfOffice`: 出差 as an absence, or a timed 外出, 调研, 赴… block);
 * - `entry` is no absence and lies within it, at the trip's destination (`atDestination`), unless the caller
 *   already knows it is there (`venue`: both book the place);
 * - `entry` is an appointment of one leader's diary alone — every copy of it is on calendars of the one owner —
 *   and that leader holds the trip: a copy of it on his calendar, or his office's 领导活动安排 record naming
 *   him at its head (`李明：赴青石镇调研河道整治` on 区政府办's calendar, QE-6: the record books him as his own
 *   entry does, README “领导活动安排”) or listing him as an attendee (QG-9, `recordedFor`).
 *
 * A secretary enters the trip and the meetings it is for on the diary, or the office keeps the trip in its list.
 * A meeting from any other calendar (or a copy of one in the diary), or one in a room back in town or naming
 * no place, during the trip is still a clash: a false “same visit” would hide a real conflict.
 * @param trip - the enclosing occurrence
 * @param tripAbsence - whether `trip` matches the absence selector in force
 * @param entry - the occurrence within it
 * @param entryAbsence - whether `entry` does
 * @param context - which calendars hold each meeting (`copyOwners`, asked only when the rest holds), who
 *   takes part in an occurrence, and whether `entry` is already known to be at the trip's place
 * @returns true when `entry` is one of the trip's own appointments
 * @example
 * envelops(diaryTrip('赴青石镇调研', '09:00', '12:00', '青石镇'), false, diaryEntry('听取青石镇河长工作汇报', '10:00', '11:00', '青石镇河道'), false, context)
 * //=> true
 */
export function envelops(trip: Occurrence, tripAbsence: boolean, entry: Occurrence, entryAbsence: boolean, context: EnvelopeContext): boolean {
  if (entryAbsence || startMillis(entry) < startMillis(trip) || endMillis(entry) > endMillis(trip)) return false;
  const owner = entry.calendar.owner;
  if (owner === null || !outOfOffice(trip, tripAbsence) || (!context.atPlace && !atDestination(trip, entry))) return false;
  const owners = context.owners();
  return (owners.heldBy(trip, owner) || recordedFor(trip, owner, entry.calendar.office, context.directory)) && owners.onlyOn(entry, owner);
}

/** What {@link envelops} asks besides the two occurrences. */
export interface EnvelopeContext {
  /** The copy owners of the check (built on first use: most overlaps are no trip). */
  readonly owners: () => CopyOwners;
  readonly directory: Directory;
  /** True when the entry is known to be at the trip's place (both book it), so the destination is not asked. */
  readonly atPlace: boolean;
}

/**
 * Whether two entries are two leaders' own entries of one joint visit (QE-1): each a timed block out of the
 * office (`outOfOffice`: 赴…调研, 外出, 考察 …) on his own diary or in his office's 领导活动安排 record of him, two
 * different people, at the very same times, one of them accompanying the other (`陪同李区长调研青石镇河道整治` with
 * 李明's `赴青石镇调研河道整治`). `venue` asks it of two entries naming one place: one visit there, not two
 * bookings. Without 陪同, or at other times, two leaders' visits claiming one room stay a clash.
 * @param a - one entry
 * @param b - another
 * @param directory - who takes part in an occurrence (for a record's leader)
 * @returns true when the two are one joint visit
 * @example
 * jointVisit(liDiary('赴青石镇调研河道整治', '09:00', '12:00'), chenDiary('陪同李区长调研青石镇河道整治', '09:00', '12:00'), directory)
 * //=> true
 */
export function jointVisit(a: Occurrence, b: Occurrence, directory: Directory): boolean {
  if (startMillis(a) !== startMillis(b) || endMillis(a) !== endMillis(b)) return false;
  if (!ACCOMPANYING.test(titleOf(a)) && !ACCOMPANYING.test(titleOf(b))) return false;
  if (!outOfOffice(a, false) || !outOfOffice(b, false)) return false;
  const x = visitor(a, directory);
  const y = visitor(b, directory);
  return x !== null && y !== null && x !== y;
}

/** 陪同 opening a title (after a 领导活动安排 head, `陈静：陪同…`): the entry accompanies someone else's visit. */
const ACCOMPANYING = /^(?:[^：:]{2,8}[：:]|【[^】]{2,8}】)?陪同/u;

function titleOf(o: Occurrence): string {
  return o.summary.normalize('NFKC').replace(/\s+/gu, '');
}

/** Whose own entry an occurrence is: its calendar's owner, else the one person its 领导活动安排 head names; else null. */
function visitor(o: Occurrence, directory: Directory): string | null {
  if (o.calendar.owner !== null) return o.calendar.owner;
  const named = directory.participantsOf(o).filter((p) => p.via === 'summary');
  return named.length === 1 ? named[0]!.person.id : null;
}

/**
 * How an entry lists its people: ATTENDEE lines, the OA notice's 出席领导 / 参加人员 line in DESCRIPTION (QI-5), or
 * the ORGANIZER of an entry with no attendees — the OA writing the leader's trip as his own event (LE-3); he takes
 * part in it as README "Who takes part" says, so it holds his trip as an ATTENDEE line for him does.
 */
const LISTED: ReadonlySet<string> = new Set(['attendee', 'description', 'organizer']);

/**
 * Whether an office's entry is its 领导活动安排 record of `person`'s own activity: on a calendar with no owner,
 * naming him at the head of its title (`李明：…`, `【李明】…`; participation `summary`, QC-11), or — on the
 * calendar of the office that keeps his diary (`diaryOffice`, the office of the calendar he owns) — listing
 * him as a participant who has not declined, as DingTalk and Outlook write it when the secretary adds the
 * leader to the trip (QG-9), or as the office's OA writes it in a 出席领导 / 参加人员 line (QI-5) or with him as the
 * ORGANIZER of an entry listing nobody (LE-3). Another office's entry that invites him (区委办's `赴青石镇调研` with ATTENDEE 李明)
 * is an invitation, not his office's record: its appointments stay clashes (QE-6).
 */
function recordedFor(trip: Occurrence, person: string, diaryOffice: string | null, directory: Directory): boolean {
  if (trip.calendar.owner !== null) return false;
  const ownOffice = diaryOffice !== null && trip.calendar.office === diaryOffice;
  return directory
    .participantsOf(trip)
    .some((p) => p.person.id === person && (p.via === 'summary' || (ownOffice && LISTED.has(p.via) && p.partstat !== 'declined')));
}
