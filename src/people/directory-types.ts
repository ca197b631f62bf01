/**
 * The interface rules use to ask "who is in this occurrence?". Implemented by `people/directory.ts`.
 */
import type { Attendee, Occurrence } from '../model/occurrence.js';
import type { Person, PersonRef } from '../model/person.js';

/** How a person takes part in an occurrence. */
export interface Participation {
  readonly person: PersonRef;
  /**
   * Why the person is counted: listed as ATTENDEE (not NON-PARTICIPANT), the ORGANIZER of an
   * event that lists no attendees (when the organizer is a directory person or the calendar has an
   * owner: an office mailbox Google writes as ORGANIZER of every event is nobody), or the owner of
   * the calendar the occurrence is on (a personal schedule), or named on a labelled line of the
   * DESCRIPTION of an event without any ATTENDEE line (`description`: 出席领导：李明, as OA 会议通知 exports
   * write it, QB-29), or at the head of the title of such an event (`summary`: `李明：赴青石镇调研`, an
   * office's 领导活动安排, QC-11). An ATTENDEE line wins over the others.
   */
  readonly via: 'attendee' | 'organizer' | 'owner' | 'description' | 'summary';
  /** Lower-cased PARTSTAT; `accepted` for organizers and owners without an ATTENDEE line (an owner's own NON-PARTICIPANT line gives its PARTSTAT). */
  readonly partstat: string;
  /**
   * Whether the occurrence's busy-time marks (TRANSP, RFC 5545 §3.8.2.7; Outlook's BUSYSTATUS FREE or
   * WORKINGELSEWHERE) speak for this person: they state the busy time of the calendar the entry is on.
   * True for the owner of a personal calendar, for an organizer whose own appointment it is, and for
   * everyone on a bare calendar (no office, no owner: someone's own export). False for the attendees
   * an office's calendar or another person's calendar lists: their own reply (PARTSTAT, RFC 5546
   * §2.1.2) decides (QB-31). Absent means true.
   */
  readonly transparencyBinds?: boolean;
  /**
   * Whether every ATTENDEE line naming the person says ROLE=OPT-PARTICIPANT (RFC 5545 §3.2.16:
   * optional participation, Outlook's “可选”): unless accepted, it commits them like a tentative answer (QB-24).
   * Absent means false.
   */
  readonly optional?: boolean;
}

/** Who is who: the configured people, alias resolution and the participants of an occurrence. */
export interface Directory {
  /** Every person in the directory, in config order. */
  readonly people: readonly Person[];
  /** The directory entry for an id, if any. */
  person(id: string): Person | undefined;
  /** Resolves a name, address or alias as written on a calendar (case- and `mailto:`-insensitive). */
  resolve(nameOrAddress: string): PersonRef;
  /** Resolves a config reference: a person id, an alias, or `role:总河长` (every holder of the role). */
  resolveReference(reference: string): readonly PersonRef[];
  /** The people in an occurrence, each once, with how they take part (rooms and resources excluded). */
  participantsOf(occurrence: Occurrence): readonly Participation[];
  /**
   * The directory person an attendee's CN names (as a name, alias, or name plus post) when its mail
   * address is not among that person's aliases, the config giving them some mail address: under the
   * 重名 rule (QA26-9) the line is someone else, and staff may need to add the address (QB-21). Null
   * otherwise.
   */
  namesakeOf(attendee: Attendee): PersonRef | null;
  /**
   * This directory over the check's meetings with `added` saved and `removed` gone — a proposal at the
   * save button: a 领导活动安排 record (`李明：区总河长会议`) books its people only when no loaded meeting
   * on another calendar books them (QC-41, QD-10), and the proposal may be that meeting. Everything
   * else answers as this directory does.
   */
  withMeetings(added: readonly Occurrence[], removed: (o: Occurrence) => boolean): Directory;
}
