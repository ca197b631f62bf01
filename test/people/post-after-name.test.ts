/**
 * QH-4: after a name the post is said by its tail — 李明书记 (区委书记), 赵刚主任 (区人大常委会主任) — and nobody writes
 * 李明区委书记. The tail must be one of *that person's* roles, must not drop a 副 (a 副书记 is no 书记), and where it fits
 * two configured people it names nobody.
 */
import fc from 'fast-check';
import { createDirectory } from '../../src/people/directory.js';
import type { Person } from '../../src/model/person.js';
import { occurrence } from '../helpers/occurrence.js';

const people: Person[] = [
  { id: 'li', name: '李明', roles: ['区委书记'], aliases: ['mailto:liming@jb.gov.example'] },
  { id: 'li2', name: '李明', roles: ['区委副书记'] },
  { id: 'zhao', name: '赵刚', roles: ['区人大常委会主任'] },
  { id: 'wang', name: '王芳', roles: ['常务副区长'] },
  { id: 'chen', name: '陈静', roles: ['区委办主任'] },
  { id: 'chen2', name: '陈静', roles: ['区人大常委会主任', '副总河长'] },
  { id: 'zhou', name: '周强', roles: ['区长', '区委副书记'] },
  // One role string naming two posts, as a leader's title is printed.
  { id: 'sun', name: '孙伟', roles: ['区委副书记、区长'] },
];
const d = createDirectory(people);
const gov = { id: 'gov', office: '区委办' };

/** The ids an event's only ATTENDEE line (no address, Outlook's invalid:nomail) names. */
const byCn = (cn: string) =>
  d.participantsOf(occurrence({ calendar: gov, start: '2027-02-23 09:00', attendees: [{ address: 'invalid:nomail', name: cn }] })).map((p) => p.person.id);

describe('a CN written as a name and the tail of that person\'s post', () => {
  test.each([
    ['李明书记', 'li'],
    ['赵刚主任', 'zhao'],
    ['周强区长', 'zhou'],
    ['周强副书记', 'zhou'],
    // The short form in brackets is also after the name.
    ['李明（书记）', 'li'],
    // 重名 told apart by the post: 区委副书记 gives 副书记, never 书记.
    ['李明副书记', 'li2'],
    // A 常务副区长 is a 副区长, not a 区长.
    ['王芳副区长', 'wang'],
    ['王芳常务副区长', 'wang'],
    // Each post of 区委副书记、区长 is said alone.
    ['孙伟区长', 'sun'],
    ['孙伟副书记', 'sun'],
  ])('%s is %s', (cn, id) => {
    expect(byCn(cn)).toEqual([id]);
  });

  test.each([
    // Not a post that person holds.
    ['李明主任'],
    ['赵刚书记'],
    // Dropping the 副 makes another post.
    ['王芳区长'],
    ['孙伟书记'],
    // Nor does an ending start inside the post after its 副: a 副总河长 is no 河长 (nor 总河长).
    ['陈静河长'],
    ['陈静总河长'],
    // Two 陈静 who are each some 主任: nobody rather than a guess.
    ['陈静主任'],
    // One character is no post.
    ['李明记'],
    // Before the name the post is written whole (区委书记李明); its tail there is not read.
    ['书记李明'],
  ])('%s names nobody', (cn) => {
    expect(byCn(cn)).toEqual([`unknown:${cn.normalize('NFKC')}`]);
  });

  test('the whole post after the name still counts, and a distinct post still tells 重名 apart', () => {
    expect(byCn('陈静区委办主任')).toEqual(['chen']);
    expect(byCn('陈静（区人大常委会主任）')).toEqual(['chen2']);
    expect(byCn('李明区委书记')).toEqual(['li']);
  });

  test('the address decides first: under an address the config does not list for him, 李明书记 is someone else', () => {
    const o = occurrence({ calendar: gov, start: '2027-02-23 09:00', attendees: [{ address: 'mailto:liming@town.gov.example', name: '李明书记' }] });
    expect(d.participantsOf(o).map((p) => p.person.id)).toEqual(['unknown:liming@town.gov.example']);
    // …and that line is the namesake staff are told about (unlisted-address), named apart from the other 李明 (QJ-6).
    expect(d.namesakeOf(o.attendees[0]!)).toEqual({ id: 'li', name: '李明（区委书记）', known: true });
  });
});

describe('the short form in an OA notice\'s 出席领导 line and a 领导活动安排 head', () => {
  const named = (fields: { description?: string; summary?: string }) =>
    d.participantsOf({ ...occurrence({ calendar: gov, start: '2027-03-16 14:00' }), description: fields.description ?? null, summary: fields.summary ?? '' })
      .map((p) => `${p.person.id}:${p.via}`);

  test.each([
    ['出席领导：李明书记、赵刚主任', ['li:description', 'zhao:description']],
    ['参会人员：李明书记及相关部门负责人', ['li:description']],
    ['出席领导：李明副书记', ['li2:description']],
    ['出席领导：李明主任、陈静主任', []],
  ])('%s', (description, expected) => {
    expect(named({ description })).toEqual(expected);
  });

  test.each([
    ['李明书记：赴青石镇调研两会精神宣讲工作', ['li:summary']],
    ['李明书记、赵刚主任：赴青石镇调研', ['li:summary', 'zhao:summary']],
    ['【赵刚主任】接待市人大调研组', ['zhao:summary']],
    // One head that names nobody makes the whole head name nobody, as before.
    ['李明书记、陈静主任：赴青石镇调研', []],
    ['王芳区长：赴青石镇调研', []],
  ])('%s', (summary, expected) => {
    expect(named({ summary })).toEqual(expected);
  });
});

describe('properties', () => {
  const roles = ['区委书记', '区委副书记', '区纪委书记', '区长', '副区长', '常务副区长', '区人大常委会主任', '区人大常委会副主任', '区委办主任', '总河长', '副总河长', '副秘书长'];
  const posts = ['书记', '副书记', '委书记', '区委书记', '区长', '副区长', '主任', '副主任', '委办主任', '记', '长', '同志', '河长', '总河长', '秘书长', '书长'];

  /**
   * Reference, written from the README's words rather than the code's tails: a post after the name fits a role it
   * ends, of two or more characters, unless a 副 of the role stands before it (the ending drops it); 同志 fits anyone.
   */
  const fits = (post: string, held: readonly string[]): boolean =>
    post === '同志' || held.some((role) => role === post || (post.length >= 2 && role.endsWith(post) && !role.slice(0, role.length - post.length).includes('副')));

  test('two 李明 with any roles: 李明<post> is the one person it fits, or nobody', () => {
    fc.assert(
      fc.property(fc.subarray(roles), fc.subarray(roles), fc.constantFrom(...posts), (first, second, post) => {
        const directory = createDirectory([
          { id: 'a', name: '李明', roles: first },
          { id: 'b', name: '李明', roles: second },
        ]);
        const fitting = [['a', first] as const, ['b', second] as const].filter(([, held]) => fits(post, held)).map(([id]) => id);
        const o = occurrence({ start: '2027-02-23 09:00', attendees: [{ address: 'invalid:nomail', name: `李明${post}` }] });
        const expected = fitting.length === 1 ? fitting[0]! : `unknown:李明${post}`;
        expect(directory.participantsOf(o).map((p) => p.person.id)).toEqual([expected]);
      }),
    );
  });
});
