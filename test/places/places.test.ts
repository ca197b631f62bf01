import fc from 'fast-check';
import { physicalPlace } from '../../src/places/physical-place.js';
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
