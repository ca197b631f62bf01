/**
 * QH-5: a congress's whole-session entry and its own sittings inside it are one engagement; nothing else
 * during the session is.
 */
import { sittingTitle } from '../../../src/rules/internal/meeting-name.js';
import { sessionSitting } from '../../../src/rules/internal/session-sitting.js';
import { mayPairWithoutClash } from '../../../src/rules/internal/occurrence-ref.js';
import { occurrence as occ } from '../../helpers/occurrence.js';

const NAME = '江滨区第十八届人民代表大会第六次会议';
const npc = { id: 'npc', office: '区人大办', level: 'district' as const };
const session = (extra: { summary?: string; location?: string | null; start?: string; end?: string } = {}) =>
  occ({ calendar: npc, uid: 'session', summary: NAME, start: '2027-02-23', end: '2027-02-26', location: '区人民会堂', ...extra });
const sitting = (summary: string, extra: { location?: string | null; start?: string; end?: string; calendar?: string } = {}) =>
  occ({ calendar: npc, uid: `sitting-${summary}`, summary, start: '2027-02-23 09:00', end: '2027-02-23 11:30', location: '区人民会堂', ...extra });

describe('sittingTitle', () => {
  test.each([
    `${NAME}第一次全体会议`,
    `${NAME}开幕会`,
    `${NAME}预备会议`,
    `${NAME}主席团第一次会议`,
    `召开${NAME}闭幕会（视频直播）`,
    `${NAME.slice(0, 4)} ${NAME.slice(4)}开幕会`,
    // QI-7: the leader's diary writes the sitting he attends; the OA brackets the sitting.
    `出席${NAME}开幕会`,
    `参加：${NAME}第一次全体会议`,
    `${NAME}（第一次全体会议）`,
  ])('%s is a sitting of the session', (title) => {
    expect(sittingTitle(title, NAME)).toBe(true);
  });

  test.each([
    [NAME, 'the session itself (nothing after its name)'],
    [`${NAME}（扩大）`, 'only a note after its name'],
    [`${NAME}精神传达会`, 'a meeting relaying it'],
    [`${NAME}筹备工作会议`, 'a meeting preparing it'],
    [`传达学习${NAME}精神`, 'its name not first'],
    [`出席${NAME}（视频）`, 'attending the session itself, a note after it'],
    [`${NAME}（筹备工作会议）`, 'a bracketed meeting preparing it'],
    ['政协江滨区第十届委员会第六次会议开幕会', 'another session'],
  ])('%s is no sitting (%s)', (title) => {
    expect(sittingTitle(title, NAME)).toBe(false);
  });

  test('a number does not run on, and a name under four characters names no session', () => {
    expect(sittingTitle('专题会议12', '专题会议1')).toBe(false);
    expect(sittingTitle('人代会开幕会', '人代会')).toBe(false);
    expect(sittingTitle('全区人代会开幕会', '全区人代会')).toBe(true);
  });
});

describe('sessionSitting', () => {
  test('the first plenary in the hall within the session\'s days', () => {
    expect(sessionSitting(sitting(`${NAME}第一次全体会议`), session())).toBe(true);
    expect(sessionSitting(session(), sitting(`${NAME}第一次全体会议`))).toBe(false);
  });

  test('a room within the hall, or no place on either side, agrees', () => {
    expect(sessionSitting(sitting(`${NAME}开幕会`, { location: '区人民会堂大礼堂' }), session())).toBe(true);
    expect(sessionSitting(sitting(`${NAME}开幕会`, { location: null }), session())).toBe(true);
    expect(sessionSitting(sitting(`${NAME}开幕会`), session({ location: null }))).toBe(true);
  });

  test('another place, or a time outside the session, or the very same times: no sitting of it', () => {
    expect(sessionSitting(sitting(`${NAME}开幕会`, { location: '江滨宾馆' }), session())).toBe(false);
    expect(sessionSitting(sitting(`${NAME}开幕会`, { start: '2027-02-26 09:00', end: '2027-02-26 10:00' }), session())).toBe(false);
    expect(sessionSitting(sitting(`${NAME}开幕会`, { start: '2027-02-25 17:00', end: '2027-02-26 09:00' }), session())).toBe(false);
    const timed = session({ start: '2027-02-23 09:00', end: '2027-02-23 11:30' });
    expect(sessionSitting(sitting(`${NAME}开幕会`), timed)).toBe(false);
  });

  test('a delegation\'s group discussion at its hotel is a sitting (QI-10); another sitting there is not', () => {
    expect(sessionSitting(sitting(`${NAME}青石镇代表团分组审议政府工作报告`, { location: '江滨宾馆三楼会议室' }), session())).toBe(true);
    expect(sessionSitting(sitting(`${NAME}第二次全体会议`, { location: '江滨宾馆三楼会议室' }), session())).toBe(false);
  });

  test('another session\'s sitting in the same hall is no sitting of it', () => {
    expect(sessionSitting(sitting('政协江滨区第十届委员会第六次会议开幕会'), session())).toBe(false);
  });

  test('mayPairWithoutClash over-approximates it (a slot search must not treat a sitting as blocked by its session)', () => {
    expect(mayPairWithoutClash(sitting(`${NAME}第二次全体会议`), session(), false, false)).toBe(true);
    expect(mayPairWithoutClash(sitting('政协江滨区第十届委员会第六次会议开幕会'), session(), false, false)).toBe(false);
  });
});
