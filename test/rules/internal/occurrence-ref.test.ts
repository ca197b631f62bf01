import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { createPlaces } from '../../../src/places/places.js';
import {
  globalUid,
  isoInstant,
  isoMillisAt,
  comparableTitle,
  atDestination,
  mayPairWithoutClash,
  outOfOffice,
  recordsAttendance,
  sameMeetingTitle,
  looksLikeCopy,
  meetingKey,
  sameMeetingKey,
  placesAgree,
  placesOf,
  sameEvent,
  sequenceOf,
  supersededBy,
} from '../../../src/rules/internal/occurrence-ref.js';
import { occurrence as occ, type OccurrenceSpec } from '../../helpers/occurrence.js';

const places = createPlaces(
  [
    { name: '区委大楼301会议室', aliases: ['301会议室', '区委301'] },
    { name: '区政府大楼第一会议室', aliases: ['政府一会议室'] },
  ],
  [],
);
const seq = (n: number, spec: OccurrenceSpec): Occurrence => ({ ...occ(spec), sequence: n });
const meeting = (calendar: string, uid: string, location: string | null, extra: Partial<OccurrenceSpec> = {}): Occurrence =>
  occ({ calendar, uid, start: '2022-05-18 09:00', end: '2022-05-18 11:00', summary: '专题会议', location, ...extra });

describe('globalUid', () => {
  test.each([
    ['1', false],
    ['42', false],
    ['event', false],
    ['oa-5531', false],
    ['abc@qu.gov.cn', true],
    ['040000008200E00074C5B7101A82E008000000', true],
    ['7f3c1e52-9a4b-4c1d-8e2f-0b6a5d4c3b2a', true],
    ['2025010700001507@dingtalk.com', true],
    ['1@localhost', false],
    ['42@oa', false],
    ['event@localhost', false],
    ['7f3c1e52-9a4b-4c1d-8e2f-0b6a5d4c3b2a@localhost', true],
  ])('%s → %s', (uid, expected) => {
    expect(globalUid(uid)).toBe(expected);
  });
});

describe('sequenceOf', () => {
  test('absent reads as 0 (RFC 5545 §3.8.7.4: a new component has sequence 0)', () => {
    expect(sequenceOf(occ({ start: '2022-05-10 09:00' }))).toBe(0);
    expect(sequenceOf(seq(4, { start: '2022-05-10 09:00' }))).toBe(4);
  });
});

describe('sameEvent', () => {
  test('a global UID on two calendars is one event even at different times, titles and rooms', () => {
    const a = occ({ calendar: 'a', uid: 'x@qu.gov.cn', start: '2022-05-18 09:00', summary: '区委常委会', location: '301会议室' });
    const b = occ({ calendar: 'b', uid: 'x@qu.gov.cn', start: '2022-05-18 14:00', summary: '区委常委会（改期）', location: '政府一会议室' });
    expect(sameEvent(a, b, places)).toBe(true);
  });

  test('never on one calendar, never for another instance of a series', () => {
    const a = occ({ calendar: 'a', uid: 'x@qu.gov.cn', start: '2022-05-18 09:00' });
    expect(sameEvent(a, occ({ calendar: 'a', uid: 'x@qu.gov.cn', start: '2022-05-18 09:00' }))).toBe(false);
    const i1 = occ({ calendar: 'a', uid: 's@qu.gov.cn', recurrenceId: '2022-05-18T01:00:00Z', start: '2022-05-18 09:00' });
    const i2 = occ({ calendar: 'b', uid: 's@qu.gov.cn', recurrenceId: '2022-05-25T01:00:00Z', start: '2022-05-18 09:00' });
    expect(sameEvent(i1, i2)).toBe(false);
  });

  test('a short UID needs the same title (QA-5)', () => {
    const a = occ({ calendar: 'a', uid: '1', start: '2022-05-18 09:00', summary: '区人大常委会执法检查汇报会' });
    const b = occ({ calendar: 'b', uid: '1', start: '2022-05-18 09:00', summary: '区政协专题协商会' });
    expect(sameEvent(a, b)).toBe(false);
  });

  test('a short UID with the same title at another time, neither revised, is another meeting (QA-16)', () => {
    expect(sameEvent(meeting('a', '1', null), meeting('b', '1', null, { start: '2022-05-18 10:00', end: '2022-05-18 12:00' }))).toBe(false);
  });

  test('a short UID with the same title at another time and another SEQUENCE is a revision (QA-15)', () => {
    const old = { ...meeting('a', 'm', null), sequence: 0 };
    const moved = { ...meeting('b', 'm', null, { start: '2022-05-18 14:00', end: '2022-05-18 16:00' }), sequence: 3 };
    expect(sameEvent(old, moved)).toBe(true);
  });

  test('a short UID with the same title and start in two different rooms is two meetings, when places are known', () => {
    const a = meeting('a', '1', '区政府大楼第一会议室');
    const b = meeting('b', '1', '区委大楼301会议室');
    expect(sameEvent(a, b, places)).toBe(false);
    expect(sameEvent(a, meeting('b', '1', '政府一会议室'), places)).toBe(true);
  });
});

