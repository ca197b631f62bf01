import { occurrenceOrder } from '../../../src/rules/internal/occurrence-order.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

describe('occurrenceOrder', () => {
  const nine = occ({ calendar: 'b', uid: 'x', start: '2022-06-15 09:00' });
  const nineOther = occ({ calendar: 'a', uid: 'y', start: '2022-06-15 09:00' });
  const ten = occ({ calendar: 'a', uid: 'z', start: '2022-06-15 10:00' });

  test.each([
    ['start, then key', [nineOther, nine, ten], 'start-then-key'],
    ['start only (a tie out of key order)', [nine, nineOther, ten], 'start'],
    ['out of start order', [ten, nineOther], 'unordered'],
    ['out of start order after a tie out of key order', [nine, nineOther, ten, nine], 'unordered'],
    ['empty', [], 'start-then-key'],
  ] as const)('%s', (_name, list, expected) => {
    expect(occurrenceOrder([...list])).toBe(expected);
  });

  test('remembered per array', () => {
    const list = [ten, nine];
    expect(occurrenceOrder(list)).toBe('unordered');
    // Computed once: an array changed afterwards keeps its first answer (the rules never change theirs).
    list.reverse();
    expect(occurrenceOrder(list)).toBe('unordered');
  });
});
