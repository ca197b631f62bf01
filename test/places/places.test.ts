import fc from 'fast-check';
import { bookedPlaces } from '../../src/places/booked-places.js';
import { physicalPlace, physicalPlaces } from '../../src/places/physical-place.js';
import { createPlaces } from '../../src/places/places.js';

const places = createPlaces(
  [
    { name: '区委大楼301会议室', aliases: ['301会议室', '区委301'] },
    { name: '某镇河道', aliases: [] },
  ],
  [{ from: '301会议室', to: '某镇河道', minutes: 40 }],
);

describe('createPlaces', () => {
  test.each([
    ['name', '区委大楼301会议室', '区委大楼301会议室'],
    ['alias', '301会议室', '区委大楼301会议室'],
    ['full-width digits and spaces', '  ３０１会议室 ', '区委大楼301会议室'],
    ['unknown place is its normalised self', ' Room  A ', 'room a'],
    ['empty', '   ', null],
    ['null', null, null],
  ])('canonical: %s', (_name, text, expected) => {
    expect(places.canonical(text)).toBe(expected);
  });

  test('travel minutes are symmetric and found through aliases', () => {
    expect(places.travelMinutes('区委大楼301会议室', '某镇河道')).toBe(40);
    expect(places.travelMinutes('某镇河道', '区委301')).toBe(40);
  });
  test('unknown pair → null; same place → 0', () => {
    expect(places.travelMinutes('某镇河道', '市政府')).toBeNull();
    expect(places.travelMinutes('301会议室', '区委301')).toBe(0);
  });

  test.each([
    ['https://meeting.tencent.com/dm/abc', null],
    ['www.zoom.us/j/1', null],
    ['301会议室', '区委大楼301会议室'],
    [null, null],
  ])('physicalPlace(%j)', (text, expected) => {
    expect(physicalPlace(places, text)).toBe(expected);
  });

  describe('properties', () => {
    test('canonical is idempotent', () => {
      fc.assert(
        fc.property(fc.string(), (text) => {
          const once = places.canonical(text);
          expect(once === null ? null : places.canonical(once)).toBe(once);
        }),
      );
    });
  });
});

describe('physicalPlace: online meetings and hybrid locations (qa-bugs QA-2, QA-3)', () => {
  const places = createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室'] }], []);
  test.each([
    ['腾讯会议', null],
    ['钉钉视频会议', null],
    ['Microsoft Teams 会议', null],
    ['https://meeting.tencent.com/dm/abc', null],
    ['301会议室（腾讯会议 https://meeting.tencent.com/dm/abc）', '区委大楼301会议室'],
    ['Microsoft Teams 会议; 301会议室', '区委大楼301会议室'],
    ['区委大楼301会议室', '区委大楼301会议室'],
  ])('%s → %s', (location, expected) => expect(physicalPlace(places, location)).toBe(expected));
});

