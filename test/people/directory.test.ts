import fc from 'fast-check';
import { createDirectory } from '../../src/people/directory.js';
import type { Person } from '../../src/model/person.js';
import type { Attendee } from '../../src/model/occurrence.js';
import { occurrence, type AttendeeSpec } from '../helpers/occurrence.js';

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
      // Not the calendar's owner: li's TRANSP says nothing of 陈处长's time (QB-31).
      { person: { id: 'unknown:chen@shi.gov.cn', name: '陈处长', known: false }, via: 'attendee', partstat: 'needs-action', transparencyBinds: false },
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
      { person: { id: 'wang', name: '王书记', known: true }, via: 'attendee', partstat: 'accepted', transparencyBinds: false },
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

  test('an office\'s calendar without owner is answered apart from a bare one (its unknown organizer is nobody)', () => {
    const d = createDirectory(people);
    const bare = { ...series, attendees: [] as const };
    const office = { ...bare, calendar: { ...bare.calendar, office: '区政府办' } };
    expect(d.participantsOf(bare).map((p) => p.person.id)).toEqual(['unknown:ban@qu.gov.cn']);
    expect(d.participantsOf(office)).toEqual([]);
    expect(d.participantsOf(bare).map((p) => p.person.id)).toEqual(['unknown:ban@qu.gov.cn']);
  });

  test('property: remembered answers equal those of a fresh directory, in any order of asking', () => {
    const owners = fc.constantFrom(null, 'li', 'wang', 'nobody');
    const offices = fc.constantFrom(null, '区政府办');
    const shared = [series, { ...series, attendees: [] as const }, { ...series, organizer: null }];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(shared.length - 1), owners, offices), { maxLength: 12 }), (asks) => {
        const d = createDirectory(people);
        for (const [i, owner, office] of asks) {
          const o = { ...shared[i]!, calendar: { ...series.calendar, owner, office } };
          expect(d.participantsOf(o)).toEqual(createDirectory(people).participantsOf(o));
        }
      }),
    );
  });
});

/** The person ids taking part in a one-hour meeting with these attendee lines (no owner, no organizer). */
function ids(d: ReturnType<typeof createDirectory>, ...attendees: AttendeeSpec[]): string[] {
  return d.participantsOf(occurrence({ start: '2022-05-10 09:00', attendees })).map((p) => p.person.id);
}

// RFC 5545 §3.8.4.1/§3.3.3: the cal-address identifies the calendar user; CN (§3.2.2) is the name shown.
describe('createDirectory: a CN names a directory person only when no mail address says otherwise (重名, QA26-9)', () => {
  test.each([
    ['CN of a person with a mail alias, another mail address', { address: 'mailto:liqu@town.gov.cn', name: '李区长' }, 'unknown:liqu@town.gov.cn'],
    ['alias CN of that person, another mail address', { address: 'mailto:liming@town.gov.cn', name: '李明' }, 'unknown:liming@town.gov.cn'],
    ['CN of a person without any mail alias, some mail address', { address: 'mailto:zhao@town.gov.cn', name: '赵副区长' }, 'zhao'],
    ['CN without an address', { address: null, name: '李区长' }, 'li'],
    ['CN with a non-mail address (a CalDAV principal), not comparable to mail aliases', { address: 'urn:uuid:9b1e-44', name: '李区长' }, 'li'],
    ['the address decides over a CN naming someone else', { address: 'mailto:wang@qu.gov.cn', name: '李区长' }, 'wang'],
    ['an address alias in any case', { address: 'MAILTO:LI@QU.GOV.CN', name: '李明' }, 'li'],
  ])('%s', (_title, line, id) => {
    expect(ids(directory, line)).toEqual([id]);
  });

  test('the unknown namesake keeps his CN as the name shown', () => {
    const o = occurrence({ start: '2022-05-10 09:00', attendees: [{ address: 'mailto:liqu@town.gov.cn', name: '李区长' }] });
    expect(directory.participantsOf(o)[0]!.person).toEqual({ id: 'unknown:liqu@town.gov.cn', name: '李区长', known: false });
  });

  test('an address given only as a name-addr alias counts as the person\'s mail address', () => {
    const d = createDirectory([{ id: 'zw', name: '张伟', aliases: ['张副区长 <zhangwei@jb.gov.example>'] }]);
    expect(ids(d, { address: 'mailto:zhangwei@qsz.gov.example', name: '张伟' })).toEqual(['unknown:zhangwei@qsz.gov.example']);
    expect(ids(d, { address: 'mailto:zhangwei@jb.gov.example', name: '张伟' })).toEqual(['zw']);
  });

  test('property: a mail address the directory does not list never resolves to a person who has a mail alias', () => {
    const names = fc.constantFrom('李区长', '李明', '王书记', '赵副区长', '陈处长', 'li', 'wang');
    const withMail = new Set(['li', 'wang']);
    fc.assert(
      fc.property(names, fc.stringMatching(/^[a-z]{1,8}@[a-z]{1,6}\.example$/), (name, address) => {
        const [id] = ids(directory, { address: `mailto:${address}`, name });
        expect(withMail.has(id!)).toBe(false);
      }),
    );
  });
});

