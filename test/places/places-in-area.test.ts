/**
 * Places read within the unit of the calendar they are written on (QJ-1): in a run over a city and its
 * districts, every district has a 第一会议室 and a 区政府大楼 of its own.
 */
import { bookedPlaces } from '../../src/places/booked-places.js';
import { physicalPlaces } from '../../src/places/physical-place.js';
import { createPlaces } from '../../src/places/places.js';
import type { CalendarInfo } from '../../src/model/calendar.js';

const bare = createPlaces([], []);

describe('an unlisted room on a calendar of a unit is that unit\'s', () => {
  test.each([
    ['第一会议室', '青山区', '青山区第一会议室'],
    ['常委会议室', '青山区', '青山区常委会议室'],
    ['区政府大楼第一会议室', '青山区', '青山区政府大楼第一会议室'],
    ['第 1 会议室', '青山区', '青山区第 1 会议室'],
    // Named with a unit, or by another level's organ: as written.
    ['江北区政府大楼第一会议室', '青山区', '江北区政府大楼第一会议室'],
    ['市行政中心1号楼第一会议室', '青山区', '市行政中心1号楼第一会议室'],
    // A site one visits is no room of a building.
    ['李家堂村', '青山区', '李家堂村'],
    ['北京', '青山区', '北京'],
  ])('%s on %s\'s calendar → %s', (text, area, expected) => {
    expect(physicalPlaces(bare, text, area)).toEqual([expected.toLowerCase()]);
  });

  test('without a unit, as before', () => {
    expect(physicalPlaces(bare, '第一会议室')).toEqual(['第一会议室']);
    expect(physicalPlaces(bare, '第一会议室', null)).toEqual(['第一会议室']);
  });
});

describe('locations[] entries of a unit (`area`)', () => {
  const places = createPlaces(
    [
      { name: '青山区政府大楼第一会议室', aliases: ['第一会议室', '区政府一会'], area: '青山区' },
      { name: '江北区政府大楼第一会议室', aliases: ['第一会议室'], area: '江北区' },
      { name: '市行政中心1号楼第一会议室', aliases: ['市一会'] },
    ],
    [],
  );

  test('an alias names the room of the calendar\'s unit', () => {
    expect(places.known('第一会议室', '青山区')).toBe('青山区政府大楼第一会议室');
    expect(places.known('第一会议室', '江北区')).toBe('江北区政府大楼第一会议室');
    expect(places.known('区政府一会', '江北区')).toBeNull();
  });

  test('entries of no unit serve every calendar; a unit\'s entries only its own (a calendar of no unit: the first claim, as before)', () => {
    expect(places.known('市一会', '青山区')).toBe('市行政中心1号楼第一会议室');
    expect(places.known('第一会议室')).toBeNull();
    expect(places.canonical('第一会议室')).toBe('第一会议室');
  });

  test('bookedPlaces reads the occurrence\'s calendar', () => {
    const on = (office: string): CalendarInfo => ({ id: office, name: office, office, level: 'district', owner: null, defaultZone: 'Asia/Shanghai', file: null });
    expect(bookedPlaces(places, { location: '第一会议室', attendees: [], calendar: on('青山区政府办') })).toEqual(['青山区政府大楼第一会议室']);
    expect(bookedPlaces(places, { location: '第一会议室', attendees: [], calendar: on('江北区人大办') })).toEqual(['江北区政府大楼第一会议室']);
    expect(bookedPlaces(places, { location: '第一会议室', attendees: [], calendar: on('区委办') })).toEqual(['第一会议室']);
  });
});
