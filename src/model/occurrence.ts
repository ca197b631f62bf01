/**
 * An occurrence is one instance of a calendar event as it stands in time: a single event, or one
 * expanded instance of a recurring series (with its override applied). Rules only ever see
 * occurrences; they never see `.ics` syntax.
 */
import type { DateTime, Duration } from 'luxon';
import type { CalendarInfo } from './calendar.js';
import type { FileLocation } from './problem.js';

/** RFC 5545 §3.8.1.11 STATUS of a VEVENT, lower-cased. Absent STATUS is `null`, not "confirmed". */
export type EventStatus = 'tentative' | 'confirmed' | 'cancelled';

/**
 * Whether the occurrence blocks the people in it, from TRANSP, STATUS and Outlook's
 * `X-MICROSOFT-CDO-BUSYSTATUS` (FREE, TENTATIVE, BUSY, OOF, WORKINGELSEWHERE).
 * `oof` (out of office) blocks like `busy`.
 */
export type BusyStatus = 'busy' | 'tentative' | 'free' | 'oof' | 'working-elsewhere';

/** RFC 5545 §3.2.12 PARTSTAT values for a VEVENT, lower-cased; unknown values are kept as written. */
export type ParticipationStatus =
  | 'needs-action'
  | 'accepted'
  | 'declined'
  | 'tentative'
  | 'delegated'
  | (string & {});

/** A person named on an occurrence (ATTENDEE or ORGANIZER). */
export interface Attendee {
  /** Calendar address as written, e.g. `mailto:li@qu.gov.cn`; null when only a name was given. */
  readonly address: string | null;
  /** The CN parameter. */
  readonly name: string | null;
  /** RFC 5545 ROLE parameter lower-cased (`req-participant`, `opt-participant`, `chair`, `non-participant`). */
  readonly role: string;
  /** PARTSTAT, lower-cased; `needs-action` when absent (RFC 5545 default). */
  readonly partstat: ParticipationStatus;
  /** CUTYPE lower-cased (`individual`, `room`, `resource`, …); `individual` when absent. */
  readonly cutype: string;
  /**
   * RFC 7986 §6.2 EMAIL parameter: the mail address that identifies the user when the calendar address
   * is no `mailto:` (CalDAV / iCloud principals `urn:uuid:…`). Absent or null when not written.
   */
  readonly email?: string | null;
  /**
   * RFC 5545 §3.2.18 SENT-BY parameter: the calendar user acting on behalf of this one (a secretary
   * sending the leader's invitation from his account). Absent or null when not written.
   */
  readonly sentBy?: string | null;
}

/**
 * A RELATED-TO link (RFC 5545 §3.8.4.5, extended by RFC 9253 §9.1): this occurrence relates to the
 * component whose UID (or URI, or other reference) is `target`.
 */
export interface Relation {
  /** The property value: a UID, or a URI when `valueType` is `uri`. */
  readonly target: string;
  readonly valueType: 'uid' | 'uri' | 'text';
  /**
   * RELTYPE upper-cased: PARENT (default), CHILD, SIBLING, and RFC 9253's FINISHTOSTART,
   * FINISHTOFINISH, STARTTOFINISH, STARTTOSTART, FIRST, NEXT, DEPENDS-ON, REFID, CONCEPT.
   */
  readonly relType: string;
  /** RFC 9253 §6.2 GAP parameter (the lead or lag between the two); null when absent. */
  readonly gap: Duration | null;
}