describe('createDirectory: placeholder addresses identify nobody, the CN does (QA26-31)', () => {
  test.each([
    ['Outlook invalid:nomail', 'invalid:nomail'],
    ['in upper case', 'INVALID:NOMAIL'],
    ['an empty mailto:', 'mailto:'],
  ])('%s: 王芳 and 张伟 are two people, each by name', (_title, address) => {
    const d = createDirectory([]);
    expect(ids(d, { address, name: '王芳' })).toEqual(['unknown:王芳']);
    expect(ids(d, { address, name: '张伟' })).toEqual(['unknown:张伟']);
  });

  test('a placeholder with a directory CN is that person, even one with a mail alias', () => {
    expect(ids(directory, { address: 'invalid:nomail', name: '李明' })).toEqual(['li']);
  });

  test('a placeholder without a CN is nobody', () => {
    expect(ids(createDirectory([]), { address: 'invalid:nomail', name: null })).toEqual([]);
  });

  test('one address on several lines of one event under different CNs is a shared placeholder (an OA noreply)', () => {
    const noreply = 'mailto:noreply@oa.example';
    expect(ids(directory, { address: noreply, name: '王芳' }, { address: noreply, name: '李明' }, { address: noreply, name: '张伟' })).toEqual([
      'unknown:王芳',
      'li',
      'unknown:张伟',
    ]);
  });

  test('a line of that address without a CN first does not hide the two names after it', () => {
    const noreply = 'mailto:noreply@oa.example';
    expect(ids(createDirectory([]), { address: noreply, name: null }, { address: noreply, name: '王芳' }, { address: noreply, name: '张伟' })).toEqual([
      'unknown:王芳',
      'unknown:张伟',
    ]);
  });

  test('one address twice under one CN (spelled with other spaces or widths) stays one person by address', () => {
    const d = createDirectory([]);
    expect(ids(d, { address: 'mailto:wf@qu.gov.cn', name: '王 芳' }, { address: 'mailto:wf@qu.gov.cn', name: '王芳' })).toEqual(['unknown:wf@qu.gov.cn']);
    expect(ids(d, { address: 'mailto:wf@qu.gov.cn', name: '王芳' }, { address: 'mailto:wf@qu.gov.cn', name: null })).toEqual(['unknown:wf@qu.gov.cn']);
  });

  test('rooms sharing an address with a person do not make it a placeholder', () => {
    const d = createDirectory([]);
    expect(ids(d, { address: 'mailto:ban@qu.gov.cn', name: '区委办' }, { address: 'mailto:ban@qu.gov.cn', name: '301会议室', cutype: 'room' })).toEqual([
      'unknown:ban@qu.gov.cn',
    ]);
  });
});

