/**
 * Printing the location of a value inside a JSON document, as zod's `toDotPath` does: keys that are
 * identifiers join with dots, indexes go in brackets, other keys are quoted in brackets.
 */

// ASCII identifiers only: a key such as `X-OA-TYPE` or `会议` is quoted so that the path can be
// pasted back into a JavaScript or jq expression unchanged.
const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a JSON path for people to read.
 * @param path - keys and indexes from the root, e.g. `['rules', 2, 'minGap']`
 * @returns the dotted form, e.g. `rules[2].minGap`; the empty string for the root
 * @example
 * formatJsonPath(['rules', 2, 'dependent', 'property', 'X-OA-TYPE'])
 * //=> 'rules[2].dependent.property["X-OA-TYPE"]'
 */
export function formatJsonPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (identifier.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
