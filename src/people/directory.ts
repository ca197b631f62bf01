/**
 * The people directory: resolves the names and addresses written on calendars to people, and tells
 * the rules who takes part in an occurrence. Unknown attendees are people too (keyed
 * `unknown:<normalised address or name>`), so a double booking of someone missing from the
 * directory is still found.
 */
import type { Attendee, Occurrence } from '../model/occurrence.js';
import type { Person, PersonRef } from '../model/person.js';
import type { Directory, Participation } from './directory-types.js';
import { personKey } from './internal/person-key.js';

/** RFC 5545 §3.2.3 CUTYPE values that are not people: they book rooms and equipment (see `venue`). */
const NOT_PEOPLE: ReadonlySet<string> = new Set(['room', 'resource']);

/** How firmly a PARTSTAT commits the person, for merging one person named twice on one event. */
const PARTSTAT_STRENGTH: Readonly<Record<string, number>> = {
  accepted: 5,
  tentative: 4,
  'needs-action': 3,
  delegated: 1,
  declined: 0,
};

/**
 * Builds a directory over the configured people.
 *
 * Matching ignores case, full-width/half-width forms (NFKC), whitespace and a `mailto:` prefix, so
 * `MAILTO:Li@Qu.gov.cn`, `li@qu.gov.cn` and `ｌｉ＠ｑｕ．ｇｏｖ．ｃｎ` are one person. When two people
 * claim the same alias, the first in config order wins (config validation reports the clash).
 * @param people - the directory entries, in config order
 * @returns a {@link Directory}
 * @example
 * createDirectory([{ id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'] }]).resolve('MAILTO:LI@QU.GOV.CN')
 * //=> { id: 'li', name: '李明', known: true }
 */
