/**
 * QA 2026l (calendars that change): a moved or cancelled meeting as 青山区's offices load it during the week —
 * the city's 总河长会议 moved on the 市委办's calendar while the 区委办 still holds the old invitation, moves with and
 * without a raised SEQUENCE, the old and the new export both loaded, cancellations by STATUS, by METHOD:CANCEL and
 * by an attendee's PARTSTAT=DECLINED. Expected findings are read from README ("How loading treats real-world
 * calendars", `no-double-booking`, `follows`); bugs are `test.failing` pins named QL-n (/work/notes/qa-2026l.md).
 */
import { renderProblem } from '../../src/index.js';
import { digest, run, vcalendar } from './harness.js';

const people = [
  { id: 'zhang', name: '张伟', roles: ['区委书记', '总河长'], office: '青山区委', aliases: ['zhangwei@qs.gov.example'] },
  { id: 'li', name: '李明', roles: ['区长', '副总河长'], office: '青山区政府', aliases: ['liming@qs.gov.example'] },
  { id: 'wang', name: '王芳', roles: ['副区长'], office: '青山区政府', aliases: ['wangfang@qs.gov.example'] },
];
const allCalendars = [
  { id: 'city-party', file: 'city-party.ics', office: '江州市委办', level: 'city' },
  { id: 'city-party-old', file: 'city-party-old.ics', office: '江州市委办', level: 'city' },
  { id: 'city-cancel', file: 'city-cancel.ics', office: '江州市委办', level: 'city' },
  { id: 'qs-party', file: 'qs-party.ics', office: '青山区委办', level: 'district' },
  { id: 'qs-congress', file: 'qs-congress.ics', office: '青山区人大办', level: 'district' },
  { id: 'qs-gov', file: 'qs-gov.ics', office: '青山区政府办', level: 'district' },
  { id: 'qs-cppcc', file: 'qs-cppcc.ics', office: '青山区政协办', level: 'district' },
  { id: 'zhang-diary', file: 'zhang-diary.ics', office: '青山区委办', level: 'district', owner: 'zhang' },
  { id: 'li-diary', file: 'li-diary.ics', office: '青山区政府办', level: 'district', owner: 'li' },
];
const river = { id: 'river', kind: 'follows', dependent: { level: 'district', summary: '总河长会议' }, prerequisite: { level: 'city', summary: '总河长会议' }, cycle: 'year' };
const booking = { id: 'booking', kind: 'no-double-booking' };
const rooms = { id: 'rooms', kind: 'venue' };

function config(rules: readonly object[] = [river, booking, rooms]): object {
  return { timezone: 'Asia/Shanghai', window: { from: '2026-06-01', to: '2026-06-30' }, calendars: allCalendars, people, rules };
}

/** One VEVENT as DingTalk/OA exports write it: floating times, a DTSTAMP of the export. */
function event(uid: string, summary: string, start: string, end: string, ...lines: string[]): string[] {
  return ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260601T000000Z', `SUMMARY:${summary}`, `DTSTART:${start}`, `DTEND:${end}`, ...lines, 'END:VEVENT'];
}
const att = (address: string, partstat = 'ACCEPTED'): string => `ATTENDEE;PARTSTAT=${partstat}:mailto:${address}`;
const cityOrganizer = 'ORGANIZER;CN=江州市委办:mailto:swb@jz.gov.example';

/** Every calendar's file: the given ones with their events, the others empty exports. */
function files(events: Readonly<Record<string, readonly string[][]>>, heads: Readonly<Record<string, readonly string[]>> = {}): Record<string, string> {
  return Object.fromEntries(allCalendars.map((c) => [c.file, vcalendar((events[c.id] ?? []).flat(), ['X-WR-TIMEZONE:Asia/Shanghai', ...(heads[c.id] ?? [])])]));
}

const cityRiver = (start: string, end: string, ...lines: string[]): string[] =>
  event('jz-river-2026@jz.gov.example', '2026年全市总河长会议', start, end, cityOrganizer, 'LOCATION:市行政中心1号楼大会堂', att('zhangwei@qs.gov.example'), ...lines);
const districtRiver = (start = '20260610T090000', end = '20260610T113000', ...lines: string[]): string[] =>
  event('qs-river-2026@qs.gov.example', '青山区2026年总河长会议', start, end, 'ORGANIZER;CN=青山区委办:mailto:qwb@qs.gov.example', 'LOCATION:区委大楼301会议室', att('zhangwei@qs.gov.example'), att('liming@qs.gov.example'), ...lines);

