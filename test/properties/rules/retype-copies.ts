/**
 * Makes some copies of generated meetings retyped ones: the copy gets a UID of its own and keeps the
 * title, times and place — one meeting by README ("a copy retyped by hand (new UID) with the same
 * summary, start and end, not in another place"). The meeting ids stay, so a reference comparing by
 * meeting id follows the same copy identity as the rules.
 */
import type { Occurrence } from '../../../src/model/occurrence.js';

/**
 * @param generated - occurrences and the meeting id of each key (test/properties/internal/schedule.ts)
 * @param mask - bit k set: the k-th copy (an occurrence after the first of its meeting) is retyped
 * @returns the occurrences with those copies retyped, and the meeting id of every key
 */
export function retypeCopies(
  generated: { readonly occurrences: readonly Occurrence[]; readonly meetingOf: ReadonlyMap<string, string> },
  mask: number,
): { readonly occurrences: Occurrence[]; readonly meetingOf: ReadonlyMap<string, string> } {
  const seen = new Set<string>();
  const meetingOf = new Map(generated.meetingOf);
  let copy = 0;
  const occurrences = generated.occurrences.map((o) => {
    const id = generated.meetingOf.get(o.key)!;
    if (!seen.has(id)) {
      seen.add(id);
      return o;
    }
    const retyped = ((mask >>> copy % 31) & 1) === 1;
    copy += 1;
    if (!retyped) return o;
    const uid = `retyped-${copy}-${o.uid}`;
    const key = `${o.calendar.id}/${uid}`;
    meetingOf.set(key, id);
    return { ...o, uid, key };
  });
  return { occurrences, meetingOf };
}
