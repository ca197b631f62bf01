import type { Occurrence } from '../../../src/model/occurrence.js';
import { createPlaces } from '../../../src/places/places.js';
import { meetingCopies } from '../../../src/rules/internal/meeting-copies.js';
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

  test('sorted by start, then key', () => {
    const list = [m('gov', 'b', null, { summary: 'B', start: '2022-06-15 14:00', end: '2022-06-15 15:00' }), m('gov', 'a', null, { summary: 'A' })];
    expect(meetingCopies(list, () => true, places).map((g) => g.meeting.summary)).toEqual(['A', 'B']);
  });
});
