/**
 * The matching key of a name or calendar address: NFKC (full-width → half-width), lower-case, no
 * `mailto:` prefix (RFC 5545 §3.3.3 cal-address is a URI; the scheme is case-insensitive) and no
 * whitespace at all, so `李 明`, `李明` and `ＬＩ@qu.gov.cn ` compare as written by different tools; nor
 * invisible format characters (Unicode Cf: U+200B, U+00AD, U+FEFF), which pasted text carries (QC-33).
 * @param text - a name, alias or calendar address
 * @returns the matching key
 * @example
 * personKey(' MAILTO:Li@Qu.gov.cn ')
 * //=> 'li@qu.gov.cn'
 */
export function personKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{Cf}]+/gu, '')
    .replace(/^mailto:/u, '');
}
