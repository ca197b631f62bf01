/**
 * within: a travel[] entry between buildings and sites serves the rooms in them (QC-4).
 */
import { within } from '../../src/places/within.js';

describe('within', () => {
  test.each([
    ['区政府大楼', '区政府大楼第一会议室'],
    ['区政府', '区政府大楼第一会议室'],
    ['区政府', '区政府第二会议室'],
    ['区委大楼', '区委大楼301会议室'],
    ['区委大楼', '区委大楼常委会议室'],
    ['区人大', '区人大常委会会议室'],
    ['青石镇政府', '青石镇政府三楼会议室'],
    ['青石镇', '青石镇政府三楼会议室'],
    ['市行政中心', '市行政中心1号楼大会堂'],
    ['市行政中心1号楼', '市行政中心1号楼第一会议室'],
    ['科技大厦', '科技大厦A座1205'],
    ['区委大楼', '区委大楼 3楼'],
    ['ＡＢＣ大厦', 'abc大厦301'],
  ])('%s ⊃ %s', (site, place) => {
    expect(within(site, place)).toBe(true);
  });

  test.each([
    // Another site after the prefix: the party school, another organ, another building of a complex.
    ['区委', '区委党校报告厅'],
    ['市', '市行政中心1号楼大会堂'],
    ['市行政中心1号楼', '市行政中心2号楼第二会议室'],
    ['青石镇', '青石镇卫生院会议室'],
    ['区政府', '区政府大院东门'],
    // No room after it: a site within a site is not read.
    ['青石镇', '青石镇河道'],
    ['区委大楼', '区委大楼'],
    // Not a prefix.
    ['区委大楼', '区政府大楼第一会议室'],
    ['大楼', '区委大楼301会议室'],
    ['', '区委大楼301会议室'],
  ])('%s ⊅ %s', (site, place) => {
    expect(within(site, place)).toBe(false);
  });
});
