import { displayNames } from '../../src/people/display-name.js';
import { createDirectory } from '../../src/people/directory.js';
import type { Person } from '../../src/model/person.js';

describe('displayNames (QJ-6): a namesake is named with what tells him apart', () => {
  test('no namesakes: nobody is renamed', () => {
    expect(displayNames([{ id: 'li', name: '李明', roles: ['区长'] }, { id: 'wang', name: '王芳', roles: ['区长'] }])).toEqual(new Map());
  });

  test('two 李明: by a post the other does not hold (区长 / 副区长), not by the shared one', () => {
    const people: Person[] = [
      { id: 'li-qs', name: '李明', roles: ['副总河长', '区长'], office: '青山区政府' },
      { id: 'li-jb', name: '李明', roles: ['副总河长', '副区长'], office: '江北区政府' },
      { id: 'wang', name: '王芳', roles: ['区长'] },
    ];
    expect(displayNames(people)).toEqual(new Map([['li-qs', '李明（区长）'], ['li-jb', '李明（副区长）']]));
  });

  test('the same posts: by the office; no post of his own and the same office: by the id', () => {
    expect(displayNames([
      { id: 'li-qs', name: '李明', roles: ['副区长'], office: '青山区政府' },
      { id: 'li-jb', name: '李明', roles: ['副区长'], office: '江北区政府' },
    ])).toEqual(new Map([['li-qs', '李明（青山区政府）'], ['li-jb', '李明（江北区政府）']]));
    expect(displayNames([
      { id: 'li-1', name: '李明', roles: ['副区长'], office: '区政府' },
      { id: 'li-2', name: '李 明', office: '区政府' },
    ])).toEqual(new Map([['li-1', '李明（副区长）'], ['li-2', '李 明（li-2）']]));
  });

  test('three 张伟: each label differs from the other two', () => {
    const names = displayNames([
      { id: 'z1', name: '张伟', roles: ['市委常委', '区委书记'] },
      { id: 'z2', name: '张伟', roles: ['区委书记'] },
      { id: 'z3', name: '张伟', roles: ['区委书记'], office: '南湖区委' },
    ]);
    expect(names).toEqual(new Map([['z1', '张伟（市委常委）'], ['z2', '张伟（z2）'], ['z3', '张伟（南湖区委）']]));
  });

  test('one label alike for two (a post of one is the office of the other): both by id', () => {
    expect(displayNames([
      { id: 'a', name: '陈静', roles: ['区委办'] },
      { id: 'b', name: '陈静', office: '区委办' },
    ])).toEqual(new Map([['a', '陈静（a）'], ['b', '陈静（b）']]));
  });

  test('the directory names namesakes so to the rules; the others as before', () => {
    const d = createDirectory([
      { id: 'li-qs', name: '李明', roles: ['区长'], aliases: ['mailto:liming@qs.gov.example'] },
      { id: 'li-jb', name: '李明', roles: ['副区长'], aliases: ['mailto:liming@jb.gov.example'] },
      { id: 'wang', name: '王芳', roles: ['区长'], aliases: ['mailto:wangfang@jb.gov.example'] },
    ]);
    expect(d.resolve('mailto:liming@jb.gov.example')).toEqual({ id: 'li-jb', name: '李明（副区长）', known: true });
    expect(d.resolve('wangfang@jb.gov.example')).toEqual({ id: 'wang', name: '王芳', known: true });
  });
});
