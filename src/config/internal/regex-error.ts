/**
 * Whether a selector pattern compiles. Selectors compile their patterns with the `u` flag
 * (`select/selector.ts`), so validation must use the same flag: `\d{2,}` passes either way, but
 * `\-` or a lone `{` is an error only under `u`.
 */
export function regexError(pattern: string): string | null {
  try {
    new RegExp(pattern, 'u');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
