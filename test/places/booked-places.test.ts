/**
 * bookedPlaces (src/places/booked-places.ts): the LOCATION's places, then the rooms and resources
 * booked as attendees (RFC 5545 §3.2.3 CUTYPE=ROOM or RESOURCE), by CN and by address.
 */
import { bookedPlaces } from '../../src/places/booked-places.js';
import { createPlaces } from '../../src/places/places.js';
import type { Attendee } from '../../src/model/occurrence.js';

const places = createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室'] }], []);
const attendee = (cutype: string, name: string | null, address: string | null): Attendee => ({ address, name, role: 'req-participant', partstat: 'accepted', cutype });

describe('bookedPlaces', () => {
  test('a room booked as RESOURCE (Google Workspace, GroupWise) is booked like a ROOM (QA26-14)', () => {
    for (const cutype of ['room', 'resource']) {
      expect(bookedPlaces(places, { location: null, attendees: [attendee(cutype, '301会议室', null)] })).toEqual(['区委大楼301会议室']);
    }
  });

  test('people and groups book no place; LOCATION comes first', () => {
    const attendees = [attendee('individual', '李明', 'mailto:li@x'), attendee('group', '区委办', null), attendee('resource', '公务用车A', null)];
    // An unconfigured resource is its own place, under its normalised text.
    expect(bookedPlaces(places, { location: '301会议室', attendees })).toEqual(['区委大楼301会议室', '公务用车a']);
  });

  test('a town, a city or a site is a place to travel to, not a room booked twice; rooms are (QA26-42)', () => {
    const configured = createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '青石镇政府' }], []);
    const at = (location: string) => bookedPlaces(configured, { location, attendees: [] });
    for (const town of ['青石镇', '北京', 'Germany', '某镇河道']) expect(at(town)).toEqual([]);
    // Configured for travel times or aliases, a building or site is still visited, not booked (QE-1).
    expect(at('青石镇政府')).toEqual([]);
    expect(at('301会议室')).toEqual(['区委大楼301会议室']);
    for (const room of ['江滨区水利局会议室', '市民中心报告厅', '人民大会堂', 'Room 101', '二楼大会场']) expect(at(room)).toHaveLength(1);
    // Room numbers as OA exports write them, and meeting centres (QA26-48); a service centre is a site.
    for (const room of ['301', 'A301', '3楼301', '视频会商中心', '会议中心']) expect(at(room)).toHaveLength(1);
    expect(at('社区服务中心')).toEqual([]);
  });

  test('a configured place is a room by its names, or as its `bookable` key says (QE-1)', () => {
    const configured = createPlaces(
      [
        { name: '青石镇河道', aliases: ['青石河段'] },
        { name: '区委常委会', aliases: ['常委会议室'] },
        { name: '区委301' },
        { name: '江滨宾馆', bookable: true },
        { name: '市会议中心', bookable: false },
      ],
      [],
    );
    const at = (location: string) => bookedPlaces(configured, { location, attendees: [] });
    // A river reach listed for travel times, by its name or its alias: visited, not booked.
    expect(at('青石镇河道')).toEqual([]);
    expect(at('青石河段')).toEqual([]);
    // An alias naming a room makes the place one; so does a room number closing a configured name.
    expect(at('区委常委会')).toEqual(['区委常委会']);
    expect(at('区委301')).toEqual(['区委301']);
    // The key wins over the names, either way.
    expect(at('江滨宾馆')).toEqual(['江滨宾馆']);
    expect(at('市会议中心')).toEqual([]);
    // An unconfigured room is still one, a street number is not.
    expect(at('某局三楼会议室')).toHaveLength(1);
    expect(at('滨江路100')).toEqual([]);
  });

  test('a room or resource booked as an attendee is booked whatever its name: the calendar says it is one (QE-1)', () => {
    const configured = createPlaces([{ name: '青石镇河道' }, { name: '公务用车A' }], []);
    expect(bookedPlaces(configured, { location: '青石镇河道', attendees: [attendee('resource', '公务用车A', null)] })).toEqual(['公务用车A']);
  });
});
