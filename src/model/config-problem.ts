/**
 * Problem codes raised while validating a config document (JSON or the TypeScript builder), with
 * their data. Owned by `src/config/`; each code needs a message in both locales.
 */
export interface ConfigProblemDataMap {
  /** A value has the wrong type or shape. `expected` names what was expected. */
  'invalid-type': { readonly expected: string; readonly received: string };
}
