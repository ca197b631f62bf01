import { levelWords } from '../../src/config/level-words.js';

describe('levelWords: 市 as a word (QC-36, QC-37, QD-7)', () => {
  test.each([
    ['市委办公室', ['city']],
    ['市民政局', ['city']],
    ['市政法委', ['city']],
    ['市政务服务中心', ['city']],
    ['成都市政府办公厅', ['city']],
    ['盐城市委办', ['city']],
    ['江滨区城市管理局', ['district']],
    ['市场监管局', []],
    ['城市管理局', []],
    ['市民服务中心', []],
    ['市容环卫处', []],
    ['临江市江滨区青石镇政府', ['city', 'district', 'township']],
    ['广西壮族自治区党委办公厅', ['province']],
    ['国务院办公厅', ['central']],
  ] as const)('%s → %j', (name, levels) => {
    expect(levelWords(name).map((w) => w.level)).toEqual(levels);
  });
});
