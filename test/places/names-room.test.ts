/**
 * namesRoom / configuredRoomName (src/places/names-room.ts): which place names say a room or hall,
 * booked by one meeting at a time, rather than a site one visits (QA26-42, QE-1).
 */
import { configuredRoomName, namesRoom, namesSite } from '../../src/places/names-room.js';

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
    expect(['青石镇河道', '区政府大楼', '江滨宾馆', '第1', '常委会', '区人大常委会', '十一五规划会', '江滨化工有限公司', '青石工业园'].map(configuredRoomName)).toEqual([false, false, false, false, false, false, false, false, false]);
    // Staff's shorthands for rooms (QG-4).
    expect(['三楼小会', '区委小会', '常委会议', 'Boardroom'].map(configuredRoomName)).toEqual([true, true, true, true]);
  });
});

describe('namesSite (QE-1, QG-3)', () => {
  test.each(['省财政厅', '省教育厅', '省政府办公厅', '自治区卫生健康厅', '李家堂村', '青石镇', '青石镇河道', '滨江街道', '省道S206', 'G60', '滨江路100号', '区政府', '区政府大楼', '市行政中心', '省发展改革委', '区委党校', '江滨宾馆'])(
    '%s is a site',
    (name) => {
      expect(namesSite(name)).toBe(true);
    },
  );

  test.each(['市民中心报告厅', '区政府大楼第一会议室', '区委大楼301', '省委党校报告厅', '多功能厅', '三楼小会', '常委会议', 'Boardroom', '区委小礼堂'])('%s is no site', (name) => {
    expect(namesSite(name)).toBe(false);
  });
});
