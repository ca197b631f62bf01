import { areasApart, calendarArea, officeArea } from '../../src/config/calendar-area.js';

describe('officeArea: the unit an office\'s name is of (QJ-1..QJ-4)', () => {
  test.each([
    ['青山区委办', '青山区', 'district'],
    ['江州市委办公室', '江州市', 'city'],
    ['中共青山区委办公室', '青山区', 'district'],
    ['江州市青山区委办', '青山区', 'district'],
    ['青山区总值班室', '青山区', 'district'],
    ['青山区城乡建设局', '青山区', 'district'],
    ['青山区区长办公室', '青山区', 'district'],
    ['江州市市场监管局', '江州市', 'city'],
    ['江滨区城市管理局', '江滨区', 'district'],
    ['沛县委办', '沛县', 'district'],
    ['青山区东城街道办', '东城街道', 'township'],
    ['四川省人民政府办公厅', '四川省', 'province'],
  ])('%s → %s (%s)', (office, name, level) => {
    expect(officeArea(office)).toEqual({ name, level });
  });

  test.each(['区委办', '市政府办', '省政府办公厅', '景区管理处', '社区服务中心', 'Party office', '总值班室'])('%s names no unit', (office) => {
    expect(officeArea(office)).toBeNull();
  });
});

describe('calendarArea', () => {
  test('the config\'s area wins over the office', () => {
    expect(calendarArea({ office: '区委办', area: '青山区' })).toEqual({ name: '青山区', level: 'district' });
    expect(calendarArea({ office: '青山区委办', area: ' 江北区 ' })?.name).toBe('江北区');
  });

  test('an area without a level word has no level', () => {
    expect(calendarArea({ office: null, area: 'Qingshan' })).toEqual({ name: 'Qingshan', level: null });
  });

  test('no office, no area: none', () => {
    expect(calendarArea({ office: null })).toBeNull();
  });
});

describe('areasApart: calendars whose offices never hold each other\'s retyped copies', () => {
  test.each([
    ['青山区委办', '江北区委办', true],
    ['青山区委办', '青山区政府办', false],
    ['青山区委办', '江州市委办', false], // the district records the city's meeting
    ['青山区委办', '区委办', false], // unknown unit: as before
    ['市委办', '市政府办', false],
  ])('%s / %s → %s', (a, b, apart) => {
    expect(areasApart({ office: a }, { office: b })).toBe(apart);
  });
});
