import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { Occurrence } from '../../../src/model/occurrence.js';
import { createPlaces } from '../../../src/places/places.js';
import { createDirectory } from '../../../src/people/directory.js';
import { copyOwners, copyRepresentative, declinedOnOwnCalendar, disagreeingCopy, mayHaveDeclinedOwn, meetingCopies } from '../../../src/rules/internal/meeting-copies.js';
import { compareOccurrences, globalUid, looksLikeCopy, meetingKey, placesOf, supersededBy } from '../../../src/rules/internal/occurrence-ref.js';
import { occurrence as occ, type OccurrenceSpec } from '../../helpers/occurrence.js';

const places = createPlaces([{ name: '区委大楼301会议室', aliases: ['301会议室'] }, { name: '区政府大楼第一会议室' }], []);
const m = (calendar: string, uid: string, location: string | null, extra: Partial<OccurrenceSpec> & { sequence?: number } = {}): Occurrence => {
  const { sequence, ...spec } = extra;
  return { ...occ({ calendar, uid, start: '2022-06-15 09:00', end: '2022-06-15 11:00', summary: '河湖长制工作推进会', location, ...spec }), ...(sequence === undefined ? {} : { sequence }) };
};
const onGov = (o: Occurrence): boolean => o.calendar.id === 'gov';
const shape = (list: ReturnType<typeof meetingCopies>): [string, string[]][] => list.map((g) => [g.meeting.key, g.copies.map((c) => c.key)]);

describe('meetingCopies', () => {
  test('a wanted meeting gathers its copies on calendars the selector does not match (same UID, retyped)', () => {
    const list = [m('gov', 'exch-1', '区政府大楼第一会议室'), m('party', 'exch-1', null), m('zhou', 'apple-77', null), m('other', 'x', null, { summary: '别的会' })];
    expect(shape(meetingCopies(list, onGov, places))).toEqual([['gov/exch-1', ['gov/exch-1', 'party/exch-1', 'zhou/apple-77']]]);
  });

  test('each meeting once, when several copies match the selector', () => {
    const list = [m('zhou', 'apple-77', null), m('gov', 'exch-1', '区政府大楼第一会议室')];
    expect(shape(meetingCopies(list, () => true, places))).toEqual([['gov/exch-1', ['gov/exch-1', 'zhou/apple-77']]]);
  });

  test('two same-titled meetings in two buildings stay two; a placeless copy is a copy of each (not merging them)', () => {
    const list = [m('a', 'p', null), m('gov', 'x', '区政府大楼第一会议室'), m('party', 'y', '区委大楼301会议室')];
    expect(shape(meetingCopies(list, () => true, places))).toEqual([
      ['gov/x', ['a/p', 'gov/x']],
      ['party/y', ['a/p', 'party/y']],
    ]);
  });

  test('a stale copy stands for the current revision: the meeting is the current one, the stale copy among its copies', () => {
    const stale = m('gov', 'm', '区政府大楼第一会议室', { sequence: 0 });
    const current = m('party', 'm', '区政府大楼第一会议室', { sequence: 2, start: '2022-06-16 09:00', end: '2022-06-16 11:00' });
    expect(shape(meetingCopies([stale, current], onGov, places))).toEqual([['party/m', ['gov/m', 'party/m']]]);
  });

  test('cancelled by its current revision: no meeting', () => {
    const stale = m('gov', 'm', null, { sequence: 0 });
    const cancelled = m('party', 'm', null, { sequence: 1, status: 'cancelled' });
    expect(meetingCopies([stale, cancelled], onGov, places)).toEqual([]);
  });

  test('a cancelled copy is no copy; the meeting stands on the others', () => {
    const list = [m('gov', 'exch-1', null), m('zhou', 'apple-77', null, { status: 'cancelled' })];
    expect(shape(meetingCopies(list, onGov, places))).toEqual([['gov/exch-1', ['gov/exch-1']]]);
  });

  test('a start-only copy does not gather two meetings of one title with different ends into one; it is a copy of each (seed 941008302)', () => {
    const list = [
      m('prov', 'a0', null, { end: '2022-06-15 09:00' }),
      m('prov', 'a1', null, { end: '2022-06-15 09:30' }),
      m('prov', 'a2', null, { end: '2022-06-15 10:00' }),
    ];
    expect(shape(meetingCopies(list, () => true, places))).toEqual([
      ['prov/a1', ['prov/a0', 'prov/a1']],
      ['prov/a2', ['prov/a0', 'prov/a2']],
    ]);
  });

  test('sorted by start, then key', () => {
    const list = [m('gov', 'b', null, { summary: 'B', start: '2022-06-15 14:00', end: '2022-06-15 15:00' }), m('gov', 'a', null, { summary: 'A' })];
    expect(meetingCopies(list, () => true, places).map((g) => g.meeting.summary)).toEqual(['A', 'B']);
  });
});