export function createDirectory(people: readonly Person[]): Directory {
  const byId = new Map<string, Person>();
  const byKey = new Map<string, Person>();
  const byRole = new Map<string, Person[]>();

  const claim = (text: string, person: Person): void => {
    const key = personKey(text);
    if (key !== '' && !byKey.has(key)) byKey.set(key, person);
  };

  for (const person of people) {
    if (!byId.has(person.id)) byId.set(person.id, person);
  }
  // Ids first, then names, then aliases: an id always wins over someone else's alias.
  for (const person of people) claim(person.id, person);
  for (const person of people) claim(person.name, person);
  for (const person of people) {
    for (const alias of person.aliases ?? []) {
      // `李明 <liming@jb.gov.example>` (RFC 5322 name-addr, as mail clients and OA address books copy
      // it): the address inside the brackets and the name before them are each an alias.
      const nameAddr = /^\s*"?([^"<]*?)"?\s*<([^<>]+)>\s*$/u.exec(alias);
      if (nameAddr === null) claim(alias, person);
      else {
        claim(nameAddr[2]!, person);
        if (nameAddr[1]!.trim() !== '') claim(nameAddr[1]!, person);
      }
    }
    for (const role of person.roles ?? []) {
      const key = personKey(role);
      const holders = byRole.get(key) ?? [];
      holders.push(person);
      byRole.set(key, holders);
    }
  }

  const known = (person: Person): PersonRef => ({ id: person.id, name: person.name, known: true });

  const resolve = (nameOrAddress: string): PersonRef => {
    const key = personKey(nameOrAddress);
    const person = byKey.get(key);
    if (person !== undefined) return known(person);
    return { id: `unknown:${key}`, name: nameOrAddress.trim().replace(/^mailto:/i, ''), known: false };
  };

  // Calendars repeat the same few hundred addresses across thousands of occurrences; normalising
  // (NFKC) each time dominated the attendance rules' run time, so resolutions are remembered.
  // By address, then name: no key string is joined per attendee (a city's year resolves a million
  // attendee lines, and each joined key had to be built and hashed anew).
  const attendeeCache = new Map<string | null, Map<string | null, PersonRef | null>>();
  const resolveAttendee = (attendee: Attendee): PersonRef | null => {
    let byName = attendeeCache.get(attendee.address);
    if (byName === undefined) {
      byName = new Map();
      attendeeCache.set(attendee.address, byName);
    }
    const cached = byName.get(attendee.name);
    if (cached !== undefined) return cached;
    const resolved = resolveAttendeeUncached(attendee);
    byName.set(attendee.name, resolved);
    return resolved;
  };

  const resolveAttendeeUncached = (attendee: Attendee): PersonRef | null => {
    const address = attendee.address !== null && personKey(attendee.address) !== '' ? attendee.address : null;
    const name = attendee.name !== null && personKey(attendee.name) !== '' ? attendee.name : null;
    for (const text of [address, name]) {
      if (text === null) continue;
      const person = byKey.get(personKey(text));
      if (person !== undefined) return known(person);
    }
    // Unknown: keyed by the address (stable across CN spellings), displayed by the CN name.
    const keyText = address ?? name;
    if (keyText === null) return null;
    return { id: `unknown:${personKey(keyText)}`, name: name ?? keyText.replace(/^mailto:/i, ''), known: false };
  };

  const ownerOf = (owner: string): PersonRef => {
    const person = byId.get(owner);
    return person !== undefined ? known(person) : resolve(owner);
  };

  const resolveReference = (reference: string): readonly PersonRef[] => {
    const match = /^\s*role\s*[:：]\s*(.+)$/iu.exec(reference.normalize('NFKC'));
    if (match?.[1] !== undefined) return (byRole.get(personKey(match[1])) ?? []).map(known);
    const person = byId.get(reference);
    return [person !== undefined ? known(person) : resolve(reference)];
  };

  // Every instance of a series shares its attendees array and organizer object (the loader builds
  // them once per VEVENT), and the answer depends on nothing else but the calendar's owner: it is
  // remembered per (attendees, organizer, owner), a third of the work at 100 000 occurrences.
  const participantsMemo = new WeakMap<readonly Attendee[], ParticipantsMemo>();
  const participantsOf = (occurrence: Occurrence): readonly Participation[] => {
    const { organizer, attendees } = occurrence;
    const owner = occurrence.calendar.owner;
    const memo = participantsMemo.get(attendees);
    if (memo === undefined) {
      const participants = Object.freeze(participantsUncached(occurrence));
      participantsMemo.set(attendees, { organizer, owner, participants, others: new Map() });
      return participants;
    }
    // Nearly every attendee array belongs to one VEVENT on one calendar: one comparison answers.
    if (memo.organizer === organizer && memo.owner === owner) return memo.participants;
    let byOwner = memo.others.get(organizer);
    if (byOwner === undefined) {
      byOwner = new Map();
      memo.others.set(organizer, byOwner);
    }
    let participants = byOwner.get(owner);
    if (participants === undefined) {
      participants = Object.freeze(participantsUncached(occurrence));
      byOwner.set(owner, participants);
    }
    return participants;
  };

  const participantsUncached = (occurrence: Occurrence): Participation[] => {
    // One entry per person. An ATTENDEE line is authoritative for PARTSTAT (a leader who declined
    // stays declined even on his own calendar, also on a NON-PARTICIPANT line); the calendar owner
    // without an ATTENDEE line of their own is taken to attend.
    //
    // The ORGANIZER attends only through an ATTENDEE line of their own when the event lists
    // attendees (in iTIP, RFC 5546, an organizer who attends lists themselves as an attendee): in
    // government offices the 办公室 director sends the invitations for the leaders and would
    // otherwise be "double-booked" by every pair of meetings he organised. With no attendees at all
    // (a personal appointment) the organizer is the one taking part.
    const found = new Map<string, { person: PersonRef; via: Participation['via']; partstat: string; fromAttendee: boolean }>();
    const add = (person: PersonRef, via: Participation['via'], partstat: string, fromAttendee: boolean): void => {
      const previous = found.get(person.id);
      if (previous === undefined) {
        found.set(person.id, { person, via, partstat, fromAttendee });
        return;
      }
      if (fromAttendee && !previous.fromAttendee) {
        found.set(person.id, { person, via, partstat, fromAttendee });
      } else if (fromAttendee === previous.fromAttendee && strength(partstat) > strength(previous.partstat)) {
        found.set(person.id, { ...previous, partstat });
      }
    };
    const owner = occurrence.calendar.owner;
    const ownerRef = owner === null ? null : ownerOf(owner);
    // The owner's own NON-PARTICIPANT line still answers for them (strongest PARTSTAT if several).
    let ownerPartstat: string | null = null;
    for (const attendee of occurrence.attendees) {
      if (NOT_PEOPLE.has(attendee.cutype)) continue;
      const person = resolveAttendee(attendee);
      if (person === null) continue;
      // RFC 5545 §3.2.16: a NON-PARTICIPANT is copied for information only (抄送), not expected. On
      // the owner's own calendar the line is still the owner's reply: PARTSTAT=DECLINED means the
      // entry sits in the diary but the owner does not go (RFC 5545 §3.2.12).
      if (attendee.role === 'non-participant') {
        if (ownerRef !== null && person.id === ownerRef.id && (ownerPartstat === null || strength(attendee.partstat) > strength(ownerPartstat))) {
          ownerPartstat = attendee.partstat;
        }
        continue;
      }
      add(person, 'attendee', attendee.partstat, true);
    }
    const hasAttendees = found.size > 0;
    if (occurrence.organizer !== null && !hasAttendees && !NOT_PEOPLE.has(occurrence.organizer.cutype)) {
      const person = resolveAttendee(occurrence.organizer);
      if (person !== null) add(person, 'organizer', 'accepted', false);
    }
    if (ownerRef !== null) add(ownerRef, 'owner', ownerPartstat ?? 'accepted', false);
    return [...found.values()].map(({ person, via, partstat }) => ({ person, via, partstat }));
  };

  return {
    people,
    person: (id) => byId.get(id),
    resolve,
    resolveReference,
    participantsOf,
  };
}

/** The participants for the first (organizer, owner) seen with an attendee array, and the rest by map. */
interface ParticipantsMemo {
  readonly organizer: Attendee | null;
  readonly owner: string | null;
  readonly participants: readonly Participation[];
  readonly others: Map<Attendee | null, Map<string | null, readonly Participation[]>>;
}

function strength(partstat: string): number {
  // Unknown (x-name) PARTSTATs rank between delegated and needs-action: kept, but weaker than a reply.
  return PARTSTAT_STRENGTH[partstat] ?? 2;
}
