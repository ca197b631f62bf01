import { formatJsonPath } from '../../src/config/json-path.js';

describe('formatJsonPath', () => {
  test.each([
    [[], ''],
    [['timezone'], 'timezone'],
    [['rules', 2, 'minGap'], 'rules[2].minGap'],
    [[0], '[0]'],
    [['rules', 0, 'dependent', 'anyOf', 1, 'not', 'summary'], 'rules[0].dependent.anyOf[1].not.summary'],
    [['rules', 1, 'event', 'property', 'X-OA-TYPE'], 'rules[1].event.property["X-OA-TYPE"]'],
    [['会议'], '["会议"]'],
    [['$schema'], '$schema'],
    [['a b', 'c"d'], '["a b"]["c\\"d"]'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatJsonPath(path)).toBe(expected);
  });
});
