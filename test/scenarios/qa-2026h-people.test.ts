/**
 * QA 2026h (两会 season, January–March 2027) — the district's own 两会 opening, as the 区人大办's OA exports its notice:
 * leaders named with their posts the way everyone says them. `test.failing` ones pin open bugs under their QH id (see
 * /work/notes/qa-2026h.md).
 */
import { digest, ofKind, run, vcalendar } from './harness.js';

const people = [
  { id: 'li', name: '李明', roles: ['区委书记'], aliases: ['liming@jb.gov.example'] },
  { id: 'wang', name: '王芳', roles: ['区长'] },
  { id: 'zhao', name: '赵刚', roles: ['区人大常委会主任'] },
];

/** The opening sitting with the given attendee / description lines, on the 区人大办's calendar (floating times). */
function report(lines: string[], directory: readonly object[] = people) {
  const calendar = vcalendar([
    'BEGIN:VEVENT', 'UID:oa-2027-0223', 'DTSTAMP:20261201T000000Z', 'SUMMARY:江滨区第十八届人民代表大会第六次会议开幕会',
    'DTSTART:20270223T090000', 'DTEND:20270223T113000', 'LOCATION:区人民会堂', ...lines, 'END:VEVENT',
  ], ['X-WR-TIMEZONE:Asia/Shanghai']);
  return run({
    timezone: 'Asia/Shanghai', window: { from: '2027-02-01', to: '2027-02-28' }, people: directory,
    calendars: [{ id: 'npc', file: 'npc.ics', office: '区人大办', level: 'district' }],
    rules: [{ id: 'opening', kind: 'required-attendance', event: { summary: '人民代表大会.*开幕' }, people: ['role:区委书记', 'role:区人大常委会主任'] }],
  }, { 'npc.ics': calendar });
}

describe('QH-4: a leader named with the short form of his post (李明书记, 赵刚主任) is that leader — no required-missing error for leaders the notice names', () => {
  // The OA's 会议通知 names the leaders as everyone in the 区 says them: 李明书记 (his post 区委书记), 赵刚主任 (区人大常委会主任).
  // README (people): a CN or a 出席领导 line written "as a directory name plus one of that person's roles" — 李明（区长）,
  // 区长李明, 李明区长 — is that person. The short form of the configured post is never written out in full after a name
  // (nobody says 李明区委书记): the report says “李明 应出席“江滨区第十八届人民代表大会第六次会议开幕会”……但不在参会人员中
  // （要求：role:区委书记）” — an error, for the two leaders whose presence the notice states. The tail of a configured
  // role (书记 of 区委书记, 主任 of …主任) after a whole directory name, when exactly one person fits, should count.
  // Suspected: the name-plus-post matcher in src/people (directory CN matching, also used for 出席领导 lines).
  test('出席领导：李明书记、赵刚主任: no finding', () => {
    expect(digest(report(['DESCRIPTION:出席领导：李明书记、赵刚主任']))).toEqual([]);
  });

  test('ATTENDEE CN=李明书记 / CN=赵刚主任 without addresses: no finding', () => {
    expect(digest(report(['ATTENDEE;CN=李明书记:invalid:nomail', 'ATTENDEE;CN=赵刚主任:invalid:nomail']))).toEqual([]);
  });

  // The same in the 区委办's 领导活动安排, which heads each entry with the leader as everyone writes him: `李明书记：赴青石镇
  // 调研` books nobody, so the 区委专题会 李明 is invited to in the middle of that trip is no double booking.
  function activity(head: string) {
    const calendar = vcalendar([
      'BEGIN:VEVENT', 'UID:act-0316@party', 'DTSTAMP:20261201T000000Z', `SUMMARY:${head}：赴青石镇调研两会精神宣讲工作`, 'DTSTART:20270316T140000', 'DTEND:20270316T170000', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:mtg-0316@party', 'DTSTAMP:20261201T000000Z', 'SUMMARY:区委专题会', 'DTSTART:20270316T150000', 'DTEND:20270316T160000',
      'ATTENDEE;CN=李明:mailto:liming@jb.gov.example', 'END:VEVENT',
    ], ['X-WR-TIMEZONE:Asia/Shanghai']);
    return run({
      timezone: 'Asia/Shanghai', window: { from: '2027-03-01', to: '2027-03-31' }, people,
      calendars: [{ id: 'party', file: 'party.ics', office: '区委办', level: 'district' }],
      rules: [{ id: 'people', kind: 'no-double-booking' }],
    }, { 'party.ics': calendar });
  }

  test('领导活动安排 李明书记：赴青石镇调研… books him: a double booking with the 区委专题会', () => {
    expect(digest(activity('李明书记'))).toEqual(['double-booking people act-0316@party mtg-0316@party']);
  });

  test.each(['李明', '区委书记李明', '李明同志'])('guard: 领导活动安排 %s：赴青石镇调研… books him', (head) => {
    expect(digest(activity(head))).toEqual(['double-booking people act-0316@party mtg-0316@party']);
  });

  test('guard: the posts written out (区委书记李明, 赵刚（区人大常委会主任）): no finding', () => {
    expect(digest(report(['DESCRIPTION:出席领导：区委书记李明、赵刚（区人大常委会主任）']))).toEqual([]);
  });

  test('guard: someone else\'s post after the name (李明主任 — 李明 is no 主任) names nobody: two required-missing', () => {
    expect(digest(report(['DESCRIPTION:出席领导：李明主任']))).toEqual(['required-missing opening oa-2027-0223', 'required-missing opening oa-2027-0223']);
  });

  // 重名: the district has a second 李明, its 区委副书记 (a 副书记 is no 书记), or its 区纪委书记 (also a 书记).
  const deputy = [...people, { id: 'li2', name: '李明', roles: ['区委副书记'], aliases: ['liming2@jb.gov.example'] }];
  const discipline = [...people, { id: 'li3', name: '李明', roles: ['区纪委书记'], aliases: ['liming3@jb.gov.example'] }];

  test('guard: with a second 李明 who is 区委副书记, 李明书记 is still the 区委书记: no finding', () => {
    expect(digest(report(['DESCRIPTION:出席领导：李明书记、赵刚主任'], deputy))).toEqual([]);
  });

  test('guard: 李明副书记 is the 区委副书记, not the 区委书记 the opening needs: one required-missing', () => {
    const result = report(['DESCRIPTION:出席领导：李明副书记、赵刚主任'], deputy);
    expect(digest(result)).toEqual(['required-missing opening oa-2027-0223']);
    expect(ofKind(result, 'required-missing').map((f) => f.data.personId)).toEqual(['li']);
  });

  test('guard: with a 区纪委书记 李明 too, 李明书记 fits both and names nobody (no guess): one required-missing', () => {
    const result = report(['DESCRIPTION:出席领导：李明书记、赵刚主任'], discipline);
    expect(digest(result)).toEqual(['required-missing opening oa-2027-0223']);
    expect(ofKind(result, 'required-missing').map((f) => f.data.personId)).toEqual(['li']);
    // Written whole, the post tells them apart.
    expect(digest(report(['DESCRIPTION:出席领导：区委书记李明、赵刚主任'], discipline))).toEqual([]);
  });
});