describe('looksLikeCopy', () => {
  test('retyped: same title and times, same room under an alias → copy', () => {
    expect(looksLikeCopy(meeting('a', 'oa-1', '区委大楼301会议室'), meeting('b', 'fs-2', '301会议室'), places)).toBe(true);
  });

  test('retyped: same title and times in two buildings → not a copy (QA-6)', () => {
    expect(looksLikeCopy(meeting('a', 'oa-1', '区政府大楼第一会议室'), meeting('b', 'fs-2', '区委大楼301会议室'), places)).toBe(false);
  });

  test.each([
    ['no location', null],
    ['an online link', 'https://meeting.tencent.com/dm/abc'],
    ['an online service name', '腾讯会议'],
  ])('retyped: one copy with %s still matches a room', (_label, location) => {
    expect(looksLikeCopy(meeting('a', 'oa-1', '区委大楼301会议室'), meeting('b', 'fs-2', location), places)).toBe(true);
  });

  test.each([
    ['区委大楼301会议室', '301会议室', true],
    ['区委大楼301会议室', '区委301', true],
    ['区政府大楼第一会议室', '政府一会议室', true],
    ['区委大楼 301 会议室', '区委大楼301会议室', true],
    ['301会议室', '302会议室', false],
    ['区政府大楼第一会议室', '区委大楼第一会议室', false],
    ['区委第一会议室', '区政府第一会议室', false],
    ['301会议室', '会议室301', false],
  ])('retyped, no aliases configured: %s / %s → copy %s (an abbreviation keeps the characters in order)', (x, y, expected) => {
    const noAliases = createPlaces([], []);
    expect(looksLikeCopy(meeting('a', 'oa-1', x), meeting('b', 'fs-2', y), noAliases)).toBe(expected);
    expect(looksLikeCopy(meeting('a', 'oa-1', y), meeting('b', 'fs-2', x), noAliases)).toBe(expected);
  });

  test('a room booked as ATTENDEE;CUTYPE=ROOM counts as the place', () => {
    const room = meeting('a', 'oa-1', null, { attendees: [{ name: '区政府大楼第一会议室', cutype: 'room' }] });
    expect(looksLikeCopy(room, meeting('b', 'fs-2', '区委大楼301会议室'), places)).toBe(false);
    expect(looksLikeCopy(room, meeting('b', 'fs-2', '政府一会议室'), places)).toBe(true);
  });

  test('without places the rooms are not compared (callers that already share one place)', () => {
    expect(looksLikeCopy(meeting('a', 'oa-1', '区政府大楼第一会议室'), meeting('b', 'fs-2', '区委大楼301会议室'))).toBe(true);
  });

  test('a different end is still a retyped copy (the secretary blocked 30 minutes more, QA26-18) when both name one place', () => {
    expect(looksLikeCopy(meeting('a', 'oa-1', '区政府大楼第一会议室'), meeting('b', 'fs-2', '区政府大楼第一会议室', { end: '2022-05-18 11:30' }), places)).toBe(true);
    expect(looksLikeCopy(meeting('a', 'oa-1', '政府一会议室'), meeting('b', 'fs-2', '区政府大楼第一会议室', { end: '2022-05-18 11:30' }))).toBe(true);
    // Without a place on both, a shared title and start are not enough when the ends differ.
    expect(looksLikeCopy(meeting('a', 'oa-1', null), meeting('b', 'fs-2', null, { end: '2022-05-18 11:30' }), places)).toBe(false);
    expect(looksLikeCopy(meeting('a', 'oa-1', '区政府大楼第一会议室'), meeting('b', 'fs-2', 'https://meeting.tencent.com/dm/x', { end: '2022-05-18 11:30' }), places)).toBe(false);
    expect(looksLikeCopy(meeting('a', 'oa-1', '区政府大楼第一会议室'), meeting('b', 'fs-2', '区委大楼301会议室', { end: '2022-05-18 11:30' }), places)).toBe(false);
  });

  test('another start, or an empty title, is not a retyped copy', () => {
    expect(looksLikeCopy(meeting('a', 'oa-1', null), meeting('b', 'fs-2', null, { start: '2022-05-18 09:30' }), places)).toBe(false);
    expect(looksLikeCopy(meeting('a', 'oa-1', null, { summary: '' }), meeting('b', 'fs-2', null, { summary: ' ' }), places)).toBe(false);
  });

  test('properties: symmetric, and every occurrence is a copy of a same-titled twin on another calendar', () => {
    const rooms = fc.constantFrom<string | null>(null, '区委大楼301会议室', '301会议室', '区政府大楼第一会议室', 'https://meeting.tencent.com/dm/x', '302会议室');
    const titles = fc.constantFrom('专题会议', '专题 会议', '工作会议', '');
    const uids = fc.constantFrom('1', '2', 'x@qu.gov.cn');
    const spec = fc.record({
      calendar: fc.constantFrom('a', 'b'),
      uid: uids,
      hour: fc.integer({ min: 9, max: 10 }),
      summary: titles,
      location: rooms,
      sequence: fc.integer({ min: 0, max: 2 }),
    });
    const build = (s: { calendar: string; uid: string; hour: number; summary: string; location: string | null; sequence: number }): Occurrence => ({
      ...occ({ calendar: s.calendar, uid: s.uid, start: `2022-05-18 ${String(s.hour).padStart(2, '0')}:00`, end: `2022-05-18 ${s.hour + 2}:00`, summary: s.summary, location: s.location }),
      sequence: s.sequence,
    });
    fc.assert(
      fc.property(spec, spec, (x, y) => {
        const a = build(x);
        const b = build(y);
        expect(looksLikeCopy(a, b, places)).toBe(looksLikeCopy(b, a, places));
        expect(sameEvent(a, b, places)).toBe(sameEvent(b, a, places));
        if (x.summary !== '') {
          const twin = build({ ...x, calendar: x.calendar === 'a' ? 'b' : 'a', uid: `${x.uid}-retyped` });
          expect(looksLikeCopy(a, twin, places)).toBe(true);
        }
      }),
    );
  });
});

