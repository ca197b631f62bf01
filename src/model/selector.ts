/**
 * A selector picks occurrences. It is plain data so that the JSON config and the TypeScript builder
 * share it. Every field given must match (AND); `anyOf` and `not` combine selectors.
 */
import type { Level } from './calendar.js';

export interface Selector {
  /** Calendar id, or any of several. */
  readonly calendar?: string | readonly string[] | undefined;
  /** Office of the calendar (`区委办`), or any of several. */
  readonly office?: string | readonly string[] | undefined;
  /** Level of the calendar, or any of several. */
  readonly level?: Level | readonly Level[] | undefined;
  /** Regular expression (JavaScript syntax, unanchored, Unicode) tested against SUMMARY. */
  readonly summary?: string | undefined;
  /** Category name(s): matches when the occurrence has any of them (case-insensitive, trimmed). */
  readonly categories?: string | readonly string[] | undefined;
  /** Regular expression tested against LOCATION. */
  readonly location?: string | undefined;
  /** Property name (upper-cased, e.g. `X-OA-TYPE`) → regular expression tested against any of its values. */
  readonly property?: Readonly<Record<string, string>> | undefined;
  /** Matches when any of these selectors matches. */
  readonly anyOf?: readonly Selector[] | undefined;
  /** Matches when this selector does not. */
  readonly not?: Selector | undefined;
}
