/**
 * Brute-force reference for `related-to`'s CONCEPT / REFID part (README “Rules”, RFC 9253 §7.1, §7.2): a
 * meeting carrying a value follows the meetings of the nearest higher level (central > province > city >
 * district > township) that hold the same value, paired as `follows` pairs with cycle `none` and no gap:
 * the latest prerequisite it already starts after the end of, else the latest starting before it, else the
 * earliest; `order` when that one ends after the dependent starts. A meeting is held when any of its
 * copies is not cancelled; a cancelled meeting still holds its value, so when the nearest higher level
 * holds it only in cancelled meetings the dependent gets `order-missing` (README: "the target exists only
 * as cancelled"), never a pairing with a level further up. Cancelled dependents are not judged. Written
 * for meetings with one value each, prerequisites of one fixed length with distinct starts per level.
 */
import type { Level } from '../../../src/model/calendar.js';
import type { Occurrence } from '../../../src/model/occurrence.js';

export interface ConceptFinding {
  readonly kind: 'order' | 'order-missing';
  readonly dependent: string;
  /** The prerequisite meeting (`order`), `` for `order-missing`. */
  readonly prerequisite: string;
  readonly link: string;
}

const RANK: Readonly<Record<Level, number>> = { central: 0, province: 1, city: 2, district: 3, township: 4 };

export function conceptReference(occurrences: readonly Occurrence[], meetingOf: ReadonlyMap<string, string>): ConceptFinding[] {
  const once = new Map<string, Occurrence>();
  const held = new Set<string>();
  for (const o of occurrences) {
    if (!once.has(meetingOf.get(o.key)!)) once.set(meetingOf.get(o.key)!, o);
    if (o.status !== 'cancelled') held.add(meetingOf.get(o.key)!);
  }
  const all = [...once];
  const valueOf = (o: Occurrence) => o.concepts[0] ?? o.refIds[0] ?? null;
  const out: ConceptFinding[] = [];
  for (const [dependent, d] of all) {
    const value = valueOf(d);
    if (value === null || d.calendar.level === null || !held.has(dependent)) continue;
    const mine = RANK[d.calendar.level];
    const higher = all.filter(([, p]) => valueOf(p) === value && p.calendar.level !== null && RANK[p.calendar.level] < mine);
    if (higher.length === 0) continue;
    const nearest = Math.max(...higher.map(([, p]) => RANK[p.calendar.level!]));
    const candidates = higher.filter(([id, p]) => RANK[p.calendar.level!] === nearest && held.has(id)).sort(([, a], [, b]) => b.start.toMillis() - a.start.toMillis());
    if (candidates.length === 0) {
      out.push({ kind: 'order-missing', dependent, prerequisite: '', link: value });
      continue;
    }
    const [prerequisite, p] =
      candidates.find(([, c]) => c.end <= d.start) ?? candidates.find(([, c]) => c.start < d.start) ?? candidates[candidates.length - 1]!;
    if (p.end > d.start) out.push({ kind: 'order', dependent, prerequisite, link: value });
  }
  return out;
}
