/**
 * 青山区政府's two leaders as the scenarios about edited and cancelled meetings (qa-2026l-*, revision-fix-*) list them
 * in the people directory: the 区长 李明 and the 副区长 王芳, each known by mail address.
 */
export const li = { id: 'li', name: '李明', roles: ['区长'], office: '青山区政府', aliases: ['liming@qs.gov.example'] };
export const wang = { id: 'wang', name: '王芳', roles: ['副区长'], office: '青山区政府', aliases: ['wangfang@qs.gov.example'] };
/** Both, in that order. */
export const people = [li, wang];
