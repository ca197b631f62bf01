/**
 * buildingOf / sameBuilding: rooms of one building need no travel between them (QB-17).
 */
import { buildingOf, sameBuilding } from '../../src/places/building.js';

describe('buildingOf', () => {
  test.each([
    ['区委大楼301会议室', '区委大楼'],
    ['区政府大楼第一会议室', '区政府大楼'],
    ['市行政中心1号楼大会堂', '市行政中心1号楼'],
    ['市行政中心2号楼第二会议室', '市行政中心2号楼'],
    ['区会议中心报告厅', '区会议中心'],
    ['江滨宾馆3楼会议室', '江滨宾馆'],
    ['A座1205', 'A座'],
    ['科技大厦A座1205', '科技大厦A座'],
    ['青石镇政府', null],
    ['区政府第一会议室', '区政府'],
    ['区委301会议室', '区委'],
    ['区委党校报告厅', '区委党校'],
    ['青石镇卫生院会议室', null],
    ['第一会议室', null],
    ['区委大楼', null],
    ['江滨区审计局会议室', null],
  ])('%s → %s', (place, building) => {
    expect(buildingOf(place)).toBe(building);
  });
});

describe('sameBuilding', () => {
  test('two rooms of one building; rooms of two buildings of one complex are not', () => {
    expect(sameBuilding('区政府大楼第一会议室', '区政府大楼第二会议室')).toBe(true);
    expect(sameBuilding('区委大楼301会议室', '区委大楼302会议室')).toBe(true);
    expect(sameBuilding('市行政中心1号楼第一会议室', '市行政中心2号楼第二会议室')).toBe(false);
    expect(sameBuilding('区政府大楼第一会议室', '区委大楼301会议室')).toBe(false);
    expect(sameBuilding('青石镇政府', '青石镇政府')).toBe(false);
    expect(sameBuilding('区政府第一会议室', '区政府第二会议室')).toBe(true);
    expect(sameBuilding('区委党校报告厅', '区委大楼301会议室')).toBe(false);
    expect(sameBuilding('青石镇政府会议室', '青石镇卫生院会议室')).toBe(false);
  });
});