describe('placesAgree and placesOf', () => {
  test('placesOf: LOCATION and rooms, online parts dropped', () => {
    const o = meeting('a', 'x', '301会议室（腾讯会议 https://meeting.tencent.com/dm/abc）', { attendees: [{ name: '政府一会议室', cutype: 'room' }, '李明'] });
    expect(placesOf(o, places)).toEqual(['区委大楼301会议室', '区政府大楼第一会议室']);
    expect(placesOf(meeting('a', 'x', '腾讯会议'), places)).toEqual([]);
  });

  test('one shared place among several is enough', () => {
    const both = meeting('a', 'x', '301会议室', { attendees: [{ name: '区政府大楼第一会议室', cutype: 'room' }] });
    expect(placesAgree(both, meeting('b', 'y', '政府一会议室'), places)).toBe(true);
  });
});

describe('supersededBy', () => {
  const at = (calendar: string, uid: string, sequence: number, start: string, extra: Partial<OccurrenceSpec> = {}): Occurrence =>
    seq(sequence, { calendar, uid, start: `2022-05-10 ${start}`, summary: '专题会', ...extra });

  test('the lower SEQUENCE copy on another calendar is stale, mapped to the highest', () => {
    const old = at('dp', 'm', 0, '09:00');
    const current = at('dg', 'm', 3, '14:00');
    const map = supersededBy([old, current]);
    expect([...map].map(([s, c]) => [s.key, c.key])).toEqual([['dp/m', 'dg/m']]);
  });

  test('three copies: the two older ones both map to the newest', () => {
    const list = [at('a', 'm@x', 0, '09:00'), at('b', 'm@x', 2, '14:00'), at('c', 'm@x', 1, '10:00')];
    expect([...supersededBy(list)].map(([s, c]) => [s.key, c.key])).toEqual([['a/m@x', 'b/m@x'], ['c/m@x', 'b/m@x']]);
  });

  test('equal SEQUENCEs are never stale, even when the times disagree (nothing says which is newer)', () => {
    expect(supersededBy([at('a', 'm@x', 1, '09:00'), at('b', 'm@x', 1, '14:00')]).size).toBe(0);
  });

  test('a short UID with another title is another meeting, never stale (QA-5)', () => {
    expect(supersededBy([at('a', '1', 0, '09:00'), at('b', '1', 2, '14:00', { summary: '区政协专题协商会' })]).size).toBe(0);
  });

  test('instances pair by RECURRENCE-ID', () => {
    const rid = (r: string, calendar: string, sequence: number, start: string): Occurrence => at(calendar, 's@x', sequence, start, { recurrenceId: r });
    const list = [rid('2022-05-10T01:00:00Z', 'a', 0, '09:00'), rid('2022-05-10T01:00:00Z', 'b', 1, '15:00'), rid('2022-05-17T01:00:00Z', 'a', 0, '09:00')];
    expect([...supersededBy(list).keys()].map((o) => o.key)).toEqual(['a/s@x/2022-05-10T01:00:00Z']);
  });

  test('computed once per array', () => {
    const list = [at('dp', 'm', 0, '09:00'), at('dg', 'm', 3, '14:00')];
    expect(supersededBy(list)).toBe(supersededBy(list));
  });

  test('a series whose overrides carry another SEQUENCE than most instances: only the instance revised on one calendar is stale', () => {
    const rid = (r: string, calendar: string, sequence: number): Occurrence => at(calendar, 's@x', sequence, '09:00', { recurrenceId: `2022-05-${r}T01:00:00Z` });
    // Both calendars hold the series at SEQUENCE 0; the 17th was revised (SEQUENCE 1) on b only, the 24th on both.
    const list = [rid('10', 'a', 0), rid('10', 'b', 0), rid('17', 'a', 0), rid('17', 'b', 1), rid('24', 'a', 1), rid('24', 'b', 1)];
    expect([...supersededBy(list)].map(([s, c]) => [s.key, c.key])).toEqual([['a/s@x/2022-05-17T01:00:00Z', 'b/s@x/2022-05-17T01:00:00Z']]);
  });

  // supersededBy groups only the instances where some copy's SEQUENCE is unusual for its UID: it
  // must find exactly what grouping every instance finds (RFC 5545 §3.8.7.4 per instance).
  test('properties: equals grouping every instance by UID and RECURRENCE-ID', () => {
    const spec = fc.record({
      calendar: fc.constantFrom('a', 'b', 'c'),
      uid: fc.constantFrom('m@qu.gov.cn', '1', 's@qu.gov.cn'),
      rid: fc.constantFrom(null, '2022-05-10T01:00:00Z', '2022-05-17T01:00:00Z'),
      sequence: fc.nat(2),
      start: fc.constantFrom('09:00', '14:00'),
      summary: fc.constantFrom('专题会', '常务会议'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(spec, { maxLength: 14, selector: (x) => `${x.calendar}/${x.uid}/${x.rid}` }), (specs) => {
        const list = specs.map((x) => at(x.calendar, x.uid, x.sequence, x.start, { recurrenceId: x.rid, summary: x.summary }));
        const expected = new Map<string, string>();
        for (const o of list) {
          const group = list.filter((g) => g.uid === o.uid && g.recurrenceId === o.recurrenceId);
          const current = group.reduce((c, g) => (sequenceOf(g) > sequenceOf(c) || (sequenceOf(g) === sequenceOf(c) && g.key < c.key) ? g : c));
          if (sequenceOf(o) < sequenceOf(current) && sameEvent(o, current)) expected.set(o.key, current.key);
        }
        const actual = new Map([...supersededBy(list)].map(([s, c]) => [s.key, c.key]));
        expect(actual).toEqual(expected);
      }),
    );
  });

  describe('equal SEQUENCEs, different LAST-MODIFIED (QA26-39: OA systems never raise SEQUENCE)', () => {
    const modified = (calendar: string, start: string, lastModified: number | undefined): Occurrence => ({
      ...at(calendar, 'oa-1001@oa.example', 0, start),
      ...(lastModified === undefined ? {} : { lastModified }),
    });
    const may = Date.UTC(2022, 4, 8, 2);
    const april = Date.UTC(2022, 3, 1, 2);

    test('the earlier LAST-MODIFIED is stale, mapped to the later', () => {
      const list = [modified('mayor', '09:00', april), modified('gov', '14:00', may)];
      expect([...supersededBy(list)].map(([s, c]) => [s.key, c.key])).toEqual([['mayor/oa-1001@oa.example', 'gov/oa-1001@oa.example']]);
    });

    test('SEQUENCE first: a higher SEQUENCE wins over a later LAST-MODIFIED', () => {
      const list = [{ ...modified('mayor', '09:00', may), sequence: 1 }, modified('gov', '14:00', april)];
      expect([...supersededBy(list)].map(([s, c]) => [s.key, c.key])).toEqual([['gov/oa-1001@oa.example', 'mayor/oa-1001@oa.example']]);
    });

    test('one copy without LAST-MODIFIED, or both at the same instant: nothing says which is newer', () => {
      expect(supersededBy([modified('mayor', '09:00', undefined), modified('gov', '14:00', may)]).size).toBe(0);
      expect(supersededBy([modified('mayor', '09:00', may), modified('gov', '14:00', may)]).size).toBe(0);
    });
  });

  describe('a newer revision of the whole series on another calendar (QA26-13)', () => {
    // An instance of a series: `day` in May 2022 at 15:00 Shanghai, its RECURRENCE-ID the same
    // instant unless it was moved (`from`), its own SEQUENCE and its master's.
    const instance = (calendar: string, day: string, own: number, series: number | undefined, from: string = day, extra: Partial<OccurrenceSpec> = {}): Occurrence => ({
      ...occ({ calendar, uid: 'cwhy@exchange.example', start: `2022-05-${day} 15:00`, summary: '区政府常务会议', recurrenceId: `2022-05-${from}T07:00:00Z`, ...extra }),
      sequence: own,
      ...(series === undefined ? {} : { seriesSequence: series }),
    });
    const pairs = (list: readonly Occurrence[]): [string, string, string | null][] =>
      [...supersededBy(list)].map(([s, c]) => [s.key, c.key, c.status]);

    test('moved to Wednesdays: the old Tuesdays map to nothing the newer series has — withdrawn (cancelled), same key and times', () => {
      const old17 = instance('mayor', '17', 0, 0);
      const list = [instance('mayor', '10', 0, 0), old17, instance('gov', '11', 1, 1), instance('gov', '18', 1, 1)];
      expect(pairs(list)).toEqual([
        ['mayor/cwhy@exchange.example/2022-05-10T07:00:00Z', 'mayor/cwhy@exchange.example/2022-05-10T07:00:00Z', 'cancelled'],
        ['mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', 'mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', 'cancelled'],
      ]);
      const gone = supersededBy(list).get(old17)!;
      expect([gone.startMillis, gone.endMillis, gone.start.toMillis(), gone.summary]).toEqual([old17.start.toMillis(), old17.end.toMillis(), old17.start.toMillis(), '区政府常务会议']);
    });

    test('EXDATE / UNTIL: an instance the newer series still has maps to it, the one it dropped is withdrawn', () => {
      const list = [instance('mayor', '10', 0, 0), instance('mayor', '17', 0, 0), instance('gov', '10', 1, 1)];
      expect(pairs(list)).toEqual([
        ['mayor/cwhy@exchange.example/2022-05-10T07:00:00Z', 'gov/cwhy@exchange.example/2022-05-10T07:00:00Z', null],
        ['mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', 'mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', 'cancelled'],
      ]);
    });

    test("an override with a higher SEQUENCE than its own master is normal: the other calendar's series is not older for it", () => {
      // gov moved the 17th (override SEQUENCE 1, master 0); mayor holds the series at 0 without the move.
      const list = [instance('gov', '10', 0, 0), instance('gov', '19', 1, 0, '17'), instance('mayor', '10', 0, 0), instance('mayor', '17', 0, 0)];
      expect(pairs(list)).toEqual([['mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', 'gov/cwhy@exchange.example/2022-05-17T07:00:00Z', null]]);
    });

    test("an override newer than the other calendar's series stays current; the older series' other instances are stale", () => {
      // mayor: series 0, the 17th moved later with SEQUENCE 2; gov: series 1 (still the 17th at its slot).
      const moved = instance('mayor', '19', 2, 0, '17');
      const list = [instance('mayor', '10', 0, 0), moved, instance('gov', '10', 1, 1), instance('gov', '17', 1, 1)];
      expect(pairs(list)).toEqual([
        ['mayor/cwhy@exchange.example/2022-05-10T07:00:00Z', 'gov/cwhy@exchange.example/2022-05-10T07:00:00Z', null],
        ['gov/cwhy@exchange.example/2022-05-17T07:00:00Z', 'mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', null],
      ]);
    });

    test('an override of an older revision than the newer series (and without a counterpart there) is withdrawn', () => {
      const list = [instance('mayor', '19', 1, 0, '17'), instance('gov', '10', 2, 2)];
      expect(pairs(list)).toEqual([['mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', 'mayor/cwhy@exchange.example/2022-05-17T07:00:00Z', 'cancelled']]);
    });

    test('an orphan override (no master in its file) is behind a newer series elsewhere', () => {
      const list = [instance('mayor', '17', 0, undefined), instance('gov', '10', 1, 1)];
      expect(pairs(list).map(([, , status]) => status)).toEqual(['cancelled']);
    });

    test('equal series revisions are never stale, whatever instances each holds', () => {
      expect(supersededBy([instance('mayor', '17', 1, 1), instance('gov', '10', 1, 1)]).size).toBe(0);
    });

    test('a short UID names one series only with the same title', () => {
      const short = (calendar: string, day: string, sequence: number, summary: string): Occurrence => instance(calendar, day, sequence, sequence, day, { uid: '7', summary });
      expect(supersededBy([short('a', '17', 0, '专题会'), short('b', '10', 1, '常务会议')]).size).toBe(0);
      expect(pairs([short('a', '17', 0, '专题会'), short('b', '10', 1, '专题会')])).toEqual([['a/7/2022-05-17T07:00:00Z', 'a/7/2022-05-17T07:00:00Z', 'cancelled']]);
    });

    // RFC 5545 §3.8.7.4 per instance, plus: a copy whose SEQUENCE is below another calendar's series
    // revision is stale, standing for the current copy of its instance or, without one, withdrawn.
    test('properties: equals a brute-force reading of every copy', () => {
      const spec = fc.record({
        calendar: fc.constantFrom('a', 'b', 'c'),
        uid: fc.constantFrom('m@qu.gov.cn', '1'),
        day: fc.constantFrom('10', '17', '24'),
        override: fc.option(fc.nat(3), { nil: null }),
        summary: fc.constantFrom('专题会', '常务会议'),
      });
      const masters = fc.record({ a: fc.option(fc.nat(2), { nil: undefined }), b: fc.option(fc.nat(2), { nil: undefined }), c: fc.option(fc.nat(2), { nil: undefined }) });
      fc.assert(
        fc.property(fc.uniqueArray(spec, { maxLength: 12, selector: (x) => `${x.calendar}/${x.uid}/${x.day}` }), masters, (specs, master) => {
          const list = specs.map((x) => {
            const series = master[x.calendar as 'a' | 'b' | 'c'];
            // Without a master, only overrides can be in the file.
            const own = x.override ?? series ?? 0;
            return instance(x.calendar, x.day, own, series, x.day, { uid: x.uid, summary: x.summary });
          });
          const behind = (o: Occurrence): boolean =>
            list.some((m) => m.uid === o.uid && m.calendar.id !== o.calendar.id && m.seriesSequence !== undefined && (globalUid(o.uid) || m.summary === o.summary) && m.seriesSequence > sequenceOf(o));
          const expected = new Map<string, string>();
          for (const o of list) {
            const group = list.filter((g) => g.uid === o.uid && g.recurrenceId === o.recurrenceId && !behind(g));
            const current = group.length === 0 ? undefined : group.reduce((c, g) => (sequenceOf(g) > sequenceOf(c) || (sequenceOf(g) === sequenceOf(c) && g.key < c.key) ? g : c));
            const same = current !== undefined && current !== o && sameEvent(o, current);
            if (behind(o)) expected.set(o.key, same ? current!.key : `${o.key} withdrawn`);
            else if (same && sequenceOf(o) < sequenceOf(current!)) expected.set(o.key, current!.key);
          }
          const actual = new Map([...supersededBy(list)].map(([s, c]) => [s.key, c === s ? 'same object' : c.status === 'cancelled' && c.key === s.key ? `${s.key} withdrawn` : c.key]));
          expect(actual).toEqual(expected);
        }),
      );
    });
  });
});

describe('isoMillisAt', () => {
  const luxon = (ms: number, zone: string): string => isoInstant(DateTime.fromMillis(ms, { zone: 'UTC' }).setZone(zone));

  test.each([
    ['Google UTC time on a Shanghai calendar', Date.UTC(2022, 3, 20, 7), 'Asia/Shanghai', '2022-04-20T15:00:00+08:00'],
    ['New York the night it springs forward', Date.UTC(2022, 2, 13, 7, 30), 'America/New_York', '2022-03-13T03:30:00-04:00'],
    ['London in winter: +00:00, not Z', Date.UTC(2022, 0, 5, 9), 'Europe/London', '2022-01-05T09:00:00+00:00'],
    ['milliseconds kept when not zero', Date.UTC(2022, 4, 10, 1, 0, 0, 5), 'Asia/Shanghai', '2022-05-10T09:00:00.005+08:00'],
  ])('%s', (_name, ms, zone, expected) => {
    expect(isoMillisAt(ms, zone)).toBe(expected);
    expect(luxon(ms, zone)).toBe(expected);
  });

  test("null where luxon's text differs or cannot be matched: UTC (prints Z), an unknown zone, a year past 9999", () => {
    expect(isoMillisAt(0, 'UTC')).toBeNull();
    expect(isoMillisAt(0, 'Mars/Olympus')).toBeNull();
    expect(isoMillisAt(Date.UTC(10_000, 0, 1), 'Asia/Shanghai')).toBeNull();
  });

  // Offsets are remembered per UTC hour only when constant through it: minute by minute across
  // transitions (New York's hour, Lord Howe's half hour, Chatham's 45-minute offset) the text is luxon's.
  test.each([
    ['America/New_York', Date.UTC(2022, 2, 13, 7)],
    ['America/New_York', Date.UTC(2022, 10, 6, 6)],
    ['Australia/Lord_Howe', Date.UTC(2022, 3, 2, 15)],
    ['Australia/Lord_Howe', Date.UTC(2022, 9, 1, 15, 30)],
    ['Pacific/Chatham', Date.UTC(2022, 3, 2, 14)],
  ])('%s around the transition at %d: every minute as luxon writes it', (zone, transition) => {
    for (let ms = transition - 2 * 3_600_000; ms <= transition + 2 * 3_600_000; ms += 60_000) {
      expect(isoMillisAt(ms, zone)).toBe(luxon(ms, zone));
    }
  });

  test('properties: equals luxon, whenever it answers, across zones with DST, half and quarter hours', () => {
    const zone = fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Pacific/Chatham', 'America/St_Johns', 'Etc/UTC');
    let answered = 0;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), zone, (ms, z) => {
        const fast = isoMillisAt(ms, z);
        if (fast === null) return;
        answered += 1;
        expect(fast).toBe(luxon(ms, z));
      }),
      { numRuns: 2000 },
    );
    // Only historical fractional-minute offsets (local mean time) fall back to luxon.
    expect(answered).toBeGreaterThan(1800);
  });
});

