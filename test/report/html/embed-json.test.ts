/**
 * Embedding JSON in a script element and escaping text for markup: what could end the element or
 * open a tag is gone, and the value comes back unchanged.
 */
import fc from 'fast-check';
import { embedJson } from '../../../src/report/html/embed-json.js';
import { escapeHtml } from '../../../src/report/html/escape-html.js';

describe('embedJson', () => {
  test('a summary that closes the script element stays inside it', () => {
    const text = embedJson({ summary: '</script><script>alert(1)</script><!--' });
    expect(text).toBe('{"summary":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u003c!--"}');
  });

  test('any value: no < > & U+2028 U+2029 in the text, and JSON.parse gives the value back', () => {
    const tricky = fc.constantFrom('<', '>', '&', '\u2028', '\u2029', '</script', '<!--', '"', '\\', '会');
    const value = fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.array(fc.oneof(fc.integer(), tricky)), tricky));
    fc.assert(
      fc.property(value, (v) => {
        const text = embedJson(v);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/u);
        expect(JSON.parse(text)).toEqual(v);
      }),
    );
  });
});

describe('escapeHtml', () => {
  test.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["a & b's", 'a &amp; b&#39;s'],
    ['区委大楼301会议室', '区委大楼301会议室'],
  ])('%s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });
});
