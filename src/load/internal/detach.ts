/**
 * Copies of texts read from a file that do not keep the decoded file alive.
 */

/**
 * A copy of a text that does not keep the decoded file alive. V8 cuts substrings of 13 characters or
 * more as views into their parent, and every value read from a file is such a view of the whole
 * decoded text: one kept SUMMARY, UID or TZID held the entire file (two bytes per character for
 * Chinese text; about 650 MB at a year of 1 000 000 occurrences, for values of a few MB). Anything
 * that outlives the loading of its file — occurrences, calendar info, problems, module-level
 * caches — keeps copies.
 * @param text - a text, possibly a view into a larger one
 * @returns an equal text that is no view
 * @example
 * detach('weekly-standing-committee@qu.gov.cn') //=> 'weekly-standing-committee@qu.gov.cn'
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * {@link detach} on every string inside plain arrays and objects (problem data, a few per file);
 * other objects are kept as they are.
 * @param value - any value
 * @returns a copy with detached strings
 * @example
 * detachAll({ tzid: 'Customized Time Zone' }) //=> { tzid: 'Customized Time Zone' }
 */
export function detachAll<T>(value: T): T {
  if (typeof value === 'string') return detach(value) as T;
  if (Array.isArray(value)) return value.map(detachAll) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = detachAll(inner);
    return copy as T;
  }
  return value;
}