describe('two instances of one series at one start (QA26-24)', () => {
  test('are two meetings: no copies by key, by sameMeetingKey or by looksLikeCopy', () => {
    const base = { calendar: 'gov', uid: 'weekly@jb.example', summary: '区政府常务会议', start: '2022-05-19 09:00', end: '2022-05-19 11:00', location: '第一会议室' };
    const moved = occ({ ...base, recurrenceId: '2022-05-12T01:00:00Z' });
    const own = occ({ ...base, recurrenceId: '2022-05-19T01:00:00Z' });
    expect(meetingKey(moved)).not.toBe(meetingKey(own));
    expect(sameMeetingKey(moved, own)).toBe(false);
    expect(looksLikeCopy(moved, own)).toBe(false);
    // The same instance on another calendar is still its copy.
    expect(looksLikeCopy(own, occ({ ...base, calendar: 'mayor', recurrenceId: '2022-05-19T01:00:00Z' }))).toBe(true);
  });
});

describe("a leader's own entry with an attending verb before the title (QA26-38)", () => {
  test('出席/参加：… at the same times and place is a copy of the meeting; another title is not', () => {
    const base = { start: '2022-05-10 09:00', end: '2022-05-10 11:00', location: '区委大楼301会议室' };
    const meeting = occ({ ...base, calendar: 'gov', uid: 'm@jb.example', summary: '全区河湖长制工作推进会' });
    for (const summary of ['出席全区河湖长制工作推进会', '参加：全区河湖长制工作推进会', '列席 全区河湖长制工作推进会']) {
      expect(looksLikeCopy(meeting, occ({ ...base, calendar: 'mayor', uid: `own-${summary}`, summary }))).toBe(true);
    }
    expect(looksLikeCopy(meeting, occ({ ...base, calendar: 'mayor', uid: 'other', summary: '出席全区安全生产会议' }))).toBe(false);
    expect(comparableTitle('出席')).toBe('出席');
  });
});

