/**
 * Escaping text for HTML. Calendar summaries, locations and names come from outside (anyone who
 * can send an invitation writes them), so every piece of text the report writes into its markup
 * goes through here; the page script only ever sets `textContent`.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for an HTML text node or a quoted attribute value.
 * @param text - any text
 * @returns the text with `& < > " '` as character references
 * @example
 * escapeHtml('<script>alert("x")</script>')
 * //=> '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] as string);
}
