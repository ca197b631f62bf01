import fc from 'fast-check';
import { createDirectory } from '../../src/people/directory.js';
import type { Person } from '../../src/model/person.js';
import { occurrence } from '../helpers/occurrence.js';

const people: Person[] = [
  { id: 'li', name: '李区长', aliases: ['mailto:li@qu.gov.cn', '李明'], roles: ['区长', '副总河长'], office: '区政府办' },
  { id: 'wang', name: '王书记', aliases: ['wang@qu.gov.cn'], roles: ['区委书记', '总河长'] },
  { id: 'zhao', name: '赵副区长', aliases: ['李明'], roles: ['总河长'] },
];
const directory = createDirectory(people);

describe('createDirectory: resolve', () => {
  test.each([
    ['id', 'li', 'li'],
    ['name', '李区长', 'li'],
    ['alias', '李明', 'li'],
    ['address with mailto, any case', 'MAILTO:Li@QU.gov.cn', 'li'],
    ['address without mailto', 'li@qu.gov.cn', 'li'],
    ['full-width address', 'ｌｉ＠ｑｕ．ｇｏｖ．ｃｎ', 'li'],
    ['whitespace inside a Chinese name', ' 李 明 ', 'li'],
    ['alias written with mailto in config, bare in calendar', 'mailto:wang@qu.gov.cn', 'wang'],
  ])('%s', (_name, text, id) => {
    expect(directory.resolve(text)).toEqual({ id, name: people.find((p) => p.id === id)?.name, known: true });
  });

  test('an alias pasted as a mail name-addr (李明 <liming@…>) gives its address and its name (QA26-21)', () => {
    const d = createDirectory([
      { id: 'li', name: '李区长', aliases: ['李明 <liming@jb.gov.example>'] },
      { id: 'wang', name: '王书记', aliases: ['"Wang Fang" <MAILTO:wangf@jb.gov.example>', '<zhou@jb.gov.example>'] },
    ]);
    expect(d.resolve('mailto:liming@jb.gov.example').id).toBe('li');
    expect(d.resolve('李明').id).toBe('li');
    expect(d.resolve('wangf@jb.gov.example').id).toBe('wang');
    expect(d.resolve('Wang Fang').id).toBe('wang');
    expect(d.resolve('zhou@jb.gov.example').id).toBe('wang');
    // The pasted text itself is no address any attendee line carries.
    expect(d.resolve('李明 <liming@jb.gov.example>').known).toBe(false);
  });

  test('the first person in config order wins a shared alias', () => {
    expect(directory.resolve('李明').id).toBe('li');
  });

  test('an unknown attendee is still a person, keyed by the normalised text', () => {
    expect(directory.resolve('MAILTO:Chen@Shi.gov.cn')).toEqual({
      id: 'unknown:chen@shi.gov.cn',
      name: 'Chen@Shi.gov.cn',
      known: false,
    });
  });

  test('person(id)', () => {
    expect(directory.person('wang')?.name).toBe('王书记');
    expect(directory.person('nobody')).toBeUndefined();
  });
});

describe('createDirectory: resolveReference', () => {
  test('role: every holder, in config order', () => {
    expect(directory.resolveReference('role:总河长').map((p) => p.id)).toEqual(['wang', 'zhao']);
  });
  test('role with a full-width colon and spaces', () => {
    expect(directory.resolveReference('role： 区长').map((p) => p.id)).toEqual(['li']);
  });
  test('a role nobody holds resolves to nobody', () => {
    expect(directory.resolveReference('role:河长办主任')).toEqual([]);
  });
  test('id and alias', () => {
    expect(directory.resolveReference('wang').map((p) => p.id)).toEqual(['wang']);
    expect(directory.resolveReference('李明').map((p) => p.id)).toEqual(['li']);
  });
  test('an unknown reference is an unknown person (so a CN on the event can still satisfy it)', () => {
    expect(directory.resolveReference('陈主任')).toEqual([{ id: 'unknown:陈主任', name: '陈主任', known: false }]);
  });
});

