import fc from 'fast-check';
import { findingId } from '../../src/check/finding-id.js';
import { fnv1a64 } from '../../src/check/internal/fnv1a.js';

/** FNV-1a 64 written the obvious way with BigInt, to check the limb arithmetic against. */
function reference(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  test.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('published test vector %j', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });

  test.each(['总河长会议', '😀', 'a\uD800b', '\uDC00', 'x\uD83D'])('encodes %j as UTF-8 does (lone surrogates as U+FFFD)', (text) => {
    expect(fnv1a64(text)).toBe(reference(text));
  });

  test('agrees with a BigInt implementation on any text, CJK and astral characters included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => fnv1a64(text) === reference(text)), { numRuns: 500 });
  });
});

describe('findingId', () => {
  test('does not depend on the order of occurrences or people', () => {
    expect(findingId('r', 'venue', ['b', 'a'], ['y', 'x'])).toBe(findingId('r', 'venue', ['a', 'b'], ['x', 'y']));
  });

  test('differs when anything that identifies the finding differs', () => {
    const base = findingId('r', 'required-missing', ['a'], ['li']);
    expect(findingId('r', 'required-missing', ['a'], ['wang'])).not.toBe(base);
    expect(findingId('r', 'required-busy', ['a'], ['li'])).not.toBe(base);
    expect(findingId('s', 'required-missing', ['a'], ['li'])).not.toBe(base);
    // Separators keep ['ab'] and ['a', 'b'] apart.
    expect(findingId('r', 'venue', ['ab'], [])).not.toBe(findingId('r', 'venue', ['a', 'b'], []));
  });
});