/** One instance of an event, ready for the rules. */
export interface Occurrence {
  /**
   * Stable key, unique within a check: `calendarId/uid` plus `/recurrenceId` for instances of a
   * series. Findings refer to occurrences by it.
   */
  readonly key: string;
  readonly calendar: CalendarInfo;
  readonly uid: string;
  /**
   * The instance's original start (RECURRENCE-ID), for instances of recurring events: an ISO date for
   * all-day series, otherwise an ISO instant in UTC (`2022-05-10T01:00:00Z`). Null for single events.
   */
  readonly recurrenceId: string | null;
  /** Start of the occurrence, in the zone it was written in (the calendar's default zone for floating times and dates). */
  readonly start: DateTime;
  /** End, exclusive. Equal to `start` for a zero-length event. */
  readonly end: DateTime;
  /** True for DATE-valued events: `start`/`end` are then midnights in the calendar's default zone. */
  readonly allDay: boolean;
  readonly summary: string;
  readonly description: string | null;
  readonly location: string | null;
  readonly organizer: Attendee | null;
  readonly attendees: readonly Attendee[];
  readonly categories: readonly string[];
  readonly status: EventStatus | null;
  readonly transparent: boolean;
  readonly busy: BusyStatus;
  readonly relations: readonly Relation[];
  /** RFC 9253 §7.1 CONCEPT values (URIs naming what the event is about). */
  readonly concepts: readonly string[];
  /** RFC 9253 §7.2 REFID values (free-text keys grouping related components). */
  readonly refIds: readonly string[];
  /** X- and other unknown properties by upper-cased name, each with its values as text. */
  readonly xProps: Readonly<Record<string, readonly string[]>>;
  /**
   * RFC 5545 §3.8.7.4 SEQUENCE of the VEVENT (or override) that produced this occurrence: the revision
   * number, 0 when absent. Copies of one meeting (same UID) on several calendars with different
   * sequences are revisions, the highest being current. Optional so hand-built occurrences may omit it
   * (read as 0).
   */
  readonly sequence?: number;
  /**
   * The revision of the series as this calendar holds it: the SEQUENCE of the UID's VEVENT without
   * RECURRENCE-ID (the master with the RRULE, or the single event itself). Equal to `sequence` except
   * for an instance an override (RECURRENCE-ID) rewrote, whose own SEQUENCE is often higher than its
   * master's — that is normal (RFC 5545 §3.8.7.4: an instance rescheduled after the series was
   * written). A lower series revision than another calendar's makes every instance of this copy of
   * the series stale, also the instances the newer series no longer has. Absent for an override whose
   * file holds no master (an attendee invited to one instance) and for hand-built occurrences.
   */
  readonly seriesSequence?: number;
  /**
   * The LAST-MODIFIED of the series as this calendar holds it (its VEVENT without RECURRENCE-ID), as epoch
   * milliseconds; absent when the master wrote none, for an override whose file holds no master, and for
   * hand-built occurrences. With the same `seriesSequence` (OA systems never raise it), a later one on
   * another calendar is the newer revision of the whole series (QL-1), as within one file.
   */
  readonly seriesLastModified?: number;
  /**
   * RFC 5545 §3.8.7.3 LAST-MODIFIED of the VEVENT (or override) that produced this occurrence, as epoch
   * milliseconds; absent when not written. Of two copies of one event on two calendars with the same
   * SEQUENCE (OA systems never raise it), the later LAST-MODIFIED is the newer revision (RFC 5546
   * §2.1.5: SEQUENCE, then the time of the revision), as the loader already decides within one file.
   */
  readonly lastModified?: number;
  /**
   * True for a copy read from a saved cancellation message (`METHOD:CANCEL`, RFC 5546 §3.2.5): the organizer's
   * word, sent after the invitation it cancels. Google and DingTalk send it at the invitation's own SEQUENCE,
   * so among copies with the same SEQUENCE (and no LAST-MODIFIED telling them apart) it is the newer revision.
   * Absent on every other occurrence.
   */
  readonly savedCancellation?: boolean;
  /**
   * True when the occurrence comes from an override with `RANGE=THISANDFUTURE` (RFC 5545 §3.8.4.4): it revises its
   * instance and every later one of the series, shifted by the same offset — also the later instances of the series'
   * older copies on other calendars (QL-2). Absent on every other occurrence.
   */
  readonly thisAndFuture?: boolean;
  /** Where the VEVENT that produced this occurrence begins (its BEGIN:VEVENT line). */
  readonly source: FileLocation;
  /**
   * True for a meeting about to be saved (`checkProposal`, `suggestSlots`), and for the copies that move
   * with it (QE-5), not read from a calendar as they are. No free/busy block on a diary (忙碌, Outlook
   * 仅显示忙闲) that is not part of the proposal can be its published view: a block at its very times was
   * there before it, so it is another engagement (QE-2), not the meeting seen through free/busy (QC-25).
   * Absent on loaded occurrences.
   */
  readonly proposed?: boolean;
  /**
   * `start.toMillis()`, when the producer holds the instant without a DateTime (the loader's
   * occurrences expose it as a getter and build `start` only on first use). Optional: code that only
   * compares times reads `o.startMillis ?? o.start.toMillis()`. Whoever sets it must keep it equal to
   * `start` — a copy made with spread and another `start` must not carry it over (the loader's is a
   * prototype getter, which spread does not copy).
   */
  readonly startMillis?: number;
  /** `end.toMillis()`, under the same terms as {@link Occurrence.startMillis}. */
  readonly endMillis?: number;
}