describe('sameMeetingTitle (QB-15, QB-18: one meeting in other words)', () => {
  test.each([
    ['区委常委会（扩大）会议', '区委常委会（扩大）会议（视频）', true],
    ['区委常委会（扩大）会议', '出席区委常委会（扩大）会议（线上）', true],
    ['全区河长制工作会议（扩大）（视频）', '全区河长制工作会议（扩大）', true],
    ['全区河长制工作会议（上海）（视频）', '全区河长制工作会议（北京）', false],
    ['区委常委会（第14次）会议', '区委常委会（第15次）会议', false],
    ['区委常委会传达学习全国两会精神', '区委常委会——传达学习全国两会精神', true],
    ['区委常委会传达学习全国两会精神', '区委常委会，传达学习全国两会精神', true],
    ['2026-2027年度考核工作会议', '20262027年度考核工作会议', false],
  ])('notes as sets, separators (QI-3, QI-4): %s / %s → %s', (a, b, same) => {
    expect(sameMeetingTitle(a, b)).toBe(same);
  });

  test.each([
    ['区政府第12次常务会议', '常务会议'],
    ['区政府第12次常务会议', '主持召开区政府常务会议'],
    ['区政府第12次常务会议', '区政府常务会议'],
    ['区政府第12次常务会议', '召开区政府第12次常务会议'],
    ['四套班子联席会议', '区四套班子联席会议'],
    ['全市重点项目调度会', '赴市行政中心参加全市重点项目调度会'],
    ['全市安全生产电视电话会议', '区长参加全市安全生产电视电话会议（视频）'],
    ['常务会议（视频）', '区政府常务会议'],
    // QC-29: a 领导活动安排 record headed by the leader's name.
    ['全区河长制工作会议', '李明：全区河长制工作会议'],
    ['全区河长制工作会议', '【李明】主持召开全区河长制工作会议'],
    // QH-8: the organ, then its agenda — after a colon, in brackets, or straight on.
    ['区委常委会传达学习全国两会精神', '区委常委会：传达学习全国两会精神'],
    ['区委常委会传达学习全国两会精神', '区委常委会（传达学习全国两会精神）'],
    ['区委常委会', '区委常委会传达学习全国两会精神'],
    // QH-9: the formal title's note inside, before 会议.
    ['区委常委会（扩大）会议', '区委常委会会议'],
    ['区委常委会（扩大）会议（视频）', '区委常委会会议（扩大）（视频）'],
    // The contraction, and the organ's meeting with its agenda in a closing note (seen with QH-9).
    ['区委常委会议', '区委常委会会议'],
    ['常委会会议', '区委常委会（扩大）会议'],
    ['主持召开区委常委会会议（传达学习全国两会精神）', '区委常委会传达学习全国两会精神'],
  ])('%s ~ %s', (a, b) => {
    expect(sameMeetingTitle(a, b)).toBe(true);
    expect(sameMeetingTitle(b, a)).toBe(true);
  });

  test.each([
    ['会议', '区政府会议', 'a core under four characters names no meeting'],
    ['出差（上海）', '出差（北京）', 'different closing notes: two trips'],
    ['会议1', '会议12', 'a number is not cut'],
    ['专题会议12', '专题会议123', 'a number is not cut (at the end)'],
    ['区政府第12次常务会议', '区政府第13次常务会议', 'two ordinals: two sessions'],
    ['全市安全生产工作会议', '传达全市安全生产工作会议精神', 'relaying it is another meeting'],
    ['全区河长制工作会议', '全区河长制工作会议筹备会', 'preparing it is another meeting'],
    ['全市经济工作会议', '全市经济工作会议精神传达会', 'relaying it, the verb after its name, is another meeting (QH-8)'],
    ['区委常委会会议', '传达区委常委会会议精神', 'relaying it, the verb before its name, is another meeting (QH-8)'],
    ['区委常委会议', '传达区委常委会会议精神', 'relaying it, contracted or not, is another meeting'],
    ['区委常委会会议', '区人大常委会会议', 'two standing committees are two meetings'],
    ['区委常委会：传达学习全国两会精神', '区政府常务会议：传达学习全国两会精神', 'two organs relaying one thing are two meetings (QH-8)'],
    ['区委常委会（扩大）会议', '区委常委会（视频）会议', 'two different notes inside: two meetings (QH-9)'],
    ['区委常委会会议', '区政府常务会议', 'neither contains the other'],
    ['', '', 'empty titles'],
  ])('%s ≁ %s (%s)', (a, b) => {
    expect(sameMeetingTitle(a, b)).toBe(false);
    expect(sameMeetingTitle(b, a)).toBe(false);
  });
});

