/**
 * People in the directory: the leaders and staff whose attendance the rules check.
 */

/** A person as the caller describes them (config `people[]`). */
export interface Person {
  /** Stable id, e.g. `li`. Role references and calendar owners point here. */
  readonly id: string;
  readonly name: string;
  /** Other ways the person appears on calendars: `mailto:` addresses, CN names, phone-book spellings. */
  readonly aliases?: readonly string[] | undefined;
  /** Posts held, e.g. `区长`, `总河长`. Referenced as `role:总河长`. */
  readonly roles?: readonly string[] | undefined;
  readonly office?: string | undefined;
}

/** A person as found on occurrences: either a directory entry or an unknown attendee keyed by address or name. */
export interface PersonRef {
  /** Directory id, or `unknown:<normalised address or name>` for someone not in the directory. */
  readonly id: string;
  readonly name: string;
  /** True when the person is in the directory. */
  readonly known: boolean;
}
