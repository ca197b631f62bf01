/**
 * namesRoom / configuredRoomName (src/places/names-room.ts): which place names say a room or hall,
 * booked by one meeting at a time, rather than a site one visits (QA26-42, QE-1).
 */
import { configuredRoomName, namesRoom } from '../../src/places/names-room.js';

describe('namesRoom', () => {
  test.each(['区政府大楼第一会议室', '市民中心报告厅', '人民大会堂', '二楼大会场', '区视频会商中心', 'Room 101', 'Hall B', '301', 'A301', '3楼301'])('%s is a room', (name) => {
    expect(namesRoom(name)).toBe(true);
  });

  test.each(['青石镇', '青石镇河道', '青石镇政府', '北京', 'Germany', '社区服务中心', '市行政中心', '滨江路100'])('%s is no room', (name) => {
    expect(namesRoom(name)).toBe(false);
  });
});

describe('configuredRoomName', () => {
  test('a configured name closing with a room number is a room; a site or building is not', () => {
    expect(['区委301', 'A座1201', '２号楼３０５', '区政府大楼第一会议室', '区府一会', '三会'].map(configuredRoomName)).toEqual([true, true, true, true, true, true]);
    expect(['青石镇河道', '区政府大楼', '江滨宾馆', '第1', '常委会', '区人大常委会', '十一五规划会'].map(configuredRoomName)).toEqual([false, false, false, false, false, false, false]);
  });
});
