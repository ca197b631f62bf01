/**
 * Data embedded in a page as `<script type="application/json">`. The HTML parser ends a script
 * element at the first `</script` whatever the type (HTML §13.2.5.4, script data state), and `<!--`
 * inside a script changes how that end is found, so `<`, `>` and `&` are written as JSON escapes;
 * U+2028 and U+2029 too, for readers that evaluate the text as JavaScript.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Serialises a value as JSON that is safe inside a `<script>` element.
 * @param value - any JSON-serialisable value
 * @returns JSON text without `<`, `>`, `&`, U+2028 or U+2029; `JSON.parse` gives the value back
 * @example
 * embedJson({ summary: '</script><script>alert(1)</script>' })
 * //=> '{"summary":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (c) => ESCAPES[c] as string);
}
