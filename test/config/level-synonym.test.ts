/**
 * Levels written the way staff write them (src/config/internal/level-synonym.ts): 县, 区, 市, county…
 * are read as the level they rank with, with a level-synonym info; other values stay refused (QB-38).
 */
import { levelOf } from '../../src/config/internal/level-synonym.js';
import { validateConfig } from '../../src/config/validate.js';

const raw = (level: unknown, selectorLevel?: unknown) => ({
  timezone: 'Asia/Shanghai', window: { from: '2022-05-01', to: '2022-05-31' },
  calendars: [{ id: 'a', file: 'a.ics', level }],
  ...(selectorLevel === undefined ? {} : { rules: [{ id: 'r', kind: 'follows', dependent: { level: selectorLevel }, prerequisite: { level: 'city' } }] }),
});

describe('levelOf', () => {
  test.each([
    ['县', 'district'], ['区', 'district'], ['县级市', 'district'], ['旗', 'district'], ['county', 'district'], ['County', 'district'],
    ['市', 'city'], ['地级市', 'city'], ['自治州', 'city'], ['盟', 'city'], ['省', 'province'], ['自治区', 'province'], ['直辖市', 'province'],
    ['中央', 'central'], ['镇', 'township'], ['乡', 'township'], ['街道', 'township'], [' District ', 'district'],
  ])('“%s” is %s', (value, level) => {
    expect(levelOf(value)).toEqual({ level, synonym: true });
  });

  test('the five names are themselves, not synonyms; anything else is none', () => {
    expect(levelOf('district')).toEqual({ level: 'district', synonym: false });
    expect(levelOf('村')).toBeNull();
    expect(levelOf('village')).toBeNull();
    expect(levelOf('')).toBeNull();
  });
});

describe('validateConfig with a level synonym', () => {
  test('calendars[].level "县" is district, with an info at its path', () => {
    const result = validateConfig(raw('县'), 'tongchou.json');
    expect(result.ok).toBe(true);
    expect(result.ok && result.config.calendars[0]!.level).toBe('district');
    expect(result.problems.map((p) => [p.code, p.severity, p.source, p.data])).toEqual([
      ['level-synonym', 'info', { file: 'tongchou.json', path: ['calendars', 0, 'level'] }, { value: '县', level: 'district' }],
    ]);
  });

  test('a selector level "county" is district too', () => {
    const result = validateConfig(raw('district', ['county', '市']), 'tongchou.json');
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => [p.code, p.data])).toEqual([
      ['level-synonym', { value: 'county', level: 'district' }],
      ['level-synonym', { value: '市', level: 'city' }],
    ]);
  });

  test('a value that names no level is still refused with the five to choose from', () => {
    const result = validateConfig(raw('村'), 'tongchou.json');
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.code, p.data])).toEqual([['invalid-enum', { value: '村', allowed: 'central, province, city, district, township' }]]);
  });
});