describe('looksLikeCopy: copies retyped in other words (QB-15, QB-18)', () => {
  const diary = { id: 'li-own', owner: 'li' };
  const office = (summary: string, location: string | null, extra: Partial<OccurrenceSpec> = {}): Occurrence =>
    occ({ calendar: 'gov', uid: 'g@qu.gov.cn', start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary, location, ...extra });
  const mine = (summary: string, location: string | null, extra: Partial<OccurrenceSpec> = {}): Occurrence =>
    occ({ calendar: diary, uid: 'm@icloud.example', start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary, location, ...extra });

  test('on his diary, the same times, no place: a copy', () => {
    expect(looksLikeCopy(office('区政府第12次常务会议', '区政府大楼第一会议室'), mine('主持召开区政府常务会议', null), places)).toBe(true);
  });

  test('on his diary in another room: not a copy', () => {
    expect(looksLikeCopy(office('区政府第12次常务会议', '区政府大楼第一会议室'), mine('常务会议', '区委大楼301会议室'), places)).toBe(false);
  });

  test('on his diary ending later: not a copy (the times must be the same)', () => {
    expect(looksLikeCopy(office('区政府第12次常务会议', null), mine('常务会议', null, { end: '2022-05-17 17:30' }), places)).toBe(false);
  });

  test('two offices, both naming the room (alias): a copy', () => {
    const party = occ({ calendar: 'party', uid: 'p@qu.gov.cn', start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary: '四套班子联席会议', location: '区委大楼301会议室' });
    expect(looksLikeCopy(party, office('区四套班子联席会议', '301会议室'), places)).toBe(true);
  });

  test('two offices, one naming no room: two meetings (nothing says they are one)', () => {
    const party = occ({ calendar: 'party', uid: 'p@qu.gov.cn', start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary: '四套班子联席会议', location: null });
    expect(looksLikeCopy(party, office('区四套班子联席会议', '301会议室'), places)).toBe(false);
  });

  test('one calendar holding both wordings: two entries', () => {
    expect(looksLikeCopy(office('区政府第12次常务会议', null), office('常务会议', null, { uid: 'g2@qu.gov.cn' }), places)).toBe(false);
  });
});