describe('the city moves its 总河长会议 from 8 to 15 June; the 区委办 still holds the invitation of the 8th', () => {
  test('SEQUENCE raised on the 市委办 calendar: the district meeting of the 10th comes before the city meeting — order', () => {
    const report = run(config(), files({
      'city-party': [cityRiver('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'LAST-MODIFIED:20260605T080000Z')],
      'qs-party': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:0'), districtRiver()],
    }));
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });

  test('SEQUENCE not raised (OA), the 市委办 copy LAST-MODIFIED later: the 区委办 copy is stale — order', () => {
    const report = run(config(), files({
      'city-party': [cityRiver('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260605T080000Z')],
      'qs-party': [cityRiver('20260608T090000', '20260608T113000', 'LAST-MODIFIED:20260520T080000Z'), districtRiver()],
    }));
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });

  test('nothing tells the copies apart: the 区委办 copy at a time the organizing 市委办 no longer holds is no prerequisite — order', () => {
    // README follows: "A copy of a higher office's meeting at a time that office no longer holds it … is neither a
    // dependent nor a prerequisite: nothing says which time is current."
    const report = run(config(), files({
      'city-party': [cityRiver('20260615T090000', '20260615T113000')],
      'qs-party': [cityRiver('20260608T090000', '20260608T113000'), districtRiver()],
    }));
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });

  test('the 市委办 export of last week and this week both loaded (two calendars of one office): the newer revision wins — order', () => {
    const report = run(config(), files({
      'city-party-old': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:0', 'LAST-MODIFIED:20260520T080000Z')],
      'city-party': [cityRiver('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'LAST-MODIFIED:20260605T080000Z')],
      'qs-party': [districtRiver()],
    }));
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });

  test('both exports pasted into one file (copy /b old.ics+new.ics): one revision kept, the other skipped as duplicate-uid — order', () => {
    const both = vcalendar(cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:0'), ['X-WR-TIMEZONE:Asia/Shanghai'])
      + vcalendar(cityRiver('20260615T090000', '20260615T113000', 'SEQUENCE:1'), ['X-WR-TIMEZONE:Asia/Shanghai']);
    const report = run(config(), { ...files({ 'qs-party': [districtRiver()] }), 'city-party.ics': both });
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
    expect(report.summary.skipped).toBe(1);
  });

  test('the move is the other way (15 → 8 June) with SEQUENCE raised: the stale copy of the 15th is no prerequisite — no finding', () => {
    const report = run(config(), files({
      'city-party': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:1')],
      'qs-party': [cityRiver('20260615T090000', '20260615T113000', 'SEQUENCE:0'), districtRiver()],
    }));
    expect(digest(report)).toEqual([]);
  });

  test('the 区委办 moves its own meeting after the city one (SEQUENCE raised on its calendar, stale on the 区长 diary): no finding', () => {
    const report = run(config(), files({
      'city-party': [cityRiver('20260608T090000', '20260608T113000')],
      'qs-party': [districtRiver('20260612T090000', '20260612T113000', 'SEQUENCE:1')],
      'li-diary': [districtRiver('20260605T090000', '20260605T113000', 'SEQUENCE:0')],
    }));
    expect(digest(report)).toEqual([]);
  });

  test('the district moves its meeting before the city one on the 区长 diary only, nothing raised: both copies are held — the early one is order', () => {
    // README: copies with the same SEQUENCE and nothing telling them apart that disagree on the time both keep booking;
    // a copy on a leader's diary is a dependent as well (the ORGANIZER is the 区委办, at its own level).
    const report = run(config([river]), files({
      'city-party': [cityRiver('20260608T090000', '20260608T113000')],
      'qs-party': [districtRiver('20260612T090000', '20260612T113000')],
      'li-diary': [districtRiver('20260605T090000', '20260605T113000')],
    }));
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });
});

describe('a moved meeting books its people at its new time only', () => {
  const gov = (uid: string, summary: string, start: string, end: string, ...lines: string[]): string[] =>
    event(uid, summary, start, end, 'ORGANIZER;CN=青山区政府办:mailto:zfb@qs.gov.example', ...lines);
  const standing = (start: string, end: string, ...lines: string[]): string[] =>
    gov('qs-gov-standing-12@qs.gov.example', '区政府第12次常务会议', start, end, 'LOCATION:区政府大楼第一会议室', att('liming@qs.gov.example'), att('wangfang@qs.gov.example'), ...lines);
  const inspection = gov('qs-gov-inspect@qs.gov.example', '安全生产督导检查', '20260616T090000', '20260616T113000', 'LOCATION:青石镇', att('liming@qs.gov.example'));
  const reception = gov('qs-gov-reception@qs.gov.example', '接待市发改委调研组', '20260615T090000', '20260615T113000', 'LOCATION:区政府大楼第一会议室', att('liming@qs.gov.example'));

  test('moved 15 → 16 June with SEQUENCE 1, the 区长 diary still at SEQUENCE 0 on the 15th: a clash on the 16th, none on the 15th', () => {
    const report = run(config(), files({
      'qs-gov': [standing('20260616T090000', '20260616T113000', 'SEQUENCE:1'), inspection, reception],
      'li-diary': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:0')],
    }));
    expect(digest(report)).toEqual(['double-booking booking qs-gov-inspect@qs.gov.example qs-gov-standing-12@qs.gov.example']);
  });

  test('the same move with SEQUENCE not raised and the diary copy LAST-MODIFIED earlier: the same findings', () => {
    const report = run(config(), files({
      'qs-gov': [standing('20260616T090000', '20260616T113000', 'LAST-MODIFIED:20260612T010000Z'), inspection, reception],
      'li-diary': [standing('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260601T010000Z')],
    }));
    expect(digest(report)).toEqual(['double-booking booking qs-gov-inspect@qs.gov.example qs-gov-standing-12@qs.gov.example']);
  });

  test('one office cancels (STATUS:CANCELLED, SEQUENCE 1), the 区长 diary still confirmed at SEQUENCE 0: the meeting books nobody and no room', () => {
    const report = run(config(), files({
      'qs-gov': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'STATUS:CANCELLED'), reception],
      'li-diary': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:0')],
    }));
    expect(digest(report)).toEqual([]);
  });

  test('a cancelled copy and a confirmed copy with one SEQUENCE and nothing newer: held — the clash stands', () => {
    // README cadence: "one office's cancelled copy of a meeting another office still lists is held".
    const report = run(config([booking]), files({
      'qs-gov': [standing('20260615T090000', '20260615T113000'), reception],
      'qs-party': [standing('20260615T090000', '20260615T113000', 'STATUS:CANCELLED')],
    }));
    expect(digest(report)).toEqual(['double-booking booking qs-gov-reception@qs.gov.example qs-gov-standing-12@qs.gov.example']);
  });

  test('a METHOD:CANCEL file saved from the cancellation e-mail (SEQUENCE 1, STATUS:CANCELLED) cancels the invitation on the 区长 diary', () => {
    const report = run(config(), files({
      'qs-gov': [reception],
      'li-diary': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:0')],
      'qs-congress': [standing('20260615T090000', '20260615T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')],
    }, { 'qs-congress': ['METHOD:CANCEL'] }));
    expect(digest(report)).toEqual([]);
  });

  test('a METHOD:CANCEL without STATUS listing 李明 (an uninvite): 李明 is not booked, 王芳 still is', () => {
    const wangBusy = gov('qs-gov-wang@qs.gov.example', '听取城建工作汇报', '20260615T100000', '20260615T110000', 'LOCATION:区政府大楼第三会议室', att('wangfang@qs.gov.example'));
    const uninvite = event('qs-gov-standing-12@qs.gov.example', '区政府第12次常务会议', '20260615T090000', '20260615T113000', 'ORGANIZER;CN=青山区政府办:mailto:zfb@qs.gov.example', 'SEQUENCE:1', att('liming@qs.gov.example'));
    const report = run(config([booking]), files({
      'qs-gov': [standing('20260615T090000', '20260615T113000'), reception, wangBusy],
      'qs-congress': [uninvite],
    }, { 'qs-congress': ['METHOD:CANCEL'] }));
    expect(digest(report)).toEqual(['double-booking booking qs-gov-standing-12@qs.gov.example qs-gov-wang@qs.gov.example']);
  });

  test('李明 declined on his own diary copy (PARTSTAT=DECLINED), the office copy NEEDS-ACTION: he is not booked', () => {
    const report = run(config([booking]), files({
      'qs-gov': [standing('20260615T090000', '20260615T113000').map((l) => l.replace('PARTSTAT=ACCEPTED:mailto:liming', 'PARTSTAT=NEEDS-ACTION:mailto:liming')), reception],
      'li-diary': [standing('20260615T090000', '20260615T113000').map((l) => l.replace('PARTSTAT=ACCEPTED:mailto:liming', 'PARTSTAT=DECLINED:mailto:liming'))],
    }));
    expect(digest(report)).toEqual([]);
  });

  test('the title says 【已取消】 on the diary (Outlook leaves it so), the office still confirmed, same SEQUENCE: held — the clash stands', () => {
    const report = run(config([booking]), files({
      'qs-gov': [standing('20260615T090000', '20260615T113000'), reception],
      'li-diary': [standing('20260615T090000', '20260615T113000').map((l) => l.replace('SUMMARY:', 'SUMMARY:已取消: '))],
    }));
    expect(digest(report)).toEqual(['double-booking booking qs-gov-reception@qs.gov.example qs-gov-standing-12@qs.gov.example']);
  });
});

describe('the ordering cascade under the city\'s edits', () => {
  test('the city cancels its 总河长会议 (SEQUENCE 1, CANCELLED) while the 区委办 copy is still confirmed: the district meeting is order-missing', () => {
    const report = run(config([river]), files({
      'city-party': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')],
      'qs-party': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:0'), districtRiver()],
    }));
    expect(digest(report)).toEqual(['order-missing river qs-river-2026@qs.gov.example']);
  });

  test('the city cancels by a METHOD:CANCEL file the 区委办 saved next to its calendar: order-missing', () => {
    const report = run(config([river]), files({
      'city-cancel': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:1', 'STATUS:CANCELLED')],
      'qs-party': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:0'), districtRiver()],
    }, { 'city-cancel': ['METHOD:CANCEL'] }));
    expect(digest(report)).toEqual(['order-missing river qs-river-2026@qs.gov.example']);
  });

  test('the city moves its meeting later, then the district moves its own after it (both SEQUENCE 1, stale copies elsewhere): no finding', () => {
    const report = run(config([river]), files({
      'city-party': [cityRiver('20260615T090000', '20260615T113000', 'SEQUENCE:1')],
      'qs-party': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:0'), districtRiver('20260617T090000', '20260617T113000', 'SEQUENCE:1')],
      'zhang-diary': [districtRiver('20260610T090000', '20260610T113000', 'SEQUENCE:0')],
    }));
    expect(digest(report)).toEqual([]);
  });

  test('the city moves its meeting into July (outside the window), SEQUENCE 1: the district meeting of 10 June is premature — order', () => {
    // README: "A current revision moved outside the window … is found too … serves the rules as context only".
    const report = run(config([river]), files({
      'city-party': [cityRiver('20260706T090000', '20260706T113000', 'SEQUENCE:1')],
      'qs-party': [cityRiver('20260608T090000', '20260608T113000', 'SEQUENCE:0'), districtRiver()],
    }));
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });

  test('the 市委办 moves the meeting without SEQUENCE and the 区委办 copy is newer (LAST-MODIFIED later): the district copy is the city meeting at its new time', () => {
    // README follows: "When the city's copies are the stale ones (…an earlier LAST-MODIFIED), the district's newer copy
    // is the city's meeting at its new time — a relay before it is an order error."
    const report = run(config([river]), files({
      'city-party': [cityRiver('20260608T090000', '20260608T113000', 'LAST-MODIFIED:20260520T080000Z')],
      'qs-party': [cityRiver('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260605T080000Z'), districtRiver()],
    }));
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });
});

describe('the duplicate-uid note on two exports pasted into one file, the newer first', () => {
  // The OA export of this week pasted before last week's (copy /b new.ics+old.ics), SEQUENCE never raised: README
  // "Revisions and damage": "the higher SEQUENCE, then … the later LAST-MODIFIED, then the later DTSTAMP, then the later one
  // in the file, is kept". Last week's copy, later in the file, is skipped because its LAST-MODIFIED is earlier.
  const both = vcalendar(cityRiver('20260615T090000', '20260615T113000', 'LAST-MODIFIED:20260605T080000Z'), ['X-WR-TIMEZONE:Asia/Shanghai'])
    + vcalendar(cityRiver('20260608T090000', '20260608T113000', 'LAST-MODIFIED:20260520T080000Z'), ['X-WR-TIMEZONE:Asia/Shanghai']);
  const report = run(config(), { ...files({ 'qs-party': [districtRiver()] }), 'city-party.ics': both });

  test('the newer revision is kept: the district meeting of the 10th is premature', () => {
    expect(digest(report)).toEqual(['order river jz-river-2026@jz.gov.example qs-river-2026@qs.gov.example']);
  });

  // QL-6 (minor, fixed by the lead): the note gave a reason that is false here — “此条为旧版本（SEQUENCE 较小或在文件中较前）” / "(higher
  // SEQUENCE, or later in the file)": both copies have SEQUENCE 0 and the skipped one is the later in the file; what
  // decided is LAST-MODIFIED. The clerk is told the wrong export is older. Suspected: src/messages/{zh-CN,en}/load.ts
  // 'duplicate-uid' (and the problem's data in src/load/load-calendar.ts:344-351, which carries only the uid).
  test.each(['zh-CN', 'en'] as const)('QL-6: the %s note names LAST-MODIFIED as what decided', (lang) => {
    const note = report.problems.find((p) => p.code === 'duplicate-uid')!;
    expect(renderProblem(note, lang)).toMatch(/LAST-MODIFIED/);
  });
});
