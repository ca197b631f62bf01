import { occurrenceIds } from '../../../src/rules/internal/occurrence-ids.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

describe('occurrenceIds', () => {
  const party = occ({ calendar: 'party', uid: 'm@qu.gov.cn', start: '2022-06-15 09:00', summary: '全区河湖长制工作推进会' });
  const diary = occ({ calendar: { id: 'li', owner: 'li' }, uid: 'm@qu.gov.cn', start: '2022-06-15 09:00', summary: '参加：全区河湖长制工作推进会' });
  const row = occ({ calendar: 'gov', uid: '1', start: '2022-06-15 09:00', summary: '常务会议' });
  const other = occ({ calendar: 'gov', uid: 'other@qu.gov.cn', start: '2022-06-15 10:00', summary: '常务会议' });

  test('equal UIDs and equal comparable titles get equal numbers, by index in the array, in any order', () => {
    const ids = occurrenceIds([row, party, other, diary]);
    expect(ids.uid[1]).toBe(ids.uid[3]);
    expect(new Set([ids.uid[0], ids.uid[1], ids.uid[2]]).size).toBe(3);
    // The diary's attending verb is no part of the title compared (comparableTitle).
    expect(ids.title[1]).toBe(ids.title[3]);
    expect(ids.title[0]).toBe(ids.title[2]);
    expect(ids.title[0]).not.toBe(ids.title[1]);
  });

  test('a UID number says whether the UID is global; the personal bit whether the calendar has an owner', () => {
    const ids = occurrenceIds([row, party, diary]);
    expect(ids.globalUid[ids.uid[0]!]).toBe(0);
    expect(ids.globalUid[ids.uid[1]!]).toBe(1);
    expect([...ids.personal]).toEqual([0, 0, 1]);
  });

  test('each array has its own numbers: another check is not answered from this one', () => {
    const first = occurrenceIds([party, diary]);
    const second = occurrenceIds([row, party]);
    expect(first).not.toBe(second);
    expect(second.uid[1]).not.toBe(second.uid[0]);
    expect(occurrenceIds([party, diary])).not.toBe(first);
  });
});