describe('copyRepresentative', () => {
  test('a start-only copy joins the first meeting with an end, never making two ends one meeting (seed 941008302)', () => {
    const list = [
      m('prov', 'a0', null, { end: '2022-06-15 09:00' }),
      m('prov', 'a1', null, { end: '2022-06-15 09:30' }),
      m('prov', 'a2', null, { end: '2022-06-15 10:00' }),
    ];
    const rep = copyRepresentative(list, places);
    // The representative of a group is its smallest key (a0); what matters is that a1 and a2 differ.
    expect(list.map((o) => rep(o).key)).toEqual(['prov/a0', 'prov/a0', 'prov/a2']);
  });


  const at = (calendar: string, uid: string, location: string | null, hour = 9, extra: Partial<OccurrenceSpec> & { sequence?: number } = {}): Occurrence =>
    m(calendar, uid, location, { start: `2022-06-15 ${String(hour).padStart(2, '0')}:00`, end: `2022-06-15 ${hour + 2}:00`, summary: '专题会议', ...extra });

  test('copies of one meeting share the office copy as representative, not a leader\'s own; another building is another meeting', () => {
    const list = [at('b-li', 'p', null), at('gov', 'x', '区政府大楼第一会议室'), at('party', 'y', '区委大楼301会议室'), at('a-zhou', 'z', '301会议室')]
      .map((o) => (o.calendar.id.includes('-') ? { ...o, calendar: { ...o.calendar, owner: o.calendar.id.slice(2) } } : o));
    const rep = copyRepresentative(list, places);
    // The placeless copy joins one of the two (the first placed founder by key: a-zhou's, of party/y), not both.
    expect(list.map((o) => rep(o).key)).toEqual(['party/y', 'gov/x', 'party/y', 'party/y']);
  });

  test('a stale copy stands for its current revision', () => {
    const stale = at('dp', 'm', null, 9, { sequence: 0 });
    const current = at('dg', 'm', null, 14, { sequence: 1 });
    const retyped = at('li', 'typed', null, 14);
    const rep = copyRepresentative([stale, current, retyped], places);
    expect([rep(stale).key, rep(current).key, rep(retyped).key]).toEqual(['dg/m', 'dg/m', 'dg/m']);
  });

  // Regression: found by the property below (seed -1967629384). Two title groups at one instant were
  // joined in the order the calendars listed them, and placeless copies (same UID as a placed one)
  // made the meetings differ with that order.
  test('the meetings of one instant do not depend on the order of the occurrences', () => {
    const specs: [string, string, string | null, string][] = [
      ['c', 'x@qu.gov.cn', null, '工作会议'],
      ['a', '1', '301会议室', '专题会议'],
      ['a', 'y@qu.gov.cn', '区政府大楼第一会议室', '专题会议'],
      ['b', 'y@qu.gov.cn', null, '工作会议'],
      ['a', 'x@qu.gov.cn', null, '专题会议'],
    ];
    const list = specs.map(([calendar, uid, location, summary]) => at(calendar, uid, location, 10, { summary }));
    const rep = copyRepresentative(list, places);
    const reversed = copyRepresentative([...list].reverse(), places);
    expect(list.map((o) => reversed(o).key)).toEqual(list.map((o) => rep(o).key));
  });

  test('properties: independent of input order, idempotent, and a representative is a copy of what it stands for', () => {
    const spec = fc.record({
      calendar: fc.constantFrom('a', 'b', 'c'),
      uid: fc.constantFrom('1', '2', 'x@qu.gov.cn', 'y@qu.gov.cn'),
      hour: fc.integer({ min: 9, max: 10 }),
      summary: fc.constantFrom('专题会议', '工作会议'),
      location: fc.constantFrom<string | null>(null, '区委大楼301会议室', '301会议室', '区政府大楼第一会议室', 'https://meeting.tencent.com/dm/x'),
    });
    fc.assert(
      fc.property(fc.uniqueArray(spec, { maxLength: 8, selector: (s) => `${s.calendar}/${s.uid}` }), fc.integer(), (specs, seed) => {
        const list = specs.map((s) => at(s.calendar, s.uid, s.location, s.hour, { summary: s.summary }));
        const shuffled = [...list].sort((x, y) => ((x.key.length * 31 + seed) % 7) - ((y.key.length * 31 + seed) % 7) || (x.key < y.key ? 1 : -1));
        const rep = copyRepresentative(list, places);
        const other = copyRepresentative(shuffled, places);
        for (const o of list) {
          expect(other(o)).toBe(rep(o));
          expect(rep(rep(o))).toBe(rep(o));
          if (rep(o) !== o) expect(o.start.toMillis()).toBe(rep(o).start.toMillis());
        }
      }),
    );
  });
});

