/**
 * How the report names a person: by name, and a namesake (重名) by name and what tells him apart (QJ-6).
 */
import type { Person } from '../model/person.js';
import { personKey } from './internal/person-key.js';

/**
 * The names findings and the HTML report give the people of a directory that has namesakes (two 李明 in a
 * city run): the name followed, in brackets, by what tells the person apart from every namesake —
 * - a post (`roles`) no namesake holds, the first in config order: `李明（区长）` and `李明（副区长）`, as staff
 *   write a namesake on a calendar (`李明区长`, README people: two 王芳 with different posts are told apart by
 *   the post);
 * - else the office, when no namesake has the same: `李明（青山区政府）`;
 * - else the id, which the config's duplicate-name warning already asks the staff to use: `李明（li-qs）`.
 *
 * People without a namesake are not in the map and read as before: by their name alone.
 * @param people - the directory entries, in config order
 * @returns display name by id, for namesakes only
 * @example
 * displayNames([{ id: 'li-qs', name: '李明', roles: ['区长'] }, { id: 'li-jb', name: '李明', roles: ['副区长'] }, { id: 'wang', name: '王芳' }])
 * //=> Map { 'li-qs' => '李明（区长）', 'li-jb' => '李明（副区长）' }
 */
export function displayNames(people: readonly Person[]): ReadonlyMap<string, string> {
  // The first entry of an id is the person (a repeated id is a config error, reported elsewhere).
  const byName = new Map<string, Person[]>();
  const seen = new Set<string>();
  for (const person of people) {
    const key = personKey(person.name);
    if (seen.has(person.id) || key === '') continue;
    seen.add(person.id);
    const same = byName.get(key) ?? [];
    same.push(person);
    byName.set(key, same);
  }
  const names = new Map<string, string>();
  for (const namesakes of byName.values()) {
    if (namesakes.length < 2) continue;
    const labels = namesakes.map((person) => apart(person, namesakes.filter((other) => other !== person)));
    namesakes.forEach((person, i) => {
      // Two labels alike (a post of one written as the other's office): the ids, which are unique.
      const label = labels.filter((l) => l === labels[i]).length > 1 ? person.id : labels[i]!;
      names.set(person.id, `${person.name}（${label}）`);
    });
  }
  return names;
}

/** What tells `person` apart from each of `others`: a post none of them holds, else an office none has, else the id. */
function apart(person: Person, others: readonly Person[]): string {
  const held = new Set(others.flatMap((o) => (o.roles ?? []).map(personKey)));
  const post = (person.roles ?? []).find((role) => personKey(role) !== '' && !held.has(personKey(role)));
  if (post !== undefined) return post.trim();
  const office = person.office?.trim() ?? '';
  if (office !== '' && others.every((o) => personKey(o.office ?? '') !== personKey(office))) return office;
  return person.id;
}