describe('createDirectory: participantsOf', () => {
  test('attendees and owner, each once, rooms excluded; the organizer of an event with attendees is not one', () => {
    const o = occurrence({
      calendar: { id: 'li-personal', owner: 'li' },
      start: '2022-05-10 09:00',
      organizer: { address: 'mailto:wang@qu.gov.cn', name: '王书记' },
      attendees: [
        { address: 'mailto:li@qu.gov.cn', partstat: 'tentative' },
        { name: '李明', partstat: 'accepted' },
        { address: 'mailto:room301@qu.gov.cn', name: '301会议室', cutype: 'ROOM'.toLowerCase() },
        { address: 'mailto:projector@qu.gov.cn', cutype: 'resource' },
        { address: 'mailto:chen@shi.gov.cn', name: '陈处长', partstat: 'needs-action' },
      ],
    });
    expect(directory.participantsOf(o)).toEqual([
      { person: { id: 'li', name: '李区长', known: true }, via: 'attendee', partstat: 'accepted' },
      { person: { id: 'unknown:chen@shi.gov.cn', name: '陈处长', known: false }, via: 'attendee', partstat: 'needs-action' },
    ]);
  });

  test('the organizer takes part when the event lists no attendees (a personal appointment)', () => {
    const o = occurrence({ start: '2022-05-10 09:00', organizer: { address: 'mailto:wang@qu.gov.cn', name: '王书记' } });
    expect(directory.participantsOf(o)).toEqual([{ person: { id: 'wang', name: '王书记', known: true }, via: 'organizer', partstat: 'accepted' }]);
  });

  test('an organizer who attends is listed as an attendee too, and counts once', () => {
    const o = occurrence({
      start: '2022-05-10 09:00',
      organizer: { address: 'mailto:wang@qu.gov.cn' },
      attendees: [{ address: 'mailto:wang@qu.gov.cn', role: 'chair', partstat: 'accepted' }, { address: 'mailto:li@qu.gov.cn' }],
    });
    expect(directory.participantsOf(o).map((p) => [p.person.id, p.via])).toEqual([
      ['wang', 'attendee'],
      ['li', 'attendee'],
    ]);
  });

  test("a declined ATTENDEE line wins over the calendar owner's implied acceptance", () => {
    const o = occurrence({
      calendar: { id: 'li-personal', owner: 'li' },
      start: '2022-05-10 09:00',
      attendees: [{ address: 'mailto:li@qu.gov.cn', partstat: 'declined' }],
    });
    expect(directory.participantsOf(o)).toEqual([
      { person: { id: 'li', name: '李区长', known: true }, via: 'attendee', partstat: 'declined' },
    ]);
  });

  test('the owner of a personal calendar attends without being listed', () => {
    const o = occurrence({ calendar: { id: 'wang-personal', owner: 'wang' }, start: '2022-05-10 09:00' });
    expect(directory.participantsOf(o)).toEqual([
      { person: { id: 'wang', name: '王书记', known: true }, via: 'owner', partstat: 'accepted' },
    ]);
  });

  test('an owner id missing from the directory is an unknown person, not dropped', () => {
    const o = occurrence({ calendar: { id: 'x', owner: 'ghost' }, start: '2022-05-10 09:00' });
    expect(directory.participantsOf(o).map((p) => p.person.id)).toEqual(['unknown:ghost']);
  });

  // Regression (bugs-from-properties.md, "owner's declined NON-PARTICIPANT line ignored"): the owner's
  // own line answers for the owner whatever its ROLE; without it the owner was booked as accepted.
  test.each([
    ['declined', 'declined'],
    ['delegated', 'delegated'],
    ['tentative', 'tentative'],
    ['needs-action', 'needs-action'],
  ])("the owner's own NON-PARTICIPANT line with PARTSTAT %s on their calendar gives the owner that PARTSTAT", (partstat, expected) => {
    const o = occurrence({
      calendar: { id: 'li-personal', owner: 'li' },
      start: '2022-05-10 09:00',
      attendees: [{ address: 'mailto:li@qu.gov.cn', role: 'non-participant', partstat }, { address: 'mailto:wang@qu.gov.cn' }],
    });
    expect(directory.participantsOf(o)).toEqual([
      { person: { id: 'wang', name: '王书记', known: true }, via: 'attendee', partstat: 'accepted' },
      { person: { id: 'li', name: '李区长', known: true }, via: 'owner', partstat: expected },
    ]);
  });

  test("the owner's REQ-PARTICIPANT line wins over their NON-PARTICIPANT line on the same event", () => {
    const o = occurrence({
      calendar: { id: 'li-personal', owner: 'li' },
      start: '2022-05-10 09:00',
      attendees: [{ address: 'mailto:li@qu.gov.cn', role: 'non-participant', partstat: 'declined' }, { name: '李明', partstat: 'accepted' }],
    });
    expect(directory.participantsOf(o)).toEqual([{ person: { id: 'li', name: '李区长', known: true }, via: 'attendee', partstat: 'accepted' }]);
  });

  test("someone else's declined NON-PARTICIPANT line does not touch the owner", () => {
    const o = occurrence({
      calendar: { id: 'li-personal', owner: 'li' },
      start: '2022-05-10 09:00',
      attendees: [{ address: 'mailto:wang@qu.gov.cn', role: 'non-participant', partstat: 'declined' }],
    });
    expect(directory.participantsOf(o)).toEqual([{ person: { id: 'li', name: '李区长', known: true }, via: 'owner', partstat: 'accepted' }]);
  });

  test('a NON-PARTICIPANT (copied for information, 抄送) is not a participant', () => {
    const o = occurrence({
      start: '2022-05-10 09:00',
      attendees: [{ address: 'mailto:li@qu.gov.cn', role: 'non-participant' }, { address: 'mailto:wang@qu.gov.cn' }],
    });
    expect(directory.participantsOf(o).map((p) => p.person.id)).toEqual(['wang']);
  });

  test('an attendee with neither address nor name is skipped', () => {
    const o = occurrence({ start: '2022-05-10 09:00', attendees: [{ address: null, name: '  ' }] });
    expect(directory.participantsOf(o)).toEqual([]);
  });

  describe('properties', () => {
    test('resolve is insensitive to case, width and surrounding spaces', () => {
      fc.assert(
        fc.property(fc.constantFrom('li@qu.gov.cn', 'wang@qu.gov.cn', '李明', '王书记'), fc.boolean(), (text, upper) => {
          const variant = ` ${upper ? text.toUpperCase() : text} `;
          expect(directory.resolve(variant)).toEqual(directory.resolve(text));
        }),
      );
    });

    test('every participant appears once, whatever the attendee list', () => {
      const names = fc.constantFrom('李明', '李区长', 'li@qu.gov.cn', '王书记', '陈处长', 'chen@shi.gov.cn');
      const partstats = fc.constantFrom('accepted', 'declined', 'tentative', 'needs-action');
      fc.assert(
        fc.property(fc.array(fc.record({ name: names, partstat: partstats }), { maxLength: 8 }), (list) => {
          const o = occurrence({ start: '2022-05-10 09:00', attendees: list });
          const ids = directory.participantsOf(o).map((p) => p.person.id);
          expect(new Set(ids).size).toBe(ids.length);
        }),
      );
    });
  });
});

