import { findJsonSyntaxError } from '../../../src/io/internal/json-syntax-error.js';

describe('findJsonSyntaxError', () => {
  test.each([
    ['{"a": 1}', null],
    ['[1, -2.5e3, true, false, null, "x\\u4e2d"]', null],
    ['  {"会议": "总河长会议"}\n', null],
  ])('accepts valid JSON %j', (text, expected) => {
    expect(findJsonSyntaxError(text)).toEqual(expected);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  test.each([
    // trailing comma: the error is at the closing brace on line 3
    ['{\n  "a": 1,\n}', { offset: 12, line: 3, column: 1, found: '}' }],
    ['{"a" 1}', { offset: 5, line: 1, column: 6, found: '1' }],
    ['{"a": tru}', { offset: 9, line: 1, column: 10, found: '}' }],
    ['{"a": 1', { offset: 7, line: 1, column: 8, found: null }],
    ['', { offset: 0, line: 1, column: 1, found: null }],
    ['{"a": 01}', { offset: 7, line: 1, column: 8, found: '1' }],
    ['{"a": "x\ny"}', { offset: 8, line: 1, column: 9, found: '\n' }],
    ['{}\r\n{}', { offset: 4, line: 2, column: 1, found: '{' }],
    ["{'a': 1}", { offset: 1, line: 1, column: 2, found: "'" }],
  ])('locates the error in %j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findJsonSyntaxError(text)).toEqual(expected);
  });
});
