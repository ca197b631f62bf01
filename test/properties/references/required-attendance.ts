/**
 * Brute-force reference for `required-attendance` (README “Rules” and the rule's JSDoc): for every
 * non-cancelled meeting matching `event` (copies merged, participants of non-cancelled copies pooled), every required person
 * (an id, or every holder of `role:…`): not among the participants → `required-missing` (absent);
 * declined or delegated on every line → `required-missing` (`delegated` if any line delegated, QA26-19,
 * else `declined`); else one `required-busy` per other meeting
 * they are committed to (no-double-booking's busy semantics, absences included) that overlaps it.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';
import type { Person } from '../../../src/model/person.js';
import { meetings, overlaps, participants } from './busy.js';

export interface RequiredFinding {
  readonly kind: 'required-missing' | 'required-busy';
  readonly meeting: string;
  readonly personId: string;
  readonly reference: string;
  /** `absent` / `declined` / `delegated` for required-missing, the other meeting for required-busy. */
  readonly detail: string;
}

export function requiredAttendanceReference(
  occurrences: readonly Occurrence[],
  meetingOf: ReadonlyMap<string, string>,
  people: readonly Person[],
  isEvent: (o: Occurrence) => boolean,
  references: readonly string[],
): RequiredFinding[] {
  const all = meetings(occurrences, meetingOf);
  const required = references.flatMap((reference) =>
    (reference.startsWith('role:') ? people.filter((p) => p.roles?.includes(reference.slice(5))) : people.filter((p) => p.id === reference)).map((p) => ({ person: p, reference })),
  );
  const out: RequiredFinding[] = [];
  for (const meeting of all) {
    if (!meeting.copies.some(isEvent) || meeting.copies.every((o) => o.status === 'cancelled')) continue;
    for (const { person, reference } of required) {
      // Participants are pooled over the copies that still hold the meeting: a copy its calendar
      // cancelled lists people who will not come (a reading of "copies merged, participants pooled"
      // that the JSDoc leaves open; the rule takes it).
      const lines = meeting.copies.filter((o) => o.status !== 'cancelled').flatMap((o) => {
        const partstat = participants(o).get(person.id);
        return partstat === undefined ? [] : [{ partstat }];
      });
      if (lines.length === 0) {
        out.push({ kind: 'required-missing', meeting: meeting.id, personId: person.id, reference, detail: 'absent' });
        continue;
      }
      if (lines.every((a) => a.partstat === 'declined' || a.partstat === 'delegated')) {
        const detail = lines.some((a) => a.partstat === 'delegated') ? 'delegated' : 'declined';
        out.push({ kind: 'required-missing', meeting: meeting.id, personId: person.id, reference, detail });
        continue;
      }
      for (const other of all) {
        if (other.id === meeting.id || !other.people.has(person.id) || !overlaps(meeting, other)) continue;
        out.push({ kind: 'required-busy', meeting: meeting.id, personId: person.id, reference, detail: other.id });
      }
    }
  }
  return out;
}