describe('disagreeingCopy (issue 5a: two offices entered one meeting at different times)', () => {
  const afternoon = { start: '2022-06-15 14:00', end: '2022-06-15 16:00' };
  test('the same global UID and SEQUENCE at another time on another calendar is named', () => {
    const party = m('party', 'm@qu.gov.cn', null);
    const gov = m('gov', 'm@qu.gov.cn', null, afternoon);
    const list = [party, gov];
    expect(disagreeingCopy(list)(party)).toBe(gov);
    expect(disagreeingCopy(list)(gov)).toBe(party);
  });

  test('nothing for agreeing copies, a newer revision (stale copy), a cancelled copy, or a short numbered UID', () => {
    const party = m('party', 'm@qu.gov.cn', null);
    const cases: Occurrence[][] = [
      [party, m('gov', 'm@qu.gov.cn', null)],
      [party, m('gov', 'm@qu.gov.cn', null, { ...afternoon, sequence: 1 })],
      [party, m('gov', 'm@qu.gov.cn', null, { ...afternoon, status: 'cancelled' })],
    ];
    for (const list of cases) expect(disagreeingCopy(list)(party)).toBeUndefined();
    const short = m('party', '1', null);
    expect(disagreeingCopy([short, m('gov', '1', null, afternoon)])(short)).toBeUndefined();
  });

  test('of several disagreeing copies, the smallest key', () => {
    const party = m('party', 'm@qu.gov.cn', null);
    const list = [party, m('zz', 'm@qu.gov.cn', null, afternoon), m('gov', 'm@qu.gov.cn', null, { start: '2022-06-15 15:00', end: '2022-06-15 16:00' })];
    expect(disagreeingCopy(list)(party)?.key).toBe('gov/m@qu.gov.cn');
  });
});

