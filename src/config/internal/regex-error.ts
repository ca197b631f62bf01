/**
 * Whether a selector pattern compiles. Selectors compile their patterns with the `u` flag
 * (`select/selector.ts`), so validation must use the same flag: `\d{2,}` passes either way, but
 * `\-` or a lone `{` is an error only under `u`.
 */
/**
 * Why a pattern does not compile with the `u` flag, or null when it does.
 * @example regexError('(') //=> 'Invalid regular expression: /(/u: Unterminated group'
 */
export function regexError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