describe('physicalPlaces: venue wording of 党政机关 (qa-bugs QA-10)', () => {
  const places = createPlaces(
    [
      { name: '区委大楼301会议室', aliases: ['301会议室'] },
      { name: '区委大楼302会议室', aliases: ['302会议室'] },
      { name: '区政府第一会议室（东楼）', aliases: [] },
    ],
    [],
  );
  test.each([
    ['区委大楼301会议室（主会场）', ['区委大楼301会议室']],
    ['区委大楼301会议室（分会场2）', ['区委大楼301会议室']],
    ['主会场：区委大楼301会议室', ['区委大楼301会议室']],
    ['主会场:301会议室；分会场：各镇街', ['区委大楼301会议室']],
    ['301会议室、302会议室', ['区委大楼301会议室', '区委大楼302会议室']],
    ['301会议室，302会议室', ['区委大楼301会议室', '区委大楼302会议室']],
    ['301会议室/302会议室', ['区委大楼301会议室', '区委大楼302会议室']],
    // The part marked 主会场 is the main place, wherever it is written.
    ['分会场：302会议室；主会场：301会议室', ['区委大楼301会议室', '区委大楼302会议室']],
    ['302会议室、301会议室（主会场）', ['区委大楼301会议室', '区委大楼302会议室']],
    ['地点：302会议室', ['区委大楼302会议室']],
    // A configured name that itself has brackets is matched whole, not stripped.
    ['区政府第一会议室（东楼）', ['区政府第一会议室（东楼）']],
    // Nothing configured inside: the whole text stays one place of its own, as before.
    ['主会场：某镇政府；分会场：各村', ['主会场:某镇政府 分会场:各村']],
    ['北京市朝阳区, 甲路1号', ['北京市朝阳区, 甲路1号']],
    // Unlisted parts beside a configured room are not rooms of their own (an address, 各镇街).
    ['区委大楼301会议室, 中山路1号', ['区委大楼301会议室']],
    ['301会议室（腾讯会议 https://meeting.tencent.com/dm/abc）、302会议室', ['区委大楼301会议室', '区委大楼302会议室']],
    ['腾讯会议', []],
    // A configured room with a note after it is that room (QA26-5); an unconfigured text keeps its note.
    ['区委大楼301会议室（3楼）', ['区委大楼301会议室']],
    ['301会议室(三楼东侧)', ['区委大楼301会议室']],
    ['302会议室【可容纳40人】、301会议室', ['区委大楼302会议室', '区委大楼301会议室']],
    ['某镇政府（二楼）', ['某镇政府(二楼)']],
    // A note naming a building picks that building's room, never another one's (QA26-45).
    ['301会议室（区委大楼）', ['区委大楼301会议室']],
    ['301会议室(区委大楼3楼)', ['区委大楼301会议室']],
    ['302会议室（区政府大楼）', ['302会议室(区政府大楼)']],
  ])('%s → %j', (location, expected) => {
    expect(physicalPlaces(places, location)).toEqual(expected);
    expect(physicalPlace(places, location)).toBe(expected[0] ?? null);
  });

  test('results are remembered per Places: the same frozen array for the same text', () => {
    const first = physicalPlaces(places, '301会议室、302会议室');
    expect(physicalPlaces(places, '301会议室、302会议室')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Another Places with other aliases answers for itself.
    expect(physicalPlaces(createPlaces([], []), '301会议室、302会议室')).toEqual(['301会议室、302会议室']);
  });
});

describe('bookedPlaces', () => {
  const places = createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室', 'mailto:room301@qu.gov.cn'] }], []);
  const room = (name: string | null, address: string | null) => ({ name, address, cutype: 'room', role: 'non-participant', partstat: 'accepted' });
  test('LOCATION places first, then each room by CN and address, each once', () => {
    expect(bookedPlaces(places, { location: '302室', attendees: [room('301会议室', 'mailto:room301@qu.gov.cn'), room('小会议室', null)] })).toEqual([
      '302室',
      '区委大楼301会议室',
      '小会议室',
    ]);
  });
  test('no LOCATION and no room → none; people are no place', () => {
    expect(bookedPlaces(places, { location: null, attendees: [{ name: '李明', address: null, cutype: 'individual', role: 'req-participant', partstat: 'accepted' }] })).toEqual([]);
  });
});

describe('Places.known', () => {
  const places = createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室'] }], []);
  test.each([
    ['３０１会议室', '区委大楼301会议室'],
    ['区委大楼301会议室', '区委大楼301会议室'],
    ['302会议室', null],
    ['', null],
  ])('%s → %s', (text, expected) => expect(places.known(text)).toBe(expected));
});

describe('room spellings of OA forms, Outlook and Google Workspace (QB-10)', () => {
  const rooms = createPlaces([{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }, { name: 'Room 101' }], []);
  test.each([
    ['区政府大楼 第一会议室', '区政府大楼第一会议室'],
    ['区政府大楼　第一会议室', '区政府大楼第一会议室'],
    ['第一会议室 (20)', '区政府大楼第一会议室'],
    ['第一会议室（20）', '区政府大楼第一会议室'],
    ['区政府大楼-3-第一会议室 (20)', '区政府大楼第一会议室'],
    ['区政府大楼-3F-第一会议室', '区政府大楼第一会议室'],
    ['Room 101', 'Room 101'],
  ])('%s → %s', (text, place) => {
    expect(physicalPlaces(rooms, text)).toEqual([place]);
  });

  test.each([
    ['区政府大楼第一会议室（已预约）'],
    ['第一会议室（暂定）'],
    ['第一会议室[已确认]'],
    ['区政府大楼一楼第一会议室'],
    ['区政府大楼3层第一会议室'],
    ['区政府大楼第1会议室'],
    ['第1会议室'],
  ])('%s is the configured room (QB-35)', (text) => {
    expect(physicalPlaces(rooms, text)).toEqual(['区政府大楼第一会议室']);
  });

  test('第10 and 第12 read as 第十 and 第十二; an ordinal inside a number is left alone', () => {
    const tenth = createPlaces([{ name: '第十会议室' }, { name: '第十二会议室' }, { name: '2301会议室' }], []);
    expect(physicalPlaces(tenth, '第10会议室')).toEqual(['第十会议室']);
    expect(physicalPlaces(tenth, '第12会议室')).toEqual(['第十二会议室']);
    expect(physicalPlaces(tenth, '2301会议室')).toEqual(['2301会议室']);
  });

  test('分会场：各区视频会商中心 in a city notice is this district’s configured 区视频会商中心 (QB-25)', () => {
    const video = createPlaces([{ name: '市行政中心' }, { name: '区视频会商中心' }], []);
    expect(physicalPlaces(video, '主会场：市行政中心；分会场：各区视频会商中心')).toEqual(['市行政中心', '区视频会商中心']);
    expect(physicalPlaces(video, '各镇视频会商中心')).toEqual(['各镇视频会商中心']);
  });

  test('a space between Latin words still counts, and an unlisted place keeps its own spelling', () => {
    expect(physicalPlaces(rooms, 'Room101')).toEqual(['room101']);
    expect(physicalPlaces(rooms, '某镇 河道')).toEqual(['某镇 河道']);
  });

  test('a bracketed number that is not a capacity of a configured room stays part of an unlisted place', () => {
    expect(physicalPlaces(rooms, '第二会议室 (20)')).toEqual(['第二会议室 (20)']);
  });

  // QC-34 reads `区政府大楼-第一会议室` as the building's room; a dash between another building and the
  // alias of this one's room is still not taken apart.
  test('a dash that joins no configured building and room is not taken apart', () => {
    expect(physicalPlaces(rooms, '区委大楼-第一会议室')).toEqual(['区委大楼-第一会议室']);
  });
});

// QC-15: hybrid meetings — the room and the online half in everyday wording.
describe('physicalPlaces: the online half of a hybrid meeting written next to the room (QC-15)', () => {
  const rooms = createPlaces([{ name: '区委大楼301会议室' }, { name: '区委大楼302会议室' }, { name: '区政府大楼第一会议室' }], []);
  test.each([
    ['区委大楼301会议室 腾讯会议', ['区委大楼301会议室']],
    ['区委大楼301会议室+腾讯会议', ['区委大楼301会议室']],
    ['区委大楼301会议室 ＋ 钉钉视频会议', ['区委大楼301会议室']],
    ['区委大楼301会议室 腾讯会议号：123-456-789', ['区委大楼301会议室']],
    ['区委大楼301会议室 腾讯会议 123 456 789 密码：1234', ['区委大楼301会议室']],
    ['线下：区委大楼301会议室 线上：腾讯会议', ['区委大楼301会议室']],
    ['线上：腾讯会议 线下：区委大楼302会议室', ['区委大楼302会议室']],
    ['区委大楼301会议室（线上同步：飞书视频会议）', ['区委大楼301会议室']],
    ['腾讯会议 区委大楼301会议室', ['区委大楼301会议室']],
    ['区政府大楼 第一会议室 Zoom', ['区政府大楼第一会议室']],
    ['区委大楼301会议室（腾讯会议同步）', ['区委大楼301会议室']],
    ['区委大楼301会议室（视频）', ['区委大楼301会议室']],
    ['区委大楼301会议室(线上线下结合)', ['区委大楼301会议室']],
    ['区委大楼301会议室 线上+线下', ['区委大楼301会议室']],
    // An unlisted place loses only the online end.
    ['某镇河道 腾讯会议', ['某镇河道']],
    // Online alone: no place.
    ['线上：腾讯会议', []],
    ['Microsoft Teams 会议', []],
    ['腾讯会议号：123-456-789', []],
  ])('%s → %j', (text, expected) => {
    expect(physicalPlaces(rooms, text)).toEqual(expected);
  });

  test.each([
    // A 视频会议室 or 电话会议室 is a room, not an online service.
    ['区委大楼 视频会议室', ['区委大楼 视频会议室']],
    ['电话会议室', ['电话会议室']],
    ['区视频会商中心', ['区视频会商中心']],
    ['区委大楼 视频会商中心', ['区委大楼 视频会商中心']],
    // A service name inside a word is no online end.
    ['飞书大厦会议室', ['飞书大厦会议室']],
    // What is left is still read as before: two rooms need a separator, not a space.
    ['区委大楼301会议室 区委大楼302会议室', ['区委大楼301会议室 区委大楼302会议室']],
  ])('not online: %s → %j', (text, expected) => {
    expect(physicalPlaces(rooms, text)).toEqual(expected);
  });
});

// QC-16: a configured room written shorter is that room when it is the only one that fits.
describe('physicalPlaces: a configured room written shorter (QC-16)', () => {
  const rooms = createPlaces(
    [{ name: '区委大楼301会议室' }, { name: '区委大楼302会议室' }, { name: '区政府大楼第一会议室' }, { name: '区政府大楼第十一会议室' }, { name: 'Room 101' }],
    [],
  );
  test.each([
    ['区委301会议室', '区委大楼301会议室'],
    ['区委大楼301', '区委大楼301会议室'],
    ['区委大楼301室', '区委大楼301会议室'],
    ['区委大楼３０１', '区委大楼301会议室'],
    ['区政府第一会议室', '区政府大楼第一会议室'],
    ['区政府第1会议室', '区政府大楼第一会议室'],
    ['区政府第十一会议室', '区政府大楼第十一会议室'],
    ['主会场：区委301会议室；分会场：各镇街', '区委大楼301会议室'],
    ['区委301会议室 腾讯会议', '区委大楼301会议室'],
  ])('%s → %s', (text, place) => {
    expect(physicalPlaces(rooms, text)).toEqual([place]);
  });

  test.each([
    // A number cut short, or no number where the room has one (301 or 302?).
    ['区委大楼30', '区委大楼30'],
    ['区委大楼会议室', '区委大楼会议室'],
    ['区委会议室', '区委会议室'],
    // Not starting as the room does: 301 of which building?
    ['301会议室', '301会议室'],
    ['区301会议室', '区301会议室'],
    // No room named: a building.
    ['区委大楼', '区委大楼'],
    // Characters not in the room's name, or reordered.
    ['区委党校301会议室', '区委党校301会议室'],
    ['区委301大楼会议室', '区委301大楼会议室'],
    // Latin words keep their spaces.
    ['Room101', 'room101'],
  ])('not a configured room: %s → %s', (text, place) => {
    expect(physicalPlaces(rooms, text)).toEqual([place]);
  });

  test('only the building and the generic 会议室/第 of the room may be left out (常委 names the room)', () => {
    const named = createPlaces([{ name: '区委大楼常委会议室' }, { name: '区人大常委会会议室' }], []);
    expect(physicalPlaces(named, '区委常委会议室')).toEqual(['区委大楼常委会议室']);
    expect(physicalPlaces(named, '区委会议室')).toEqual(['区委会议室']);
    expect(physicalPlaces(named, '区人大会议室')).toEqual(['区人大会议室']);
  });

  test('a building word naming another site (党校, 宾馆) is never left out (QD-5)', () => {
    const sites = createPlaces([{ name: '区委党校报告厅' }, { name: '区委宾馆第一会议室' }, { name: '区政府办公楼第二会议室' }], []);
    expect(physicalPlaces(sites, '区委报告厅')).toEqual(['区委报告厅']);
    expect(physicalPlaces(sites, '区委第一会议室')).toEqual(['区委第一会议室']);
    expect(physicalPlaces(sites, '区政府第二会议室')).toEqual(['区政府办公楼第二会议室']);
  });

  test('two configured rooms fit → neither', () => {
    const two = createPlaces([{ name: '区委大楼301会议室' }, { name: '区委办公楼301会议室' }], []);
    expect(physicalPlaces(two, '区委301会议室')).toEqual(['区委301会议室']);
  });

  test('abbreviated is asked only for a text that is no configured name', () => {
    expect(rooms.abbreviated('区委大楼301会议室')).toBeNull();
    expect(rooms.abbreviated('区委301')).toBe('区委大楼301会议室');
  });
});

// QC-4: a travel table between buildings and sites serves their rooms.
describe('travelMinutes: entries between buildings and sites (QC-4)', () => {
  const rooms = [{ name: '区政府大楼第一会议室' }, { name: '区政府大楼第二会议室' }, { name: '区委大楼301会议室' }, { name: '青石镇政府三楼会议室' }];
  const table = createPlaces(rooms, [
    { from: '区政府大楼', to: '青石镇政府', minutes: 60 },
    { from: '区委大楼', to: '区政府大楼', minutes: 5 },
    { from: '区委', to: '青石镇', minutes: 70 },
    { from: '区委大楼301会议室', to: '青石镇政府', minutes: 65 },
  ]);
  test.each([
    ['区政府大楼第一会议室', '青石镇政府三楼会议室', 60],
    ['青石镇政府三楼会议室', '区政府大楼第二会议室', 60],
    ['区委大楼301会议室', '区政府大楼第一会议室', 5],
    // Most specific: the room's own entry beats its building's, the building's beats the organ's.
    ['区委大楼301会议室', '青石镇政府三楼会议室', 65],
    // Unlisted rooms of the buildings too.
    ['区政府大楼常务会议室', '青石镇政府二楼会议室', 60],
    ['区委大楼302会议室', '青石镇政府三楼会议室', 70],
  ])('%s → %s: %d', (from, to, minutes) => {
    expect(table.travelMinutes(from, to)).toBe(minutes);
  });

  test('two rooms of one building get no time from the building’s entries (no journey: sameBuilding decides)', () => {
    expect(table.travelMinutes('区政府大楼第一会议室', '区政府大楼第二会议室')).toBeNull();
  });

  test('a place within none of the endpoints keeps no time (the rule’s default applies)', () => {
    expect(table.travelMinutes('区委党校报告厅', '青石镇政府三楼会议室')).toBeNull();
    expect(table.travelMinutes('青石镇河道', '区政府大楼第一会议室')).toBeNull();
  });

  test('an entry naming both rooms still wins over the buildings’', () => {
    const both = createPlaces(rooms, [
      { from: '区政府大楼', to: '区委大楼', minutes: 5 },
      { from: '区政府大楼第一会议室', to: '区委大楼301会议室', minutes: 12 },
    ]);
    expect(both.travelMinutes('区委大楼301会议室', '区政府大楼第一会议室')).toBe(12);
    expect(both.travelMinutes('区委大楼301会议室', '区政府大楼第二会议室')).toBe(5);
  });
});

// QC-34: more ways booking systems and OA forms write a configured room.
describe('physicalPlaces: building and room written apart, a floor prefix, a street address (QC-34)', () => {
  const rooms = createPlaces([{ name: '区政府大楼第一会议室', aliases: ['第一会议室'] }, { name: '区委大楼301会议室' }], []);
  test.each([
    ['区政府大楼-第一会议室', '区政府大楼第一会议室'],
    ['区政府大楼 — 第一会议室', '区政府大楼第一会议室'],
    ['3F-第一会议室(20人)', '区政府大楼第一会议室'],
    ['F3-第一会议室(10)', '区政府大楼第一会议室'],
    ['3楼 第一会议室', '区政府大楼第一会议室'],
    ['区政府大楼 3楼 第一会议室', '区政府大楼第一会议室'],
    ['【区政府大楼】第一会议室', '区政府大楼第一会议室'],
    ['[区委大楼] 301会议室', '区委大楼301会议室'],
    ['区政府大楼第一会议室 (江滨区滨江路1号)', '区政府大楼第一会议室'],
    ['区委大楼301会议室（人民大道100号）', '区委大楼301会议室'],
  ])('%s → %s', (text, place) => {
    expect(physicalPlaces(rooms, text)).toEqual([place]);
  });

  test.each([
    // Another building's room of the same name is not the configured one (the alias 第一会议室 is the 区政府's).
    ['区委大楼-第一会议室', '区委大楼-第一会议室'],
    ['【区委大楼】第一会议室', '【区委大楼】第一会议室'],
    // A year or a bare number is no floor.
    ['2026-第一会议室', '2026-第一会议室'],
    // An address of another room stays that room's text.
    ['第二会议室 (江滨区滨江路1号)', '第二会议室 (江滨区滨江路1号)'],
  ])('not the configured room: %s → %s', (text, place) => {
    expect(physicalPlaces(rooms, text)).toEqual([place]);
  });
});

// QC-33: invisible format characters pasted with the text (WeChat articles, Word notices).
describe('places: invisible format characters are no part of a place (QC-33)', () => {
  const rooms = createPlaces([{ name: '区政府大楼第一会议室' }], []);
  test.each([['U+200B', '区政府大楼\u200b第一会议室'], ['U+00AD', '区政府大楼第一\u00ad会议室'], ['U+FEFF', '\ufeff区政府大楼第一会议室']])('%s inside the configured room', (_label, text) => {
    expect(physicalPlaces(rooms, text)).toEqual(['区政府大楼第一会议室']);
  });

  test('an unlisted place is its own name without them', () => {
    expect(rooms.canonical('某镇\u200b河道')).toBe('某镇河道');
  });
});

describe('properties of the QC-4/QC-15 readings', () => {
  const roomNames = ['区委大楼301会议室', '区委大楼302会议室', '区政府大楼第一会议室', '青石镇政府三楼会议室', '市行政中心1号楼大会堂'];
  const rooms = createPlaces(roomNames.map((name) => ({ name })), [
    { from: '区政府大楼', to: '青石镇政府', minutes: 60 },
    { from: '区委大楼', to: '区政府大楼', minutes: 5 },
    { from: '区委大楼301会议室', to: '青石镇', minutes: 65 },
    { from: '市行政中心', to: '区委', minutes: 40 },
    // Two equally specific entries for 区委大楼302会议室 → 市行政中心1号楼大会堂 (4 + 5 characters each way).
    { from: '区委大楼', to: '市行政中心', minutes: 45 },
    { from: '区委', to: '市行政中心1号', minutes: 50 },
  ]);
  const written = [...roomNames, '区政府大楼第二会议室', '青石镇卫生院会议室', '某镇河道', '区委党校报告厅', '市行政中心2号楼第二会议室'];

  test('an online part joined before or after a room never changes the rooms it books', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...written),
        fc.constantFrom('腾讯会议', '腾讯会议号：123-456-789', '线上：飞书视频会议', 'Zoom', '钉钉视频会议 987 654 321', '线上'),
        fc.constantFrom(' ', '+', ' + ', '＋'),
        fc.boolean(),
        (room, online, join, before) => {
          const text = before ? `${online}${join}${room}` : `${room}${join}${online}`;
          expect(physicalPlaces(rooms, text)).toEqual(physicalPlaces(rooms, room));
        },
      ),
    );
  });

  test('travel minutes are symmetric, and a place to itself is 0', () => {
    fc.assert(
      fc.property(fc.constantFrom(...written), fc.constantFrom(...written), (a, b) => {
        expect(rooms.travelMinutes(a, b)).toBe(rooms.travelMinutes(b, a));
        expect(rooms.travelMinutes(a, a)).toBe(0);
      }),
    );
  });
});