describe('meetingCopies finds copies by start (issue 5: no pass over every occurrence per check)', () => {
  /** The grouping as first written: one pass over every occurrence, bucketed by its current revision's start. */
  function reference(occurrences: readonly Occurrence[], wanted: (o: Occurrence) => boolean): [string, string[]][] {
    const stale = supersededBy(occurrences);
    const current = (o: Occurrence): Occurrence => stale.get(o) ?? o;
    const seeds = new Set<Occurrence>();
    for (const o of occurrences) if (wanted(o) && current(o).status !== 'cancelled') seeds.add(current(o));
    const byStart = new Map<number, Occurrence[]>();
    for (const s of seeds) byStart.set(s.start.toMillis(), []);
    for (const o of occurrences) if (current(o).status !== 'cancelled') byStart.get(current(o).start.toMillis())?.push(o);
    const placed = (o: Occurrence): number => Number(placesOf(o, places).length > 0);
    const order = [...seeds].sort((a, b) => a.start.toMillis() - b.start.toMillis() || placed(b) - placed(a) || compareOccurrences(a, b));
    const claimed = new Set<Occurrence>();
    const result: { meeting: Occurrence; copies: Occurrence[] }[] = [];
    for (const meeting of order) {
      if (claimed.has(meeting)) continue;
      const copies = (byStart.get(meeting.start.toMillis()) ?? []).filter((o) => {
        const c = current(o);
        const copy = c === meeting || meetingKey(c) === meetingKey(meeting) || looksLikeCopy(meeting, c, places);
        if (copy) claimed.add(c);
        return copy;
      });
      result.push({ meeting, copies: copies.sort((a, b) => (a.key < b.key ? -1 : 1)) });
    }
    return shape(result.sort((a, b) => compareOccurrences(a.meeting, b.meeting)));
  }

  test('property: the same meetings and copies as one pass over every occurrence, stale and cancelled copies included', () => {
    const spec = fc.record({
      calendar: fc.constantFrom('a', 'b', 'c'),
      uid: fc.constantFrom('1', 'x@qu.gov.cn', 'y@qu.gov.cn'),
      hour: fc.integer({ min: 9, max: 11 }),
      long: fc.boolean(),
      summary: fc.constantFrom('专题会议', '工作会议'),
      location: fc.constantFrom<string | null>(null, '区委大楼301会议室', '301会议室', '区政府大楼第一会议室'),
      sequence: fc.option(fc.integer({ min: 0, max: 2 }), { nil: undefined }),
      cancelled: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(spec, { maxLength: 10, selector: (s) => `${s.calendar}/${s.uid}` }), fc.constantFrom('a', 'b'), fc.boolean(), (specs, office, sorted) => {
        const list = specs.map((s) =>
          m(s.calendar, s.uid, s.location, {
            start: `2022-06-15 ${String(s.hour).padStart(2, '0')}:00`,
            end: `2022-06-15 ${s.hour + (s.long ? 2 : 1)}:00`,
            summary: s.summary,
            ...(s.cancelled ? { status: 'cancelled' as const } : {}),
            ...(s.sequence === undefined ? {} : { sequence: s.sequence }),
          }),
        );
        // The rules get start-then-key order; other callers any order.
        const input = sorted ? [...list].sort(compareOccurrences) : list;
        const wanted = (o: Occurrence): boolean => o.calendar.id === office;
        expect(shape(meetingCopies(input, wanted, places))).toEqual(reference(input, wanted));
      }),
    );
  });
});