describe('recordsAttendance (QB-13, QB-39: his diary entry holding the meeting)', () => {
  const diary = { id: 'li-own', owner: 'li' };
  const city = occ({ calendar: 'city', uid: 'c@city.example', start: '2022-05-16 09:00', end: '2022-05-16 11:30', summary: '全市重点项目调度会', location: '市行政中心' });
  const entry = (summary: string, start: string, end: string, location: string | null = null): Occurrence =>
    occ({ calendar: diary, uid: 'd@icloud.example', start: `2022-05-16 ${start}`, end: `2022-05-16 ${end}`, summary, location });

  test.each([
    ['参加全市重点项目调度会', '08:00', '12:30'],
    ['赴市行政中心参加全市重点项目调度会', '08:00', '12:30'],
    ['全市重点项目调度会', '08:30', '11:30'],
    ['全市重点项目调度会', '09:00', '12:00'],
  ])('“%s” %s–%s holds the meeting: his attendance', (summary, start, end) => {
    expect(recordsAttendance(entry(summary, start, end), city, places)).toBe(true);
    expect(recordsAttendance(city, entry(summary, start, end), places)).toBe(true);
  });

  test.each<[string, string, string, string | null, string]>([
    ['全市重点项目调度会', '09:30', '11:30', null, 'starts later: may be another engagement cutting in'],
    ['全市重点项目调度会', '08:00', '10:00', null, 'ends before the meeting does'],
    ['区政府常务会议', '08:00', '12:30', null, 'another meeting'],
    ['全市重点项目调度会', '08:00', '12:30', '区委大楼301会议室', 'somewhere else'],
  ])('“%s” %s–%s (%s): no (%s)', (summary, start, end, location) => {
    expect(recordsAttendance(entry(summary, start, end, location), city, places)).toBe(false);
  });

  test('a free/busy-only block (忙碌, Busy) at the meeting\'s very times is his view of it; at other times it is not (QC-25)', () => {
    expect(recordsAttendance(entry('忙碌', '09:00', '11:30'), city, places)).toBe(true);
    expect(recordsAttendance(city, entry('Busy', '09:00', '11:30'), places)).toBe(true);
    expect(recordsAttendance(entry('忙碌', '08:00', '12:30'), city, places)).toBe(false);
    expect(recordsAttendance(entry('忙碌', '09:30', '11:30'), city, places)).toBe(false);
  });

  test('a proposed meeting at a block\'s very times is not what the block stands for: the block was there first (QE-2)', () => {
    const proposed: Occurrence = { ...city, proposed: true };
    const block = entry('忙碌', '09:00', '11:30');
    expect(recordsAttendance(block, proposed, places)).toBe(false);
    expect(recordsAttendance(proposed, block, places)).toBe(false);
    // The meeting's own block moved with it (QE-5) is proposed with it: still its view.
    expect(recordsAttendance({ ...block, proposed: true }, proposed, places)).toBe(true);
    expect(recordsAttendance(proposed, { ...block, proposed: true }, places)).toBe(true);
    // A proposal's diary entry in the meeting's words stays its record.
    expect(recordsAttendance(entry('参加全市重点项目调度会', '08:00', '12:30'), proposed, places)).toBe(true);
  });

  test('two office calendars: no (only a personal diary records attendance)', () => {
    const gov = occ({ calendar: 'gov', uid: 'g@qu.gov.cn', start: '2022-05-16 08:00', end: '2022-05-16 12:30', summary: '全市重点项目调度会' });
    expect(recordsAttendance(gov, city, places)).toBe(false);
  });

  test('an office\'s entry that says it attends (参加…) and holds the meeting with the journey does (QE-9)', () => {
    const gov = occ({ calendar: 'gov', uid: 'g@qu.gov.cn', start: '2022-05-16 08:30', end: '2022-05-16 11:30', summary: '参加全市重点项目调度会' });
    expect(recordsAttendance(gov, city, places)).toBe(true);
    expect(recordsAttendance(city, gov, places)).toBe(true);
  });
});

