/**
 * Problem codes raised while decoding, parsing and expanding `.ics` files, with their data.
 * Owned by `src/load/`; each code needs a message in both locales (`messages/<locale>/load.ts`).
 */
export interface LoadProblemDataMap {
  /** The input could not be read as text in any supported encoding. */
  'undecodable-input': { readonly detail: string };
}