describe('copyRepresentative joins copies as comparing every member of a title with every founder does (issue 5)', () => {
  /** copyRepresentative as first written: every member of a title group compared with every founder. */
  function reference(occurrences: readonly Occurrence[]): Map<Occurrence, Occurrence> {
    const stale = supersededBy(occurrences);
    const title = (o: Occurrence): string => o.summary.normalize('NFKC').replace(/\s+/gu, '');
    const citedBefore = (a: Occurrence, b: Occurrence): boolean => {
      const personal = Number(a.calendar.owner !== null) - Number(b.calendar.owner !== null);
      return personal < 0 || (personal === 0 && a.key < b.key);
    };
    const result = new Map<Occurrence, Occurrence>();
    const starts = [...new Set(occurrences.map((o) => o.start.toMillis()))];
    for (const start of starts) {
      const bucket = occurrences.filter((o) => o.start.toMillis() === start && !stale.has(o)).sort((a, b) => (a.key < b.key ? -1 : 1));
      const parent = bucket.map((_, i) => i);
      const find = (i: number): number => (parent[i] === i ? i : find(parent[i]!));
      const union = (a: number, b: number): void => {
        const [x, y] = [find(a), find(b)];
        if (x !== y) {
          if (citedBefore(bucket[x]!, bucket[y]!)) parent[y] = x;
          else parent[x] = y;
        }
      };
      bucket.forEach((o, i) => {
        const first = bucket.findIndex((p) => p.uid === o.uid);
        if (first < i && globalUid(o.uid)) union(first, i);
      });
      const titles = [...new Set(bucket.map(title))];
      for (const t of titles) {
        const list = bucket.map((_, i) => i).filter((i) => title(bucket[i]!) === t);
        const placed = (i: number): number => Number(placesOf(bucket[i]!, places).length > 0);
        list.sort((a, b) => placed(b) - placed(a) || a - b);
        const founders: number[] = [];
        const roots = new Set<number>();
        for (const i of list) {
          if (roots.has(find(i))) continue;
          const match = founders.find((f) => looksLikeCopy(bucket[f]!, bucket[i]!, places));
          if (match === undefined) founders.push(i);
          else union(match, i);
          roots.add(find(i));
        }
      }
      bucket.forEach((o, i) => result.set(o, bucket[find(i)]!));
    }
    // A stale copy stands for its current revision.
    for (const [o, current] of stale) result.set(o, result.get(current) ?? current);
    return result;
  }

  test('property: the same representative as comparing with every founder, on buckets of shared titles, UIDs, ends and places', () => {
    const spec = fc.record({
      calendar: fc.constantFrom('a', 'b', 'c', 'd-li', 'e-wang'),
      uid: fc.constantFrom('1', '2', 'x@qu.gov.cn', 'y@qu.gov.cn', 'z@qu.gov.cn'),
      hour: fc.integer({ min: 9, max: 10 }),
      minutes: fc.constantFrom(60, 90, 120),
      summary: fc.constantFrom('专题会议', '工作会议', ''),
      location: fc.constantFrom<string | null>(null, '区委大楼301会议室', '301会议室', '区委301', '区政府大楼第一会议室'),
      sequence: fc.option(fc.integer({ min: 0, max: 1 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(spec, { maxLength: 14, selector: (s) => `${s.calendar}/${s.uid}` }), (specs) => {
        const list = specs.map((s) => {
          const start = DateTime.fromISO(`2022-06-15T${String(s.hour).padStart(2, '0')}:00`, { zone: 'Asia/Shanghai' });
          const o = m(s.calendar, s.uid, s.location, {
            start: start.toFormat('yyyy-MM-dd HH:mm'),
            end: start.plus({ minutes: s.minutes }).toFormat('yyyy-MM-dd HH:mm'),
            summary: s.summary,
            ...(s.sequence === undefined ? {} : { sequence: s.sequence }),
          });
          return s.calendar.includes('-') ? { ...o, calendar: { ...o.calendar, owner: s.calendar.slice(2) } } : o;
        });
        const sorted = [...list].sort(compareOccurrences);
        const expected = reference(sorted);
        const rep = copyRepresentative(sorted, places);
        for (const o of sorted) expect(rep(o).key).toBe((expected.get(o) ?? o).key);
      }),
    );
  });
});

describe('copyRepresentative: copies retyped in other words (QB-15, QB-18)', () => {
  const diary = { id: 'li-own', owner: 'li' };
  const at = (calendar: string | { id: string; owner: string }, uid: string, summary: string, location: string | null): Occurrence =>
    occ({ calendar, uid, start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary, location });

  test('his diary\'s 常务会议 stands for the office\'s 区政府第12次常务会议', () => {
    const gov = at('gov', 'g@qu.gov.cn', '区政府第12次常务会议', '区政府大楼第一会议室');
    const mine = at(diary, 'm@icloud.example', '常务会议', null);
    const rep = copyRepresentative([gov, mine], places);
    expect(rep(mine)).toBe(gov);
  });

  test('two offices\' entries of one joint meeting in one room (alias) are one meeting', () => {
    const party = at('party', 'p@qu.gov.cn', '四套班子联席会议', '区委大楼301会议室');
    const gov = at('gov', 'g@qu.gov.cn', '区四套班子联席会议', '301会议室');
    const rep = copyRepresentative([gov, party], places);
    expect(rep(gov)).toBe(rep(party));
  });

  test('a placeless diary entry matching two offices\' meetings in two rooms joins neither, and they stay two', () => {
    const gov = at('gov', 'g@qu.gov.cn', '区政府常务会议', '区政府大楼第一会议室');
    const party = at('party', 'p@qu.gov.cn', '区委常务会议', '区委大楼301会议室');
    const mine = at(diary, 'm@icloud.example', '常务会议', null);
    const rep = copyRepresentative([gov, party, mine], places);
    expect([rep(gov), rep(party), rep(mine)]).toEqual([gov, party, mine]);
  });
});

describe('copyOwners (QB-12: whose calendars hold a meeting)', () => {
  const diary = { id: 'li-own', owner: 'li' };
  test('an appointment only on his diary; a meeting with a copy on an office calendar', () => {
    const own = occ({ calendar: diary, uid: 'v1@icloud.example', start: '2022-05-16 10:00', end: '2022-05-16 11:30', summary: '向省发改委汇报重点项目' });
    const copy = occ({ calendar: diary, uid: 'g@qu.gov.cn', start: '2022-05-16 15:00', end: '2022-05-16 17:00', summary: '区政府常务会议' });
    const office = occ({ calendar: 'gov', uid: 'g@qu.gov.cn', start: '2022-05-16 15:00', end: '2022-05-16 17:00', summary: '区政府常务会议' });
    const retyped = occ({ calendar: diary, uid: 'r@icloud.example', start: '2022-05-16 15:00', end: '2022-05-16 17:00', summary: '常务会议' });
    const owners = copyOwners([own, copy, office, retyped], places);
    expect([owners.onlyOn(own, 'li'), owners.onlyOn(copy, 'li'), owners.onlyOn(retyped, 'li'), owners.onlyOn(own, 'wang')]).toEqual([true, false, false, false]);
    expect([owners.heldBy(office, 'li'), owners.heldBy(office, 'wang'), owners.heldBy(own, 'li')]).toEqual([true, false, true]);
  });
});

describe('declinedOnOwnCalendar (QB-16: his own answer)', () => {
  const li = { id: 'li', name: '李明', aliases: ['mailto:liming@qu.gov.cn'] };
  const directory = createDirectory([li]);
  const invitation = (calendar: string | { id: string; owner: string }, partstat: 'declined' | 'needs-action' | 'accepted', uid = 'g@qu.gov.cn'): Occurrence =>
    occ({ calendar, uid, start: '2022-05-17 15:00', end: '2022-05-17 17:00', summary: '区政府专题会', attendees: [{ address: 'mailto:liming@qu.gov.cn', partstat }] });

  test('DECLINED on his own calendar: declined, whatever the office copy says', () => {
    const office = invitation('gov', 'needs-action');
    const own = invitation({ id: 'li-own', owner: 'li' }, 'declined');
    const declined = declinedOnOwnCalendar([office, own], directory, places);
    expect(declined(office, 'li')).toBe(true);
    expect(mayHaveDeclinedOwn([office, own], (o) => directory.participantsOf(o))(office, 'li')).toBe(true);
  });

  test('DECLINED on an office calendar, or on another person\'s calendar: not his own answer', () => {
    const office = invitation('gov', 'declined');
    const others = invitation({ id: 'wang-own', owner: 'wang' }, 'declined');
    const accepted = invitation({ id: 'li-own', owner: 'li' }, 'accepted');
    expect(declinedOnOwnCalendar([office, others, accepted], directory, places)(accepted, 'li')).toBe(false);
    expect(mayHaveDeclinedOwn([office, others, accepted], (o) => directory.participantsOf(o))(accepted, 'li')).toBe(false);
  });
});