describe('outOfOffice and mayPairWithoutClash (QB-12)', () => {
  test.each([
    ['出差：赴省城汇报工作', true, true],
    ['外出：赴青石镇调研', false, true],
    ['赴白沙镇调研乡村振兴工作', false, true],
    ['请假', true, false],
    ['省委党校学习', true, false],
    ['区政府常务会议', false, false],
  ])('%s (absence %s) → %s', (summary, absence, expected) => {
    const allDay = absence;
    const o = occ({ start: allDay ? '2022-05-16' : '2022-05-16 13:30', ...(allDay ? {} : { end: '2022-05-16 18:00' }), summary });
    expect(outOfOffice(o, absence)).toBe(expected);
  });

  test('a trip and an entry of a personal calendar may pair without a clash; two office meetings with other titles may not', () => {
    const trip = occ({ calendar: { id: 'li-own', owner: 'li' }, uid: 't', start: '2022-05-16', summary: '出差' });
    const own = occ({ calendar: { id: 'li-own', owner: 'li' }, uid: 'm', start: '2022-05-16 10:00', end: '2022-05-16 11:00', summary: '向省发改委汇报' });
    const a = occ({ calendar: 'gov', uid: 'a', start: '2022-05-16 10:00', end: '2022-05-16 11:00', summary: '区政府常务会议' });
    const b = occ({ calendar: 'party', uid: 'b', start: '2022-05-16 10:00', end: '2022-05-16 11:00', summary: '区委常委会会议' });
    expect(mayPairWithoutClash(trip, own, true, false)).toBe(true);
    expect(mayPairWithoutClash(a, b, false, false)).toBe(false);
    expect(mayPairWithoutClash(a, occ({ calendar: 'x', uid: 'c', start: '2022-05-16 09:00', summary: '常务会议' }), false, false)).toBe(true);
  });
});

describe('atDestination (QB-12: the appointments a trip is for are held where it goes)', () => {
  const trip = (summary: string, location: string | null = null): Occurrence => occ({ uid: 't', start: '2022-05-16', summary, location });
  const entry = (summary: string, location: string | null): Occurrence => occ({ uid: 'e', start: '2022-05-16 10:00', end: '2022-05-16 11:00', summary, location });
  test.each<[string, string | null, string, string | null, boolean]>([
    ['出差：赴省城汇报工作', '省城', '向省发改委汇报重点项目', '省发改委', true],
    ['外出：赴青石镇调研', null, '青石镇防汛检查', '青石镇', true],
    ['外出：赴青石镇调研', null, '与青石镇党委座谈', null, true],
    ['出差（北京）', null, '与国家部委对接', '北京', true],
    ['出差（北京）', null, '农业农村局工作例会', '区政府大楼第三会议室', false],
    ['出差（北京）', null, '晨间碰头会', null, false],
    ['赴临江港调研生态环境保护工作', '临江港码头', '与退役军人事务局研究工作', '江滨区自然资源分局会议室', false],
  ])('%s (%s) holds %s (%s): %s', (t, tl, e, el, expected) => {
    expect(atDestination(trip(t, tl), entry(e, el))).toBe(expected);
  });
});
