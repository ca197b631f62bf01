/**
 * Hints about who the calendars name, for staff to act on: attendees the directory cannot take for
 * the person their name says (QB-21), and office calendars whose meetings name nobody (QB-29).
 * Problems, not findings: they are about the input, and the rules' answers depend on them.
 */
import type { Occurrence } from '../model/occurrence.js';
import type { Problem } from '../model/problem.js';
import type { Directory } from './directory-types.js';

/**
 * Reports, as `info` problems at the VEVENT that first shows them:
 *
 * - `unlisted-address`, once per address: an ATTENDEE whose CN is a directory person's name (or name
 *   plus post) under a mail address the config does not list for them (`Directory.namesakeOf`). The
 *   重名 rule (QA26-9) keeps it someone else, rightly when a town has its own 李明; when it is the same
 *   person, the double booking the rules miss appears once the address is in `aliases`.
 * - `no-attendees`, once per calendar of an office without an `owner`: none of its non-cancelled
 *   events has a participant (no ATTENDEE, no ORGANIZER taking part, no DESCRIPTION 出席领导 / 主持 line and no
 *   `李明：…` title head naming a directory person). A personal calendar has its owner. Only the offices the directory's people
 *   belong to (`people[].office`; every office when nobody has one): another level's published
 *   schedule (省委办公厅会议日程) or a duty roster (总值班室) names nobody as a rule, and nothing there
 *   is for staff to fix. `except` names further calendars where that is expected.
 *
 * @param occurrences - the occurrences of the check, in any order (the first VEVENT by file and line is cited)
 * @param directory - the people directory in force
 * @param except - ids of calendars not to report as naming nobody
 * @returns the problems, sorted by file and line
 * @example
 * attendanceHints(occurrences, createDirectory(people)).map((p) => p.code)
 * //=> ['unlisted-address']
 */
export function attendanceHints(occurrences: readonly Occurrence[], directory: Directory, except: ReadonlySet<string> = new Set()): Problem[] {
  const problems: Problem[] = [];
  const offices = new Set<string>();
  for (const person of directory.people) if (person.office !== undefined && person.office !== null) offices.add(person.office);
  const watched = (office: string | null): boolean => office !== null && (offices.size === 0 || offices.has(office));
  // One pass, no sort and no instant read (a check has hundreds of thousands of occurrences, and
  // reading each one's start costs a cache miss): a problem cites a VEVENT's line, which all its
  // instances share, so the smallest line per file is cited.
  const earlier = (a: Occurrence, b: Occurrence): boolean => {
    const fa = a.source.file ?? '';
    const fb = b.source.file ?? '';
    return fa < fb || (fa === fb && a.source.line < b.source.line);
  };
  const lists = new Map<Occurrence['attendees'], Occurrence>();
  // Per calendar: the first event and whether any event names someone (then no more is asked).
  const calendars = new Map<string, { first: Occurrence; events: number; named: boolean }>();
  let lastList: Occurrence['attendees'] | null = null;
  // A series' instances share their VEVENT's source, status and list, and come together: the
  // first instance decides for the run, the rest only count (a year's check is mostly instances).
  // Identity of all four is checked: occurrences built by hand may share one location object.
  let last: Occurrence | null = null;
  let lastEntry: { events: number } | null = null;
  for (const o of occurrences) {
    if (last !== null && o.source === last.source && o.attendees === last.attendees && o.calendar === last.calendar && o.status === last.status) {
      if (lastEntry !== null) lastEntry.events += 1;
      continue;
    }
    last = o;
    lastEntry = null;
    if (o.status === 'cancelled') continue;
    // A series' instances share their list and come together: one lookup for the run.
    if (o.attendees.length > 0 && o.attendees !== lastList) {
      lastList = o.attendees;
      const known = lists.get(o.attendees);
      if (known === undefined || earlier(o, known)) lists.set(o.attendees, o);
    }
    if (o.calendar.owner !== null || !watched(o.calendar.office) || except.has(o.calendar.id)) continue;
    let entry = calendars.get(o.calendar.id);
    if (entry === undefined) {
      entry = { first: o, events: 1, named: directory.participantsOf(o).length > 0 };
      calendars.set(o.calendar.id, entry);
    } else {
      entry.events += 1;
      if (earlier(o, entry.first)) entry.first = o;
      if (!entry.named) entry.named = directory.participantsOf(o).length > 0;
    }
    // Once a calendar names someone its count no longer matters.
    if (!entry.named) lastEntry = entry;
  }
  // Each address once, at the first event naming it; each address written once per attendee object
  // (the loader shares one per person and variant), so its key is made once.
  const keys = new Map<string, string>();
  const byAddress = new Map<string, { o: Occurrence; attendee: Occurrence['attendees'][number]; address: string }>();
  for (const [attendees, o] of lists) {
    for (const attendee of attendees) {
      if (attendee.address === null) continue;
      let key = keys.get(attendee.address);
      if (key === undefined) {
        key = attendee.address.trim().replace(/^mailto:/iu, '').normalize('NFKC').toLowerCase();
        keys.set(attendee.address, key);
      }
      const known = byAddress.get(key);
      if (known !== undefined && !earlier(o, known.o)) continue;
      byAddress.set(key, { o, attendee, address: attendee.address.trim().replace(/^mailto:/iu, '') });
    }
  }
  for (const { o, attendee, address } of byAddress.values()) {
    const person = directory.namesakeOf(attendee);
    if (person === null) continue;
    problems.push({
      code: 'unlisted-address',
      severity: 'info',
      source: o.source,
      data: { name: attendee.name ?? '', address, person: person.id, personName: person.name },
    });
  }
  for (const [id, { first, events, named }] of calendars) {
    if (named) continue;
    problems.push({ code: 'no-attendees', severity: 'info', source: first.source, data: { calendar: id, calendarName: first.calendar.name, events } });
  }
  return problems.sort(
    (a, b) => ('line' in a.source && 'line' in b.source ? (a.source.file ?? '').localeCompare(b.source.file ?? '') || a.source.line - b.source.line : 0),
  );
}
