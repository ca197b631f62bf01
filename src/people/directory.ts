/**
 * The people directory: resolves the names and addresses written on calendars to people, and tells
 * the rules who takes part in an occurrence. Unknown attendees are people too (keyed
 * `unknown:<normalised address or name>`), so a double booking of someone missing from the
 * directory is still found.
 */
import type { Attendee, Occurrence } from '../model/occurrence.js';
import type { Person, PersonRef } from '../model/person.js';
import type { Directory, Participation } from './directory-types.js';
import { endMillis, startMillis } from '../load/occurrence-millis.js';
import { personKey } from './internal/person-key.js';
import { displayNames } from './display-name.js';

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
 * @param meetings - the occurrences of the check, when known: a 领导活动安排 record of a meeting
 *   (`李明：出席全省经济工作会议`) then books him when no such meeting is among them (QC-41); without them
 *   such a record books nobody (the meeting books him on its own calendar, QC-29)
 * @returns a {@link Directory}
 * @example
 * createDirectory([{ id: 'li', name: '李明', aliases: ['mailto:li@qu.gov.cn'] }]).resolve('MAILTO:LI@QU.GOV.CN')
 * //=> { id: 'li', name: '李明', known: true }
 */
export function createDirectory(people: readonly Person[], meetings?: readonly Occurrence[]): Directory {
  const byId = new Map<string, Person>();
  const byKey = new Map<string, Person>();
  const byRole = new Map<string, Person[]>();

  // People the config gives a mail address: for them a CN is no proof of identity (QA26-9).
  const withMail = new Set<Person>();
  const claim = (text: string, person: Person): void => {
    const key = personKey(text);
    if (isMailKey(key)) withMail.add(person);
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

  // A namesake is named with what tells him apart (李明（区长）, QJ-6), in every finding and report that names him.
  const shown = displayNames(people);
  const known = (person: Person): PersonRef => ({ id: person.id, name: shown.get(person.id) ?? person.name, known: true });

  // QB-36: staff type a leader without an address as name plus post — 李明（区长）, 区长李明, 李明区长,
  // 李明同志. By name key, the people of that name, for reading such a CN (`byDecoratedName`).
  const byName = new Map<string, Person[]>();
  for (const person of byId.values()) {
    const key = personKey(person.name);
    if (key === '') continue;
    const same = byName.get(key) ?? [];
    same.push(person);
    byName.set(key, same);
  }
  const roleKeys = [...byRole.keys()].filter((key) => key !== '');
  // QH-4: after a name the post is said by its tail, never in full — 李明书记 (区委书记), 赵刚主任
  // (区人大常委会主任); nobody writes 李明区委书记. Per person, the posts that may follow the name.
  const postsAfterName = new Map<Person, ReadonlySet<string>>();
  for (const person of byId.values()) postsAfterName.set(person, postTails(person.roles ?? []));

  /**
   * The one directory person a CN written as name plus one of their own posts (or 同志) names; null
   * when the CN is no such form or when it fits several people (重名 with the same post, or two
   * posts sharing a tail: 李明书记 with a 李明 区委书记 and a 李明 区纪委书记).
   */
  const byDecoratedName = (key: string): Person | null => {
    // `after`: the post follows the name (its short form will do); before the name it is written whole.
    const readings: { base: string; post: string; after: boolean }[] = [];
    // NFKC has made （） into (); 【】 and [] are how some OA systems write the same.
    const bracket = /^(.+?)[(\[【](.+)[)\]】]$/u.exec(key);
    if (bracket !== null) readings.push({ base: bracket[1]!, post: bracket[2]!, after: true });
    for (const role of roleKeys) {
      if (key.length > role.length && key.startsWith(role)) readings.push({ base: key.slice(role.length), post: role, after: false });
    }
    // A directory name, then two or more characters: 李明区长, 李明书记, 李明同志.
    for (let end = 1; end <= key.length - 2; end++) {
      const base = key.slice(0, end);
      if (byName.has(base)) readings.push({ base, post: key.slice(end), after: true });
    }
    let found: Person | null = null;
    for (const { base, post, after } of readings) {
      for (const person of byName.get(base) ?? []) {
        const fits = post === '同志' || (after ? postsAfterName.get(person)!.has(post) : (person.roles ?? []).some((role) => personKey(role) === post));
        if (!fits || person === found) continue;
        if (found !== null) return null;
        found = person;
      }
    }
    return found;
  };

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
  const resolveAttendee = (rawAddress: string | null, rawName: string | null): PersonRef | null => {
    let byName = attendeeCache.get(rawAddress);
    if (byName === undefined) {
      byName = new Map();
      attendeeCache.set(rawAddress, byName);
    }
    const cached = byName.get(rawName);
    if (cached !== undefined) return cached;
    const resolved = resolveAttendeeUncached(rawAddress, rawName);
    byName.set(rawName, resolved);
    return resolved;
  };

  const resolveAttendeeUncached = (rawAddress: string | null, rawName: string | null): PersonRef | null => {
    const addressKey = rawAddress === null ? '' : personKey(rawAddress);
    const address = rawAddress !== null && identifiesSomeone(addressKey) ? rawAddress : null;
    const name = rawName !== null && personKey(rawName) !== '' ? rawName : null;
    // RFC 5545 §3.8.4.1/§3.3.3: the cal-address identifies the calendar user; CN (§3.2.2) is only
    // the name shown for it. The address decides first.
    if (address !== null) {
      const person = byKey.get(addressKey);
      if (person !== undefined) return known(person);
    }
    if (name !== null) {
      const nameKey = personKey(name);
      const person = byKey.get(nameKey) ?? byDecoratedName(nameKey) ?? undefined;
      // 重名 (QA26-9): 张伟, 王芳, 李娜 are each shared by hundreds of thousands of people, and a district
      // and its towns routinely have two of one name. A CN names the directory person only when the
      // line carries no mail address to compare, or when the config gives that person no address:
      // a mail address the config does not list for them is someone else's.
      if (person !== undefined && (address === null || !isMailKey(addressKey) || !withMail.has(person))) return known(person);
    }
    // Unknown: keyed by the address (stable across CN spellings), displayed by the CN name.
    const keyText = address ?? name;
    if (keyText === null) return null;
    return { id: `unknown:${personKey(keyText)}`, name: name ?? keyText.replace(/^mailto:/i, ''), known: false };
  };

  // QB-21: the directory person an attendee's CN names while its mail address is not theirs.
  const namesakeOf = (attendee: Attendee): PersonRef | null => {
    const address = addressOf(attendee);
    if (address === null || attendee.name === null || NOT_PEOPLE.has(attendee.cutype)) return null;
    const addressKey = personKey(address);
    if (!isMailKey(addressKey) || !identifiesSomeone(addressKey) || byKey.has(addressKey)) return null;
    const nameKey = personKey(attendee.name);
    if (nameKey === '') return null;
    const person = byKey.get(nameKey) ?? byDecoratedName(nameKey);
    return person !== null && person !== undefined && withMail.has(person) ? known(person) : null;
  };

  // QB-29: the directory people an OA notice names on a labelled line of its DESCRIPTION (出席领导：李明,
  // 参会人员：李明、王芳、各镇街主要负责同志). Only whole names, aliases that are no address, and the
  // name-plus-post forms count: 各镇街主要负责同志 names nobody.
  const namedInDescription = (description: string | null): Person[] => {
    if (description === null) return [];
    const named: Person[] = [];
    for (const match of description.normalize('NFKC').matchAll(ATTENDANCE_LINE)) {
      for (const piece of unpadNames(match[1] ?? match[2]!).split(NAME_SEPARATOR)) {
        const key = personKey(piece.replace(/等$/u, ''));
        if (key === '' || isMailKey(key)) continue;
        let person = byKey.get(key) ?? byDecoratedName(key);
        // QE-8: `李明及相关部门负责人`, `李明和王芳` — 和/及/与 join names too (but 王和平 is one: tried first).
        if (person === undefined || person === null) {
          for (const part of key.split(JOINED_NAMES)) {
            const one = part === '' ? undefined : (byKey.get(part) ?? byDecoratedName(part));
            if (one !== undefined && one !== null && !named.includes(one)) named.push(one);
          }
          continue;
        }
        if (!named.includes(person)) named.push(person);
      }
    }
    return named;
  };

  // QC-11: an office's 领导活动安排 writes one entry per leader and activity, titled with his name:
  // `李明：赴青石镇调研`, `【李明】赴青石镇调研`, `李明、王芳：…`. The head (before the first colon, or in
  // 【】 at the start) names those people when every name in it is a whole directory name (or name plus
  // post): `各镇街主要负责同志：…`, `通知：…` and `李明同志先进事迹报告会` name nobody.
  // QC-29: an entry about a meeting he attends (`李明：全区河长制工作会议`, `李明：主持召开…`, `李明：出席…`)
  // is the list's record of that meeting, which books him on its own calendar; read as his own it was a
  // double booking with the meeting itself. Such a record books him only when the check's meetings are
  // known and hold no such meeting at that time (QC-41: the province's summons, on no loaded calendar).
  const namedInSummary = (occurrence: Occurrence, view: MeetingsView): Person[] => {
    const normalized = occurrence.summary.normalize('NFKC');
    const head = SUMMARY_HEAD.exec(normalized);
    if (head === null) return [];
    const rest = normalized.slice(head[0].length).trim();
    // QD-11: `李明：值班` on a roster is the roster's entry, read as `值班：李明` is (books nobody without ATTENDEE).
    if (DUTY_ONLY.test(rest)) return [];
    const record = aboutAMeeting(rest);
    if (record && meetings === undefined) return [];
    const named: Person[] = [];
    for (const piece of unpadNames(head[1] ?? head[2]!).split(NAME_SEPARATOR)) {
      const key = personKey(piece);
      if (key === '') continue;
      const person = isMailKey(key) ? undefined : (byKey.get(key) ?? byDecoratedName(key) ?? undefined);
      if (person === undefined) return [];
      if (!named.includes(person)) named.push(person);
    }
    if (!record || named.length === 0) return named;
    // QD-10: the record gives way only for those the loaded meeting books itself — the city's calendar
    // lists the city's people, not the district leaders it summons.
    const booked = bookedByMeeting(occurrence, rest, view);
    return named.filter((person) => !booked.has(person.id));
  };

  // QC-41: the meetings of the check by start, for telling whether a record's meeting is there: one
  // on another calendar, not cancelled, overlapping it, whose title and the record's (after 出席/参加…)
  // contain one another. Built on first use: only activity lists ask. The answer: who those meetings book.
  let byStart: readonly MeetingEntry[] | null = null;
  let longest = 0;
  // Another list's record of the meeting is no meeting (two offices' activity lists).
  const countsAsMeeting = (m: Occurrence): boolean => m.status !== 'cancelled' && !(m.attendees.length === 0 && isRecord(m.summary));
  const entryOf = (m: Occurrence): MeetingEntry => ({ start: startMillis(m), end: endMillis(m), title: titleKey(m.summary), calendar: m.calendar.id, meeting: m });
  const bookedByMeeting = (record: Occurrence, rest: string, view: MeetingsView): ReadonlySet<string> => {
    const booked = new Set<string>();
    if (byStart === null) {
      byStart = (meetings ?? [])
        .filter(countsAsMeeting)
        .map(entryOf)
        .sort((a, b) => a.start - b.start);
      for (const m of byStart) longest = Math.max(longest, m.end - m.start);
    }
    const title = titleKey(rest.replace(ATTENDING, ''));
    if (title.length < MIN_TITLE) return booked;
    const start = startMillis(record);
    const end = Math.max(endMillis(record), start + 1);
    const consider = (m: MeetingEntry): void => {
      if (m.calendar === record.calendar.id || Math.max(m.end, m.start + 1) <= start || m.start >= end || m.title.length < MIN_TITLE) return;
      if (!m.title.includes(title) && !title.includes(m.title)) return;
      // Not a record itself (filtered above), so this asks no record again.
      for (const p of participantsOf(m.meeting)) if (p.partstat !== 'declined') booked.add(p.person.id);
    };
    // The last meeting starting before the record ends, then back while one could still reach into it.
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && byStart[i]!.start >= start - longest; i--) {
      if (view.removed === null || !view.removed(byStart[i]!.meeting)) consider(byStart[i]!);
    }
    for (const m of view.added) if (countsAsMeeting(m)) consider(entryOf(m));
    return booked;
  };

  const records = new Map<string, boolean>();
  const isRecord = (summary: string): boolean => {
    let answer = records.get(summary);
    if (answer === undefined) {
      const normalized = summary.normalize('NFKC');
      const head = SUMMARY_HEAD.exec(normalized);
      answer = head !== null && aboutAMeeting(normalized.slice(head[0].length).trim());
      if (records.size < 10_000) records.set(summary, answer);
    }
    return answer;
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
  const participantsOf = (occurrence: Occurrence, view: MeetingsView = LOADED): readonly Participation[] => {
    const { organizer, attendees } = occurrence;
    // The answer depends on the calendar only through its owner, or, without one, whether it is an
    // office's schedule (the sentinel cannot be a person id: ids are config text without NUL).
    const owner = occurrence.calendar.owner ?? (isOfficeSchedule(occurrence) ? OFFICE_SCHEDULE : null);
    // A record's answer depends on its time (is the meeting there?), not only on its VEVENT.
    if (meetings !== undefined && attendees.length === 0 && isRecord(occurrence.summary)) return Object.freeze(participantsUncached(occurrence, view));
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

  // The view matters to records alone (read above); every other answer is the same in any view, and memoised.
  const participantsUncached = (occurrence: Occurrence, view: MeetingsView = LOADED): Participation[] => {
    // One entry per person. An ATTENDEE line is authoritative for PARTSTAT (a leader who declined
    // stays declined even on his own calendar, also on a NON-PARTICIPANT line); the calendar owner
    // without an ATTENDEE line of their own is taken to attend.
    //
    // The ORGANIZER attends only through an ATTENDEE line of their own when the event lists
    // attendees (in iTIP, RFC 5546, an organizer who attends lists themselves as an attendee): in
    // government offices the 办公室 director sends the invitations for the leaders and would
    // otherwise be "double-booked" by every pair of meetings he organised. With no attendees at all
    // (a personal appointment) the organizer is the one taking part, if a directory person or on
    // a personal calendar (see below).
    const found = new Map<string, Found>();
    const add = (person: PersonRef, via: Participation['via'], partstat: string, fromAttendee: boolean, optional: boolean): void => {
      const previous = found.get(person.id);
      if (previous === undefined) {
        found.set(person.id, { person, via, partstat, fromAttendee, optional });
        return;
      }
      if (fromAttendee && !previous.fromAttendee) {
        found.set(person.id, { person, via, partstat, fromAttendee, optional });
      } else if (fromAttendee === previous.fromAttendee) {
        // Named twice: the firmer answer, and optional only when every line says so.
        const firmer = strength(partstat) > strength(previous.partstat) ? partstat : previous.partstat;
        found.set(person.id, { ...previous, partstat: firmer, optional: previous.optional && optional });
      }
    };
    const owner = occurrence.calendar.owner;
    const ownerRef = owner === null ? null : ownerOf(owner);
    const placeholders = sharedAddresses(occurrence.attendees);
    // The owner's own NON-PARTICIPANT line still answers for them (strongest PARTSTAT if several).
    let ownerPartstat: string | null = null;
    for (const attendee of occurrence.attendees) {
      if (NOT_PEOPLE.has(attendee.cutype)) continue;
      const shared = placeholders !== null && attendee.address !== null && placeholders.has(attendee.address);
      const person = resolveAttendee(shared ? null : addressOf(attendee), attendee.name);
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
      add(person, 'attendee', attendee.partstat, true, attendee.role === 'opt-participant');
    }
    // QB-29: an OA 会议通知 with no ATTENDEE line at all names its people in DESCRIPTION; they are
    // invited (needs-action), as an ATTENDEE line without PARTSTAT would say (RFC 5545 §3.2.12).
    // QC-11: likewise the person a 领导活动安排 entry's title opens with (`李明：赴青石镇调研`).
    if (occurrence.attendees.length === 0) {
      for (const person of namedInDescription(occurrence.description)) add(known(person), 'description', 'needs-action', true, false);
      for (const person of namedInSummary(occurrence, view)) add(known(person), 'summary', 'needs-action', true, false);
    }
    const hasAttendees = found.size > 0;
    const { organizer } = occurrence;
    // QC-21: RFC 5545 §3.2.18 — an ORGANIZER with SENT-BY is the calendar user someone else acts for:
    // the leader convening his meeting while his secretary sends it (Outlook delegate access). That is
    // not the 办公室 director inviting leaders: a directory person so written takes part, guests or not.
    // The entry is not his own calendar's, so its busy marks do not speak for him (QB-31).
    let delegated: string | null = null;
    if (organizer !== null && hasAttendees && (organizer.sentBy ?? '').trim() !== '' && !NOT_PEOPLE.has(organizer.cutype)) {
      const person = resolveAttendee(addressOf(organizer), organizer.name);
      if (person !== null && person.known && !found.has(person.id)) {
        add(person, 'organizer', 'accepted', false, false);
        delegated = person.id;
      }
    }
    if (organizer !== null && !hasAttendees && !NOT_PEOPLE.has(organizer.cutype)) {
      const person = resolveAttendee(addressOf(organizer), organizer.name);
      // QA26-11: Google writes the calendar itself as ORGANIZER of every event, guests or not, so an
      // office's shared schedule names the office mailbox on parallel meetings of different leaders.
      // A directory person is always the one taking part (RFC 5545 §3.8.4.3: ORGANIZER organises,
      // an attendee attends; with no attendees at all the appointment is the organizer's own). An
      // organizer nobody configured is one too, except on a calendar the config gives to an office
      // and to no owner: that is the office's schedule, and its mailbox attends nothing. A bare
      // .ics (no office, no owner) keeps the personal reading: a leader's own Google export says so.
      if (person !== null && (person.known || !isOfficeSchedule(occurrence))) add(person, 'organizer', 'accepted', false, false);
    }
    if (ownerRef !== null) add(ownerRef, 'owner', ownerPartstat ?? 'accepted', false, false);
    // QB-31: TRANSP / BUSYSTATUS state the busy time of the calendar the entry is on (RFC 5545
    // §3.8.2.7): its owner's, or on a bare calendar (no office, no owner) its unknown owner's, who may
    // be anyone listed. An office calendar marks entries free to keep the office mailbox bookable;
    // the leaders it lists answer for themselves (RFC 5546 §2.1.2). An organizer taking part has no
    // attendee list: the appointment is his own.
    const bare = owner === null && occurrence.calendar.office === null;
    // The fields are written only when they differ from their defaults (the common case stays small).
    return [...found.values()].map(({ person, via, partstat, optional }): Participation => {
      const binds = bare || (via === 'organizer' && person.id !== delegated) || (ownerRef !== null && person.id === ownerRef.id);
      if (binds && !optional) return { person, via, partstat };
      return { person, via, partstat, ...(binds ? {} : { transparencyBinds: false }), ...(optional ? { optional: true } : {}) };
    });
  };

  const over = (view: MeetingsView): Directory => ({
    people,
    person: (id) => byId.get(id),
    resolve,
    resolveReference,
    participantsOf: (occurrence) => participantsOf(occurrence, view),
    namesakeOf,
    withMeetings: (added, removed) => over({ added: [...view.added, ...added], removed: view.removed === null ? removed : (o) => view.removed!(o) || removed(o) }),
  });
  return over(LOADED);
}

/** A meeting of the check as a record of it is compared with: its times, title key and calendar. */
interface MeetingEntry {
  readonly start: number;
  readonly end: number;
  readonly title: string;
  readonly calendar: string;
  readonly meeting: Occurrence;
}

/** The check's meetings as a directory reads them: those it was built with, less `removed`, plus `added`. */
interface MeetingsView {
  readonly added: readonly Occurrence[];
  readonly removed: ((o: Occurrence) => boolean) | null;
}

const LOADED: MeetingsView = { added: [], removed: null };

/**
 * The label of a DESCRIPTION line naming who attends: 出席领导, 参会人员, 参加人员, 与会领导, 列席, and the
 * chair — 主持, 主持人, 会议主持, 主持领导 (QC-20): the one person certainly at the meeting.
 */
const ATTENDANCE_LABEL = '(?:出席|参会|参加|与会|列席)(?:会议)?(?:领导|人员|对象|人)?|(?:会议)?主持(?:人|领导)?';
/**
 * A DESCRIPTION line listing who attends, labelled `出席领导：…` (group 1) or `【出席领导】…` (group 2, the
 * bracketed label OA notices print, QC-20); the list runs to the end of the line. After NFKC, so `：`
 * is `:` (【】 stay).
 */
const ATTENDANCE_LINE = new RegExp(`(?:${ATTENDANCE_LABEL})\\s*:\\s*([^\\n]*)|[【\\[]\\s*(?:${ATTENDANCE_LABEL})\\s*[】\\]]\\s*:?\\s*([^\\n]*)`, 'gu');

/**
 * The head of a title naming whom the entry is about: before the first colon at the start
 * (`李明：赴青石镇调研`, group 1) or in 【】 / [] at the start (`【李明】赴青石镇调研`, group 2). Short: a
 * head of a few names, not a sentence with a colon in it. After NFKC.
 */
const SUMMARY_HEAD = /^\s*(?:([^:【】[\]\n]{1,24}?)\s*:|[【[]([^【】[\]\n]{1,24})[】\]])/u;

/**
 * The rest of such a title when it is a meeting the person attends (QC-29): it opens with attending or
 * holding (出席, 参加, 列席, 主持召开, 赴…参加, 收看), or it is a meeting's name and nothing else (…会议,
 * …会: 全区河长制工作会议, 区委常委会; a note in brackets aside). An activity of his own — opening with
 * 赴, 调研, 检查, 接待, 会见 …, or a clause joined by 并 or a comma — is his, even when it ends with the
 * meeting held on site (`赴青石镇调研并召开座谈会`, `接待省考察团并出席见面会`, QD-3).
 */
function aboutAMeeting(rest: string): boolean {
  if (ATTENDING.test(rest)) return true;
  return MEETING_NAME.test(rest) && !OWN_ACTIVITY.test(rest);
}
/** The rest of a name-first roster entry: only a duty word (值班, 带班, 值守, 白班, 夜班, 备勤), a note aside. */
const DUTY_ONLY = /^(?:(?:总|领导|24小时|节假日|节日|夜间|日间|白|夜|早|晚)?(?:值班|带班|值守)(?:领导|人员|员)?|[白夜早晚中]班|备勤)\s*(?:[(（【[][^()（）【】[\]]*[)）】\]])?$/u;

/** A meeting title as compared with a record's: NFKC, no spaces, format characters or bracketed notes. */
function titleKey(title: string): string {
  return title.normalize('NFKC').replace(/[(（【[][^()（）【】[\]]*[)）】\]]/gu, '').replace(/[\s\p{Cf}]+/gu, '').toLowerCase();
}
/** The fewest characters a title compared by containment may have: 常委会议, not 会议. */
const MIN_TITLE = 4;
const ATTENDING = /^(?:赴.{1,16}?(?:参加|出席)|主持召开|组织收看|收听收看|出席|参加|列席|主持|召开|收看|参会)/u;
const MEETING_NAME = /^[^,，;；、并]*(?:会议|会)\s*(?:[(【[][^()【】[\]]*[)】\]]\s*)?$/u;
const OWN_ACTIVITY = /^(?:赴|到|去|前往|调研|检查|视察|督导|督查|走访|慰问|接待|会见|会谈|陪同|考察|暗访|出差|参观|察看|带队)/u;

/** Between the names of such a list: 、，,；; and spaces (already NFKC). Not 和 or 及: names hold them (王和平). */
const NAME_SEPARATOR = /[、,;\s]+/u;
/** Words joining names, tried only on a piece that is no name as a whole (王和平 is one). */
const JOINED_NAMES = /[及和与]/u;

/**
 * A list with two-character names padded to the width of three (`李　明、陈　静`, the layout of official
 * lists, QE-4; already NFKC, so the ideographic space is a space): a lone character, a space, a lone
 * character is one name — no Chinese name is one character long.
 */
function unpadNames(text: string): string {
  return text.replace(PADDED_NAME, '$1$2');
}

const PADDED_NAME = /(?<!\p{Script=Han})(\p{Script=Han}) +(\p{Script=Han})(?!\p{Script=Han})/gu;

/**
 * The posts that may follow a person's name (QH-4): each role whole, and each of its endings of two
 * or more characters that keeps its 副 — 区委书记 gives 书记, 区人大常委会主任 gives 主任, but 区委副书记
 * gives 副书记 and not 书记, 常务副区长 gives 副区长 and not 区长, 副总河长 gives neither 总河长 nor 河长: a
 * deputy is not the post he deputises (a 副书记 is no 书记). A role of several posts (区委副书记、区长) gives each post's. As matching keys.
 */
function postTails(roles: readonly string[]): ReadonlySet<string> {
  const tails = new Set<string>();
  for (const role of roles) {
    tails.add(personKey(role));
    // A role naming several posts, as a leader's title is printed (区委副书记、区长): each is said alone.
    for (const post of role.normalize('NFKC').split(POST_SEPARATOR)) {
      const chars = [...personKey(post)];
      if (chars.length === 0) continue;
      tails.add(chars.join(''));
      // The ending keeps the last 副 and what follows it: 副总河长 gives no 河长.
      const deputy = chars.lastIndexOf('副');
      const last = deputy === -1 ? chars.length - 2 : Math.min(deputy, chars.length - 2);
      for (let start = 1; start <= last; start++) tails.add(chars.slice(start).join(''));
    }
  }
  return tails;
}
/** Between the posts of one role string (after NFKC): 、，,；;/ and spaces. */
const POST_SEPARATOR = /[、,;/\s]+/u;

/** A participant being collected: where they were found, and their answer. */
interface Found {
  readonly person: PersonRef;
  readonly via: Participation['via'];
  readonly partstat: string;
  readonly fromAttendee: boolean;
  readonly optional: boolean;
}

/**
 * The participants for the first (organizer, owner) seen with an attendee array, and the rest by map.
 * `owner` is the calendar's owner, or `OFFICE_SCHEDULE` for an office's calendar without one.
 */
interface ParticipantsMemo {
  readonly organizer: Attendee | null;
  readonly owner: string | null;
  readonly participants: readonly Participation[];
  readonly others: Map<Attendee | null, Map<string | null, readonly Participation[]>>;
}

/** Memo key of a calendar without owner that the config gives to an office (see `isOfficeSchedule`). */
const OFFICE_SCHEDULE = '\u0000office-schedule';

/** Whether the occurrence sits on an office's calendar that is nobody's personal schedule. */
function isOfficeSchedule(occurrence: Occurrence): boolean {
  return occurrence.calendar.owner === null && occurrence.calendar.office !== null;
}

/**
 * The address that identifies an attendee or organizer: its calendar address, or — when that is no
 * mail address (`urn:uuid:…`, absent) — the RFC 7986 §6.2 EMAIL parameter, which "specifies an email
 * address that is used to identify or contact an organizer or attendee" (QC-9).
 */
function addressOf(attendee: Attendee): string | null {
  const { address, email } = attendee;
  if (email === undefined || email === null || email.trim() === '') return address;
  return address !== null && isMailKey(personKey(address)) ? address : email;
}

/** A matching key that is a mail address (`local@domain`), as opposed to a name or another URI. */
function isMailKey(key: string): boolean {
  return key.includes('@');
}

/**
 * Whether a calendar address (as a matching key) can identify anyone. Outlook writes `invalid:nomail`
 * for a name typed into the To line that is no address (QA26-31), and some exporters write an empty
 * `mailto:`; every such attendee would otherwise be one person. `invalid` is no registered URI scheme
 * (and RFC 2606 §2 reserves `.invalid` for names that are obviously invalid).
 */
function identifiesSomeone(key: string): boolean {
  return key !== '' && !key.startsWith('invalid:');
}

/**
 * The addresses one event writes on several attendee lines under different CNs: a shared placeholder
 * (an OA's `mailto:noreply@oa.example`, an unusual spelling of `invalid:nomail`), which identifies
 * none of them, so their names do (QA26-31). Null when there is none, the usual case. Compared as
 * written first: the same placeholder is spelled alike on one event, and this runs per attendee list.
 */
function sharedAddresses(attendees: readonly Attendee[]): ReadonlySet<string> | null {
  if (attendees.length < 2) return null;
  const nameOf = new Map<string, string | null>();
  let shared: Set<string> | null = null;
  for (const { address, name, cutype } of attendees) {
    if (address === null || NOT_PEOPLE.has(cutype)) continue;
    if (!nameOf.has(address)) {
      nameOf.set(address, name);
      continue;
    }
    const first = nameOf.get(address) ?? null;
    if (first === null) nameOf.set(address, name);
    if (first === name || first === null || name === null) continue;
    const firstKey = personKey(first);
    const nameKey = personKey(name);
    if (firstKey !== '' && nameKey !== '' && firstKey !== nameKey) (shared ??= new Set()).add(address);
  }
  return shared;
}

function strength(partstat: string): number {
  // Unknown (x-name) PARTSTATs rank between delegated and needs-action: kept, but weaker than a reply.
  return PARTSTAT_STRENGTH[partstat] ?? 2;
}
