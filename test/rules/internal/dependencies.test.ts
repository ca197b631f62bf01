import { relatedTo } from '../../../src/rules/related-to.js';
import { linkUidKey } from '../../../src/rules/internal/dependencies.js';
import { runRule } from '../../helpers/rule-tester.js';
import { occurrence } from '../../helpers/occurrence.js';

const GUID = '6F9619FF-8B86-D011-B42D-00C04FC964FF';

/** A city meeting with `uid`, and a district meeting before it that names it as `target`. */
function pairOf(uid: string, target: string) {
  const city = occurrence({ calendar: 'shi', uid, start: '2022-05-10 09:00', summary: '市会议' });
  const district = occurrence({ calendar: 'qu', uid: 'qu-1@qu.gov.cn', start: '2022-05-09 09:00', summary: '区会议', relations: [{ target, relType: 'FINISHTOSTART' }] });
  return runRule(relatedTo, { occurrences: [city, district] }).map((f) => [f.kind, f.occurrences.map((o) => o.key)]);
}

describe('related-to: a link names its target UID in any of the forms tools write (RFC 9253 §9.1, RFC 4122 §3)', () => {
  test.each([
    ['urn:uuid: prefix, upper-case UUID → lower-case UID', GUID.toLowerCase(), `urn:uuid:${GUID}`],
    ['bare lower-case → upper-case UUID UID', GUID, GUID.toLowerCase()],
    ['UID written with the prefix (any case), link bare', `URN:UUID:${GUID}`, GUID],
    ['UID with outer white space (a hand-edited OA export)', ` ${GUID.toLowerCase()}\u3000`, GUID],
    ['UID that starts with u but is no URN', 'u-42@oa.example', 'u-42@oa.example'],
  ])('%s', (_name, uid, target) => {
    expect(pairOf(uid, target)).toEqual([['order', ['qu/qu-1@qu.gov.cn', `shi/${uid}`]]]);
  });

  test('a UID that is not a UUID compares case-sensitively: no pairing', () => {
    expect(pairOf('ABC-1@qu.gov.cn', 'abc-1@qu.gov.cn')).toEqual([]);
    expect(linkUidKey('ABC-1@qu.gov.cn')).toBe('ABC-1@qu.gov.cn');
  });
});
