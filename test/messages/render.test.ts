import { en } from '../../src/messages/en.js';
import { zhCN } from '../../src/messages/zh-CN.js';
import { renderProblem } from '../../src/messages/render.js';

describe('message catalogs', () => {
  test('load and config problem codes never share a name (render picks the table by code)', () => {
    for (const catalog of [en, zhCN]) {
      const load = Object.keys(catalog.load);
      const config = new Set(Object.keys(catalog.config));
      expect(load.filter((code) => config.has(code))).toEqual([]);
    }
  });

  test('both locales translate exactly the same codes', () => {
    for (const area of ['load', 'config', 'findings'] as const) {
      expect(Object.keys(en[area]).sort()).toEqual(Object.keys(zhCN[area]).sort());
    }
  });

  test('zh-CN is the default language', () => {
    const problem = {
      code: 'undecodable-input',
      severity: 'error',
      source: { file: 'a.ics', line: 1 },
      data: { detail: 'x' },
    } as const;
    expect(renderProblem(problem)).toBe(zhCN.load['undecodable-input']({ detail: 'x' }));
    expect(renderProblem(problem, 'en')).toBe(en.load['undecodable-input']({ detail: 'x' }));
    expect(renderProblem(problem, 'en')).not.toBe(renderProblem(problem));
  });
});
