import { createPlaces } from '../../src/places/places.js';
import { physicalPlaces } from '../../src/places/physical-place.js';

describe('a configured room written with its street address (QF-14)', () => {
  const places = createPlaces([{ name: '区政府大楼第一会议室', aliases: ['区政府第一会议室'] }], []);
  test.each([
    ['江滨区滨江路1号区政府大楼第一会议室', ['区政府大楼第一会议室']],
    ['滨江路1号 区政府第一会议室', ['区政府大楼第一会议室']],
    ['区政府第一会议室 - 江滨区滨江路1号', ['区政府大楼第一会议室']],
    ['江滨区滨江路1号—区政府第一会议室', ['区政府大楼第一会议室']],
    // Not an address before the room: a building number (1号楼), so nothing is taken apart.
    ['滨江路1号楼第一会议室', ['滨江路1号楼第一会议室']],
    ['江滨区滨江路1号', ['江滨区滨江路1号']],
  ])('%s → %j', (text, expected) => {
    expect(physicalPlaces(places, text)).toEqual(expected);
  });
});