describe('createDirectory: the organizer of a guest-less event (QA26-11)', () => {
  const office = { address: 'mailto:qzfb@jb.gov.example', name: '区政府办公室' };
  const gov = { id: 'gov', office: '区政府办' };

  test('an organizer nobody configured, on an office\'s calendar without owner (its schedule, exported by Google), is nobody', () => {
    expect(directory.participantsOf(occurrence({ calendar: gov, start: '2022-05-10 09:00', organizer: office }))).toEqual([]);
  });

  test('a directory person as organizer is the one taking part, on an office\'s calendar too (a personal appointment)', () => {
    const o = occurrence({ calendar: gov, start: '2022-05-10 09:00', organizer: { address: 'mailto:wang@qu.gov.cn', name: '王书记' } });
    expect(directory.participantsOf(o).map((p) => `${p.person.id}:${p.via}`)).toEqual(['wang:organizer']);
  });

  test('on a bare calendar (no office, no owner: a leader\'s own export checked without config) the unknown organizer counts', () => {
    const o = occurrence({ calendar: 'mayor', start: '2022-05-10 09:00', organizer: { address: 'mailto:liming@jb.gov.example', name: '李明' } });
    expect(directory.participantsOf(o).map((p) => `${p.person.id}:${p.via}`)).toEqual(['unknown:liming@jb.gov.example:organizer']);
  });

  test('on a personal calendar the unknown organizer still counts, next to the owner', () => {
    const o = occurrence({ calendar: { id: 'li-personal', owner: 'li' }, start: '2022-05-10 09:00', organizer: office });
    expect(directory.participantsOf(o).map((p) => `${p.person.id}:${p.via}`)).toEqual(['unknown:qzfb@jb.gov.example:organizer', 'li:owner']);
  });

  test('with guests, even a directory organizer attends only through an ATTENDEE line', () => {
    const o = occurrence({ calendar: gov, start: '2022-05-10 09:00', organizer: 'wang@qu.gov.cn', attendees: [office] });
    expect(directory.participantsOf(o).map((p) => p.person.id)).toEqual(['unknown:qzfb@jb.gov.example']);
  });
});

