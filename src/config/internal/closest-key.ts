/**
 * "Did you mean …?" for unknown keys: the known key nearest by edit distance, when it is near
 * enough to be a typo (`summery` → `summary`, `mingap` → `minGap`).
 */
/**
 * The known key closest to `key` by edit distance (case-insensitive), if close enough to be a typo.
 * @example closestKey('summery', ['summary', 'location']) //=> 'summary'
 */
export function closestKey(key: string, known: readonly string[]): string | null {
  const lower = key.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // One edit in four characters, at least one: `kind` ~ `kid`, but `foo` is no `id`.
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 4)) ? best : null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