describe('createDirectory: participantsOf is remembered per (attendees, organizer, owner)', () => {
  const series = occurrence({
    calendar: { id: 'gov' },
    start: '2022-05-10 09:00',
    organizer: 'ban@qu.gov.cn',
    attendees: ['李明', { name: '王芳', partstat: 'declined' }],
  });
  // Instances of one series: the loader shares the attendees array and the organizer object.
  const nextWeek = { ...series, key: 'gov/x/2', start: series.start.plus({ weeks: 1 }), end: series.end.plus({ weeks: 1 }) };

  test('instances of one series get the same answer, computed once', () => {
    const d = createDirectory(people);
    expect(d.participantsOf(nextWeek)).toBe(d.participantsOf(series));
    expect(Object.isFrozen(d.participantsOf(series))).toBe(true);
  });

  test('the calendar owner is part of the answer: the same series on a leader calendar adds the leader', () => {
    const d = createDirectory(people);
    const onOwnCalendar = { ...series, calendar: { ...series.calendar, id: 'wang-personal', owner: 'wang' } };
    expect(d.participantsOf(series).map((p) => p.person.id)).not.toContain('wang');
    expect(d.participantsOf(onOwnCalendar).map((p) => `${p.person.id}:${p.via}`)).toContain('wang:owner');
  });

  test('another organizer with the same attendees array is answered for itself', () => {
    const d = createDirectory(people);
    const noAttendees = { ...series, attendees: [] as const };
    const other = { ...noAttendees, organizer: { ...series.organizer!, address: 'mailto:li@qu.gov.cn' } };
    expect(d.participantsOf(noAttendees).map((p) => p.via)).toEqual(['organizer']);
    expect(d.participantsOf(other).map((p) => p.person.id)).not.toEqual(d.participantsOf(noAttendees).map((p) => p.person.id));
  });

  test('property: remembered answers equal those of a fresh directory, in any order of asking', () => {
    const owners = fc.constantFrom(null, 'li', 'wang', 'nobody');
    const shared = [series, { ...series, attendees: [] as const }, { ...series, organizer: null }];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(shared.length - 1), owners), { maxLength: 12 }), (asks) => {
        const d = createDirectory(people);
        for (const [i, owner] of asks) {
          const o = { ...shared[i]!, calendar: { ...series.calendar, owner } };
          expect(d.participantsOf(o)).toEqual(createDirectory(people).participantsOf(o));
        }
      }),
    );
  });
});