// QB-36: Outlook's To line typed without an address (invalid:nomail) as name plus post.
describe('createDirectory: a CN written as a directory name plus that person\'s post, or 同志 (QB-36)', () => {
  const d = createDirectory([
    { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
    { id: 'wang', name: '王芳', roles: ['副区长'] },
    { id: 'wang2', name: '王芳', roles: ['区委办主任'] },
  ]);
  test.each([
    ['李明（区长）', 'li'],
    ['李明(区长)', 'li'],
    ['区长李明', 'li'],
    ['李明区长', 'li'],
    ['李明同志', 'li'],
    ['李明 同志', 'li'],
    // 重名 told apart by the post each holds.
    ['王芳（副区长）', 'wang'],
    ['区委办主任王芳', 'wang2'],
    // Not that person's post, ambiguous, or no directory name inside: nobody in the directory.
    ['李明（副区长）', 'unknown:李明(副区长)'],
    ['王芳同志', 'unknown:王芳同志'],
    ['李明明', 'unknown:李明明'],
  ])('CN=%s with invalid:nomail is %s', (cn, id) => {
    expect(ids(d, { address: 'invalid:nomail', name: cn })).toEqual([id]);
  });

  test('a CN with an invisible format character (U+200B, pasted from WeChat) is the directory name (QC-33)', () => {
    expect(ids(d, { address: null, name: '李\u200b明' })).toEqual(['li']);
    expect(ids(d, { address: null, name: '\ufeff李明（区长）' })).toEqual(['li']);
  });

  test('a mail address the config does not list for him still decides (重名, QA26-9)', () => {
    expect(ids(d, { address: 'mailto:liming@town.gov.example', name: '李明（区长）' })).toEqual(['unknown:liming@town.gov.example']);
  });
});

// QB-29: OA 会议通知 exports name the leaders only in DESCRIPTION.
describe('createDirectory: people named on a labelled DESCRIPTION line of an event without ATTENDEE lines (QB-29)', () => {
  const d = createDirectory([
    { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example', '李区长'], roles: ['区长'] },
    { id: 'wang', name: '王芳' },
    { id: 'he', name: '王和平' },
  ]);
  const gov = { id: 'gov', office: '区政府办' };
  const named = (description: string, extra: Partial<Parameters<typeof occurrence>[0]> = {}) =>
    d.participantsOf({ ...occurrence({ calendar: gov, start: '2022-05-17 09:00', ...extra }), description }).map((p) => `${p.person.id}:${p.via}:${p.partstat}`);

  test.each([
    ['出席领导：李明', ['li:description:needs-action']],
    ['参会人员：李明、王芳、各镇街主要负责同志', ['li:description:needs-action', 'wang:description:needs-action']],
    ['会议时间：5月17日上午9:00\n参加人员: 李区长，王和平等\n会议地点：第一会议室', ['li:description:needs-action', 'he:description:needs-action']],
    ['与会领导：区长李明', ['li:description:needs-action']],
    // QE-4: two-character names padded to three with an ideographic space, as official lists print them.
    ['出席领导：李\u3000明、王\u3000芳', ['li:description:needs-action', 'wang:description:needs-action']],
    // QE-8: 及/和/与 join a name to the rest, when the whole piece is no name (王和平 is one).
    ['参会人员：李明及相关部门负责人', ['li:description:needs-action']],
    ['参会人员：王和平', ['he:description:needs-action']],
    ['参会人员：李明和王芳', ['li:description:needs-action', 'wang:description:needs-action']],
    // No label, or a label naming no directory person: nobody.
    ['请李明同志准时参加', []],
    ['参会人员：各镇街主要负责同志', []],
    ['出席领导：liming@jb.gov.example', []],
  ])('%s', (description, expected) => {
    expect(named(description)).toEqual(expected);
  });

  test('an event with ATTENDEE lines is read from them alone', () => {
    expect(named('出席领导：李明', { attendees: ['mailto:wang@example.org'] })).toEqual(['unknown:wang@example.org:attendee:accepted']);
  });

  // QC-20: the chair's own line, and labels printed in brackets.
  test.each([
    ['主持：李明', ['li:description:needs-action']],
    ['主持人：李明', ['li:description:needs-action']],
    ['会议主持：李明同志', ['li:description:needs-action']],
    ['主持领导: 区长李明', ['li:description:needs-action']],
    ['【出席领导】李明', ['li:description:needs-action']],
    ['【参会人员】：李明、王芳', ['li:description:needs-action', 'wang:description:needs-action']],
    ['[列席] 王和平', ['he:description:needs-action']],
    ['主持：李明\n出席领导：王芳', ['li:description:needs-action', 'wang:description:needs-action']],
    // Not a label: 主持 in a sentence, a 主持词 heading, a bracketed label naming nobody.
    ['会议由李明主持', []],
    ['主持词：李明', []],
    ['【主持】各镇街主要负责同志', []],
    ['【会议议程】李明讲话', []],
  ])('QC-20: %s', (description, expected) => {
    expect(named(description)).toEqual(expected);
  });
});

// QC-11: an office's 领导活动安排 names the leader at the head of each entry's title.
describe('createDirectory: the person a title opens with, on an event without ATTENDEE lines (QC-11)', () => {
  const d = createDirectory([
    { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example', '李区长'], roles: ['区长'] },
    { id: 'wang', name: '王芳' },
  ]);
  const acts = { id: 'acts', office: '区委办' };
  const named = (summary: string, extra: Partial<Parameters<typeof occurrence>[0]> = {}) =>
    d.participantsOf({ ...occurrence({ calendar: acts, start: '2026-12-10 09:00', ...extra }), summary }).map((p) => `${p.person.id}:${p.via}:${p.partstat}`);

  test.each([
    ['李明：赴青石镇调研', ['li:summary:needs-action']],
    ['李明:赴青石镇调研', ['li:summary:needs-action']],
    ['李\u200b明：赴青石镇调研', ['li:summary:needs-action']],
    ['【李明】赴青石镇调研', ['li:summary:needs-action']],
    ['[李明] 赴青石镇调研', ['li:summary:needs-action']],
    ['李明、王芳：赴青石镇调研', ['li:summary:needs-action', 'wang:summary:needs-action']],
    ['区长李明：赴青石镇调研', ['li:summary:needs-action']],
    ['李区长：赴青石镇调研', ['li:summary:needs-action']],
    ['李明同志：赴青石镇调研', ['li:summary:needs-action']],
    // Not a whole directory name at the head: nobody.
    ['李明同志先进事迹报告会', []],
    ['各镇街主要负责同志：到区委大楼301会议室参会', []],
    ['通知：李明赴青石镇调研', []],
    ['李明、各镇街主要负责同志：参会', []],
    ['李明明：赴青石镇调研', []],
    ['赴青石镇调研（李明）', []],
    ['【会议】李明：赴青石镇调研', []],
    ['9:00 区政府常务会', []],
    ['liming@jb.gov.example：赴青石镇调研', []],
    // QC-29: a meeting he attends is booked on its own calendar; the list's record of it books nobody.
    ['李明：全区河长制工作会议', []],
    ['李明：主持召开全区河长制工作会议', []],
    ['李明：出席全市安全生产工作会议', []],
    ['【李明】参加市委常委会（扩大）', []],
    ['李明：赴市行政中心参加全市重点项目调度会', []],
    ['李明：区委常委会', []],
    // His own activities still book him.
    ['李明：接待省调研组', ['li:summary:needs-action']],
    ['李明：出差北京', ['li:summary:needs-action']],
    ['李明：到青石镇督导安全生产工作', ['li:summary:needs-action']],
    // QD-11: a roster written name first is the roster's entry, as 值班：李明 is.
    ['李明：值班', []],
    ['【李明】值班', []],
    ['李明：带班', []],
    ['李明：夜班（总值班室）', []],
    ['李明：值班期间赴青石镇检查', ['li:summary:needs-action']],
    // QD-3: his own activity that ends with a meeting held on site is his.
    ['李明：赴青石镇调研并召开座谈会', ['li:summary:needs-action']],
    ['李明：赴青石镇调研防汛工作，召开现场推进会', ['li:summary:needs-action']],
    ['李明：接待省考察团并出席见面会', ['li:summary:needs-action']],
    ['李明：会见外商代表团', ['li:summary:needs-action']],
    ['李明：检查安全生产工作', ['li:summary:needs-action']],
  ])('%s', (summary, expected) => {
    expect(named(summary)).toEqual(expected);
  });

  test('an event with ATTENDEE lines is read from them alone', () => {
    expect(named('李明：赴青石镇调研', { attendees: ['mailto:wang@example.org'] })).toEqual(['unknown:wang@example.org:attendee:accepted']);
  });

  test('named in both the title and a 出席领导 line, he is counted once', () => {
    const o = { ...occurrence({ calendar: acts, start: '2026-12-10 09:00' }), summary: '李明：赴青石镇调研', description: '出席领导：李明、王芳' };
    expect(d.participantsOf(o).map((p) => p.person.id)).toEqual(['li', 'wang']);
  });
});

// QB-21: under the 重名 rule an unlisted address is someone else; namesakeOf says whom the CN names.
describe('createDirectory: namesakeOf (QB-21)', () => {
  const d = createDirectory([
    { id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'], roles: ['区长'] },
    { id: 'zhao', name: '赵刚' },
  ]);
  const line = (address: string | null, name: string | null) => ({ address, name, role: 'req-participant', partstat: 'accepted', cutype: 'individual' });
  test.each([
    ['an unlisted mail address under his name', line('mailto:manager8812@dingtalk.example', '李明'), 'li'],
    ['an unlisted mail address under his name plus post', line('mailto:manager8812@dingtalk.example', '李明（区长）'), 'li'],
    ['his own address', line('mailto:liming@jb.gov.example', '李明'), null],
    ['no address', line(null, '李明'), null],
    ['a non-mail address', line('urn:uuid:9b1e-44', '李明'), null],
    ['a person the config gives no mail address (the CN already names him)', line('mailto:zhao@town.example', '赵刚'), null],
    ['a CN naming nobody', line('mailto:x@town.example', '陈主任'), null],
  ])('%s', (_title, attendee, id) => {
    expect(d.namesakeOf(attendee)?.id ?? null).toBe(id);
  });
});

describe('createDirectory: name plus post, properties (QB-36)', () => {
  const surnames = ['李', '王', '张', '刘', '陈'];
  const given = ['明', '芳', '伟', '强', '刚', '丽'];
  const posts = ['区长', '副区长', '区委书记', '主任', '局长'];
  const personArb = fc.record({ surname: fc.constantFrom(...surnames), given: fc.constantFrom(...given), post: fc.constantFrom(...posts) });

  test('a CN of a name plus a post names the one person of that name holding that post, else nobody', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom('bracket', 'before', 'after'), (specs, pick, form) => {
        const people: Person[] = specs.map((s, i) => ({ id: `p${i}`, name: s.surname + s.given, roles: [s.post] }));
        const d = createDirectory(people);
        const target = specs[pick % specs.length]!;
        const name = target.surname + target.given;
        const cn = form === 'bracket' ? `${name}（${target.post}）` : form === 'before' ? `${target.post}${name}` : `${name}${target.post}`;
        const fits = people.filter((p) => p.name === name && p.roles!.includes(target.post));
        // A post that is also another person's whole name or alias would win first; none here (posts are no names).
        const expected = fits.length === 1 ? fits[0]!.id : `unknown:${cn.normalize('NFKC')}`;
        expect(ids(d, { address: 'invalid:nomail', name: cn })).toEqual([expected]);
      }),
    );
  });
});

// QC-9 / QC-21: the directory's side of two attendee parameters (the loader fills `email` and `sentBy`).
describe('createDirectory: RFC 7986 EMAIL identifies a principal that is no mailto: (QC-9)', () => {
  const d = createDirectory([{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }, { id: 'wang', name: '王芳', aliases: ['wangfang@jb.gov.example'] }]);
  const gov = { id: 'gov', office: '区政府办' };
  const line = (address: string | null, name: string | null, email: string | null) => ({ address, name, role: 'req-participant', partstat: 'accepted' as const, cutype: 'individual', email });
  const ids = (...attendees: ReturnType<typeof line>[]) => d.participantsOf({ ...occurrence({ calendar: gov, start: '2026-12-10 09:00' }), attendees }).map((p) => p.person.id);

  test.each([
    ['urn:uuid principal, Latin CN', line('urn:uuid:5d1a6f0e-0000-4000-8000-000000000001', 'Li Ming', 'liming@jb.gov.example'), 'li'],
    ['urn:uuid principal, no CN', line('urn:uuid:5d1a6f0e-0000-4000-8000-000000000001', null, 'LiMing@JB.gov.example'), 'li'],
    ['no address at all', line(null, 'Li Ming', 'liming@jb.gov.example'), 'li'],
    // A mailto: address decides: EMAIL does not override it.
    ['a mailto: address and another EMAIL', line('mailto:wangfang@jb.gov.example', '王芳', 'liming@jb.gov.example'), 'wang'],
    // An EMAIL nobody lists is someone unknown, keyed by it.
    ['an unknown EMAIL', line('urn:uuid:x', 'Zhao', 'zhao@town.example'), 'unknown:zhao@town.example'],
  ])('%s', (_label, attendee, id) => {
    expect(ids(attendee)).toEqual([id]);
  });

  test('the organizer of a guest-less appointment is read by EMAIL too', () => {
    const o = { ...occurrence({ calendar: gov, start: '2026-12-10 09:00' }), organizer: line('urn:uuid:1', null, 'liming@jb.gov.example') };
    expect(d.participantsOf(o).map((p) => `${p.person.id}:${p.via}`)).toEqual(['li:organizer']);
  });
});

describe('createDirectory: an ORGANIZER with SENT-BY is the leader convening through his secretary (QC-21)', () => {
  const d = createDirectory([{ id: 'li', name: '李明', aliases: ['mailto:liming@jb.gov.example'] }, { id: 'wang', name: '王芳', aliases: ['mailto:wangfang@jb.gov.example'] }]);
  const gov = { id: 'gov', office: '区政府办' };
  const person = (address: string, name: string, sentBy: string | null = null): Attendee => ({ address, name, role: 'req-participant', partstat: 'accepted', cutype: 'individual', sentBy });
  const wang = person('mailto:wangfang@jb.gov.example', '王芳');
  const read = (organizer: Attendee, attendees: Attendee[] = [wang]) =>
    d.participantsOf({ ...occurrence({ calendar: gov, start: '2026-12-10 09:00' }), organizer, attendees }).map((p) => `${p.person.id}:${p.via}:${p.partstat}:${p.transparencyBinds ?? true}`);

  test('a directory person sent for takes part with the guests, accepted; the office calendar\'s busy marks are not his', () => {
    expect(read(person('mailto:liming@jb.gov.example', '李明', 'mailto:mishu@jb.gov.example'))).toEqual(['wang:attendee:accepted:false', 'li:organizer:accepted:false']);
  });

  test('without SENT-BY the organizer of an event with guests sends the invitations only (the 办公室 director)', () => {
    expect(read(person('mailto:liming@jb.gov.example', '李明'))).toEqual(['wang:attendee:accepted:false']);
  });

  test('an office mailbox sent for is nobody', () => {
    expect(read(person('mailto:qzfb@jb.gov.example', '区政府办', 'mailto:mishu@jb.gov.example'))).toEqual(['wang:attendee:accepted:false']);
  });

  test('his own ATTENDEE line answers for him', () => {
    const declined = { ...person('mailto:liming@jb.gov.example', '李明'), partstat: 'declined' as const };
    expect(read(person('mailto:liming@jb.gov.example', '李明', 'mailto:mishu@jb.gov.example'), [wang, declined])).toEqual(['wang:attendee:accepted:false', 'li:attendee:declined:false']);
  });
});
